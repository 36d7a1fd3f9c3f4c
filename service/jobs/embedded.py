"""The embedded queue: a jobs table in the service's own database, claimed with leases.

A worker claims a job by setting a lease (an expiry time and a fresh token) in one
``UPDATE … RETURNING``, renews the lease while the job runs, and finishes only if it still
holds the token. A worker killed mid-job stops renewing; when its lease runs out another
worker claims the job and runs it again, so handlers must be idempotent. It works the same on
SQLite (one process or a few on one machine) and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta

from sqlalchemy import event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session

from service.jobs.port import JobHandler, JobTimeLimitExceeded, RetryPolicy, TransientJobError
from service.jobs.repository import ClaimedJob, JobRepository
from service.storage.models import utcnow

logger = logging.getLogger(__name__)

#: Long enough to be kept through a slow database moment, short enough that a crashed
#: worker's job is picked up again within a minute.
DEFAULT_LEASE_SECONDS = 30.0
DEFAULT_TIME_LIMIT_SECONDS = 600.0
DEFAULT_POLL_INTERVAL_SECONDS = 1.0
#: How long a stopping worker lets running jobs finish before handing them back to the queue.
DEFAULT_SHUTDOWN_GRACE_SECONDS = 10.0
#: Errors stored on a job are cut here; they are for people, not for parsing.
MAX_ERROR_LENGTH = 1000


class _LeaseLost(Exception):
    """Another worker holds the job now; this run must stop without recording anything."""


class _StoppedForShutdown(Exception):
    """The worker is stopping and the job outlived the grace period; hand it back."""


def _describe(error: BaseException) -> str:
    text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return text[:MAX_ERROR_LENGTH]


class EmbeddedJobQueue:
    """The ``JobQueue`` on the service's own database (SQLite by default, or PostgreSQL)."""

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        *,
        lease_seconds: float = DEFAULT_LEASE_SECONDS,
        time_limit_seconds: float = DEFAULT_TIME_LIMIT_SECONDS,
        poll_interval_seconds: float = DEFAULT_POLL_INTERVAL_SECONDS,
        retry: RetryPolicy | None = None,
        transient_errors: tuple[type[BaseException], ...] = (),
        shutdown_grace_seconds: float = DEFAULT_SHUTDOWN_GRACE_SECONDS,
    ) -> None:
        if lease_seconds <= 0 or time_limit_seconds <= 0 or poll_interval_seconds <= 0:
            raise ValueError("lease, time limit and poll interval must be positive")
        if shutdown_grace_seconds < 0:
            raise ValueError("the shutdown grace period must not be negative")
        self._sessions = session_factory
        self._lease = timedelta(seconds=lease_seconds)
        # Renewing three times per lease leaves two chances to spare before it runs out.
        self._renew_every = lease_seconds / 3
        self._time_limit = time_limit_seconds
        self._poll_interval = poll_interval_seconds
        self._retry = retry or RetryPolicy()
        self._transient: tuple[type[BaseException], ...] = (TransientJobError, *transient_errors)
        self._shutdown_grace = shutdown_grace_seconds
        # Wakes this process's idle workers at once when it enqueues; others poll.
        self._wakeup = asyncio.Event()
        self._in_flight: set[asyncio.Task[None]] = set()
        self._shutting_down = False

    async def enqueue(self, kind: str, id: str, *, run_after: datetime | None = None) -> None:
        """Queue a job in its own transaction."""
        async with self._sessions() as session, session.begin():
            await self.enqueue_in(session, kind, id, run_after=run_after)

    async def enqueue_in(
        self, session: AsyncSession, kind: str, id: str, *, run_after: datetime | None = None
    ) -> None:
        """Queue a job inside the caller's transaction, so it exists exactly when the record
        it names does; the caller commits."""
        await JobRepository(session).enqueue(
            kind=kind, target_id=id, max_attempts=self._retry.max_attempts, run_after=run_after
        )
        # Woken before the commit, a worker would find nothing and sleep a poll interval.
        event.listen(session.sync_session, "after_commit", self._wake_workers, once=True)

    def _wake_workers(self, _session: Session) -> None:
        self._wakeup.set()

    async def run_worker(
        self,
        handlers: Mapping[str, JobHandler],
        *,
        concurrency: int = 2,
        stop_event: asyncio.Event,
    ) -> None:
        """Run jobs until ``stop_event`` is set; then give running jobs the grace period to
        finish, and hand back the ones that do not, for another worker to run at once."""
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        if not handlers:
            raise ValueError("a worker needs at least one handler")
        self._shutting_down = False
        reaper = asyncio.create_task(self._stop_after_grace(stop_event))
        try:
            async with asyncio.TaskGroup() as group:
                for slot in range(concurrency):
                    group.create_task(
                        self._work(dict(handlers), stop_event), name=f"job-slot-{slot}"
                    )
        finally:
            reaper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reaper

    async def _stop_after_grace(self, stop_event: asyncio.Event) -> None:
        await stop_event.wait()
        self._wakeup.set()
        await asyncio.sleep(self._shutdown_grace)
        self._shutting_down = True
        for work in list(self._in_flight):
            work.cancel()

    async def _work(self, handlers: dict[str, JobHandler], stop_event: asyncio.Event) -> None:
        kinds = sorted(handlers)
        while not stop_event.is_set():
            try:
                job = await self._claim(kinds)
            except (SQLAlchemyError, OSError) as error:
                logger.warning("claiming a job failed, will retry: %s", type(error).__name__)
                job = None
            if job is None:
                await self._idle(stop_event)
                continue
            await self._run(job, handlers[job.kind])

    async def _claim(self, kinds: list[str]) -> ClaimedJob | None:
        async with self._sessions() as session, session.begin():
            return await JobRepository(session).claim(kinds=kinds, lease=self._lease)

    async def _idle(self, stop_event: asyncio.Event) -> None:
        self._wakeup.clear()
        stop = asyncio.ensure_future(stop_event.wait())
        wakeup = asyncio.ensure_future(self._wakeup.wait())
        try:
            await asyncio.wait(
                {stop, wakeup}, timeout=self._poll_interval, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            stop.cancel()
            wakeup.cancel()

    async def _run(self, job: ClaimedJob, handler: JobHandler) -> None:
        if job.attempts > job.max_attempts:
            # Its workers kept dying mid-run (each crash costs an attempt): stop trying.
            await self._record(
                JobRepository.fail,
                job,
                error=f"gave up after {job.max_attempts} interrupted attempts",
            )
            logger.warning("job %s (%s) given up after interruptions", job.id, job.kind)
            return
        try:
            await self._run_holding_lease(job, handler)
        except _LeaseLost:
            logger.warning("job %s (%s) lost its lease and was abandoned", job.id, job.kind)
            return
        except _StoppedForShutdown:
            logger.info("job %s (%s) handed back at shutdown", job.id, job.kind)
            await self._record(JobRepository.release, job)
            return
        except self._transient as error:
            await self._retry_or_fail(job, error)
            return
        except Exception as error:
            # Only the class is logged: messages may quote résumé text.
            logger.warning("job %s (%s) failed: %s", job.id, job.kind, type(error).__name__)
            await self._record(JobRepository.fail, job, error=_describe(error))
            return
        await self._record(JobRepository.complete, job)

    async def _run_holding_lease(self, job: ClaimedJob, handler: JobHandler) -> None:
        work = asyncio.create_task(self._run_with_time_limit(job, handler))
        keeper = asyncio.create_task(self._keep_lease(job, work))
        self._in_flight.add(work)
        try:
            await work
        except asyncio.CancelledError:
            if keeper.done() and not keeper.cancelled() and keeper.result() is False:
                raise _LeaseLost from None
            if self._shutting_down and work.cancelled():
                raise _StoppedForShutdown from None
            raise
        finally:
            self._in_flight.discard(work)
            keeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await keeper

    async def _run_with_time_limit(self, job: ClaimedJob, handler: JobHandler) -> None:
        try:
            async with asyncio.timeout(self._time_limit):
                await handler(job.target_id)
        except TimeoutError as error:
            raise JobTimeLimitExceeded(
                f"stopped after the time limit of {self._time_limit:g} s"
            ) from error

    async def _keep_lease(self, job: ClaimedJob, work: asyncio.Task[None]) -> bool:
        """Renew the lease while the job runs; cancel the job and return False if it is lost."""
        held_until = time.monotonic() + self._lease.total_seconds()
        while True:
            await asyncio.sleep(self._renew_every)
            try:
                async with self._sessions() as session, session.begin():
                    renewed = await JobRepository(session).renew(job, lease=self._lease)
            except (SQLAlchemyError, OSError) as error:
                logger.warning("renewing job %s's lease failed: %s", job.id, type(error).__name__)
                if time.monotonic() < held_until:
                    continue
                renewed = False
            if not renewed:
                work.cancel()
                return False
            held_until = time.monotonic() + self._lease.total_seconds()

    async def _retry_or_fail(self, job: ClaimedJob, error: BaseException) -> None:
        description = _describe(error)
        if not self._retry.allows_another_after(job.attempts):
            await self._record(JobRepository.fail, job, error=description)
            return
        delay = self._retry.delay_after(job.attempts)
        logger.info(
            "job %s (%s) will retry in %.1f s: %s", job.id, job.kind, delay, type(error).__name__
        )
        await self._record(
            JobRepository.retry_later,
            job,
            run_after=utcnow() + timedelta(seconds=delay),
            error=description,
        )

    async def _record(
        self, action: Callable[..., Awaitable[bool]], job: ClaimedJob, **values: object
    ) -> None:
        # A result that cannot be written is not lost: the lease runs out and the job reruns.
        try:
            async with self._sessions() as session, session.begin():
                await action(JobRepository(session), job, **values)
        except (SQLAlchemyError, OSError) as error:
            logger.warning(
                "recording job %s's outcome failed; it will rerun: %s",
                job.id,
                type(error).__name__,
            )
