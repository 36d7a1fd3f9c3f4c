"""The platform verifiers in order: each link goes to the platform it belongs to."""

from __future__ import annotations

import httpx
import pytest
import respx

from tests.verifiers.platforms.helpers import (
    ACCREDIBLE_UUID,
    CREDLY_ASSERTION,
    JANE,
    RECORDED,
    accredible_credential,
    json_response,
    link_claim,
    serve_credly,
)
from verifiers import verify
from verifiers.models import Verdict
from verifiers.openbadges2 import OpenBadges2Verifier
from verifiers.platforms import platform_verifiers

PLATFORMS = platform_verifiers()


def first_recognising(url: str) -> str | None:
    chosen = next((each for each in PLATFORMS if each.recognises(link_claim(url))), None)
    return chosen.name if chosen else None


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.credly.com/badges/3b0e5a8c-5d7e-4f1a-9c53-6f0d2b7a4e21", "credly"),
        ("https://www.credly.com/go/Kx3Lp9Qa", "credly"),
        ("https://credIy.com/badges/3b0e5a8c-5d7e-4f1a-9c53-6f0d2b7a4e21", "lookalike_host"),
        ("https://www.credential.net/10000005", "accredible"),
        ("https://accredible.co/10000005", "lookalike_host"),
        ("https://badgr.com/public/assertions/fJ3kQ9xYTzWm2bL7nV5cPq", "badgr"),
        ("https://learn.microsoft.com/en-us/users/jd/transcript/dz336sng53l39pp", "mslearn"),
        ("https://www.coursera.org/verify/ABCDEF123456", "coursera"),
        ("https://credentials.edx.org/credentials/6f1e2d3c4b5a69788796a5b4c3d2e1f0/", "edx"),
        ("https://www.linkedin.com/in/jane", "linkedin"),
        ("https://bcert.me/sabcdefgh", "scrum_alliance"),
        ("https://www.scrum.org/certificates/1234567", "scrum_org"),
        ("https://trailhead.salesforce.com/credentials/verification", "trailhead"),
        ("https://app.hubspot.com/academy/achievements/a/en/1/j/x", "hubspot_academy"),
        ("https://cp.certmetrics.com/comptia/en/public/verify/credential/ABC123", "certmetrics"),
        # Anything else is left to the generic Open Badges check that follows.
        ("https://openbadges.example.edu/assertions/1", None),
    ],
)
def test_each_link_goes_to_its_platform(url: str, name: str | None) -> None:
    assert first_recognising(url) == name


def test_every_platform_verifier_has_its_own_name() -> None:
    names = [each.name for each in platform_verifiers()]
    assert len(names) == len(set(names)) >= 13
    assert names[0] == "lookalike_host"
    assert OpenBadges2Verifier.name not in names


async def test_a_lookalike_never_reaches_the_generic_check(client: httpx.AsyncClient) -> None:
    # The generic Open Badges check would fetch any web link; the look-alike check comes first.
    url = "https://credly.com.example.net/badges/3b0e5a8c-5d7e-4f1a-9c53-6f0d2b7a4e21"
    assert OpenBadges2Verifier().recognises(link_claim(url))
    chosen = next(each for each in PLATFORMS if each.recognises(link_claim(url)))
    with respx.mock(assert_all_called=False) as router:
        verification = await chosen.verify(link_claim(url), JANE, client)
    assert not router.calls
    assert verification.verdict is Verdict.INVALID


async def test_a_resume_with_links_to_several_platforms(client: httpx.AsyncClient) -> None:
    """Through the public face: each link reaches its platform's verifier, concurrently."""
    links = [
        "https://www.credly.com/badges/3b0e5a8c-5d7e-4f1a-9c53-6f0d2b7a4e21/public_url",
        f"https://www.credential.net/{ACCREDIBLE_UUID}",
        "https://credIy.com/badges/3b0e5a8c-5d7e-4f1a-9c53-6f0d2b7a4e21",
        "https://www.coursera.org/verify/ZZZZ9999ZZZZ",
        "https://www.linkedin.com/in/jane-doe",
    ]
    claims = [link_claim(url).model_copy(update={"id": f"link-{n}"}) for n, url in enumerate(links)]
    with respx.mock(assert_all_called=True) as router:
        serve_credly(router)
        router.get(
            f"https://api.accredible.com/v1/credential-net/credentials/{ACCREDIBLE_UUID}"
        ).mock(return_value=json_response(accredible_credential()))
        router.get("https://www.coursera.org/account/accomplishments/verify/ZZZZ9999ZZZZ").mock(
            return_value=httpx.Response(
                200, content=(RECORDED / "coursera" / "not_found_page.html").read_bytes()
            )
        )
        results = await verify(claims, JANE, client)
    assert [(result.method, result.verdict) for result in results] == [
        ("credly", Verdict.VERIFIED),
        ("accredible", Verdict.VERIFIED),
        ("lookalike_host", Verdict.INVALID),
        ("coursera", Verdict.INVALID),
        ("linkedin", Verdict.UNSUPPORTED),
    ]
    assert results[0].evidence[0].url == CREDLY_ASSERTION
