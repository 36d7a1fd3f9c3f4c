"""From a verification method id to the issuer's public key, and who controls it.

Accepted forms, as in 1EdTech's OB 3.0 inspector and DCC's verifier-core:

- ``did:key:z6Mk…`` (the key is the identifier, nothing fetched);
- ``did:jwk:<base64url JWK>``;
- ``did:web:host[:path]`` (``https://host/path/did.json`` or ``/.well-known/did.json``);
- an HTTPS URL of a key document, a controller document with ``verificationMethod``, an
  issuer profile, or a JWKS (``{"keys": [...]}`` matched by ``kid``);
- ``<controller>#<publicKeyMultibase>``, 1EdTech's shorthand: the key is read from the
  fragment, and the controller's document is asked to confirm it. 1EdTech's inspector takes
  the shorthand on its word; credlens does not, since anyone can write any issuer's URL in
  front of their own key: an unconfirmed key is returned with ``confirmed=False``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from verifiers.keys import (
    KeyFormatError,
    PublicKey,
    base64url_decode,
    jwk_public_key,
    multikey_public_key,
    verification_method_key,
)
from verifiers.models import Evidence, Verdict
from verifiers.vc.documents import DocumentFetcher, LookupFailed

#: Where a DID document or controller document lists keys for signing credentials.
_KEY_LISTS = ("verificationMethod", "assertionMethod", "publicKey")


@dataclass(frozen=True)
class ResolvedKey:
    """A public key, the verification method it came from, and its controller."""

    key: PublicKey
    method_id: str
    controller: str
    how: str
    evidence: tuple[Evidence, ...] = ()
    #: False when only the credential itself names the key (1EdTech's shorthand, an embedded
    #: JWK): the signature can still be checked, but nothing ties the key to the issuer.
    confirmed: bool = True


def without_fragment(url: str) -> str:
    return url.split("#", 1)[0]


def did_web_url(did: str) -> str:
    """The HTTPS address of a did:web DID document (W3C did:web method, §3.2)."""
    parts = did.removeprefix("did:web:").split(":")
    host = unquote(parts[0])
    if not host or "/" in host:
        raise LookupFailed(f"{did} is not a valid did:web identifier", Verdict.INVALID)
    path = "/".join(unquote(part) for part in parts[1:])
    return f"https://{host}/{path}/did.json" if path else f"https://{host}/.well-known/did.json"


async def resolve_key(method_id: str, fetcher: DocumentFetcher) -> ResolvedKey:
    """Resolve ``method_id``; raises ``LookupFailed`` with the verdict a failure means."""
    method_id = method_id.strip()
    if method_id.startswith("did:key:"):
        return _did_key(method_id)
    if method_id.startswith("did:jwk:"):
        return _did_jwk(method_id)
    if method_id.startswith("did:web:"):
        return await _did_web(method_id, fetcher)
    if method_id.startswith("did:"):
        method = method_id.split(":", 2)[1]
        raise LookupFailed(
            f"the DID method did:{method} is not supported (did:key, did:jwk, did:web are)",
            Verdict.INVALID,
        )
    if urlsplit(method_id).scheme in ("http", "https"):
        return await _http_method(method_id, fetcher)
    controller, _, fragment = method_id.partition("#")
    shorthand = _fragment_key(fragment)
    if shorthand is not None:
        return ResolvedKey(
            shorthand,
            method_id,
            controller,
            f"the key is named only in the credential, under {controller[:60]}, which "
            "publishes nothing",
            confirmed=False,
        )
    raise LookupFailed(
        f"the verification method {method_id[:80]!r} is not a DID or an HTTPS URL",
        Verdict.INVALID,
    )


def _did_key(method_id: str) -> ResolvedKey:
    did, _, fragment = method_id.partition("#")
    identifier = did.removeprefix("did:key:")
    if fragment and fragment != identifier:
        raise LookupFailed("the did:key fragment names another key", Verdict.INVALID)
    try:
        key = multikey_public_key(identifier)
    except KeyFormatError as error:
        raise LookupFailed(f"unreadable did:key: {error}", Verdict.INVALID) from None
    return ResolvedKey(key, method_id, did, "the key is the issuer's did:key identifier")


def _did_jwk(method_id: str) -> ResolvedKey:
    did = without_fragment(method_id)
    try:
        jwk = json.loads(base64url_decode(did.removeprefix("did:jwk:")))
        if not isinstance(jwk, dict):
            raise KeyFormatError("the did:jwk value is not a JSON object")
        key = jwk_public_key(jwk)
    except (KeyFormatError, ValueError) as error:
        raise LookupFailed(f"unreadable did:jwk: {error}", Verdict.INVALID) from None
    return ResolvedKey(key, method_id, did, "the key is the issuer's did:jwk identifier")


async def _did_web(method_id: str, fetcher: DocumentFetcher) -> ResolvedKey:
    did = without_fragment(method_id)
    url = did_web_url(did)
    document, evidence = await fetcher.get_json(url, what="the issuer's DID document")
    if not isinstance(document, dict) or document.get("id") != did:
        raise LookupFailed(
            f"the DID document at {url} is not the document of {did}", Verdict.INVALID, evidence
        )
    method = _find_method(document, method_id, did)
    if method is None:
        raise LookupFailed(
            f"{did}'s DID document does not list the key {method_id}", Verdict.INVALID, evidence
        )
    if not _is_assertion_method(document, method_id, did):
        raise LookupFailed(
            f"{did}'s DID document does not allow {method_id} to sign credentials "
            "(not in assertionMethod)",
            Verdict.INVALID,
            evidence,
        )
    key = _method_key(method, evidence)
    controller = str(method.get("controller") or did)
    return ResolvedKey(key, method_id, controller, f"listed in {did}'s DID document", (evidence,))


async def _http_method(method_id: str, fetcher: DocumentFetcher) -> ResolvedKey:
    controller_url, _, fragment = method_id.partition("#")
    shorthand = _fragment_key(fragment)
    try:
        document, evidence = await fetcher.get_json(controller_url, what="the key's document")
    except LookupFailed as failure:
        if shorthand is None:
            raise
        return ResolvedKey(
            shorthand,
            method_id,
            controller_url,
            f"the key is named only in the credential; its controller's document could not "
            f"confirm it ({failure.reason})",
            confirmed=False,
        )
    if not isinstance(document, dict):
        raise LookupFailed(
            f"the document at {controller_url} is not a JSON object", Verdict.INVALID
        )
    jwk = _jwks_match(document, fragment)
    if jwk is not None:
        return ResolvedKey(
            _jwk_key(jwk, evidence),
            method_id,
            controller_url,
            f"published in the JWKS at {controller_url}",
            (evidence,),
        )
    own_id = str(document.get("id") or controller_url)
    if own_id == method_id and ("publicKeyMultibase" in document or "publicKeyJwk" in document):
        controller = str(document.get("controller") or "")
        return ResolvedKey(
            _method_key(document, evidence),
            method_id,
            controller,
            f"key document at {controller_url}",
            (evidence,),
        )
    method = _find_method(document, method_id, own_id)
    if method is not None:
        return ResolvedKey(
            _method_key(method, evidence),
            method_id,
            str(method.get("controller") or own_id),
            f"listed in the controller document at {controller_url}",
            (evidence,),
        )
    if shorthand is not None:
        return ResolvedKey(
            shorthand,
            method_id,
            controller_url,
            f"the key is named only in the credential; the document at {controller_url} "
            "does not list it",
            (evidence,),
            confirmed=False,
        )
    raise LookupFailed(
        f"the document at {controller_url} does not list the key {method_id}",
        Verdict.INVALID,
        evidence,
    )


def _fragment_key(fragment: str) -> PublicKey | None:
    if not fragment.startswith("z"):
        return None
    try:
        return multikey_public_key(fragment)
    except KeyFormatError:
        return None


def _methods(document: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    for name in _KEY_LISTS:
        entries = document.get(name)
        for entry in entries if isinstance(entries, list) else [entries]:
            if isinstance(entry, Mapping):
                yield entry


def _absolute(identifier: object, base: str) -> str:
    text = str(identifier or "")
    return base + text if text.startswith("#") else text


def _find_method(
    document: Mapping[str, Any], method_id: str, base: str
) -> Mapping[str, Any] | None:
    for method in _methods(document):
        if _absolute(method.get("id"), base) == method_id:
            return method
    return None


def _is_assertion_method(document: Mapping[str, Any], method_id: str, base: str) -> bool:
    listed = document.get("assertionMethod")
    if listed is None:
        return False
    for entry in listed if isinstance(listed, list) else [listed]:
        identifier = entry.get("id") if isinstance(entry, Mapping) else entry
        if _absolute(identifier, base) == method_id:
            return True
    return False


def _jwks_match(document: Mapping[str, Any], kid: str) -> Mapping[str, Any] | None:
    keys = document.get("keys")
    if not isinstance(keys, list):
        return None
    for jwk in keys:
        if isinstance(jwk, Mapping) and (jwk.get("kid") == kid or (not kid and len(keys) == 1)):
            return jwk
    return None


def _method_key(method: Mapping[str, Any], evidence: Evidence) -> PublicKey:
    try:
        return verification_method_key(method)
    except KeyFormatError as error:
        raise LookupFailed(f"unreadable issuer key: {error}", Verdict.INVALID, evidence) from None


def _jwk_key(jwk: Mapping[str, Any], evidence: Evidence) -> PublicKey:
    try:
        return jwk_public_key(jwk)
    except KeyFormatError as error:
        raise LookupFailed(f"unreadable issuer key: {error}", Verdict.INVALID, evidence) from None


async def issuer_keys(issuer_id: str, fetcher: DocumentFetcher) -> list[ResolvedKey]:
    """Every signing key the issuer publishes: its DID, DID document, profile or JWKS."""
    issuer_id = without_fragment(issuer_id.strip())
    if issuer_id.startswith(("did:key:", "did:jwk:")):
        return [await resolve_key(issuer_id, fetcher)]
    if issuer_id.startswith("did:web:"):
        url = did_web_url(issuer_id)
        what = "the issuer's DID document"
    elif urlsplit(issuer_id).scheme in ("http", "https"):
        url = issuer_id
        what = "the issuer's profile"
    else:
        raise LookupFailed(f"the issuer {issuer_id[:80]!r} publishes no keys", Verdict.UNVERIFIED)
    document, evidence = await fetcher.get_json(url, what=what)
    if not isinstance(document, dict):
        raise LookupFailed(f"{what} at {url} is not a JSON object", Verdict.INVALID, evidence)
    keys: list[ResolvedKey] = []
    entries = [*_methods(document), *(k for k in document.get("keys") or [] if isinstance(k, dict))]
    for entry in entries:
        try:
            key = jwk_public_key(entry) if "kty" in entry else verification_method_key(entry)
        except KeyFormatError:
            continue
        method_id = _absolute(entry.get("id") or entry.get("kid"), issuer_id) or issuer_id
        controller = str(entry.get("controller") or issuer_id)
        keys.append(ResolvedKey(key, method_id, controller, f"published at {url}", (evidence,)))
    return keys


async def confirm_key(issuer_id: str, key: PublicKey, fetcher: DocumentFetcher) -> ResolvedKey:
    """The issuer's published key equal to ``key`` (an embedded JWK), or an unconfirmed one."""
    try:
        published = await issuer_keys(issuer_id, fetcher)
    except LookupFailed as failure:
        return ResolvedKey(
            key,
            "embedded JWK",
            issuer_id,
            f"the key is embedded in the token; the issuer's keys could not be read "
            f"({failure.reason})",
            confirmed=False,
        )
    wanted = _spki(key)
    for candidate in published:
        if _spki(candidate.key) == wanted:
            return candidate
    return ResolvedKey(
        key,
        "embedded JWK",
        issuer_id,
        "the key is embedded in the token and is not among the issuer's published keys",
        tuple(evidence for candidate in published for evidence in candidate.evidence)[:1],
        confirmed=False,
    )


def _spki(key: PublicKey) -> bytes:
    return key.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
