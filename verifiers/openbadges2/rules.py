"""The rules an Open Badges 2.0 assertion must meet once its graph is read: hosted where its
issuer allows or signed by the issuer's key, awarded to the candidate, not revoked, in date."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from extractors.models import Candidate
from verifiers.models import (
    Verdict,
)
from verifiers.openbadges2.documents import (
    ACCEPT_JSON_LD,
    as_list,
    is_http_url,
    json_or_none,
    revocation_reason,
)
from verifiers.openbadges2.nodes import BadgeRun
from verifiers.run import Stop, check_validity, fetch_checked, parse_datetime

_HASHED_IDENTITY = re.compile(r"^(sha256|md5)\$([0-9a-fA-F]+)$")
_CANDIDATE_VALUES: Mapping[str, str] = {
    "email": "email",
    "telephone": "telephone number",
    "url": "profile URL",
    "id": "profile URL",
}


def recipient_hash(identity: str, salt: str, algorithm: str) -> str:
    """The OB 2.0 identity hash: ``hexdigest(alg(identity + salt))``."""
    return hashlib.new(algorithm, (identity + salt).encode("utf-8")).hexdigest()


def _normalise(kind: str, value: str) -> str:
    value = value.strip()
    if kind == "email":
        return value.lower()
    if kind == "telephone":
        return "+" + re.sub(r"\D", "", value)
    return value.rstrip("/")


def _candidate_values(kind: str, candidate: Candidate) -> tuple[str, ...]:
    if kind == "email":
        return candidate.emails
    if kind == "telephone":
        return candidate.phones
    return candidate.profiles


def check_hosted_origin(run: BadgeRun, assertion_id: str, issuer: dict[str, Any]) -> None:
    """OB 2.0 hosted verification: the assertion lives where its issuer allows."""
    issuer_id = issuer.get("id")
    policy = issuer.get("verification")
    policy = policy if isinstance(policy, dict) else {}
    starts_with = [str(prefix) for prefix in as_list(policy.get("startsWith"))]
    allowed = [str(origin) for origin in as_list(policy.get("allowedOrigins"))]
    if not allowed:
        if not is_http_url(issuer_id):
            run.checks.skipped(
                "hosted_origin",
                "the issuer id is not a web address, so hosting cannot be tied to it",
            )
            return
        allowed = [urlsplit(str(issuer_id)).netloc]
    if starts_with and not any(assertion_id.startswith(prefix) for prefix in starts_with):
        run.checks.failed(
            "hosted_origin",
            "the assertion is hosted outside the issuer's allowed prefixes "
            f"({', '.join(starts_with)})",
            verdict=Verdict.INVALID,
        )
        return
    host = urlsplit(assertion_id).netloc
    if host not in allowed:
        run.checks.failed(
            "hosted_origin",
            f"the assertion is hosted on {host}, which its issuer does not allow "
            f"({', '.join(allowed)})",
            verdict=Verdict.INVALID,
        )
        return
    run.confirmed = True
    run.checks.passed("hosted_origin", f"hosted on {host}, as its issuer allows")


def check_key_owner(
    run: BadgeRun, key_id: str, key: dict[str, Any], issuer: dict[str, Any]
) -> None:
    """The signing key must be the issuer's: it names the issuer, the issuer lists it."""
    issuer_id = issuer.get("id")
    declared = {
        entry.get("id") if isinstance(entry, dict) else entry
        for entry in as_list(issuer.get("publicKey"))
    }
    if key.get("owner") != issuer_id:
        run.checks.failed(
            "key_owner",
            f"the signing key belongs to {key.get('owner')!r}, not to the issuer",
            verdict=Verdict.INVALID,
        )
    elif key_id not in declared and key.get("id") not in declared:
        run.checks.failed(
            "key_owner",
            "the issuer does not list the signing key among its public keys",
            verdict=Verdict.INVALID,
        )
    else:
        run.checks.passed("key_owner", "the signing key is the issuer's, and the issuer lists it")


