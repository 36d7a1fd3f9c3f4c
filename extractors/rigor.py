"""What a credential takes to earn and keep: how it is assessed, who accredits it, how it renews.

The catalog carries one ``Rigor`` per entry, each value with the public page that states it
(``docs/catalog.md`` lists them). A value no source states is left empty ("unknown"), never
guessed. The report reads it to say what a proven credential is worth; it never changes a
verdict.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

#: A public page, by its full web address (some stored issuer pages are plain http).
SOURCE_PATTERN = r"^https?://[^\s/]+\.[a-z]{2,}(?:/\S*)?$"


class Assessment(StrEnum):
    """How a holder showed they deserve the credential, most demanding first."""

    #: Hands-on tasks on live systems, graded by their result (CKA, RHCSA, OSCP).
    PERFORMANCE_EXAM = "performance-exam"
    #: A supervised exam, at a test centre or proctored online.
    PROCTORED_EXAM = "proctored-exam"
    #: A certification exam whose supervision the source does not state.
    EXAM = "exam"
    #: An exam taken online without supervision (Scrum.org's assessments).
    UNPROCTORED_EXAM = "unproctored-exam"
    #: Graded coursework or a project: passed, not merely attended.
    ASSESSED_COURSE = "assessed-course"
    #: Finishing a course or its units; any quizzes are unsupervised.
    COMPLETION = "completion"
    #: Attending or taking part.
    PARTICIPATION = "participation"
    #: No public source says.
    UNKNOWN = "unknown"


class Standard(StrEnum):
    """What a credential is recognised under."""

    #: ISO/IEC 17024, certification of persons, accredited by a national accreditation body.
    ISO_17024 = "iso-17024"
    #: The NCCA Standards of the Institute for Credentialing Excellence.
    NCCA = "ncca"
    #: The Accreditation Board for Specialty Nursing Certification's standards.
    ABSNC = "absnc"
    #: The Buros Center for Testing's standards for proprietary testing programs.
    BUROS = "buros"
    #: A licence granted by a state or statutory authority: required by law to practise.
    LICENCE = "licence"
    #: A chartered or statutory professional body's designation (ACCA, ICAEW, CIPD).
    CHARTER = "charter"


class Accreditation(BaseModel):
    """A recognition by a body other than the issuer, with the page that shows it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    standard: Standard
    #: The accrediting or licensing body ("ANAB", "UKAS", "NCCA", "state boards of nursing").
    body: str = Field(min_length=1)
    source: str = Field(pattern=SOURCE_PATTERN)

    @property
    def label(self) -> str:
        """Short words for the report: "ISO/IEC 17024 (ANAB)", "state licence"."""
        return {
            Standard.ISO_17024: f"ISO/IEC 17024 accredited ({self.body})",
            Standard.NCCA: f"accredited by {self.body}",
            Standard.ABSNC: f"accredited by {self.body}",
            Standard.BUROS: f"accredited by {self.body}",
            Standard.LICENCE: f"licence ({self.body})",
            Standard.CHARTER: f"chartered designation ({self.body})",
        }[self.standard]


class Renewal(BaseModel):
    """Whether the credential must be renewed, how often, and whether by continuing education."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    required: bool
    #: The renewal cycle in months, when there is a fixed one.
    period_months: int | None = Field(default=None, gt=0)
    #: Renewed by earning continuing-education credits (rather than only retaking an exam or
    #: paying a fee); None when the source does not say.
    continuing_education: bool | None = None
    source: str = Field(pattern=SOURCE_PATTERN)


class Rigor(BaseModel):
    """What one credential takes: the assessment, its recognition, its upkeep, its preparation."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    assessment: Assessment
    #: The page that says how it is assessed; None only when the assessment is unknown.
    assessment_source: str | None = Field(default=None, pattern=SOURCE_PATTERN)
    accreditation: Accreditation | None = None
    renewal: Renewal | None = None
    #: Typical preparation in hours, only where the issuer publishes it.
    prep_hours: int | None = Field(default=None, gt=0)
    prep_source: str | None = Field(default=None, pattern=SOURCE_PATTERN)

    @model_validator(mode="after")
    def _every_value_has_its_source(self) -> Rigor:
        if self.assessment is not Assessment.UNKNOWN and self.assessment_source is None:
            raise ValueError(f"assessment {self.assessment.value!r} needs its source")
        if (self.prep_hours is None) != (self.prep_source is None):
            raise ValueError("preparation hours and their source go together")
        return self
