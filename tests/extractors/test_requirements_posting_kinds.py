"""Reading roles whose postings say standing or context in more ways: MoSCoW headings, "Assets,
not requirements", a listing's "pref'd", the employer's own people and credentials, a job
board's or a wiki page's fields, the languages applications may be written in, what the role
does not need, examples in brackets and Welsh "neu"."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_moscow_headings_say_required_preferred_and_nothing() -> None:
    role = read_role(
        "Platform Engineer\n\nMUST\n- Terraform\n\nSHOULD\n- Ansible or Jenkins\n\n"
        "COULD HAVE\n- CKA\n\nWON'T (for now)\n- Kubernetes operators in Go\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Terraform"}, False),
        ("preferred", {"skill:Ansible", "skill:Jenkins"}, False),
        ("preferred", {"cka"}, False),
    ]


def test_assets_not_requirements_is_a_preferred_heading() -> None:
    role = read_role("Requirements\n- Java\n\nAssets, not requirements\n- Scala or Rust\n")
    assert wanted(role) == [
        ("required", {"skill:Java"}, False),
        ("preferred", {"skill:Scala", "skill:Rust"}, False),
    ]


def test_a_listing_abbreviates_preferred_and_required() -> None:
    role = read_role("Requirements\nCCNA pref'd\nLinux req'd within 30 days of start\n")
    assert wanted(role) == [
        ("preferred", {"ccna"}, False),
        ("required", {"skill:Linux"}, False),
    ]


def test_glad_to_see_but_not_held_against_you_is_preferred() -> None:
    role = read_role(
        "Things we'd be happy to see but will not hold against you: Snowflake, and any "
        "exposure to Meltano or similar tools.\nYou need Python.\n"
    )
    assert wanted(role) == [
        ("preferred", {"skill:Snowflake"}, False),
        ("required", {"skill:Python"}, False),
    ]


def test_what_the_employer_does_not_care_about_names_nothing() -> None:
    role = read_role(
        "What we need\n- Salesforce\n\nWhat we don't care about\n- A PMP. Nobody here has one.\n"
    )
    assert wanted(role) == [("required", {"skill:Salesforce"}, False)]


def test_the_employer_and_its_people_are_not_the_role() -> None:
    role = read_role(
        "Support Engineer\n"
        "Northwind Labs is an ISO-certified machine learning consultancy.\n"
        "Backed by two funds, we are a team of 40 across data science, Kubernetes and sales.\n"
        "Our platform team of six includes two CISSP holders.\n"
        "Our own trainers hold CISM and PMP.\n"
        "Requirements\n- Linux\n- This role is a hands-on Docker job\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Linux"}, False),
        ("required", {"skill:Docker"}, False),
    ]


def test_a_postings_own_fields_name_nothing() -> None:
    role = read_role(
        "Payroll Officer\nRef 22-PAY · Posted 5 days ago · Spanish Payroll Services\n"
        "Requirements\n- Microsoft Excel\n_Page owner: Human Resources · Last updated 2 May_\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Payroll"}, False),
        ("required", {"skill:Microsoft Excel"}, False),
    ]


def test_the_languages_of_applications_are_not_the_role_s() -> None:
    role = read_role(
        "Essential\n- Power BI\nDesirable\n- German\n"
        "We welcome applications in French and in Spanish.\n"
        "Applications may be submitted in English or German.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Power BI"}, False),
        ("preferred", {"skill:German"}, False),
    ]


def test_what_the_role_says_it_does_not_need_is_no_requirement() -> None:
    role = read_role(
        "Requirements\n- Tableau\n"
        "We will train you on Salesforce; no prior Python experience is needed.\n"
        "You don't need to know Snowflake already, but you do need SQL.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Tableau"}, False),
        ("required", {"skill:SQL"}, False),
    ]


def test_any_other_equivalent_sets_or_equivalent_but_not_across_an_and() -> None:
    role = read_role(
        "Requirements\n- A degree in Data Science or any other equivalent qualification\n"
        "- Docker, and some exposure to Nomad or similar schedulers\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Data Science"}, True),
        ("required", {"skill:Docker"}, False),
    ]


def test_an_or_inside_a_bracket_joins_its_examples_not_the_name_before() -> None:
    role = read_role(
        "Requirements\n- Data analysis (SAS or Python) on full populations\n- CISSP (or CISM)\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Data Analysis"}, False),
        ("required", {"skill:SAS", "skill:Python"}, False),
        ("required", {"cissp", "cism"}, False),
    ]


def test_welsh_neu_is_or_in_a_bilingual_line() -> None:
    role = read_role(
        "Hanfodol / Essential\n- Profiad o Java neu Scala / Experience of Java or Scala\n"
    )
    assert wanted(role) == [("required", {"skill:Java", "skill:Scala"}, False)]


def test_a_list_headed_at_least_one_of_the_following_is_one_requirement() -> None:
    role = read_role(
        "Certifications (at least one of the following)\n• CKA\n• CKAD\n• PMP\n"
        "Skills\n• Go\n\nAny one of:\n1. CISSP\n2. CISM\nAlso Terraform.\n"
    )
    assert wanted(role) == [
        ("required", {"cka", "ckad", "pmp"}, False),
        ("required", {"skill:Go"}, False),
        ("required", {"cissp", "cism"}, False),
        ("required", {"skill:Terraform"}, False),
    ]


def test_a_wiki_page_s_headings_and_table_give_each_row_its_standing() -> None:
    role = read_role(
        "h1. Vacancy: Support Lead\nh2. About us\nWe run Salesforce for the branches.\n"
        "h2. What you'll need\n||Criterion||Essential / Desirable||\n|Linux|Essential|\n"
        "|Ansible or Terraform|Desirable|\nh2. How to apply\nUse the Jenkins form.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Linux"}, False),
        ("preferred", {"skill:Ansible", "skill:Terraform"}, False),
    ]


def test_a_fixed_width_table_with_an_m_d_column() -> None:
    role = read_role(
        "Key personnel\n\n"
        "Ref   Requirement                  Years   M/D\n"
        "----  ---------------------------  -----   ---\n"
        "1.1   Java development             5       M\n"
        "1.2   Docker and Kubernetes        2       D\n"
        "1.3   PRINCE2 Foundation           -       D\n\n"
        "Bidders shall attach CVs.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Java"}, False),
        ("preferred", {"skill:Docker"}, False),
        ("preferred", {"skill:Kubernetes"}, False),
        ("preferred", {"prince2-foundation"}, False),
    ]


def test_what_is_said_of_a_tool_or_of_the_work_stays_a_requirement() -> None:
    role = read_role(
        "Requirements\n- Salesforce is a must for this business\n"
        "- Maintain applications written in Java\n"
        "- You don't need to be an expert in Python, but you should be comfortable in it\n"
        "- Azure is the cloud provider we run on\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Salesforce"}, False),
        ("required", {"skill:Java"}, False),
        ("required", {"skill:Python"}, False),
        ("required", {"skill:Microsoft Azure"}, False),
    ]


def test_the_employer_s_own_certifications_and_partnerships_are_not_the_role_s() -> None:
    role = read_role(
        "Founded in 2009, Fabrikam is a leading provider of Salesforce consulting.\n"
        "Contoso is the UK's largest Tableau partner.\n"
        "As an AWS Advanced Tier partner, we build platforms for insurers.\n"
        "We are ISO 27001 certified and Cyber Essentials Plus accredited.\n"
        "Our engineers are all CKA certified. The company is PCI DSS accredited.\n"
        "Requirements\n- Python\n- We are looking for someone fluent in Go\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:Go"}, False),
    ]


def test_more_ways_and_languages_of_saying_preferred() -> None:
    role = read_role(
        "Hanfodol\n- Java\nDymunol\n- Scala\n\nAtouts\n- Rust\n\nDesejável\n- Go\n\n"
        "What would make you a stronger candidate\n- Docker\n\nMust have\n- Linux\n"
        "- Plus if you know Terraform\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Java"}, False),
        ("preferred", {"skill:Scala"}, False),
        ("preferred", {"skill:Rust"}, False),
        ("preferred", {"skill:Go"}, False),
        ("preferred", {"skill:Docker"}, False),
        ("required", {"skill:Linux"}, False),
        ("preferred", {"skill:Terraform"}, False),
    ]


def test_one_or_more_of_and_either_of_head_lists_of_alternatives() -> None:
    role = read_role(
        "Certifications - one or more of:\n- CISSP\n- CISM\n\n"
        "Hold either of the following:\n- CKA\n- CKAD\n\nSkills\n- Python\n"
    )
    assert wanted(role) == [
        ("required", {"cissp", "cism"}, False),
        ("required", {"cka", "ckad"}, False),
        ("required", {"skill:Python"}, False),
    ]


def test_a_page_s_offer_legal_notices_and_other_postings_name_nothing() -> None:
    role = read_role(
        "Our client is a leading Salesforce consultancy in Leeds.\n"
        "Requirements\n- Python\n- Terraform would give you an edge\n- Kotlin (pref)\n\n"
        "What's on offer\n- Kubernetes meetups\n\nEEO Statement\nWe comply with GDPR.\n\n"
        "Privacy notice\nYour data is held under GDPR.\n\n"
        "Similar jobs\nGo Developer · Java Engineer\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("preferred", {"skill:Terraform"}, False),
        ("preferred", {"skill:Kotlin"}, False),
    ]


def test_a_client_looking_for_someone_still_asks() -> None:
    role = read_role("Our client is looking for a Python developer.\n")
    assert wanted(role) == [("required", {"skill:Python"}, False)]


def test_tables_in_more_markups_give_each_row_its_standing() -> None:
    bare = "Skill | Required?\n--- | ---\nPython | Yes\nTerraform | No\n"
    grid = (
        "+-----------+----------+\n| Skill     | Required |\n+===========+==========+\n"
        "| Go        | Yes      |\n+-----------+----------+\n| Rust      | No       |\n"
        "+-----------+----------+\n"
    )
    ticks = (
        "Criteria        Essential   Desirable\nJava            X\nScala                       X\n"
    )
    simple = (
        "=========  ========\nSkill      Priority\n=========  ========\n"
        "Docker     High\nAnsible    Low\n"
    )
    assert wanted(read_role(bare)) == [
        ("required", {"skill:Python"}, False),
        ("preferred", {"skill:Terraform"}, False),
    ]
    assert wanted(read_role(grid)) == [
        ("required", {"skill:Go"}, False),
        ("preferred", {"skill:Rust"}, False),
    ]
    assert wanted(read_role(ticks)) == [
        ("required", {"skill:Java"}, False),
        ("preferred", {"skill:Scala"}, False),
    ]
    assert wanted(read_role(simple)) == [
        ("required", {"skill:Docker"}, False),
        ("preferred", {"skill:Ansible"}, False),
    ]


def test_pipes_between_key_skills_make_no_table() -> None:
    role = read_role("Key skills: Python | Terraform | Go\nNice to have\nRust | Scala\n")
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:Terraform"}, False),
        ("required", {"skill:Go"}, False),
        ("preferred", {"skill:Rust"}, False),
        ("preferred", {"skill:Scala"}, False),
    ]


def test_what_the_employer_will_teach_or_help_with_is_not_asked() -> None:
    role = read_role(
        "Requirements\n- Python\n- No Terraform required\n- No prior Go needed, we'll teach you\n"
        "- No degree required but Rust needed\n"
        "We'll help you get AWS certified, with mentoring towards PMP and a clear path to CISSP.\n"
        "You'll receive training on Salesforce and get to learn Kubernetes.\n"
        "We don't use Docker (yet).\n- Scala - we can teach this\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:Rust"}, False),
    ]


def test_any_of_the_following_words_then_a_colon_makes_alternatives() -> None:
    role = read_role(
        "Requirements\n- Any of the following certifications is acceptable: CISSP, CISM, CISA\n"
    )
    assert wanted(role) == [("required", {"cissp", "cism", "cisa"}, False)]


def test_not_a_dealbreaker_is_preferred() -> None:
    role = read_role("Requirements\n- Python\n- Kubernetes (not a deal-breaker)\n")
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("preferred", {"skill:Kubernetes"}, False),
    ]


def test_moscow_tags_on_items() -> None:
    role = read_role(
        "Data Engineer\nRequirements\n- Python - MUST\n- Kafka - SHOULD\n- Rust (could have)\n"
        "- You should have used SQL\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("preferred", {"skill:Apache Kafka"}, False),
        ("preferred", {"skill:Rust"}, False),
        ("required", {"skill:SQL"}, False),
    ]


def test_keys_written_with_underscores_are_labels() -> None:
    role = read_role("title: Data Engineer\nmust_have: [Python, SQL]\nnice_to_have: [Kafka]\n")
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Apache Kafka"}, False),
    ]


def test_block_tags_and_an_xml_export_s_sections_part_the_lines() -> None:
    xml = (
        "<job><title>Data Engineer</title><requirements><item>Python</item><item>SQL</item>"
        "</requirements><nice_to_have><item>Kafka</item></nice_to_have>"
        "<benefits><item>A dbt course</item></benefits></job>"
    )
    html = "<dl><dt>Requirements</dt><dd>Go</dd><dt>Nice to have</dt><dd><b>Rust</b></dd></dl>"
    assert wanted(read_role(xml)) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Apache Kafka"}, False),
    ]
    assert wanted(read_role(html)) == [
        ("required", {"skill:Go"}, False),
        ("preferred", {"skill:Rust"}, False),
    ]


def test_more_ways_of_writing_or_equivalent() -> None:
    role = read_role(
        "Requirements\n- CISSP/equivalent\n- Terraform, or something similar\n"
        "- Ansible or the like\n"
    )
    assert wanted(role) == [
        ("required", {"cissp"}, True),
        ("required", {"skill:Terraform"}, True),
        ("required", {"skill:Ansible"}, True),
    ]
