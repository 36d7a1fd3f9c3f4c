"""Trailblazer profiles as wallets: public, private and unknown profiles; no holder named."""

from __future__ import annotations

import json

import httpx
import pytest
import respx

from extractors.models import Claim, ClaimOrigin, Source
from testkit.factories import check
from tests.verifiers.platforms.helpers import JANE, json_response, recorded
from verifiers import open_wallets, search_wallets, verify
from verifiers.models import CheckStatus, Verdict
from verifiers.platforms.trailhead import TrailheadProfiles, trailblazer_slug
from verifiers.wallets import WalletSearch

SANDBOX = "https://trailhead.sandbox.test"
PROFILE = "https://www.salesforce.com/trailblazer/janedoe"
SOURCES = (TrailheadProfiles(SANDBOX),)


@pytest.mark.parametrize(
    ("url", "slug"),
    [
        (PROFILE, "janedoe"),
        ("https://trailblazer.me/id/JaneDoe", "janedoe"),
        ("https://trailhead.salesforce.com/profile/janedoe", "janedoe"),
        ("https://trailhead.salesforce.com/credentials/verification", None),
    ],
)
def test_profile_links(url: str, slug: str | None) -> None:
    assert trailblazer_slug(url) == slug


async def search(client: httpx.AsyncClient, answer: object, *titles: str) -> WalletSearch:
    claims = [
        Claim(id=f"c{n}", title=title, source=Source(origin=ClaimOrigin.RESUME))
        for n, title in enumerate(titles, start=1)
    ]
    with respx.mock() as router:
        route = router.post(f"{SANDBOX}/graphql").mock(return_value=json_response(answer))
        verifications = await verify(claims, JANE, client)
        wallets = await open_wallets([PROFILE], SOURCES, client)
        found = await search_wallets(verifications, JANE, wallets, client)
    sent = json.loads(route.calls[0].request.content)
    assert sent["variables"] == {"slug": "janedoe", "hasSlug": True}
    assert "certifications" in sent["query"]
    return found


async def test_certifications_are_listed_but_not_bound_without_a_holder(
    client: httpx.AsyncClient,
) -> None:
    found = await search(
        client,
        recorded("trailhead/certifications.json"),
        "Salesforce Certified Administrator",
        "Salesforce Certified Platform Developer I",
        "Salesforce Certified Marketing Cloud Consultant",
    )
    administrator, developer, consultant = found.verifications
    assert administrator.verdict is Verdict.UNVERIFIED
    assert "names no holder" in check(administrator, "recipient")[1]
    assert check(administrator, "wallet")[0] is CheckStatus.PASSED
    assert administrator.provenance == "from the candidate's Trailblazer profile (janedoe)"
    assert developer.verdict is Verdict.EXPIRED
    assert consultant.verdict is Verdict.UNVERIFIED
    assert (
        "Trailblazer profile (janedoe) (2 credentials)" in check(consultant, "wallets_searched")[1]
    )


@pytest.mark.parametrize(
    ("answer", "said"),
    [("private_profile.json", "is private"), ("unknown_profile.json", "no such Trailblazer")],
)
async def test_private_and_unknown_profiles_are_said(
    answer: str, said: str, client: httpx.AsyncClient
) -> None:
    found = await search(
        client, recorded(f"trailhead/{answer}"), "Salesforce Certified Administrator"
    )
    [wallet] = found.wallets
    assert not wallet.readable
    assert said in wallet.checks[-1].detail
    [claim] = found.verifications
    assert claim.verdict is Verdict.UNVERIFIED
    assert "(could not be read)" in check(claim, "wallets_searched")[1]


async def test_a_certification_the_resume_leaves_out_keeps_the_profiles_expired_mark(
    client: httpx.AsyncClient,
) -> None:
    found = await search(
        client, recorded("trailhead/certifications.json"), "Salesforce Certified Administrator"
    )
    [held] = found.also_holds
    # The profile marks it expired: it feeds no role requirement (reports.role_fit).
    assert (held.facts.title, held.expired) == ("Salesforce Certified Platform Developer I", True)
