"""Fraud signal: hosts that imitate a badge platform are invalid, and never fetched."""

from __future__ import annotations

import httpx
import pytest
import respx

from testkit.factories import check
from tests.verifiers.platforms.helpers import JANE, link_claim
from verifiers.models import CheckStatus, Verdict
from verifiers.platforms import LookalikeHostVerifier, lookalike_signal

VERIFIER = LookalikeHostVerifier()
BADGE = "/badges/3b0e5a8c-5d7e-4f1a-9c53-6f0d2b7a4e21"


@pytest.mark.parametrize(
    ("url", "signal"),
    [
        ("https://credIy.com" + BADGE, "crediy.com imitates credly.com"),
        ("https://www.cred1y.com" + BADGE, "cred1y.com imitates credly.com"),
        ("https://credly.com.example.net" + BADGE, "credly.com.example.net starts with credly.com"),
        ("https://www.credly.com.verify-badges.io" + BADGE, "belongs to verify-badges.io"),
        ("https://accredible.co/10000005", "accredible.co is not accredible.com"),
        ("https://credly.co.uk" + BADGE, "credly.co.uk is not credly.com"),
        ("https://xn--redly-0ye.com" + BADGE, "imitates credly.com"),  # Cyrillic "с"
        ("https://www.credlly.com" + BADGE, "one letter away from credly.com"),
        ("https://www.cerdly.com" + BADGE, "one letter away from credly.com"),
        ("https://courserra.org/verify/ABCDEF123456", "one letter away from coursera.org"),
        ("https://learn.rnicrosoft.com/en-us/users/x/transcript/abc", "imitates microsoft.com"),
        ("https://www.linkedln.com/in/jane", "imitates linkedin.com"),
        ("https://badgr.net/public/assertions/abc", "badgr.net is not badgr.com"),
    ],
)
async def test_lookalike_hosts_are_invalid_with_the_signal_named(
    url: str, signal: str, client: httpx.AsyncClient
) -> None:
    claim = link_claim(url)
    assert VERIFIER.recognises(claim)
    with respx.mock(assert_all_called=False) as router:
        verification = await VERIFIER.verify(claim, JANE, client)
    assert not router.calls
    assert verification.verdict is Verdict.INVALID
    status, detail = check(verification, "lookalike_host")
    assert status is CheckStatus.FAILED
    assert signal in detail


@pytest.mark.parametrize(
    "url",
    [
        "https://www.credly.com" + BADGE,
        "https://api.credly.com/v1/obi/v2/badge_assertions/x",
        "https://skillshop.credential.net/86025c2e-f8a0-41e9-9add-9304872dc605",
        "https://google.accredible.com/86025c2e-f8a0-41e9-9add-9304872dc605",
        "https://credentials.databricks.com/12345678",
        "https://learn.microsoft.com/en-us/users/x/transcript/abc",
        "https://www.linkedin.com/in/jane",
        "https://uk.linkedin.com/in/jane",
        "https://badges.parchment.com/public/assertions/abc",
        "https://example.org/beths-robotics-badge.json",
        "https://openbadges.example.edu/assertions/1",
        "https://www.microsoft.de/",
        "https://credentials.net.example/1",
        "https://localhost/badge",
        "not a url",
    ],
)
def test_genuine_and_unrelated_hosts_raise_no_signal(url: str) -> None:
    assert lookalike_signal(url) is None
    assert not VERIFIER.recognises(link_claim(url))
