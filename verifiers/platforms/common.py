"""What every badge-platform verifier shares: URL matching, look-ups, and the claim comparisons.

A platform verifier recognises its links offline, turns the public link into a look-up at the
platform's (configurable) API base, records each step in a ``Checklist``, and ends with the
same three questions: is it real, is it the candidate's, and does it say what the résumé says?
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, ClassVar
from urllib.parse import urlsplit

import httpx

from extractors.models import Candidate, Claim, ClaimOrigin
from verifiers.http import BlockedURLError, Fetched, FetchError, fetch, is_transient_status
from verifiers.identity import fold, match_name
from verifiers.models import (
    Assurance,
    Check,
    Checklist,
    CheckStatus,
    CredentialFacts,
    Evidence,
    Verdict,
    Verification,
)
from verifiers.openbadges2 import OpenBadges2Verifier

__all__ = [
    "DEFAULT_DATE_TOLERANCE",
    "LinkOnlyVerifier",
    "PlatformRun",
    "best_title_match",
    "check_recipient_name",
    "claim_url",
    "compare_with_claim",
    "fetch_json",
    "fetch_page",
    "iso_date",
    "lookup_url",
    "walk_open_badge",
]

ACCEPT_JSON = "application/json, application/ld+json;q=0.9"
#: How far a résumé's issue date may be from the platform's: exam day, badge day and the month
#: people remember are often a few weeks apart.
DEFAULT_DATE_TOLERANCE = timedelta(days=45)


def claim_url(claim: Claim) -> str | None:
    """The claim's link, trimmed, when it is an http(s) URL."""
    url = (claim.url or "").strip()
    return url if urlsplit(url).scheme.lower() in {"http", "https"} else None


def lookup_url(base_url: str, path: str) -> str:
    """``path`` on the configured API base, so a sandbox base keeps the platform's paths."""
    return base_url.rstrip("/") + "/" + path.lstrip("/")


