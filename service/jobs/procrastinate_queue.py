"""The scale-out queue: procrastinate on PostgreSQL, for workers on any number of machines.

procrastinate claims jobs with ``SELECT … FOR UPDATE SKIP LOCKED`` and wakes workers with
LISTEN/NOTIFY, so two workers never take one job. It does not by itself resume a job whose
worker was killed: the job stays ``doing``. Every worker here therefore also runs a rescue
loop that finds jobs of workers whose heartbeat stopped and puts them back in the queue
(procrastinate's documented ``retry_stalled_jobs`` recipe), giving up on a job whose workers
keep dying once its attempts are spent.

All jobs go through one procrastinate task, ``credlens.run_job(kind, target_id)``, which
calls the handler registered for ``kind``: the payload is a kind and an id, nothing more.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
from procrastinate import App, PsycopgConnector, RetryDecision
from procrastinate.exceptions import ProcrastinateException
from procrastinate.jobs import Job, Status
from procrastinate.retry import BaseRetryStrategy
from procrastinate.schema import SchemaManager
from psycopg import sql
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession

from service.jobs.port import JobHandler, JobTimeLimitExceeded, RetryPolicy, TransientJobError
from service.jobs.procrastinate_fetch import WorkerJobManager

logger = logging.getLogger(__name__)

TASK_NAME = "credlens.run_job"
DEFAULT_QUEUE_NAME = "credlens"
#: Serialises schema creation when several processes start at once against a new database.
_SCHEMA_LOCK_ID = 0x70726F63  # "proc"


class UnknownJobKindError(Exception):
    """A job names a kind no handler was registered for in this worker."""


def libpq_conninfo(database_url: str) -> str:
    """A libpq URL for psycopg from a SQLAlchemy ``postgresql+psycopg://`` URL."""
    url = make_url(database_url)
    if url.get_backend_name() != "postgresql":
        raise ValueError("the procrastinate queue needs a PostgreSQL database URL")
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


async def _configure(connection: psycopg.AsyncConnection[Any]) -> None:
    """Set on each of the pool's new connections: autocommit (``kwargs`` cannot say it:
    procrastinate's listener passes ``autocommit`` itself), and commits that do not wait for
    the log's flush.

    What the pool writes is the queue's own bookkeeping: a job taken (fetch), ended (finish,
    deleting it), a worker's heartbeat, a stalled job put back. A server crash that lost the
    last of these loses nothing: a job whose taking is lost is taken again, a job whose end is
    lost is found stalled and run again, and a job is safe to run again (its verification's
    end, written durably, leaves it as it is). Each was a flush of the log: ≈ 0.25 ms of the
    server's CPU and the disk's flush time (7–20 ms here), twice a job, on the job's path.
    What must last, a job's queuing, is written durably: with its record, on the caller's
    transaction (``enqueue_in``), or in ``enqueue``'s own (``_durably``). See
    ``service.storage.unflushed``."""
    await connection.set_autocommit(True)
    await connection.execute("SET synchronous_commit = off")


class _PolicyRetryStrategy(BaseRetryStrategy):
    """procrastinate's retry hook, answering from our ``RetryPolicy``."""

    def __init__(self, policy: RetryPolicy, transient: tuple[type[BaseException], ...]) -> None:
        self.policy = policy
        self.transient = transient

    def get_retry_decision(self, *, exception: BaseException, job: Job) -> RetryDecision | None:
        attempt = job.attempts + 1  # procrastinate counts earlier attempts only
        if not isinstance(exception, self.transient):
            return None
        if not self.policy.allows_another_after(attempt):
            return None
        delay = timedelta(seconds=self.policy.delay_after(attempt))
        return RetryDecision(retry_at=datetime.now(UTC) + delay)


