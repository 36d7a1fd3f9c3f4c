"""Credly badge links, every URL form, checked through Credly's Open Badges 2.0 assertions."""

from __future__ import annotations

import httpx
import pytest
import respx

from extractors.models import Candidate
from testkit.factories import check
from tests.verifiers.platforms.helpers import (
    CREDLY_ASSERTION as ASSERTION,
)
from tests.verifiers.platforms.helpers import (
    CREDLY_BADGE_ID as BADGE_ID,
)
from tests.verifiers.platforms.helpers import (
    CREDLY_WEB as WEB,
)
from tests.verifiers.platforms.helpers import (
    JANE,
    json_response,
    judge,
    link_claim,
    now,
    recorded,
    resume_claim,
    serve_credly,
)
from verifiers.models import Assurance, CheckStatus, EvidenceRigor, Verdict
from verifiers.platforms.credly import CredlyVerifier, credly_badge_id

VERIFIER = CredlyVerifier(now=now)

URL_FORMS = [
    f"https://www.credly.com/badges/{BADGE_ID}",
    f"https://www.credly.com/badges/{BADGE_ID}/",
    f"https://www.credly.com/badges/{BADGE_ID}/public_url",
    f"https://www.credly.com/badges/{BADGE_ID}/linked_in_profile",
    f"https://www.credly.com/badges/{BADGE_ID}/linked_in?t=s1a2b3",
    f"https://www.credly.com/badges/{BADGE_ID}?source=linked_in_profile",
    f"https://credly.com/badges/{BADGE_ID.upper()}/embedded_badge",
    f"http://www.credly.com/badges/{BADGE_ID}#share",
    f"https://www.credly.com/en/badges/{BADGE_ID}/public_url",
    f"https://www.youracclaim.com/badges/{BADGE_ID}/public_url",
    f"https://youracclaim.com/badges/{BADGE_ID}",
    f"https://www.credly.com/earner/earned/badge/{BADGE_ID}",
    f"https://api.credly.com/v1/obi/v2/badge_assertions/{BADGE_ID}",
]


@pytest.mark.parametrize("url", URL_FORMS)
async def test_every_badge_url_form_is_checked_at_the_assertion(
    url: str, client: httpx.AsyncClient
) -> None:
    claim = resume_claim(url, "Certified Kubernetes Administrator (CKA)", issuer="Linux Foundation")
    assert VERIFIER.recognises(claim)
    assert credly_badge_id(url) == BADGE_ID
    with respx.mock(assert_all_called=True) as router:
        serve_credly(router)
        verification = await judge(VERIFIER, claim, JANE, client)
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert verification.method == "credly"
    assert verification.assurance is Assurance.ISSUER
    assert verification.evidence[0].url == ASSERTION
    facts = verification.credential
    assert facts is not None
    assert facts.title == "CKA: Certified Kubernetes Administrator"
    assert facts.issuer == "The Linux Foundation"
    assert facts.platform == "Credly"
    assert (facts.issued_on, facts.expires_on) == ("2024-03-15", "2027-03-15")
    assert "Kubernetes" in facts.skills
    assert check(verification, "recipient")[0] is CheckStatus.PASSED
    assert check(verification, "claim_match") == (
        CheckStatus.PASSED,
        "the résumé agrees on title and level, issuer",
    )


async def test_short_links_are_followed_to_the_badge(client: httpx.AsyncClient) -> None:
    short = "https://www.credly.com/go/Kx3Lp9Qa"
    page = f"https://www.credly.com/badges/{BADGE_ID}/public_url"
    with respx.mock(assert_all_called=True) as router:
        router.get(short).mock(return_value=httpx.Response(302, headers={"location": page}))
        router.get(page).mock(
            return_value=httpx.Response(200, html="<html><title>Credly</title></html>")
        )
        serve_credly(router)
        verification = await judge(VERIFIER, link_claim(short), JANE, client)
    assert verification.verdict is Verdict.VERIFIED
    assert check(verification, "short_link") == (
        CheckStatus.PASSED,
        f"the short link leads to badge {BADGE_ID}",
    )
    assert check(verification, "claim_match")[0] is CheckStatus.SKIPPED


async def test_a_short_link_to_elsewhere_confirms_nothing(client: httpx.AsyncClient) -> None:
    short = "https://www.credly.com/go/Kx3Lp9Qa"
    with respx.mock(assert_all_called=True) as router:
        router.get(short).mock(
            return_value=httpx.Response(302, headers={"location": "https://www.credly.com/"})
        )
        router.get("https://www.credly.com/").mock(return_value=httpx.Response(200, html="home"))
        verification = await judge(VERIFIER, link_claim(short), JANE, client)
    assert verification.verdict is Verdict.UNVERIFIED
    assert "not to a Credly badge" in check(verification, "short_link")[1]


