"""The audit trail's rows: written one at a time, read per verification or per named role,
purged when their verification (or role) has been gone for the retention period."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from service.storage.models import (
    AllWorkspaces,
    AuditEvent,
    JobRole,
    VerificationRecord,
    WorkspaceScope,
    utcnow,
)
from service.storage.repositories.job_roles import name_key


class AuditRepository:
    """Audit events; never holds résumé content or the candidate's data."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def add(
        self,
        *,
        verification_id: str | None,
        workspace_id: int | None,
        action: str,
        actor_kind: str,
        actor_label: str,
        actor_id: str | None = None,
        detail: str | None = None,
        client_address: str | None = None,
        at: datetime | None = None,
        role_name: str | None = None,
    ) -> AuditEvent:
        event = AuditEvent(
            verification_id=verification_id,
            role_name=role_name,
            workspace_id=workspace_id,
            action=action,
            detail=detail,
            actor_kind=actor_kind,
            actor_id=actor_id,
            actor_label=actor_label,
            client_address=client_address,
            at=at or utcnow(),
        )
        # Written with the session's next flush: a batch of webhooks' events goes together.
        self.session.add(event)
        return event

    async def workspace_of(self, verification_id: str) -> int | None:
        """The workspace of a verification still kept."""
        return await self.session.scalar(
            select(VerificationRecord.workspace_id).where(VerificationRecord.id == verification_id)
        )

    async def list_for(
        self, verification_ids: Sequence[str], *, workspace_id: WorkspaceScope
    ) -> list[AuditEvent]:
        """The events of these verifications in the workspace, oldest first."""
        if not verification_ids:
            return []
        query = select(AuditEvent).where(AuditEvent.verification_id.in_(list(verification_ids)))
        if not isinstance(workspace_id, AllWorkspaces):
            query = query.where(AuditEvent.workspace_id == workspace_id)
        query = query.order_by(AuditEvent.at, AuditEvent.id)
        return list((await self.session.scalars(query)).all())

    async def role_changes(self, *, workspace_id: int) -> list[AuditEvent]:
        """The workspace's changes to its named roles, oldest first."""
        query = (
            select(AuditEvent)
            .where(AuditEvent.workspace_id == workspace_id, AuditEvent.role_name.is_not(None))
            .order_by(AuditEvent.at, AuditEvent.id)
        )
        return list((await self.session.scalars(query)).all())

    async def role_history(self, name: str, *, workspace_id: int) -> list[AuditEvent]:
        """The changes to the workspace's named role ``name`` (case and spacing aside, as
        roles are found), kept or deleted, oldest first."""
        wanted = name_key(name)
        return [
            event
            for event in await self.role_changes(workspace_id=workspace_id)
            if event.role_name is not None and name_key(event.role_name) == wanted
        ]

    async def scrub(self, verification_ids: Sequence[str]) -> int:
        """Forget the candidate's personal data in these verifications' events (the network
        address they answered an evidence request from); the events stay. How many changed."""
        if not verification_ids:
            return 0
        result = await self.session.execute(
            update(AuditEvent)
            .where(
                AuditEvent.verification_id.in_(list(verification_ids)),
                AuditEvent.actor_kind == "candidate",
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

    async def delete_gone_roles_before(self, cutoff: datetime) -> int:
        """Erase the trails of named roles that no longer exist and whose last change is older
        than ``cutoff`` (a role's names in any case are one role); how many events."""
        last_change = (
            await self.session.execute(
                select(AuditEvent.workspace_id, AuditEvent.role_name, func.max(AuditEvent.at))
                .where(AuditEvent.role_name.is_not(None))
                .group_by(AuditEvent.workspace_id, AuditEvent.role_name)
            )
        ).all()
        kept = {
            (workspace_id, key)
            for workspace_id, key in (
                await self.session.execute(select(JobRole.workspace_id, JobRole.name_key))
            ).all()
        }
        latest: dict[tuple[int | None, str], datetime] = {}
        spellings: dict[tuple[int | None, str], list[str]] = {}
        for workspace_id, role_name, at in last_change:
            if role_name is None:  # excluded by the query; says so to the type checker
                continue
            role = (workspace_id, name_key(role_name))
            latest[role] = max(at, latest.get(role, at))
            spellings.setdefault(role, []).append(role_name)
        erased = 0
        for role, at in latest.items():
            if at >= cutoff or role in kept:
                continue
            result = await self.session.execute(
                delete(AuditEvent)
                .where(AuditEvent.verification_id.is_(None))
                .where(AuditEvent.workspace_id == role[0])
                .where(AuditEvent.role_name.in_(spellings[role]))
                .execution_options(synchronize_session=False)
            )
            erased += int(result.rowcount or 0)  # type: ignore[attr-defined]
        return erased
