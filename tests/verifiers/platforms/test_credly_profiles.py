"""Credly profiles as wallets: read over every page, matched to the résumé's claims, each
matched badge checked through its own record; someone else's wallet proves nothing."""

from __future__ import annotations

from dataclasses import replace

import httpx
import pytest
import respx

from extractors.models import Candidate, Claim, ClaimOrigin, Source
from testkit.credly_sandbox import CORE_BADGES, CredlySandbox, many_badges
from testkit.factories import check
from tests.verifiers.platforms.helpers import json_response, now
from verifiers import open_wallets, search_wallets, verifier_chain, verify
from verifiers.models import CheckStatus, EvidenceRigor, Verdict
from verifiers.platforms import platform_verifiers
from verifiers.platforms.credly_profiles import (
    CredlyProfiles,
    credly_profile_slug,
    read_profile_page,
)
from verifiers.wallets import WalletSearch

BASE = "https://credly.sandbox.test"
PROFILE = "https://www.credly.com/users/jane-doe"
JANE = Candidate(name="Jane Doe", emails=("jane@resume.example",))
CHAIN = verifier_chain(
    platforms=platform_verifiers(credly_base_url=BASE, credly_web_base_url=BASE, now=now)
)
SOURCES = (CredlyProfiles(BASE),)


def claim(number: int, title: str, **fields: str) -> Claim:
    return Claim(id=f"c{number}", title=title, source=Source(origin=ClaimOrigin.RESUME), **fields)


def serve(router: respx.MockRouter, sandbox: CredlySandbox) -> None:
    router.route(host="credly.sandbox.test").mock(side_effect=sandbox.respond)


async def search(
    claims: list[Claim],
    sandbox: CredlySandbox,
    client: httpx.AsyncClient,
    candidate: Candidate = JANE,
    profile: str = PROFILE,
) -> WalletSearch:
    with respx.mock() as router:
        serve(router, sandbox)
        verifications = await verify(claims, candidate, client, verifiers=CHAIN)
        wallets = await open_wallets([profile], SOURCES, client)
        return await search_wallets(verifications, candidate, wallets, client, CHAIN)


@pytest.mark.parametrize(
    ("url", "slug"),
    [
        ("https://www.credly.com/users/jane-doe", "jane-doe"),
        ("https://credly.com/users/jane-doe/badges", "jane-doe"),
        ("https://www.credly.com/users/Jane.Doe.42/", "jane.doe.42"),
        ("https://www.youracclaim.com/users/jane-doe", "jane-doe"),
        ("credly.com/users/jane-doe", "jane-doe"),
        ("https://www.credly.com/badges/3b0e5a8c-5d7e-4f1a-9c53-6f0d2b7a4e21", None),
        ("https://www.credly.com/org/hashicorp/badge/terraform", None),
    ],
)
def test_profile_links(url: str, slug: str | None) -> None:
    assert credly_profile_slug(url) == slug


def test_a_page_lists_public_accepted_badges_only() -> None:
    sandbox = CredlySandbox(
        BASE,
        badges=(
            *CORE_BADGES[:2],
            replace(CORE_BADGES[2], state="pending"),
            replace(CORE_BADGES[3], public=False),
        ),
        per_page=10,
    )
    page = read_profile_page(sandbox.profile_page(1))
    assert page is not None
    assert [badge.facts.title for badge in page.badges] == [b.title for b in CORE_BADGES[:2]]
    assert page.skipped == 2
    first = page.badges[0]
    assert first.facts.issuer == "Amazon Web Services Training and Certification"
    assert first.facts.recipient_name == "Jane Doe"
    assert (first.facts.issued_on, first.facts.expires_on) == ("2024-02-10", "2029-02-10")
    # The badge template says what earning it takes; the second badge names no level.
    assert first.facts.rigor == EvidenceRigor(
        level="Intermediate", type_category="Certification", time_to_earn="Months", cost="Paid"
    )
    second = page.badges[1].facts.rigor
    assert second is not None and second.level is None
    assert first.link == f"https://www.credly.com/badges/{CORE_BADGES[0].id}"
    assert read_profile_page({"badges": []}) is None


async def test_a_profile_is_read_over_all_its_pages(client: httpx.AsyncClient) -> None:
    sandbox = CredlySandbox(BASE, badges=many_badges(40), per_page=14)
    with respx.mock() as router:
        serve(router, sandbox)
        [wallet] = await open_wallets([PROFILE, PROFILE + "/"], SOURCES, client)
    assert wallet.readable
    assert len(wallet.entries) == 40
    assert wallet.holder == "Jane Doe"
    assert sandbox.requests.count("/users/jane-doe/badges.json") == 3
    assert "40 public badges on 3 page(s)" in wallet.checks[-1].detail
    assert len(wallet.evidence) == 3


