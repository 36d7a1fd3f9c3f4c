"""Per-host limits, retries with backoff honouring Retry-After, and the TTL response cache."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
import respx

from testkit.factories import check
from tests.verifiers.platforms.helpers import JANE, json_response, link_claim, now
from verifiers.http import BlockedURLError, HttpPolicy, UnreachableError, create_client, fetch
from verifiers.models import Verdict
from verifiers.platforms import AccredibleVerifier
from verifiers.resilience import (
    ResiliencePolicy,
    ResilientTransport,
    fresh_answers,
    with_resilience,
)

URL = "https://api.accredible.com/v1/credential-net/credentials/10000005"


class Sleeps:
    """Records the waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def resilient(
    sleeps: Sleeps, clock: Clock
) -> AsyncIterator[tuple[httpx.AsyncClient, ResilientTransport]]:
    async with create_client(HttpPolicy()) as client:
        transport = with_resilience(
            client, ResiliencePolicy(ttl=60), sleep=sleeps, clock=clock, jitter=lambda: 0.5
        )
        yield client, transport


async def test_the_same_link_twice_costs_one_request(
    resilient: tuple[httpx.AsyncClient, ResilientTransport], clock: Clock
) -> None:
    client, transport = resilient
    with respx.mock() as router:
        route = router.get(URL).mock(return_value=json_response({"data": {"name": "x"}}))
        first = await fetch(client, URL)
        second = await fetch(client, URL)
        assert route.call_count == 1
        assert first.body == second.body and second.status_code == 200
        assert transport.counters.cache_hits == 1
        await fetch(client, URL, accept="text/html")  # another representation
        assert route.call_count == 2
        clock.now += 61  # past the TTL
        await fetch(client, URL)
        assert route.call_count == 3


async def test_a_recheck_asks_again_and_keeps_what_it_got(
    resilient: tuple[httpx.AsyncClient, ResilientTransport],
) -> None:
    client, _ = resilient
    with respx.mock() as router:
        route = router.get(URL).mock(return_value=json_response({"data": {"name": "x"}}))
        await fetch(client, URL)
        route.mock(return_value=json_response({"data": {"name": "revoked"}}))
        with fresh_answers():
            # Both the request and the tasks it starts skip the cached answer.
            inside = await asyncio.gather(fetch(client, URL), fetch(client, URL))
        assert route.call_count == 3
        assert all(b'"revoked"' in answer.body for answer in inside)
        # Outside, the fresh answer is what the cache holds now.
        after = await fetch(client, URL)
        assert route.call_count == 3 and b'"revoked"' in after.body


async def test_concurrent_asks_for_one_link_share_one_request(
    resilient: tuple[httpx.AsyncClient, ResilientTransport],
) -> None:
    client, _ = resilient

    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.05)
        return json_response({"ok": True})

    with respx.mock() as router:
        route = router.get(URL).mock(side_effect=slow)
        answers = await asyncio.gather(*(fetch(client, URL) for _ in range(5)))
    assert route.call_count == 1
    assert {answer.body for answer in answers} == {b'{"ok": true}'}


@pytest.mark.parametrize(
    ("headers", "status"), [({"cache-control": "no-store"}, 200), ({}, 500), ({}, 401)]
)
async def test_uncacheable_answers_are_asked_again(
    headers: dict[str, str], status: int, resilient: tuple[httpx.AsyncClient, ResilientTransport]
) -> None:
    client, _ = resilient
    with respx.mock() as router:
        route = router.get(URL).mock(return_value=httpx.Response(status, headers=headers))
        await fetch(client, URL)
        await fetch(client, URL)
    # A 500 is retried as well, so count the distinct asks by the first attempt of each.
    assert route.call_count == (6 if status == 500 else 2)


async def test_requests_with_credentials_are_never_shared(
    resilient: tuple[httpx.AsyncClient, ResilientTransport],
) -> None:
    client, _ = resilient
    with respx.mock() as router:
        route = router.get(URL).mock(return_value=json_response({"mine": True}))
        for token in ("a", "b"):
            await fetch(client, URL, headers={"Authorization": f"Bearer {token}"})
    assert route.call_count == 2


async def test_a_big_body_is_delivered_whole_but_not_kept(sleeps: Sleeps) -> None:
    body = b"x" * 5000
    async with create_client(HttpPolicy()) as client:
        with_resilience(client, ResiliencePolicy(max_cached_bytes=1000), sleep=sleeps)
        with respx.mock() as router:
            route = router.get(URL).mock(
                return_value=httpx.Response(200, stream=httpx.ByteStream(body))
            )
            assert (await fetch(client, URL)).body == body
            assert (await fetch(client, URL)).body == body
    assert route.call_count == 2


