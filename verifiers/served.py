"""Links whose kind the URL does not tell: fetched once, then routed by what they serve.

Platform links keep their own verifiers (their URLs say what they are). Any other web link is
fetched once, asking for every credential type, and the answer goes to the verifier of the
standard it is — by media type and content, never by the URL's shape:

- a compact JWS (``application/vc+jwt``, ``application/vc+ld+json+jwt``, or the body's shape):
  a signed Open Badges 2.0 assertion to Open Badges 2.0, any other to verifiable credentials;
- JSON: a Blockcerts certificate (a Merkle proof), a W3C verifiable credential (Open Badges
  3.0, CLR 2.0, VC 1.1/2.0 with an embedded proof), or an Open Badges 2.0 assertion;
- a badge image: Open Badges 2.0 unbakes it;
- an HTML page: the credential it names with ``<link rel="alternate">`` or embeds as
  ``<script type="application/ld+json">``; otherwise ``unsupported``, saying why.

The answer is handed over (``verify_fetched``), so the link is asked once.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from typing import ClassVar
from urllib.parse import urljoin

import httpx

from extractors.models import Candidate, Claim
from verifiers.baked import is_baked_image
from verifiers.base import ServedVerifier
from verifiers.blockcerts import is_blockcerts
from verifiers.compact_jws import looks_like_jws
from verifiers.http import Fetched
from verifiers.models import Check, CheckStatus, Verdict, Verification
from verifiers.openbadges2 import (
    ACCEPT_JSON_LD,
    documents_named,
    is_http_url,
    is_open_badge_2_payload,
    looks_like_open_badge,
)
from verifiers.run import Run, Stop, fetch_checked
from verifiers.vc import is_verifiable_credential

__all__ = ["ACCEPT_CREDENTIALS", "LinkRouter", "served_kind"]

#: Every credential type first, then the page a person would see.
ACCEPT_CREDENTIALS = (
    "application/vc+ld+json, application/vc+jwt, application/vc+ld+json+jwt, "
    "application/vc, application/ld+json;q=0.9, application/json;q=0.9, application/jwt;q=0.8, "
    "image/png;q=0.5, image/svg+xml;q=0.5, text/html;q=0.4"
)
JWT_MEDIA_TYPES = frozenset(
    {"application/vc+jwt", "application/vc+ld+json+jwt", "application/jwt", "application/vc-jwt"}
)
#: ``<link rel="alternate">`` types that name a credential.
_ALTERNATE_TYPES = frozenset(
    {
        *JWT_MEDIA_TYPES,
        "application/vc+ld+json",
        "application/vc",
        "application/ld+json",
        "application/json",
    }
)
#: The most embedded JSON-LD blocks of one page that are looked at.
_MAX_EMBEDDED = 8

BLOCKCERTS = "blockcerts"
CREDENTIAL = "verifiable_credential"
OPEN_BADGE = "openbadges2"
HTML = "html"


def served_kind(fetched: Fetched) -> str | None:
    """What a link served: one of the verifiers' kinds, ``html``, or None (something else)."""
    if is_baked_image(fetched.body):
        return OPEN_BADGE
    text = fetched.body.decode("utf-8", errors="replace").strip()
    return _text_kind(text, fetched.content_type)


def _text_kind(text: str, media_type: str | None) -> str | None:
    if looks_like_jws(text):
        return OPEN_BADGE if is_open_badge_2_payload(text) else CREDENTIAL
    if media_type in JWT_MEDIA_TYPES:
        return CREDENTIAL  # a malformed token: the credentials verifier says what is wrong
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        document = None
    if isinstance(document, dict):
        if is_blockcerts(document):
            return BLOCKCERTS
        if is_verifiable_credential(document):
            return CREDENTIAL
        if looks_like_open_badge(document):
            return OPEN_BADGE
        return None
    if media_type in {"text/html", "application/xhtml+xml"} or text[:15].lower().startswith(
        ("<!doctype html", "<html")
    ):
        return HTML
    return None


