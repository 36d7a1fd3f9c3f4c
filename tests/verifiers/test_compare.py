"""The dispatcher compares every source's facts with the claim as the candidate wrote it."""

from __future__ import annotations

import httpx
import pytest
import respx

import extractors
import verifiers
from extractors.models import Claim, ClaimOrigin, Source
from tests.verifiers.ob2_issuer import DCPV, RECIPIENT_EMAIL, json_ld, read_json, serve_assertion
from tests.verifiers.platforms.helpers import json_response, now, recorded
from verifiers.compare import (
    claimed_levels,
    compare_with_claim,
    offered_levels,
    variant_problem,
    written_title,
)
from verifiers.models import Checklist, CheckStatus, CredentialFacts, Verdict, Verification

CREDLY = "https://api.credly.com/v1/obi/v2"
BADGE_ID = "3b0e5a8c-5d7e-4f1a-9c53-6f0d2b7a4e21"
CREDLY_ISSUER = f"{CREDLY}/issuers/f4b8d042-0072-4a1a-8d00-260b513026e8"
CREDLY_BADGE_CLASS = f"{CREDLY_ISSUER}/badge_classes/64567b66-def2-4c84-be6c-2586962fccd3"
#: The recorded Credly badge, as the candidate's genuine SysOps Associate badge.
SYSOPS_ASSOCIATE = {
    "CKA: Certified Kubernetes Administrator": "AWS Certified SysOps Administrator – Associate",
    "The Linux Foundation": "Amazon Web Services Training and Certification",
}


def chain() -> tuple[verifiers.Verifier, ...]:
    return verifiers.verifier_chain(platforms=verifiers.platform_verifiers(now=now))


def resume(*lines: str) -> extractors.Extraction:
    text = "\n".join(["Jane Doe", "Jane.Doe@example.com", "", "Certifications", *lines])
    return extractors.extract(text.encode(), "resume.txt")


def serve_credly_badge(router: respx.MockRouter, replace: dict[str, str]) -> None:
    for url, name in (
        (f"{CREDLY}/badge_assertions/{BADGE_ID}", "credly/assertion.json"),
        (CREDLY_BADGE_CLASS, "credly/badge_class.json"),
        (CREDLY_ISSUER, "credly/issuer.json"),
    ):
        router.get(url).mock(return_value=json_response(recorded(name, replace=replace)))


def failed(verification: Verification) -> dict[str, str]:
    return {c.name: c.detail for c in verification.checks if c.status is CheckStatus.FAILED}


