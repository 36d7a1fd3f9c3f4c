"""Reading an issuer's server-rendered verification page: its markup and its embedded data.

A page source reads a fetched page into one of three outcomes, as a pure function of the body:
the credential it shows (``PageFound``), the issuer's own "no such certificate" on a page shape
credlens recognises (``PageNotFound``), or a page it does not recognise (``PageUnrecognised``).
Only the first two conclude anything: a redesigned page is never taken for a forgery.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from html import unescape
from html.parser import HTMLParser
from typing import Any, ClassVar, Generic, TypeVar

import httpx

from extractors.models import Candidate, Claim
from verifiers.models import CredentialFacts, Verdict, Verification
from verifiers.platforms.common import (
    Run,
    check_recipient_name,
    claim_url,
)

__all__ = [
    "CertificatePageSource",
    "PageFound",
    "PageNotFound",
    "PageReading",
    "PageUnrecognised",
    "ReadPage",
    "conclude_reading",
    "embedded_json",
    "month_day_year",
    "read_page",
]


@dataclass(frozen=True)
class PageFound:
    """The page shows this credential, with the notes worth a check of their own."""

    facts: CredentialFacts
    #: The credential's id as the page itself prints it (compared with the one asked for).
    shown_id: str | None = None
    notes: tuple[str, ...] = ()
    #: A weaker kind of the credential (edX's audit or honor track): said, not failed.
    weaker: str | None = None


@dataclass(frozen=True)
class PageNotFound:
    """The issuer says, on a page credlens recognises, that it has no such credential."""

    detail: str


@dataclass(frozen=True)
class PageUnrecognised:
    """A page whose shape credlens does not know: nothing can be concluded from it."""

    detail: str


PageReading = PageFound | PageNotFound | PageUnrecognised

_WHITESPACE = re.compile(r"\s+")


def _clean(text: str) -> str:
    return _WHITESPACE.sub(" ", unescape(text)).strip()


@dataclass
class ReadPage:
    """What a page shows: its title, meta properties, and the text of classed elements."""

    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    #: Text of every element by each of its classes, in document order.
    by_class: dict[str, list[str]] = field(default_factory=dict)
    #: Every class list seen on a tag, by the classes it carries (``wrapper-accomplishment-title``
    #: → its other classes), for states written as classes.
    classes: list[tuple[str, ...]] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    #: The ``alt`` text of images by each of their classes (organisations' logos).
    alts: dict[str, list[str]] = field(default_factory=dict)
    text: str = ""

    def first(self, css_class: str) -> str | None:
        found = self.by_class.get(css_class)
        return found[0] if found and found[0] else None


class _Reader(HTMLParser):
    _VOID = frozenset(
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = ReadPage()
        self._open: list[tuple[str, tuple[str, ...], list[str]]] = []
        self._in_title = False
        self._in_script = False
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name")
            if key and key not in self.page.meta:
                self.page.meta[key.lower()] = _clean(values.get("content", ""))
            return
        if tag == "img":
            for css_class in values.get("class", "").split():
                self.page.alts.setdefault(css_class, []).append(_clean(values.get("alt", "")))
        if tag == "a" and values.get("href"):
            self.page.links.append(values["href"].strip())
        if tag == "title":
            self._in_title = True
        if tag in {"script", "style"}:
            self._in_script = True
        if tag in self._VOID:
            return
        classes = tuple(values.get("class", "").split())
        if classes:
            self.page.classes.append(classes)
        self._open.append((tag, classes, []))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in {"script", "style"}:
            self._in_script = False
        while self._open:
            open_tag, classes, parts = self._open.pop()
            text = _clean(" ".join(parts))
            for css_class in classes:
                self.page.by_class.setdefault(css_class, []).append(text)
            if self._open:
                self._open[-1][2].append(text)
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.page.title += data
        if self._in_script:
            return
        self._text.append(data)
        if self._open:
            self._open[-1][2].append(data)

    def close(self) -> None:
        super().close()
        self.page.title = _clean(self.page.title)
        self.page.text = _clean(" ".join(self._text))


def read_page(body: bytes | str) -> ReadPage:
    """Read a page's title, meta properties, classed elements and links (no script runs)."""
    text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    reader = _Reader()
    reader.feed(text)
    reader.close()
    return reader.page