def iso_date(value: object) -> str | None:
    """The day of an ISO 8601 date or datetime (``2024-05-01T10:00:00Z`` → ``2024-05-01``)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC)
    return parsed.date().isoformat()


@dataclass
class PlatformRun:
    """One platform verification in progress: its checks, evidence and what was found."""

    claim: Claim
    method: str
    platform: str
    checks: Checklist = field(default_factory=Checklist)
    evidence: list[Evidence] = field(default_factory=list)
    facts: CredentialFacts | None = None
    #: The platform itself answered for the credential (not only a page that loads).
    confirmed: bool = False
    #: The credential was tied to the candidate by name or email.
    recipient_bound: bool = False

    def replay(self, checks: Iterable[Check]) -> None:
        """Take over checks another verifier recorded (the Open Badges 2.0 walk)."""
        for check in checks:
            if check.status is CheckStatus.PASSED:
                self.checks.passed(check.name, check.detail)
            elif check.status is CheckStatus.SKIPPED:
                self.checks.skipped(check.name, check.detail)
            else:
                self.checks.failed(
                    check.name, check.detail, verdict=check.failure or Verdict.UNVERIFIED
                )

    def result(self) -> Verification:
        if self.confirmed and self.recipient_bound:
            assurance = Assurance.ISSUER
        elif self.evidence:
            assurance = Assurance.LINK
        else:
            assurance = Assurance.NONE
        return Verification(
            claim=self.claim,
            verdict=self.checks.verdict(),
            method=self.method,
            assurance=assurance,
            checks=self.checks.checks,
            evidence=tuple(self.evidence),
            credential=self.facts,
        )


async def fetch_json(
    run: PlatformRun,
    client: httpx.AsyncClient,
    url: str,
    *,
    check: str,
    what: str,
    accept: str = ACCEPT_JSON,
) -> tuple[Fetched, Any] | None:
    """Fetch a platform's JSON answer; on any failure record why and return None.

    A refused URL or a non-JSON answer is ``unsupported``; a timeout, 429 or 5xx is
    ``unreachable`` (never counted against the candidate); 404 and 410 are ``unverified``:
    platforms answer them for private and deleted credentials alike.
    """
    fetched = await fetch_page(run, client, url, check=check, what=what, accept=accept)
    if fetched is None:
        return None
    try:
        document = fetched.json()
    except ValueError:
        run.checks.failed(
            check,
            f"{run.platform} answered {fetched.content_type or 'an unknown type'}, not JSON: "
            "it may have changed its interface",
            verdict=Verdict.UNSUPPORTED,
        )
        return None
    return fetched, document


async def fetch_page(
    run: PlatformRun,
    client: httpx.AsyncClient,
    url: str,
    *,
    check: str,
    what: str,
    accept: str = ACCEPT_JSON,
) -> Fetched | None:
    """Fetch through the guarded door and judge the HTTP status; None after a failure."""
    try:
        fetched = await fetch(client, url, accept=accept)
    except BlockedURLError as error:
        run.checks.failed(
            check, f"credlens will not fetch {what}: {error.reason}", verdict=Verdict.UNSUPPORTED
        )
        return None
    except FetchError as error:
        verdict = Verdict.UNREACHABLE if error.transient else Verdict.UNSUPPORTED
        run.checks.failed(check, f"could not fetch {what}: {error.reason}", verdict=verdict)
        return None
    run.evidence.append(fetched.evidence)
    status = fetched.status_code
    if 200 <= status < 300:
        return fetched
    if is_transient_status(status):
        run.checks.failed(
            check,
            f"{run.platform} is temporarily unavailable (HTTP {status}); try again later",
            verdict=Verdict.UNREACHABLE,
        )
    elif status in {404, 410}:
        run.checks.failed(
            check,
            f"{run.platform} has no public {what} at this link (HTTP {status}): it does not "
            "exist, was deleted, or is private",
            verdict=Verdict.UNVERIFIED,
        )
    else:
        run.checks.failed(
            check,
            f"{run.platform} refused to show {what} (HTTP {status}); nothing confirms it",
            verdict=Verdict.UNVERIFIED,
        )
    return None


# -- is it the candidate's? -------------------------------------------------------------------


def check_recipient_name(run: PlatformRun, candidate: Candidate, found: str | None) -> None:
    """The platform's recipient name against the résumé's, shown side by side when they differ."""
    if not found or not found.strip():
        run.checks.failed(
            "recipient",
            f"recipient could not be confirmed: {run.platform} shows no recipient name",
            verdict=Verdict.UNVERIFIED,
        )
        return
    if not candidate.name or not candidate.name.strip():
        run.checks.failed(
            "recipient",
            "recipient could not be confirmed: the résumé gives no name to compare",
            verdict=Verdict.UNVERIFIED,
        )
        return
    match = match_name(candidate.name, found)
    if match.same:
        run.recipient_bound = True
        run.checks.passed(
            "recipient", f"awarded to {found.strip()!r}: {match.reason} (score {match.score:.2f})"
        )
        return
    kind = "a near miss" if match.near_miss else "another name"
    run.checks.failed(
        "recipient",
        f"awarded to {found.strip()!r}, {kind} to the résumé's {candidate.name.strip()!r} "
        f"(score {match.score:.2f}; {match.reason})",
        verdict=Verdict.MISMATCH,
    )


# -- does it say what the résumé says? --------------------------------------------------------

#: Credential levels that name different credentials: Associate is not Professional.
_LEVELS: Mapping[str, str] = {
    "fundamentals": "Fundamentals",
    "foundational": "Foundational",
    "foundation": "Foundation",
    "practitioner": "Practitioner",
    "associate": "Associate",
    "professional": "Professional",
    "expert": "Expert",
    "specialty": "Specialty",
    "master": "Master",
    "advanced": "Advanced",
    "intermediate": "Intermediate",
    "beginner": "Beginner",
}
#: Words that every credential title has, so they say nothing about which one.
_GENERIC = frozenset(
    {
        *("a", "an", "and", "the", "of", "for", "in", "on", "to", "with", "by", "at"),
        *("certified", "certification", "certificate", "credential", "badge", "exam"),
        *("course", "program", "programme", "specialization", "specialisation", "professional"),
    }
)
_WORD = re.compile(r"[a-z0-9]+")
_HAS_DIGIT = re.compile(r"\d")
#: Exam and course codes (AZ-104, SAA-C03, CS50) name a credential without its words.
_CODE = re.compile(r"\b[A-Za-z]{1,4}-?[A-Za-z]?\d{2,4}\b")
#: Share of the résumé's title words that the platform's title must contain.
_TITLE_COVERAGE = 0.6


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _levels(words: Iterable[str]) -> set[str]:
    return {_LEVELS[word] for word in words if word in _LEVELS}


def _initials(words: list[str]) -> str:
    return "".join(word[0] for word in words if word not in {"a", "an", "and", "the", "of"})


def _covered(word: str, found: list[str], initials: str) -> bool:
    return word in found or (2 <= len(word) <= 6 and word in initials)


def _title_problem(claimed: str, found: str, issuer: str | None = None) -> str | None:
    """Why the platform's title is another credential than the résumé's, or None.

    Résumés often write the issuer into the title ("Google Cloud Associate Cloud Engineer"),
    so the issuer's words count as found.
    """
    claimed_words, found_words = _words(_CODE.sub(" ", claimed)), _words(found)
    claimed_levels, found_levels = _levels(claimed_words), _levels(found_words)
    if claimed_levels and found_levels and not claimed_levels & found_levels:
        return (
            f"level: the résumé claims {'/'.join(sorted(claimed_levels))}, {found!r} is "
            f"{'/'.join(sorted(found_levels))}"
        )
    significant = [
        word
        for word in claimed_words
        if word not in _GENERIC and word not in _LEVELS and not _HAS_DIGIT.search(word)
    ]
    if not significant:
        return None
    initials = _initials(found_words)
    found_words += _words(issuer or "")
    covered = sum(_covered(word, found_words, initials) for word in significant)
    if covered / len(significant) < _TITLE_COVERAGE:
        return f"title: the résumé claims {claimed!r}, the platform shows {found!r}"
    return None


def _issuer_problem(claimed: str, found: str) -> str | None:
    claimed_words = [word for word in _words(claimed) if word not in _GENERIC]
    found_words = [word for word in _words(found) if word not in _GENERIC]
    if not claimed_words or not found_words:
        return None
    found_initials, claimed_initials = _initials(found_words), _initials(claimed_words)
    if set(claimed_words) & set(found_words):
        return None
    if any(len(word) >= 2 and word in found_initials for word in claimed_words):
        return None
    if any(len(word) >= 2 and word in claimed_initials for word in found_words):
        return None
    return f"issuer: the résumé names {claimed!r}, the platform shows {found!r}"


def _claimed_interval(claimed: str) -> tuple[date, date] | None:
    """The days a résumé date can mean: one day, a whole month, or a whole year."""
    try:
        if len(claimed) == 4:
            year = int(claimed)
            return date(year, 1, 1), date(year, 12, 31)
        if len(claimed) == 7:
            first = date.fromisoformat(claimed + "-01")
            following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
            return first, following - timedelta(days=1)
        day = date.fromisoformat(claimed)
    except ValueError:
        return None
    return day, day


def _date_problem(claimed: str, found: str, tolerance: timedelta) -> str | None:
    interval = _claimed_interval(claimed)
    try:
        issued = date.fromisoformat(found)
    except ValueError:
        return None
    if interval is None:
        return None
    first, last = interval
    distance = max(first - issued, issued - last, timedelta(0))
    if distance > tolerance:
        return (
            f"issued_on: the résumé says {claimed}, the platform says {found} "
            f"({distance.days} days apart, more than {tolerance.days})"
        )
    return None


def compare_with_claim(
    run: PlatformRun,
    facts: CredentialFacts,
    *,
    tolerance: timedelta = DEFAULT_DATE_TOLERANCE,
    compare_title: bool = True,
) -> None:
    """Title and level, issuer, and issue date of the claim against the platform's."""
    claim = run.claim
    if claim.source.origin is ClaimOrigin.LINK:
        run.checks.skipped(
            "claim_match",
            "the link was given beside the résumé: no claimed title, issuer or date to compare",
        )
        return
    problems: list[str] = []
    compared: list[str] = []
    if compare_title and claim.title.strip() and facts.title:
        compared.append("title and level")
        problem = _title_problem(claim.title, facts.title, facts.issuer)
        if problem:
            problems.append(problem)
    if claim.issuer and facts.issuer:
        compared.append("issuer")
        problem = _issuer_problem(claim.issuer, facts.issuer)
        if problem:
            problems.append(problem)
    if claim.issued_on and facts.issued_on:
        compared.append("issue date")
        problem = _date_problem(claim.issued_on, facts.issued_on, tolerance)
        if problem:
            problems.append(problem)
    if problems:
        for problem in problems:
            field_name = problem.split(":", 1)[0]
            run.checks.failed(f"claim_{field_name}", problem, verdict=Verdict.MISMATCH)
    elif compared:
        run.checks.passed("claim_match", "the résumé agrees on " + ", ".join(compared))
    else:
        run.checks.skipped("claim_match", "nothing the résumé states can be compared")


