"""The embedded lease queue, in process and across real worker processes."""

from __future__ import annotations

import asyncio
import signal
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service.jobs import (
    EmbeddedJobQueue,
    JobHandler,
    JobRepository,
    RetryPolicy,
    TransientJobError,
)
from service.storage import Job, JobStatus
from service.storage.models import utcnow
from tests.service.jobs.processes import (
    kill_worker_mid_job,
    read_events,
    restart_until_finished,
    run_until,
    start_worker,
    stop_worker,
    wait_until,
)

Sessions = async_sessionmaker[AsyncSession]
FAST_RETRY = RetryPolicy(max_attempts=3, initial_delay=0.01, max_delay=0.05)


def fast_queue(sessions: Sessions, **options: object) -> EmbeddedJobQueue:
    settings: dict[str, object] = {
        "lease_seconds": 2.0,
        "poll_interval_seconds": 0.02,
        "retry": FAST_RETRY,
    }
    settings.update(options)
    return EmbeddedJobQueue(sessions, **settings)  # type: ignore[arg-type]


async def jobs_by_target(sessions: Sessions) -> dict[str, Job]:
    async with sessions() as session:
        return {job.target_id: job for job in (await session.scalars(select(Job))).all()}


async def run_until_failed(
    queue: EmbeddedJobQueue,
    sessions: Sessions,
    handler: JobHandler,
    *,
    what: str,
    linger: float = 0.0,
) -> None:
    """Run one worker on the ``verify`` job v-1 until the job has failed for good, then
    ``linger`` (to see that nothing runs it again) and stop the worker."""
    stop = asyncio.Event()
    worker = asyncio.create_task(
        queue.run_worker({"verify": handler}, concurrency=1, stop_event=stop)
    )

    async def failed() -> bool:
        return (await jobs_by_target(sessions))["v-1"].status == JobStatus.FAILED

    await wait_until(failed, timeout=10, what=what)
    await asyncio.sleep(linger)
    stop.set()
    await worker


async def test_enqueued_jobs_run_once_each_with_their_id(sessions: Sessions) -> None:
    queue = fast_queue(sessions)
    seen: list[str] = []
    running = 0
    most_running = 0
    done = asyncio.Event()

    async def handle(target_id: str) -> None:
        nonlocal running, most_running
        running += 1
        most_running = max(most_running, running)
        await asyncio.sleep(0.01)
        seen.append(target_id)
        running -= 1
        if len(seen) == 20:
            done.set()

    for index in range(20):
        await queue.enqueue("verify", f"v-{index}")
    await run_until(queue, {"verify": handle}, done, concurrency=3)

    assert sorted(seen) == sorted(f"v-{index}" for index in range(20))
    assert 1 < most_running <= 3
    jobs = await jobs_by_target(sessions)
    assert {job.status for job in jobs.values()} == {JobStatus.DONE}
    assert {job.attempts for job in jobs.values()} == {1}


async def test_transient_failures_are_retried_with_backoff(sessions: Sessions) -> None:
    queue = fast_queue(sessions)
    calls: list[float] = []
    done = asyncio.Event()

    async def flaky(target_id: str) -> None:
        calls.append(asyncio.get_running_loop().time())
        if len(calls) < 3:
            raise TransientJobError("issuer answered 503")
        done.set()

    await queue.enqueue("verify", "v-1")
    await run_until(queue, {"verify": flaky}, done)

    assert len(calls) == 3
    job = (await jobs_by_target(sessions))["v-1"]
    assert (job.status, job.attempts, job.last_error) == (JobStatus.DONE, 3, None)


async def test_transient_failures_give_up_after_max_attempts(sessions: Sessions) -> None:
    queue = fast_queue(sessions)
    calls = 0

    async def always_down(target_id: str) -> None:
        nonlocal calls
        calls += 1
        raise TransientJobError("issuer answered 503")

    await queue.enqueue("verify", "v-1")
    await run_until_failed(queue, sessions, always_down, what="the job to fail")
    job = (await jobs_by_target(sessions))["v-1"]
    assert calls == FAST_RETRY.max_attempts == job.attempts
    assert job.last_error == "TransientJobError: issuer answered 503"


async def test_other_failures_are_final_at_once(sessions: Sessions) -> None:
    queue = fast_queue(sessions)
    calls = 0

    async def broken(target_id: str) -> None:
        nonlocal calls
        calls += 1
        raise KeyError("claims")

    await queue.enqueue("verify", "v-1")
    await run_until_failed(queue, sessions, broken, what="the job to fail", linger=0.1)
    assert calls == 1
    assert (await jobs_by_target(sessions))["v-1"].last_error == "KeyError: 'claims'"


