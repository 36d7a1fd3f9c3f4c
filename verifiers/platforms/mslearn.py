"""Microsoft Learn: transcript share links read through Learn's transcript API.

A transcript share link, ``learn.microsoft.com/<locale>/users/<user>/transcript/<shareId>``, is
read at ``{base}/api/profiles/transcript/share/<shareId>?locale=en-us`` (no key; the earner
creates the link). The answer names the holder (``certificationData.legalName``) and lists
active and historical certifications, passed exams and Applied Skills credentials, so the
claim is looked up in it by credential number, exam code or title.

Single-credential pages (``/users/<user>/credentials/<id>`` and
``/api/credentials/share/<locale>/<user>/<id>``) are HTML drawn in the browser with no
documented JSON behind them: they are ``unsupported``, and the check says to ask for the
transcript share link instead. The endpoint is undocumented and has changed before
(freeCodeCamp/freeCodeCamp#53978), which is why its base URL is a setting.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

import httpx

from extractors.models import Candidate, Claim, ClaimOrigin
from verifiers.compare import best_title_match
from verifiers.identity import email_matches
from verifiers.models import CredentialFacts, Verdict, Verification
from verifiers.platforms.common import (
    Run,
    check_recipient_name,
    claim_url,
    fetch_json,
    iso_date,
    lookup_url,
)
from verifiers.run import check_validity

__all__ = [
    "DEFAULT_MSLEARN_BASE_URL",
    "MicrosoftLearnVerifier",
    "transcript_entries",
    "transcript_share_id",
]

DEFAULT_MSLEARN_BASE_URL = "https://learn.microsoft.com"

_HOST = r"https?://learn\.microsoft\.com"
_LOCALE = r"(?:/[a-z]{2}(?:-[a-z]{2,4})?)?"
_END = r"/?(?:[?#].*)?$"
_TRANSCRIPT = re.compile(
    _HOST + _LOCALE + r"/users/[^/?#]+/transcript/(?P<share>[A-Za-z0-9]{6,40})" + _END,
    re.IGNORECASE,
)
_CREDENTIAL_PAGE = re.compile(
    _HOST + r"(?:" + _LOCALE + r"/users/[^/?#]+/(?:credentials|achievements)/[^/?#]+"
    r"|/api/credentials/share/[a-z]{2}(?:-[a-z]{2,4})?/[^/?#]+/[^/?#]+)" + _END,
    re.IGNORECASE,
)
_PROFILE = re.compile(_HOST + _LOCALE + r"/users/[^/?#]+(?:/transcript)?" + _END, re.IGNORECASE)
_EXAM_CODE = re.compile(r"\b([A-Z]{2,3})[- ]?(\d{3,4})\b", re.IGNORECASE)
#: Most credential names listed in a check's detail.
_LISTED = 8


def transcript_share_id(url: str) -> str | None:
    """The share id of a Microsoft Learn transcript share link, or None."""
    match = _TRANSCRIPT.match(url.strip())
    return match.group("share") if match else None


@dataclass(frozen=True)
class _Entry:
    """One credential the transcript lists."""

    title: str
    kind: str
    earned_on: str | None
    expires_on: str | None
    status: str | None
    number: str | None
    historical: bool = False


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _list(container: object, key: str) -> list[dict[str, Any]]:
    values = container.get(key) if isinstance(container, dict) else None
    return [item for item in values if isinstance(item, dict)] if isinstance(values, list) else []


def transcript_entries(transcript: dict[str, Any]) -> list[_Entry]:
    """Every certification, passed exam and Applied Skills credential a transcript lists."""
    return _entries(transcript)


def _entries(transcript: dict[str, Any]) -> list[_Entry]:
    data = transcript.get("certificationData")
    entries: list[_Entry] = []
    for key, historical in (("activeCertifications", False), ("historicalCertifications", True)):
        for item in _list(data, key):
            title = _text(item.get("name"))
            if title:
                entries.append(
                    _Entry(
                        title=title,
                        kind="certification",
                        earned_on=iso_date(item.get("dateEarned")),
                        expires_on=iso_date(item.get("expiration")),
                        status=_text(item.get("status")),
                        number=_text(item.get("certificationNumber")),
                        historical=historical,
                    )
                )
    for item in _list(data, "passedExams"):
        title = _text(item.get("examTitle"))
        number = _text(item.get("examNumber"))
        if title or number:
            entries.append(
                _Entry(
                    title=title or str(number),
                    kind="exam",
                    earned_on=iso_date(item.get("examDateTaken")),
                    expires_on=None,
                    status="Passed",
                    number=number,
                )
            )
    for item in _list(transcript.get("appliedSkillsData"), "appliedSkillsCredentials"):
        title = _text(item.get("title"))
        if title:
            entries.append(
                _Entry(
                    title=title,
                    kind="Applied Skills credential",
                    earned_on=iso_date(item.get("awardedOn")),
                    expires_on=None,
                    status=None,
                    number=_text(item.get("credentialId")),
                )
            )
    return entries


def _exam_codes(text: str) -> set[str]:
    return {f"{letters.upper()}-{digits}" for letters, digits in _EXAM_CODE.findall(text)}


def _find(claim: Claim, entries: list[_Entry]) -> _Entry | None:
    """The entry the claim names: by credential number, title, then exam code."""
    if claim.credential_id:
        wanted = claim.credential_id.strip().upper()
        for entry in entries:
            if entry.number and entry.number.upper() == wanted:
                return entry
    certifications = [entry for entry in entries if entry.kind != "exam"]
    title = best_title_match(claim.title, [entry.title for entry in certifications])
    if title is not None:
        return next(entry for entry in certifications if entry.title == title)
    codes = _exam_codes(claim.title)
    return next(
        (entry for entry in entries if entry.number and _exam_codes(entry.number) & codes), None
    )


class MicrosoftLearnVerifier:
    """Microsoft Learn transcript share links; credential pages are named and declined."""

    name: ClassVar[str] = "mslearn"
    platform: ClassVar[str] = "Microsoft Learn"

    def __init__(
        self,
        base_url: str = DEFAULT_MSLEARN_BASE_URL,
        *,
        locale: str = "en-us",
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.base_url = base_url
        self.locale = locale
        self._now = now or (lambda: datetime.now(UTC))

    def recognises(self, claim: Claim) -> bool:
        url = claim_url(claim)
        return url is not None and any(
            pattern.match(url) for pattern in (_TRANSCRIPT, _CREDENTIAL_PAGE, _PROFILE)
        )

    async def verify(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
    ) -> Verification:
        run = Run(claim=claim, method=self.name, source=self.platform, now=self._now())
        url = claim_url(claim) or ""
        share_id = transcript_share_id(url)
        if share_id is None:
            self._decline(run, url)
            return run.result()
        run.checks.passed("platform", "a Microsoft Learn transcript share link")
        api_url = lookup_url(self.base_url, f"/api/profiles/transcript/share/{share_id}")
        answer = await fetch_json(
            run,
            client,
            f"{api_url}?locale={self.locale}",
            check="fetch_transcript",
            what="transcript",
        )
        if answer is None:
            return run.result()
        fetched, transcript = answer
        if not isinstance(transcript, dict) or "certificationData" not in transcript:
            run.checks.failed(
                "fetch_transcript",
                "Microsoft Learn's answer is not a transcript (no certificationData): the "
                "interface may have changed",
                verdict=Verdict.UNSUPPORTED,
            )
            return run.result()
        run.checks.passed(
            "fetch_transcript", f"Microsoft Learn's transcript (HTTP {fetched.status_code})"
        )
        run.confirmed = True
        self._judge(run, transcript, candidate)
        return run.result()

    def _decline(self, run: Run, url: str) -> None:
        run.facts = CredentialFacts(platform=self.platform)
        if _CREDENTIAL_PAGE.match(url):
            detail = (
                "a Microsoft Learn credential page: Microsoft publishes it only as a page drawn "
                "in the browser, with no machine-readable record; ask for the transcript share "
                "link (Learn profile → Transcript → Share link), which credlens can check"
            )
        else:
            detail = (
                "a Microsoft Learn profile, not a share link: only a transcript share link "
                "(…/transcript/<share id>) can be read by machine"
            )
        run.checks.failed("machine_readable", detail, verdict=Verdict.UNSUPPORTED)

    def _judge(self, run: Run, transcript: dict[str, Any], candidate: Candidate) -> None:
        data = transcript.get("certificationData")
        holder = _text(data.get("legalName")) if isinstance(data, dict) else None
        check_recipient_name(run, candidate, holder)
        contact = _text(transcript.get("contactEmail"))
        if contact and email_matches(contact, candidate.emails, hashed=False, salt=None):
            run.recipient_bound = True
            run.bound_by_name_only = False
            run.checks.passed("contact_email", "the transcript's contact email is the candidate's")
        entries = _entries(transcript)
        if not entries:
            run.facts = CredentialFacts(platform=self.platform, recipient_name=holder)
            run.checks.failed(
                "credential",
                "the transcript lists no certification, exam or Applied Skills credential",
                verdict=Verdict.MISMATCH,
            )
            return
        listed = ", ".join(repr(entry.title) for entry in entries[:_LISTED])
        listed += f" and {len(entries) - _LISTED} more" if len(entries) > _LISTED else ""
        if run.claim.source.origin is ClaimOrigin.LINK and len(entries) > 1:
            run.facts = CredentialFacts(platform=self.platform, recipient_name=holder)
            run.checks.passed("credential", f"the transcript lists {listed}")
            return
        entry = entries[0] if run.claim.source.origin is ClaimOrigin.LINK else None
        entry = entry or _find(run.claim, entries)
        if entry is None:
            run.facts = CredentialFacts(platform=self.platform, recipient_name=holder)
            run.checks.failed(
                "credential",
                f"title: the transcript lists no credential named {run.claim.title!r} "
                f"(it lists {listed})",
                verdict=Verdict.MISMATCH,
            )
            return
        run.facts = CredentialFacts(
            title=entry.title,
            issuer="Microsoft",
            issuer_url="https://learn.microsoft.com",
            platform=self.platform,
            recipient_name=holder,
            issued_on=entry.earned_on,
            expires_on=entry.expires_on,
        )
        number = f", number {entry.number}" if entry.number else ""
        run.checks.passed(
            "credential", f"the transcript lists the {entry.kind} {entry.title!r}{number}"
        )
        self._check_expiry(run, entry)

    def _check_expiry(self, run: Run, entry: _Entry) -> None:
        check_validity(run, entry.earned_on, entry.expires_on)
        if entry.historical:
            status = f" ({entry.status})" if entry.status else ""
            run.checks.failed(
                "active",
                f"listed among historical certifications{status}: no longer active",
                verdict=Verdict.EXPIRED,
            )
