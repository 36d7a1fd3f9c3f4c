"""Reading résumés: bytes → Document → Candidate and the credentials claimed."""

from extractors.models import (
    Candidate,
    Claim,
    ClaimOrigin,
    Document,
    Extraction,
    ExtractionError,
    Link,
    Page,
    Source,
    UnsupportedFormatError,
)

__all__ = [
    "Candidate",
    "Claim",
    "ClaimOrigin",
    "Document",
    "Extraction",
    "ExtractionError",
    "Link",
    "Page",
    "Source",
    "UnsupportedFormatError",
]
