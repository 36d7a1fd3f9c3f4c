"""Coursera certificates, read from Coursera's own public verification page.

Every course certificate has a public page, ``{base}/account/accomplishments/verify/<CODE>``
(``/verify/<CODE>`` and ``/account/accomplishments/certificate/<CODE>`` are the same page;
``/share/<hash>`` redirects to it). The page is server-rendered with its data embedded as
``window.__APOLLO_STATE__``: the certificate (``AccomplishmentsVCMembership``: code, grant
date), the learner's name (``AccomplishmentsSignatureTrackProfile``), the course and its
partner. An unknown code answers 200 with the certificate resource set to null: that is
Coursera saying it has no such certificate. Any other shape is a page credlens does not know.
The page binds the certificate to the candidate by name only (learners may hide it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import urlsplit

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
    conclude_reading,
    embedded_json,
    read_page,
)

__all__ = [
    "DEFAULT_COURSERA_BASE_URL",
    "CourseraLink",
    "CourseraVerifier",
    "coursera_link",
    "read_coursera_page",
]

DEFAULT_COURSERA_BASE_URL = "https://www.coursera.org"

_HOST = r"https?://(?:www\.)?coursera\.org(?:/[a-z]{2})?"
_CODE = r"(?P<code>[A-Za-z0-9]{8,20})"
_END = r"/?(?:[?#].*)?$"
_LINKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "specialization",
        re.compile(
            _HOST + r"/(?:verify/specialization|account/accomplishments/specialization"
            r"(?:/certificate)?)/" + _CODE + _END,
            re.IGNORECASE,
        ),
    ),
    (
        "professional-cert",
        re.compile(
            _HOST + r"/(?:verify/professional-cert|account/accomplishments/professional-cert"
            r"(?:/certificate)?)/" + _CODE + _END,
            re.IGNORECASE,
        ),
    ),
    (
        "course",
        re.compile(
            _HOST
            + r"/(?:verify|account/accomplishments/(?:verify|certificate|records))/"
            + _CODE
            + _END,
            re.IGNORECASE,
        ),
    ),
    ("share", re.compile(_HOST + r"/share/(?P<code>[0-9a-fA-F]{16,64})" + _END, re.IGNORECASE)),
)
#: Where each kind of certificate is looked up, on the configured base.
_LOOKUP_PATHS = {
    "course": "/account/accomplishments/verify/{code}",
    "specialization": "/account/accomplishments/specialization/{code}",
    "professional-cert": "/account/accomplishments/professional-cert/{code}",
    "share": "/share/{code}",
}
_KIND_WORDS = {
    "course": "course certificate",
    "specialization": "specialization certificate",
    "professional-cert": "professional certificate",
}
_OG_TITLE_PREFIX = re.compile(
    r"^(?:Completion Certificate|Specialization Certificate|Professional Certificate|"
    r"Certificate) for\s+",
    re.IGNORECASE,
)
_HIDDEN_NAME = re.compile(r"^User \d+$", re.IGNORECASE)
_STATE_MARKER = "window.__APOLLO_STATE__"
_BARE_CODE = re.compile(r"[A-Za-z0-9]{8,20}")


class CourseraLink:
    """A Coursera certificate link: its kind and its code (or share hash)."""

    __slots__ = ("code", "kind")

    def __init__(self, kind: str, code: str) -> None:
        self.kind = kind
        self.code = code

    def __repr__(self) -> str:
        return f"CourseraLink({self.kind!r}, {self.code!r})"


def coursera_link(url: str) -> CourseraLink | None:
    """The kind and code of any form of a Coursera certificate link, or None."""
    for kind, pattern in _LINKS:
        match = pattern.match(url.strip())
        if match:
            code = match.group("code")
            return CourseraLink(kind, code.lower() if kind == "share" else code.upper())
    return None


def _link_of(claim: Claim) -> CourseraLink | None:
    """The certificate a claim names: its Coursera link, or a bare code on a Coursera line."""
    url = claim_url(claim)
    if url is not None:
        return coursera_link(url)
    code = bare_id(claim, _BARE_CODE, "coursera")
    return CourseraLink("course", code.upper()) if code else None


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every object in the embedded state, however deep."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _resolve(state: dict[str, Any], value: object) -> dict[str, Any] | None:
    """An Apollo reference (``{"__ref": "Course_Course:abc"}``) or inline object, resolved."""
    if isinstance(value, dict):
        ref = value.get("__ref") or (value.get("id") if value.get("type") == "id" else None)
        if isinstance(ref, str):
            found = state.get(ref)
            return found if isinstance(found, dict) else None
        return value
    return None


def _course(state: dict[str, Any], objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The certificate's course: the one its membership names, never the first on the page."""
    course_ids = {
        _text(each.get("courseId"))
        for each in objects
        if each.get("__typename") == "AccomplishmentsMembership"
    } - {""}
    for course_id in course_ids:
        found = _resolve(state, {"__ref": f"Course_Course:{course_id}"})
        if found is None:
            found = next(
                (
                    each
                    for each in objects
                    if each.get("__typename") == "Course_Course"
                    and _text(each.get("id")) == course_id
                ),
                None,
            )
        if found is not None:
            return found
    return None