class ProcrastinateJobQueue:
    """The ``JobQueue`` on procrastinate; call ``open`` before use and ``close`` after."""

    def __init__(
        self,
        database_url: str,
        *,
        time_limit_seconds: float = 600.0,
        retry: RetryPolicy | None = None,
        transient_errors: tuple[type[BaseException], ...] = (),
        queue_name: str = DEFAULT_QUEUE_NAME,
        heartbeat_seconds: float = 10.0,
        stalled_after_seconds: float = 30.0,
        poll_interval_seconds: float = 5.0,
    ) -> None:
        if stalled_after_seconds <= heartbeat_seconds:
            raise ValueError("stalled_after_seconds must exceed heartbeat_seconds")
        if time_limit_seconds <= 0:
            raise ValueError("the time limit must be positive")
        self._conninfo = libpq_conninfo(database_url)
        self._time_limit = time_limit_seconds
        self._retry = retry or RetryPolicy()
        self._transient: tuple[type[BaseException], ...] = (TransientJobError, *transient_errors)
        self._queue_name = queue_name
        self._heartbeat = heartbeat_seconds
        self._stalled_after = stalled_after_seconds
        self._poll_interval = poll_interval_seconds
        self._handlers: dict[str, JobHandler] = {}
        self._opened = False
        # Autocommit: each of procrastinate's queries is one statement (a function call), so
        # psycopg's BEGIN and COMMIT around it were two more round trips for nothing, twice a
        # job (fetch, finish) and at every heartbeat and poll.
        self.app = App(connector=PsycopgConnector(conninfo=self._conninfo, configure=_configure))
        # A fetch that found nothing does not forget a notification that came meanwhile
        # (service.jobs.procrastinate_fetch). Set before the task is made: it keeps the
        # manager it finds.
        self._manager = WorkerJobManager(self.app.connector)
        self.app.job_manager = self._manager
        self._task = self.app.task(
            name=TASK_NAME,
            queue=queue_name,
            retry=_PolicyRetryStrategy(self._retry, self._transient),
        )(self._run_job)

    async def open(self) -> None:
        """Create procrastinate's tables if the database lacks them, and connect."""
        if self._opened:
            return
        await self.ensure_schema()
        await self.app.open_async()
        self._opened = True

    async def close(self) -> None:
        """Release the connection pool."""
        if self._opened:
            await self.app.close_async()
            self._opened = False

    async def ensure_schema(self) -> None:
        """Apply procrastinate's schema once; concurrent callers wait for the first."""
        connect = psycopg.AsyncConnection.connect(self._conninfo)
        async with await connect as connection, connection.transaction():
            await connection.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK_ID,))
            cursor = await connection.execute(
                "SELECT to_regclass('procrastinate_jobs') IS NOT NULL"
            )
            row = await cursor.fetchone()
            if row is None or not row[0]:
                await connection.execute(sql.SQL(SchemaManager.get_schema()))

    async def enqueue(self, kind: str, id: str, *, run_after: datetime | None = None) -> None:
        """Defer a job, durably; procrastinate notifies idle workers at once."""
        await self.open()
        async with self._durably() as connection:
            await self._task.configure(connection=connection, schedule_at=run_after).defer_async(
                kind=kind, target_id=id
            )

    @contextlib.asynccontextmanager
    async def _durably(self) -> AsyncIterator[psycopg.AsyncConnection[Any]]:
        """One of the pool's connections in a transaction whose commit waits for the log's
        flush, as the pool's connections otherwise do not (``_configure``)."""
        pool: Any = self.app.connector.pool  # type: ignore[attr-defined]
        async with pool.connection() as connection, connection.transaction():
            await connection.execute("SET LOCAL synchronous_commit = on")
            yield connection

    async def enqueue_in(
        self, session: AsyncSession, kind: str, id: str, *, run_after: datetime | None = None
    ) -> None:
        """Defer a job on the session's own connection, inside its transaction.

        procrastinate's tables live in the service's PostgreSQL database, so the job row and
        the record it names commit together; its NOTIFY is delivered at that commit.
        """
        await self.open()
        connection = await session.connection()
        raw = await connection.get_raw_connection()
        if not isinstance(raw.driver_connection, psycopg.AsyncConnection):
            raise TypeError("the procrastinate queue needs a PostgreSQL (psycopg) session")
        await self._task.configure(
            connection=raw.driver_connection, schedule_at=run_after
        ).defer_async(kind=kind, target_id=id)

    async def run_worker(
        self,
        handlers: Mapping[str, JobHandler],
        *,
        concurrency: int = 2,
        stop_event: asyncio.Event,
    ) -> None:
        """Run jobs until ``stop_event`` is set, rescuing jobs of dead workers meanwhile."""
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        if not handlers:
            raise ValueError("a worker needs at least one handler")
        await self.open()
        self._handlers = dict(handlers)
        # A unique name per process, so a restarted worker is never taken for its dead self.
        name = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        worker = asyncio.create_task(
            self.app.run_worker_async(
                queues=[self._queue_name],
                name=name,
                concurrency=concurrency,
                install_signal_handlers=False,
                update_heartbeat_interval=self._heartbeat,
                stalled_worker_timeout=self._stalled_after,
                fetch_job_polling_interval=self._poll_interval,
                delete_jobs="successful",
            )
        )
        rescuer = asyncio.create_task(self._rescue_stalled_jobs(stop_event))
        stopping = asyncio.create_task(stop_event.wait())
        try:
            await asyncio.wait({worker, stopping}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopping.cancel()
            rescuer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await rescuer
            if not worker.done():
                # procrastinate takes cancellation as "stop": it lets running jobs finish.
                worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await worker

    async def _run_job(self, kind: str, target_id: str) -> None:
        handler = self._handlers.get(kind)
        if handler is None:
            raise UnknownJobKindError(f"no handler for job kind {kind!r}")
        try:
            async with asyncio.timeout(self._time_limit):
                await handler(target_id)
        except TimeoutError as error:
            raise JobTimeLimitExceeded(
                f"stopped after the time limit of {self._time_limit:g} s"
            ) from error

    async def _rescue_stalled_jobs(self, stop_event: asyncio.Event) -> None:
        while not stop_event.is_set():
            try:
                await self.rescue_stalled_jobs()
            except (ProcrastinateException, psycopg.Error) as error:
                logger.warning("looking for stalled jobs failed: %s", type(error).__name__)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop_event.wait(), timeout=self._stalled_after / 2)

    async def rescue_stalled_jobs(self) -> int:
        """Requeue jobs whose worker stopped sending heartbeats; returns how many."""
        manager = self.app.job_manager
        stalled = await manager.get_stalled_jobs(
            queue=self._queue_name, seconds_since_heartbeat=self._stalled_after
        )
        rescued = 0
        for job in stalled:
            assert job.id is not None
            try:
                if self._retry.allows_another_after(job.attempts + 1):
                    await manager.retry_job(job)
                    rescued += 1
                else:
                    await manager.finish_job_by_id_async(
                        job_id=job.id, status=Status.FAILED, delete_job=False
                    )
            except (ProcrastinateException, psycopg.Error) as error:
                # Another worker's rescue loop got there first.
                logger.info("job %s was already rescued: %s", job.id, type(error).__name__)
        return rescued

    async def job_counts(self) -> dict[str, int]:
        """How many of this queue's jobs are in each procrastinate state."""
        await self.open()
        rows: list[dict[str, Any]] = await self.app.connector.execute_query_all_async(
            "SELECT status::text AS status, count(*) AS total FROM procrastinate_jobs "
            "WHERE queue_name = %(queue)s GROUP BY status",
            queue=self._queue_name,
        )
        return {str(row["status"]): int(row["total"]) for row in rows}
