"""A host's free place goes to the waiting request whose work began first (``in_turn``), then
to the first come; the per-host limit is the same."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import httpx
import respx

from tests.verifiers.platforms.helpers import json_response
from verifiers.http import HttpPolicy, create_client, fetch
from verifiers.resilience import ResiliencePolicy, in_turn, knows, with_resilience

HOST = "https://issuer.example.net"


@contextlib.asynccontextmanager
async def one_place_host() -> AsyncIterator[tuple[httpx.AsyncClient, list[str], asyncio.Event]]:
    """A client given one place at HOST, whose "/first" answers once the event is set; every
    other path's name is recorded as it is answered."""
    order: list[str] = []
    release = asyncio.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        name = request.url.path.strip("/")
        if name == "first":
            await release.wait()
        else:
            order.append(name)
        return json_response({})

    async with create_client(HttpPolicy()) as client:
        with_resilience(client, ResiliencePolicy(per_host=1, ttl=0))
        with respx.mock() as router:
            router.get(url__startswith=HOST).mock(side_effect=answer)
            yield client, order, release


async def test_a_later_jobs_requests_wait_behind_an_earlier_jobs() -> None:
    async with one_place_host() as (client, order, release):
        early_began = asyncio.Event()
        late_queued = asyncio.Event()

        async def early_job() -> None:
            with in_turn():  # begins first, asks last
                early_began.set()
                await late_queued.wait()
                await fetch(client, f"{HOST}/early")

        async def late_job() -> None:
            await early_began.wait()
            with in_turn():
                queued = asyncio.ensure_future(fetch(client, f"{HOST}/late"))
                await asyncio.sleep(0.01)
                late_queued.set()
                await queued

        async def no_job() -> None:
            await early_began.wait()
            await fetch(client, f"{HOST}/none")

        first = asyncio.ensure_future(fetch(client, f"{HOST}/first"))
        await asyncio.sleep(0.01)  # the one place is taken
        jobs = [asyncio.ensure_future(job()) for job in (late_job, no_job, early_job)]
        await asyncio.sleep(0.05)  # all three wait for the place
        release.set()
        await asyncio.gather(first, *jobs)
    # The early job's request came last but its job began first; outside a job, a request's
    # turn is when it came (after both jobs began).
    assert order == ["early", "late", "none"]


async def test_a_waiter_that_gives_up_passes_its_turn_on() -> None:
    async with one_place_host() as (client, order, release):
        first = asyncio.ensure_future(fetch(client, f"{HOST}/first"))
        await asyncio.sleep(0.01)
        gives_up = asyncio.ensure_future(fetch(client, f"{HOST}/gone"))
        waits = asyncio.ensure_future(fetch(client, f"{HOST}/next"))
        await asyncio.sleep(0.01)
        gives_up.cancel()
        release.set()
        await asyncio.gather(first, waits)
        # The place is free again: a new request goes at once.
        await asyncio.wait_for(fetch(client, f"{HOST}/after"), timeout=1)
    assert order == ["next", "after"]


async def test_what_is_kept_or_under_way_is_known() -> None:
    release = asyncio.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        await release.wait()
        return json_response({})

    async with create_client(HttpPolicy()) as client:
        with_resilience(client, ResiliencePolicy(ttl=60))
        accept = "application/ld+json"
        with respx.mock() as router:
            router.get(url__startswith=HOST).mock(side_effect=answer)
            assert not knows(client, f"{HOST}/badge", accept)
            asking = asyncio.ensure_future(fetch(client, f"{HOST}/badge", accept=accept))
            await asyncio.sleep(0.01)
            assert knows(client, f"{HOST}/badge", accept)  # under way
            release.set()
            await asking
        assert knows(client, f"{HOST}/badge", accept)  # kept
        assert not knows(client, f"{HOST}/badge", "text/html")  # another Accept is another ask
    async with create_client(HttpPolicy()) as plain:  # keeps nothing
        assert not knows(plain, f"{HOST}/badge", accept)
