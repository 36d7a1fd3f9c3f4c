"""A candidate's data across every table: found by email, read whole for an access request,
counted and erased for an erasure request."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import QueryableAttribute

from service.storage.models import (
    AuditEvent,
    EvidenceAnswer,
    EvidenceRecord,
    EvidenceRequest,
    IdempotencyKey,
    Job,
    RateLimitCounter,
    UploadedFile,
    VerificationRecord,
    WebhookDelivery,
    WorkspaceScope,
)
from service.storage.repositories.scoping import scoped


@dataclass(slots=True)
class Attached:
    """What hangs off some verifications: counted before they go, and the keys (uploads'
    digests, evidence links' token hashes, the candidate's addresses) of what they leave
    elsewhere, in rate-limit counts and in memory."""

    counts: dict[str, int] = field(default_factory=dict)
    upload_digests: list[str] = field(default_factory=list)
    token_hashes: list[str] = field(default_factory=list)
    candidate_addresses: list[str] = field(default_factory=list)
    answer_ids: list[str] = field(default_factory=list)
    delivery_ids: list[str] = field(default_factory=list)


#: What an erasure counts, in the order it says so.
ERASED_KINDS = (
    "verifications",
    "résumé files",
    "evidence records",
    "evidence requests",
    "evidence answers",
    "webhook deliveries",
    "idempotency keys",
)


def _escaped_like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class SubjectRepository:
    """Every row about one candidate, by the verifications that name them."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def maybe_about(
        self, *, email: str, folded: str, workspace_id: WorkspaceScope
    ) -> list[VerificationRecord]:
        """Verifications whose candidate email is ``email`` (any case), whose history search
        text holds ``folded`` (the report names it: the caller confirms), or that have no
        report yet (only their résumé can tell: the caller reads it)."""
        conditions: list[ColumnElement[bool]] = [
            func.lower(VerificationRecord.candidate_email) == email.lower(),
            VerificationRecord.search_text.like(_escaped_like(folded), escape="\\"),
            VerificationRecord.report.is_(None),
        ]
        query = (
            scoped(select(VerificationRecord), workspace_id)
            .where(or_(*conditions))
            .order_by(VerificationRecord.created_at, VerificationRecord.id)
        )
        return list((await self.session.scalars(query)).all())

    async def evidence(self, ids: Sequence[str]) -> list[EvidenceRecord]:
        query = select(EvidenceRecord).where(EvidenceRecord.verification_id.in_(ids))
        return list((await self.session.scalars(query.order_by(EvidenceRecord.id))).all())

    async def requests(self, ids: Sequence[str]) -> list[EvidenceRequest]:
        query = select(EvidenceRequest).where(EvidenceRequest.verification_id.in_(ids))
        return list((await self.session.scalars(query.order_by(EvidenceRequest.created_at))).all())

    async def answers(self, ids: Sequence[str]) -> list[EvidenceAnswer]:
        query = select(EvidenceAnswer).where(EvidenceAnswer.verification_id.in_(ids))
        return list((await self.session.scalars(query.order_by(EvidenceAnswer.received_at))).all())

    async def deliveries(self, ids: Sequence[str]) -> list[WebhookDelivery]:
        query = select(WebhookDelivery).where(WebhookDelivery.verification_id.in_(ids))
        return list((await self.session.scalars(query.order_by(WebhookDelivery.id))).all())

    async def uploads(self, ids: Sequence[str]) -> list[UploadedFile]:
        query = select(UploadedFile).where(UploadedFile.verification_id.in_(ids))
        return list((await self.session.scalars(query.order_by(UploadedFile.created_at))).all())

    async def attached(self, ids: Sequence[str]) -> Attached:
        """Counts and keys of what the verifications ``ids`` hold, before they are erased."""
        ids = list(ids)
        found = Attached()
        if not ids:
            found.counts = dict.fromkeys(ERASED_KINDS, 0)
            return found
        uploads = list(
            (
                await self.session.execute(
                    select(UploadedFile.sha256).where(UploadedFile.verification_id.in_(ids))
                )
            ).scalars()
        )
        requests = await self.requests(ids)
        answers = list(
            (
                await self.session.scalars(
                    select(EvidenceAnswer.id).where(EvidenceAnswer.verification_id.in_(ids))
                )
            ).all()
        )
        deliveries = list(
            (
                await self.session.scalars(
                    select(WebhookDelivery.id).where(WebhookDelivery.verification_id.in_(ids))
                )
            ).all()
        )
        addresses = (
            await self.session.scalars(
                select(AuditEvent.client_address)
                .where(
                    AuditEvent.verification_id.in_(ids),
                    AuditEvent.actor_kind == "candidate",
                    AuditEvent.client_address.is_not(None),
                )
                .distinct()
            )
        ).all()
        found.upload_digests = uploads
        found.token_hashes = [request.token_hash for request in requests]
        found.candidate_addresses = [address for address in addresses if address]
        found.answer_ids = answers
        found.delivery_ids = [str(delivery) for delivery in deliveries]
        found.counts = {
            "verifications": len(ids),
            "résumé files": len(uploads),
            "evidence records": await self._count(
                EvidenceRecord, EvidenceRecord.verification_id, ids
            ),
            "evidence requests": len(requests),
            "evidence answers": len(answers),
            "webhook deliveries": len(deliveries),
            "idempotency keys": await self._count(
                IdempotencyKey, IdempotencyKey.verification_id, ids
            ),
        }
        return found

    async def _count(
        self, model: type[object], column: QueryableAttribute[str], ids: list[str]
    ) -> int:
        counted = await self.session.scalar(
            select(func.count()).select_from(model).where(column.in_(ids))
        )
        return int(counted or 0)

    async def delete_jobs(self, target_ids: Sequence[str]) -> int:
        """Jobs of the answers' checks and the deliveries, named by id only (no cascade)."""
        if not target_ids:
            return 0
        result = await self.session.execute(
            delete(Job).where(Job.target_id.in_(list(target_ids))).returning(Job.id)
        )
        return len(result.all())

    async def delete_rate_limits(self, keys: Sequence[str]) -> int:
        """Rate-limit counts kept under these keys (an evidence link's, the candidate's
        address), in every window."""
        if not keys:
            return 0
        result = await self.session.execute(
            delete(RateLimitCounter)
            .where(RateLimitCounter.key.in_(list(keys)))
            .returning(RateLimitCounter.key)
        )
        return len(result.all())
