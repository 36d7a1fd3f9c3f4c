"""Rate limits: the sliding window in one process, and the count shared through the database."""

from __future__ import annotations

import math
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service.app import create_app
from service.ratelimit import RateLimiter, SharedRateLimiter
from service.runtime import Runtime
from service.settings import Settings
from service.storage import (
    ApiKeyRepository,
    RateLimitCounter,
    RateLimitRepository,
    create_engine,
    create_session_factory,
    statement_session,
)
from testkit.factories import WORKSPACE


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_allows_up_to_the_limit_then_says_when() -> None:
    clock = FakeClock()
    limiter = RateLimiter(limit=3, window=60, clock=clock)

    assert [limiter.take("a") for _ in range(3)] == [None, None, None]
    clock.now += 10
    assert limiter.take("a") == 50
    assert limiter.take("b") is None


def test_window_slides() -> None:
    clock = FakeClock()
    limiter = RateLimiter(limit=2, window=60, clock=clock)
    limiter.take("a")
    clock.now += 30
    limiter.take("a")

    clock.now += 31
    assert limiter.take("a") is None
    assert limiter.take("a") is not None


def test_idle_keys_are_forgotten_when_many() -> None:
    clock = FakeClock()
    limiter = RateLimiter(limit=1, window=60, clock=clock, max_keys=3)
    for key in "abc":
        limiter.take(key)
    clock.now += 61

    limiter.take("d")

    assert set(limiter._events) == {"d"}


async def test_the_shared_count_allows_the_limit_then_says_when(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock()
    clock.now = 6000.0  # the start of a window
    limiter = SharedRateLimiter(name="api-key", limit=3, window=60, sessions=sessions, clock=clock)

    assert [await limiter.retry_after("a") for _ in range(3)] == [None, None, None]
    clock.now += 10
    assert await limiter.retry_after("a") == pytest.approx(50)
    assert await limiter.retry_after("b") is None


async def test_the_shared_window_slides_over_the_previous_one(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock()
    clock.now = 6000.0
    limiter = SharedRateLimiter(name="upload", limit=4, window=60, sessions=sessions, clock=clock)
    for _ in range(4):
        assert await limiter.retry_after("a") is None

    # A quarter into the next window, three quarters of the last one's 4 still count: 3.
    clock.now = 6075.0
    assert await limiter.retry_after("a") is None
    wait = await limiter.retry_after("a")
    # 4 × (1 − e/60) + 1 + 1 ≤ 4 once e ≥ 30: at 6090, 15 s from now.
    assert wait == pytest.approx(15)
    clock.now = 6090.0
    assert await limiter.retry_after("a") is None


async def test_the_shared_window_never_allows_more_than_the_limit_across_its_edge(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock()
    clock.now = 6059.0  # the last second of a window
    limiter = SharedRateLimiter(name="api-key", limit=3, window=60, sessions=sessions, clock=clock)
    assert [await limiter.retry_after("a") for _ in range(2)] == [None, None]

    # Just past the edge, 2 × 0.99 of the last window still count: one more fits, not two.
    clock.now = 6060.6
    assert await limiter.retry_after("a") is None
    assert await limiter.retry_after("a") is not None


async def test_the_one_statement_take_decides_as_the_count_then_take_did(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    # Before: carried = previous × covered, then take while current < floor(limit − carried +
    # 1e-9). Now one statement; each case, on a key of its own, must decide the same.
    limit, start = 5, 6000
    shares = [0.0, 0.1, 0.2, 1 / 3, 0.4, 0.5, 0.6, 0.8, 0.9999999999, 1.0]
    cases = [
        (previous, current, covered)
        for previous in range(limit + 2)
        for current in range(limit + 1)
        for covered in shares
    ]
    async with sessions() as session, session.begin():
        for number, (previous, current, _) in enumerate(cases):
            for window, count in ((start - 60, previous), (start, current)):
                key = f"k{number}"
                if count:
                    session.add(RateLimitCounter(key=key, window_start=window, count=count))
    decided = []
    async with statement_session(sessions) as session:
        counts = RateLimitRepository(session)
        for number, (_, _, covered) in enumerate(cases):
            taken = await counts.take_sliding(
                f"k{number}", start, previous_start=start - 60, limit=limit, covered=covered
            )
            decided.append(taken)
    expected = [
        current + 1 if current < math.floor(limit - previous * covered + 1e-9) else None
        for previous, current, covered in cases
    ]
    assert decided == expected
    assert None in decided and any(decided)


@pytest.mark.postgres
async def test_two_processes_share_one_count(postgres_url: str) -> None:
    # Two engines, as two processes would have, on one PostgreSQL database.
    engines = [create_engine(postgres_url) for _ in range(2)]
    try:
        first, second = (
            SharedRateLimiter(
                name="api-key", limit=3, window=3600, sessions=create_session_factory(engine)
            )
            for engine in engines
        )
        key = f"shared-{id(engines)}"
        assert await first.retry_after(key) is None
        assert await second.retry_after(key) is None
        assert await first.retry_after(key) is None
        assert await second.retry_after(key) is not None
        assert await first.retry_after(key) is not None
    finally:
        for engine in engines:
            await engine.dispose()


@pytest.fixture
async def two_apps(
    postgres_url: str, tmp_path: Path
) -> AsyncIterator[tuple[Runtime, list[httpx.AsyncClient]]]:
    """Two app instances on one PostgreSQL database, as two web processes behind a balancer."""
    settings = Settings(
        data_dir=tmp_path / "var",
        database_url=postgres_url,
        secret_key="one secret for the whole deployment",
        api_requests_per_minute=3,
        workers=0,
    )
    assert settings.rate_limits_in_database
    apps = [create_app(settings) for _ in range(2)]
    async with apps[0].router.lifespan_context(apps[0]), apps[1].router.lifespan_context(apps[1]):
        clients = [
            httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://test")
            for app in apps
        ]
        yield apps[0].state.runtime, clients
        for client in clients:
            await client.aclose()


@pytest.mark.postgres
async def test_two_app_instances_share_the_per_key_api_limit(
    two_apps: tuple[Runtime, list[httpx.AsyncClient]],
) -> None:
    runtime, (first, second) = two_apps
    async with runtime.sessions() as session, session.begin():
        _, token = await ApiKeyRepository(session, runtime.api_keys).create(
            "shared", workspace_id=WORKSPACE
        )
    headers = {"Authorization": f"Bearer {token}"}

    answers = [
        (await client.get("/api/v1/verifications", headers=headers)).status_code
        for client in (first, second, first, second)
    ]

    # Counted per process, each instance would have allowed its 3: all four would pass.
    assert answers == [200, 200, 200, 429]


def test_the_count_is_shared_by_default_with_postgresql_only(tmp_path: Path) -> None:
    assert not Settings(data_dir=tmp_path).rate_limits_in_database
    assert Settings(data_dir=tmp_path, shared_rate_limits=True).rate_limits_in_database
    postgres = "postgresql+psycopg://postgres@127.0.0.1:5432/credlens"
    assert Settings(data_dir=tmp_path, database_url=postgres).rate_limits_in_database
    assert not Settings(
        data_dir=tmp_path, database_url=postgres, shared_rate_limits=False
    ).rate_limits_in_database
