"""What a claim's check asks first, asked ahead (``verifiers.prefetch``): the check then finds
the answer kept and asks nothing again; nothing is asked ahead where it would be asked twice."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import respx

import verifiers
from extractors.models import Candidate, Claim, ClaimOrigin, Source
from tests.verifiers.ob2_issuer import DCPV, RECIPIENT_EMAIL, json_ld, read_json, serve_assets
from verifiers import (
    HttpPolicy,
    ResiliencePolicy,
    Verdict,
    create_client,
    dispatch,
    with_resilience,
)

ASSERTION = read_json(DCPV / "basic-assertion.json")
URL = str(ASSERTION["id"])
HOLDER = Candidate(emails=(RECIPIENT_EMAIL,))


def link(url: str = URL) -> Claim:
    return Claim(
        id="link-1", title="Linked credential", url=url, source=Source(origin=ClaimOrigin.LINK)
    )


@pytest.fixture
async def keeping() -> AsyncIterator[httpx.AsyncClient]:
    """A client that keeps its answers, as the service's is."""
    async with create_client(HttpPolicy()) as client:
        with_resilience(client, ResiliencePolicy(ttl=60))
        yield client


async def test_a_link_asked_ahead_is_checked_without_asking_again(
    keeping: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(URL).mock(return_value=json_ld(ASSERTION))
    serve_assets(respx_mock)

    await verifiers.prefetch([link()], keeping)
    assert route.call_count == 1
    [ahead] = await verifiers.verify([link()], HOLDER, keeping)

    assert route.call_count == 1
    assert ahead.verdict is Verdict.VERIFIED, ahead.checks
    async with create_client(HttpPolicy()) as plain:
        [checked] = await verifiers.verify([link()], HOLDER, plain)
    assert [check.model_dump() for check in ahead.checks] == [
        check.model_dump() for check in checked.checks
    ]


async def test_nothing_is_asked_ahead_where_it_would_be_asked_twice(
    keeping: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(URL).mock(return_value=json_ld(ASSERTION))
    async with create_client(HttpPolicy()) as plain:  # keeps nothing
        await verifiers.prefetch([link()], plain)
    with verifiers.fresh_answers():  # a re-check asks again whatever is kept
        await verifiers.prefetch([link()], keeping)
    assert route.call_count == 0


async def test_only_a_check_that_says_what_it_asks_first_is_asked_ahead(
    keeping: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    anything = respx_mock.route().mock(return_value=httpx.Response(404))
    credly = "https://www.credly.com/badges/3b0e5a8c-5d7e-4f1a-9c53-6f0d2b7a4e21/public_url"
    pasted = Claim(id="c1", title="Pasted", payload='{"type": "Assertion"}')
    await verifiers.prefetch([link(credly), pasted, Claim(id="c2", title="No link")], keeping)
    assert anything.call_count == 0


async def test_a_link_that_fails_ahead_is_left_for_its_check(
    keeping: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(URL).mock(side_effect=httpx.ConnectError("refused"))
    await verifiers.prefetch([link(), link("http://10.0.0.1/badge")], keeping)  # nor blocked
    assert route.call_count == 3  # the client's own retries
    [checked] = await verifiers.verify([link()], HOLDER, keeping)
    assert checked.verdict is Verdict.UNREACHABLE


async def test_an_unexpected_failure_ahead_ends_nothing(
    keeping: httpx.AsyncClient, respx_mock: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*arguments: object, **options: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(dispatch, "fetch", broken)
    await verifiers.prefetch([link()], keeping)  # returns; the check will ask for itself