def _partners(state: dict[str, Any], course: dict[str, Any] | None) -> str | None:
    """Every partner that offers the course ("DeepLearning.AI, Stanford University")."""
    partners = course.get("partners") if course else None
    names = []
    for partner in partners if isinstance(partners, list) else []:
        found = _resolve(state, partner)
        name = _text(found.get("name")) if found else ""
        if name and name not in names:
            names.append(name)
    return ", ".join(names) or None


def _granted_on(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        return None
    return datetime.fromtimestamp(value / 1000, tz=UTC).date().isoformat()


def _code_in_url(url: str) -> str | None:
    link = coursera_link(url) if url else None
    if link is not None and link.kind != "share":
        return link.code
    path = urlsplit(url).path.rstrip("/")
    last = path.rsplit("/", 1)[-1] if path else ""
    return last.upper() if re.fullmatch(r"[A-Za-z0-9]{8,20}", last) else None


def read_coursera_page(body: bytes | str, code: str) -> PageReading:
    """What Coursera's verification page says about certificate ``code``."""
    code = code.upper()
    state = embedded_json(body, _STATE_MARKER)
    if not isinstance(state, dict) or not isinstance(state.get("ROOT_QUERY"), dict):
        return PageUnrecognised("it carries no window.__APOLLO_STATE__ with a ROOT_QUERY")
    root: dict[str, Any] = state["ROOT_QUERY"]
    objects = list(_objects(state))
    memberships = [
        each for each in objects if each.get("__typename") == "AccomplishmentsVCMembership"
    ]
    mine = [each for each in memberships if _text(each.get("certificateCode")).upper() == code]
    if not mine:
        asked = [key for key, value in root.items() if key.startswith("MembershipsV1Resource(")]
        about_code = [key for key in asked if code in key.upper()]
        if about_code and all(root[key] is None for key in about_code) and not memberships:
            return PageNotFound(f"Coursera's verification page has no certificate {code}")
        if memberships:
            shown = _text(memberships[0].get("certificateCode")) or "another code"
            return PageFound(facts=CredentialFacts(platform="Coursera"), shown_id=shown.upper())
        return PageUnrecognised(f"no certificate record for {code} and no 'not found' answer")
    membership = mine[0]
    page = read_page(body)
    og_url_code = _code_in_url(page.meta.get("og:url", ""))
    profiles = [
        each for each in objects if each.get("__typename") == "AccomplishmentsSignatureTrackProfile"
    ]
    names = [
        " ".join(
            part
            for part in (_text(profile.get(key)) for key in ("firstName", "middleName", "lastName"))
            if part
        )
        for profile in profiles
    ]
    holder = next((name for name in names if name), None)
    if holder is None:
        return PageUnrecognised(f"certificate {code} is there but names no learner")
    course = _course(state, objects)
    title = _text(course.get("name")) if course else ""
    if not title:
        title = _OG_TITLE_PREFIX.sub("", page.meta.get("og:title", "")).strip()
    if not title:
        return PageUnrecognised(f"certificate {code} is there but names no course")
    notes: list[str] = []
    recipient: str | None = holder
    if _HIDDEN_NAME.match(holder):
        notes.append(f"the learner hides their name on Coursera (shown as {holder!r})")
        recipient = None
    grade = next(
        (
            value
            for key, value in membership.items()
            if key.startswith("grade") and isinstance(value, dict)
        ),
        None,
    )
    score = grade.get("score") if grade else None
    percent = None
    if isinstance(score, int | float) and not isinstance(score, bool) and 0 <= score <= 1:
        percent = round(score * 100)
        notes.append(f"grade achieved: {percent}%")
    partner = _partners(state, course)
    facts = CredentialFacts(
        title=title,
        issuer=f"{partner} on Coursera" if partner else "Coursera",
        issuer_url="https://www.coursera.org",
        platform="Coursera",
        recipient_name=recipient,
        issued_on=_granted_on(membership.get("grantedAt")),
        rigor=EvidenceRigor(grade_percent=percent) if percent is not None else None,
    )
    return PageFound(facts=facts, shown_id=og_url_code or code, notes=tuple(notes))


class CourseraVerifier(CertificatePageSource[CourseraLink]):
    """Course, specialization and professional certificates on Coursera, by their code."""

    name: ClassVar[str] = "coursera"
    platform: ClassVar[str] = "Coursera"
    page: ClassVar[str] = "Coursera's verification page"
    bare_id: ClassVar[str] = "certificate code"

    def __init__(
        self,
        base_url: str = DEFAULT_COURSERA_BASE_URL,
    ) -> None:
        self.base_url = base_url

    def certificate_of(self, claim: Claim) -> CourseraLink | None:
        return _link_of(claim)

    def refuse(self, run: Run) -> None:
        # recognises() said yes, so only a changed claim gets here
        run.checks.failed(
            "platform", "not a Coursera certificate link", verdict=Verdict.UNSUPPORTED
        )

    async def check_certificate(
        self, run: Run, candidate: Candidate, client: httpx.AsyncClient, link: CourseraLink
    ) -> None:
        """Look the certificate up on Coursera's page and record what it proves."""
        url = lookup_url(self.base_url, _LOOKUP_PATHS[link.kind].format(code=link.code))
        what = "a certificate share link" if link.kind == "share" else _KIND_WORDS[link.kind]
        run.checks.passed("platform", f"a Coursera {what} ({link.code})")
        fetched = await fetch_page(
            run, client, url, check="fetch_page", what="verification page", accept="text/html"
        )
        if fetched is None:
            return
        code = link.code
        if link.kind == "share":
            code = self._shared_code(run, fetched.url, fetched.body) or ""
            if not code:
                return
        conclude_reading(
            run,
            read_coursera_page(fetched.body, code),
            candidate,
            asked=code,
            what=_KIND_WORDS.get(link.kind, "certificate"),
        )

    def _shared_code(self, run: Run, final_url: str, body: bytes) -> str | None:
        """The certificate code a share link landed on, from its address or its og:url."""
        base_host = urlsplit(self.base_url).hostname
        if urlsplit(final_url).hostname != base_host:
            run.checks.failed(
                "share_link",
                f"the share link left Coursera for {urlsplit(final_url).hostname}",
                verdict=Verdict.UNVERIFIED,
            )
            return None
        code = _code_in_url(final_url) or _code_in_url(read_page(body).meta.get("og:url", ""))
        if code is None:
            run.checks.failed(
                "share_link",
                "the share link leads to no certificate code credlens can read",
                verdict=Verdict.UNVERIFIED,
            )
            return None
        run.checks.passed("share_link", f"the share link leads to certificate {code}")
        return code
