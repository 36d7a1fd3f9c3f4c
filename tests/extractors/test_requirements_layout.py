"""Reading roles whose layout was made for people: numbered or bulleted headings, emoji
bullets, lines that a mail client or a web page wrapped."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import read_role
from extractors.role_layout import unwrapped
from tests.extractors.role_keys import wanted


def test_numbered_section_headings() -> None:
    role = read_role(
        "Job title: Analyst\n1. About us\nWe love Tableau.\n2. Essential skills\nAdvanced SQL\n"
        "3. Desirable skills\nPython\n4. What we offer\nA Power BI course\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Python"}, False),
    ]


def test_a_numbered_item_naming_nothing_is_no_heading() -> None:
    role = read_role("Desirable criteria\n1. CISSP\n2. A full driving licence\n3. Python\n")
    assert wanted(role) == [
        ("preferred", {"cissp"}, False),
        ("preferred", {"skill:Python"}, False),
    ]


def test_headings_written_as_bullets_end_in_a_colon() -> None:
    role = read_role(
        "• Requirements:\n• Burp Suite\n• Nice to have:\n• OSWE\n"
        "• Benefits:\n• A paid OSCP attempt\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Burp Suite"}, False),
        ("preferred", {"oswe"}, False),
    ]


def test_emoji_bullets_are_items_even_before_a_heading() -> None:
    role = read_role("Data Engineer\n✔️ Python\n✔️ dbt\n\n🌱 Nice to have\n👉 Kafka\n")
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:dbt"}, False),
        ("preferred", {"skill:Apache Kafka"}, False),
    ]


def test_wrapped_items_are_joined_again() -> None:
    role = read_role(
        "Requirements\n- Experience with AWS, Azure\n  or GCP\n- Hands-on experience with\n"
        "  Kubernetes Security\nNice to have\n- Terraform, Ansible\n  and Pulumi\n"
    )
    assert wanted(role) == [
        (
            "required",
            {"skill:Amazon Web Services", "skill:Microsoft Azure", "skill:Google Cloud"},
            False,
        ),
        ("required", {"skill:Kubernetes Security"}, False),
        ("preferred", {"skill:Terraform"}, False),
        ("preferred", {"skill:Ansible"}, False),
    ]


def test_prose_a_mail_client_wrapped_reads_as_sentences() -> None:
    role = read_role(
        "Hi Sam,\n\nHere is the brief. The client needs someone who has run BGP on\n"
        "their core network in production and holds a current CCNP\n"
        "Enterprise or the JNCIP-ENT. You will look after the SD-WAN rollout,\n"
        "so hands-on Python is a plus. If you're interested, send me your CV\n"
        "and I can share two Azure roles too.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:BGP"}, False),
        ("required", {"ccnp-enterprise", "jncip-ent"}, False),
        ("required", {"skill:SD-WAN"}, False),
        ("preferred", {"skill:Python"}, False),
    ]


def test_a_short_heading_ending_in_a_joining_word_is_no_wrap() -> None:
    role = read_role(
        "Data Engineer\n\nAbout us\nWe make garden tools.\n\nWhat you will build on\n"
        "The warehouse runs on Snowflake and the pipelines on Apache Airflow, with tests.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Snowflake"}, False),
        ("required", {"skill:Apache Airflow"}, False),
    ]
    wrapped = read_role("Data Engineer\n\nYou have experience with\nSnowflake.\n")
    assert wanted(wrapped) == [("required", {"skill:Snowflake"}, False)]


def test_an_unbulleted_list_with_an_example_in_it_is_no_prose() -> None:
    role = read_role(
        "Essential\n5+ years with infrastructure as code tools, e.g. Terraform or Pulumi\n"
        "Experience running Kubernetes clusters in production environments\n"
        "Python or Go scripting would be an advantage\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Infrastructure as Code"}, False),
        ("required", {"skill:Terraform"}, False),
        ("required", {"skill:Kubernetes"}, False),
        ("preferred", {"skill:Python", "skill:Go"}, False),
    ]


def test_a_heading_after_a_comma_is_still_a_heading() -> None:
    role = read_role("Key skills: Python, SQL,\nNice to have: Kafka\nBenefits\n- Tableau\n")
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Apache Kafka"}, False),
    ]


def test_items_that_only_look_like_headings_are_items() -> None:
    role = read_role(
        "Nice to have\n- Familiarity with one of:\n- Go\n\nRequirements\n- Python\n"
        "- A degree is a plus\n- Benefits knowledge\n- SQL\n"
    )
    assert wanted(role) == [
        ("preferred", {"skill:Go"}, False),
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
    ]


def test_a_list_of_short_or_unwrapped_lines_stays_apart() -> None:
    role = read_role(
        "Nice to have\ndbt\n\nEssential\nKnowledge of Windows and Linux at an advanced level\n"
        "Python scripting would be an advantage\n"
    )
    assert wanted(role) == [
        ("preferred", {"skill:dbt"}, False),
        ("required", {"skill:Windows"}, False),
        ("required", {"skill:Linux"}, False),
        ("preferred", {"skill:Python"}, False),
    ]


def test_compensation_and_interview_process_name_no_requirement() -> None:
    role = read_role(
        "What you'll bring\n- Docker\n\nCompensation & Benefits\n- We cover the CKA exam\n\n"
        "Interview process\n1. A take-home exercise in Python\n"
    )
    assert wanted(role) == [("required", {"skill:Docker"}, False)]


_PIECES = [
    *("\n", "\n\n", " ", "  ", "\t", ", ", "; ", ". ", "? ", ": ", " - ", " | ", "|", "|---|"),
    *("- ", "• ", "1. ", "o ", "✅ ", "🚀", "# ", "**", "<li>", "</p>", "<br>", "&amp;", "&nbsp;"),
    *("Python", "CISSP", "AWS", "Google Cloud", "CCNP", "Enterprise", "dbt", "R", "Go"),
    *("or", "and", "and/or", "or equivalent", "with", "ideally in a bank", "so", "(D)", "(E)"),
    *("Nice to have", "Required?", "Yes", "No", "Essential", "Desirable", "✓", "Benefits"),
    *("Do you hold", "This is required", "Great, but not essential", "we'll pay for your"),
    *("within 90 days of hire", "To apply, send your CV", "What's in it for you?", "\u00a0"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_any_arrangement_of_the_pieces_reads_without_error(pieces: list[str]) -> None:
    role = read_role("".join(pieces))
    for requirement in role.requirements:
        assert requirement.any_of
        assert requirement.kind.value in ("required", "preferred")


def test_a_line_naming_nothing_amid_unbulleted_lines_is_no_heading() -> None:
    role = read_role(
        "Nice to have\nKafka\nA sense of humour\nTerraform\n\nYour mission\n"
        "Build pipelines in Python\nWhat you bring\nSQL\n"
    )
    assert wanted(role) == [
        ("preferred", {"skill:Apache Kafka"}, False),
        ("preferred", {"skill:Terraform"}, False),
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
    ]


def test_a_heading_in_words_not_known_still_heads_when_it_stands_apart() -> None:
    role = read_role("Bonus points\n- Kafka\n\nHow you will spend your days\n- Python\n")
    assert wanted(role) == [
        ("preferred", {"skill:Apache Kafka"}, False),
        ("required", {"skill:Python"}, False),
    ]


def test_a_flattened_heading_of_section_nouns_ends_the_company_section() -> None:
    role = read_role(
        "Overview\nWe need a data engineer with Python.\nAbout us\nWe are a bank.\n"
        "Knowledge, skills and abilities\nSQL\nBonus points\nKafka\nEducation & experience\n"
        "Computer Science\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Apache Kafka"}, False),
        ("required", {"skill:Computer Science"}, False),
    ]


def test_an_abbreviations_stop_ends_no_sentence_so_a_flush_list_is_no_prose() -> None:
    # "e.g." and "etc." before a capital are no sentence's end: a list of unbulleted lines
    # as long as each other is not wrapped prose, and its lines stay apart.
    for example in ("e.g. Terraform", "Ansible, Chef etc. Terraform too"):
        lines = [
            f"Experience with infrastructure as code tools, {example}",
            "Knowledge of container orchestration platforms such as Kubernetes",
            "Hands-on experience with Prometheus metrics and Grafana boards",
        ]
        assert unwrapped(lines) == lines, example


def test_an_example_after_e_g_stays_in_its_clause() -> None:
    role = read_role(
        "Requirements:\n- Python\n- Infrastructure as code would be a plus, e.g. Terraform\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("preferred", {"skill:Infrastructure as Code"}, False),
        ("preferred", {"skill:Terraform"}, False),
    ]


def test_wrapped_prose_under_a_heading_reads_a_name_across_its_lines() -> None:
    # The heading's short line is no part of the prose under it, which a mail client wrapped
    # ("Incident" / "Response" is one name).
    for heading in ("KEY DUTIES", "Your duties:"):
        role = read_role(
            f"SOC Analyst\n\n{heading}\nYou triage the alerts raised overnight by the monitoring "
            "stack and lead Incident\nResponse for the priority cases with the on-call engineers. "
            "You write the weekly\nreport for the security board and keep the runbooks current "
            "for the whole team.\n"
        )
        assert wanted(role) == [("required", {"skill:Incident Response"}, False)], heading


def test_a_name_wrapped_over_unbulleted_lines_is_read_whole() -> None:
    role = read_role(
        "Cloud Engineer\n\nWhat you need\nTerraform and the AWS Certified Solutions\n"
        "Architect – Associate\nStrong Linux System\nAdministration\nPython\nSQL\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Terraform"}, False),
        ("required", {"aws-solutions-architect-associate"}, False),
        ("required", {"skill:Linux System Administration"}, False),
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
    ]