async def test_the_lookup_goes_to_the_configured_base(client: httpx.AsyncClient) -> None:
    sandbox = "https://sandbox-api.credly.com"
    verifier = CredlyVerifier(sandbox, now=now)
    url = f"https://www.credly.com/badges/{BADGE_ID}/public_url"
    with respx.mock(assert_all_called=True) as router:
        serve_credly(router, sandbox)
        verification = await judge(verifier, link_claim(url), JANE, client)
    assert verification.verdict is Verdict.VERIFIED
    assert verification.claim.url == url  # the résumé's link keeps its public form
    assert {evidence.url.split("/v1/")[0] for evidence in verification.evidence} == {sandbox}


async def test_another_email_and_another_name_is_a_mismatch(client: httpx.AsyncClient) -> None:
    someone_else = Candidate(name="Robert Smith", emails=("rob@other.example",))
    with respx.mock() as router:
        serve_credly(router, holder="Jane Doe")
        verification = await judge(VERIFIER, link_claim(ASSERTION), someone_else, client)
    assert verification.verdict is Verdict.MISMATCH
    assert verification.assurance is Assurance.LINK
    assert check(verification, "recipient")[0] is CheckStatus.FAILED
    assert "'Jane Doe'" in check(verification, "holder_name")[1]


async def test_another_email_but_the_candidates_name_binds_by_name(
    client: httpx.AsyncClient,
) -> None:
    """People use another email on Credly; Credly's public record names the holder."""
    other_email = Candidate(name="Jane Doe", emails=("jane@other.example",))
    with respx.mock(assert_all_called=True) as router:
        serve_credly(router, holder="Jane Doe")
        verification = await judge(VERIFIER, link_claim(ASSERTION), other_email, client)
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert check(verification, "recipient")[0] is CheckStatus.SKIPPED
    status, detail = check(verification, "holder_name")
    assert status is CheckStatus.PASSED
    assert "name only" in detail


async def test_the_public_records_badge_template_says_what_the_badge_takes(
    client: httpx.AsyncClient,
) -> None:
    other_email = Candidate(name="Jane Doe", emails=("jane@other.example",))
    template = {"level": "Advanced", "type_category": "Certification", "time_to_earn": "Months"}
    with respx.mock(assert_all_called=True) as router:
        serve_credly(router, holder="Jane Doe", template=template)
        verification = await judge(VERIFIER, link_claim(ASSERTION), other_email, client)
    assert verification.verdict is Verdict.VERIFIED
    assert verification.credential is not None
    assert verification.credential.rigor == EvidenceRigor(**template)


async def test_no_email_to_compare_binds_by_name(client: httpx.AsyncClient) -> None:
    with respx.mock() as router:
        serve_credly(router, holder="Jane Doe")
        verification = await judge(
            VERIFIER, link_claim(ASSERTION), Candidate(name="Jane Doe"), client
        )
    assert verification.verdict is Verdict.VERIFIED
    assert "no candidate email" in check(verification, "recipient")[1]


async def test_no_email_and_no_name_record_stays_unverified(client: httpx.AsyncClient) -> None:
    with respx.mock() as router:
        serve_credly(router)
        router.get(f"{WEB}/api/v1/public_badges/{BADGE_ID}").mock(
            return_value=json_response({"error": "not found"}, 404)
        )
        verification = await judge(
            VERIFIER, link_claim(ASSERTION), Candidate(name="Jane Doe"), client
        )
    assert verification.verdict is Verdict.UNVERIFIED
    assert "no candidate email" in check(verification, "recipient")[1]


async def test_a_revoked_badge_answers_410(client: httpx.AsyncClient) -> None:
    with respx.mock() as router:
        router.get(ASSERTION).mock(
            return_value=json_response({"revoked": True, "revocationReason": "exam voided"}, 410)
        )
        verification = await judge(VERIFIER, link_claim(ASSERTION), JANE, client)
    assert verification.verdict is Verdict.REVOKED
    assert "exam voided" in check(verification, "revocation")[1]


