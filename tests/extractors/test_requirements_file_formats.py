"""Job ads kept in more file formats and printed forms: an INI file's sections, an AsciiDoc
page, a gettext PO file (a posting and its translation) and a printed form's yes/no circles
whose note says what a "No" does."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_an_ini_file_reads_its_lower_case_sections_as_headings() -> None:
    role = read_role(
        "; exported from the requisition tool\n[position]\ntitle = Payroll Officer\n\n"
        "[required]\ntools = Workday; Microsoft Excel\n\n[preferred]\ncert = CPP or SHRM-CP\n\n"
        "[not_required]\ncert = PMP\n\n[benefits]\nexam = we pay the SHRM-SCP exam\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Payroll"}, False),
        ("required", {"skill:Workday"}, False),
        ("required", {"skill:Microsoft Excel"}, False),
        ("preferred", {"shrm-cp"}, False),
    ]


def test_a_bracketed_line_with_words_of_a_sentence_is_no_section() -> None:
    role = read_role("Network Engineer\n\n[Must have]\nCCNA\n\n[Desirable]\nPython\n")
    assert wanted(role) == [
        ("required", {"ccna"}, False),
        ("preferred", {"skill:Python"}, False),
    ]


def test_an_asciidoc_page_reads_its_title_sections_and_labelled_lists() -> None:
    role = read_role(
        "= Data Platform Engineer\n:grade: 7\n:team: Data\n\n== About the role\n\n"
        "You will run our pipelines.\n\n== Must have\n\nLanguages:: Python and SQL\n"
        "Orchestration:: Apache Airflow\n\n== Nice to have\n\nCloud:: Google Cloud\n\n"
        "NOTE: The team is a Snowflake Elite partner.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Apache Airflow"}, False),
        ("preferred", {"skill:Google Cloud"}, False),
    ]


def test_a_line_opening_with_one_equals_sign_is_no_asciidoc_without_sections() -> None:
    role = read_role("= SQL developer\nWe need SQL.\n")
    assert ("required", {"skill:SQL"}, False) in wanted(role)


def test_a_po_file_reads_each_source_string_once_and_not_its_translation() -> None:
    role = read_role(
        '# German translation of the posting\nmsgid ""\nmsgstr ""\n"Language: de\\n"\n\n'
        '#: job.html:2\nmsgid "Cloud Engineer"\nmsgstr "Cloud-Ingenieur"\n\n'
        'msgid "Requirements"\nmsgstr "Anforderungen"\n\n'
        'msgid "Terraform and "\n"Kubernetes"\nmsgstr "Terraform und Kubernetes"\n\n'
        'msgid "Nice to have"\nmsgstr "Wünschenswert"\n\n'
        'msgid "Go"\nmsgstr "Go"\n'
    )
    assert wanted(role) == [
        ("required", {"skill:Terraform"}, False),
        ("required", {"skill:Kubernetes"}, False),
        ("preferred", {"skill:Go"}, False),
    ]


def test_a_form_reads_each_question_by_what_its_no_does() -> None:
    role = read_role(
        "Systems Administrator\nAnswer every question.\n\n"
        "Q1. Do you hold the RHCSA certification?\n"
        "    ( ) Yes   ( ) No     If No, your application cannot proceed.\n"
        "Q2. Have you scripted in Python?\n"
        "    ( ) Yes   ( ) No     Answering No will not affect your application.\n"
        "Q3. Do you know Ansible?\n"
        "    ○ Yes ○ No   A No here will not count against you.\n\n"
        "For office use only: Python test sent ( )  RHCSA checked ( )\n"
    )
    assert wanted(role) == [
        ("required", {"rhcsa"}, False),
        ("preferred", {"skill:Python"}, False),
        ("preferred", {"skill:Ansible"}, False),
    ]


def test_one_row_of_circles_is_no_form() -> None:
    role = read_role(
        "Analyst\nDo you know SQL?\n( ) Yes ( ) No   Answering No will not affect you.\n"
    )
    assert ("required", {"skill:SQL"}, False) in wanted(role)