class _Page(HTMLParser):
    """The credential links and embedded JSON-LD of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.alternates: list[str] = []
        self.embedded: list[str] = []
        self._in_json_ld = False
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): (value or "") for name, value in attrs}
        kind = values.get("type", "").split(";", 1)[0].strip().lower()
        if tag == "link" and "alternate" in values.get("rel", "").lower().split():
            if kind in _ALTERNATE_TYPES and values.get("href", "").strip():
                self.alternates.append(values["href"].strip())
        elif tag == "script" and kind == "application/ld+json":
            self._in_json_ld, self._buffer = True, []

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self._buffer.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_json_ld:
            self._in_json_ld = False
            if len(self.embedded) < _MAX_EMBEDDED:
                self.embedded.append("".join(self._buffer).strip())


class LinkRouter:
    """Fetches a link of unknown kind once and hands the answer to the verifier it fits."""

    name: ClassVar[str] = "link"

    def __init__(
        self,
        *,
        blockcerts: ServedVerifier,
        credentials: ServedVerifier,
        open_badges: ServedVerifier,
    ) -> None:
        self._by_kind: dict[str, ServedVerifier] = {
            BLOCKCERTS: blockcerts,
            CREDENTIAL: credentials,
            OPEN_BADGE: open_badges,
        }

    def recognises(self, claim: Claim) -> bool:
        url = (claim.url or "").strip()
        return is_http_url(url) and not (claim.payload and claim.payload.strip())

    def first_request(self, claim: Claim) -> tuple[str, str]:
        """What ``verify`` asks first for a claim it recognises: the URL and its ``Accept``
        (``verifiers.prefetch`` asks it ahead)."""
        return (claim.url or "").strip(), ACCEPT_CREDENTIALS

    def requests_after(self, fetched: Fetched) -> tuple[tuple[str, str], ...]:
        """What the check of a link that served ``fetched`` asks next, as far as the answer
        tells (``verifiers.prefetch`` asks it ahead, and then what those answers name): an
        Open Badges 2.0 assertion's badge class, a badge class's issuer profile."""
        if served_kind(fetched) != OPEN_BADGE:
            return ()
        return tuple((url, ACCEPT_JSON_LD) for url in documents_named(fetched))

    async def verify(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
    ) -> Verification:
        run = Run(claim=claim, method=self.name, source="the link")
        try:
            fetched = await fetch_checked(
                run,
                client,
                (claim.url or "").strip(),
                check="fetch",
                what="the link",
                accept=ACCEPT_CREDENTIALS,
            )
        except Stop:
            return run.result()
        kind = served_kind(fetched)
        if kind in self._by_kind:
            return await self._by_kind[kind].verify_fetched(claim, candidate, client, fetched)
        if kind == HTML:
            found = await self._from_page(run, claim, candidate, client, fetched)
            if found is not None:
                return found
        else:
            run.checks.failed(
                "served_content",
                f"the link serves {fetched.content_type or 'an unknown type'} that is not a "
                "credential credlens can check (not a verifiable credential, Open Badges "
                "assertion or Blockcerts certificate)",
                verdict=Verdict.UNSUPPORTED,
            )
        return run.result()

    async def _from_page(
        self,
        run: Run,
        claim: Claim,
        candidate: Candidate,
        client: httpx.AsyncClient,
        page: Fetched,
    ) -> Verification | None:
        """The credential a page links or embeds, verified; None when it has none."""
        parser = _Page()
        parser.feed(page.body.decode("utf-8", errors="replace"))
        parser.close()
        for href in parser.alternates:
            url = urljoin(page.url, href)
            if not is_http_url(url) or url == page.url:
                continue
            try:
                fetched = await fetch_checked(
                    run, client, url, check="alternate", what="the page's credential link"
                )
            except Stop:
                return None
            kind = served_kind(fetched)
            if kind in self._by_kind:
                linked = claim.model_copy(update={"url": url})
                found = await self._by_kind[kind].verify_fetched(linked, candidate, client, fetched)
                return _through_page(found, claim, page, f"the page links its credential: {url}")
        for block in parser.embedded:
            kind = _text_kind(block, "application/ld+json")
            if kind in self._by_kind:
                handed = claim.model_copy(update={"payload": block})
                found = await self._by_kind[kind].verify(handed, candidate, client)
                return _through_page(found, claim, page, "the page embeds its credential")
        run.checks.failed(
            "served_content",
            "an HTML page that neither links (rel=alternate) nor embeds (JSON-LD) a "
            "credential: a person can read it, a machine cannot check it",
            verdict=Verdict.UNSUPPORTED,
        )
        return None


def _through_page(found: Verification, claim: Claim, page: Fetched, detail: str) -> Verification:
    """A credential found through a page, reported on the claim, with the page as evidence."""
    step = Check(name="served_content", status=CheckStatus.PASSED, detail=detail)
    return found.model_copy(
        update={
            "claim": claim,
            "checks": (step, *found.checks),
            "evidence": (page.evidence, *(e for e in found.evidence if e != page.evidence)),
        }
    )
