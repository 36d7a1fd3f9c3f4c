"""Fraud signal: self-hosted badges in a well-known issuer's name, from a domain it does not use."""

from __future__ import annotations

import httpx
import pytest
import respx

from extractors.models import Candidate
from testkit import factories
from testkit.factories import check
from tests.verifiers.platforms.helpers import json_response, link_claim, now
from verifiers.models import CheckStatus, Verdict
from verifiers.openbadges2 import OpenBadges2Verifier
from verifiers.platforms.self_hosted import IssuerDomainCheck

EMAIL = "jane.doe@example.com"
CANDIDATE = Candidate(name="Jane Doe", emails=(EMAIL,))
VERIFIER = IssuerDomainCheck(OpenBadges2Verifier(now=now))


@pytest.mark.parametrize(
    ("host", "issuer", "verdict", "status"),
    [
        ("badges.cloud-certs.example", "Amazon Web Services", Verdict.INVALID, CheckStatus.FAILED),
        ("badges.cloud-certs.example", "AWS", Verdict.INVALID, CheckStatus.FAILED),
        ("badges.aws.amazon.com", "Amazon Web Services", Verdict.VERIFIED, CheckStatus.PASSED),
        ("badges.example.edu", "Example State University", Verdict.VERIFIED, CheckStatus.SKIPPED),
    ],
)
async def test_the_issuer_must_publish_from_its_own_domains(
    host: str, issuer: str, verdict: Verdict, status: CheckStatus, client: httpx.AsyncClient
) -> None:
    assertion = factories.hosted_assertion(
        f"https://{host}", EMAIL, badge="AWS Certified Cloud Practitioner", issuer=issuer
    )
    with respx.mock() as router:
        router.get(assertion["id"]).mock(return_value=json_response(assertion, ld=True))
        verification = await VERIFIER.verify(link_claim(assertion["id"]), CANDIDATE, client)
    assert verification.verdict is verdict, verification.checks
    found, detail = check(verification, "issuer_domain")
    assert found is status
    if verdict is Verdict.INVALID:
        assert "aws.amazon.com" in detail and host in detail
    assert verification.method == "openbadges2"
    # The Open Badges checks are kept as they were.
    assert check(verification, "hosted_origin")[0] is CheckStatus.PASSED


async def test_a_badge_that_could_not_be_read_is_left_alone(client: httpx.AsyncClient) -> None:
    url = "https://badges.cloud-certs.example/assertions/1"
    with respx.mock() as router:
        router.get(url).mock(return_value=httpx.Response(404))
        verification = await VERIFIER.verify(link_claim(url), CANDIDATE, client)
    assert verification.verdict is Verdict.UNVERIFIED
    assert all(each.name != "issuer_domain" for each in verification.checks)


def test_it_recognises_what_the_generic_check_recognises() -> None:
    claim = link_claim("https://badges.example.edu/assertions/1")
    assert VERIFIER.recognises(claim) is OpenBadges2Verifier().recognises(claim)
