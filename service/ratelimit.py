"""Per-client rate limits: counted in the process, or in the database shared by all of them.

One process counts on its own (``RateLimiter``, a sliding window kept in memory). When the
service runs as several processes — PostgreSQL, web processes behind a balancer, workers —
N processes counting on their own would allow N times the limit, so the count is kept in the
shared database instead (``SharedRateLimiter``); see docs/security.md.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service.storage import RateLimitRepository, once_more_if_disconnected, statement_session


class RateLimit(Protocol):
    """Allows a number of events per window for each key."""

    async def retry_after(self, key: str, *, session: AsyncSession | None = None) -> float | None:
        """Record an event for ``key``; None if allowed, else the seconds until it would be.

        ``session``: the caller's, with each statement standing alone (``statement_session``),
        for a limit counted in the database to use rather than take a connection of its own.
        """
        ...


@dataclass
class RateLimiter:
    """Allows ``limit`` events per ``window`` seconds for each key, counted in this process."""

    limit: int
    window: float
    clock: Callable[[], float] = time.monotonic
    max_keys: int = 100_000
    _events: defaultdict[str, deque[float]] = field(
        default_factory=lambda: defaultdict(deque), repr=False
    )

    async def retry_after(self, key: str, *, session: AsyncSession | None = None) -> float | None:
        """Record an event for ``key``; None if allowed, else the seconds until it would be."""
        return self.take(key)

    def take(self, key: str) -> float | None:
        """``retry_after`` without the event loop."""
        now = self.clock()
        if len(self._events) >= self.max_keys:
            self._forget_idle(now)
        events = self._events[key]
        while events and events[0] <= now - self.window:
            events.popleft()
        if len(events) >= self.limit:
            return events[0] + self.window - now
        events.append(now)
        return None

    def _forget_idle(self, now: float) -> None:
        """Drop keys with no event in the window, so many passing clients cannot fill memory."""
        for key in [key for key, events in self._events.items() if events[-1] <= now - self.window]:
            del self._events[key]


#: How often (a share of the checks) a process deletes counts of windows long gone.
_FORGET_SHARE = 0.01


@dataclass
class SharedRateLimiter:
    """Allows ``limit`` events per ``window`` seconds for each key, counted in the database
    that every process of the service shares.

    The window slides as an estimate over two fixed windows (the previous window's count,
    weighted by how much of it the sliding window still covers, plus the current one's), so
    a client cannot double its rate at a window's edge; each check is one short transaction.
    """

    name: str
    limit: int
    window: int
    sessions: async_sessionmaker[AsyncSession]
    clock: Callable[[], float] = time.time

    async def retry_after(self, key: str, *, session: AsyncSession | None = None) -> float | None:
        """Record an event for ``key``; None if allowed, else the seconds until it would be.

        Each statement stands alone (the take is one atomic statement; under PostgreSQL's
        READ COMMITTED a transaction around them would see nothing more): ``session`` is the
        caller's ``statement_session``, else one of its own, repeated once on a lost
        connection (a repeat counts the event at most twice, erring towards the limit).
        """
        now = self.clock()
        if session is not None:
            return await self._check(session, key, now)

        async def check_alone() -> float | None:
            async with statement_session(self.sessions) as own:
                return await self._check(own, key, now)

        return await once_more_if_disconnected(check_alone)

    async def _check(self, session: AsyncSession, key: str, now: float) -> float | None:
        start = int(now // self.window) * self.window
        covered = 1 - (now - start) / self.window  # of the previous window, still in the slide
        counter = f"{self.name}:{key}"
        counts = RateLimitRepository(session)
        # One more fits while previous × covered + current + 1 ≤ limit (the previous window
        # read in the same statement as the take); rounding up would let a client past the
        # limit at each window's edge.
        taken = await counts.take_sliding(
            counter, start, previous_start=start - self.window, limit=self.limit, covered=covered
        )
        if taken is not None:
            if random.random() < _FORGET_SHARE:
                await counts.forget_before(start - self.window)
            return None
        previous = await counts.count(counter, start - self.window) if covered else 0
        current = await counts.count(counter, start)
        return self._wait(now, start, current, previous)

    def _wait(self, now: float, start: int, current: int, previous: float) -> float:
        """Seconds until one more event fits, if no other comes meanwhile."""
        if current + 1 > self.limit or previous <= 0:
            return max(start + self.window - now, 0.001)
        # previous × (1 − elapsed / window) + current + 1 ≤ limit, solved for elapsed.
        elapsed = self.window * (1 - (self.limit - current - 1) / previous)
        return max(start + elapsed - now, 0.001)
