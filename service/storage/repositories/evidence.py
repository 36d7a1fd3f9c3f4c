"""The responses a verification's verdicts rest on, kept for audit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from service.storage.models import EvidenceRecord, VerificationRecord, WorkspaceScope
from service.storage.repositories.scoping import scoped
from verifiers import Evidence


class EvidenceRepository:
    """The responses verdicts rest on."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add_many(
        self, *, verification_id: str, claim_key: str, evidence: Sequence[Evidence]
    ) -> None:
        """Record one claim's evidence."""
        await self.add_by_claim(verification_id=verification_id, evidence={claim_key: evidence})

    async def add_by_claim(
        self, *, verification_id: str, evidence: Mapping[str, Sequence[Evidence]]
    ) -> None:
        """Record the evidence of several claims (claim key → its evidence), in that order, in
        one statement."""
        self.session.add_all(
            EvidenceRecord(
                verification_id=verification_id,
                claim_key=claim_key,
                url=item.url,
                status_code=item.status_code,
                fetched_at=item.fetched_at,
                sha256=item.sha256,
                content_type=item.content_type,
            )
            for claim_key, items in evidence.items()
            for item in items
        )
        await self.session.flush()

    async def list_for(
        self, verification_id: str, *, workspace_id: WorkspaceScope
    ) -> list[EvidenceRecord]:
        """A verification's evidence, in the order recorded; none if not the workspace's."""
        query = (
            scoped(select(EvidenceRecord).join(VerificationRecord), workspace_id)
            .where(EvidenceRecord.verification_id == verification_id)
            .order_by(EvidenceRecord.id)
        )
        return list((await self.session.scalars(query)).all())
