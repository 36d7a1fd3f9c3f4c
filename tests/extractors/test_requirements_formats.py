"""Reading roles in the forms they are pasted in: a chat's italics, a page's JSON-LD, headings
without capitals, an international organisation's language paragraph, names the catalog
knows only part of."""

from __future__ import annotations

import json

from extractors import read_role
from extractors.role_json import posting_text
from tests.extractors.role_keys import wanted


def test_a_chats_italics_do_not_hide_a_clauses_preference() -> None:
    text = (
        "*Requirements:*\n✅ Proficiency in Terraform\n\n"
        "_Candidates with Kubernetes experience will have an added advantage_\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:Terraform"}, False),
        ("preferred", {"skill:Kubernetes"}, False),
    ]
    # An underscore inside a word is no emphasis.
    role = read_role("Requirements\n- Python (snake_case style guides)\n")
    assert wanted(role) == [("required", {"skill:Python"}, False)]


def test_a_heading_in_a_script_without_capitals() -> None:
    for heading in ("歓迎", "【歓迎】", "歓迎スキル", "■歓迎条件"):
        text = f"Site Reliability Engineer\n\n必須\n- Go\n\n{heading}\n- Helm\n"
        assert wanted(read_role(text)) == [
            ("required", {"skill:Go"}, False),
            ("preferred", {"skill:Helm"}, False),
        ], heading


def test_the_employers_own_languages_are_not_the_roles() -> None:
    text = (
        "Programme Officer\n\nLanguages\nEnglish and Spanish are the working languages of the "
        "Agency. Fluency in English is required. Knowledge of Spanish is desirable.\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:English"}, False),
        ("preferred", {"skill:Spanish"}, False),
    ]


def test_or_between_a_longer_product_name_and_another_name() -> None:
    # "Azure Data Factory": the catalog knows "Azure"; the rest of its name does not part the
    # alternatives, in English or in Dutch.
    for clause in (
        "Experience with Azure Data Factory or Databricks is a plus",
        "Ervaring met Azure Data Factory of Databricks is een pré",
    ):
        text = f"Data Engineer\n\nRequirements\n- SQL\n- {clause}\n"
        assert wanted(read_role(text))[-1] == (
            "preferred",
            {"skill:Microsoft Azure", "skill:Databricks"},
            False,
        ), clause


def test_or_between_two_phrases_naming_one_thing_each() -> None:
    role = read_role("Consultant\n\nYour profile\n- 5 years in Kubernetes consulting or as a SRE\n")
    assert wanted(role)[-1] == (
        "required",
        {"skill:Kubernetes", "skill:Site Reliability Engineering"},
        False,
    )
    # "and" still makes two requirements.
    role = read_role("Consultant\n\nYour profile\n- Kubernetes consulting and a SRE mindset\n")
    assert wanted(role)[-2:] == [
        ("required", {"skill:Kubernetes"}, False),
        ("required", {"skill:Site Reliability Engineering"}, False),
    ]


def test_a_job_posting_pasted_as_json_ld() -> None:
    posting = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": "Data Engineer",
        "hiringOrganization": {"@type": "Organization", "name": "Python Insurance Ltd"},
        "description": "<p>You will build pipelines.</p><ul><li>Orchestrate with Airflow</li></ul>",
        "qualifications": "CKA (required). Terraform is a plus.",
        "skills": "SQL, dbt, Jira",
        "jobBenefits": "Paid study days for Snowflake certifications, Kafka training",
        "preferred_qualifications": ["Databricks"],
        "baseSalary": {"currency": "EUR", "value": 60000},
    }
    text = json.dumps(posting, indent=2)
    assert wanted(read_role(text)) == [
        ("required", {"skill:Apache Airflow"}, False),
        ("required", {"cka"}, False),
        ("preferred", {"skill:Terraform"}, False),
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:dbt"}, False),
        ("required", {"skill:Jira"}, False),
        ("preferred", {"skill:Databricks"}, False),
    ]
    # Text that only looks like JSON is read as it is.
    assert posting_text("{not json} Python") == "{not json} Python"


def test_a_code_sets_clinical_modification_is_medical_coding() -> None:
    text = "Coder\n\nDuties\nAssigns ICD-10-CM and ICD-10-PCS codes from documentation.\n"
    assert wanted(read_role(text)) == [("required", {"skill:Medical Coding"}, False)]


def test_a_needed_by_column_gives_each_row_its_standing() -> None:
    text = (
        "Network Technician\n\n| Credential | Needed by | Notes |\n|---|---|---|\n"
        "| CCNA | Before start | |\n| CompTIA Linux+ | Within a year | we pay |\n"
        "| CompTIA Security+ | Nice to have | |\n"
        "| ITIL 4 Foundation | Not needed | the lead has it |\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"ccna"}, False),
        ("required", {"comptia-linux-plus"}, False),
        ("preferred", {"comptia-security-plus"}, False),
    ]