async def test_a_job_past_its_time_limit_is_stopped_and_retried(sessions: Sessions) -> None:
    queue = fast_queue(
        sessions,
        time_limit_seconds=0.2,
        retry=RetryPolicy(max_attempts=2, initial_delay=0.01, max_delay=0.01),
    )
    starts = 0
    cancelled = 0

    async def hangs(target_id: str) -> None:
        nonlocal starts, cancelled
        starts += 1
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            cancelled += 1
            raise

    await queue.enqueue("verify", "v-1")
    await run_until_failed(queue, sessions, hangs, what="the job to hit its limit twice")
    assert starts == cancelled == 2
    last_error = (await jobs_by_target(sessions))["v-1"].last_error
    assert last_error == "JobTimeLimitExceeded: stopped after the time limit of 0.2 s"


async def test_a_job_waits_for_its_run_after_time(sessions: Sessions) -> None:
    queue = fast_queue(sessions)
    seen: list[str] = []
    done = asyncio.Event()

    async def handle(target_id: str) -> None:
        seen.append(target_id)
        done.set()

    # "later" is due in an hour, so no load on the machine can make it due before "now" runs;
    # then its time is moved to the past, as the clock would, and it runs.
    await queue.enqueue("verify", "later", run_after=utcnow() + timedelta(hours=1))
    await queue.enqueue("verify", "now")
    await run_until(queue, {"verify": handle}, done)
    assert seen == ["now"]
    assert (await jobs_by_target(sessions))["later"].status == JobStatus.QUEUED

    async with sessions() as session, session.begin():
        later = (await session.scalars(select(Job).where(Job.target_id == "later"))).one()
        later.run_after = utcnow() - timedelta(seconds=1)
    done.clear()
    await run_until(queue, {"verify": handle}, done)
    assert seen == ["now", "later"]


async def test_workers_take_only_the_kinds_they_handle(sessions: Sessions) -> None:
    queue = fast_queue(sessions)
    done = asyncio.Event()
    seen: list[str] = []

    async def handle(target_id: str) -> None:
        seen.append(target_id)
        done.set()

    await queue.enqueue("deliver", "d-1")
    await queue.enqueue("verify", "v-1")
    await run_until(queue, {"verify": handle}, done)
    await asyncio.sleep(0.1)
    jobs = await jobs_by_target(sessions)
    assert seen == ["v-1"]
    assert jobs["d-1"].status == JobStatus.QUEUED


async def test_an_expired_lease_passes_the_job_on_and_fences_the_old_holder(
    sessions: Sessions,
) -> None:
    lease = timedelta(seconds=30)
    async with sessions() as session, session.begin():
        await JobRepository(session).enqueue(kind="verify", target_id="v-1", max_attempts=3)
    async with sessions() as session, session.begin():
        first = await JobRepository(session).claim(kinds=["verify"], lease=lease)
        assert first is not None
    async with sessions() as session, session.begin():
        # While the lease holds, nobody else gets the job.
        assert await JobRepository(session).claim(kinds=["verify"], lease=lease) is None
        later = utcnow() + lease + timedelta(seconds=1)
        second = await JobRepository(session).claim(kinds=["verify"], lease=lease, now=later)
        assert second is not None
        assert (second.id, second.attempts) == (first.id, 2)
    async with sessions() as session, session.begin():
        jobs = JobRepository(session)
        assert not await jobs.renew(first, lease=lease)
        assert not await jobs.complete(first)
        assert await jobs.complete(second)


