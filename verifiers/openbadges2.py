"""Open Badges 2.0: hosted assertions checked at their issuer, signed ones by their signature.

Input is a link (to a hosted assertion, a signed JWS or a baked PNG/SVG badge) or a credential
handed over as ``Claim.payload`` (assertion JSON, compact JWS, or what ``verifiers.baked``
took out of an image). The verifier walks the assertion → BadgeClass → Issuer graph the way
1EdTech's reference validator does (openbadges-validator-core): JSON-LD types expanded with
the bundled contexts only; the hosted rule (the assertion lives at its ``id``, on an origin
its issuer allows); for signed badges the RS256 signature, with the key from
``verification.creator`` that the issuer must own and list. It adds what the reference
misses: hosted revocation (HTTP 410, ``revoked: true``), the issuer's revocation list for
hosted badges too, and the recipient bound to the candidate rather than left optional.

Verdict decisions a recruiter can rely on:

- an assertion URL answering 404 or another 4xx is ``unverified``: nothing proves the badge
  exists, but a dead link is not proof of forgery either;
- a link the network guard refuses (a private address, another scheme, an oversized body) is
  ``unsupported``: credlens will not fetch it, so it cannot say anything about it;
- a recipient that cannot be compared (the résumé gives no email) is ``unverified``: the badge
  is real but nothing ties it to this candidate; another recipient is ``mismatch``;
- a hashed email match is "consistent with" the candidate, since hashed emails can be guessed;
- a link to a BadgeClass or issuer profile is ``unsupported``: it describes a badge, it does
  not award it to anyone; Open Badges 0.5/1.0 are ``unsupported`` too (not upgraded);
- assurance is ``signed`` for a valid signature by the issuer's key, ``issuer`` for a hosted
  assertion where its issuer allows, ``link`` otherwise; either needs the recipient bound.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, ClassVar
from urllib.parse import urlsplit

import httpx
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pyld import jsonld

from extractors.models import Candidate, Claim
from verifiers.baked import BakedStandard, NotBakedError, is_baked_image, unbake
from verifiers.http import Fetched
from verifiers.jose import JoseError, parse_jws, verify_jws
from verifiers.jsonld import document_loader, is_bundled
from verifiers.models import (
    CredentialFacts,
    Verdict,
    Verification,
)
from verifiers.run import Run, Stop, check_validity, fetch_checked

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

_HASHED_IDENTITY = re.compile(r"^(sha256|md5)\$([0-9a-fA-F]+)$")
_CANDIDATE_VALUES: Mapping[str, str] = {
    "email": "email",
    "telephone": "telephone number",
    "url": "profile URL",
    "id": "profile URL",
}


_SIGNED = frozenset({"signed", "SignedBadge"})
#: Compact JWS; the signature may be empty so that ``alg: none`` is seen and refused.
_COMPACT_JWS = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$")
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
class _Run(Run):
    """The shared run, with the client the assertion graph is walked through."""

    client: httpx.AsyncClient = field(kw_only=True)


def is_http_url(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return urlsplit(value.strip()).scheme in {"http", "https"}
    except ValueError:
        return False


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _parse_datetime(value: object) -> datetime | None:
    """An OB 2.0 ISO 8601 datetime (or bare date) as an aware UTC datetime."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _platform(url: str | None) -> str | None:
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
        isinstance(entry, str) and entry.rstrip("/") in OB2_CONTEXTS for entry in _as_list(context)
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
            for entry in _as_list(item):
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


