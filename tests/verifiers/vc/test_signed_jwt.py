"""VC-JWTs signed in the test with generated keys, and what is handed over as a credential that
is not one: every way they can go wrong."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx
from cryptography.hazmat.primitives.asymmetric import ec, rsa

import verifiers
from extractors.models import Claim, ClaimOrigin, Source
from testkit.factories import check
from testkit.vc_issuer import (
    HOLDER,
    ISSUER_DID,
    ISSUER_KEY,
    ISSUER_METHOD,
    OTHER_DID,
    badge,
    public_jwk,
    sign_jwt,
)
from tests.verifiers.vc.support import (
    NOW,
    json_response,
    jwt_payload,
    payload_claim,
    signed_badge,
    verify,
)
from verifiers.keys import base64url_encode
from verifiers.models import Assurance, CheckStatus, Verdict
from verifiers.vc import VerifiableCredentialVerifier

# -- JWT ---------------------------------------------------------------------------------------


async def test_an_eddsa_jwt_with_a_did_key_kid(client: httpx.AsyncClient) -> None:
    token = sign_jwt(
        {"alg": "EdDSA", "typ": "JWT", "kid": ISSUER_METHOD}, jwt_payload(ISSUER_DID), ISSUER_KEY
    )
    verification = await verify(client, token)
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert verification.assurance is Assurance.SIGNED
    assert check(verification, "jwt")[0] is CheckStatus.PASSED


async def test_a_vc_jose_es256_token_with_did_jwk(client: httpx.AsyncClient) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    did = "did:jwk:" + base64url_encode(json.dumps(public_jwk(key)).encode())
    credential = badge(did)
    token = sign_jwt({"alg": "ES256", "typ": "vc+jwt", "kid": did + "#0"}, credential, key)
    verification = await verify(client, token)
    assert verification.verdict is Verdict.VERIFIED, verification.checks


async def test_an_es384_token_from_did_web(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    key = ec.generate_private_key(ec.SECP384R1())
    did = "did:web:registrar.example.org"
    respx_mock.get("https://registrar.example.org/.well-known/did.json").mock(
        return_value=json_response(
            {
                "id": did,
                "verificationMethod": [
                    {"id": f"{did}#k", "type": "JsonWebKey2020", "publicKeyJwk": public_jwk(key)}
                ],
                "assertionMethod": [f"{did}#k"],
            }
        )
    )
    token = sign_jwt({"alg": "ES384", "typ": "vc+ld+json+jwt", "kid": "#k"}, badge(did), key)
    verification = await verify(client, token)
    assert verification.verdict is Verdict.VERIFIED, verification.checks


async def test_an_rs256_token_with_an_embedded_jwk_the_issuer_publishes(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    issuer = "https://example.edu/issuers/1"
    respx_mock.get(issuer).mock(return_value=json_response({"keys": [public_jwk(key)]}))
    token = sign_jwt({"alg": "RS256", "jwk": public_jwk(key)}, jwt_payload(issuer), key)
    verification = await verify(client, token)
    assert verification.verdict is Verdict.VERIFIED, verification.checks


async def test_an_embedded_jwk_the_issuer_does_not_publish_is_unverified(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    issuer = "https://example.edu/issuers/1"
    respx_mock.get(issuer).mock(return_value=json_response({"keys": [public_jwk(stranger)]}))
    token = sign_jwt({"alg": "RS256", "jwk": public_jwk(key)}, jwt_payload(issuer), key)
    verification = await verify(client, token)
    assert verification.verdict is Verdict.UNVERIFIED
    assert "not among the issuer's published keys" in check(verification, "issuer_key")[1]


@pytest.mark.parametrize("algorithm", ["none", "HS256", "RS512", None])
async def test_refused_algorithms(client: httpx.AsyncClient, algorithm: str | None) -> None:
    header: dict[str, Any] = {"typ": "JWT", "kid": ISSUER_METHOD}
    if algorithm is not None:
        header["alg"] = algorithm
    token = sign_jwt(header, jwt_payload(ISSUER_DID), ISSUER_KEY)
    verification = await verify(client, token)
    assert verification.verdict is Verdict.INVALID
    assert "refused" in check(verification, "jwt")[1]


@pytest.mark.parametrize("header", ["jku", "x5u"])
async def test_keys_pointed_at_elsewhere_are_refused(
    client: httpx.AsyncClient, header: str
) -> None:
    token = sign_jwt(
        {"alg": "EdDSA", header: "https://attacker.example/keys.json"},
        jwt_payload(ISSUER_DID),
        ISSUER_KEY,
    )
    verification = await verify(client, token)
    assert verification.verdict is Verdict.INVALID
    assert header in check(verification, "issuer_key")[1]


async def test_a_jwt_whose_iss_contradicts_its_credential_is_invalid(
    client: httpx.AsyncClient,
) -> None:
    payload = jwt_payload(ISSUER_DID)
    payload["iss"] = OTHER_DID
    token = sign_jwt({"alg": "EdDSA", "kid": ISSUER_METHOD}, payload, ISSUER_KEY)
    verification = await verify(client, token)
    assert verification.verdict is Verdict.INVALID
    assert "iss" in check(verification, "jwt")[1]


async def test_a_jwt_past_its_exp_is_expired(client: httpx.AsyncClient) -> None:
    payload = jwt_payload(ISSUER_DID)
    payload["exp"] = 1735689600  # 2025-01-01
    token = sign_jwt({"alg": "EdDSA", "kid": ISSUER_METHOD}, payload, ISSUER_KEY)
    verification = await verify(client, token)
    assert verification.verdict is Verdict.EXPIRED


# -- input -------------------------------------------------------------------------------------


async def test_a_credential_at_a_url(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    """Credly's Open Badges 3.0 address is no badge page of Credly's: the link router fetches
    it once and hands the credential over."""
    url = "https://www.credly.com/api/v1/obi/v3/open_badge_credentials/abc"
    route = respx_mock.get(url).mock(return_value=json_response(signed_badge()))
    claim = Claim(
        id="c1", title="Data Engineering", url=url, source=Source(origin=ClaimOrigin.LINK)
    )
    [verification] = await verifiers.verify([claim], HOLDER, client)
    assert verification.method == "verifiable_credential"
    assert verification.verdict is Verdict.VERIFIED
    assert str(verification.evidence[0].url) == url
    assert route.call_count == 1


async def test_a_jwt_at_a_url(client: httpx.AsyncClient, respx_mock: respx.MockRouter) -> None:
    url = "https://issuer.example.edu/credentials/1.jwt"
    token = sign_jwt(
        {"alg": "EdDSA", "typ": "vc+jwt", "kid": ISSUER_METHOD}, badge(ISSUER_DID), ISSUER_KEY
    )
    respx_mock.get(url).mock(
        return_value=httpx.Response(200, text=token, headers={"content-type": "application/vc+jwt"})
    )
    claim = Claim(id="c1", title="x", url=url, source=Source(origin=ClaimOrigin.LINK))
    verification = await VerifiableCredentialVerifier(clock=lambda: NOW).verify(
        claim, HOLDER, client
    )
    assert verification.verdict is Verdict.VERIFIED, verification.checks


async def test_a_missing_credential_at_a_url_is_unverified(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    url = "https://issuer.example.edu/credentials/1.jwt"
    respx_mock.get(url).mock(return_value=httpx.Response(404))
    claim = Claim(id="c1", title="x", url=url, source=Source(origin=ClaimOrigin.LINK))
    verification = await VerifiableCredentialVerifier().verify(claim, HOLDER, client)
    assert verification.verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("payload", "recognised"),
    [
        (
            '{"@context": ["https://www.w3.org/ns/credentials/v2"], '
            '"type": ["VerifiableCredential"]}',
            True,
        ),
        ('{"@context": "https://w3id.org/openbadges/v2", "type": "Assertion"}', False),
        ("eyJhbGciOiJub25lIn0.eyJ2YyI6e319.", True),
        ("not a credential at all", False),
    ],
)
def test_recognises_payloads(payload: str, recognised: bool) -> None:
    assert VerifiableCredentialVerifier().recognises(payload_claim(payload)) is recognised


@pytest.mark.parametrize(
    "payload", ["{", "[]", '{"a": 1}', "a.b.c", "\x00\xff", "[" * 100_000, "{" + " " * 5_000_001]
)
async def test_garbage_is_a_clear_verdict(client: httpx.AsyncClient, payload: str) -> None:
    verification = await verify(client, payload)
    assert verification.verdict in (Verdict.INVALID, Verdict.UNVERIFIED)
    assert verification.checks and verification.checks[0].status is CheckStatus.FAILED


async def test_a_deeply_nested_credential_is_refused(client: httpx.AsyncClient) -> None:
    text = json.dumps(signed_badge())
    nested = "[" * 900 + '"deep"' + "]" * 900  # JSON reads it; JSON-LD processing cannot
    text = text.replace('"Designs and runs data pipelines."', nested, 1)
    verification = await verify(client, text)
    assert verification.verdict is Verdict.INVALID
    assert (
        check(verification, "json_ld")[1] == "the document is nested too deeply to be a credential"
    )
