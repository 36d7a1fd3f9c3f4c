"""The extraction domain: what a résumé says, before anything is checked."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

#: Dates are kept as precise as they were written: a year ("2021–2024"), a month
#: ("Jan 2023"), or a day (what an issuer's record says).
PARTIAL_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def ended_before(partial_date: str, day: date) -> bool:
    """Whether a partial date is over by ``day``: a month or a year runs to its end, so
    "2026-10" is over on 2026-11-01 and "2026" only on 2027-01-01."""
    return partial_date < day.isoformat()[: len(partial_date)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Link(_Frozen):
    """A hyperlink in a document: its target and the text it covers."""

    url: str
    text: str = ""
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    #: The index in its page's ``lines`` of the line the link sits in, for formats without boxes.
    line: int | None = None


class Line(_Frozen):
    """One line of a page in reading order, with where it sits when the format says so."""

    text: str
    bbox: tuple[float, float, float, float] | None = None
    #: Set on lines that look like headings by their type (bold, larger), not only by their words.
    emphasised: bool = False
    #: No word of it is bold or larger than the body (PDF): a bold title's wrapped tail never is.
    plain: bool = False
    #: The font size in points, where the format has one (PDF).
    size: float | None = None
    #: A table row, its cells joined: a whole entry, never the wrapped tail of the line above.
    table_row: bool = False
    #: A row of a table whose header names a column of credentials ("Certification", "Licence
    #: / registration"): it reads as a credentials section's line wherever the table stands.
    credentials_row: bool = False
    #: Where the format ranks its headings (DOCX: Word's outline level, 0 for "Heading 1"):
    #: the writer's own word that the line is a heading, and of which depth.
    outline_level: int | None = None
    #: The first line of a card drawn round an entry (PDF): it opens an entry, as a blank line
    #: does in a text résumé.
    opens_card: bool = False
    #: A definition list's term (DOCX): the paragraphs under it are its definitions, as the
    #: lines under a label are its list.
    term: bool = False
    #: The card of one entry the line is in (PDF), numbered from 1 on its page; 0 for none.
    card: int = 0


class Page(_Frozen):
    """One page of text in reading order (a DOCX or text file is one page)."""

    number: int = Field(ge=1)
    text: str
    links: tuple[Link, ...] = ()
    #: The page's lines with their boxes; ``text`` is these joined by newlines.
    lines: tuple[Line, ...] = ()


class Document(_Frozen):
    """A read document: pages of text and the links found in them."""

    filename: str
    media_type: str
    pages: tuple[Page, ...]
    warnings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "\n\n".join(page.text for page in self.pages)

    @property
    def links(self) -> tuple[Link, ...]:
        return tuple(link for page in self.pages for link in page.links)


class Candidate(_Frozen):
    """The person the résumé is about."""

    name: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    profiles: tuple[str, ...] = ()


class ClaimOrigin(StrEnum):
    """Where a claim came from: the résumé, a link given beside it, or an uploaded credential."""

    RESUME = "resume"
    LINK = "link"
    CREDENTIAL = "credential"


class Source(_Frozen):
    """Where on the résumé a claim was made, so a person can find it."""

    origin: ClaimOrigin = ClaimOrigin.RESUME
    page: int | None = None
    text: str = ""
    bbox: tuple[float, float, float, float] | None = None


class Claim(_Frozen):
    """One credential the candidate claims to hold."""

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
    #: The raw JSON or JWT text of a credential uploaded or pasted rather than linked.
    payload: str | None = None


#: The claim fields shown as the extraction found them, by ``credlens extract`` and in each
#: claim of a report; ``payload`` (a raw credential, possibly large) and the source box are
#: left to the evidence and the résumé.
SHOWN_CLAIM_FIELDS = (
    "id",
    "title",
    "text",
    "issuer",
    "credential_id",
    "url",
    "issued_on",
    "expires_on",
    "catalog_id",
    "skills",
    "confidence",
    "source",
)


class Extraction(_Frozen):
    """Everything read from one résumé: who, what they claim, and what got in the way."""

    candidate: Candidate
    claims: tuple[Claim, ...]
    skills: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def extraction_json(extraction: Extraction) -> dict[str, Any]:
    """The candidate and the claims found, in the report's shapes but without verdicts
    (what ``credlens extract`` prints; here, so that it needs none of the report's models)."""
    return {
        "candidate": extraction.candidate.model_dump(mode="json"),
        "claims": [
            claim.model_dump(mode="json", include=set(SHOWN_CLAIM_FIELDS))
            for claim in extraction.claims
        ],
        "skills": list(extraction.skills),
        "warnings": list(extraction.warnings),
    }


class ExtractionError(Exception):
    """A document that cannot be read: unsupported, empty, encrypted, corrupt or too large."""


class UnsupportedFormatError(ExtractionError):
    """A file that is not a PDF, DOCX or text résumé."""