class OpenBadges2Verifier:
    """Open Badges 2.0 assertions, hosted at a URL; the fallback for any web link."""

    name: ClassVar[str] = "openbadges2"

    def __init__(self, *, now: Callable[[], datetime] | None = None) -> None:
        self._now = now or (lambda: datetime.now(UTC))

    def recognises(self, claim: Claim) -> bool:
        if claim.payload and is_open_badge_2_payload(claim.payload):
            return True
        return bool(claim.url) and is_http_url(claim.url)

    async def verify(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
    ) -> Verification:
        run = _Run(claim=claim, method=self.name, now=self._now(), client=client)
        with contextlib.suppress(Stop):
            # The credential itself, when handed over, outranks a link to where it came from.
            if claim.payload and (is_open_badge_2_payload(claim.payload) or not claim.url):
                await self._verify_payload(run, claim.payload, candidate)
            else:
                await self._verify_link(run, (claim.url or "").strip(), candidate)
        return run.result()

    async def verify_fetched(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient, fetched: Fetched
    ) -> Verification:
        """The same check on an answer already fetched at ``claim.url`` (not asked again)."""
        run = _Run(claim=claim, method=self.name, now=self._now(), client=client)
        run.add_evidence(fetched.evidence)
        with contextlib.suppress(Stop):
            await self._verify_link(run, (claim.url or "").strip(), candidate, fetched=fetched)
        return run.result()

    # -- the hosted path ---------------------------------------------------------------

    async def _verify_link(
        self, run: _Run, url: str, candidate: Candidate, *, fetched: Fetched | None = None
    ) -> None:
        fetched = fetched or await fetch_checked(
            run,
            run.client,
            url,
            check="fetch_assertion",
            what="the assertion",
            accept=ACCEPT_JSON_LD,
        )
        if is_baked_image(fetched.body):
            run.checks.passed(
                "fetch_assertion", f"fetched a badge image (HTTP {fetched.status_code})"
            )
            await self._verify_payload(run, self._unbake(run, fetched.body), candidate)
            return
        text = fetched.body.decode("utf-8", errors="replace").strip()
        if _COMPACT_JWS.match(text):
            run.checks.passed(
                "fetch_assertion", f"fetched a signed assertion (HTTP {fetched.status_code})"
            )
            await self._verify_signed(run, text, candidate)
            return
        assertion = _json_or_none(fetched)
        if not isinstance(assertion, dict):
            run.checks.failed(
                "fetch_assertion",
                "not a machine-readable credential: the link returns "
                f"{fetched.content_type or 'an unknown type'}, not an Open Badges assertion",
                verdict=Verdict.UNSUPPORTED,
            )
            raise Stop
        run.checks.passed("fetch_assertion", f"fetched the assertion (HTTP {fetched.status_code})")
        assertion = await self._assertion_at_its_id(run, assertion, fetched, requested=url)
        await self._check_graph(run, assertion, candidate)

    async def _verify_payload(self, run: _Run, payload: str, candidate: Candidate) -> None:
        """A credential handed over rather than linked: JSON, a JWS, or an unbaked image's."""
        text = payload.strip()
        if is_http_url(text):
            await self._verify_link(run, text, candidate)
            return
        if _COMPACT_JWS.match(text):
            await self._verify_signed(run, text, candidate)
            return
        try:
            assertion = json.loads(text)
        except ValueError:
            assertion = None
        if not isinstance(assertion, dict):
            run.checks.failed(
                "assertion_type",
                "not a machine-readable credential: neither JSON nor a signed (JWS) assertion",
                verdict=Verdict.UNSUPPORTED,
            )
            raise Stop
        assertion = self._check_assertion_type(run, assertion)
        assertion_id = assertion.get("id")
        if not is_http_url(assertion_id):
            run.checks.failed(
                "assertion_id",
                "a hosted assertion must have an HTTP(S) id to be checked at its issuer",
                verdict=Verdict.INVALID,
            )
            raise Stop
        # A hosted badge proves nothing by itself: only the copy its issuer serves counts.
        await self._verify_link(run, str(assertion_id).strip(), candidate)

    def _unbake(self, run: _Run, image: bytes) -> str:
        try:
            baked = unbake(image)
        except NotBakedError as error:
            run.checks.failed(
                "baked_image",
                f"not a machine-readable credential: {error}",
                verdict=Verdict.UNSUPPORTED,
            )
            raise Stop from None
        if baked.standard is not BakedStandard.OPEN_BADGES_2:
            run.checks.failed(
                "baked_image",
                "the image carries an Open Badges 3.0 credential; upload it as a credential",
                verdict=Verdict.UNSUPPORTED,
            )
            raise Stop
        run.checks.passed(
            "baked_image", f"an Open Badges 2.0 assertion baked into a {baked.container.upper()}"
        )
        return baked.payload

    # -- the signed path -----------------------------------------------------------------

    async def _verify_signed(self, run: _Run, token: str, candidate: Candidate) -> None:
        """OB 2.0 signed verification: RS256 JWS, key from ``verification.creator``."""
        try:
            jws = parse_jws(token)
        except JoseError as error:
            raise run.stop("signature", error.reason, Verdict.INVALID) from None
        if jws.algorithm != "RS256":
            raise run.stop(
                "signature",
                f"signature algorithm {jws.algorithm!r} refused: Open Badges 2.0 signs with RS256",
                Verdict.INVALID,
            )
        assertion = jws.payload
        assertion = self._check_assertion_type(run, assertion, signed=True)
        verification = assertion.get("verification")
        creator = verification.get("creator") if isinstance(verification, dict) else None
        if not is_http_url(creator):
            run.checks.failed(
                "signing_key",
                "the signed assertion names no signing key (verification.creator)",
                verdict=Verdict.INVALID,
            )
            raise Stop
        assert isinstance(creator, str)
        key = await self._node(
            run,
            creator,
            context=assertion.get("@context"),
            check="signing_key",
            what="signing key",
            kind="CryptographicKey",
        )
        public_key = _rsa_public_key(key.get("publicKeyPem"))
        if public_key is None:
            run.checks.failed(
                "signature",
                "the signing key is not an RSA public key in PEM",
                verdict=Verdict.INVALID,
            )
            raise Stop
        try:
            verify_jws(jws, public_key)
        except JoseError as error:
            raise run.stop(
                "signature",
                f"{error.reason}: the assertion was altered, or signed with another or a weak key",
                Verdict.INVALID,
            ) from None
        run.signed = True
        run.checks.passed("signature", f"RS256 signature verifies with {creator}")
        await self._check_graph(run, assertion, candidate, signing_key=(creator, key))

    async def _assertion_at_its_id(
        self, run: _Run, assertion: dict[str, Any], fetched: Fetched, *, requested: str
    ) -> dict[str, Any]:
        """The authoritative copy of a hosted assertion is the one served at its own ``id``."""
        assertion = self._check_assertion_type(run, assertion)
        assertion_id = assertion.get("id")
        if not is_http_url(assertion_id):
            run.checks.failed(
                "assertion_id",
                f"a hosted assertion must have an HTTP(S) id, found {assertion_id!r}"
                if assertion_id
                else "the assertion has no id",
                verdict=Verdict.INVALID,
            )
            raise Stop
        assert isinstance(assertion_id, str)
        if assertion_id in {requested, fetched.url}:
            run.checks.passed("assertion_id", "the assertion id is the URL it was fetched from")
            return assertion
        at_id = await fetch_checked(
            run,
            run.client,
            assertion_id,
            check="assertion_id",
            what="the assertion at its id",
            accept=ACCEPT_JSON_LD,
        )
        canonical = _json_or_none(at_id)
        if not isinstance(canonical, dict) or canonical.get("id") != assertion_id:
            run.checks.failed(
                "assertion_id",
                "the assertion's id does not serve the same assertion",
                verdict=Verdict.INVALID,
            )
            raise Stop
        run.checks.passed(
            "assertion_id", "the link shows a copy; checked the assertion served at its id"
        )
        return self._check_assertion_type(run, canonical, name="assertion_type_at_id")

    def _check_assertion_type(
        self,
        run: _Run,
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
                "the assertion's JSON-LD context is not Open Badges 2.0 "
                f"({_context_problem(error)})",
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
            f"an Open Badges 2.0 {how} Assertion (JSON-LD, bundled context)" + _ignored(ignored),
        )
        return assertion

    async def _check_graph(
        self,
        run: _Run,
        assertion: dict[str, Any],
        candidate: Candidate,
        *,
        signing_key: tuple[str, dict[str, Any]] | None = None,
    ) -> None:
        assertion_id = str(assertion["id"])
        badge = await self._node(
            run,
            assertion.get("badge"),
            context=assertion.get("@context"),
            check="badge_class",
            what="BadgeClass",
            kind="BadgeClass",
        )
        issuer = await self._node(
            run,
            badge.get("issuer"),
            context=badge.get("@context"),
            check="issuer_profile",
            what="issuer",
            kind="Profile",
        )
        self._record_facts(run, assertion, badge, issuer)
        if signing_key is None:
            self._check_hosted_origin(run, assertion_id, issuer)
        else:
            self._check_key_owner(run, *signing_key, issuer)
        self._check_recipient(run, assertion.get("recipient"), candidate)
        await self._check_revocation(run, assertion, issuer)
        self._check_dates(run, assertion)

    # -- graph nodes ---------------------------------------------------------------------

    async def _node(
        self, run: _Run, value: object, *, context: object, check: str, what: str, kind: str
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
            node = _json_or_none(fetched)
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
                f"the {what}'s JSON-LD context is not understood ({_context_problem(error)})",
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
        run.checks.passed(check, f"{what} {origin}: {name!r}" + _ignored(ignored))
        return in_terms

    def _record_facts(
        self, run: _Run, assertion: dict[str, Any], badge: dict[str, Any], issuer: dict[str, Any]
    ) -> None:
        skills = [str(tag).strip() for tag in _as_list(badge.get("tags")) if str(tag).strip()]
        for alignment in _as_list(badge.get("alignment")):
            if isinstance(alignment, dict) and isinstance(alignment.get("targetName"), str):
                skills.append(alignment["targetName"].strip())
        issuer_url = issuer.get("url") if is_http_url(issuer.get("url")) else issuer.get("id")
        issued = _parse_datetime(assertion.get("issuedOn"))
        expires = _parse_datetime(assertion.get("expires"))
        run.facts = CredentialFacts(
            title=_text(badge.get("name")),
            issuer=_text(issuer.get("name")),
            issuer_url=issuer_url if isinstance(issuer_url, str) else None,
            platform=_platform(str(assertion.get("id", ""))),
            issued_on=issued.date().isoformat() if issued else None,
            expires_on=expires.date().isoformat() if expires else None,
            skills=tuple(dict.fromkeys(skill for skill in skills if skill)),
        )

    # -- the rules -----------------------------------------------------------------------

    def _check_hosted_origin(self, run: _Run, assertion_id: str, issuer: dict[str, Any]) -> None:
        """OB 2.0 hosted verification: the assertion lives where its issuer allows."""
        issuer_id = issuer.get("id")
        policy = issuer.get("verification")
        policy = policy if isinstance(policy, dict) else {}
        starts_with = [str(prefix) for prefix in _as_list(policy.get("startsWith"))]
        allowed = [str(origin) for origin in _as_list(policy.get("allowedOrigins"))]
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

    def _check_key_owner(
        self, run: _Run, key_id: str, key: dict[str, Any], issuer: dict[str, Any]
    ) -> None:
        """The signing key must be the issuer's: it names the issuer, the issuer lists it."""
        issuer_id = issuer.get("id")
        declared = {
            entry.get("id") if isinstance(entry, dict) else entry
            for entry in _as_list(issuer.get("publicKey"))
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
            run.checks.passed(
                "key_owner", "the signing key is the issuer's, and the issuer lists it"
            )

    def _check_recipient(self, run: _Run, recipient: object, candidate: Candidate) -> None:
        if not isinstance(recipient, dict) or not isinstance(recipient.get("identity"), str):
            run.checks.failed(
                "recipient", "the assertion names no recipient", verdict=Verdict.INVALID
            )
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

    async def _check_revocation(
        self, run: _Run, assertion: dict[str, Any], issuer: dict[str, Any]
    ) -> None:
        if assertion.get("revoked") is True:
            run.checks.failed(
                "revocation",
                "the issuer marks the assertion revoked" + _revocation_reason(assertion),
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
            revocations = await self._revocation_list(run, listed)
        except Stop:
            return
        assertion_id = assertion.get("id")
        for entry in _as_list(revocations.get("revokedAssertions")):
            entry_id = entry.get("id") if isinstance(entry, dict) else entry
            if entry_id is not None and entry_id in {assertion_id, assertion.get("uid")}:
                run.checks.failed(
                    "revocation",
                    "listed in the issuer's revocation list"
                    + (_revocation_reason(entry) if isinstance(entry, dict) else ""),
                    verdict=Verdict.REVOKED,
                )
                return
        run.checks.passed("revocation", "not in the issuer's revocation list")

    async def _revocation_list(self, run: _Run, listed: object) -> dict[str, Any]:
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
        document = _json_or_none(fetched)
        if not isinstance(document, dict):
            run.checks.failed(
                "revocation", "the issuer's revocation list is not JSON", verdict=Verdict.INVALID
            )
            raise Stop
        return document

    def _check_dates(self, run: _Run, assertion: dict[str, Any]) -> None:
        if _parse_datetime(assertion.get("issuedOn")) is None:
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


def is_open_badge_2_payload(text: str) -> bool:
    """Whether handed-over text is an OB 2.0 assertion: JSON, a JWS of one, or its URL."""
    text = text.strip()
    if is_http_url(text) and " " not in text:
        return True
    if _COMPACT_JWS.match(text):
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


def _rsa_public_key(pem: object) -> rsa.RSAPublicKey | None:
    if not isinstance(pem, str):
        return None
    try:
        key = serialization.load_pem_public_key(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError, UnsupportedAlgorithm):
        return None
    return key if isinstance(key, rsa.RSAPublicKey) else None


def _json_or_none(fetched: Fetched) -> Any:
    try:
        return fetched.json()
    except ValueError:
        return None


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _revocation_reason(document: object) -> str:
    if isinstance(document, dict):
        reason = document.get("revocationReason")
        if isinstance(reason, str) and reason.strip():
            return f" (reason: {reason.strip()})"
    return ""


def _ignored(contexts: tuple[str, ...]) -> str:
    return f"; extension contexts not bundled, left out: {', '.join(contexts)}" if contexts else ""


def _context_problem(error: Exception) -> str:
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, LookupError):
            return str(cause)
        cause = cause.__cause__ or cause.__context__
    return "JSON-LD expansion failed"