async def test_a_private_profile_is_said_to_be_unreadable(client: httpx.AsyncClient) -> None:
    sandbox = CredlySandbox(BASE, private=frozenset({"jane-doe"}))
    found = await search([claim(1, "CKA: Certified Kubernetes Administrator")], sandbox, client)
    [verification] = found.verifications
    assert verification.verdict is Verdict.UNVERIFIED
    status, detail = check(verification, "wallets_searched")
    assert status is CheckStatus.SKIPPED
    assert "Credly profile (jane-doe) (could not be read)" in detail


async def test_claims_without_links_are_verified_from_the_profile(
    client: httpx.AsyncClient,
) -> None:
    sandbox = CredlySandbox(BASE, per_page=3)
    claims = [
        claim(1, "AWS Certified Solutions Architect – Associate", issuer="Amazon Web Services"),
        claim(2, "Certified Kubernetes Administrator (CKA)", issued_on="2023-06"),
        claim(3, "Google Cloud Professional Data Engineer"),
    ]
    found = await search(claims, sandbox, client)
    aws, cka, google = found.verifications
    for verification in (aws, cka):
        assert verification.verdict is Verdict.VERIFIED, verification.checks
        assert verification.provenance == "from the candidate's Credly profile (jane-doe)"
        assert check(verification, "wallet")[0] is CheckStatus.PASSED
        # The résumé's email is not the one the badges were awarded to: the name binds them.
        assert check(verification, "holder_name")[0] is CheckStatus.PASSED
    assert cka.claim.url == f"https://www.credly.com/badges/{CORE_BADGES[1].id}"
    assert google.verdict is Verdict.UNVERIFIED
    assert (
        "not found in the candidate's Credly profile (jane-doe) (4 credentials)"
        in (check(google, "wallets_searched")[1])
    )
    held = [each.facts.title for each in found.also_holds]
    assert held == [CORE_BADGES[2].title, CORE_BADGES[3].title]


async def test_a_level_contradiction_is_a_mismatch_naming_the_level(
    client: httpx.AsyncClient,
) -> None:
    found = await search(
        [claim(1, "AWS Certified Solutions Architect – Professional")], CredlySandbox(BASE), client
    )
    [verification] = found.verifications
    assert verification.verdict is Verdict.MISMATCH
    status, detail = check(verification, "claim_level")
    assert status is CheckStatus.FAILED
    assert "Professional" in detail and "Associate" in detail


async def test_someone_elses_wallet_is_a_mismatch_for_what_it_would_prove(
    client: httpx.AsyncClient,
) -> None:
    sandbox = CredlySandbox(BASE, holder="Robert Smith")
    found = await search(
        [claim(1, "CKA: Certified Kubernetes Administrator"), claim(2, "PMP")], sandbox, client
    )
    cka, pmp = found.verifications
    assert cka.verdict is Verdict.MISMATCH
    assert "'Robert Smith'" in check(cka, "wallet_holder")[1]
    assert pmp.verdict is Verdict.UNVERIFIED
    assert not any(each.bound for each in found.also_holds)


async def test_sources_add_up_a_claims_own_link_keeps_its_verdict(
    client: httpx.AsyncClient,
) -> None:
    sandbox = CredlySandbox(BASE)
    accredible = Claim(
        id="c1",
        title="CKA: Certified Kubernetes Administrator",
        url="https://www.credential.net/10000005",
        source=Source(origin=ClaimOrigin.RESUME),
    )
    with respx.mock() as router:
        serve(router, sandbox)
        router.get("https://api.accredible.com/v1/credential-net/credentials/10000005").mock(
            return_value=json_response({"error": "NOT_FOUND"}, 404)
        )
        verifications = await verify([accredible], JANE, client, verifiers=CHAIN)
        assert verifications[0].verdict is Verdict.UNVERIFIED
        wallets = await open_wallets([PROFILE], SOURCES, client)
        found = await search_wallets(verifications, JANE, wallets, client, CHAIN)
    # The Accredible link proved nothing (no public record); the profile proves the claim.
    assert found.verifications[0].verdict is Verdict.VERIFIED


async def test_a_profile_link_given_beside_the_resume_stands_for_its_wallet(
    client: httpx.AsyncClient,
) -> None:
    link = Claim(
        id="link-1", title="Linked credential", url=PROFILE, source=Source(origin=ClaimOrigin.LINK)
    )
    found = await search([link, claim(1, "Terraform Associate")], CredlySandbox(BASE), client)
    assert [each.claim.id for each in found.verifications] == ["c1"]
    assert found.verifications[0].verdict is Verdict.VERIFIED, found.verifications[0].checks
