"""edX certificates, read from edX's own server-rendered certificate pages.

Course certificates live at ``{edx base}/certificates/<32 hex>`` (Open edX's
``render_cert_by_uuid``): the holder in ``.accomplishment-recipient``, the course in
``.accomplishment-course-name``, the track as a class of ``.wrapper-accomplishment-title``
(``verified`` and ``professional`` are identity-verified; ``honor`` and ``audit`` are not), the
organisation and course number in the page title, "Issued <Month D, YYYY>", and the
certificate's own link. Program certificates (XSeries, MicroMasters, Professional Certificate)
live at ``{credentials base}/credentials/<uuid hex>/`` (Open edX Credentials): holder, program
title, "Issued <Month YYYY>" and "Valid Certificate ID".

An unknown or revoked certificate answers 404; some paths render edX's "invalid certificate"
page with 200, which is read as the issuer saying it has no such certificate. The page binds
the certificate to the candidate by name only.
"""

from __future__ import annotations

import re
from typing import ClassVar

import httpx

from extractors.models import Candidate, Claim
from verifiers.models import CredentialFacts, EvidenceRigor, Verdict
from verifiers.platforms.by_id import bare_id
from verifiers.platforms.common import (
    Run,
    claim_url,
    fetch_page,
    lookup_url,
)
from verifiers.platforms.pages import (
    CertificatePageSource,
    PageFound,
    PageNotFound,
    PageReading,
    PageUnrecognised,
    ReadPage,
    conclude_reading,
    month_day_year,
    read_page,
)

__all__ = [
    "DEFAULT_EDX_BASE_URL",
    "DEFAULT_EDX_CREDENTIALS_BASE_URL",
    "EdxVerifier",
    "edx_link",
    "read_edx_course_page",
    "read_edx_program_page",
]

DEFAULT_EDX_BASE_URL = "https://courses.edx.org"
DEFAULT_EDX_CREDENTIALS_BASE_URL = "https://credentials.edx.org"

_END = r"/?(?:[?#].*)?$"
_HEX = (
    r"(?P<id>[0-9a-fA-F]{32}"
    r"|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
)
_PROGRAM = re.compile(r"https?://credentials\.edx\.org/credentials/" + _HEX + _END, re.I)
_COURSE = re.compile(r"https?://courses\.edx\.org/certificates/" + _HEX + _END, re.I)
_BY_USER = re.compile(
    r"https?://courses\.edx\.org/certificates/user/[^/?#]+/course/[^/?#]+" + _END, re.I
)
_BARE_HEX = re.compile(r"[0-9a-fA-F]{32}")
_ID_IN_LINK = re.compile(r"/(?:certificates|credentials)/([0-9a-fA-F]{32})\b")
_PAGE_TITLE = re.compile(r"^(?P<org>\S+)\s+(?P<number>\S+)\s+Certificate\s*\|", re.I)
_NOT_FOUND_WORDS = ("invalid certificate number", "this certificate does not exist")
_VERIFIED_TRACKS = frozenset({"verified", "professional", "no-id-professional"})
_TRACK_CLASSES = frozenset(
    {"verified", "professional", "no-id-professional", "honor", "audit", "credit", "masters"}
)


def edx_link(url: str) -> tuple[str, str] | None:
    """``("course" | "program", id hex)`` for an edX certificate link, or None."""
    for kind, pattern in (("program", _PROGRAM), ("course", _COURSE)):
        match = pattern.match(url.strip())
        if match:
            return kind, match.group("id").replace("-", "").lower()
    return None


def _organisations(page: ReadPage) -> list[str]:
    names = []
    for alt in page.alts.get("organization-logo", []):
        name = re.sub(r"\s+logo$", "", alt, flags=re.I).strip()
        if name and name.lower() not in {"edx", "edx logo"} and name not in names:
            names.append(name)
    return names


def _issuer(organisations: list[str], code: str | None) -> str:
    """The organisation's edX code ("GTx", "HarvardX"), its names, and edX: résumés write any."""
    named = [*([code] if code else []), *organisations, "edX"]
    return ", ".join(dict.fromkeys(named))


def _not_found(page: ReadPage) -> PageNotFound | None:
    lowered = f"{page.title} {page.text}".lower()
    if any(words in lowered for words in _NOT_FOUND_WORDS):
        return PageNotFound("edX's certificate page says this is an invalid certificate number")
    return None


def _shown_id(page: ReadPage, pattern_text: str) -> str | None:
    for link in [*page.links, page.meta.get("og:url", "")]:
        match = _ID_IN_LINK.search(link)
        if match:
            return match.group(1).lower()
    match = re.search(r"\b[0-9a-f]{32}\b", pattern_text)
    return match.group(0) if match else None


