"""What a W3C verifiable credential is and what it states: recognising one (JSON or a JWT),
its issuer, a one-line description, the JWT claims that must agree with it, and its facts."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from verifiers.compact_jws import looks_like_jws
from verifiers.evidence_rigor import open_badge_rigor
from verifiers.jose import CompactJws, JoseError, parse_jws
from verifiers.models import (
    CredentialFacts,
)
from verifiers.openbadges2 import is_open_badge_2_payload
from verifiers.vc.status import (
    parse_datetime,
)

ACCEPT_CREDENTIAL = (
    "application/vc+jwt, application/vc+ld+json, application/ld+json, application/json;q=0.9"
)
VC_CONTEXTS = frozenset(
    {"https://www.w3.org/ns/credentials/v2", "https://www.w3.org/2018/credentials/v1"}
)
JWT_TYPES = frozenset({"vc+jwt", "vc+ld+json+jwt", "jwt", "vc+ld+jwt"})
#: A credential, images included, is far smaller; a larger paste is not one.
MAX_CREDENTIAL_CHARS = 5_000_000


def is_verifiable_credential(document: object) -> bool:
    """Whether a JSON document presents itself as a W3C verifiable credential."""
    if not isinstance(document, Mapping):
        return False
    contexts = document.get("@context")
    listed = contexts if isinstance(contexts, list) else [contexts]
    kinds = document.get("type")
    types = kinds if isinstance(kinds, list) else [kinds]
    return bool(VC_CONTEXTS & {c for c in listed if isinstance(c, str)}) or (
        "VerifiableCredential" in types
    )


def credential_from_text(text: str) -> dict[str, Any] | CompactJws | None:
    """A pasted credential as JSON or as a JWT; None when it is neither."""
    stripped = text.strip()
    if looks_like_jws(stripped):
        with contextlib.suppress(JoseError):
            return parse_jws(stripped)
        return None
    try:
        document = json.loads(stripped)
    except (ValueError, RecursionError):
        return None
    return document if isinstance(document, dict) else None


def looks_like_vc_payload(text: str) -> bool:
    stripped = text.strip()
    if looks_like_jws(stripped):
        # Any JWT handed over as a credential is ours, so that ``alg: none`` and the like are
        # explained, except a signed Open Badges 2.0 assertion, which has its own verifier.
        return not is_open_badge_2_payload(stripped)
    parsed = credential_from_text(stripped)
    return parsed is not None and is_verifiable_credential(parsed)


def as_list(value: object) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def issuer_of(credential: Mapping[str, Any]) -> str | None:
    issuer = credential.get("issuer")
    if isinstance(issuer, Mapping):
        issuer = issuer.get("id")
    return issuer.strip() if isinstance(issuer, str) and issuer.strip() else None


def describe(credential: Mapping[str, Any]) -> str:
    contexts = as_list(credential.get("@context"))
    model = "VCDM 2.0" if "https://www.w3.org/ns/credentials/v2" in contexts else "VCDM 1.1"
    kinds = [
        str(kind) for kind in as_list(credential.get("type")) if kind != "VerifiableCredential"
    ]
    return f"a {model} {' / '.join(kinds) or 'VerifiableCredential'}"


def jwt_claims_problem(payload: Mapping[str, Any], credential: Mapping[str, Any]) -> str | None:
    """Registered claims that contradict the credential they carry (OB 3.0 §8.2.4)."""
    issuer = issuer_of(credential)
    if payload.get("iss") is not None and issuer is not None and payload["iss"] != issuer:
        return f"the token's iss {payload['iss']} is not the credential's issuer {issuer}"
    if payload.get("jti") is not None and credential.get("id") not in (None, payload["jti"]):
        return "the token's jti is not the credential's id"
    subjects = [s for s in as_list(credential.get("credentialSubject")) if isinstance(s, Mapping)]
    subject_ids = {s.get("id") for s in subjects if s.get("id")}
    if payload.get("sub") is not None and subject_ids and payload["sub"] not in subject_ids:
        return "the token's sub is not the credential's subject"
    for claim in ("nbf", "exp", "iat"):
        if claim in payload and not isinstance(payload[claim], int | float):
            return f"the token's {claim} is not a number"
    return None


def apply_jwt_dates(payload: Mapping[str, Any], credential: dict[str, Any]) -> None:
    # The token's nbf/exp bound the credential as much as validFrom/validUntil do.
    for claim, fields in (
        ("nbf", ("validFrom", "issuanceDate")),
        ("exp", ("validUntil", "expirationDate")),
    ):
        if claim in payload and not any(name in credential for name in fields):
            moment = datetime.fromtimestamp(float(payload[claim]), UTC)
            credential[fields[0]] = moment.isoformat().replace("+00:00", "Z")


def _date(value: object) -> str | None:
    parsed = parse_datetime(value)
    return f"{parsed:%Y-%m-%d}" if parsed else None


def credential_facts(credential: Mapping[str, Any]) -> CredentialFacts:
    subjects = [s for s in as_list(credential.get("credentialSubject")) if isinstance(s, Mapping)]
    subject = subjects[0] if subjects else {}
    achievement = subject.get("achievement")
    achievement = achievement if isinstance(achievement, Mapping) else {}
    issuer = credential.get("issuer")
    issuer_name = issuer.get("name") if isinstance(issuer, Mapping) else None
    issuer_id = issuer_of(credential)
    title = achievement.get("name") or credential.get("name")
    tags = [str(tag) for tag in as_list(achievement.get("tag")) if isinstance(tag, str)]
    return CredentialFacts(
        title=str(title) if isinstance(title, str) else None,
        issuer=str(issuer_name) if isinstance(issuer_name, str) else issuer_id,
        issuer_url=issuer_id if issuer_id and issuer_id.startswith("http") else None,
        recipient_name=str(subject["name"]) if isinstance(subject.get("name"), str) else None,
        issued_on=_date(credential.get("validFrom") or credential.get("issuanceDate")),
        expires_on=_date(credential.get("validUntil") or credential.get("expirationDate")),
        skills=tuple(tags),
        rigor=open_badge_rigor(achievement),
    )
