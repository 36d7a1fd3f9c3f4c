"""Credentials signed in the test with generated keys: every way they can go wrong."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import respx
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import verifiers
from extractors.models import Candidate, Claim, ClaimOrigin, Source
from tests.verifiers.vc.issuer import (
    HOLDER,
    HOLDER_EMAIL,
    ISSUER_DID,
    ISSUER_KEY,
    ISSUER_METHOD,
    OTHER_DID,
    OTHER_KEY,
    StatusListIssuer,
    badge,
    p256_multikey,
    public_jwk,
    sign_data_integrity,
    sign_jwt,
)
from tests.verifiers.vc.support import NOW, json_response, payload_claim
from verifiers.http import HttpPolicy, create_client
from verifiers.keys import base64url_encode
from verifiers.models import Assurance, CheckStatus, Verdict, Verification
from verifiers.resilience import with_resilience
from verifiers.vc import VerifiableCredentialVerifier
from verifiers.vc.identity import identity_hash

STATUS_URL = "https://status.example.edu/lists/revocation"
SUSPENSION_URL = "https://status.example.edu/lists/suspension"


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with create_client(HttpPolicy()) as client:
        yield client


async def verify(
    client: httpx.AsyncClient,
    payload: str | dict[str, Any],
    candidate: Candidate = HOLDER,
    verifier: VerifiableCredentialVerifier | None = None,
) -> Verification:
    text = payload if isinstance(payload, str) else json.dumps(payload)
    chosen = verifier or VerifiableCredentialVerifier(clock=lambda: NOW)
    return await chosen.verify(payload_claim(text), candidate, client)


def check(verification: Verification, name: str) -> tuple[CheckStatus, str]:
    found = [each for each in verification.checks if each.name == name]
    assert found, f"no {name} check in {[each.name for each in verification.checks]}"
    return found[-1].status, found[-1].detail


def signed_badge(**changes: Any) -> dict[str, Any]:
    return sign_data_integrity(badge(ISSUER_DID, **changes), ISSUER_KEY, ISSUER_METHOD)


# -- Data Integrity ------------------------------------------------------------------------


async def test_a_signed_badge_is_verified(client: httpx.AsyncClient) -> None:
    verification = await verify(client, signed_badge())
    assert verification.verdict is Verdict.VERIFIED
    assert verification.assurance is Assurance.SIGNED
    names = [each.name for each in verification.checks]
    assert names == [
        "credential",
        "json_ld",
        "issuer_key",
        "proof",
        "issued_on",
        "expiry",
        "status",
        "recipient",
    ]
    assert "eddsa-rdfc-2022 signature verified" in check(verification, "proof")[1]
    assert verification.credential is not None
    assert verification.credential.title == "Applied Data Engineering"
    assert verification.credential.issued_on == "2024-03-01"


async def test_a_tampered_badge_is_invalid(client: httpx.AsyncClient) -> None:
    tampered = signed_badge()
    tampered["credentialSubject"]["achievement"]["name"] = "PhD in Data Engineering"
    verification = await verify(client, tampered)
    assert verification.verdict is Verdict.INVALID
    assert check(verification, "proof") == (
        CheckStatus.FAILED,
        "the eddsa-rdfc-2022 signature does not match the credential",
    )
    assert verification.credential is None  # nothing in a forgery is shown as fact


async def test_an_added_undefined_term_is_refused(client: httpx.AsyncClient) -> None:
    credential = badge(ISSUER_DID)
    credential["@context"] = ["https://www.w3.org/2018/credentials/v1"]
    credential["issuanceDate"] = credential.pop("validFrom")
    credential["credentialSubject"] = {"id": "did:example:ada"}
    signed = sign_data_integrity(credential, ISSUER_KEY, ISSUER_METHOD)
    signed["credentialSubject"]["degree"] = "PhD"  # no context defines it: not signed
    verification = await verify(client, signed, Candidate(profiles=("did:example:ada",)))
    assert verification.verdict is Verdict.INVALID
    status, detail = check(verification, "json_ld")
    assert status is CheckStatus.FAILED and "degree" in detail


async def test_a_signature_by_another_key_is_invalid(client: httpx.AsyncClient) -> None:
    forged = sign_data_integrity(badge(ISSUER_DID), OTHER_KEY, ISSUER_METHOD)
    verification = await verify(client, forged)
    assert verification.verdict is Verdict.INVALID
    assert check(verification, "proof")[0] is CheckStatus.FAILED


async def test_a_key_of_another_issuer_is_invalid(client: httpx.AsyncClient) -> None:
    other_method = f"{OTHER_DID}#{OTHER_DID.removeprefix('did:key:')}"
    signed = sign_data_integrity(badge(ISSUER_DID), OTHER_KEY, other_method)
    verification = await verify(client, signed)
    assert verification.verdict is Verdict.INVALID
    status, detail = check(verification, "issuer_key")
    assert status is CheckStatus.FAILED
    assert f"belongs to {OTHER_DID}, not to the issuer {ISSUER_DID}" in detail
    assert verification.assurance is Assurance.NONE


async def test_an_expired_badge_is_expired(client: httpx.AsyncClient) -> None:
    verification = await verify(client, signed_badge(validUntil="2025-01-01T00:00:00Z"))
    assert verification.verdict is Verdict.EXPIRED
    assert check(verification, "expiry") == (CheckStatus.FAILED, "expired on 2025-01-01")


async def test_a_badge_not_valid_yet_is_invalid(client: httpx.AsyncClient) -> None:
    verification = await verify(client, signed_badge(validFrom="2030-01-01T00:00:00Z"))
    assert verification.verdict is Verdict.INVALID
    assert check(verification, "issued_on")[0] is CheckStatus.FAILED


async def test_a_badge_for_someone_else_is_a_mismatch(client: httpx.AsyncClient) -> None:
    credential = badge(ISSUER_DID)
    credential["credentialSubject"]["identifier"] = [
        {
            "type": "IdentityObject",
            "identityType": "emailAddress",
            "hashed": True,
            "salt": "s4lt",
            "identityHash": "sha256$" + identity_hash("someone@example.org", "s4lt"),
        }
    ]
    signed = sign_data_integrity(credential, ISSUER_KEY, ISSUER_METHOD)
    verification = await verify(client, signed)
    assert verification.verdict is Verdict.MISMATCH
    assert "email" in check(verification, "recipient")[1]


async def test_a_hashed_email_of_the_candidate_matches(client: httpx.AsyncClient) -> None:
    credential = badge(ISSUER_DID)
    credential["credentialSubject"]["identifier"][0].update(
        hashed=True, salt="s4lt", identityHash="sha256$" + identity_hash(HOLDER_EMAIL, "s4lt")
    )
    verification = await verify(client, sign_data_integrity(credential, ISSUER_KEY, ISSUER_METHOD))
    assert verification.verdict is Verdict.VERIFIED
    assert "consistent with" in check(verification, "recipient")[1]


async def test_a_p256_ecdsa_rdfc_proof_from_did_web(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    did = "did:web:issuer.example.edu:badges"
    method = f"{did}#key-1"
    respx_mock.get("https://issuer.example.edu/badges/did.json").mock(
        return_value=json_response(
            {
                "@context": ["https://www.w3.org/ns/did/v1"],
                "id": did,
                "verificationMethod": [
                    {
                        "id": "#key-1",
                        "type": "Multikey",
                        "controller": did,
                        "publicKeyMultibase": p256_multikey(key),
                    }
                ],
                "assertionMethod": ["#key-1"],
            }
        )
    )
    verification = await verify(client, sign_data_integrity(badge(did), key, method))
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert "ecdsa-rdfc-2019" in check(verification, "proof")[1]
    assert (
        "listed in did:web:issuer.example.edu:badges's DID document"
        in check(verification, "issuer_key")[1]
    )
    assert [str(each.url) for each in verification.evidence] == [
        "https://issuer.example.edu/badges/did.json"
    ]


async def test_a_did_web_key_not_allowed_to_assert_is_invalid(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    did = "did:web:issuer.example.edu"
    method = f"{did}#{ISSUER_DID.removeprefix('did:key:')}"
    respx_mock.get("https://issuer.example.edu/.well-known/did.json").mock(
        return_value=json_response(
            {
                "id": did,
                "verificationMethod": [
                    {
                        "id": method,
                        "type": "Multikey",
                        "controller": did,
                        "publicKeyMultibase": ISSUER_DID.removeprefix("did:key:"),
                    }
                ],
                "authentication": [method],
            }
        )
    )
    verification = await verify(client, sign_data_integrity(badge(did), ISSUER_KEY, method))
    assert verification.verdict is Verdict.INVALID
    assert "not in assertionMethod" in check(verification, "issuer_key")[1]


async def test_an_unpublished_did_web_is_unverified_not_invalid(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    did = "did:web:gone.example.edu"
    respx_mock.get("https://gone.example.edu/.well-known/did.json").mock(
        return_value=httpx.Response(404)
    )
    signed = sign_data_integrity(badge(did), ISSUER_KEY, f"{did}#key-1")
    verification = await verify(client, signed)
    assert verification.verdict is Verdict.UNVERIFIED
    assert "HTTP 404" in check(verification, "issuer_key")[1]


async def test_a_did_web_that_times_out_is_unreachable(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get("https://slow.example.edu/.well-known/did.json").mock(
        side_effect=httpx.ConnectTimeout("timed out")
    )
    signed = sign_data_integrity(
        badge("did:web:slow.example.edu"), ISSUER_KEY, "did:web:slow.example.edu#k"
    )
    verification = await verify(client, signed)
    assert verification.verdict is Verdict.UNREACHABLE


# -- status lists ----------------------------------------------------------------------------


def serve_status(router: respx.MockRouter, revoked: set[int], suspended: set[int]) -> None:
    lists = StatusListIssuer(ISSUER_KEY)
    router.get(STATUS_URL).mock(
        return_value=json_response(lists.status_list(STATUS_URL, "revocation", revoked))
    )
    router.get(SUSPENSION_URL).mock(
        return_value=json_response(lists.status_list(SUSPENSION_URL, "suspension", suspended))
    )


def with_status(index: int) -> dict[str, Any]:
    return signed_badge(
        credentialStatus=[
            {
                "id": f"{STATUS_URL}#{index}",
                "type": "BitstringStatusListEntry",
                "statusPurpose": "revocation",
                "statusListIndex": str(index),
                "statusListCredential": STATUS_URL,
            },
            {
                "id": f"{SUSPENSION_URL}#{index}",
                "type": "BitstringStatusListEntry",
                "statusPurpose": "suspension",
                "statusListIndex": str(index),
                "statusListCredential": SUSPENSION_URL,
            },
        ]
    )


async def test_status_in_good_standing(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    serve_status(respx_mock, revoked={7}, suspended={8})
    verification = await verify(client, with_status(42))
    assert verification.verdict is Verdict.VERIFIED
    details = [each.detail for each in verification.checks if each.name == "status"]
    assert len(details) == 2
    assert all("not set" in detail and "the list's own proof holds" in detail for detail in details)
    assert {str(each.url) for each in verification.evidence} == {STATUS_URL, SUSPENSION_URL}


async def test_revoked_in_a_status_list(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    serve_status(respx_mock, revoked={42}, suspended=set())
    verification = await verify(client, with_status(42))
    assert verification.verdict is Verdict.REVOKED
    assert "revoked" in check(verification, "status")[1] or any(
        "revoked:" in each.detail for each in verification.checks
    )


async def test_suspended_is_revoked_with_the_detail(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    serve_status(respx_mock, revoked=set(), suspended={42})
    verification = await verify(client, with_status(42))
    assert verification.verdict is Verdict.REVOKED
    assert any(
        each.name == "status" and each.detail.startswith("suspended by the issuer")
        for each in verification.checks
    )


async def test_a_tampered_status_list_leaves_status_unverified(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    lists = StatusListIssuer(ISSUER_KEY)
    tampered = lists.status_list(STATUS_URL, "revocation", {42})
    tampered["credentialSubject"]["encodedList"] = StatusListIssuer(ISSUER_KEY).status_list(
        STATUS_URL, "revocation", set()
    )["credentialSubject"]["encodedList"]
    respx_mock.get(STATUS_URL).mock(return_value=json_response(tampered))
    credential = signed_badge(
        credentialStatus={
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": "42",
            "statusListCredential": STATUS_URL,
        }
    )
    verification = await verify(client, credential)
    assert verification.verdict is Verdict.UNVERIFIED
    assert "not authentic" in check(verification, "status")[1]


async def test_status_lists_are_asked_once_through_the_client_cache(
    respx_mock: respx.MockRouter,
) -> None:
    serve_status(respx_mock, revoked=set(), suspended=set())
    verifier = VerifiableCredentialVerifier(clock=lambda: NOW)
    async with create_client(HttpPolicy()) as client:
        with_resilience(client)  # the one response cache, as the service's client has it
        for _ in range(3):
            verification = await verify(client, with_status(1), verifier=verifier)
            assert verification.verdict is Verdict.VERIFIED
    assert respx_mock.calls.call_count == 2  # one fetch per list, whatever the number of badges


# -- JWT ---------------------------------------------------------------------------------------


def jwt_payload(issuer: str, **changes: Any) -> dict[str, Any]:
    credential = badge(issuer, **changes)
    return {"iss": issuer, "jti": credential["id"], "nbf": 1709251200, "vc": credential}


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


# -- no single-byte change of a signed credential is ever verified -----------------------------

SIGNED_JSON = json.dumps(signed_badge())
SIGNED_JWT = sign_jwt(
    {"alg": "EdDSA", "typ": "JWT", "kid": ISSUER_METHOD}, jwt_payload(ISSUER_DID), ISSUER_KEY
)


def _mutate(text: str, position: int, replacement: int) -> str:
    data = bytearray(text.encode("utf-8"))
    index = position % len(data)
    if data[index] == replacement:
        replacement = (replacement + 1) % 256
    data[index] = replacement
    return data.decode("utf-8", errors="replace")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    which=st.sampled_from(["json", "jwt"]),
    position=st.integers(min_value=0, max_value=10**6),
    replacement=st.integers(min_value=0, max_value=255),
)
async def test_no_single_byte_change_is_verified(
    client: httpx.AsyncClient, which: str, position: int, replacement: int
) -> None:
    original = SIGNED_JSON if which == "json" else SIGNED_JWT
    mutated = _mutate(original, position, replacement)
    # A change of whitespace between JSON tokens leaves the same credential: not a change.
    assume(which == "jwt" or not _same_json(mutated, original))
    verification = await verify(client, mutated)
    assert verification.verdict is not Verdict.VERIFIED


def _same_json(left: str, right: str) -> bool:
    try:
        return bool(json.loads(left) == json.loads(right))
    except ValueError:
        return False


async def test_the_unmutated_credentials_verify(client: httpx.AsyncClient) -> None:
    # The property above means something only if the originals do verify.
    for original in (SIGNED_JSON, SIGNED_JWT):
        assert (await verify(client, original)).verdict is Verdict.VERIFIED
