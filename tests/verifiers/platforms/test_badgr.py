"""Badgr / Canvas Credentials / Parchment assertion links, US and EU services."""

from __future__ import annotations

import httpx
import pytest
import respx

from testkit.factories import check
from tests.verifiers.platforms.helpers import (
    JANE,
    json_response,
    judge,
    link_claim,
    now,
    recorded,
)
from verifiers.models import Assurance, CheckStatus, Verdict
from verifiers.platforms.badgr import BadgrVerifier, badgr_assertion

ENTITY = "fJ3kQ9xYTzWm2bL7nV5cPq"
US = "https://api.badgr.io"
EU = "https://api.eu.badgr.io"
VERIFIER = BadgrVerifier(now=now)

URL_FORMS = [
    (f"https://badgr.com/public/assertions/{ENTITY}", US),
    (f"https://badgr.com/public/assertions/{ENTITY}?identity__email=jane.doe%40example.com", US),
    (f"https://www.badgr.com/public/assertions/{ENTITY}/", US),
    (f"https://api.badgr.io/public/assertions/{ENTITY}", US),
    (f"https://api.badgr.io/public/assertions/{ENTITY}.json", US),
    (f"https://badges.parchment.com/public/assertions/{ENTITY}", US),
    (f"https://eu.badgr.com/public/assertions/{ENTITY}", EU),
    (f"https://api.eu.badgr.io/public/assertions/{ENTITY}?v=2_0", EU),
    (f"https://badges.parchment.eu/public/assertions/{ENTITY}", EU),
]


def serve(router: respx.MockRouter, base: str) -> None:
    replace = {US: base}
    router.get(f"{base}/public/assertions/{ENTITY}").mock(
        return_value=json_response(recorded("badgr/assertion.json", replace=replace), ld=True)
    )
    router.get(f"{base}/public/badges/Ab3dE5fG7hJ9kL1mN3pQrS").mock(
        return_value=json_response(recorded("badgr/badge_class.json", replace=replace), ld=True)
    )
    router.get(f"{base}/public/issuers/Zy8xW7vU6tS5rQ4pO3nM2l").mock(
        return_value=json_response(recorded("badgr/issuer.json", replace=replace), ld=True)
    )


@pytest.mark.parametrize(("url", "base"), URL_FORMS)
async def test_every_url_form_is_checked_on_its_service(
    url: str, base: str, client: httpx.AsyncClient
) -> None:
    assert VERIFIER.recognises(link_claim(url))
    found = badgr_assertion(url)
    assert found == (ENTITY, base == EU)
    with respx.mock(assert_all_called=True) as router:
        serve(router, base)
        verification = await judge(VERIFIER, link_claim(url), JANE, client)
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert verification.assurance is Assurance.ISSUER
    assert verification.method == "badgr"
    facts = verification.credential
    assert facts is not None
    assert (facts.title, facts.issuer, facts.platform) == (
        "Data Literacy Foundations",
        "Example State University",
        "Badgr",
    )
    assert "Interpret charts and tables" in facts.skills
    # The salted hash matched the résumé's email, typed in another case.
    assert check(verification, "recipient")[0] is CheckStatus.PASSED


async def test_a_revoked_assertion_is_revoked(client: httpx.AsyncClient) -> None:
    assertion = recorded("badgr/assertion.json")
    assertion.update(revoked=True, revocationReason="Issued in error")
    with respx.mock() as router:
        serve(router, US)
        router.get(f"{US}/public/assertions/{ENTITY}").mock(
            return_value=json_response(assertion, ld=True)
        )
        verification = await judge(
            VERIFIER, link_claim(f"https://badgr.com/public/assertions/{ENTITY}"), JANE, client
        )
    assert verification.verdict is Verdict.REVOKED
    assert "Issued in error" in check(verification, "revocation")[1]


async def test_the_lookup_goes_to_the_configured_base(client: httpx.AsyncClient) -> None:
    sandbox = "https://api.test.badgr.example"
    verifier = BadgrVerifier(sandbox, now=now)
    with respx.mock(assert_all_called=True) as router:
        serve(router, sandbox)
        verification = await judge(
            verifier, link_claim(f"https://badgr.com/public/assertions/{ENTITY}"), JANE, client
        )
    assert verification.verdict is Verdict.VERIFIED


@pytest.mark.parametrize(
    "url",
    [
        "https://badgr.com/public/badges/Ab3dE5fG7hJ9kL1mN3pQrS",
        "https://badgr.com/backpack",
        f"https://badgr.com.example.net/public/assertions/{ENTITY}",
    ],
)
def test_other_links_are_not_assertions(url: str) -> None:
    assert not VERIFIER.recognises(link_claim(url))
