"""``credentialStatus``: Bitstring / StatusList2021 lists and 1EdTech revocation lists.

A status list is itself a credential: its type, its validity window and its proof are checked
before a bit of it is believed (a tampered or lapsed list says nothing). A list whose answer
cannot be had leaves the status ``unverified`` (or ``unreachable`` for a transient failure),
never ``revoked``.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from verifiers.keys import KeyFormatError, base64url_decode
from verifiers.models import Evidence, Verdict
from verifiers.vc.documents import DocumentFetcher, LookupFailed

BITSTRING_TYPES = frozenset({"BitstringStatusListEntry", "StatusList2021Entry"})
LIST_CREDENTIAL_TYPES = frozenset({"BitstringStatusListCredential", "StatusList2021Credential"})
REVOCATION_LIST_TYPE = "1EdTechRevocationList"

#: A decoded list larger than this is refused (a gzip bomb, not a status list): 16 Mbit.
MAX_LIST_BYTES = 2 * 1024 * 1024

#: Reads a status list credential in whatever way it is secured (plain JSON, an embedded
#: proof, a VC-JWT) and checks its own proof: ``(the list credential, how it was judged)``;
#: raises ``StatusListError`` saying why a list cannot be believed.
ListReader = Callable[[str, str], Awaitable[tuple[Mapping[str, Any], str]]]
#: How a status list is asked for: every securing format.
ACCEPT_STATUS_LIST = (
    "application/vc+ld+json, application/vc+jwt, application/vc+ld+json+jwt, "
    "application/ld+json;q=0.9, application/json;q=0.9, application/jwt;q=0.8"
)


@dataclass(frozen=True)
class StatusResult:
    """One status entry's answer: ``failure`` is None when the credential is in good standing."""

    detail: str
    failure: Verdict | None = None
    evidence: tuple[Evidence, ...] = ()
    checked: bool = True