def best_title_match(claimed: str, titles: Iterable[str]) -> str | None:
    """Of several credentials (a transcript), the one the claim names, ignoring its level.

    Among titles that cover the claim's words equally, the one at the claimed level and with
    the fewest words the claim does not mention wins.
    """
    all_words = _words(_CODE.sub(" ", claimed))
    claimed_words = [w for w in all_words if w not in _GENERIC and w not in _LEVELS]
    if not claimed_words:
        return None
    claimed_levels = _levels(all_words)
    best: tuple[tuple[float, bool, float], str] | None = None
    for title in titles:
        found_words = _words(title)
        initials = _initials(found_words)
        covered = sum(_covered(word, found_words, initials) for word in claimed_words)
        share = covered / len(claimed_words)
        significant = [w for w in found_words if w not in _GENERIC and w not in _LEVELS]
        extra = sum(word not in all_words for word in significant) / max(len(significant), 1)
        same_level = not claimed_levels or bool(claimed_levels & _levels(found_words))
        rank = (share, same_level, -extra)
        if share >= _TITLE_COVERAGE and (best is None or rank > best[0]):
            best = (rank, title)
    return best[1] if best else None


# -- platforms that publish Open Badges 2.0 assertions -------------------------------------


async def walk_open_badge(
    run: PlatformRun,
    ob2: OpenBadges2Verifier,
    candidate: Candidate,
    client: httpx.AsyncClient,
    assertion_url: str,
    *,
    tolerance: timedelta = DEFAULT_DATE_TOLERANCE,
) -> None:
    """Check a platform's hosted assertion with the Open Badges 2.0 verifier, then the claim.

    The assertion → BadgeClass → issuer walk, hosted origin, hashed-email recipient,
    revocation and expiry are the Open Badges 2.0 verifier's own; its checks and evidence
    are taken over as they are.
    """
    walked = await ob2.verify(
        run.claim.model_copy(update={"url": assertion_url}), candidate, client
    )
    run.replay(walked.checks)
    run.evidence.extend(walked.evidence)
    passed = {check.name for check in walked.checks if check.status is CheckStatus.PASSED}
    run.confirmed = "hosted_origin" in passed
    run.recipient_bound = "recipient" in passed
    if walked.credential is None:
        return
    run.facts = walked.credential.model_copy(update={"platform": run.platform})
    compare_with_claim(run, run.facts, tolerance=tolerance)


# -- platforms with no machine-readable record --------------------------------------------


class LinkOnlyVerifier:
    """A platform whose credential pages can be opened by a person but not read by machine.

    It says so in the checks (``unsupported``, with the reason and what to ask for instead)
    rather than guessing from a page built in the browser or behind a login.
    """

    name: ClassVar[str]
    platform: ClassVar[str]
    patterns: ClassVar[tuple[re.Pattern[str], ...]]
    reason: ClassVar[str]

    def recognises(self, claim: Claim) -> bool:
        url = claim_url(claim)
        return url is not None and any(pattern.match(url) for pattern in self.patterns)

    async def verify(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
    ) -> Verification:
        run = PlatformRun(claim=claim, method=self.name, platform=self.platform)
        run.facts = CredentialFacts(platform=self.platform)
        run.checks.passed("platform", f"a {self.platform} link")
        run.checks.failed("machine_readable", self.reason, verdict=Verdict.UNSUPPORTED)
        return run.result()
