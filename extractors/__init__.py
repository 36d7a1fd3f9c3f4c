"""Reading résumés: bytes → Document → Candidate and the credentials claimed."""

from typing import TYPE_CHECKING, Any

from extractors.analysis import analyse, extract
from extractors.catalog import (
    Catalog,
    CatalogEntry,
    Skill,
    load_catalog,
    load_skills,
    normalise_name,
)
from extractors.lazy_patterns import compile_lazy_patterns
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
    ended_before,
    extraction_json,
)
from extractors.phrases_on_demand import add_every_phrase
from extractors.reading import check_readable, read
from extractors.rigor import Accreditation, Assessment, Renewal, Rigor, Standard

if TYPE_CHECKING:
    from extractors.requirements import MAX_ROLE_CHARS, read_role
    from extractors.role_items import MAX_ITEM_CHARS
    from extractors.role_model import Requirement, RequirementKind, Role, RoleError, Wanted

#: Loaded on first use (PEP 562): reading a role compiles some hundred patterns that reading
#: a résumé never uses, and ``credlens extract`` would pay for them at start-up.
_ROLE_READER = frozenset({"MAX_ITEM_CHARS", "MAX_ROLE_CHARS", "read_role"})
#: A role's model, loaded on first use too: a résumé's reading never builds these pydantic
#: models (``tests/service/test_cli_batch.py``).
_ROLE_MODEL = frozenset({"Requirement", "RequirementKind", "Role", "RoleError", "Wanted"})


def __getattr__(name: str) -> Any:
    if name == "MAX_ITEM_CHARS":
        from extractors import role_items

        return role_items.MAX_ITEM_CHARS
    if name in _ROLE_READER:
        from extractors import requirements

        return getattr(requirements, name)
    if name in _ROLE_MODEL:
        from extractors import role_model

        return getattr(role_model, name)
    raise AttributeError(f"module 'extractors' has no attribute {name!r}")


__all__ = [
    "MAX_ITEM_CHARS",
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
    "add_every_phrase",
    "analyse",
    "check_readable",
    "compile_lazy_patterns",
    "ended_before",
    "extract",
    "extraction_json",
    "load_catalog",
    "load_skills",
    "normalise_name",
    "read",
    "read_role",
]
