"""The report domain: one verified résumé, scored, as every output shows it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from extractors.models import PARTIAL_DATE_PATTERN, Candidate, Source
from extractors.rigor import Assessment
from reports.fit_models import RoleFit
from verifiers.models import Assurance, Check, CredentialFacts, Evidence, Verdict

#: The version of the JSON contract in ``docs/report.schema.json``; bump it on any change
#: that a consumer could notice.
REPORT_SCHEMA_VERSION = "1.10"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SkillLevel(StrEnum):
    """How far the claims behind a skill are proven, strongest first."""

    VERIFIED = "verified"
    PARTLY_VERIFIED = "partly verified"
    CLAIMED_ONLY = "claimed only"
    CONTRADICTED = "contradicted"


class HistorySource(StrEnum):
    """Where a verdict in a claim's history came from."""

    #: The résumé itself (or a credential uploaded in its place).
    RESUME = "resume"
    #: A link the recruiter or the ATS gave beside the résumé.
    LINK = "link"
    #: Answers the candidate gave to an evidence request.
    CANDIDATE_LINK = "candidate_link"
    CANDIDATE_FILE = "candidate_file"
    CANDIDATE_ID = "candidate_id"
    CANDIDATE_WITHDRAWAL = "candidate_withdrawal"
    #: The verification checked again later, as a recruiter asked (a badge may have been
    #: revoked or renewed since).
    RECHECK = "recheck"


class HistoryEntry(_Frozen):
    """One verdict a claim had, when, and on what evidence; the last one is the current."""

    at: datetime
    verdict: Verdict
    source: HistorySource
    detail: str = ""


class RigorSource(StrEnum):
    """Where a claim's rigor was read from."""

    #: The catalog entry the claim names, with its public sources (docs/catalog-rigor.md).
    CATALOG = "catalog"
    #: The credential's own evidence (Open Badges 3.0, Credly, Coursera, edX).
    EVIDENCE = "evidence"
    #: Neither says: the rigor is unknown.
    NONE = "none"


class ClaimRigor(_Frozen):
    """What a claimed credential takes to earn, in a word, a meter and a line.

    It never changes a verdict or the verification score; it feeds the evidence strength.
    """

    assessment: Assessment
    #: The assessment in a word or two: "Hands-on exam", "Proctored exam", "Completion".
    word: str
    #: The same on a 0–5 meter (shown as filled and empty dots beside the word).
    meter: int = Field(ge=0, le=5)
    #: The points this rigor weighs in the evidence strength (docs/scoring.md §8).
    points: int = Field(ge=0, le=100)
    #: A recognition beyond the issuer: "ISO/IEC 17024 accredited (ANAB)", "licence (…)".
    recognition: str | None = None
    #: What this credential takes, in one line a hiring manager reads.
    takes: str
    source: RigorSource
    #: The public page the assessment was read from (catalog), when there is one.
    source_url: str | None = None


