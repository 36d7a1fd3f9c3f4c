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
from tests.conftest import SHARED_FIXTURES, need_shared


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
        minimum = 5 if category in (Category.LANGUAGE, Category.ENGINEERING) else 15
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


def test_no_title_or_alias_names_two_credentials(catalog: Catalog) -> None:
    owners: dict[str, set[str]] = {}
    for entry in catalog.entries:
        for name in (entry.title, *entry.aliases):
            owners.setdefault(normalise_name(name), set()).add(entry.id)
    assert {name: ids for name, ids in owners.items() if len(ids) > 1} == {}


def test_an_exam_code_names_one_credential_per_issuer(catalog: Catalog) -> None:
    owners: dict[tuple[str, str], set[str]] = {}
    for entry in catalog.entries:
        for code in entry.exam_codes:
            owners.setdefault((entry.issuer, code.upper()), set()).add(entry.id)
    assert {key: ids for key, ids in owners.items() if len(ids) > 1} == {}


def _get(catalog: Catalog, entry_id: str) -> CatalogEntry:
    entry = catalog.by_id(entry_id)
    assert entry is not None, entry_id
    return entry


def test_pmp_lasts_three_years_and_is_checked_in_pmis_registry(catalog: Catalog) -> None:
    pmp = _get(catalog, "pmp")
    assert pmp.issuer == "Project Management Institute"
    assert pmp.validity_months == 36
    assert pmp.verified_on[0] is VerificationPlatform.VENDOR
    assert pmp.category is Category.PROJECT_MANAGEMENT
    assert "pmp" in _get(catalog, "capm").stacks_into
    assert "pmi.org" in catalog.issuer_domains("PMI")


def test_security_facts(catalog: Catalog) -> None:
    cissp = _get(catalog, "cissp")
    assert cissp.issuer == "ISC2"
    assert catalog.issuer_domains("(ISC)²") == frozenset({"isc2.org"})
    assert "SY0-701" in _get(catalog, "comptia-security-plus").exam_codes
    assert "CS0-003" in _get(catalog, "comptia-cysa-plus").exam_codes
    assert _get(catalog, "cism").issuer == "ISACA"
    assert _get(catalog, "ceh").exam_codes == ("312-50",)
    assert _get(catalog, "oscp").validity_months is None
    assert _get(catalog, "oscp-plus").validity_months == 36
    assert _get(catalog, "giac-gsec").validity_months == 48


def test_networking_facts(catalog: Catalog) -> None:
    ccna = _get(catalog, "ccna")
    assert ccna.exam_codes == ("200-301",)
    assert ccna.issuer == "Cisco"
    assert "ccnp-enterprise" in ccna.stacks_into
    assert "350-401" in _get(catalog, "ccnp-enterprise").exam_codes
    assert "N10-009" in _get(catalog, "comptia-network-plus").exam_codes


def test_a_professional_certificate_lists_its_courses(catalog: Catalog) -> None:
    gda = _get(catalog, "google-data-analytics")
    assert gda.kind is Kind.PROFESSIONAL_CERTIFICATE
    assert gda.category is Category.MOOC
    assert VerificationPlatform.COURSERA in gda.verified_on
    assert len(gda.parts) == 8
    capstone = _get(catalog, gda.parts[-1])
    assert capstone.title == "Google Data Analytics Capstone: Complete a Case Study"
    assert capstone.kind is Kind.COURSE
    assert capstone.stacks_into == ("google-data-analytics",)
    assert len(_get(catalog, "deeplearning-ai-deep-learning-specialization").parts) == 5


def test_licences_and_designations(catalog: Catalog) -> None:
    rn = _get(catalog, "rn-licence")
    assert rn.kind is Kind.LICENCE
    assert rn.verified_on == (VerificationPlatform.LICENSING_BOARD,)
    assert "nursys.com" in rn.issuer_domains
    assert "rn-licence" in _get(catalog, "nclex-rn").stacks_into
    cpa = _get(catalog, "us-cpa")
    assert cpa.kind is Kind.LICENCE and cpa.category is Category.FINANCE
    cfa = _get(catalog, "cfa-charter")
    assert cfa.parts == ("cfa-level-1", "cfa-level-2", "cfa-level-3")
    assert _get(catalog, "aha-bls").validity_months == 24
    assert _get(catalog, "aacn-ccrn").issuer == "AACN"


def test_hr_and_service_management_facts(catalog: Catalog) -> None:
    assert _get(catalog, "shrm-cp").stacks_into == ("shrm-scp",)
    assert _get(catalog, "hrci-phr").issuer == "HRCI"
    assert _get(catalog, "itil-4-foundation").validity_months == 36
    assert _get(catalog, "psm-1").validity_months is None
    assert _get(catalog, "csm").validity_months == 24


def test_cloud_vendor_validity(catalog: Catalog) -> None:
    assert _get(catalog, "cka").validity_months == 24
    assert _get(catalog, "hashicorp-terraform-associate").validity_months == 24
    assert _get(catalog, "oci-architect-associate").validity_months == 18
    assert _get(catalog, "oracle-java-se-17-developer").validity_months is None
    assert _get(catalog, "ms-power-bi-data-analyst-associate").exam_codes == ("PL-300",)
    assert _get(catalog, "rhcsa").exam_codes == ("EX200",)


#: Labelled claims the catalog rightly does not hold: a learning-path track, a
#: level with no named test, and a credential with no known issuer.
UNCATALOGUED_LABELS = {
    "SQL Fundamentals Track",
    "English Level C1 Certificate",
    "Certified Angular Developer",
}


def test_every_credential_in_the_labelled_resumes_is_catalogued(catalog: Catalog) -> None:
    labels_path = need_shared(SHARED_FIXTURES / "resumes" / "labels.json")
    labels = json.loads(labels_path.read_text("utf-8"))
    names = {
        normalise_name(name) for entry in catalog.entries for name in (entry.title, *entry.aliases)
    }
    # Only the credential names are read: never a candidate's personal details.
    written = {
        credential["name"].replace("\u00ad", "-")
        for resume in labels
        for credential in resume.get("credentials") or ()
    }
    missing = {name for name in written if normalise_name(name) not in names}
    assert missing == UNCATALOGUED_LABELS


def test_acronyms_that_mean_something_else_are_only_issuer_qualified(catalog: Catalog) -> None:
    acronyms = {acronym for entry in catalog.entries for acronym in entry.acronyms}
    # A CAD drawing, a PCA of a data set, CPE credits, CPT codes, the CIA triad, a CDL.
    assert acronyms.isdisjoint({"CAD", "PCA", "CPE", "CPT", "CIA", "CDL", "CC", "EA"})
    servicenow_cad = _get(catalog, "servicenow-cad")
    assert "ServiceNow CAD" in servicenow_cad.aliases
    assert "IIA CIA" in _get(catalog, "iia-cia").aliases
    # Bare job titles are not aliases of the credentials that share their words.
    aliases = {normalise_name(alias) for entry in catalog.entries for alias in entry.aliases}
    for job_title in ("Paramedic", "Salesforce Administrator", "SAFe Scrum Master", "A&P Mechanic"):
        assert normalise_name(job_title) not in aliases, job_title


def test_the_shipped_json_is_what_the_sources_build() -> None:
    """Edits go to tools/catalog/ and are rebuilt; a hand edit of the JSON would be lost."""
    from tools.build_catalog import render

    for name, text in render().items():
        shipped = files("extractors").joinpath("data", name).read_text("utf-8")
        assert shipped == text, f"{name} is stale: run python -m tools.build_catalog"