async def test_5xx_is_retried_with_jittered_backoff(
    resilient: tuple[httpx.AsyncClient, ResilientTransport], sleeps: Sleeps
) -> None:
    client, transport = resilient
    with respx.mock() as router:
        route = router.get(URL).mock(
            side_effect=[httpx.Response(503), httpx.Response(502), json_response({"ok": 1})]
        )
        answer = await fetch(client, URL)
    assert answer.status_code == 200
    assert route.call_count == 3
    assert sleeps.waits == [0.25 * 0.5, 0.5 * 0.5]
    assert transport.counters.retries == 2


@pytest.mark.parametrize("retry_after", ["2", "Wed, 21 Oct 2015 07:28:00 GMT"])
async def test_429_waits_as_long_as_retry_after_asks(
    retry_after: str, resilient: tuple[httpx.AsyncClient, ResilientTransport], sleeps: Sleeps
) -> None:
    client, _ = resilient
    with respx.mock() as router:
        router.get(URL).mock(
            side_effect=[
                httpx.Response(429, headers={"retry-after": retry_after}),
                json_response({"ok": 1}),
            ]
        )
        answer = await fetch(client, URL)
    assert answer.status_code == 200
    # A date in the past means "now".
    assert sleeps.waits == [2.0 if retry_after == "2" else 0.0]


async def test_a_long_retry_after_is_not_waited_for(
    resilient: tuple[httpx.AsyncClient, ResilientTransport], sleeps: Sleeps
) -> None:
    client, _ = resilient
    with respx.mock() as router:
        route = router.get(URL).mock(
            return_value=httpx.Response(429, headers={"retry-after": "3600"})
        )
        answer = await fetch(client, URL)
    assert answer.status_code == 429
    assert route.call_count == 1
    assert sleeps.waits == []


async def test_timeouts_are_retried_then_reported(
    resilient: tuple[httpx.AsyncClient, ResilientTransport],
) -> None:
    client, _ = resilient
    with respx.mock() as router:
        route = router.get(URL).mock(
            side_effect=[httpx.ConnectTimeout("slow"), json_response({"ok": 1})]
        )
        assert (await fetch(client, URL)).status_code == 200
        assert route.call_count == 2
        route.side_effect = httpx.ReadTimeout("slow")
        with pytest.raises(UnreachableError):
            await fetch(client, URL + "?again")
    assert route.call_count == 5


async def test_posts_are_never_retried(
    resilient: tuple[httpx.AsyncClient, ResilientTransport],
) -> None:
    client, _ = resilient
    with respx.mock() as router:
        route = router.post(URL).mock(return_value=httpx.Response(503))
        answer = await fetch(client, URL, method="POST")
    assert answer.status_code == 503
    assert route.call_count == 1


async def test_a_platform_that_stays_down_is_unreachable(
    resilient: tuple[httpx.AsyncClient, ResilientTransport],
) -> None:
    client, _ = resilient
    with respx.mock() as router:
        route = router.get(URL).mock(return_value=httpx.Response(503))
        verification = await AccredibleVerifier(now=now).verify(
            link_claim("https://www.credential.net/10000005"), JANE, client
        )
    assert route.call_count == 3
    assert verification.verdict is Verdict.UNREACHABLE
    assert "HTTP 503" in check(verification, "fetch_credential")[1]


async def test_requests_to_one_host_are_limited_and_hosts_run_in_parallel(
    sleeps: Sleeps,
) -> None:
    in_flight: dict[str, int] = {}
    most: dict[str, int] = {}

    async def track(request: httpx.Request) -> httpx.Response:
        host = request.url.host
        in_flight[host] = in_flight.get(host, 0) + 1
        most[host] = max(most.get(host, 0), in_flight[host])
        await asyncio.sleep(0.02)
        in_flight[host] -= 1
        return json_response({})

    async with create_client(HttpPolicy()) as client:
        with_resilience(client, ResiliencePolicy(per_host=2, ttl=0), sleep=sleeps)
        with respx.mock() as router:
            router.get(url__regex=r"https://(a|b)\.example\.com/\d+").mock(side_effect=track)
            await asyncio.gather(
                *(
                    fetch(client, f"https://{host}.example.com/{n}")
                    for host in "ab"
                    for n in range(6)
                )
            )
    assert most == {"a.example.com": 2, "b.example.com": 2}


async def test_the_guard_still_checks_every_redirect(
    resilient: tuple[httpx.AsyncClient, ResilientTransport],
) -> None:
    client, _ = resilient
    with respx.mock() as router:
        router.get(URL).mock(
            return_value=httpx.Response(302, headers={"location": "http://127.0.0.1/admin"})
        )
        with pytest.raises(BlockedURLError):
            await fetch(client, URL)


def test_wrapping_twice_keeps_one_wrapper() -> None:
    client = create_client(HttpPolicy())
    assert with_resilience(client) is with_resilience(client)


@pytest.mark.parametrize(
    "options", [{"per_host": 0}, {"attempts": 0}, {"ttl": -1}, {"backoff": -0.1}]
)
def test_nonsense_policies_are_refused(options: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        ResiliencePolicy(**options)  # type: ignore[arg-type]
