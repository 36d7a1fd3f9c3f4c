"""Open Badges 2.0 rules once the graph is read: the recipient bound to the candidate, revocation
(hosted, flagged, listed) and the dates, against the 1EdTech fixtures."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import httpx
import pytest
import respx

from extractors.models import Candidate
from testkit.factories import check
from tests.verifiers.ob2_issuer import (
    ASSERTION_URL,
    CANDIDATE,
    RECIPIENT_EMAIL,
    VALIDATOR_CORE,
    basic_assertion,
    json_ld,
    link_claim,
    read_json,
    serve_assertion,
    verify,
)
from verifiers.models import Assurance, CheckStatus, Verdict
from verifiers.openbadges2 import OpenBadges2Verifier, recipient_hash

# -- recipient ---------------------------------------------------------------------------


@pytest.mark.parametrize("email", ["nobody@example.org", "  NoBody@Example.ORG "])
async def test_hashed_email_matches_whatever_the_case(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter, email: str
) -> None:
    url = serve_assertion(respx_mock, basic_assertion())

    verification = await verify(client, url, Candidate(emails=("other@x.org", email)))

    assert verification.verdict is Verdict.VERIFIED
    status, detail = check(verification, "recipient")
    assert status is CheckStatus.PASSED
    assert "sha256" in detail


async def test_uppercase_hash_and_md5_are_accepted(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    digest = hashlib.md5(b"nobody@example.orgpepper").hexdigest().upper()
    url = serve_assertion(
        respx_mock,
        basic_assertion(
            recipient={
                "type": "email",
                "hashed": True,
                "salt": "pepper",
                "identity": f"md5${digest}",
            }
        ),
    )

    verification = await verify(client, url)

    assert verification.verdict is Verdict.VERIFIED


async def test_plain_email_recipient(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    url = serve_assertion(
        respx_mock,
        basic_assertion(
            recipient={"type": "email", "hashed": False, "identity": "Nobody@Example.org"}
        ),
    )

    assert (await verify(client, url)).verdict is Verdict.VERIFIED


async def test_other_recipient_is_a_mismatch(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    url = serve_assertion(respx_mock, basic_assertion())

    verification = await verify(client, url, Candidate(emails=("somebody.else@example.org",)))

    assert verification.verdict is Verdict.MISMATCH
    assert verification.assurance is Assurance.LINK


async def test_no_candidate_email_leaves_the_badge_unverified(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    url = serve_assertion(respx_mock, basic_assertion())

    verification = await verify(client, url, Candidate(name="Beth"))

    assert verification.verdict is Verdict.UNVERIFIED
    assert check(verification, "recipient") == (
        CheckStatus.FAILED,
        "recipient could not be confirmed: no candidate email",
    )
    # The badge itself is genuine; only the binding to this candidate is missing.
    assert check(verification, "hosted_origin")[0] is CheckStatus.PASSED


def test_recipient_hash_matches_the_upstream_fixture() -> None:
    recipient = read_json(VALIDATOR_CORE / "2_0_basic_assertion.json")["recipient"]
    assert (
        "sha256$" + recipient_hash(RECIPIENT_EMAIL, "deadsea", "sha256") == (recipient["identity"])
    )


# -- revocation and dates ----------------------------------------------------------------


async def test_gone_is_revoked_with_its_reason(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(ASSERTION_URL).mock(
        return_value=json_ld({"revoked": True, "revocationReason": "Issued in error"}, status=410)
    )

    verification = await verify(client, ASSERTION_URL)

    assert verification.verdict is Verdict.REVOKED
    assert "Issued in error" in check(verification, "revocation")[1]
    assert verification.evidence[0].status_code == 410


async def test_revoked_flag_is_revoked(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    url = serve_assertion(
        respx_mock, basic_assertion(revoked=True, revocationReason="Cheated on the exam")
    )

    verification = await verify(client, url)

    assert verification.verdict is Verdict.REVOKED
    assert "Cheated on the exam" in check(verification, "revocation")[1]


async def test_issuer_revocation_list_revokes(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    url = "https://example.org/beths-robotics-badge-revoked.json"
    serve_assertion(
        respx_mock,
        basic_assertion(
            id=url, badge="https://example.org/badge-from-organization-with-revocation-list.json"
        ),
    )

    verification = await verify(client, url)

    assert verification.verdict is Verdict.REVOKED
    assert "A good reason, for sure" in check(verification, "revocation")[1]
    assert "http://example.org/revocation-list.json" in {e.url for e in verification.evidence}


async def test_assertion_absent_from_the_revocation_list_is_verified(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    url = serve_assertion(
        respx_mock,
        basic_assertion(
            badge="https://example.org/badge-from-organization-with-revocation-list.json"
        ),
    )

    verification = await verify(client, url)

    assert verification.verdict is Verdict.VERIFIED
    assert check(verification, "revocation") == (
        CheckStatus.PASSED,
        "not in the issuer's revocation list",
    )


async def test_unreachable_revocation_list_is_unreachable(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get("http://example.org/revocation-list.json").mock(return_value=httpx.Response(503))
    url = serve_assertion(
        respx_mock,
        basic_assertion(
            badge="https://example.org/badge-from-organization-with-revocation-list.json"
        ),
    )

    assert (await verify(client, url)).verdict is Verdict.UNREACHABLE


async def test_expiry_is_judged_against_the_verifiers_clock(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    url = serve_assertion(respx_mock, basic_assertion(expires="2030-06-30T00:00:00Z"))
    before = OpenBadges2Verifier(now=lambda: datetime(2030, 6, 29, tzinfo=UTC))
    after = OpenBadges2Verifier(now=lambda: datetime(2030, 7, 1, tzinfo=UTC))

    valid = await before.verify(link_claim(url), CANDIDATE, client)
    expired = await after.verify(link_claim(url), CANDIDATE, client)

    assert valid.verdict is Verdict.VERIFIED
    assert valid.credential is not None and valid.credential.expires_on == "2030-06-30"
    assert expired.verdict is Verdict.EXPIRED
    assert check(expired, "expiry") == (CheckStatus.FAILED, "expired on 2030-06-30")


async def test_missing_issued_on_is_invalid(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    assertion = basic_assertion()
    del assertion["issuedOn"]
    url = serve_assertion(respx_mock, assertion)

    assert (await verify(client, url)).verdict is Verdict.INVALID
