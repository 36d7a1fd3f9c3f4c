"""Builders for the domain objects tests and benches need: claims, candidates, evidence,
credential facts and verifications. One place, so a new field in a model is added once.

Each builder takes the few values a test cares about and fills the rest with plain defaults;
pass any model field by name to set it.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

import httpx

from extractors.models import Candidate, Claim, ClaimOrigin, Source
from verifiers.models import (
    Assurance,
    Check,
    CheckStatus,
    CredentialFacts,
    Evidence,
    Verdict,
    Verification,
)

#: When evidence is fetched unless a test says otherwise.
FETCHED_AT = datetime(2026, 11, 28, 9, 29, 41, tzinfo=UTC)


def claim(
    title: str = "A badge",
    *,
    claim_id: str = "c1",
    origin: ClaimOrigin = ClaimOrigin.RESUME,
    page: int | None = None,
    source_text: str = "",
    **fields: Any,
) -> Claim:
    """A claim as the résumé (or ``origin``) makes it; other ``Claim`` fields by name."""
    return Claim(
        id=claim_id,
        title=title,
        source=Source(origin=origin, page=page, text=source_text),
        **fields,
    )


def link_claim(
    url: str, *, claim_id: str = "link-1", title: str = "Linked credential", **fields: Any
) -> Claim:
    """A claim made by a link given beside the résumé."""
    return claim(title, claim_id=claim_id, origin=ClaimOrigin.LINK, url=url, **fields)


def payload_claim(
    payload: str, *, claim_id: str = "c1", title: str = "Uploaded credential", **fields: Any
) -> Claim:
    """A claim made by a credential uploaded or pasted (JSON or a JWT)."""
    return claim(title, claim_id=claim_id, origin=ClaimOrigin.CREDENTIAL, payload=payload, **fields)


def candidate(
    name: str | None = "Jane Doe", *, emails: tuple[str, ...] = (), **fields: Any
) -> Candidate:
    """The person a résumé is about."""
    return Candidate(name=name, emails=emails, **fields)


def evidence(
    url: str,
    body: str | bytes = "{}",
    *,
    status_code: int = 200,
    fetched_at: datetime = FETCHED_AT,
    content_type: str | None = "application/json",
) -> Evidence:
    """A response a verdict rests on; its digest is the body's, as the client records it."""
    data = body.encode() if isinstance(body, str) else body
    return Evidence(
        url=url,
        status_code=status_code,
        fetched_at=fetched_at,
        sha256=hashlib.sha256(data).hexdigest(),
        content_type=content_type,
    )


def credential_facts(title: str, **fields: Any) -> CredentialFacts:
    """What an issuer or platform says about a credential."""
    return CredentialFacts(title=title, **fields)


def verification(
    found: Claim,
    verdict: Verdict,
    *,
    method: str = "none",
    assurance: Assurance = Assurance.NONE,
    checks: tuple[Check, ...] = (),
    evidence: tuple[Evidence, ...] = (),
    credential: CredentialFacts | None = None,
) -> Verification:
    """A claim's verdict with the checks, evidence and facts behind it."""
    return Verification(
        claim=found,
        verdict=verdict,
        method=method,
        assurance=assurance,
        checks=checks,
        evidence=evidence,
        credential=credential,
    )


def check(verification: Verification, name: str) -> tuple[CheckStatus, str]:
    """The status and detail of the check named ``name`` (its last run, where it ran twice)."""
    found = [each for each in verification.checks if each.name == name]
    assert found, f"no {name!r} check in {[each.name for each in verification.checks]}"
    return found[-1].status, found[-1].detail


def json_response(
    document: Any, status: int = 200, *, content_type: str = "application/json"
) -> httpx.Response:
    """An issuer's or platform's JSON answer, for respx to serve."""
    return httpx.Response(
        status, content=json.dumps(document).encode(), headers={"content-type": content_type}
    )


def hosted_assertion(
    base: str, email: str, *, badge: str = "Example Badge", issuer: str = "Example Issuer"
) -> dict[str, Any]:
    """An Open Badges 2.0 assertion hosted at ``{base}/assertion``, awarded to ``email``, its
    badge class and its issuer (whose origin is ``base``) embedded."""
    return {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": f"{base}/assertion",
        "recipient": {"type": "email", "hashed": False, "identity": email},
        "issuedOn": "2024-01-15T00:00:00Z",
        "verification": {"type": "HostedBadge"},
        "badge": {
            "type": "BadgeClass",
            "id": f"{base}/badge",
            "name": badge,
            "description": f"{badge}, as its issuer describes it.",
            "image": f"{base}/badge.png",
            "criteria": {"narrative": "Earn it."},
            "issuer": {
                "type": "Issuer",
                "id": f"{base}/issuer",
                "name": issuer,
                "url": base,
                "email": f"badges@{httpx.URL(base).host}",
            },
        },
    }


def numbered_resume(number: int) -> bytes:
    """A small text résumé whose name, issuer and skills differ from every other number's."""
    return (
        f"Candidate{number} Surname{number * 7}\ncandidate{number}@example.org\n\n"
        "Certifications\n"
        f"Certified Kubernetes Administrator (CKA), The Linux Foundation, 20{number % 30:02d}\n"
        f"Widget{number} Certified Practitioner, Org{number} Inc, 2021\n"
        f"\nSkills\nPython, Go{number}, Rust\n"
    ).encode()


#: The ``default`` workspace: the migration makes it first, so it has the id 1 on a new
#: database, SQLite or PostgreSQL.
WORKSPACE = 1