def read_edx_course_page(body: bytes | str, certificate_id: str) -> PageReading:
    """What edX's course certificate page says about certificate ``certificate_id``."""
    page = read_page(body)
    not_found = _not_found(page)
    if not_found is not None:
        return not_found
    holder = page.first("accomplishment-recipient") or page.first("recipient-name")
    course = page.first("accomplishment-course-name")
    if not holder or not course:
        return PageUnrecognised(
            "no .accomplishment-recipient and .accomplishment-course-name on the page"
        )
    track = next(
        (
            css_class
            for classes in page.classes
            if "wrapper-accomplishment-title" in classes
            for css_class in classes
            if css_class in _TRACK_CLASSES
        ),
        None,
    )
    title_match = _PAGE_TITLE.match(page.title)
    org = title_match.group("org") if title_match else None
    issued = re.search(r"Issued\s+([A-Z][a-z]+\.? \d{1,2}, \d{4})", page.text)
    weaker = None
    if track is None:
        weaker = "edX's page names no track: whether the learner's identity was verified is unknown"
    elif track not in _VERIFIED_TRACKS:
        weaker = (
            f"an edX {track} certificate: the learner's identity was not verified by edX "
            "(only verified and professional tracks are)"
        )
    notes = (f"edX track: {track}",) if track and track in _VERIFIED_TRACKS else ()
    facts = CredentialFacts(
        title=course,
        issuer=_issuer(_organisations(page), org),
        issuer_url=DEFAULT_EDX_BASE_URL,
        platform="edX",
        recipient_name=holder,
        issued_on=month_day_year(issued.group(1)) if issued else None,
        rigor=EvidenceRigor(track=track) if track else None,
    )
    shown = _shown_id(page, "")
    return PageFound(facts=facts, shown_id=shown or certificate_id, notes=notes, weaker=weaker)


def read_edx_program_page(body: bytes | str, credential_id: str) -> PageReading:
    """What edX's program certificate page (Open edX Credentials) says about ``credential_id``."""
    page = read_page(body)
    not_found = _not_found(page)
    if not_found is not None:
        return not_found
    holder = page.first("accomplishment-recipient")
    program = page.first("accomplishment-program-name")
    if not holder or not program:
        return PageUnrecognised(
            "no .accomplishment-recipient and .accomplishment-program-name on the page"
        )
    stamp = page.first("accomplishment-stamp-date") or ""
    validity = page.first("accomplishment-stamp-validity") or ""
    kind = page.meta.get("og:title", "").split(":", 1)[0].strip()
    notes = (f"edX program type: {kind}",) if kind and kind != page.meta.get("og:title") else ()
    facts = CredentialFacts(
        title=program,
        issuer=_issuer(_organisations(page), None),
        issuer_url=DEFAULT_EDX_CREDENTIALS_BASE_URL,
        platform="edX",
        recipient_name=holder,
        issued_on=month_day_year(stamp),
    )
    shown = _shown_id(page, validity)
    return PageFound(facts=facts, shown_id=shown or credential_id, notes=notes)


class EdxVerifier(CertificatePageSource[tuple[str, str]]):
    """edX course certificates (courses.edx.org) and program certificates (credentials.edx.org)."""

    name: ClassVar[str] = "edx"
    platform: ClassVar[str] = "edX"
    page: ClassVar[str] = "edX's certificate page"
    bare_id: ClassVar[str] = "certificate ID"

    def __init__(
        self,
        base_url: str = DEFAULT_EDX_BASE_URL,
        *,
        credentials_base_url: str = DEFAULT_EDX_CREDENTIALS_BASE_URL,
    ) -> None:
        self.base_url = base_url
        self.credentials_base_url = credentials_base_url

    def recognises(self, claim: Claim) -> bool:
        url = claim_url(claim)
        if url is None:
            return bare_id(claim, _BARE_HEX, "edx") is not None
        return edx_link(url) is not None or bool(_BY_USER.match(url))

    def certificate_of(self, claim: Claim) -> tuple[str, str] | None:
        url = claim_url(claim)
        bare = bare_id(claim, _BARE_HEX, "edx") if url is None else None
        return edx_link(url) if url else (("course", bare.lower()) if bare else None)

    def refuse(self, run: Run) -> None:
        run.facts = CredentialFacts(platform=self.platform)
        run.checks.failed(
            "machine_readable",
            "an edX certificate link by user and course: edX no longer serves these "
            "publicly; ask for the certificate's own link (courses.edx.org/certificates/<id>)",
            verdict=Verdict.UNSUPPORTED,
        )

    async def check_certificate(
        self, run: Run, candidate: Candidate, client: httpx.AsyncClient, found: tuple[str, str]
    ) -> None:
        """Look the certificate up on edX's page and record what it proves."""
        kind, certificate_id = found
        if kind == "program":
            url = lookup_url(self.credentials_base_url, f"/credentials/{certificate_id}/")
            what = "program certificate"
        else:
            url = lookup_url(self.base_url, f"/certificates/{certificate_id}")
            what = "course certificate"
        run.checks.passed("platform", f"an edX {what} ({certificate_id})")
        fetched = await fetch_page(
            run, client, url, check="fetch_page", what="certificate page", accept="text/html"
        )
        if fetched is None:
            return
        reader = read_edx_program_page if kind == "program" else read_edx_course_page
        conclude_reading(
            run,
            reader(fetched.body, certificate_id),
            candidate,
            asked=certificate_id,
            what=what,
        )
