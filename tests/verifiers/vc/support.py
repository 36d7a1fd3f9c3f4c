"""Shared helpers: the shared credential fixtures, respx serving, a fixed clock."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import respx

from extractors.models import Candidate

# The VC tests take these builders from here.
from testkit.factories import json_response as json_response
from testkit.factories import payload_claim as payload_claim
from testkit.vc_issuer import (
    HOLDER,
    ISSUER_DID,
    ISSUER_KEY,
    ISSUER_METHOD,
    badge,
    sign_data_integrity,
)
from tests.conftest import SHARED_FIXTURES
from verifiers.models import Verification
from verifiers.vc import VerifiableCredentialVerifier
from verifiers.vc.did import did_web_url

STATUS_URL = "https://status.example.edu/lists/revocation"
SUSPENSION_URL = "https://status.example.edu/lists/suspension"
CREDENTIALS = SHARED_FIXTURES / "credentials"
DCPV = CREDENTIALS / "1edtech-dcpv"
DCC = CREDENTIALS / "dcc-vc-test-fixtures"

#: Every fixture is judged on this day, so expiry verdicts do not drift with the calendar.
NOW = datetime(2026, 11, 1, tzinfo=UTC)


def read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def holder_of(credential: Mapping[str, Any]) -> Candidate:
    """The candidate the credential was issued to: its subject's id, name and email."""
    subject = credential.get("credentialSubject")
    subject = subject[0] if isinstance(subject, list) else subject
    assert isinstance(subject, Mapping)
    profiles = (str(subject["id"]),) if subject.get("id") else ()
    name = subject.get("name") if isinstance(subject.get("name"), str) else None
    identifier = subject.get("identifier")
    if isinstance(identifier, Mapping) and identifier.get("identityType") == "name":
        name = str(identifier["identityHash"])
    return Candidate(name=name, profiles=profiles)


def issuer_id(credential: Mapping[str, Any]) -> str:
    issuer = credential["issuer"]
    return str(issuer["id"] if isinstance(issuer, Mapping) else issuer)


def serve_profile_confirming(
    router: respx.MockRouter, credential: Mapping[str, Any], *, status: int = 200
) -> None:
    """Serve, at the issuer's own address, a profile that lists the keys its proofs name.

    1EdTech's fixtures name the key in the verification method's fragment; a real issuer
    publishes it on its profile (or DID document), which is what credlens asks for.
    """
    proofs = credential["proof"] if isinstance(credential["proof"], list) else [credential["proof"]]
    issuer = issuer_id(credential)
    methods = [
        {
            "id": proof["verificationMethod"],
            "type": "Multikey",
            "controller": issuer,
            "publicKeyMultibase": proof["verificationMethod"].split("#", 1)[1],
        }
        for proof in proofs
        if "#z" in str(proof.get("verificationMethod"))
    ]
    document = {
        "@context": ["https://www.w3.org/ns/did/v1"],
        "id": issuer,
        "verificationMethod": methods,
        "assertionMethod": [method["id"] for method in methods],
    }
    url = did_web_url(issuer) if issuer.startswith("did:web:") else issuer
    router.get(url).mock(return_value=json_response(document, status))


def serve_dcc(router: respx.MockRouter) -> None:
    """DCC's did:web documents and status lists at their published addresses."""
    base = "https://digitalcredentials.github.io/vc-test-fixtures"
    for name in ("legacy", "oidf"):
        router.get(f"{base}/dids/{name}/did.json").mock(
            return_value=json_response(read(DCC / "dids" / name / "did.json"))
        )
    for path in (DCC / "statusLists" / "didkey-ed25519Signature2020").iterdir():
        router.get(f"{base}/statusLists/didkey-ed25519Signature2020/{path.name}").mock(
            return_value=json_response(read(path))
        )
    router.get(
        "https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/"
        "src/test-fixtures/status/e5WK8CbZ1GjycuPombrj"
    ).mock(return_value=json_response(read(DCC / "verifier-core-status" / "e5WK8CbZ1GjycuPombrj")))


def not_found_elsewhere(router: respx.MockRouter) -> None:
    """Anything not served above is a 404, as an unknown address would be; added last."""
    router.route().mock(return_value=httpx.Response(404, text="not found"))


async def verify(
    client: httpx.AsyncClient,
    payload: str | dict[str, Any],
    candidate: Candidate = HOLDER,
    verifier: VerifiableCredentialVerifier | None = None,
) -> Verification:
    text = payload if isinstance(payload, str) else json.dumps(payload)
    chosen = verifier or VerifiableCredentialVerifier(clock=lambda: NOW)
    return await chosen.verify(payload_claim(text), candidate, client)


def signed_badge(**changes: Any) -> dict[str, Any]:
    return sign_data_integrity(badge(ISSUER_DID, **changes), ISSUER_KEY, ISSUER_METHOD)


def jwt_payload(issuer: str, **changes: Any) -> dict[str, Any]:
    credential = badge(issuer, **changes)
    return {"iss": issuer, "jti": credential["id"], "nbf": 1709251200, "vc": credential}
