"""Reading résumés: bytes → Document → Candidate and the credentials claimed."""

from extractors.analysis import analyse, extract
from extractors.models import (
    Candidate,
    Claim,
    ClaimOrigin,
    Document,
    Extraction,
    ExtractionError,
    Line,
    Link,
    Page,
    Source,
    UnsupportedFormatError,
)
from extractors.reading import read

__all__ = [
    "Candidate",
    "Claim",
    "ClaimOrigin",
    "Document",
    "Extraction",
    "ExtractionError",
    "Line",
    "Link",
    "Page",
    "Source",
    "UnsupportedFormatError",
    "analyse",
    "extract",
    "read",
]
