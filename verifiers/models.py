"""The verification domain: checks, evidence and the one verdict each claim ends with."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from extractors.models import PARTIAL_DATE_PATTERN, Claim


class Verdict(StrEnum):
    """How a claim ended; the words are the design's and the report's contract."""

    VERIFIED = "verified"
    EXPIRED = "expired"
    REVOKED = "revoked"
    MISMATCH = "mismatch"
    INVALID = "invalid"
    UNVERIFIED = "unverified"
    UNSUPPORTED = "unsupported"
    UNREACHABLE = "unreachable"


#: When checks disagree, the most serious failure decides: a forgery outranks a revocation,
#: which outranks a contradiction, and so on down to "could not ask".
VERDICT_SEVERITY: tuple[Verdict, ...] = (
    Verdict.INVALID,
    Verdict.REVOKED,
    Verdict.MISMATCH,
    Verdict.EXPIRED,
    Verdict.UNREACHABLE,
    Verdict.UNSUPPORTED,
    Verdict.UNVERIFIED,
)


class Assurance(StrEnum):
    """How strong the evidence behind a verdict is, strongest first."""

    SIGNED = "signed"
    #: The issuer's own record, tied to the candidate by an email (hash) or an identifier.
    ISSUER = "issuer"
    #: The issuer's own record, tied to the candidate by name only: two people can share one.
    NAME = "name"
    LINK = "link"
    NONE = "none"


class CheckStatus(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Check(_Frozen):
    """One named step of a verification and how it ended."""

    name: str
    status: CheckStatus
    detail: str
    #: The verdict this check forces when it fails; None for passed and skipped checks.
    failure: Verdict | None = None


class Evidence(_Frozen):
    """A response that a verdict rests on, recorded so a person can audit it."""

    url: str
    status_code: int
    fetched_at: datetime
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    content_type: str | None = None


class EvidenceRigor(_Frozen):
    """What the evidence itself says about how demanding the credential is, as written there.

    Read from the credential or its platform: Open Badges 3.0 ``achievementType`` and
    alignments, a Credly badge template's ``level``, ``type_category``, ``time_to_earn`` and
    ``cost``, Coursera's grade, edX's track. Values are kept as the source spells them; the
    report decides what they are worth.
    """

    #: Open Badges 3.0 ``achievement.achievementType`` ("Certification", "Course", "Badge", …).
    achievement_type: str | None = None
    #: The frameworks the achievement aligns to (OB 3.0 ``alignment[].targetName``).
    alignments: tuple[str, ...] = ()
    #: Credly badge template ``level`` ("Foundational", "Intermediate", "Advanced").
    level: str | None = None
    #: Credly badge template ``type_category`` ("Certification", "Learning", "Validation", …).
    type_category: str | None = None
    #: Credly badge template ``time_to_earn`` ("Hours", "Days", "Weeks", "Months").
    time_to_earn: str | None = None
    #: Credly badge template ``cost`` ("Free", "Paid").
    cost: str | None = None
    #: Coursera's grade achieved, in percent.
    grade_percent: int | None = Field(default=None, ge=0, le=100)
    #: edX's certificate track ("verified", "professional", "honor", "audit").
    track: str | None = None


class CredentialFacts(_Frozen):
    """What the issuer or platform says about the credential, as found."""

    title: str | None = None
    issuer: str | None = None
    issuer_url: str | None = None
    platform: str | None = None
    recipient_name: str | None = None
    issued_on: str | None = Field(default=None, pattern=PARTIAL_DATE_PATTERN)
    expires_on: str | None = Field(default=None, pattern=PARTIAL_DATE_PATTERN)
    skills: tuple[str, ...] = ()
    #: What the evidence says about the credential's rigor; None when it says nothing.
    rigor: EvidenceRigor | None = None


class Verification(_Frozen):
    """A claim with its verdict, the checks that led there and the evidence used."""

    claim: Claim
    verdict: Verdict
    method: str
    assurance: Assurance = Assurance.NONE
    checks: tuple[Check, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    credential: CredentialFacts | None = None
    #: Where the evidence came from when it was not the claim's own link or file
    #: ("from the candidate's Credly profile (jane-doe)").
    provenance: str | None = None


class Checklist:
    """Collects a verifier's checks and derives the verdict they lead to.

    Every verifier records each step here rather than deciding verdicts by hand, so the
    same evidence always gives the same verdict and every verdict has its reasons.
    """

    def __init__(self, checks: Iterable[Check] = ()) -> None:
        self._checks: list[Check] = list(checks)

    def passed(self, name: str, detail: str) -> None:
        self._checks.append(Check(name=name, status=CheckStatus.PASSED, detail=detail))

    def skipped(self, name: str, detail: str) -> None:
        self._checks.append(Check(name=name, status=CheckStatus.SKIPPED, detail=detail))

    def failed(self, name: str, detail: str, *, verdict: Verdict) -> None:
        self._checks.append(
            Check(name=name, status=CheckStatus.FAILED, detail=detail, failure=verdict)
        )

    def check(self, name: str, ok: bool, *, passed: str, failed: str, verdict: Verdict) -> bool:
        """Record a yes/no step; returns ``ok`` so a verifier can stop early."""
        if ok:
            self.passed(name, passed)
        else:
            self.failed(name, failed, verdict=verdict)
        return ok

    @property
    def checks(self) -> tuple[Check, ...]:
        return tuple(self._checks)

    def verdict(self) -> Verdict:
        """The most serious failure's verdict; ``verified`` only if something passed."""
        failures = {check.failure for check in self._checks if check.failure is not None}
        for verdict in VERDICT_SEVERITY:
            if verdict in failures:
                return verdict
        if any(check.status is CheckStatus.PASSED for check in self._checks):
            return Verdict.VERIFIED
        return Verdict.UNVERIFIED