def embedded_json(body: bytes | str, marker: str) -> Any:
    """The JSON value assigned right after ``marker`` in a page's script, or None.

    ``window.__APOLLO_STATE__ = {...};`` is read with a JSON decoder from the opening brace,
    so a brace inside a string never ends it early.
    """
    text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    at = text.find(marker)
    if at < 0:
        return None
    start = at + len(marker)
    match = re.compile(r"\s*=?\s*").match(text, start)
    start = match.end() if match else start
    try:
        value, _ = json.JSONDecoder().raw_decode(text, start)
    except (ValueError, RecursionError):
        return None
    return value


_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
#: Month names and their three-letter abbreviations, as English pages print them.
_MONTHS = {
    **{name: number for number, name in enumerate(_MONTH_NAMES, start=1)},
    **{name[:3]: number for number, name in enumerate(_MONTH_NAMES, start=1)},
}
_MONTH_DAY_YEAR = re.compile(r"\b([A-Z][a-z]+)\.? (?:(\d{1,2}), )?(\d{4})\b")


def month_day_year(text: str) -> str | None:
    """``August 6, 2018`` → ``2018-08-06`` and ``March 2021`` → ``2021-03``, else None."""
    for month_name, day, year in _MONTH_DAY_YEAR.findall(text):
        month = _MONTHS.get(month_name.lower())
        if month is None:
            continue
        if not day:
            return f"{year}-{month:02d}"
        try:
            return date(int(year), month, int(day)).isoformat()
        except ValueError:
            continue
    return None


def conclude_reading(
    run: Run,
    reading: PageReading,
    candidate: Candidate,
    *,
    asked: str,
    what: str,
) -> None:
    """Record what a page reading proves: the issuer's record and its holder (the dispatcher
    compares the facts with the claim).

    Not found on a recognised page is ``invalid`` (the issuer has no such certificate); an
    unrecognised page is ``unverified``, saying so; a page about another id proves nothing.
    """
    if isinstance(reading, PageUnrecognised):
        run.checks.failed(
            "page_shape",
            f"{run.platform}'s page is not one credlens recognises ({reading.detail}): "
            "nothing is concluded from it; open the link to look",
            verdict=Verdict.UNVERIFIED,
        )
        return
    if isinstance(reading, PageNotFound):
        run.confirmed = True
        run.checks.failed(
            "record",
            f"the issuer has no such certificate: {reading.detail}",
            verdict=Verdict.INVALID,
        )
        return
    if reading.shown_id is not None and reading.shown_id.lower() != asked.lower():
        run.checks.failed(
            "record",
            f"the page shows {what} {reading.shown_id}, not {asked}: it is another "
            "certificate's page",
            verdict=Verdict.UNVERIFIED,
        )
        return
    run.facts = reading.facts
    run.confirmed = True
    run.checks.passed("record", f"{run.platform}'s own page shows {what} {asked}")
    for note in reading.notes:
        run.checks.skipped("page_note", note)
    if reading.weaker:
        run.checks.skipped("track", reading.weaker)
    check_recipient_name(run, candidate, reading.facts.recipient_name)


#: What a platform finds a claim to name: a link's kind and ID, or a bare ID.
Found = TypeVar("Found")


class CertificatePageSource(Generic[Found]):
    """A platform whose certificates are read from its own public page, named on the résumé by
    a link or by a bare ID on a line naming the platform (Coursera, edX). ``verify`` is written
    once; each platform says what a claim names (``certificate_of``), what to say when it names
    nothing checkable (``refuse``) and how to read the page (``check_certificate``)."""

    name: ClassVar[str]
    platform: ClassVar[str]
    #: Where the evidence comes from, for the provenance ("Coursera's verification page").
    page: ClassVar[str]
    #: What the platform calls an ID given without a link ("certificate code").
    bare_id: ClassVar[str]

    def recognises(self, claim: Claim) -> bool:
        return self.certificate_of(claim) is not None

    def certificate_of(self, claim: Claim) -> Found | None:
        raise NotImplementedError

    def refuse(self, run: Run) -> None:
        """Record why a recognised claim names no certificate credlens can look up."""
        raise NotImplementedError

    async def check_certificate(
        self, run: Run, candidate: Candidate, client: httpx.AsyncClient, found: Found
    ) -> None:
        raise NotImplementedError

    async def verify(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
    ) -> Verification:
        run = Run(claim=claim, method=self.name, source=self.platform)
        found = self.certificate_of(claim)
        if found is None:
            self.refuse(run)
            return run.result()
        await self.check_certificate(run, candidate, client, found)
        how = f"by {self.bare_id}" if claim_url(claim) is None else "from the claim's link"
        return run.result().model_copy(update={"provenance": f"from {self.page}, {how}"})
