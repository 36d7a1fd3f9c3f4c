"""Which résumé claim a link given beside the résumé evidences."""

from __future__ import annotations

import pytest

from extractors.models import Claim
from testkit import factories
from verifiers.linking import claim_for_link, pair_links, title_similarity
from verifiers.models import Verdict, Verification


def resume_claim(claim_id: str, title: str, url: str | None = None) -> Claim:
    return factories.claim(title, claim_id=claim_id, url=url)


def link_verification(claim_id: str, found_title: str | None) -> Verification:
    claim = factories.link_claim(f"https://www.credly.com/badges/{claim_id}", claim_id=claim_id)
    facts = factories.credential_facts(found_title) if found_title else None
    return factories.verification(claim, Verdict.VERIFIED, method="credly", credential=facts)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            "CKA: Certified Kubernetes Administrator",
            "Certified Kubernetes Administrator (CKA)",
            True,
        ),
        (
            "AWS Certified Solutions Architect – Associate",
            "AWS Certified Solutions Architect – Professional",
            True,
        ),
        ("Microsoft Certified: Azure Administrator Associate", "Azure Administrator", True),
        ("Google Data Analytics Professional Certificate", "Google Data Analytics", True),
        ("Certified Kubernetes Administrator", "Certified Kubernetes Application Developer", False),
        ("AWS Certified Solutions Architect", "AWS Certified Developer", False),
        ("Professional Scrum Master I", "Professional Scrum Product Owner I", False),
        ("Certified Professional", "Certified Associate", False),
    ],
)
def test_titles_of_one_credential_match_across_levels_and_spelling(
    first: str, second: str, same: bool
) -> None:
    assert (title_similarity(first, second) >= 0.6) is same


def test_a_link_finds_the_claim_it_evidences() -> None:
    claims = [
        resume_claim("c1", "AWS Certified Developer – Associate"),
        resume_claim("c2", "Certified Kubernetes Administrator (CKA)"),
    ]

    found = claim_for_link(
        link_verification("l", "CKA: Certified Kubernetes Administrator"), claims
    )

    assert found is not None and found.id == "c2"


def test_claims_with_their_own_link_are_not_taken() -> None:
    claims = [resume_claim("c1", "Certified Kubernetes Administrator", url="https://x.example/b")]

    assert (
        claim_for_link(link_verification("l", "Certified Kubernetes Administrator"), claims) is None
    )


def test_an_unreadable_link_attaches_to_nothing() -> None:
    claims = [resume_claim("c1", "Certified Kubernetes Administrator")]

    assert claim_for_link(link_verification("l", None), claims) is None


def test_a_tie_is_not_guessed() -> None:
    claims = [resume_claim("c1", "Azure Administrator"), resume_claim("c2", "Azure Administrator")]

    assert claim_for_link(link_verification("l", "Azure Administrator Associate"), claims) is None


def test_each_claim_takes_one_link() -> None:
    cka = resume_claim("c1", "Certified Kubernetes Administrator")
    verifications = [
        Verification(claim=cka, verdict=Verdict.UNVERIFIED, method="none"),
        link_verification("link-1", "Certified Kubernetes Administrator"),
        link_verification("link-2", "Certified Kubernetes Administrator"),
    ]

    paired = pair_links(verifications)

    assert list(paired) == ["link-1"]
    assert paired["link-1"].id == "c1"
