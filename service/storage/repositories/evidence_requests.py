"""Evidence requests to candidates and their answers: every query about them.

Like the other repositories these flush but never commit. Answers are encrypted with the
uploads' cipher, bound to the answer's id, before they reach the database.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from service.crypto import FileCipher
from service.storage.models import (
    DeliveryStatus,
    EvidenceAnswer,
    EvidenceRequest,
    VerificationRecord,
    WebhookDelivery,
    WorkspaceScope,
    utcnow,
)
from service.storage.repositories.scoping import scoped

#: An answer's state until its job has checked it.
CHECKING = "checking"
CHECKED = "checked"


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    """An answer read back and decrypted."""

    id: str
    request_id: str
    verification_id: str
    claim_id: str
    kind: str
    content: bytes
    suffix: str
    state: str
    received_at: datetime


class EvidenceRequestRepository:
    """Requests (looked up by their token's hash), answers, and the verification they change."""

    def __init__(self, session: AsyncSession, cipher: FileCipher | None = None) -> None:
        self.session = session
        self.cipher = cipher

    def _cipher(self) -> FileCipher:
        if self.cipher is None:
            raise RuntimeError("this repository was opened without a cipher")
        return self.cipher

    async def create(
        self,
        *,
        verification_id: str,
        token_hash: str,
        claims: Sequence[str],
        message: str | None,
        expires_at: datetime,
    ) -> EvidenceRequest:
        """A new open request."""
        request = EvidenceRequest(
            id=str(uuid.uuid4()),
            verification_id=verification_id,
            token_hash=token_hash,
            claims=list(claims),
            message=message,
            created_at=utcnow(),
            expires_at=expires_at,
        )
        self.session.add(request)
        await self.session.flush()
        return request

    async def by_token_hash(self, token_hash: str) -> EvidenceRequest | None:
        """The request whose token has this hash, whatever its state."""
        return await self.session.scalar(
            select(EvidenceRequest).where(EvidenceRequest.token_hash == token_hash)
        )

    async def get(self, request_id: str) -> EvidenceRequest | None:
        """The request with this id, read fresh."""
        return await self.session.get(EvidenceRequest, request_id, populate_existing=True)

    async def revoke(
        self, *, verification_id: str, request_id: str, workspace_id: WorkspaceScope
    ) -> bool:
        """Revoke a request of the workspace's verification; False when it has no such
        request. Revoking a revoked request changes nothing and is not an error."""
        request = await self.session.scalar(
            scoped(select(EvidenceRequest).join(VerificationRecord), workspace_id).where(
                EvidenceRequest.id == request_id,
                EvidenceRequest.verification_id == verification_id,
            )
        )
        if request is None:
            return False
        if request.revoked_at is None:
            request.revoked_at = utcnow()
            await self.session.flush()
        return True

    async def list_for(
        self, verification_id: str, *, workspace_id: WorkspaceScope
    ) -> list[EvidenceRequest]:
        """A verification's requests, oldest first; none if it is not the workspace's."""
        query = (
            scoped(select(EvidenceRequest).join(VerificationRecord), workspace_id)
            .where(EvidenceRequest.verification_id == verification_id)
            .order_by(EvidenceRequest.created_at, EvidenceRequest.id)
        )
        return list((await self.session.scalars(query)).all())

    async def add_answer(
        self,
        *,
        request: EvidenceRequest,
        claim_id: str,
        kind: str,
        content: bytes,
        suffix: str = "",
    ) -> tuple[str, bool]:
        """Store an answer, encrypted; returns its id and whether it is new. The same answer
        to the same claim sent again is the earlier one, so a replay queues nothing."""
        fingerprint = hashlib.sha256(
            b"\0".join([claim_id.encode(), kind.encode(), content])
        ).hexdigest()
        answer_id = str(uuid.uuid4())
        assert self.session.bind is not None
        insert = sqlite_insert if self.session.bind.dialect.name == "sqlite" else postgresql_insert
        inserted = await self.session.execute(
            insert(EvidenceAnswer)
            .values(
                id=answer_id,
                request_id=request.id,
                verification_id=request.verification_id,
                claim_id=claim_id,
                kind=kind,
                fingerprint=fingerprint,
                ciphertext=self._cipher().encrypt(content, record_id=answer_id),
                suffix=suffix,
                state=CHECKING,
                received_at=utcnow(),
            )
            .on_conflict_do_nothing()
            .returning(EvidenceAnswer.id)
        )
        if inserted.first() is not None:
            return answer_id, True
        earlier = await self.session.scalar(
            select(EvidenceAnswer.id).where(
                EvidenceAnswer.request_id == request.id,
                EvidenceAnswer.fingerprint == fingerprint,
            )
        )
        assert earlier is not None
        return earlier, False

    async def answer(self, answer_id: str) -> StoredAnswer | None:
        """An answer, decrypted."""
        record = await self.session.get(EvidenceAnswer, answer_id, populate_existing=True)
        if record is None:
            return None
        return StoredAnswer(
            id=record.id,
            request_id=record.request_id,
            verification_id=record.verification_id,
            claim_id=record.claim_id,
            kind=record.kind,
            content=self._cipher().decrypt(record.ciphertext, record_id=record.id),
            suffix=record.suffix,
            state=record.state,
            received_at=record.received_at,
        )

    async def latest_checked(
        self, verification_id: str, *, kind: str, claim_ids: Sequence[str]
    ) -> dict[str, StoredAnswer]:
        """Each of these claims' answer of this kind checked last, decrypted: the evidence
        its verdict came from."""
        if not claim_ids:
            return {}
        query = (
            select(EvidenceAnswer.claim_id, EvidenceAnswer.id)
            .where(
                EvidenceAnswer.verification_id == verification_id,
                EvidenceAnswer.kind == kind,
                EvidenceAnswer.state == CHECKED,
                EvidenceAnswer.claim_id.in_(list(claim_ids)),
            )
            .order_by(EvidenceAnswer.checked_at, EvidenceAnswer.id)
        )
        latest = {row.claim_id: row.id for row in await self.session.execute(query)}
        found = {claim_id: await self.answer(answer_id) for claim_id, answer_id in latest.items()}
        return {claim_id: stored for claim_id, stored in found.items() if stored is not None}

    async def answer_state(self, answer_id: str) -> tuple[str, str | None]:
        """An answer's state and, once checked, its verdict."""
        row = (
            await self.session.execute(
                select(EvidenceAnswer.state, EvidenceAnswer.verdict).where(
                    EvidenceAnswer.id == answer_id
                )
            )
        ).one()
        return row.state, row.verdict

    async def mark_checked(self, answer_id: str, *, verdict: str) -> None:
        """The answer's job has checked it."""
        await self.session.execute(
            update(EvidenceAnswer)
            .where(EvidenceAnswer.id == answer_id)
            .values(state=CHECKED, verdict=verdict, checked_at=utcnow())
            .execution_options(synchronize_session=False)
        )

    async def latest_answers(self, request_id: str) -> dict[str, tuple[str, str]]:
        """Each claim's latest answer in a request: claim id → (kind, state)."""
        query = (
            select(EvidenceAnswer.claim_id, EvidenceAnswer.kind, EvidenceAnswer.state)
            .where(EvidenceAnswer.request_id == request_id)
            .order_by(EvidenceAnswer.received_at, EvidenceAnswer.id)
        )
        return {row.claim_id: (row.kind, row.state) for row in await self.session.execute(query)}

    async def states_for(
        self, verification_ids: Sequence[str], *, now: datetime, workspace_id: WorkspaceScope
    ) -> dict[str, str]:
        """For the history page: "received" for the workspace's verifications with answers,
        "waiting" for those with an open request and no answer yet."""
        if not verification_ids:
            return {}
        ids = list(
            (
                await self.session.scalars(
                    scoped(select(VerificationRecord.id), workspace_id).where(
                        VerificationRecord.id.in_(list(verification_ids))
                    )
                )
            ).all()
        )
        answered = set(
            (
                await self.session.scalars(
                    select(EvidenceAnswer.verification_id)
                    .where(EvidenceAnswer.verification_id.in_(ids))
                    .group_by(EvidenceAnswer.verification_id)
                )
            ).all()
        )
        open_requests = set(
            (
                await self.session.scalars(
                    select(EvidenceRequest.verification_id)
                    .where(
                        EvidenceRequest.verification_id.in_(ids),
                        EvidenceRequest.revoked_at.is_(None),
                        EvidenceRequest.expires_at > now,
                    )
                    .group_by(EvidenceRequest.verification_id)
                )
            ).all()
        )
        states = dict.fromkeys(open_requests - answered, "waiting")
        states.update(dict.fromkeys(answered, "received"))
        return states

    async def lock_report(self, verification_id: str) -> dict[str, Any] | None:
        """The verification's report, with the row's write lock taken first (a row lock on
        PostgreSQL, the database lock on SQLite), so two answers checked at once cannot
        overwrite each other's change."""
        touched = await self.session.execute(
            update(VerificationRecord)
            .where(VerificationRecord.id == verification_id)
            .values(updated_at=utcnow())
            .returning(VerificationRecord.report)
            .execution_options(synchronize_session=False)
        )
        report: dict[str, Any] | None = touched.scalar_one_or_none()
        return report

    async def replace_report(
        self,
        verification_id: str,
        *,
        report: dict[str, Any],
        claim_id: str,
        progress: dict[str, Any],
        search_text: str,
    ) -> None:
        """Write the updated report, and the changed claim's progress entry, in place."""
        current = await self.session.scalar(
            select(VerificationRecord.progress).where(VerificationRecord.id == verification_id)
        )
        entries = dict(current or {})
        entries[claim_id] = progress
        await self.session.execute(
            update(VerificationRecord)
            .where(VerificationRecord.id == verification_id)
            .values(report=report, progress=entries, search_text=search_text, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )

    async def add_sealed_delivery(
        self,
        *,
        verification_id: str,
        url: str,
        event_type: str,
        payload_summary: dict[str, Any],
        sealed: bytes,
    ) -> WebhookDelivery:
        """A callback due now whose data carries a secret: sent decrypted from ``sealed``,
        logged as ``payload_summary``. ``sealed`` is the data encrypted under the message id."""
        message_id = f"msg_{uuid.uuid4().hex}"
        delivery = WebhookDelivery(
            verification_id=verification_id,
            message_id=message_id,
            url=url,
            event_type=event_type,
            payload_summary=payload_summary,
            sealed_payload=self._cipher().encrypt(sealed, record_id=message_id),
            status=DeliveryStatus.PENDING,
            attempts=0,
            next_attempt_at=utcnow(),
        )
        self.session.add(delivery)
        await self.session.flush()
        return delivery
