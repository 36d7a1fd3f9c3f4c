"""Dispatch: each claim to the first verifier that recognises it, all claims at once."""

from __future__ import annotations

import asyncio
import logging
from typing import ClassVar

import httpx
import pytest
import respx

import verifiers
from extractors.models import Candidate, Claim, ClaimOrigin, Source
from testkit import factories
from tests.verifiers.ob2_issuer import (
    ASSERTION_URL,
    DCPV,
    RECIPIENT_EMAIL,
    json_ld,
    read_json,
    serve_assets,
)
from verifiers.dispatch import verifier_chain, verify
from verifiers.models import Checklist, CheckStatus, Verdict, Verification
from verifiers.openbadges2 import OpenBadges2Verifier
from verifiers.platforms import IssuerDomainCheck

CANDIDATE = Candidate(emails=(RECIPIENT_EMAIL,))
SECRET_TEXT = "Jane Q. Candidate, jane@private.example"


def claim(claim_id: str, url: str | None = None, text: str = "") -> Claim:
    return factories.claim(claim_id=claim_id, url=url, text=text)


class PlatformVerifier:
    """A verifier of this project's protocol that claims one host, to test the ordering."""

    name: ClassVar[str] = "platform"

    def recognises(self, claim: Claim) -> bool:
        return bool(claim.url and claim.url.startswith("https://platform.example/"))

    async def verify(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
    ) -> Verification:
        checks = Checklist()
        checks.passed("platform_lookup", "the platform confirms it")
        return Verification(
            claim=claim, verdict=checks.verdict(), method=self.name, checks=checks.checks
        )


class BrokenVerifier:
    """A verifier with a bug: its exception message quotes personal data."""

    name: ClassVar[str] = "broken"

    def recognises(self, claim: Claim) -> bool:
        return claim.id == "breaks"

    async def verify(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
    ) -> Verification:
        raise KeyError(SECRET_TEXT)


def test_the_chain_ends_with_the_generic_open_badges_fallback() -> None:
    fallback = verifier_chain()[-1]
    assert isinstance(fallback, IssuerDomainCheck)
    assert isinstance(fallback.inner, OpenBadges2Verifier)
    assert verifiers.verify is verify


async def test_claim_without_link_or_credential_is_unverified(client: httpx.AsyncClient) -> None:
    [result] = await verify([claim("c1")], CANDIDATE, client)

    assert result.verdict is Verdict.UNVERIFIED
    assert result.checks[0].detail == "no link or credential given"
    assert result.checks[0].status is CheckStatus.FAILED


async def test_link_no_verifier_understands_is_unsupported(client: httpx.AsyncClient) -> None:
    [result] = await verify([claim("c1", url="ftp://files.example/badge")], CANDIDATE, client)

    assert result.verdict is Verdict.UNSUPPORTED


async def test_first_recognising_verifier_wins(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(ASSERTION_URL).mock(
        return_value=json_ld(read_json(DCPV / "basic-assertion.json"))
    )
    serve_assets(respx_mock)
    chosen = (PlatformVerifier(), OpenBadges2Verifier())

    on_platform, hosted = await verify(
        [claim("p", url="https://platform.example/badge/1"), claim("h", url=ASSERTION_URL)],
        CANDIDATE,
        client,
        verifiers=chosen,
    )

    assert (on_platform.method, on_platform.verdict) == ("platform", Verdict.VERIFIED)
    assert (hosted.method, hosted.verdict) == ("openbadges2", Verdict.VERIFIED)


async def test_a_verifier_that_raises_spoils_only_its_own_claim(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    chosen = (BrokenVerifier(), PlatformVerifier())
    claims = [
        claim("breaks", url="https://platform.example/a", text=SECRET_TEXT),
        claim("fine", url="https://platform.example/b"),
    ]

    with caplog.at_level(logging.ERROR):
        broken, fine = await verify(claims, CANDIDATE, client, verifiers=chosen)

    assert broken.verdict is Verdict.UNVERIFIED
    assert broken.method == "broken"
    assert [(c.name, c.status) for c in broken.checks] == [("internal_error", CheckStatus.FAILED)]
    assert "KeyError" in broken.checks[0].detail
    assert SECRET_TEXT not in broken.checks[0].detail
    assert fine.verdict is Verdict.VERIFIED
    assert "KeyError" in caplog.text
    assert "breaks" in caplog.text
    assert SECRET_TEXT not in caplog.text
    assert "jane@private.example" not in caplog.text


async def test_results_come_back_in_claim_order(client: httpx.AsyncClient) -> None:
    claims = [
        claim(f"c{n}", url=None if n % 2 else f"https://platform.example/{n}") for n in range(6)
    ]

    results = await verify(claims, CANDIDATE, client, verifiers=(PlatformVerifier(),))

    assert [result.claim.id for result in results] == [c.id for c in claims]
    assert [result.verdict for result in results] == [
        Verdict.VERIFIED if n % 2 == 0 else Verdict.UNVERIFIED for n in range(6)
    ]


async def test_claims_are_verified_concurrently(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    """Ten issuers are asked at once: each answers only when all ten requests are in flight,
    which one-at-a-time checking could never reach (it would wait out the generous timeout,
    and the overlap seen would be one)."""
    count = 10
    in_flight = 0
    most_in_flight = 0
    all_asked = asyncio.Event()

    async def issuer_waiting_for_the_others(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, most_in_flight
        in_flight += 1
        most_in_flight = max(most_in_flight, in_flight)
        if in_flight == count:
            all_asked.set()
        # Generous: on a loaded machine the last request may start late. Sequential checking
        # waits this out once (then nobody waits) and fails the assertion below, never hangs.
        try:
            await asyncio.wait_for(all_asked.wait(), timeout=30)
        except TimeoutError:
            all_asked.set()
        in_flight -= 1
        assertion = read_json(DCPV / "basic-assertion.json")
        return json_ld(assertion | {"id": str(request.url)})

    respx_mock.get(url__regex=r"^https://example\.org/assertions/\d+$").mock(
        side_effect=issuer_waiting_for_the_others
    )
    serve_assets(respx_mock)
    claims = [claim(f"c{n}", url=f"https://example.org/assertions/{n}") for n in range(count)]

    results = await verify(claims, CANDIDATE, client)

    assert [result.verdict for result in results] == [Verdict.VERIFIED] * count
    assert most_in_flight == count


async def test_uploaded_credential_without_a_verifier_for_it_is_unsupported(
    client: httpx.AsyncClient,
) -> None:
    uploaded = Claim(
        id="u",
        title="Uploaded",
        payload="not a credential any verifier knows",
        source=Source(origin=ClaimOrigin.CREDENTIAL),
    )

    [result] = await verify([uploaded], CANDIDATE, client, verifiers=(PlatformVerifier(),))

    assert result.verdict is Verdict.UNSUPPORTED


async def test_an_uploaded_signed_badge_goes_to_open_badges_2(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    serve_assets(respx_mock)
    uploaded = Claim(
        id="u",
        title="Uploaded",
        payload=(DCPV / "simple.jwt").read_text(),
        source=Source(origin=ClaimOrigin.CREDENTIAL),
    )

    [result] = await verify([uploaded], CANDIDATE, client)

    assert (result.method, result.verdict) == ("openbadges2", Verdict.VERIFIED)
