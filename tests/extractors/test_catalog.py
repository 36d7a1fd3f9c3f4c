"""The shipped credential catalog and skills list: size, consistency and facts spot-checked."""

from __future__ import annotations

import json
from collections import Counter
from importlib.resources import files

import pytest
from pydantic import ValidationError

from extractors.catalog import (
    Catalog,
    CatalogEntry,
    Category,
    Kind,
    Level,
    Skill,
    VerificationPlatform,
    load_catalog,
    load_skills,
    normalise_name,
)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def test_the_catalog_holds_at_least_300_credentials(catalog: Catalog) -> None:
    assert len(catalog.entries) >= 300


def test_the_skills_list_holds_a_few_hundred_skills() -> None:
    assert len(load_skills()) >= 300


def test_ids_are_unique_and_every_reference_resolves(catalog: Catalog) -> None:
    counts = Counter(entry.id for entry in catalog.entries)
    assert [entry_id for entry_id, count in counts.items() if count > 1] == []
    skill_names = {skill.name for skill in catalog.skills}
    for entry in catalog.entries:
        for target in (*entry.stacks_into, *entry.parts):
            assert catalog.by_id(target) is not None, (entry.id, target)
        assert set(entry.skills) <= skill_names, entry.id


def test_loading_is_cached() -> None:
    assert load_catalog() is load_catalog()
    assert load_skills() is load_skills()


def test_every_field_the_issue_names_is_represented(catalog: Catalog) -> None:
    categories = {entry.category for entry in catalog.entries}
    assert categories >= {
        Category.CLOUD,
        Category.IT,
        Category.SECURITY,
        Category.NETWORKING,
        Category.PROJECT_MANAGEMENT,
        Category.DATA,
        Category.FINANCE,
        Category.HEALTHCARE,
        Category.HR,
        Category.MOOC,
    }
    for category in Category:
        # No field is a token presence: each has enough entries to be useful.
        minimum = 5 if category is Category.LANGUAGE else 15
        assert sum(entry.category is category for entry in catalog.entries) >= minimum, category


def test_every_verification_platform_is_used(catalog: Catalog) -> None:
    used = {platform for entry in catalog.entries for platform in entry.verified_on}
    assert used == set(VerificationPlatform)


def test_cka_is_a_linux_foundation_certification(catalog: Catalog) -> None:
    cka = catalog.by_id("cka")
    assert cka is not None
    assert cka.title == "Certified Kubernetes Administrator"
    assert cka.issuer == "The Linux Foundation"
    assert "CKA" in cka.acronyms
    assert "Kubernetes" in cka.skills
    assert "cks" in cka.stacks_into


def test_az_104_is_the_azure_administrator_exam(catalog: Catalog) -> None:
    entry = catalog.by_id("ms-azure-administrator-associate")
    assert entry is not None
    assert entry.exam_codes == ("AZ-104",)
    assert entry.issuer == "Microsoft"
    assert entry.level is Level.ASSOCIATE
    assert entry.validity_months == 12
    assert VerificationPlatform.MSLEARN in entry.verified_on


def test_aws_solutions_architect_associate(catalog: Catalog) -> None:
    entry = catalog.by_id("aws-solutions-architect-associate")
    assert entry is not None
    assert "SAA-C03" in entry.exam_codes
    assert entry.validity_months == 36
    assert entry.stacks_into == ("aws-solutions-architect-professional",)


def test_fundamentals_never_expire_and_google_professionals_last_two_years(
    catalog: Catalog,
) -> None:
    az900 = catalog.by_id("ms-azure-fundamentals")
    assert az900 is not None and az900.validity_months is None
    pca = catalog.by_id("gcp-professional-cloud-architect")
    ace = catalog.by_id("gcp-associate-cloud-engineer")
    assert pca is not None and pca.validity_months == 24
    assert ace is not None and ace.validity_months == 36


