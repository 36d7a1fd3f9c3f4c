"""Starting, reading and stopping worker processes in tests."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from service.jobs import JobHandler, JobQueue

REPO_ROOT = Path(__file__).resolve().parents[3]


@dataclass(frozen=True)
class Event:
    what: str
    target_id: str
    pid: int
    at: float


def start_worker(
    backend: str, database_url: str, log: Path, *extra: str
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.service.jobs.worker_process",
            backend,
            database_url,
            str(log),
            *extra,
        ],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def stop_worker(process: subprocess.Popen[bytes], *, timeout: float = 20) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def read_events(log: Path) -> list[Event]:
    if not log.exists():
        return []
    events = []
    for line in log.read_text().splitlines():
        what, target_id, pid, at = line.split()
        events.append(Event(what, target_id, int(pid), float(at)))
    return events


async def wait_until(
    condition: Callable[[], Awaitable[bool]] | Callable[[], bool],
    *,
    timeout: float,
    what: str,
) -> None:
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if not isinstance(result, bool):
            result = await result
        if result:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(0.05)


async def kill_worker_mid_job(
    backend: str, database_url: str, log: Path
) -> subprocess.Popen[bytes]:
    """Start a worker with a one-second lease, wait until it starts a job, and kill it there
    (SIGKILL): the job is left orphaned, its lease still on it. Returns the killed worker."""
    worker = start_worker(backend, database_url, log, "--lease", "1.0")
    try:
        await wait_until(
            lambda: any(event.what == "start" for event in read_events(log)),
            timeout=90,
            what="the first worker to start the job",
        )
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=10)
    finally:
        stop_worker(worker)
    return worker


async def restart_until_finished(
    backend: str,
    database_url: str,
    log: Path,
    killed: subprocess.Popen[bytes],
    finished: Callable[[], Awaitable[bool]] | Callable[[], bool],
    *,
    timeout: float,
) -> None:
    """Start a second worker after ``kill_worker_mid_job``, wait until the orphaned job is
    ``finished``, and check it ran exactly twice: started on the killed worker, then started
    and ended on the new one."""
    second = start_worker(backend, database_url, log, "--lease", "1.0")
    try:
        await wait_until(finished, timeout=timeout, what="the job to finish after restart")
    finally:
        stop_worker(second)
    events = [event for event in read_events(log) if event.target_id == "v-crash"]
    assert [(event.what, event.pid) for event in events] == [
        ("start", killed.pid),
        ("start", second.pid),
        ("end", second.pid),
    ]


async def run_until(
    queue: JobQueue,
    handlers: dict[str, JobHandler],
    done: asyncio.Event,
    *,
    concurrency: int = 2,
    timeout: float = 20,
    stop_timeout: float = 10,
) -> None:
    """Run ``queue``'s worker in this process until ``done`` is set, then stop it."""
    stop = asyncio.Event()
    worker = asyncio.create_task(
        queue.run_worker(handlers, concurrency=concurrency, stop_event=stop)
    )
    try:
        await asyncio.wait_for(done.wait(), timeout)
    finally:
        stop.set()
        await asyncio.wait_for(worker, stop_timeout)
