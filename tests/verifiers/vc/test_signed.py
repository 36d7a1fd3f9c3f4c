"""Credentials signed in the test with generated keys: every way they can go wrong."""

from __future__ import annotations

import json

import httpx
import respx
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from extractors.models import Candidate
from testkit.factories import check
from testkit.vc_issuer import (
    HOLDER_EMAIL,
    ISSUER_DID,
    ISSUER_KEY,
    ISSUER_METHOD,
    OTHER_DID,
    OTHER_KEY,
    badge,
    p256_multikey,
    sign_data_integrity,
    sign_jwt,
)
from tests.verifiers.vc.support import (
    json_response,
    jwt_payload,
    signed_badge,
    verify,
)
from verifiers.models import Assurance, CheckStatus, Verdict
from verifiers.vc.identity import identity_hash

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
