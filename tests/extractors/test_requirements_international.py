"""Reading roles posted in other languages' ways: their words for preferred, their bullets
and numbering, headings written with a translation beside them."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_other_languages_words_for_a_preferred_section() -> None:
    for heading in ("■ Welcome skills (歓迎スキル)", "Requisitos deseables", "Pré's"):
        text = f"Site Reliability Engineer\n\nRequirements\n- Go\n\n{heading}\n- Helm\n"
        assert wanted(read_role(text)) == [
            ("required", {"skill:Go"}, False),
            ("preferred", {"skill:Helm"}, False),
        ], heading


def test_other_languages_words_for_a_preferred_clause() -> None:
    for clause in (
        "Terraform is a pre.",
        "Kennis van Terraform is een pré.",
        "Experience with Terraform is meritorious.",
        "It is meritorious if you know Terraform.",
        "Terraform (deseable).",
    ):
        text = f"Site Reliability Engineer\n\nYou need Go.\n{clause}\n"
        assert wanted(read_role(text)) == [
            ("required", {"skill:Go"}, False),
            ("preferred", {"skill:Terraform"}, False),
        ], clause


def test_japanese_and_chinese_bullets_and_numbers() -> None:
    for first, second in (("・", "・"), ("1、", "2、"), ("１．", "２．")):
        text = (
            "Data Engineer\n\nRequired skills\n"
            f"{first}Python experience\n\nNice to have\n{second}Airflow in production\n"
        )
        assert wanted(read_role(text)) == [
            ("required", {"skill:Python"}, False),
            ("preferred", {"skill:Apache Airflow"}, False),
        ], first


def test_a_heading_with_its_translation_says_it_in_either_language() -> None:
    text = (
        "Data Analyst\n\nWat vragen wij? / What do we ask?\n- SQL\n\n"
        "Wat bieden wij? / What do we offer?\n- A Tableau licence and training\n\n"
        "Les + du poste (why join us):\n- Databricks sandbox for everyone\n"
    )
    assert wanted(read_role(text)) == [("required", {"skill:SQL"}, False)]


def test_practical_information_and_a_funded_certification_plan_are_no_requirements() -> None:
    text = (
        "Security Consultant\n\nProfile\n- Splunk\n\nPerks\n"
        "Certification plan fully funded (CISSP, CCSP)\n\nPractical information\n"
        "Questions about GDPR go to our Data Protection officer.\n"
    )
    assert wanted(read_role(text)) == [("required", {"skill:Splunk"}, False)]


def test_a_renamed_credential_beside_its_former_name_is_one_name() -> None:
    text = "Security Architect\n\nYou hold CCSP, CASP+ (now CompTIA SecurityX), or CISSP.\n"
    assert wanted(read_role(text)) == [
        ("required", {"isc2-ccsp", "comptia-securityx", "cissp"}, False)
    ]


def test_an_issuer_before_an_acronym_keeps_a_list_of_alternatives_together() -> None:
    text = "SOC Lead\n\nYou hold ISACA CISM, ISC2 CISSP or an equivalent certification.\n"
    assert wanted(read_role(text)) == [("required", {"cism", "cissp"}, True)]


def test_a_comma_list_ending_in_or_a_name_not_known_is_alternatives() -> None:
    for tail in ("or a related field", "or XYZ-Cert", "or any closely related subject"):
        text = (
            f"Analyst\n\nA degree in Data Science, Operations Research, Computer Science {tail}.\n"
        )
        assert wanted(read_role(text)) == [
            ("required", {"skill:Data Science", "skill:Computer Science"}, False)
        ], tail
    text = "Analyst\n\nYou know Python, Q-Lang, Tcl-X, SQL or Julia-9.\n"
    assert wanted(read_role(text)) == [("required", {"skill:Python", "skill:SQL"}, False)]
    # a name with its examples in brackets stays two requirements
    text = (
        "Analyst\n\nRelational databases (PostgreSQL or Oracle), and Japanese (JLPT N2 or above).\n"
    )
    assert len(read_role(text).requirements) == 4


def test_or_in_the_other_language_of_a_bilingual_line() -> None:
    for word in ("o", "of", "ou"):
        text = f"Data Engineer\n\nRequisitos / Requirements\n- Snowflake {word} Databricks\n"
        assert wanted(read_role(text)) == [
            ("required", {"skill:Snowflake", "skill:Databricks"}, False)
        ], word


def test_a_question_heading_with_its_translation_opens_its_section() -> None:
    text = (
        "Data Engineer\n\nOver ons / About us\nWe run Kafka clusters for banks.\n\n"
        "Wat breng je mee? / What do you bring along?\nYou write Scala every day.\n"
    )
    assert wanted(read_role(text)) == [("required", {"skill:Scala"}, False)]


def test_names_in_brackets_after_a_name_are_its_examples() -> None:
    text = (
        "Engineer\n\nYou know data warehousing (Snowflake or Teradata), and Tableau (or Looker).\n"
    )
    keys = [each[1] for each in wanted(read_role(text))]
    assert {"skill:Data Warehousing"} in keys
    assert {"skill:Snowflake"} in keys
    assert {"skill:Tableau", "skill:Looker"} in keys


def test_salary_lines_mail_headers_page_footers_and_what_is_not_asked() -> None:
    text = (
        "From: Hiring Manager\nTo: Talent Acquisition\nSubject: Fwd: Nurse opening\n\n"
        "Staff Nurse\n\nSalary: AED 20,000 a month\nYou hold BLS.\n"
        "St Anne Hospital – Human Resources     Form 7 (rev. 2024)     Page 1 of 3\n"
        "We do not care about Agile certs; this is ward work.\n"
    )
    assert wanted(read_role(text)) == [("required", {"aha-bls"}, False)]


def test_a_name_in_a_compound_about_its_use_is_the_name() -> None:
    text = "Engineer\n\nYou have run Kafka-based pipelines and a Go-live or two.\n"
    assert wanted(read_role(text)) == [("required", {"skill:Apache Kafka"}, False)]


def test_a_standard_the_work_follows_is_named_in_its_compound() -> None:
    text = (
        "Security Officer\n\nDuties\n- Keep our PCI DSS-compliant payment systems in order\n"
        "- Run a GDPR-conformant data process\n- Own the NIST CSF-aligned controls\n"
    )
    assert [keys for _, keys, _ in wanted(read_role(text))] == [
        {"skill:PCI DSS"},
        {"skill:GDPR"},
        {"skill:NIST Cybersecurity Framework"},
    ]


def test_or_equivalent_inside_the_examples_is_the_examples() -> None:
    text = "Analyst\n\nExperience of data warehousing (Snowflake, Databricks or equivalent).\n"
    assert wanted(read_role(text)) == [
        ("required", {"skill:Data Warehousing"}, False),
        ("required", {"skill:Snowflake", "skill:Databricks"}, True),
    ]


def test_a_translation_in_square_brackets_under_a_heading_says_its_standing() -> None:
    # A bilingual posting writes each heading's translation on the next line, in brackets;
    # the translation may be the only part the reader knows.
    text = (
        "Backend Engineer\n\n【必須スキル】\n[Required skills]\n・Go in production\n\n"
        "【その他】\n[Nice to have]\n・Helm charts\n\n【福利厚生】\n[Benefits]\n・Kafka training\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:Go"}, False),
        ("preferred", {"skill:Helm"}, False),
    ]


def test_a_line_that_only_opens_with_a_bracket_is_no_heading() -> None:
    text = "[Position] Backend Engineer\n\nYou need Go.\n[Team] Platform, 4 people\n- Helm\n"
    assert wanted(read_role(text)) == [
        ("required", {"skill:Go"}, False),
        ("required", {"skill:Helm"}, False),
    ]


def test_japanese_and_vietnamese_headings_for_preferred() -> None:
    for heading in ("【尚可】", "ƯU TIÊN / PRIORITY GIVEN TO", "Priority given to:"):
        text = f"Backend Engineer\n\nRequirements\n- Go\n\n{heading}\n- Helm\n"
        assert wanted(read_role(text)) == [
            ("required", {"skill:Go"}, False),
            ("preferred", {"skill:Helm"}, False),
        ], heading


def test_a_word_glossed_in_brackets_reads_as_its_gloss() -> None:
    text = (
        "Data Steward\n\nAbout the mahi (work)\n- Run vendor management for suppliers\n\n"
        "Tō painga (benefits)\n- Paid CISSP exam\n"
    )
    assert wanted(read_role(text)) == [("required", {"skill:Vendor Management"}, False)]


def test_a_german_compound_names_its_first_part() -> None:
    role = read_role(
        "DevOps Engineer (m/w/d)\n\nDein Profil\n- Sehr gute Python-Kenntnisse\n"
        "- Erfahrung mit Terraform-Modulen\n- Go-Live-Begleitung im C-Suite-Umfeld\n"
    )
    assert [keys for _, keys, _ in wanted(role)] == [
        {"skill:DevOps"},
        {"skill:Python"},
        {"skill:Terraform"},
    ]
