"""The embedded queue's table: enqueue, claim with a lease, renew, finish. All of the job
queue's SQL, beside the queue that uses it."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from service.storage.models import Job, JobStatus, utcnow


@dataclass(frozen=True, slots=True)
class ClaimedJob:
    """A job this worker holds the lease on."""

    id: int
    kind: str
    target_id: str
    attempts: int
    max_attempts: int
    lease_token: str


class JobRepository:
    """The embedded queue's table: enqueue, claim with a lease, renew, finish."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def enqueue(
        self, *, kind: str, target_id: str, max_attempts: int, run_after: datetime | None = None
    ) -> None:
        """A queued job, written with the session's next flush or commit."""
        now = utcnow()
        self.session.add(
            Job(
                kind=kind,
                target_id=target_id,
                status=JobStatus.QUEUED,
                attempts=0,
                max_attempts=max_attempts,
                run_after=run_after or now,
                created_at=now,
                updated_at=now,
            )
        )

    async def claim(
        self, *, kinds: Sequence[str], lease: timedelta, now: datetime | None = None
    ) -> ClaimedJob | None:
        """Take the next due job, or one whose lease ran out (its worker died), if any.

        One ``UPDATE … RETURNING`` does it: SQLite runs it under its single write lock, and
        on PostgreSQL the subquery's ``FOR UPDATE SKIP LOCKED`` keeps two workers apart.
        """
        now = now or utcnow()
        claimable = or_(
            (Job.status == JobStatus.QUEUED) & (Job.run_after <= now),
            (Job.status == JobStatus.RUNNING) & (Job.lease_until < now),
        )
        candidate = (
            select(Job.id)
            .where(claimable, Job.kind.in_(list(kinds)))
            .order_by(Job.run_after, Job.id)
            .limit(1)
            .with_for_update(skip_locked=True)
            .scalar_subquery()
        )
        token = secrets.token_hex(16)
        result = await self.session.execute(
            update(Job)
            # Repeating the condition makes the claim safe even where the row changed
            # between the subquery's read and the update.
            .where(Job.id == candidate, claimable)
            .values(
                status=JobStatus.RUNNING,
                attempts=Job.attempts + 1,
                lease_until=now + lease,
                lease_token=token,
                updated_at=now,
            )
            .returning(Job.id, Job.kind, Job.target_id, Job.attempts, Job.max_attempts)
            .execution_options(synchronize_session=False)
        )
        row = result.first()
        if row is None:
            return None
        return ClaimedJob(
            id=row.id,
            kind=row.kind,
            target_id=row.target_id,
            attempts=row.attempts,
            max_attempts=row.max_attempts,
            lease_token=token,
        )

    async def renew(self, job: ClaimedJob, *, lease: timedelta) -> bool:
        """Extend the lease; False if it was lost (expired and taken by another worker)."""
        now = utcnow()
        return await self._update_held(
            job, lease_until=now + lease, updated_at=now, status=JobStatus.RUNNING
        )

    async def complete(self, job: ClaimedJob) -> bool:
        """Done; False if the lease had been lost meanwhile."""
        return await self._update_held(
            job, status=JobStatus.DONE, lease_until=None, lease_token=None, last_error=None
        )

    async def retry_later(self, job: ClaimedJob, *, run_after: datetime, error: str) -> bool:
        """Back in the queue after a transient failure."""
        return await self._update_held(
            job,
            status=JobStatus.QUEUED,
            run_after=run_after,
            lease_until=None,
            lease_token=None,
            last_error=error,
        )

    async def fail(self, job: ClaimedJob, *, error: str) -> bool:
        """Failed for good."""
        return await self._update_held(
            job, status=JobStatus.FAILED, lease_until=None, lease_token=None, last_error=error
        )

    async def release(self, job: ClaimedJob) -> bool:
        """Hand a job back unfinished (its worker is stopping): due now, attempt not counted."""
        return await self._update_held(
            job,
            status=JobStatus.QUEUED,
            attempts=Job.attempts - 1,
            run_after=utcnow(),
            lease_until=None,
            lease_token=None,
        )

    async def take_waiting(self, *, now: datetime | None = None) -> list[tuple[str, str, datetime]]:
        """Remove the jobs no live worker holds (queued, or running on a lapsed lease) and
        return their kind, target and due time, for another queue to take over."""
        now = now or utcnow()
        result = await self.session.execute(
            delete(Job)
            .where(
                (Job.status == JobStatus.QUEUED)
                | ((Job.status == JobStatus.RUNNING) & (Job.lease_until < now))
            )
            .returning(Job.kind, Job.target_id, Job.run_after)
        )
        return [(row.kind, row.target_id, row.run_after) for row in result.all()]

    async def get(self, job_id: int) -> Job | None:
        """The job with this id, read fresh from the database."""
        return await self.session.get(Job, job_id, populate_existing=True)

    async def count_by_status(self) -> dict[str, int]:
        """How many jobs are in each state."""
        rows = await self.session.execute(select(Job.status, func.count()).group_by(Job.status))
        return {str(status): int(total) for status, total in rows.all()}

    async def delete_finished_before(self, cutoff: datetime) -> int:
        """Forget done and failed jobs last touched before the cutoff."""
        result = await self.session.execute(
            delete(Job)
            .where(Job.status.in_([JobStatus.DONE, JobStatus.FAILED]), Job.updated_at < cutoff)
            .returning(Job.id)
        )
        return len(result.all())

    async def _update_held(self, job: ClaimedJob, **values: Any) -> bool:
        values.setdefault("updated_at", utcnow())
        result = await self.session.execute(
            update(Job)
            .where(
                Job.id == job.id,
                Job.lease_token == job.lease_token,
                Job.status == JobStatus.RUNNING,
            )
            .values(**values)
            .returning(Job.id)
            .execution_options(synchronize_session=False)
        )
        return result.first() is not None
