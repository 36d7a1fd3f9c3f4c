"""The assertion graph's documents checked for what they are: the Assertion itself, its
BadgeClass and Issuer (embedded or fetched), and the facts they state."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
from pyld import jsonld

from verifiers.models import (
    CredentialFacts,
    Verdict,
)
from verifiers.openbadges2.documents import (
    ACCEPT_JSON_LD,
    OBI,
    as_list,
    context_problem,
    expanded_types,
    ignored_note,
    in_ob2_terms,
    is_http_url,
    json_or_none,
    looks_like_open_badge,
    platform_of,
    text_of,
)
from verifiers.run import Run, Stop, fetch_checked, parse_datetime

_SIGNED = frozenset({"signed", "SignedBadge"})
_NODE_TYPES: Mapping[str, frozenset[str]] = {
    "BadgeClass": frozenset({OBI + "BadgeClass"}),
    "Profile": frozenset({OBI + "Profile", OBI + "Issuer"}),
    "CryptographicKey": frozenset({"https://w3id.org/security#Key"}),
}


#: Open Badges documents that describe rather than award: a link to one proves nothing held.
_DESCRIPTIONS: Mapping[str, str] = {
    OBI + "BadgeClass": "the badge's description (BadgeClass)",
    OBI + "Issuer": "an issuer profile",
    OBI + "Profile": "an issuer profile",
    OBI + "RevocationList": "a revocation list",
    "http://schema.org/AlignmentObject": "an alignment to a competency framework",
    "https://w3id.org/security#Key": "a public key",
}


@dataclass
class BadgeRun(Run):
    """The shared run, with the client the assertion graph is walked through."""

    client: httpx.AsyncClient = field(kw_only=True)


def check_assertion_type(
    run: BadgeRun,
    assertion: dict[str, Any],
    *,
    name: str = "assertion_type",
    signed: bool = False,
) -> dict[str, Any]:
    """Check the document is an OB 2.0 Assertion; returns it in OB 2.0 terms."""
    if "@context" not in assertion and (
        "verify" in assertion or isinstance(assertion.get("recipient"), str)
    ):
        run.checks.failed(
            name,
            "an Open Badges 1.0 (or older) assertion: credlens checks 1.1 and later; ask "
            "the issuer for the current version of the badge",
            verdict=Verdict.UNSUPPORTED,
        )
        raise Stop
    if not looks_like_open_badge(assertion):
        run.checks.failed(
            name,
            "not a machine-readable credential: the link returns JSON that is not an "
            "Open Badges assertion",
            verdict=Verdict.UNSUPPORTED,
        )
        raise Stop
    try:
        types, ignored = expanded_types(assertion)
    except jsonld.JsonLdError as error:
        run.checks.failed(
            name,
            f"the assertion's JSON-LD context is not Open Badges 2.0 ({context_problem(error)})",
            verdict=Verdict.INVALID,
        )
        raise Stop from None
    described = sorted(_DESCRIPTIONS[kind] for kind in types & _DESCRIPTIONS.keys())
    if OBI + "Assertion" not in types and described:
        run.checks.failed(
            name,
            f"the link shows {described[0]}, not an award to the candidate; ask for the "
            "badge's assertion link",
            verdict=Verdict.UNSUPPORTED,
        )
        raise Stop
    if OBI + "Assertion" not in types:
        # Awarding properties under another type is a broken or forged assertion; anything
        # else is just some other JSON-LD document, which proves nothing either way.
        pretends = "recipient" in assertion or "badge" in assertion
        run.checks.failed(
            name,
            f"the document is not an Open Badges Assertion (type {assertion.get('type')!r})"
            if pretends
            else "not a machine-readable credential: an Open Badges document of type "
            f"{assertion.get('type')!r}, not an assertion",
            verdict=Verdict.INVALID if pretends else Verdict.UNSUPPORTED,
        )
        raise Stop
    assertion = in_ob2_terms(assertion)
    image = assertion.get("image")
    image_id = image.get("id") if isinstance(image, dict) else image
    if isinstance(image_id, str) and image_id.strip().lower().startswith("data:"):
        run.checks.failed(
            name,
            "malformed assertion: OB 2.0 forbids a data: URI as the Assertion image",
            verdict=Verdict.INVALID,
        )
        raise Stop
    verification = assertion.get("verification")
    kind = verification.get("type") if isinstance(verification, dict) else None
    if kind is not None and not isinstance(kind, str):
        run.checks.failed(
            name,
            "malformed assertion: verification.type must be one type name",
            verdict=Verdict.INVALID,
        )
        raise Stop
    if signed and kind not in _SIGNED:
        run.checks.failed(
            name,
            "a JWS whose assertion does not declare signed verification",
            verdict=Verdict.INVALID,
        )
        raise Stop
    if not signed and kind in _SIGNED:
        run.checks.failed(
            name,
            "a signed badge shown without its signature; ask for the signed (JWS) "
            "assertion or the baked badge image",
            verdict=Verdict.UNVERIFIED,
        )
        raise Stop
    how = "signed" if signed else "hosted"
    run.checks.passed(
        name,
        f"an Open Badges 2.0 {how} Assertion (JSON-LD, bundled context)" + ignored_note(ignored),
    )
    return assertion


async def graph_node(
    run: BadgeRun, value: object, *, context: object, check: str, what: str, kind: str
) -> dict[str, Any]:
    """A BadgeClass or Profile, embedded or at its URL, with its type checked."""
    if isinstance(value, dict):
        # An embedded node speaks in the context of the document around it.
        node: Any = value if "@context" in value else {"@context": context, **value}
        origin = "embedded"
    elif is_http_url(value):
        assert isinstance(value, str)
        fetched = await fetch_checked(
            run,
            run.client,
            value,
            check=check,
            what=f"the {what}",
            accept=ACCEPT_JSON_LD,
            supporting=True,
        )
        node = json_or_none(fetched)
        origin = f"fetched (HTTP {fetched.status_code})"
    else:
        run.checks.failed(
            check, f"the {what} is neither embedded nor linked", verdict=Verdict.INVALID
        )
        raise Stop
    if not isinstance(node, dict):
        run.checks.failed(check, f"the {what} is not JSON", verdict=Verdict.INVALID)
        raise Stop
    try:
        types, ignored = expanded_types(node)
    except jsonld.JsonLdError as error:
        run.checks.failed(
            check,
            f"the {what}'s JSON-LD context is not understood ({context_problem(error)})",
            verdict=Verdict.INVALID,
        )
        raise Stop from None
    wanted = _NODE_TYPES[kind]
    if not types & wanted:
        run.checks.failed(
            check,
            f"the {what} has type {node.get('type')!r}, not an Open Badges {kind}",
            verdict=Verdict.INVALID,
        )
        raise Stop
    in_terms = in_ob2_terms(node)
    name = str(in_terms.get("name", "")).strip()
    run.checks.passed(check, f"{what} {origin}: {name!r}" + ignored_note(ignored))
    return in_terms


def record_facts(
    run: BadgeRun, assertion: dict[str, Any], badge: dict[str, Any], issuer: dict[str, Any]
) -> None:
    skills = [str(tag).strip() for tag in as_list(badge.get("tags")) if str(tag).strip()]
    for alignment in as_list(badge.get("alignment")):
        if isinstance(alignment, dict) and isinstance(alignment.get("targetName"), str):
            skills.append(alignment["targetName"].strip())
    issuer_url = issuer.get("url") if is_http_url(issuer.get("url")) else issuer.get("id")
    issued = parse_datetime(assertion.get("issuedOn"))
    expires = parse_datetime(assertion.get("expires"))
    run.facts = CredentialFacts(
        title=text_of(badge.get("name")),
        issuer=text_of(issuer.get("name")),
        issuer_url=issuer_url if isinstance(issuer_url, str) else None,
        platform=platform_of(str(assertion.get("id", ""))),
        issued_on=issued.date().isoformat() if issued else None,
        expires_on=expires.date().isoformat() if expires else None,
        skills=tuple(dict.fromkeys(skill for skill in skills if skill)),
    )