@dataclass(frozen=True)
class StatusList:
    """A status list whose credential has been checked, ready to be read bit by bit."""

    bits: bytes
    purpose: str | None
    evidence: Evidence
    proof_detail: str
    #: Who issued the list, as the list says; None when it does not say.
    issuer: str | None = None

    def is_set(self, index: int) -> bool:
        return bool(self.bits[index // 8] & (0x80 >> (index % 8)))

    @property
    def size(self) -> int:
        return len(self.bits) * 8


class StatusListError(Exception):
    def __init__(self, reason: str, verdict: Verdict = Verdict.UNVERIFIED) -> None:
        super().__init__(reason)
        self.reason = reason
        self.verdict = verdict


def decode_bitstring(encoded: str) -> bytes:
    """A gzip-compressed base64url bitstring (multibase ``u`` prefix or, for 2021, none)."""
    text = encoded.strip()
    if text.startswith("uH4sI"):  # multibase "u" + the base64 of gzip's magic bytes
        text = text[1:]
    try:
        compressed = base64url_decode(text)
    except KeyFormatError as error:
        raise StatusListError(f"the encoded list is not base64url: {error}") from None
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        bits = inflater.decompress(compressed, MAX_LIST_BYTES)
    except zlib.error as error:
        raise StatusListError(f"the encoded list is not gzip: {error}") from None
    if inflater.unconsumed_tail:
        raise StatusListError(f"the status list inflates past {MAX_LIST_BYTES} bytes")
    return bits


def parse_datetime(value: object) -> datetime | None:
    """An RFC 3339 / ISO 8601 date-time as aware UTC; None when absent or unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _types(node: Mapping[str, Any]) -> set[str]:
    kinds = node.get("type")
    return {str(kind) for kind in (kinds if isinstance(kinds, list) else [kinds]) if kind}


class StatusChecker:
    """Reads a credential's status entries (the client's response cache keeps a list that
    many credentials share from being asked again)."""

    async def check(
        self,
        credential: Mapping[str, Any],
        fetcher: DocumentFetcher,
        read_list: ListReader,
        now: datetime,
    ) -> list[StatusResult]:
        entries = credential.get("credentialStatus")
        if entries is None:
            return [StatusResult("the credential declares no status list", checked=False)]
        results = []
        for entry in entries if isinstance(entries, list) else [entries]:
            if not isinstance(entry, Mapping):
                results.append(
                    StatusResult("a credentialStatus entry is not an object", Verdict.INVALID)
                )
                continue
            results.append(await self._check_entry(credential, entry, fetcher, read_list, now))
        return results

    async def _check_entry(
        self,
        credential: Mapping[str, Any],
        entry: Mapping[str, Any],
        fetcher: DocumentFetcher,
        read_list: ListReader,
        now: datetime,
    ) -> StatusResult:
        kinds = _types(entry)
        try:
            if kinds & BITSTRING_TYPES:
                return await self._bitstring(credential, entry, fetcher, read_list, now)
            if REVOCATION_LIST_TYPE in kinds:
                return await _revocation_list(credential, entry, fetcher)
        except LookupFailed as failure:
            return StatusResult(
                f"status could not be checked: {failure.reason}",
                failure.verdict if failure.verdict is Verdict.UNREACHABLE else Verdict.UNVERIFIED,
                (failure.evidence,) if failure.evidence else (),
            )
        except StatusListError as error:
            return StatusResult(f"status could not be checked: {error.reason}", error.verdict)
        return StatusResult(
            f"status method {', '.join(sorted(kinds)) or 'without a type'} is not supported; "
            "revocation not checked",
            checked=False,
        )

    async def _bitstring(
        self,
        credential: Mapping[str, Any],
        entry: Mapping[str, Any],
        fetcher: DocumentFetcher,
        read_list: ListReader,
        now: datetime,
    ) -> StatusResult:
        url = entry.get("statusListCredential")
        if not isinstance(url, str) or not url:
            raise StatusListError("the status entry names no statusListCredential", Verdict.INVALID)
        try:
            index = int(str(entry.get("statusListIndex")))
        except ValueError:
            raise StatusListError("the statusListIndex is not a number", Verdict.INVALID) from None
        if str(entry.get("statusSize", 1)) != "1":
            raise StatusListError("multi-bit status entries are not supported")
        purpose = str(entry.get("statusPurpose") or "revocation")
        status_list = await self._load(url, fetcher, read_list, now)
        issuer = issuer_of(credential)
        # Issuers may keep their lists under another identifier of their own (the DCC
        # fixtures do): the list's proof binds it to its own issuer, which is named.
        if status_list.issuer is not None and issuer is not None and status_list.issuer != issuer:
            status_list = replace(
                status_list,
                proof_detail=f"{status_list.proof_detail}; the list's issuer is "
                f"{status_list.issuer}",
            )
        if status_list.purpose and status_list.purpose != purpose:
            raise StatusListError(
                f"the list at {url} is for {status_list.purpose}, the entry for {purpose}",
                Verdict.INVALID,
            )
        if not 0 <= index < status_list.size:
            raise StatusListError(
                f"index {index} is outside the list's {status_list.size} entries", Verdict.INVALID
            )
        evidence = (status_list.evidence,)
        if not status_list.is_set(index):
            return StatusResult(
                f"not set in the issuer's {purpose} list "
                f"(index {index}; {status_list.proof_detail})",
                evidence=evidence,
            )
        if purpose == "revocation":
            return StatusResult(
                f"revoked: set in the issuer's revocation list (index {index})",
                Verdict.REVOKED,
                evidence,
            )
        if purpose == "suspension":
            return StatusResult(
                f"suspended by the issuer: set in its suspension list (index {index})",
                Verdict.REVOKED,
                evidence,
            )
        return StatusResult(
            f"the issuer's {purpose} list sets index {index} (informational)", evidence=evidence
        )

    async def _load(
        self,
        url: str,
        fetcher: DocumentFetcher,
        read_list: ListReader,
        now: datetime,
    ) -> StatusList:
        fetched = await fetcher.get(url, what="the status list", accept=ACCEPT_STATUS_LIST)
        evidence = fetched.evidence
        try:
            text = fetched.body.decode("utf-8")
        except UnicodeDecodeError:
            raise StatusListError(f"the status list at {url} is not text") from None
        document, authenticity = await read_list(text, url)
        if not _types(document) & LIST_CREDENTIAL_TYPES:
            raise StatusListError(f"the document at {url} is not a status list credential")
        valid_from = parse_datetime(document.get("validFrom") or document.get("issuanceDate"))
        valid_until = parse_datetime(document.get("validUntil") or document.get("expirationDate"))
        if valid_from is not None and valid_from > now:
            raise StatusListError(f"the status list at {url} is not valid yet")
        if valid_until is not None and valid_until < now:
            raise StatusListError(f"the status list at {url} expired on {valid_until:%Y-%m-%d}")
        subject = document.get("credentialSubject")
        if not isinstance(subject, Mapping) or not isinstance(subject.get("encodedList"), str):
            raise StatusListError(f"the status list at {url} has no encodedList")
        purpose = subject.get("statusPurpose")
        status_list = StatusList(
            bits=decode_bitstring(subject["encodedList"]),
            purpose=str(purpose) if purpose else None,
            evidence=evidence,
            proof_detail=authenticity,
            issuer=issuer_of(document),
        )
        return status_list


async def _revocation_list(
    credential: Mapping[str, Any], entry: Mapping[str, Any], fetcher: DocumentFetcher
) -> StatusResult:
    url = entry.get("id")
    if not isinstance(url, str) or not url:
        raise StatusListError("the 1EdTech revocation entry names no list", Verdict.INVALID)
    document, evidence = await fetcher.get_json(url, what="the revocation list")
    if not isinstance(document, dict):
        raise StatusListError(f"the revocation list at {url} is not a JSON object")
    revoked = document.get("revokedCredentials", document.get("revokedAssertions"))
    if not isinstance(revoked, list):
        raise StatusListError(f"the revocation list at {url} has no revokedCredentials")
    credential_id = credential.get("id")
    for item in revoked:
        item_id = item.get("id") if isinstance(item, Mapping) else item
        if credential_id is not None and item_id == credential_id:
            reason = item.get("revocationReason") if isinstance(item, Mapping) else None
            return StatusResult(
                "revoked: listed in the issuer's revocation list"
                + (f" (reason: {reason})" if reason else ""),
                Verdict.REVOKED,
                (evidence,),
            )
    return StatusResult("not in the issuer's revocation list", evidence=(evidence,))


def issuer_of(credential: Mapping[str, Any]) -> str | None:
    """A credential's issuer id (``issuer`` as a string or an object's ``id``)."""
    issuer = credential.get("issuer")
    if isinstance(issuer, Mapping):
        issuer = issuer.get("id")
    return issuer if isinstance(issuer, str) and issuer else None


def read_plain_list(text: str, url: str) -> Mapping[str, Any]:
    """A status list credential's JSON; raises ``StatusListError`` when it is not JSON."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        raise StatusListError(f"the status list at {url} is neither JSON nor a JWT") from None
    if not isinstance(document, dict):
        raise StatusListError(f"the status list at {url} is not a JSON object")
    return document
