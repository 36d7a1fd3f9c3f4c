"""Per-client rate limits: a sliding window kept in the process.

Each web or API process counts on its own, so N processes allow N times the limit; that bounds
brute force and floods well enough without a shared store (see docs/security.md).
"""

from __future__ import annotations

import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class RateLimiter:
    """Allows ``limit`` events per ``window`` seconds for each key."""

    limit: int
    window: float
    clock: Callable[[], float] = time.monotonic
    max_keys: int = 100_000
    _events: defaultdict[str, deque[float]] = field(
        default_factory=lambda: defaultdict(deque), repr=False
    )

    def retry_after(self, key: str) -> float | None:
        """Record an event for ``key``; None if allowed, else the seconds until it would be."""
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
