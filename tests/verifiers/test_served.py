"""Links of unknown kind: fetched once, routed by what they serve (issue 17, case 2)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

import verifiers
from extractors.models import Candidate, Claim, ClaimOrigin, Source
from testkit.vc_issuer import (
    HOLDER,
    ISSUER_DID,
    ISSUER_KEY,
    ISSUER_METHOD,
    OTHER_KEY,
    OTHER_METHOD,
    badge,
    sign_data_integrity,
    sign_jwt,
)
from tests.verifiers.ob2_issuer import DCPV, RECIPIENT_EMAIL, read_json, serve_assets
from tests.verifiers.vc.support import CREDENTIALS, read
from verifiers.models import CheckStatus, Verdict, Verification

#: An ordinary address: nothing in it says which standard it serves.
URL = "https://learning.example.edu/awards/7f3a"


def link(url: str = URL) -> Claim:
    return Claim(
        id="link-1", title="Linked credential", url=url, source=Source(origin=ClaimOrigin.LINK)
    )


def served(document: Any, media_type: str) -> httpx.Response:
    body = document if isinstance(document, str) else json.dumps(document)
    return httpx.Response(200, text=body, headers={"content-type": media_type})


async def verify(
    client: httpx.AsyncClient, claim: Claim, candidate: Candidate = HOLDER
) -> Verification:
    [verification] = await verifiers.verify([claim], candidate, client)
    return verification


def tampered() -> dict[str, Any]:
    forged = sign_data_integrity(badge(ISSUER_DID), ISSUER_KEY, ISSUER_METHOD)
    forged["credentialSubject"]["achievement"]["name"] = "PhD in Data Engineering"
    return forged


#: Case 2: an Open Badges 3.0 credential with an eddsa-rdfc-2022 proof, each signed variant.
SIGNED_VARIANTS = {
    "valid": (
        lambda: sign_data_integrity(badge(ISSUER_DID), ISSUER_KEY, ISSUER_METHOD),
        Verdict.VERIFIED,
    ),
    "tampered": (tampered, Verdict.INVALID),
    "wrong-key": (
        lambda: sign_data_integrity(badge(ISSUER_DID), OTHER_KEY, ISSUER_METHOD),
        Verdict.INVALID,
    ),
    "not-the-issuers-key": (
        lambda: sign_data_integrity(badge(ISSUER_DID), OTHER_KEY, OTHER_METHOD),
        Verdict.INVALID,
    ),
}


@pytest.mark.parametrize("variant", list(SIGNED_VARIANTS))
async def test_an_ob3_credential_at_an_ordinary_url_is_verified_by_its_proof(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter, variant: str
) -> None:
    make, expected = SIGNED_VARIANTS[variant]
    route = respx_mock.get(URL).mock(return_value=served(make(), "application/vc+ld+json"))

    verification = await verify(client, link())

    assert verification.method == "verifiable_credential"
    assert verification.verdict is expected, verification.checks
    assert route.call_count == 1
    assert verification.evidence[0].url == URL


async def test_a_vc_jwt_at_an_ordinary_url(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    token = sign_jwt(
        {"alg": "EdDSA", "typ": "vc+jwt", "kid": ISSUER_METHOD}, badge(ISSUER_DID), ISSUER_KEY
    )
    route = respx_mock.get(URL).mock(return_value=served(token, "application/vc+jwt"))

    verification = await verify(client, link())

    assert verification.method == "verifiable_credential"
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert route.call_count == 1


async def test_a_w3c_eddsa_test_vector_served_as_json_ld(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    credential = read(CREDENTIALS / "w3c-vc-di-eddsa" / "eddsa-rdfc-2022" / "signedDataInt.json")
    route = respx_mock.get(URL).mock(return_value=served(credential, "application/ld+json"))

    verification = await verify(client, link(), Candidate())

    assert verification.method == "verifiable_credential"
    assert {c.name: c.status for c in verification.checks}["proof"] is CheckStatus.PASSED
    assert route.call_count == 1


async def test_a_hosted_open_badge_2_assertion_is_asked_once(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    assertion = read_json(DCPV / "basic-assertion.json")
    url = str(assertion["id"])
    route = respx_mock.get(url).mock(return_value=served(assertion, "application/ld+json"))
    serve_assets(respx_mock)

    verification = await verify(client, link(url), Candidate(emails=(RECIPIENT_EMAIL,)))

    assert verification.method == "openbadges2"
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert route.call_count == 1


async def test_a_blockcerts_certificate_at_an_ordinary_url(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    certificate = read(
        CREDENTIALS / "blockcerts-cert-verifier-py" / "2.0-alpha" / "invalid_tampered.json"
    )
    route = respx_mock.get(URL).mock(return_value=served(certificate, "application/json"))

    verification = await verify(client, link())

    assert verification.method == "blockcerts"
    assert verification.verdict is Verdict.INVALID
    assert route.call_count == 1


async def test_a_page_naming_its_credential_with_rel_alternate(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    page = (
        "<!doctype html><html><head><title>Award</title>"
        '<link rel="alternate" type="application/vc+ld+json" href="/awards/7f3a.json">'
        "</head><body>Ada's award</body></html>"
    )
    credential = sign_data_integrity(badge(ISSUER_DID), ISSUER_KEY, ISSUER_METHOD)
    page_route = respx_mock.get(URL).mock(return_value=served(page, "text/html; charset=utf-8"))
    credential_route = respx_mock.get(URL + ".json").mock(
        return_value=served(credential, "application/vc+ld+json")
    )

    verification = await verify(client, link())

    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert verification.claim.url == URL
    assert verification.checks[0].name == "served_content"
    assert [evidence.url for evidence in verification.evidence][:2] == [URL, URL + ".json"]
    assert (page_route.call_count, credential_route.call_count) == (1, 1)


async def test_a_page_embedding_its_credential_as_json_ld(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    credential = sign_data_integrity(badge(ISSUER_DID), ISSUER_KEY, ISSUER_METHOD)
    page = (
        "<html><head><script type='application/ld+json'>"
        + json.dumps(credential)
        + "</script></head><body>Ada's award</body></html>"
    )
    route = respx_mock.get(URL).mock(return_value=served(page, "text/html"))

    verification = await verify(client, link())

    assert verification.method == "verifiable_credential"
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert route.call_count == 1


@pytest.mark.parametrize(
    ("body", "media_type", "said"),
    [
        ("<html><body>Congratulations, Ada!</body></html>", "text/html", "neither links"),
        ({"course": "Data Engineering", "learner": "Ada"}, "application/json", "not a credential"),
        ("%PDF-1.7 ...", "application/pdf", "application/pdf"),
    ],
    ids=["page", "other-json", "pdf"],
)
async def test_what_is_no_credential_is_honestly_unsupported(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter, body: Any, media_type: str, said: str
) -> None:
    route = respx_mock.get(URL).mock(return_value=served(body, media_type))

    verification = await verify(client, link())

    assert verification.verdict is Verdict.UNSUPPORTED
    failed = [c.detail for c in verification.checks if c.status is CheckStatus.FAILED]
    assert any(said in detail for detail in failed), failed
    assert route.call_count == 1


def test_the_production_chain_routes_unknown_links() -> None:
    chain = verifiers.verifier_chain(explorers=None)
    router = next(each for each in chain if each.name == "link")
    assert router.recognises(link())
    assert not router.recognises(link().model_copy(update={"payload": "{}"}))