class ReportClaim(_Frozen):
    """One claimed credential with its verdict, checks, evidence and the points it earned."""

    id: str
    title: str
    text: str = ""
    issuer: str | None = None
    credential_id: str | None = None
    url: str | None = None
    issued_on: str | None = Field(default=None, pattern=PARTIAL_DATE_PATTERN)
    expires_on: str | None = Field(default=None, pattern=PARTIAL_DATE_PATTERN)
    catalog_id: str | None = None
    skills: tuple[str, ...] = ()
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    source: Source = Source()
    verdict: Verdict
    method: str
    assurance: Assurance
    #: Points from -100 (forged) to 100 (signed and verified); None when left out of the score.
    strength: int | None = Field(ge=-100, le=100)
    checks: tuple[Check, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    credential: CredentialFacts | None = None
    #: Where the evidence came from: "from the claim's own link", "from the candidate's Credly
    #: profile (jane-doe)", "from Coursera's verification page"; None when none was found.
    provenance: str | None = None
    #: Every verdict the claim has had, oldest first: the résumé's, then one per answer the
    #: candidate gave to an evidence request and one per re-check.
    history: tuple[HistoryEntry, ...] = ()
    #: What the credential takes to earn; None only in reports made before schema 1.3.
    rigor: ClaimRigor | None = None


class ReportWallet(_Frozen):
    """A profile of the candidate's that credlens opened, and what it held."""

    label: str
    url: str
    platform: str
    holder: str | None = None
    #: Whether the holder is the candidate by name; None when either name is missing.
    holder_is_candidate: bool | None = None
    readable: bool = True
    credentials: int = Field(default=0, ge=0)
    checks: tuple[Check, ...] = ()
    evidence: tuple[Evidence, ...] = ()


class AlsoHeld(_Frozen):
    """A credential in the candidate's wallet that the résumé does not mention: it feeds the
    skills, not the score."""

    title: str
    issuer: str | None = None
    issued_on: str | None = Field(default=None, pattern=PARTIAL_DATE_PATTERN)
    expires_on: str | None = Field(default=None, pattern=PARTIAL_DATE_PATTERN)
    skills: tuple[str, ...] = ()
    source: str
    url: str | None = None
    #: The wallet is the candidate's (by name): its skills count as shown.
    bound: bool = False
    #: The wallet marks it expired (absent otherwise; ``expires_on`` may say so too): it
    #: proves no role requirement.
    expired: bool = Field(default=False, exclude_if=lambda value: not value)


class ReportSkill(_Frozen):
    """A skill and how well the claims that evidence it are proven."""

    name: str
    level: SkillLevel
    claims: tuple[str, ...] = ()
    #: The rigor points of the strongest proof behind it (an expired one at half); None when
    #: no claim behind it is proven. Skills of one level are listed strongest first.
    strength: int | None = Field(default=None, ge=0, le=100)
    #: That strongest proof's rigor in a word ("Hands-on exam").
    rigor: str | None = None


class StackPart(_Frozen):
    """One credential that leads to a stack, and the claims that show it."""

    catalog_id: str
    title: str
    claims: tuple[str, ...] = ()
    proven: bool = False


class Stack(_Frozen):
    """A credential that others lead to (a certification path), and how much of it is proven."""

    catalog_id: str
    title: str
    #: The claims of the stack's own credential, when the candidate claims it too.
    claims: tuple[str, ...] = ()
    parts: tuple[StackPart, ...]
    proven: int = Field(ge=0)
    total: int = Field(ge=1)


class Score(_Frozen):
    """The overall score, the verdict counts, and the reasons that moved it most."""

    overall: int = Field(ge=0, le=100)
    #: How many claims were counted, i.e. all but the unreachable ones.
    counted: int = Field(ge=0)
    by_verdict: dict[Verdict, int]
    reasons: tuple[str, ...] = ()


class EvidenceStrength(_Frozen):
    """How demanding the proven credentials are: a second figure beside the score, which
    says how much is proven. Its rule is in docs/scoring.md §8."""

    #: The mean rigor points of the proven claims, 0–100; None when nothing is proven.
    overall: int | None = Field(ge=0, le=100)
    #: How many proven (verified or expired) claims were weighed.
    counted: int = Field(ge=0)
    reasons: tuple[str, ...] = ()


class RedFlag(_Frozen):
    """A claim whose evidence contradicts it or is forged, with the check that showed it."""

    claim: str
    title: str
    verdict: Verdict
    reason: str


class Report(_Frozen):
    """Everything credlens found about one résumé; JSON, HTML, PDF and CSV all render this."""

    schema_version: str = REPORT_SCHEMA_VERSION
    id: str = Field(pattern=r"^[0-9a-f]{32}$")
    generated_at: datetime
    candidate: Candidate
    claims: tuple[ReportClaim, ...]
    skills: tuple[ReportSkill, ...] = ()
    stacks: tuple[Stack, ...] = ()
    score: Score
    #: How strong the proven evidence is; None only in reports made before schema 1.3.
    evidence_strength: EvidenceStrength | None = None
    red_flags: tuple[RedFlag, ...] = ()
    #: The candidate's profiles credlens opened (Credly, …) and the credentials they hold
    #: that the résumé does not mention.
    wallets: tuple[ReportWallet, ...] = ()
    also_holds: tuple[AlsoHeld, ...] = ()
    warnings: tuple[str, ...] = ()
    #: The role's requirements against the claims; absent (not null) when no role was given.
    role_fit: RoleFit | None = Field(default=None, exclude_if=lambda value: value is None)
