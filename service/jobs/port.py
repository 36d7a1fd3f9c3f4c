"""The job-queue port: what the service needs from a queue, whichever engine runs it.

Payloads are a kind and an id, never personal data: a job names the verification it works on
and the handler loads the rest, so erasing a verification leaves nothing behind in the queue.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

#: Runs one job: receives the id the job was enqueued with.
JobHandler = Callable[[str], Awaitable[None]]


class TransientJobError(Exception):
    """Raised by a handler when trying again later may succeed (an issuer timed out, a 5xx)."""


class JobTimeLimitExceeded(TransientJobError):
    """A job ran past its time limit and was stopped; it is retried like a transient failure."""


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how soon a transiently failing job is tried again.

    Delays double from ``initial_delay`` up to ``max_delay``, each scaled by a random factor
    in [1 - jitter, 1 + jitter] so jobs that failed together do not retry together.
    """

    max_attempts: int = 5
    initial_delay: float = 5.0
    max_delay: float = 600.0
    jitter: float = 0.25

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.initial_delay < 0 or self.max_delay < self.initial_delay:
            raise ValueError("delays must satisfy 0 <= initial_delay <= max_delay")
        if not 0 <= self.jitter < 1:
            raise ValueError("jitter must be in [0, 1)")

    def delay_after(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1 for the first)."""
        base = min(self.max_delay, self.initial_delay * 2.0 ** max(0, attempt - 1))
        return base * random.uniform(1 - self.jitter, 1 + self.jitter)

    def allows_another_after(self, attempt: int) -> bool:
        """Whether attempt number ``attempt`` may be followed by another."""
        return attempt < self.max_attempts


class JobQueue(Protocol):
    """Durable background jobs: enqueued by the web process, run by workers.

    Both backends promise: a job interrupted by a crash is run again after restart; two
    workers never run one job at once; every run is stopped at a time limit; transient
    failures (``TransientJobError`` and what the backend was told is transient) are retried
    with backoff, other failures are final.
    """

    async def enqueue(self, kind: str, id: str, *, run_after: datetime | None = None) -> None:
        """Queue a job of ``kind`` for the record ``id``, to run now or after ``run_after``."""
        ...

    async def enqueue_in(
        self, session: AsyncSession, kind: str, id: str, *, run_after: datetime | None = None
    ) -> None:
        """Queue a job inside the caller's transaction, so it exists exactly when the record it
        names does: committed together or not at all. The caller commits."""
        ...

    async def run_worker(
        self,
        handlers: Mapping[str, JobHandler],
        *,
        concurrency: int,
        stop_event: asyncio.Event,
    ) -> None:
        """Run jobs of the handled kinds, ``concurrency`` at a time, until ``stop_event`` is
        set; then finish the jobs in hand and return."""
        ...