async def test_a_professional_claim_on_an_associate_badge_is_a_mismatch(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    """Issue 17, case 1: the level the candidate wrote is what they claim."""
    serve_credly_badge(respx_mock, SYSOPS_ASSOCIATE)
    extraction = resume(
        "AWS Certified SysOps Administrator – Professional, Amazon Web Services, 2024 "
        f"https://www.credly.com/badges/{BADGE_ID}"
    )
    [claim] = extraction.claims

    [verification] = await verifiers.verify(
        [claim], extraction.candidate, client, verifiers=chain()
    )

    assert verification.verdict is Verdict.MISMATCH
    problems = failed(verification)
    assert "Professional" in problems["claim_level"]
    assert "Associate" in problems["claim_level"]
    assert "not a level its issuer offers" in problems["claim_variant"]
    assert "recipient" not in problems  # the badge is the candidate's own: only the level lies


async def test_the_same_badge_claimed_at_its_own_level_is_verified(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    serve_credly_badge(respx_mock, SYSOPS_ASSOCIATE)
    extraction = resume(
        "AWS Certified SysOps Administrator – Associate, Amazon Web Services, 2024 "
        f"https://www.credly.com/badges/{BADGE_ID}"
    )

    [verification] = await verifiers.verify(
        extraction.claims, extraction.candidate, client, verifiers=chain()
    )

    assert verification.verdict is Verdict.VERIFIED, failed(verification)


async def test_a_genuine_self_hosted_badge_for_another_title_is_a_mismatch(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    """Issue 17, case 3: self-hosted Open Badges 2.0 compares the claim too."""
    badge_class = read_json(DCPV / "assets" / "robotics-badge.json")
    respx_mock.get("https://example.org/robotics-badge.json").mock(
        return_value=json_ld({**badge_class, "name": "Galley Assistant Certificate"})
    )
    url = serve_assertion(respx_mock, read_json(DCPV / "basic-assertion.json"))
    claim = Claim(
        id="c1",
        title="Master Mariner Certificate",
        text="Master Mariner Certificate",
        url=url,
        source=Source(text=f"Master Mariner Certificate {url}"),
    )
    candidate = extractors.Candidate(emails=(RECIPIENT_EMAIL,))

    [verification] = await verifiers.verify([claim], candidate, client, verifiers=chain())

    assert verification.verdict is Verdict.MISMATCH
    assert "Galley Assistant Certificate" in failed(verification)["claim_title"]


async def test_a_level_the_issuer_does_not_offer_is_a_red_flag_without_a_link(
    client: httpx.AsyncClient,
) -> None:
    extraction = resume("AWS Certified SysOps Administrator – Professional, 2024")

    [verification] = await verifiers.verify(
        extraction.claims, extraction.candidate, client, verifiers=chain()
    )

    assert verification.verdict is Verdict.MISMATCH
    assert "Professional" in failed(verification)["claim_variant"]


async def test_a_level_the_issuer_offers_without_a_link_stays_unverified(
    client: httpx.AsyncClient,
) -> None:
    extraction = resume("AWS Certified Solutions Architect – Professional, 2024")

    [verification] = await verifiers.verify(
        extraction.claims, extraction.candidate, client, verifiers=chain()
    )

    assert verification.verdict is Verdict.UNVERIFIED
    assert "claim_variant" not in failed(verification)


def test_the_claim_as_written_keeps_the_words_canonicalisation_drops() -> None:
    claim = Claim(
        id="c1",
        title="AWS Certified SysOps Administrator – Associate",
        text="AWS Certified SysOps Administrator",
        catalog_id="aws-sysops-administrator-associate",
        source=Source(text="AWS Certified SysOps Administrator – Professional, AWS, 2024"),
    )

    assert written_title(claim) == "AWS Certified SysOps Administrator – Professional"
    assert claimed_levels(claim) == {"Professional"}
    assert offered_levels(claim) == {"Associate"}
    assert variant_problem(claim) is not None


def test_the_catalog_title_adds_a_level_the_resume_left_out() -> None:
    claim = Claim(
        id="c1",
        title="AWS Certified Solutions Architect – Associate",
        text="AWS SAA",
        catalog_id="aws-solutions-architect-associate",
        source=Source(text="AWS SAA (2023)"),
    )

    assert claimed_levels(claim) == {"Associate"}
    assert variant_problem(claim) is None


@pytest.mark.parametrize(
    ("claimed", "found", "problem"),
    [
        ("ITIL 4 Foundation", "ITIL v3 Foundation", "claim_version"),
        ("ITIL 4 Foundation", "ITIL 4 Managing Professional", "claim_level"),
        ("PRINCE2 Foundation", "PRINCE2 Practitioner", "claim_level"),
        ("Core Java Programming", "Advanced Java Programming", "claim_level"),
        ("AWS Certified Security – Specialty", "AWS Certified Advanced Networking – Specialty", ""),
        ("Microsoft Office Specialist: Excel 2019", "Microsoft Office Specialist: Excel 2016", ""),
    ],
)
def test_distinguishing_words_tell_credentials_apart(
    claimed: str, found: str, problem: str
) -> None:
    claim = Claim(id="c1", title=claimed, text=claimed, source=Source(text=claimed))
    checks = Checklist()

    compare_with_claim(checks, claim, CredentialFacts(title=found))

    assert checks.verdict() is Verdict.MISMATCH
    if problem:
        assert problem in {check.name for check in checks.checks}


def test_dates_and_issuer_are_compared_and_a_link_alone_claims_nothing() -> None:
    facts = CredentialFacts(
        title="Awesome Robotics Badge",
        issuer="An Example Badge Issuer",
        issued_on="2016-12-31",
        expires_on="2019-12-31",
    )
    claim = Claim(id="c1", title="Awesome Robotics Badge", issued_on="2016", expires_on="2021")
    checks = Checklist()
    compare_with_claim(checks, claim, facts)
    assert {check.name for check in checks.checks} == {"claim_expires_on"}

    checks = Checklist()
    compare_with_claim(checks, claim.model_copy(update={"issuer": "Acme Robotics"}), facts)
    assert "claim_issuer" in {check.name for check in checks.checks}

    checks = Checklist()
    link = claim.model_copy(update={"source": Source(origin=ClaimOrigin.LINK)})
    compare_with_claim(checks, link, facts)
    assert [check.status for check in checks.checks] == [CheckStatus.SKIPPED]
