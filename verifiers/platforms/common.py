"""What every badge-platform verifier shares: URL matching, look-ups, and the claim comparisons.

A platform verifier recognises its links offline, turns the public link into a look-up at the
platform's (configurable) API base, records each step in a ``Checklist``, and ends with the
same three questions: is it real, is it the candidate's, and does it say what the résumé says?
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from typing import ClassVar, ParamSpec, TypeVar
from urllib.parse import urlsplit

import httpx

from extractors.models import Candidate, Claim
from verifiers.identity import match_name
from verifiers.models import (
    CheckStatus,
    CredentialFacts,
    Verdict,
    Verification,
)
from verifiers.openbadges2 import OpenBadges2Verifier
from verifiers.run import Run, Stop, fetch_checked, fetch_json_checked

P = ParamSpec("P")
T = TypeVar("T")

__all__ = [
    "LinkOnlyVerifier",
    "Run",
    "check_recipient_name",
    "claim_url",
    "fetch_json",
    "fetch_page",
    "iso_date",
    "lookup_url",
    "walk_open_badge",
]


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


def _none_after_stop(
    fetching: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[T | None]]:
    async def fetch_or_none(*args: P.args, **kwargs: P.kwargs) -> T | None:
        try:
            return await fetching(*args, **kwargs)
        except Stop:
            return None

    return fetch_or_none


#: ``fetch_json_checked`` for a platform's look-up: None after a failure it recorded.
fetch_json = _none_after_stop(fetch_json_checked)
#: ``fetch_checked`` for a platform's page: None after a failure it recorded.
fetch_page = _none_after_stop(fetch_checked)


# -- is it the candidate's? -------------------------------------------------------------------


def check_recipient_name(run: Run, candidate: Candidate, found: str | None) -> None:
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
        run.bound_by_name_only = True
        run.checks.passed(
            "recipient",
            f"awarded to {found.strip()!r}: {match.reason} (score {match.score:.2f}; by name only)",
        )
        return
    kind = "a near miss" if match.near_miss else "another name"
    run.checks.failed(
        "recipient",
        f"awarded to {found.strip()!r}, {kind} to the résumé's {candidate.name.strip()!r} "
        f"(score {match.score:.2f}; {match.reason})",
        verdict=Verdict.MISMATCH,
    )


# -- platforms that publish Open Badges 2.0 assertions -------------------------------------


async def walk_open_badge(
    run: Run,
    ob2: OpenBadges2Verifier,
    candidate: Candidate,
    client: httpx.AsyncClient,
    assertion_url: str,
) -> None:
    """Check a platform's hosted assertion with the Open Badges 2.0 verifier.

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
        run = Run(claim=claim, method=self.name, source=self.platform)
        run.facts = CredentialFacts(platform=self.platform)
        run.checks.passed("platform", f"a {self.platform} link")
        run.checks.failed("machine_readable", self.reason, verdict=Verdict.UNSUPPORTED)
        return run.result()
