"""Platforms with no machine-readable record: recognised, declined with reasons, never fetched."""

from __future__ import annotations

import httpx
import pytest
import respx

from testkit.factories import check
from tests.verifiers.platforms.helpers import JANE, link_claim
from verifiers.base import Verifier
from verifiers.models import Assurance, CheckStatus, Verdict
from verifiers.platforms import (
    CertMetricsVerifier,
    CourseraVerifier,
    EdxVerifier,
    HubSpotAcademyVerifier,
    LinkedInVerifier,
    ScrumAllianceVerifier,
    ScrumOrgVerifier,
    TrailheadVerifier,
)

CASES: list[tuple[Verifier, str, str]] = [
    (
        LinkedInVerifier(),
        "https://www.linkedin.com/learning/certificates/"
        "0a77de711e14c431fa8add9e3ca384b5a0252aa34e76beb3fa5e261692f0890b?trk=share_certificate",
        "LinkedIn",
    ),
    (LinkedInVerifier(), "https://www.linkedin.com/in/jane-doe-123/", "LinkedIn"),
    (LinkedInVerifier(), "https://uk.linkedin.com/in/jane-doe", "LinkedIn"),
    (LinkedInVerifier(), "https://lnkd.in/eAbCdEf", "LinkedIn"),
    (ScrumOrgVerifier(), "https://www.scrum.org/certificates/1234567", "Scrum.org"),
    (ScrumOrgVerifier(), "https://www.scrum.org/user/987654", "Scrum.org"),
    (ScrumAllianceVerifier(), "https://bcert.me/sabcdefgh", "Scrum Alliance"),
    (
        ScrumAllianceVerifier(),
        "http://www.bcert.me/bc/html/show-badge.html?b=abcdefgh",
        "Scrum Alliance",
    ),
    (
        TrailheadVerifier(),
        "https://trailhead.salesforce.com/credentials/verification",
        "Salesforce Trailhead",
    ),
    (TrailheadVerifier(), "https://www.salesforce.com/trailblazer/janedoe", "Salesforce Trailhead"),
    (TrailheadVerifier(), "https://trailblazer.me/id/jdoe", "Salesforce Trailhead"),
    (
        HubSpotAcademyVerifier(),
        "https://app.hubspot.com/academy/achievements/abc123/en/1/jane-doe/inbound-marketing",
        "HubSpot Academy",
    ),
    (
        CertMetricsVerifier(),
        "https://cp.certmetrics.com/comptia/en/public/verify/credential/ABCDEF1234567890",
        "CertMetrics",
    ),
]


@pytest.mark.parametrize(("verifier", "url", "platform"), CASES)
async def test_declined_with_the_reason_and_nothing_fetched(
    verifier: Verifier, url: str, platform: str, client: httpx.AsyncClient
) -> None:
    claim = link_claim(url)
    assert verifier.recognises(claim)
    with respx.mock(assert_all_called=False) as router:
        verification = await verifier.verify(claim, JANE, client)
    assert not router.calls
    assert verification.verdict is Verdict.UNSUPPORTED
    assert verification.assurance is Assurance.NONE
    assert verification.credential is not None
    assert verification.credential.platform == platform
    status, reason = check(verification, "machine_readable")
    assert status is CheckStatus.FAILED
    assert "machine-readable" in reason or "verification interface" in reason


@pytest.mark.parametrize(
    ("verifier", "url"),
    [
        (CourseraVerifier(), "https://www.coursera.org/learn/machine-learning"),
        (EdxVerifier(), "https://www.edx.org/course/cs50"),
        (ScrumOrgVerifier(), "https://www.scrum.org/resources/blog"),
        (CertMetricsVerifier(), "https://cp.certmetrics.com/comptia/login"),
        (LinkedInVerifier(), "https://linkedin.com.example.net/in/jane"),
    ],
)
def test_other_pages_of_those_sites_are_not_credentials(verifier: Verifier, url: str) -> None:
    assert not verifier.recognises(link_claim(url))
