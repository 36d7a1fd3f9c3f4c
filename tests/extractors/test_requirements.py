"""Reading a role's requirements: headings, clauses, alternatives, the catalog's names."""

from __future__ import annotations

import pytest

from extractors import RequirementKind, RoleError, read_role
from extractors.requirements import MAX_ROLE_CHARS, MAX_ROLE_ITEMS
from tests.extractors.role_keys import wanted

REQUIRED = RequirementKind.REQUIRED
PREFERRED = RequirementKind.PREFERRED


def test_bullets_under_required_and_preferred_headings() -> None:
    role = read_role(
        "Platform Engineer\n\nRequirements\n- CKA\n- Python and SQL\n\nNice to have\n- Terraform\n"
    )
    assert wanted(role) == [
        ("required", {"cka"}, False),
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Terraform"}, False),
    ]


def test_or_joins_alternatives_and_equivalent_is_kept() -> None:
    role = read_role("Requirements:\n- CISA, CISM, or equivalent certification\n- Go or Rust\n")
    assert wanted(role) == [
        ("required", {"cisa", "cism"}, True),
        ("required", {"skill:Go", "skill:Rust"}, False),
    ]
    assert role.requirements[0].text == "CISA, CISM, or equivalent"


def test_a_clause_marks_itself_preferred_and_a_bracket_only_its_own_words() -> None:
    role = read_role(
        "We run Kubernetes; the OSCP would be a plus.\n- Apache Spark (Databricks preferred)\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Kubernetes"}, False),
        ("preferred", {"oscp"}, False),
        ("required", {"skill:Apache Spark"}, False),
        ("preferred", {"skill:Databricks"}, False),
    ]


def test_company_and_benefits_sections_name_no_requirement() -> None:
    role = read_role(
        "Data Analyst\n\nAbout us\nWe build Python tools.\n\nRequirements\n- SQL\n\n"
        "What we offer\n- A Tableau licence for your side projects\n"
    )
    assert wanted(role) == [("required", {"skill:SQL"}, False)]


def test_a_name_that_is_both_credential_and_skill_follows_its_cue() -> None:
    role = read_role("- Basic Life Support (BLS)\n- GitHub Actions or GitLab CI\n")
    assert wanted(role) == [
        ("required", {"aha-bls"}, False),
        ("required", {"skill:GitHub Actions", "skill:GitLab CI"}, False),
    ]


def test_a_skill_naming_the_credentials_issuer_is_the_issuer() -> None:
    role = read_role("- Google Cloud Professional Cloud Architect certification\n")
    assert wanted(role) == [("required", {"gcp-professional-cloud-architect"}, False)]


def test_lower_case_ordinary_words_are_not_skills() -> None:
    assert wanted(read_role("- experience with cloud and statistics\n")) == []


def test_the_same_requirement_twice_is_once_and_required_wins() -> None:
    role = read_role("Nice to have\n- Python\n\nMust have\n- Python\n")
    assert wanted(role) == [("required", {"skill:Python"}, False)]


def test_structured_items_are_read_in_any_case_and_unknown_items_kept() -> None:
    role = read_role({"required": ["pmp", "Underwater welding"], "preferred": ["csm or pspo i"]})
    assert wanted(role) == [
        ("required", {"pmp"}, False),
        ("required", set(), False),
        ("preferred", {"csm", "pspo-1"}, False),
    ]
    assert role.requirements[1].text == "Underwater welding"
    assert role.requirements[2].text == "csm or pspo i"
    partly_known = read_role({"required": ["Microsoft Sentinel or Splunk"]}).requirements
    assert [(r.text, {w.key for w in r.any_of}) for r in partly_known] == [
        ("Microsoft Sentinel or Splunk", {"skill:Splunk"})
    ]
    assert role.requirements[0].kind is REQUIRED and role.requirements[2].kind is PREFERRED


@pytest.mark.parametrize(
    ("role", "message"),
    [
        (["CISSP"], "text or"),
        ({"needed": ["CISSP"]}, "unknown keys"),
        ({"required": "CISSP"}, "list of strings"),
        ({"required": [3]}, "list of strings"),
        ({"required": []}, "no requirements"),
        ({"required": ["x" * 301]}, "longer than"),
        ({"required": ["CISSP"] * (MAX_ROLE_ITEMS + 1)}, "more than"),
        ("x" * (MAX_ROLE_CHARS + 1), "longer than"),
    ],
)
def test_a_role_of_the_wrong_shape_is_refused_with_a_sentence(role: object, message: str) -> None:
    with pytest.raises(RoleError, match=message):
        read_role(role)  # type: ignore[arg-type]
