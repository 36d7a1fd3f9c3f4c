"""A compound's suspended hyphen before another language's "and" or "or" ("Ansible- ja
Terraform-osaaminen"), the employer's own certification in other languages, a reason after a
dash with a verb of its own, and a lead-in whose words say the items after its colon are
preferred."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_a_suspended_hyphen_before_and_or_or_keeps_the_name() -> None:
    role = read_role(
        "Järjestelmäasiantuntija\n\nEdellytämme:\n- Ansible- ja Terraform-osaaminen\n"
        "- Java- tai Kotlin-kokemus\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Ansible"}, False),
        ("required", {"skill:Terraform"}, False),
        ("required", {"skill:Java", "skill:Kotlin"}, False),
    ]
    # a hyphen inside a word is still no name of its own ("Go-live")
    assert wanted(read_role("Analyst\n\nYou'll run the Go-live plan with SQL.\n")) == [
        ("required", {"skill:SQL"}, False)
    ]


def test_the_employers_certification_in_other_languages() -> None:
    finnish = read_role(
        "Tietoturva-asiantuntija\n\nOlemme PCI DSS -sertifioitu maksupalvelu.\n\n"
        "Edellytämme:\n- Splunk-osaaminen\n"
    )
    assert wanted(finnish) == [("required", {"skill:Splunk"}, False)]
    spanish = read_role(
        "Analista de seguridad\n\nContamos con la certificación ISO 27001 desde 2019.\n\n"
        "Requisitos:\n- Experiencia con Splunk\n"
    )
    assert wanted(spanish) == [("required", {"skill:Splunk"}, False)]


def test_a_reason_after_a_dash_asks_for_nothing_more() -> None:
    role = read_role(
        "Delivery Lead\n\nNice to have:\n- Scrum – the company is moving to SAFe next year\n"
        "- Kanban – this one is a must\n"
    )
    assert wanted(role) == [
        ("preferred", {"skill:Scrum"}, False),
        ("required", {"skill:Kanban"}, False),
    ]


def test_a_lead_in_saying_preferred_governs_the_items_after_its_colon() -> None:
    role = read_role(
        "Payroll Officer\n\nIt was agreed that the essential criteria be Payroll; and that the "
        "panel would welcome as desirable criteria: Microsoft Excel; Power BI; Sage 50.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Payroll"}, False),
        ("preferred", {"skill:Microsoft Excel"}, False),
        ("preferred", {"skill:Power BI"}, False),
    ]


def test_names_each_with_words_about_their_use_joined_by_or() -> None:
    role = read_role(
        "Shift Manager\n\nOne of:\nBudgeting for a site of 40 staff or Forecasting weekly sales\n"
        "\nAlso:\n- SQL for the weekly reports and Python or R\n"
        "- Kanban is required or Scrum\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Budgeting", "skill:Forecasting"}, False),
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Python", "skill:R"}, False),
        ("required", {"skill:Kanban"}, False),
        ("required", {"skill:Scrum"}, False),
    ]
