"""The procrastinate backend on the machine's PostgreSQL: in process and across processes."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from procrastinate.exceptions import ProcrastinateException
from sqlalchemy import text

from service.jobs import RetryPolicy, TransientJobError
from service.jobs.procrastinate_queue import ProcrastinateJobQueue, libpq_conninfo
from service.storage import create_engine, create_session_factory
from tests.service.databases import throwaway_postgres_database
from tests.service.jobs.processes import (
    kill_worker_mid_job,
    read_events,
    restart_until_finished,
    run_until,
    start_worker,
    stop_worker,
    wait_until,
)

pytestmark = pytest.mark.postgres

FAST_RETRY = RetryPolicy(max_attempts=3, initial_delay=0.05, max_delay=0.2)


@pytest.fixture
def procrastinate_url() -> Iterator[str]:
    """A fresh PostgreSQL database per test, dropped afterwards."""
    with throwaway_postgres_database() as url:
        yield url


@pytest.fixture
async def queue(procrastinate_url: str) -> AsyncIterator[ProcrastinateJobQueue]:
    queue = ProcrastinateJobQueue(
        procrastinate_url,
        retry=FAST_RETRY,
        heartbeat_seconds=0.5,
        stalled_after_seconds=1.5,
        poll_interval_seconds=0.2,
    )
    await queue.open()
    try:
        yield queue
    finally:
        await queue.close()


async def test_jobs_run_once_each_and_leave_no_work_behind(queue: ProcrastinateJobQueue) -> None:
    seen: list[str] = []
    done = asyncio.Event()

    async def handle(target_id: str) -> None:
        seen.append(target_id)
        if len(seen) == 10:
            done.set()

    for index in range(10):
        await queue.enqueue("verify", f"v-{index}")
    await run_until(queue, {"verify": handle}, done, concurrency=3, timeout=30, stop_timeout=15)

    assert sorted(seen) == sorted(f"v-{index}" for index in range(10))
    counts = await queue.job_counts()
    assert counts.get("todo", 0) == counts.get("doing", 0) == 0


async def test_the_queue_runs_each_of_its_queries_as_its_own_transaction(
    queue: ProcrastinateJobQueue,
) -> None:
    await queue.enqueue("verify", "v1")

    async with queue.app.connector.pool.connection() as connection:  # type: ignore[attr-defined]
        assert connection.autocommit
    # A statement that fails leaves nothing open for the next one on the connection.
    with pytest.raises(ProcrastinateException):
        await queue.app.connector.execute_query_async("SELECT * FROM no_such_table")
    assert await queue.job_counts() == {"todo": 1}


async def test_transient_failures_are_retried_then_succeed(queue: ProcrastinateJobQueue) -> None:
    calls = 0
    done = asyncio.Event()

    async def flaky(target_id: str) -> None:
        nonlocal calls
        calls += 1
        if calls < 3:
            raise TransientJobError("issuer answered 503")
        done.set()

    await queue.enqueue("verify", "v-1")
    await run_until(queue, {"verify": flaky}, done, concurrency=3, timeout=30, stop_timeout=15)
    assert calls == 3


async def test_permanent_failures_and_time_limits_end_in_failed(procrastinate_url: str) -> None:
    queue = ProcrastinateJobQueue(
        procrastinate_url,
        retry=RetryPolicy(max_attempts=2, initial_delay=0.05, max_delay=0.05),
        time_limit_seconds=0.3,
        poll_interval_seconds=0.2,
        heartbeat_seconds=0.5,
        stalled_after_seconds=1.5,
    )
    await queue.open()
    calls: Counter[str] = Counter()

    async def broken(target_id: str) -> None:
        calls[target_id] += 1
        if target_id == "hangs":
            await asyncio.sleep(60)
        raise KeyError("claims")

    try:
        await queue.enqueue("verify", "hangs")
        await queue.enqueue("verify", "breaks")
        stop = asyncio.Event()
        worker = asyncio.create_task(
            queue.run_worker({"verify": broken}, concurrency=2, stop_event=stop)
        )

        async def both_failed() -> bool:
            return (await queue.job_counts()).get("failed", 0) == 2

        await wait_until(both_failed, timeout=30, what="both jobs to fail")
        stop.set()
        await asyncio.wait_for(worker, 15)
    finally:
        await queue.close()
    # A time-limited job is retried like a transient failure; a KeyError is final.
    assert calls == Counter({"hangs": 2, "breaks": 1})


async def test_two_worker_processes_share_the_queue_without_running_a_job_twice(
    queue: ProcrastinateJobQueue, procrastinate_url: str, tmp_path: Path
) -> None:
    log = tmp_path / "runs.log"
    workers = [
        start_worker(
            "procrastinate", procrastinate_url, log, "--concurrency", "2", "--work-seconds", "0.1"
        )
        for _ in range(2)
    ]
    try:
        await wait_until(
            lambda: sum(event.what == "ready" for event in read_events(log)) == 2,
            timeout=90,
            what="both workers to start",
        )
        for index in range(30):
            await queue.enqueue("record", f"job-{index}")
        await wait_until(
            lambda: sum(event.what == "end" for event in read_events(log)) >= 30,
            timeout=60,
            what="all 30 jobs to finish",
        )
        await asyncio.sleep(0.3)
    finally:
        for worker in workers:
            stop_worker(worker)

    events = [event for event in read_events(log) if event.what != "ready"]
    starts = Counter(event.target_id for event in events if event.what == "start")
    assert starts == Counter({f"job-{index}": 1 for index in range(30)})
    assert {event.pid for event in events} == {worker.pid for worker in workers}
    counts = await queue.job_counts()
    assert counts.get("todo", 0) == counts.get("doing", 0) == 0


async def test_a_job_whose_worker_is_killed_finishes_after_restart(
    queue: ProcrastinateJobQueue, procrastinate_url: str, tmp_path: Path
) -> None:
    log = tmp_path / "runs.log"
    await queue.enqueue("hang-the-first-time", "v-crash")
    first = await kill_worker_mid_job("procrastinate", procrastinate_url, log)
    assert (await queue.job_counts()).get("doing") == 1  # orphaned mid-run

    await restart_until_finished(
        "procrastinate",
        procrastinate_url,
        log,
        first,
        lambda: any(event.what == "end" for event in read_events(log)),
        timeout=90,
    )
    counts = await queue.job_counts()
    assert counts.get("todo", 0) == counts.get("doing", 0) == 0


def test_only_postgresql_urls_are_accepted() -> None:
    assert libpq_conninfo("postgresql+psycopg://postgres@127.0.0.1:5432/db") == (
        "postgresql://postgres@127.0.0.1:5432/db"
    )
    with pytest.raises(ValueError, match="PostgreSQL"):
        libpq_conninfo("sqlite+aiosqlite:///var/credlens.db")
    with pytest.raises(ValueError, match="heartbeat"):
        ProcrastinateJobQueue(
            "postgresql+psycopg://postgres@127.0.0.1/db",
            heartbeat_seconds=5,
            stalled_after_seconds=5,
        )


async def test_a_job_deferred_in_a_transaction_commits_with_it_or_not_at_all(
    queue: ProcrastinateJobQueue, procrastinate_url: str
) -> None:
    engine = create_engine(procrastinate_url)
    sessions = create_session_factory(engine)
    ran: list[str] = []
    done = asyncio.Event()

    async def record(target_id: str) -> None:
        ran.append(target_id)
        done.set()

    class Abandoned(Exception):
        pass

    try:
        with pytest.raises(Abandoned):
            async with sessions() as session, session.begin():
                await queue.enqueue_in(session, "record", "rolled-back")
                raise Abandoned
        assert await queue.job_counts() == {}
        async with sessions() as session, session.begin():
            await session.execute(text("SELECT 1"))  # the transaction is under way
            await queue.enqueue_in(session, "record", "committed")
            # Not visible outside the transaction until it commits.
            assert await queue.job_counts() == {}
        assert await queue.job_counts() == {"todo": 1}
        await run_until(queue, {"record": record}, done, concurrency=3, timeout=30, stop_timeout=15)
    finally:
        await engine.dispose()
    assert ran == ["committed"]


async def test_a_session_on_another_database_is_refused(
    queue: ProcrastinateJobQueue, tmp_path: Path
) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'other.db'}")
    try:
        async with create_session_factory(engine)() as session:
            with pytest.raises(TypeError, match="PostgreSQL"):
                await queue.enqueue_in(session, "record", "nowhere")
    finally:
        await engine.dispose()


async def test_the_queue_s_bookkeeping_commits_unflushed_and_a_job_s_queuing_flushed(
    queue: ProcrastinateJobQueue,
) -> None:
    # Taking, ending and heartbeats: a crash that lost them runs a job again, which is safe.
    rows = await queue.app.connector.execute_query_all_async("SHOW synchronous_commit")
    assert [row["synchronous_commit"] for row in rows] == ["off"]
    # A job queued on its own waits for the flush, as one queued with its record does.
    async with queue._durably() as connection:
        cursor = await connection.execute("SHOW synchronous_commit")
        assert await cursor.fetchone() == ("on",)
    await queue.enqueue("verify", "v1")
    assert await queue.job_counts() == {"todo": 1}
