"""The sliding-window limiter."""

from __future__ import annotations

from service.ratelimit import RateLimiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_allows_up_to_the_limit_then_says_when() -> None:
    clock = FakeClock()
    limiter = RateLimiter(limit=3, window=60, clock=clock)

    assert [limiter.retry_after("a") for _ in range(3)] == [None, None, None]
    clock.now += 10
    assert limiter.retry_after("a") == 50
    assert limiter.retry_after("b") is None


def test_window_slides() -> None:
    clock = FakeClock()
    limiter = RateLimiter(limit=2, window=60, clock=clock)
    limiter.retry_after("a")
    clock.now += 30
    limiter.retry_after("a")

    clock.now += 31
    assert limiter.retry_after("a") is None
    assert limiter.retry_after("a") is not None


def test_idle_keys_are_forgotten_when_many() -> None:
    clock = FakeClock()
    limiter = RateLimiter(limit=1, window=60, clock=clock, max_keys=3)
    for key in "abc":
        limiter.retry_after(key)
    clock.now += 61

    limiter.retry_after("d")

    assert set(limiter._events) == {"d"}