async def test_claims_racing_in_one_process_never_share_a_job(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        for index in range(30):
            await JobRepository(session).enqueue(
                kind="verify", target_id=f"v-{index}", max_attempts=3
            )

    async def claim_all() -> list[int]:
        claimed = []
        while True:
            async with sessions() as session, session.begin():
                job = await JobRepository(session).claim(
                    kinds=["verify"], lease=timedelta(minutes=1)
                )
            if job is None:
                return claimed
            claimed.append(job.id)

    results = await asyncio.gather(*(claim_all() for _ in range(5)))
    everything = [job_id for claimed in results for job_id in claimed]
    assert len(everything) == len(set(everything)) == 30


async def test_two_worker_processes_share_the_queue_without_running_a_job_twice(
    database_url: str, sessions: Sessions, tmp_path: Path
) -> None:
    log = tmp_path / "runs.log"
    workers = [
        start_worker("embedded", database_url, log, "--concurrency", "2", "--work-seconds", "0.1")
        for _ in range(2)
    ]
    try:
        await wait_until(
            lambda: sum(event.what == "ready" for event in read_events(log)) == 2,
            timeout=90,
            what="both workers to start",
        )
        queue = fast_queue(sessions)
        for index in range(40):
            await queue.enqueue("record", f"job-{index}")

        async def all_done() -> bool:
            async with sessions() as session:
                counts = await JobRepository(session).count_by_status()
            return counts == {JobStatus.DONE: 40}

        await wait_until(all_done, timeout=60, what="all 40 jobs to finish")
    finally:
        for worker in workers:
            stop_worker(worker)

    events = [event for event in read_events(log) if event.what != "ready"]
    starts = Counter(event.target_id for event in events if event.what == "start")
    assert starts == Counter({f"job-{index}": 1 for index in range(40)})
    assert Counter(event.target_id for event in events if event.what == "end") == starts
    assert {event.pid for event in events} == {worker.pid for worker in workers}


async def test_a_job_whose_worker_is_killed_finishes_after_restart(
    database_url: str, sessions: Sessions, tmp_path: Path
) -> None:
    log = tmp_path / "runs.log"
    queue = fast_queue(sessions)
    await queue.enqueue("hang-the-first-time", "v-crash")
    first = await kill_worker_mid_job("embedded", database_url, log)
    assert first.returncode == -signal.SIGKILL
    job = (await jobs_by_target(sessions))["v-crash"]
    assert job.status == JobStatus.RUNNING  # orphaned mid-run, lease still on it

    async def finished() -> bool:
        return (await jobs_by_target(sessions))["v-crash"].status == JobStatus.DONE

    await restart_until_finished("embedded", database_url, log, first, finished, timeout=30)
    assert (await jobs_by_target(sessions))["v-crash"].attempts == 2


def test_bad_options_are_refused(sessions: Sessions) -> None:
    with pytest.raises(ValueError, match="positive"):
        EmbeddedJobQueue(sessions, lease_seconds=0)
    with pytest.raises(ValueError, match="max_attempts"):
        RetryPolicy(max_attempts=0)


async def test_stopping_hands_back_jobs_that_outlive_the_grace_period(sessions: Sessions) -> None:
    queue = fast_queue(sessions, shutdown_grace_seconds=0.2)
    started = asyncio.Event()
    runs = 0

    async def slow_the_first_time(target_id: str) -> None:
        nonlocal runs
        runs += 1
        started.set()
        if runs == 1:
            await asyncio.sleep(60)

    await queue.enqueue("verify", "v-1")
    stop = asyncio.Event()
    worker = asyncio.create_task(
        queue.run_worker({"verify": slow_the_first_time}, concurrency=1, stop_event=stop)
    )
    await asyncio.wait_for(started.wait(), 10)
    stop.set()
    await asyncio.wait_for(worker, 5)
    job = (await jobs_by_target(sessions))["v-1"]
    assert (job.status, job.attempts, job.lease_token) == (JobStatus.QUEUED, 0, None)

    done = asyncio.Event()

    async def finish(target_id: str) -> None:
        await slow_the_first_time(target_id)
        done.set()

    await run_until(queue, {"verify": finish}, done)
    job = (await jobs_by_target(sessions))["v-1"]
    assert (job.status, job.attempts, runs) == (JobStatus.DONE, 1, 2)


async def test_stopping_lets_short_jobs_finish(sessions: Sessions) -> None:
    queue = fast_queue(sessions, shutdown_grace_seconds=5)
    started = asyncio.Event()

    async def short(target_id: str) -> None:
        started.set()
        await asyncio.sleep(0.3)

    await queue.enqueue("verify", "v-1")
    stop = asyncio.Event()
    worker = asyncio.create_task(
        queue.run_worker({"verify": short}, concurrency=1, stop_event=stop)
    )
    await asyncio.wait_for(started.wait(), 10)
    stop.set()
    await asyncio.wait_for(worker, 5)
    assert (await jobs_by_target(sessions))["v-1"].status == JobStatus.DONE


async def test_a_job_enqueued_in_a_transaction_wakes_idle_workers_at_commit(
    sessions: Sessions,
) -> None:
    # A poll interval far longer than the test: only the wake-up can start the job in time.
    queue = fast_queue(sessions, poll_interval_seconds=60.0)
    started = asyncio.Event()

    async def handle(target_id: str) -> None:
        started.set()

    stop = asyncio.Event()
    worker = asyncio.create_task(queue.run_worker({"k": handle}, concurrency=1, stop_event=stop))
    try:
        await asyncio.sleep(0.3)  # the worker finds nothing and goes idle
        async with sessions() as session, session.begin():
            await queue.enqueue_in(session, "k", "in-transaction")
            await asyncio.sleep(0.3)  # uncommitted: a worker woken now would find nothing
        await asyncio.wait_for(started.wait(), 10)
    finally:
        stop.set()
        await asyncio.wait_for(worker, 10)


async def test_a_job_enqueued_in_a_rolled_back_transaction_never_exists(
    sessions: Sessions,
) -> None:
    queue = fast_queue(sessions)

    class Abandoned(Exception):
        pass

    with pytest.raises(Abandoned):
        async with sessions() as session, session.begin():
            await queue.enqueue_in(session, "k", "rolled-back")
            raise Abandoned

    assert await jobs_by_target(sessions) == {}
