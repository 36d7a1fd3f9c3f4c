"""Reading Open Badges 2.0 documents: JSON-LD types with the bundled contexts, OB 2.0 terms,
whether handed-over text is a badge at all, and the small parsers the checks share."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pyld import jsonld

from verifiers.http import Fetched
from verifiers.jsonld import document_loader, is_bundled

ACCEPT_JSON_LD = "application/ld+json, application/json"
OBI = "https://w3id.org/openbadges#"
OB2_CONTEXTS = frozenset(
    {"https://w3id.org/openbadges/v2", "https://openbadgespec.org/v2/context.json"}
)

#: Hosts of badge platforms that publish Open Badges 2.0 hosted assertions.
PLATFORM_HOSTS: Mapping[str, str] = {
    "credly.com": "Credly",
    "youracclaim.com": "Credly",
    "badgr.com": "Badgr",
    "badgr.io": "Badgr",
    "parchment.com": "Parchment",
    "parchment.eu": "Parchment",
    "accredible.com": "Accredible",
    "credential.net": "Accredible",
    "openbadges.me": "Open Badge Factory",
    "openbadgefactory.com": "Open Badge Factory",
}

#: Compact JWS; the signature may be empty so that ``alg: none`` is seen and refused.
COMPACT_JWS = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$")


def is_http_url(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return urlsplit(value.strip()).scheme in {"http", "https"}
    except ValueError:
        return False


def as_list(value: object) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def platform_of(url: str | None) -> str | None:
    host = (urlsplit(url).hostname or "") if url else ""
    for suffix, platform in PLATFORM_HOSTS.items():
        if host == suffix or host.endswith("." + suffix):
            return platform
    return None


def expanded_types(node: Mapping[str, Any]) -> tuple[set[str], tuple[str, ...]]:
    """The node's JSON-LD types as full IRIs, and the extension contexts left out.

    Raises ``jsonld.JsonLdError`` when the node's context is unknown or broken, including the
    bare ``ValueError`` pyld raises on an empty base IRI or a non-JSON number (``Infinity``).
    """
    try:
        return _expanded_types(node)
    except (ValueError, RecursionError) as error:
        raise jsonld.JsonLdError(
            f"the JSON-LD cannot be read: {error}", "jsonld.InvalidInput"
        ) from error


def _expanded_types(node: Mapping[str, Any]) -> tuple[set[str], tuple[str, ...]]:
    """The node's JSON-LD types as full IRIs, and the extension contexts left out.

    Contexts come from the bundle only. An OB 2.0 node may name extension contexts that are
    not bundled: they cannot change what ``type`` means under the OB 2.0 context, so they are
    left out (and reported) rather than failing the badge. Raises ``jsonld.JsonLdError``
    when the node's own context is unknown or broken.
    """
    options = {"documentLoader": document_loader}
    try:
        expanded = jsonld.expand(dict(node), options)
        ignored: tuple[str, ...] = ()
    except jsonld.JsonLdError:
        if not _names_ob2_context(node.get("@context")):
            raise
        unknown: list[str] = []
        expanded = jsonld.expand(_without_unknown_contexts(dict(node), unknown), options)
        ignored = tuple(dict.fromkeys(unknown))
    types = expanded[0].get("@type", []) if expanded else []
    return {str(kind) for kind in types}, ignored


def in_ob2_terms(node: dict[str, Any]) -> dict[str, Any]:
    """The node with Open Badges 2.0's own property names.

    Nodes under the OB 2.0 context (nearly all) are returned as they are; a node written
    against another context (an inline one, OB 1.1's) is compacted into OB 2.0 terms, so
    ``verify`` reads as ``verification`` and ``obi:badge`` as ``badge``. A node that cannot be
    compacted is returned unchanged, for the type checks to judge.
    """
    if _names_ob2_context(node.get("@context")):
        return node
    try:
        compacted = jsonld.compact(
            node, "https://w3id.org/openbadges/v2", {"documentLoader": document_loader}
        )
    except (jsonld.JsonLdError, ValueError, RecursionError):
        return node
    return compacted if isinstance(compacted, dict) else node


def _names_ob2_context(context: object) -> bool:
    return any(
        isinstance(entry, str) and entry.rstrip("/") in OB2_CONTEXTS for entry in as_list(context)
    )


def _without_unknown_contexts(value: Any, unknown: list[str]) -> Any:
    if isinstance(value, list):
        return [_without_unknown_contexts(item, unknown) for item in value]
    if not isinstance(value, dict):
        return value
    cleaned: dict[str, Any] = {}
    for key, item in value.items():
        if key == "@context":
            kept = []
            for entry in as_list(item):
                if isinstance(entry, str) and not is_bundled(entry):
                    unknown.append(entry)
                else:
                    kept.append(entry)
            if kept:
                cleaned[key] = kept
        else:
            cleaned[key] = _without_unknown_contexts(item, unknown)
    return cleaned


def looks_like_open_badge(document: Mapping[str, Any]) -> bool:
    """Whether a JSON document claims to be an Open Badge at all (so errors are forgery)."""
    context = json.dumps(document.get("@context", ""))
    if "openbadges" in context or "openbadgespec" in context:
        return True
    return "recipient" in document and "badge" in document


def is_open_badge_2_payload(text: str) -> bool:
    """Whether handed-over text is an OB 2.0 assertion: JSON, a JWS of one, or its URL."""
    text = text.strip()
    if is_http_url(text) and " " not in text:
        return True
    if COMPACT_JWS.match(text):
        try:
            text = _b64url(text.split(".")[1]).decode("utf-8")
        except ValueError:
            return False
    try:
        document = json.loads(text)
    except ValueError:
        return False
    return (
        isinstance(document, dict)
        and looks_like_open_badge(document)
        and "credentialSubject" not in document
    )


def _b64url(segment: str) -> bytes:
    """A base64url JWS segment without padding; ``ValueError`` when it is not one."""
    try:
        return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
    except (binascii.Error, ValueError) as error:
        raise ValueError("not base64url") from error


def rsa_public_key(pem: object) -> rsa.RSAPublicKey | None:
    if not isinstance(pem, str):
        return None
    try:
        key = serialization.load_pem_public_key(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError, UnsupportedAlgorithm):
        return None
    return key if isinstance(key, rsa.RSAPublicKey) else None


def documents_named(fetched: Fetched) -> tuple[str, ...]:
    """What the check of this answer fetches next (with ``ACCEPT_JSON_LD``), when the answer
    alone tells it: a hosted assertion's badge class, a badge class's issuer profile, each
    named by its URL in a document under the Open Badges 2.0 context. Nothing is judged here:
    a document this does not read plainly names nothing (the check asks what it needs)."""
    if not 200 <= fetched.status_code < 300:
        return ()
    document = json_or_none(fetched)
    if not isinstance(document, dict) or not _names_ob2_context(document.get("@context")):
        return ()
    kinds = {kind for kind in as_list(document.get("type")) if isinstance(kind, str)}
    if "Assertion" in kinds:
        verification = document.get("verification")
        if isinstance(verification, dict) and verification.get("type") in {"signed", "SignedBadge"}:
            return ()  # a signed badge shown without its signature: the check stops there
        named = document.get("badge")
    elif "BadgeClass" in kinds:
        named = document.get("issuer")
    else:
        return ()
    return (named,) if isinstance(named, str) and is_http_url(named) else ()


def json_or_none(fetched: Fetched) -> Any:
    try:
        return fetched.json()
    except ValueError:
        return None


def text_of(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def revocation_reason(document: object) -> str:
    if isinstance(document, dict):
        reason = document.get("revocationReason")
        if isinstance(reason, str) and reason.strip():
            return f" (reason: {reason.strip()})"
    return ""


def ignored_note(contexts: tuple[str, ...]) -> str:
    return f"; extension contexts not bundled, left out: {', '.join(contexts)}" if contexts else ""


def context_problem(error: Exception) -> str:
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, LookupError):
            return str(cause)
        cause = cause.__cause__ or cause.__context__
    return "JSON-LD expansion failed"
