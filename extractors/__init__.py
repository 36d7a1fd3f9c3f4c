"""Reading résumés: bytes → Document → Candidate and the credentials claimed."""

from extractors.analysis import analyse, extract
from extractors.catalog import (
    Catalog,
    CatalogEntry,
    Skill,
    load_catalog,
    load_skills,
    normalise_name,
)
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
    extraction_json,
)
from extractors.reading import check_readable, read
from extractors.requirements import (
    MAX_ROLE_CHARS,
    Requirement,
    RequirementKind,
    Role,
    RoleError,
    Wanted,
    read_role,
)
from extractors.rigor import Accreditation, Assessment, Renewal, Rigor, Standard

__all__ = [
    "MAX_ROLE_CHARS",
    "Accreditation",
    "Assessment",
    "Candidate",
    "Catalog",
    "CatalogEntry",
    "Claim",
    "ClaimOrigin",
    "Document",
    "Extraction",
    "ExtractionError",
    "Line",
    "Link",
    "Page",
    "Renewal",
    "Requirement",
    "RequirementKind",
    "Rigor",
    "Role",
    "RoleError",
    "Skill",
    "Source",
    "Standard",
    "UnsupportedFormatError",
    "Wanted",
    "analyse",
    "check_readable",
    "extract",
    "extraction_json",
    "load_catalog",
    "load_skills",
    "normalise_name",
    "read",
    "read_role",
]