async def test_an_expired_badge_is_expired(client: httpx.AsyncClient) -> None:
    assertion = recorded("credly/assertion.json")
    assertion["expires"] = "2025-01-31T00:00:00.000Z"
    with respx.mock() as router:
        serve_credly(router)
        router.get(ASSERTION).mock(return_value=json_response(assertion))
        verification = await judge(VERIFIER, link_claim(ASSERTION), JANE, client)
    assert verification.verdict is Verdict.EXPIRED
    assert check(verification, "expiry")[1] == "expired on 2025-01-31"


@pytest.mark.parametrize(
    ("status", "verdict"),
    [(404, Verdict.UNVERIFIED), (503, Verdict.UNREACHABLE), (429, Verdict.UNREACHABLE)],
)
async def test_platform_failures(status: int, verdict: Verdict, client: httpx.AsyncClient) -> None:
    with respx.mock() as router:
        router.get(ASSERTION).mock(return_value=httpx.Response(status, text="nope"))
        verification = await judge(VERIFIER, link_claim(ASSERTION), JANE, client)
    assert verification.verdict is verdict


@pytest.mark.parametrize(
    ("title", "fields", "failed_check", "detail"),
    [
        (
            "Certified Kubernetes Application Developer",
            {},
            "claim_title",
            "title: the résumé claims 'Certified Kubernetes Application Developer'",
        ),
        ("CKA", {"issuer": "Microsoft"}, "claim_issuer", "issuer: the résumé names 'Microsoft'"),
        ("CKA", {"issued_on": "2021-06"}, "claim_issued_on", "issued_on: the résumé says 2021-06"),
    ],
)
async def test_a_badge_that_says_something_else_is_a_mismatch_naming_the_field(
    title: str, fields: dict[str, str], failed_check: str, detail: str, client: httpx.AsyncClient
) -> None:
    claim = resume_claim(ASSERTION, title, **fields)
    with respx.mock() as router:
        serve_credly(router)
        verification = await judge(VERIFIER, claim, JANE, client)
    assert verification.verdict is Verdict.MISMATCH
    status, found = check(verification, failed_check)
    assert status is CheckStatus.FAILED
    assert found.startswith(detail)


async def test_a_month_on_the_resume_within_tolerance_agrees(client: httpx.AsyncClient) -> None:
    claim = resume_claim(
        ASSERTION, "CKA", issuer="CNCF / The Linux Foundation", issued_on="2024-04"
    )
    with respx.mock() as router:
        serve_credly(router)
        verification = await judge(VERIFIER, claim, JANE, client)
    assert verification.verdict is Verdict.VERIFIED
    assert "issue date" in check(verification, "claim_match")[1]


@pytest.mark.parametrize(
    ("url", "verdict", "detail"),
    [
        ("https://www.credly.com/users/jane-doe/badges", Verdict.UNSUPPORTED, "profile page"),
        ("https://www.credly.com/users/jane-doe", Verdict.UNSUPPORTED, "profile page"),
        (
            "https://www.credly.com/org/the-linux-foundation/badge/cka-certified-kubernetes-administrator",
            Verdict.UNVERIFIED,
            "template page",
        ),
    ],
)
async def test_pages_that_are_not_a_badge(
    url: str, verdict: Verdict, detail: str, client: httpx.AsyncClient
) -> None:
    claim = link_claim(url)
    assert VERIFIER.recognises(claim)
    with respx.mock(assert_all_called=False):
        verification = await judge(VERIFIER, claim, JANE, client)
    assert verification.verdict is verdict
    assert detail in check(verification, "platform")[1]
    assert verification.evidence == ()


@pytest.mark.parametrize(
    "url",
    [
        "https://www.credly.com/",
        "https://www.credly.com/badges/not-a-uuid",
        "https://credly.com.example.net/badges/" + BADGE_ID,
        "https://www.example.com/badges/" + BADGE_ID,
        "ftp://www.credly.com/badges/" + BADGE_ID,
    ],
)
def test_other_links_are_not_credly_badges(url: str) -> None:
    assert not VERIFIER.recognises(link_claim(url))


@pytest.mark.parametrize(
    "title",
    [
        "The Linux Foundation Certified Kubernetes Administrator",
        "Certified Kubernetes Administrator (CKA), 2024",
        "CKA",
        "Kubernetes Administrator",
    ],
)
async def test_titles_written_the_resume_way_agree(title: str, client: httpx.AsyncClient) -> None:
    with respx.mock() as router:
        serve_credly(router)
        verification = await judge(VERIFIER, resume_claim(ASSERTION, title), JANE, client)
    assert verification.verdict is Verdict.VERIFIED, verification.checks
