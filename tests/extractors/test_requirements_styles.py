"""Reading roles written in the styles postings use: headings in many words, questions,
tables with a standing column, HTML pasted as text, benefits that name credentials."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_headings_that_say_preferred_in_their_own_words() -> None:
    for heading in (
        "Bonus points",
        "Great if you also have",
        "Even better if you have",
        "What will make you stand out",
        "Not essential, but helpful:",
        "It would be great if you:",
        "Desirable criteria",
    ):
        text = f"Platform Engineer\n\nWhat we're looking for\n- Go\n\n{heading}\n- Helm\n"
        role = read_role(text)
        assert wanted(role) == [
            ("required", {"skill:Go"}, False),
            ("preferred", {"skill:Helm"}, False),
        ], heading


def test_headings_that_keep_what_follows_required() -> None:
    for heading in ("You'll need:", "Essential criteria", "The ideal candidate will have:"):
        role = read_role(f"Analyst\n\nBonus points\n- Tableau\n\n{heading}\n- SQL\n")
        assert wanted(role) == [
            ("preferred", {"skill:Tableau"}, False),
            ("required", {"skill:SQL"}, False),
        ], heading


def test_emoji_before_a_heading_does_not_hide_it() -> None:
    role = read_role("🚀 Backend Engineer\n\n✅ Must have\n- Kotlin\n\n🌱 Nice to have\n- Kafka\n")
    assert wanted(role) == [
        ("required", {"skill:Kotlin"}, False),
        ("preferred", {"skill:Apache Kafka"}, False),
    ]


def test_a_clause_of_only_a_standing_word_decides_the_question_before_it() -> None:
    role = read_role(
        "Nice to have\n"
        "- Do you hold the CISSP? This is required.\n"
        "- Have you used Splunk? Great, but not essential.\n"
        "- Terraform experience. Certification not required.\n"
    )
    assert wanted(role) == [
        ("required", {"cissp"}, False),
        ("preferred", {"skill:Splunk"}, False),
        ("preferred", {"skill:Terraform"}, False),
    ]
    role = read_role(
        "Do you hold ITIL 4 Foundation? Nice to have.\nHave you used Jira? Required.\n"
    )
    assert wanted(role) == [
        ("preferred", {"itil-4-foundation"}, False),
        ("required", {"skill:Jira"}, False),
    ]


def test_a_required_column_answered_yes_or_no() -> None:
    role = read_role(
        "| Skill | Required? | Notes |\n|---|---|---|\n"
        "| Kubernetes | Yes | daily |\n| Helm | No | we teach it |\n| Go | no | |\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Kubernetes"}, False),
        ("preferred", {"skill:Helm"}, False),
        ("preferred", {"skill:Go"}, False),
    ]


def test_essential_and_desirable_columns_ticked() -> None:
    role = read_role(
        "| Criteria | Essential | Desirable |\n|:--|:-:|:-:|\n"
        "| PRINCE2 Practitioner | | ✓ |\n| Stakeholder management | ✓ | |\n"
    )
    assert wanted(role) == [
        ("preferred", {"prince2-practitioner"}, False),
        ("required", {"skill:Stakeholder Management"}, False),
    ]


def test_a_priority_column_of_words_and_a_table_without_one() -> None:
    role = read_role(
        "| Area | Requirement | Priority |\n| Cloud | AWS or Azure | Must have |\n"
        "| Security | CompTIA Security+ | Nice to have |\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Amazon Web Services", "skill:Microsoft Azure"}, False),
        ("preferred", {"comptia-security-plus"}, False),
    ]
    role = read_role("| Tool | Years |\n|---|---|\n| Python | 3+ |\n| Ansible (a plus) | 1 |\n")
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("preferred", {"skill:Ansible"}, False),
    ]


def test_person_specification_tags_e_and_d() -> None:
    role = read_role("Person specification\n- Python (E)\n- PRINCE2 Foundation (D)\n")
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("preferred", {"prince2-foundation"}, False),
    ]


def test_html_pasted_as_text_reads_like_lines() -> None:
    role = read_role(
        "<h2>Data Analyst</h2><p><strong>Requirements</strong></p><ul><li>SQL &amp; "
        "Power&nbsp;BI</li><li>CompTIA Data+ or equivalent</li></ul><h3>Nice to have</h3>"
        "<ul><li>Alteryx</li></ul>"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Power BI"}, False),
        ("required", {"comptia-data-plus"}, True),
        ("preferred", {"skill:Alteryx"}, False),
    ]


def test_copied_bullets_tabs_and_odd_spaces() -> None:
    role = read_role(
        "Requirements:\n•\tWindows Server\n·\u00a0\u00a0\u00a0 ITIL\u00a04 Foundation\n"
        "Desirable:\no   Microsoft\u200b Intune\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Windows Server"}, False),
        ("required", {"itil-4-foundation"}, False),
        ("preferred", {"skill:Microsoft Intune"}, False),
    ]


def test_what_the_employer_pays_for_is_no_requirement_but_a_deadline_is() -> None:
    role = read_role(
        "Qualifications\n- BLS required at hire\n- ACLS must be obtained within 90 days of hire\n"
        "- We will pay for your CEN exam\n"
        "Our nurses use Epic daily, and we sponsor the TNCC for every new starter.\n\n"
        "What's in it for you?\n- A PALS course on us\n"
    )
    assert wanted(role) == [
        ("required", {"aha-bls"}, False),
        ("required", {"aha-acls"}, False),
    ]


def test_how_to_apply_names_no_requirement() -> None:
    role = read_role(
        "Key skills: Java; Spring Boot\n"
        "To apply, send your CV - Python developers are welcome to ask about other roles.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Java"}, False),
        ("required", {"skill:Spring Boot"}, False),
    ]


def test_a_qualifier_of_the_experience_does_not_make_the_names_preferred() -> None:
    # ", ideally …" / ", preferably …" prefers only what it names; "Terraform, ideally." has
    # nothing after the word, so the whole clause is preferred.
    role = read_role(
        "You must be a CPA with eight years of experience, ideally in a listed company. "
        "Terraform, ideally. Experience with AWS, preferably in Python."
    )
    assert wanted(role) == [
        ("required", {"us-cpa"}, False),
        ("preferred", {"skill:Terraform"}, False),
        ("required", {"skill:Amazon Web Services"}, False),
        ("preferred", {"skill:Python"}, False),
    ]


def test_dash_labels_pipe_items_and_a_title_with_a_bonus() -> None:
    role = read_role(
        "SRE | Remote | £80k + bonus\n\n"
        "Must haves - Linux | Prometheus | Python or Go\nNice to haves - Kubernetes | CKA\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Site Reliability Engineering"}, False),
        ("required", {"skill:Linux"}, False),
        ("required", {"skill:Prometheus"}, False),
        ("required", {"skill:Python", "skill:Go"}, False),
        ("preferred", {"skill:Kubernetes"}, False),
        ("preferred", {"cka"}, False),
    ]


def test_and_or_makes_alternatives_and_an_unknown_alternative_leaves_the_known() -> None:
    role = read_role("Requirements\n- SAP and/or Workday\n- CPA or CA\n- 3+ years of C# or C++\n")
    assert wanted(role) == [
        ("required", {"skill:SAP", "skill:Workday"}, False),
        ("required", {"us-cpa"}, False),
        ("required", {"skill:C#", "skill:C++"}, False),
    ]


def test_words_that_only_look_like_markers_change_nothing() -> None:
    role = read_role(
        "Responsibilities\n- You will help the team move to Kubernetes\n"
        "- We need someone to cover our AWS estate\n\nThe ideal candidate\n- Python\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Kubernetes"}, False),
        ("required", {"skill:Amazon Web Services"}, False),
        ("required", {"skill:Python"}, False),
    ]


def test_a_table_copied_from_a_document_with_criteria_under_essential_and_desirable() -> None:
    role = read_role(
        "Person specification\nArea\tEssential\tDesirable\n"
        "Qualifications\tPRINCE2 Foundation\tPRINCE2 Practitioner\n"
        "Skills\tAdvanced Microsoft Excel\tPower BI\n"
        "•\tProvide reports to the board using SQL\n"
    )
    assert wanted(role) == [
        ("required", {"prince2-foundation"}, False),
        ("preferred", {"prince2-practitioner"}, False),
        ("required", {"skill:Microsoft Excel"}, False),
        ("preferred", {"skill:Power BI"}, False),
        ("required", {"skill:SQL"}, False),
    ]


def test_a_pipe_table_whose_standing_columns_hold_the_criteria() -> None:
    role = read_role(
        "| Area | Essential | Desirable |\n|---|---|---|\n"
        "| Cloud | AWS | Google Cloud |\n| Security | Yes - CompTIA Security+ | |\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Amazon Web Services"}, False),
        ("preferred", {"skill:Google Cloud"}, False),
        ("required", {"comptia-security-plus"}, False),
    ]


def test_segments_of_one_clause_that_say_required_and_preferred() -> None:
    role = read_role(
        "Skills\n- Python and SQL required, Go preferred\n"
        "- AWS or Azure is a must but GCP would be an advantage\n"
        "Nice to have\n- Terraform (required), Pulumi or Ansible (preferred)\n- Helm, Docker\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Go"}, False),
        ("required", {"skill:Amazon Web Services", "skill:Microsoft Azure"}, False),
        ("preferred", {"skill:Google Cloud"}, False),
        ("required", {"skill:Terraform"}, False),
        ("preferred", {"skill:Ansible"}, False),
        ("preferred", {"skill:Helm"}, False),
        ("preferred", {"skill:Docker"}, False),
    ]


def test_a_sentence_accepting_equivalents_applies_to_the_one_before() -> None:
    role = read_role(
        "Requirements\n- CISSP or CISM. Equivalent certifications are accepted.\n"
        "- Python. Equivalent languages are a plus but not required.\n"
    )
    assert wanted(role) == [
        ("required", {"cissp", "cism"}, True),
        ("required", {"skill:Python"}, False),
    ]


def test_selection_criteria_highly_regarded_and_an_offer_said_in_other_words() -> None:
    role = read_role(
        "Senior Accountant\nSelection criteria\nEssential\n- CPA\nHighly regarded\n- Power BI\n"
        "DM me if interested - we're also happy to pay for your CFA later on.\n"
        "We need someone to cover your Xero and SAP migrations.\n"
    )
    assert wanted(role) == [
        ("required", {"us-cpa"}, False),
        ("preferred", {"skill:Power BI"}, False),
        ("preferred", {"skill:SAP"}, False),
    ]


def test_structured_items_copied_with_odd_spaces() -> None:
    role = read_role({"required": ["ITIL\u00a04 Foundation", "Power\u200bBI"], "preferred": []})
    assert wanted(role) == [
        ("required", {"itil-4-foundation"}, False),
        ("required", {"skill:Power BI"}, False),
    ]
    assert [r.text for r in read_role({"required": ["CKA\u00a0or\u00a0CKAD"]}).requirements] == [
        "CKA or CKAD"
    ]


def test_what_a_posting_says_about_the_company_names_no_requirement() -> None:
    role = read_role(
        "Requirements\n- SQL\n\nOur mission\nWe love Python and open source.\n\n"
        "Company overview\nA Salesforce partner since 2010.\n\nYour mission\n- Build Go services\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Go"}, False),
    ]


def test_a_name_written_with_a_superscript_or_trademark_sign() -> None:
    for role in (
        read_role("Requirements\n- (ISC)² CC\n- PRINCE2® Practitioner\n"),
        read_role({"required": ["(ISC)² CC", "PRINCE2® Practitioner"]}),
    ):
        assert wanted(role) == [
            ("required", {"isc2-cc"}, False),
            ("required", {"prince2-practitioner"}, False),
        ]


def test_a_search_for_people_is_no_offer() -> None:
    role = read_role("We are seeking engineers to cover your CKA duties.")
    assert wanted(role) == [("required", {"cka"}, False)]
