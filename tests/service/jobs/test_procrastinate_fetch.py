"""A procrastinate worker loses no new-job notification to a fetch that found nothing
(``service.jobs.procrastinate_fetch``), on the machine's PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any

import psycopg
import pytest
from procrastinate import manager

from service.jobs import JobHandler
from service.jobs.procrastinate_queue import ProcrastinateJobQueue, libpq_conninfo
from tests.service.databases import throwaway_postgres_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def procrastinate_url() -> Iterator[str]:
    with throwaway_postgres_database() as url:
        yield url


def make_queue(url: str, *, poll: float) -> ProcrastinateJobQueue:
    return ProcrastinateJobQueue(
        url, heartbeat_seconds=0.5, stalled_after_seconds=1.5, poll_interval_seconds=poll
    )


@contextlib.asynccontextmanager
async def working(
    queue: ProcrastinateJobQueue,
    handlers: Mapping[str, JobHandler],
    *,
    concurrency: int,
) -> AsyncIterator[None]:
    stop = asyncio.Event()
    worker = asyncio.create_task(
        queue.run_worker(
            handlers,
            concurrency=concurrency,
            stop_event=stop,
        )
    )
    try:
        yield
    finally:
        stop.set()
        await asyncio.wait_for(worker, timeout=20)


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not await check():
        assert time.monotonic() < deadline, "not within the time allowed"
        await asyncio.sleep(0.05)


async def test_a_job_queued_while_a_fetch_found_nothing_is_taken_at_once(
    procrastinate_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The job commits just after an idle worker's fetch looked, and its notification
    arrives before that fetch returns: procrastinate alone clears it with the fetch and
    waits for the polling interval (60 s here)."""
    queue = make_queue(procrastinate_url, poll=60.0)
    await queue.open()
    ran: list[str] = []
    armed = asyncio.Event()
    fetch = manager.JobManager.fetch_job

    async def fetch_then_queue(self: manager.JobManager, *args: Any, **kwargs: Any) -> Any:
        job = await fetch(self, *args, **kwargs)
        if job is None and armed.is_set():
            armed.clear()
            before = queue._manager.notified
            await queue.enqueue("verify", "late")
            await eventually(_true_when(lambda: queue._manager.notified > before), timeout=10)
        return job

    go_on = asyncio.Event()

    async def verify(target: str) -> None:
        ran.append(target)
        await go_on.wait()

    monkeypatch.setattr(manager.JobManager, "fetch_job", fetch_then_queue)
    try:
        async with working(queue, {"verify": verify}, concurrency=1):
            await eventually(lambda: _listening(procrastinate_url))
            await queue.enqueue("verify", "first")  # a notification wakes the worker
            await eventually(lambda: _done(ran, 1))
            armed.set()  # the fetch after "first" ends finds nothing, and "late" is queued
            go_on.set()
            await eventually(lambda: _done(ran, 2), timeout=20)  # not the 60 s poll
        assert ran == ["first", "late"]
    finally:
        await queue.close()


def _true_when(condition: Callable[[], bool]) -> Callable[[], Awaitable[bool]]:
    async def check() -> bool:
        return condition()

    return check


async def _done(ran: list[str], count: int) -> bool:
    return len(ran) >= count


async def _listening(url: str) -> bool:
    """Whether a worker listens for new jobs on the database."""
    async with await psycopg.AsyncConnection.connect(libpq_conninfo(url)) as connection:
        cursor = await connection.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND query LIKE 'LISTEN %'"
        )
        row = await cursor.fetchone()
    return row is not None and row[0] > 0
