"""A workspace's named roles: every query about them, always within one workspace."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from service.storage.models import JobRole, utcnow


def name_key(name: str) -> str:
    """What a role's name is matched by: its words, case folded ("Cloud  Engineer" and
    "cloud engineer" are one role)."""
    return " ".join(name.split()).casefold()


class JobRoleRepository:
    """Named roles of one workspace at a time; flushed, never committed."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def put(
        self, *, workspace_id: int, name: str, role: dict[str, Any], ats_job_id: str | None
    ) -> tuple[JobRole, bool]:
        """Keep ``role`` under ``name`` (replacing the one of that name); whether it is new.
        Another role of the workspace that held ``ats_job_id`` gives it up."""
        if ats_job_id is not None:
            holder = await self._by_job(workspace_id, ats_job_id)
            if holder is not None and holder.name_key != name_key(name):
                holder.ats_job_id = None
                await self.session.flush()
        found = await self.by_name(name, workspace_id=workspace_id)
        if found is None:
            found = JobRole(
                workspace_id=workspace_id,
                name=name,
                name_key=name_key(name),
                ats_job_id=ats_job_id,
                role=role,
                created_at=utcnow(),
                updated_at=utcnow(),
            )
            self.session.add(found)
            await self.session.flush()
            return found, True
        found.name, found.role, found.ats_job_id = name, role, ats_job_id
        found.updated_at = utcnow()
        await self.session.flush()
        return found, False

    async def by_name(self, name: str, *, workspace_id: int) -> JobRole | None:
        return await self.session.scalar(
            select(JobRole).where(
                JobRole.workspace_id == workspace_id, JobRole.name_key == name_key(name)
            )
        )

    async def _by_job(self, workspace_id: int, ats_job_id: str) -> JobRole | None:
        return await self.session.scalar(
            select(JobRole).where(
                JobRole.workspace_id == workspace_id, JobRole.ats_job_id == ats_job_id
            )
        )

    async def for_job(
        self, *, workspace_id: int, job_id: str | None, job_name: str | None
    ) -> JobRole | None:
        """The role kept for an ATS job: the one bound to its id, else the one of its name."""
        wanted = []
        if job_id:
            wanted.append(JobRole.ats_job_id == job_id)
        if job_name and job_name.strip():
            wanted.append(JobRole.name_key == name_key(job_name))
        if not wanted:
            return None
        found = (
            await self.session.scalars(
                select(JobRole).where(JobRole.workspace_id == workspace_id, or_(*wanted))
            )
        ).all()
        # A role bound to the job's id wins over one that merely shares its name.
        ranked = sorted(found, key=lambda role: not (job_id and role.ats_job_id == job_id))
        return ranked[0] if ranked else None

    async def list_all(self, *, workspace_id: int) -> list[JobRole]:
        rows = await self.session.scalars(
            select(JobRole).where(JobRole.workspace_id == workspace_id).order_by(JobRole.name_key)
        )
        return list(rows)

    async def remove(self, name: str, *, workspace_id: int) -> bool:
        """Forget the role of that name; False when the workspace has none."""
        result = await self.session.execute(
            delete(JobRole).where(
                JobRole.workspace_id == workspace_id, JobRole.name_key == name_key(name)
            )
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]