def check_recipient(run: BadgeRun, recipient: object, candidate: Candidate) -> None:
    if not isinstance(recipient, dict) or not isinstance(recipient.get("identity"), str):
        run.checks.failed("recipient", "the assertion names no recipient", verdict=Verdict.INVALID)
        return
    kind = str(recipient.get("type") or "email")
    if kind not in _CANDIDATE_VALUES:
        run.checks.failed(
            "recipient",
            f"recipient could not be confirmed: identity type {kind!r} is not comparable",
            verdict=Verdict.UNVERIFIED,
        )
        return
    label = _CANDIDATE_VALUES[kind]
    values = [value for value in _candidate_values(kind, candidate) if value.strip()]
    if not values:
        run.checks.failed(
            "recipient",
            f"recipient could not be confirmed: no candidate {label}",
            verdict=Verdict.UNVERIFIED,
        )
        return
    identity = recipient["identity"].strip()
    # Some issuers leave out ``hashed`` although the identity is plainly a hash.
    if recipient.get("hashed") or _HASHED_IDENTITY.match(identity):
        match = _HASHED_IDENTITY.match(identity)
        if match is None:
            run.checks.failed(
                "recipient",
                "the recipient hash is not sha256$… or md5$…",
                verdict=Verdict.INVALID,
            )
            return
        algorithm, digest = match.group(1), match.group(2).lower()
        salt = str(recipient.get("salt") or "")
        # Issuers hash what the earner typed; most lower-case it first, some do not.
        matched = any(
            recipient_hash(variant, salt, algorithm) == digest
            for value in values
            for variant in {value.strip(), _normalise(kind, value)}
        )
        how = f"the {algorithm} hash matches the candidate's {label} (consistent with, "
        how += "not proof of, identity)"
    else:
        matched = _normalise(kind, identity) in {_normalise(kind, value) for value in values}
        how = f"awarded to the candidate's {label}"
    if matched:
        run.recipient_bound = True
        run.checks.passed("recipient", how)
    else:
        run.checks.failed(
            "recipient",
            f"awarded to another {label} than the candidate's",
            verdict=Verdict.MISMATCH,
        )


async def check_revocation(
    run: BadgeRun, assertion: dict[str, Any], issuer: dict[str, Any]
) -> None:
    if assertion.get("revoked") is True:
        run.checks.failed(
            "revocation",
            "the issuer marks the assertion revoked" + revocation_reason(assertion),
            verdict=Verdict.REVOKED,
        )
        return
    listed = issuer.get("revocationList")
    if listed is None:
        run.checks.passed(
            "revocation", "live at its issuer and not marked revoked (no revocation list)"
        )
        return
    try:
        revocations = await revocation_list(run, listed)
    except Stop:
        return
    assertion_id = assertion.get("id")
    for entry in as_list(revocations.get("revokedAssertions")):
        entry_id = entry.get("id") if isinstance(entry, dict) else entry
        if entry_id is not None and entry_id in {assertion_id, assertion.get("uid")}:
            run.checks.failed(
                "revocation",
                "listed in the issuer's revocation list"
                + (revocation_reason(entry) if isinstance(entry, dict) else ""),
                verdict=Verdict.REVOKED,
            )
            return
    run.checks.passed("revocation", "not in the issuer's revocation list")


async def revocation_list(run: BadgeRun, listed: object) -> dict[str, Any]:
    if isinstance(listed, dict):
        return listed
    if not is_http_url(listed):
        run.checks.failed(
            "revocation", "the issuer's revocation list is not a link", verdict=Verdict.INVALID
        )
        raise Stop
    assert isinstance(listed, str)
    fetched = await fetch_checked(
        run,
        run.client,
        listed,
        check="revocation",
        what="the revocation list",
        accept=ACCEPT_JSON_LD,
        supporting=True,
    )
    document = json_or_none(fetched)
    if not isinstance(document, dict):
        run.checks.failed(
            "revocation", "the issuer's revocation list is not JSON", verdict=Verdict.INVALID
        )
        raise Stop
    return document


def check_dates(run: BadgeRun, assertion: dict[str, Any]) -> None:
    if parse_datetime(assertion.get("issuedOn")) is None:
        run.checks.failed(
            "issued_on",
            "the assertion has no valid issuedOn date (Open Badges 2.0 requires one)",
            verdict=Verdict.INVALID,
        )
        return
    check_validity(
        run,
        assertion.get("issuedOn"),
        assertion.get("expires"),
        issued_field="issuedOn",
        expires_field="expires",
    )
