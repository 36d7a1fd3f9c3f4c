"""A credlens worker process for the multi-process tests: runs a queue backend with handlers
that log each run to a file, until SIGTERM.

    python -m tests.service.jobs.worker_process BACKEND DATABASE_URL LOG_FILE [options]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import time
from pathlib import Path

from service.jobs import EmbeddedJobQueue, JobHandler, JobQueue, RetryPolicy
from service.storage import create_engine, create_session_factory


def log_line(log: Path, *fields: object) -> None:
    """One line per event; O_APPEND writes this short are atomic across processes."""
    line = " ".join(str(field) for field in fields) + "\n"
    descriptor = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(descriptor, line.encode())
    finally:
        os.close(descriptor)


def handlers(log: Path, *, work_seconds: float) -> dict[str, JobHandler]:
    async def record(target_id: str) -> None:
        log_line(log, "start", target_id, os.getpid(), time.time())
        await asyncio.sleep(work_seconds)
        log_line(log, "end", target_id, os.getpid(), time.time())

    async def hang_the_first_time(target_id: str) -> None:
        # The first run leaves a marker and hangs until the test kills this process.
        marker = log.with_name(f"{target_id}.started")
        log_line(log, "start", target_id, os.getpid(), time.time())
        if not marker.exists():
            marker.touch()
            await asyncio.sleep(3600)
        log_line(log, "end", target_id, os.getpid(), time.time())

    return {"record": record, "hang-the-first-time": hang_the_first_time}


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("backend", choices=["embedded", "procrastinate"])
    parser.add_argument("database_url")
    parser.add_argument("log", type=Path)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--lease", type=float, default=1.0)
    parser.add_argument("--work-seconds", type=float, default=0.05)
    arguments = parser.parse_args()

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)

    engine = create_engine(arguments.database_url)
    queue: JobQueue
    if arguments.backend == "embedded":
        queue = EmbeddedJobQueue(
            create_session_factory(engine),
            lease_seconds=arguments.lease,
            poll_interval_seconds=0.1,
            retry=RetryPolicy(max_attempts=3, initial_delay=0.1, max_delay=1.0),
        )
    else:
        from service.jobs.procrastinate_queue import ProcrastinateJobQueue

        queue = ProcrastinateJobQueue(
            arguments.database_url,
            retry=RetryPolicy(max_attempts=3, initial_delay=0.1, max_delay=1.0),
            heartbeat_seconds=arguments.lease / 2,
            stalled_after_seconds=arguments.lease,
            poll_interval_seconds=0.2,
        )
    log_line(arguments.log, "ready", "-", os.getpid(), time.time())
    try:
        await queue.run_worker(
            handlers(arguments.log, work_seconds=arguments.work_seconds),
            concurrency=arguments.concurrency,
            stop_event=stop,
        )
    finally:
        await engine.dispose()


if __name__ == "__main__":
    asyncio.run(main())
