"""Reading roles whose parts are about something other than what the role needs: the employer
introduced or its welfare, a ticket's activity and people, what is out of scope or said not to
be needed, legal notices, the employer's own certification and products, units' names; and
more ways of saying preferred ("Would be lovely", "would love:", "(Preferable)")."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_more_ways_of_saying_preferred() -> None:
    role = read_role(
        "Support Engineer\n\nYou'll need:\n- Linux\n\nWould be lovely:\n- Ansible\n\n"
        "would love: Terraform, and Go is a bonus\n\n"
        "Skills: Bash (Mandatory); Python (Preferable)\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Linux"}, False),
        ("preferred", {"skill:Ansible"}, False),
        ("preferred", {"skill:Terraform"}, False),
        ("preferred", {"skill:Go"}, False),
        ("required", {"skill:Bash"}, False),
        ("preferred", {"skill:Python"}, False),
    ]


def test_parts_about_the_employer_or_outside_the_hire_name_nothing() -> None:
    role = read_role(
        "Data Engineer\n\nCompany introduction\nWe run Snowflake for 200 clients.\n\n"
        "The Organisation\nA public body using Oracle since 1998.\n\n"
        "Requirements\n- Python\n\nWelfare\n- Exam fees, e.g. Azure certifications\n\n"
        "Out of scope for this hire\n- Java (owned by another team)\n\n"
        "don't need:\n- Scala\n\nActivity\nAlex: budget approved for the dbt course.\n"
    )
    assert wanted(role) == [("required", {"skill:Python"}, False)]


def test_a_bilingual_label_and_a_profile_label_head_their_line() -> None:
    role = read_role(
        "Analista\n\nRequisiti / Requirements:\n- SQL\n\nTitolo preferenziale / Preferred:\n"
        "- Tableau\n\nCompletano il profilo / Completing the profile: problem solving, Excel.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Tableau"}, False),
        ("required", {"skill:Problem Solving"}, False),
        ("required", {"skill:Microsoft Excel"}, False),
    ]


def test_a_long_lead_in_to_the_duties_ends_the_employers_part() -> None:
    role = read_role(
        "Analyst\n\nWho we are\nA bank with a large Oracle estate.\n\n"
        "Working within the finance area alongside the controllers, the new analyst will be "
        "responsible for:\n- models in Python;\n- reports in Power BI.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:Power BI"}, False),
    ]


def test_legal_notices_name_nothing() -> None:
    role = read_role(
        "DPO\n\nRequirements\n- Knowledge of ISO 27001.\n"
        "- Applicants should read the privacy notice published under the GDPR.\n"
        "- Reservists are given priority pursuant to the relevant laws on Python programmes.\n"
    )
    assert wanted(role) == [("required", {"skill:ISO 27001"}, False)]


def test_names_said_not_to_be_needed_are_not_asked_for() -> None:
    role = read_role(
        "Analyst\n\nRequirements\n- SQL\n- Certifications such as CISSP or CISM are not "
        "required for this role.\n- Experience with Kafka is not needed - we are retiring it.\n"
        "- Terraform is not required but a plus.\n- Go would help, though it is not required.\n"
        "- We won't ask about Java in the interview.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Terraform"}, False),
        ("preferred", {"skill:Go"}, False),
    ]


def test_you_need_not_be_a_developer_of_a_language() -> None:
    role = read_role(
        "Release Engineer\n\nRequirements\n- Docker.\n- You do not need to be a C++ developer.\n"
        "- You don't need to be an expert in Python.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Docker"}, False),
        ("required", {"skill:Python"}, False),
    ]


def test_contacting_the_office_names_nothing() -> None:
    role = read_role(
        "Clerk\n\nRequirements\n- Excel.\n\nAdditional information\nAccommodation is available; "
        "contact the servicing Human Resources office.\n"
    )
    assert wanted(role) == [("required", {"skill:Microsoft Excel"}, False)]


def test_units_and_the_notes_on_teams_are_not_the_roles() -> None:
    role = read_role(
        "DevOps Team Lead\nFinance Leadership Team | Confidential\n\n"
        "About the role\nOur security team (6 people, one OSCP) supports its Corporate "
        "Services Division.\n\nRequirements\n- Terraform\n"
    )
    assert wanted(role) == [
        ("required", {"skill:DevOps"}, False),
        ("required", {"skill:Terraform"}, False),
    ]


def test_the_employers_certification_and_products_are_not_the_roles() -> None:
    role = read_role(
        "Engineer\n\nAbout the role\nThe Office holds ISO 27001 certification. We build "
        "dashboards for Kubernetes operators. We build everything on AWS.\n\n"
        "Requirements\n- Python\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Amazon Web Services"}, False),
        ("required", {"skill:Python"}, False),
    ]


def test_a_tickets_people_and_a_decorated_heading() -> None:
    role = read_role(
        "HIRE-9 Backfill: Data Analyst\nReporter: Sam K. (Manager)    Assignee: Talent "
        "Acquisition - Tech\n\nAcceptance criteria\n* [ ] SQL\n\n## ▸ Interview loop\n"
        "- Case study in Tableau\n"
    )
    assert wanted(role) == [("required", {"skill:SQL"}, False)]


def test_a_unit_word_inside_a_longer_name_or_phrase_keeps_the_name() -> None:
    role = read_role(
        "Engineer\n\nRequirements\n- Python Unit Testing\n- SQL Team player\n"
        "- Tableau Team Lead experience\n"
        "- Keep records in accordance with applicable regulations, including GDPR.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:Unit Testing"}, False),
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Tableau"}, False),
        ("required", {"skill:GDPR"}, False),
    ]


def test_a_clause_about_the_employer_that_goes_on_to_ask_keeps_what_it_asks() -> None:
    role = read_role(
        "Engineer\n\nAbout the role\nWe hold ISO 27001 certification, so you will need CISSP.\n"
        "We build data tools for analysts and need a Python developer.\n"
    )
    assert wanted(role) == [
        ("required", {"cissp"}, False),
        ("required", {"skill:Python"}, False),
    ]