def test_issuer_domains_match_names_and_aliases_in_any_case(catalog: Catalog) -> None:
    assert "aws.amazon.com" in catalog.issuer_domains("AWS")
    assert catalog.issuer_domains("amazon web services") == catalog.issuer_domains("AWS")
    assert catalog.issuer_domains("Amazon Web Services (AWS)") == catalog.issuer_domains("AWS")
    assert "linuxfoundation.org" in catalog.issuer_domains("Linux Foundation")
    assert "cncf.io" in catalog.issuer_domains("the linux foundation / cncf")
    assert catalog.issuer_domains("A Diploma Mill Nobody Heard Of") == frozenset()


def test_by_issuer_and_by_id(catalog: Catalog) -> None:
    hashicorp = catalog.by_issuer("hashicorp")
    assert {entry.id for entry in hashicorp} >= {
        "hashicorp-terraform-associate",
        "hashicorp-vault-associate",
    }
    assert all(entry.issuer == "HashiCorp" for entry in hashicorp)
    assert catalog.by_id("no-such-credential") is None


def test_skills_are_found_by_name_or_alias(catalog: Catalog) -> None:
    kubernetes = catalog.skill("k8s")
    assert kubernetes is not None and kubernetes.name == "Kubernetes"
    assert catalog.skill("KUBERNETES") == kubernetes
    # Symbols that tell languages apart survive normalisation.
    assert {catalog.skill(name).name for name in ("C", "C++", "C#")} == {"C", "C++", "C#"}  # type: ignore[union-attr]
    assert catalog.skill("basket weaving") is None


def test_issuer_name_normalisation() -> None:
    assert normalise_name("(ISC)²") == normalise_name("ISC2") == "isc2"
    assert normalise_name("The Linux Foundation") == normalise_name("linux  foundation")


def test_the_shipped_files_are_package_data() -> None:
    raw = json.loads(files("extractors").joinpath("data", "catalog.json").read_text("utf-8"))
    assert raw["version"] == 1
    assert len(raw["entries"]) == len(load_catalog().entries)


def _entry(entry_id: str, **changes: object) -> CatalogEntry:
    fields: dict[str, object] = {
        "id": entry_id,
        "title": entry_id.title(),
        "issuer": "Example Board",
        "issuer_domains": ("example.org",),
        "verified_on": ("vendor",),
        "category": "it",
        "kind": "certification",
    }
    return CatalogEntry.model_validate(fields | changes)


def test_a_dangling_reference_is_refused() -> None:
    with pytest.raises(ValidationError, match="unknown ids"):
        Catalog(entries=(_entry("alpha", stacks_into=("omega",)),), skills=())


def test_an_unknown_skill_is_refused() -> None:
    with pytest.raises(ValidationError, match="skills not in the skills list"):
        Catalog(entries=(_entry("alpha", skills=("Telepathy",)),), skills=())


def test_a_duplicate_id_is_refused() -> None:
    with pytest.raises(ValidationError, match="duplicate catalog id"):
        Catalog(entries=(_entry("alpha"), _entry("alpha")), skills=())


def test_an_alias_shared_by_two_skills_is_refused() -> None:
    skills = (
        Skill(name="Go", aliases=("golang",), group="programming"),
        Skill(name="Golang Tools", aliases=("Golang",), group="programming"),
    )
    with pytest.raises(ValidationError, match="names both"):
        Catalog(entries=(), skills=skills)


def test_bad_ids_and_domains_are_refused() -> None:
    with pytest.raises(ValidationError):
        _entry("Not A Slug")
    with pytest.raises(ValidationError, match="host name"):
        _entry("alpha", issuer_domains=("https://example.org/",))
    with pytest.raises(ValidationError):
        _entry("alpha", kind="rumour")


def test_entries_are_frozen(catalog: Catalog) -> None:
    with pytest.raises(ValidationError):
        catalog.entries[0].title = "Something else"  # type: ignore[misc]


def test_kinds_and_levels_are_used_sensibly(catalog: Catalog) -> None:
    kinds = Counter(entry.kind for entry in catalog.entries)
    assert kinds[Kind.CERTIFICATION] > kinds[Kind.LICENCE] > 0
    # A programme made of parts lists them, and each part points back at it.
    for entry in catalog.entries:
        for part_id in entry.parts:
            part = catalog.by_id(part_id)
            assert part is not None and entry.id in part.stacks_into
