"""What every evidence source shares: one run, one fetch and HTTP-status table, one dates check.

A source records each step of one verification in a ``Run`` (checks, evidence, the facts it
found, whether the issuer answered, a signature held, the recipient bound), ends early with
``raise run.stop(...)``, and returns ``run.result()``. Every fetch of the credential, or of a
document it rests on, goes through ``fetch_checked``, so the same HTTP answer means the same
verdict from every source (``STATUS_VERDICTS``); every validity window goes through
``check_validity``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import httpx

from extractors.models import Candidate, Claim
from verifiers.http import BlockedURLError, Fetched, FetchError, fetch, is_transient_status
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

__all__ = [
    "ACCEPT_JSON",
    "STATUS_VERDICTS",
    "Run",
    "ServedSource",
    "Stop",
    "check_validity",
    "fetch_checked",
    "fetch_json_checked",
    "parse_datetime",
    "status_verdict",
]

ACCEPT_JSON = "application/json, application/ld+json;q=0.9"

#: What an HTTP answer about a credential means, for every source. 2xx is an answer to read;
#: 410 Gone is the issuer withdrawing it (Open Badges 2.0 names it revocation); 404 and the
#: other refusals leave nothing confirmed (platforms answer them for private and deleted
#: credentials alike); 408, 425, 429 and 5xx mean "ask again later", never held against the
#: candidate. A document the credential rests on (a badge class, an issuer profile, a key, a
#: status list) that is gone proves nothing either way: its 410 is ``unverified``.
STATUS_VERDICTS: Mapping[str, Verdict] = {
    "410": Verdict.REVOKED,
    "transient": Verdict.UNREACHABLE,
    "other": Verdict.UNVERIFIED,
}
#: A fetch that got no answer: a refused address is a link credlens will not follow; one that
#: failed for good (no such host, bad TLS, too large) is a link that leads nowhere.
BLOCKED_VERDICT = Verdict.UNSUPPORTED
PERMANENT_FAILURE_VERDICT = Verdict.UNVERIFIED


def status_verdict(status: int, *, supporting: bool = False) -> Verdict | None:
    """The verdict an HTTP status forces (None for 2xx), from ``STATUS_VERDICTS``."""
    if 200 <= status < 300:
        return None
    if is_transient_status(status):
        return STATUS_VERDICTS["transient"]
    if status == 410 and not supporting:
        return STATUS_VERDICTS["410"]
    return STATUS_VERDICTS["other"]


def _status_detail(status: int, what: str, verdict: Verdict) -> str:
    if verdict is Verdict.UNREACHABLE:
        return f"{what}: temporarily unavailable (HTTP {status}); try again later"
    if verdict is Verdict.REVOKED:
        return f"{what}: the issuer withdrew it (HTTP {status} Gone)"
    if status in (404, 410):
        return f"{what}: not found (HTTP {status}); it does not exist, was deleted, or is private"
    return f"{what}: refused (HTTP {status}); nothing confirms it"


class Stop(Exception):
    """A step failed in a way that leaves nothing further to check."""


@dataclass
class Run:
    """One verification in progress: its checks, the evidence fetched and what was found."""

    claim: Claim
    method: str
    #: How the source names itself in details ("Credly", "the issuer").
    source: str = "the issuer"
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    checks: Checklist = field(default_factory=Checklist)
    evidence: list[Evidence] = field(default_factory=list)
    facts: CredentialFacts | None = None
    #: The issuer or platform itself answered for the credential (not only a page that loads).
    confirmed: bool = False
    #: A signature, proof or blockchain anchor held.
    signed: bool = False
    #: The credential was tied to the candidate by name, email or identifier.
    recipient_bound: bool = False
    #: ... by the name alone (weaker: assurance ``name``, not ``issuer``).
    bound_by_name_only: bool = False

    @property
    def platform(self) -> str:
        return self.source

    def add_evidence(self, *items: Evidence | None) -> None:
        for item in items:
            if item is not None and item not in self.evidence:
                self.evidence.append(item)

    def held(self, name: str) -> bool:
        """Whether the last check called ``name`` passed."""
        found = [check for check in self.checks.checks if check.name == name]
        return bool(found) and found[-1].status is CheckStatus.PASSED

    def stop(self, name: str, detail: str, verdict: Verdict) -> Stop:
        """Record a failed step that ends the run; ``raise run.stop(...)``."""
        self.checks.failed(name, detail, verdict=verdict)
        return Stop()

    def replay(self, checks: Iterable[Check]) -> None:
        """Take over checks another run recorded (a platform's Open Badges 2.0 walk)."""
        for check in checks:
            if check.status is CheckStatus.PASSED:
                self.checks.passed(check.name, check.detail)
            elif check.status is CheckStatus.SKIPPED:
                self.checks.skipped(check.name, check.detail)
            else:
                self.checks.failed(
                    check.name, check.detail, verdict=check.failure or Verdict.UNVERIFIED
                )

    def assurance(self) -> Assurance:
        """Signed beats the issuer's word, which beats a link that loads; each needs the
        credential tied to the candidate."""
        if self.signed and self.recipient_bound:
            return Assurance.SIGNED
        if self.confirmed and self.recipient_bound:
            return Assurance.NAME if self.bound_by_name_only else Assurance.ISSUER
        if self.evidence:
            return Assurance.LINK
        return Assurance.NONE

    def result(self) -> Verification:
        return Verification(
            claim=self.claim,
            verdict=self.checks.verdict(),
            method=self.method,
            assurance=self.assurance(),
            checks=self.checks.checks,
            evidence=tuple(self.evidence),
            credential=self.facts,
        )


class ServedSource:
    """A source whose one check runs on a link it fetches itself or on an answer the link
    router already fetched: subclasses write ``verify_answer`` once."""

    async def verify(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
    ) -> Verification:
        return await self.verify_answer(claim, candidate, client, None)

    async def verify_fetched(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient, fetched: Fetched
    ) -> Verification:
        """The same check on an answer already fetched at ``claim.url`` (not asked again)."""
        return await self.verify_answer(claim, candidate, client, fetched)

    async def verify_answer(
        self,
        claim: Claim,
        candidate: Candidate,
        client: httpx.AsyncClient,
        fetched: Fetched | None,
    ) -> Verification:
        raise NotImplementedError


async def fetch_checked(
    run: Run,
    client: httpx.AsyncClient,
    url: str,
    *,
    check: str,
    what: str,
    accept: str = ACCEPT_JSON,
    supporting: bool = False,
) -> Fetched:
    """Fetch through the guarded door and judge the answer by ``STATUS_VERDICTS``.

    Returns a 2xx answer (its evidence recorded); anything else is recorded as a failed
    ``check`` with the table's verdict and raises ``Stop``. ``supporting`` marks a document
    the credential rests on rather than the credential itself.
    """
    try:
        fetched = await fetch(client, url, accept=accept)
    except BlockedURLError as error:
        detail = f"credlens will not fetch {what}: {error.reason}"
        raise run.stop(check, detail, BLOCKED_VERDICT) from None
    except FetchError as error:
        failure = Verdict.UNREACHABLE if error.transient else PERMANENT_FAILURE_VERDICT
        raise run.stop(check, f"could not fetch {what}: {error.reason}", failure) from None
    run.add_evidence(fetched.evidence)
    verdict = status_verdict(fetched.status_code, supporting=supporting)
    if verdict is Verdict.REVOKED:
        detail = _status_detail(fetched.status_code, what, verdict) + _withdrawal_reason(fetched)
        raise run.stop("revocation", detail, verdict)
    if verdict is not None:
        raise run.stop(check, _status_detail(fetched.status_code, what, verdict), verdict)
    return fetched


def _withdrawal_reason(fetched: Fetched) -> str:
    """The reason an issuer gives with its 410 (Open Badges 2.0 ``revocationReason``)."""
    try:
        body = fetched.json()
    except ValueError:
        return ""
    reason = body.get("revocationReason") if isinstance(body, dict) else None
    return f" (reason: {reason.strip()})" if isinstance(reason, str) and reason.strip() else ""


async def fetch_json_checked(
    run: Run,
    client: httpx.AsyncClient,
    url: str,
    *,
    check: str,
    what: str,
    accept: str = ACCEPT_JSON,
) -> tuple[Fetched, Any]:
    """``fetch_checked`` and the body as JSON; a body that is not JSON is ``unsupported``
    (the source may have changed its interface) and stops the run."""
    fetched = await fetch_checked(run, client, url, check=check, what=what, accept=accept)
    try:
        return fetched, fetched.json()
    except ValueError:
        raise run.stop(
            check,
            f"{run.source} answered {fetched.content_type or 'an unknown type'}, not JSON: "
            "it may have changed its interface",
            Verdict.UNSUPPORTED,
        ) from None


def parse_datetime(value: object) -> datetime | None:
    """An ISO 8601 / RFC 3339 date-time or bare date as aware UTC; None when absent or
    unreadable."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str) and value.strip():
        text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            try:
                parsed = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
            except ValueError:
                return None
    else:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def check_validity(
    run: Run,
    issued: object,
    expires: object,
    *,
    issued_field: str = "issue date",
    expires_field: str = "expiry date",
    expired: bool = False,
) -> None:
    """The one validity-window check every source makes, as ``issued_on`` and ``expiry``.

    A stated date that is not a date, an issue date in the future, or an expiry before the
    issue is ``invalid``; a past expiry (or ``expired``, the issuer's own word) is
    ``expired``; a missing issue date is skipped (whether a format requires one is the
    format's check), a missing expiry means it does not expire.
    """
    start = parse_datetime(issued)
    if issued not in (None, "") and start is None:
        run.checks.failed(
            "issued_on", f"the {issued_field} {issued!r} is not a date", verdict=Verdict.INVALID
        )
    elif start is not None and start > run.now:
        run.checks.failed(
            "issued_on", f"issued in the future ({start:%Y-%m-%d})", verdict=Verdict.INVALID
        )
    elif start is not None:
        run.checks.passed("issued_on", f"issued {start:%Y-%m-%d}")
    else:
        run.checks.skipped("issued_on", f"no {issued_field} stated")
    end = parse_datetime(expires)
    if expires not in (None, "") and end is None:
        run.checks.failed(
            "expiry", f"the {expires_field} {expires!r} is not a date", verdict=Verdict.INVALID
        )
    elif end is not None and start is not None and end < start:
        run.checks.failed(
            "expiry",
            f"expires ({end:%Y-%m-%d}) before it was issued ({start:%Y-%m-%d})",
            verdict=Verdict.INVALID,
        )
    elif end is not None and end <= run.now:
        run.checks.failed("expiry", f"expired on {end:%Y-%m-%d}", verdict=Verdict.EXPIRED)
    elif expired:
        run.checks.failed("expiry", f"{run.source} marks it expired", verdict=Verdict.EXPIRED)
    elif end is not None:
        run.checks.passed("expiry", f"valid until {end:%Y-%m-%d}")
    else:
        run.checks.passed("expiry", "does not expire")
