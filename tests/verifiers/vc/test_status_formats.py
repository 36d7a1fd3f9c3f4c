"""Status lists in every securing format: plain JSON, an embedded proof, a VC-JWT (issue 17,
case 5: a VC-JWT credential whose StatusList2021 list is itself a VC-JWT)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from testkit.vc_issuer import (
    HOLDER,
    ISSUER_DID,
    ISSUER_KEY,
    ISSUER_METHOD,
    OTHER_DID,
    OTHER_KEY,
    badge,
    encoded_list,
    sign_data_integrity,
    sign_jwt,
)
from tests.verifiers.vc.support import NOW, payload_claim
from verifiers.models import CheckStatus, Verdict, Verification
from verifiers.vc import VerifiableCredentialVerifier

LIST_URL = "https://status.example.edu/lists/2021/3"
INDEX = 94567


def status_list_2021(revoked: set[int], issuer: str = ISSUER_DID) -> dict[str, Any]:
    return {
        "@context": [
            "https://www.w3.org/2018/credentials/v1",
            "https://w3id.org/vc/status-list/2021/v1",
        ],
        "id": LIST_URL,
        "type": ["VerifiableCredential", "StatusList2021Credential"],
        "issuer": issuer,
        "issuanceDate": "2024-01-01T00:00:00Z",
        "credentialSubject": {
            "id": LIST_URL + "#list",
            "type": "StatusList2021",
            "statusPurpose": "revocation",
            "encodedList": encoded_list(revoked),
        },
    }


def jwt_of(credential: dict[str, Any], key: Any = ISSUER_KEY, kid: str = ISSUER_METHOD) -> str:
    issuer = credential["issuer"]
    issuer = issuer["id"] if isinstance(issuer, dict) else issuer
    payload = {"iss": issuer, "nbf": 1704067200, "jti": credential["id"], "vc": credential}
    return sign_jwt({"alg": "EdDSA", "typ": "JWT", "kid": kid}, payload, key)


def credential_jwt() -> str:
    """A VC-JWT credential (VCDM 1.1) whose status is kept in a StatusList2021 list."""
    credential = badge(ISSUER_DID)
    credential["@context"] = [
        "https://www.w3.org/2018/credentials/v1",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    credential["issuanceDate"] = credential.pop("validFrom")
    credential["credentialStatus"] = {
        "id": f"{LIST_URL}#{INDEX}",
        "type": "StatusList2021Entry",
        "statusPurpose": "revocation",
        "statusListIndex": str(INDEX),
        "statusListCredential": LIST_URL,
    }
    return jwt_of(credential)


def served(body: str | dict[str, Any], media_type: str) -> httpx.Response:
    text = body if isinstance(body, str) else json.dumps(body)
    return httpx.Response(200, text=text, headers={"content-type": media_type})


async def verify(client: httpx.AsyncClient) -> Verification:
    verifier = VerifiableCredentialVerifier(clock=lambda: NOW)
    return await verifier.verify(payload_claim(credential_jwt()), HOLDER, client)


def status_detail(verification: Verification) -> str:
    [check] = [each for each in verification.checks if each.name == "status"]
    return check.detail


@pytest.mark.parametrize("media_type", ["application/vc+jwt", "application/vc+ld+json+jwt"])
@pytest.mark.parametrize(
    ("revoked", "expected"), [(set(), Verdict.VERIFIED), ({INDEX}, Verdict.REVOKED)]
)
async def test_a_jwt_status_list_signed_by_the_issuer(
    client: httpx.AsyncClient,
    respx_mock: respx.MockRouter,
    media_type: str,
    revoked: set[int],
    expected: Verdict,
) -> None:
    route = respx_mock.get(LIST_URL).mock(
        return_value=served(jwt_of(status_list_2021(revoked)), media_type)
    )

    verification = await verify(client)

    assert verification.verdict is expected, verification.checks
    assert "JWT proof holds" in status_detail(verification) or expected is Verdict.REVOKED
    assert route.call_count == 1


@pytest.mark.parametrize(
    ("secured", "expected", "said"),
    [
        (lambda: status_list_2021(set()), Verdict.VERIFIED, "unsigned list"),
        (
            lambda: sign_data_integrity(status_list_2021(set()), ISSUER_KEY, ISSUER_METHOD),
            Verdict.VERIFIED,
            "own proof holds",
        ),
        (
            lambda: sign_data_integrity(status_list_2021({INDEX}), ISSUER_KEY, ISSUER_METHOD),
            Verdict.REVOKED,
            "revoked",
        ),
        (lambda: jwt_of(status_list_2021(set()), OTHER_KEY), Verdict.UNVERIFIED, "not authentic"),
        (
            lambda: jwt_of(status_list_2021(set(), OTHER_DID), OTHER_KEY, ISSUER_METHOD),
            Verdict.UNVERIFIED,
            "not authentic",
        ),
        (lambda: "<html>Status page</html>", Verdict.UNVERIFIED, "neither JSON nor a JWT"),
        (lambda: "eyJhbGciOiJub25lIn0.e30.", Verdict.UNVERIFIED, "not authentic"),
    ],
    ids=[
        "plain-json",
        "embedded-proof",
        "embedded-proof-revoked",
        "jwt-signed-by-another-key",
        "jwt-of-another-issuer",
        "unreadable",
        "unsigned-jwt",
    ],
)
async def test_every_securing_format_is_read_and_its_proof_checked(
    client: httpx.AsyncClient,
    respx_mock: respx.MockRouter,
    secured: Any,
    expected: Verdict,
    said: str,
) -> None:
    body = secured()
    media_type = "application/vc+jwt" if isinstance(body, str) else "application/vc+ld+json"
    respx_mock.get(LIST_URL).mock(return_value=served(body, media_type))

    verification = await verify(client)

    assert verification.verdict is expected, verification.checks
    assert said in status_detail(verification)
    status = next(each for each in verification.checks if each.name == "status").status
    assert status is (CheckStatus.PASSED if expected is Verdict.VERIFIED else CheckStatus.FAILED)
