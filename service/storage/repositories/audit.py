"""The audit trail's rows: written one at a time, read per verification, purged when their
verification has been gone for the retention period."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from service.storage.models import AuditEvent, VerificationRecord, utcnow


class AuditRepository:
    """Audit events; never holds résumé content or the candidate's data."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(
        self,
        *,
        verification_id: str,
        action: str,
        actor_kind: str,
        actor_label: str,
        actor_id: str | None = None,
        detail: str | None = None,
        client_address: str | None = None,
        at: datetime | None = None,
    ) -> AuditEvent:
        event = AuditEvent(
            verification_id=verification_id,
            action=action,
            detail=detail,
            actor_kind=actor_kind,
            actor_id=actor_id,
            actor_label=actor_label,
            client_address=client_address,
            at=at or utcnow(),
        )
        self.session.add(event)
        await self.session.flush()
        return event

    async def list_for(self, verification_ids: Sequence[str]) -> list[AuditEvent]:
        """The events of these verifications, oldest first."""
        if not verification_ids:
            return []
        query = (
            select(AuditEvent)
            .where(AuditEvent.verification_id.in_(list(verification_ids)))
            .order_by(AuditEvent.at, AuditEvent.id)
        )
        return list((await self.session.scalars(query)).all())

    async def scrub(self, verification_ids: Sequence[str]) -> int:
        """Forget the personal fields of these verifications' events (the network address
        the candidate or anyone else came from); the events stay. How many were changed."""
        if not verification_ids:
            return 0
        result = await self.session.execute(
            update(AuditEvent)
            .where(
                AuditEvent.verification_id.in_(list(verification_ids)),
                AuditEvent.client_address.is_not(None),
            )
            .values(client_address=None)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def delete_gone_before(self, cutoff: datetime) -> int:
        """Erase the trails of verifications that no longer exist and whose last event is
        older than ``cutoff``; how many events."""
        stale = (
            select(AuditEvent.verification_id)
            .group_by(AuditEvent.verification_id)
            .having(func.max(AuditEvent.at) < cutoff)
        )
        existing = select(VerificationRecord.id)
        result = await self.session.execute(
            delete(AuditEvent)
            .where(AuditEvent.verification_id.in_(stale))
            .where(AuditEvent.verification_id.not_in(existing))
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
