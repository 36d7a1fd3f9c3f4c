"""Reading roles written in a markup or pulled from a source that changes their words: LaTeX
source, a PDF's words hyphenated across lines and items wrapped under their text, a thread's
post counters, single-star emphasis, a requisition exported as CSV; and alternatives written
as experience ("A+ or similar, or two years of IT support") or after an uncatalogued name
("… Specialist Badge - or CKA")."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_latex_source_reads_as_its_sections_and_items() -> None:
    role = read_role(
        "\\documentclass{article}\n\\begin{document}\n"
        "{\\Large\\bfseries Research Software Engineer}\\\\[4pt]\n"
        "\\section*{Essential}\n\\begin{itemize}\n"
        "  \\item Programming in Java \\emph{or} Scala.\n"
        "  \\item \\textbf{Linux} servers.\n\\end{itemize}\n"
        "\\section*{Desirable}\n\\begin{itemize}\n  \\item Ansible \\& Terraform.\n"
        "\\end{itemize}\n% TODO: ask whether Kubernetes training is still offered\n"
        "Salary 40{,}000--45{,}000 \\pounds.\n\\end{document}\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Java", "skill:Scala"}, False),
        ("required", {"skill:Linux"}, False),
        ("preferred", {"skill:Ansible"}, False),
        ("preferred", {"skill:Terraform"}, False),
    ]


def test_a_pdfs_split_words_and_wrapped_items_are_joined() -> None:
    role = read_role(
        "Network Engineer\n\nPurpose\nThe engineer de-\nsigns the sites' net-\nworks.\n\n"
        "Essential\n• Experience in net-\n  work security.\n• Global Industrial Cyber Security\n"
        "  Professional (GICSP) certification.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Network Security"}, False),
        ("required", {"giac-gicsp"}, False),
    ]


def test_a_threads_post_counters_do_not_hide_its_labels() -> None:
    role = read_role(
        "hiring a data engineer 🧵 (1/4)\n\n(2/4) must: strong Python, SQL\n\n"
        "(3/4) would love: Airflow\n\n(4/4) don't need: a Spark cert\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Apache Airflow"}, False),
    ]


def test_single_star_emphasis_is_read_as_its_words() -> None:
    role = read_role(
        "Release Engineer\n\nRequirements\n* Docker\n* Experience with Kubernetes is *not* "
        "needed.\n"
    )
    assert wanted(role) == [("required", {"skill:Docker"}, False)]


def test_experience_and_an_uncatalogued_name_are_alternatives() -> None:
    role = read_role(
        "Support Analyst\n\nYou'll need:\n- CompTIA A+ or similar, or two years of experience "
        "in IT Support\n- Kubernetes Operations Specialist Badge - or CKA\n"
    )
    assert wanted(role) == [
        ("required", {"comptia-a-plus", "skill:IT Support"}, True),
        ("required", {"skill:Kubernetes", "cka"}, False),
    ]


def test_a_full_stop_in_brackets_ends_no_sentence() -> None:
    role = read_role(
        "Engineer\n\nRequirements\n- SQL.\n- Kafka (see Prof. K. Ng's notes) is a plus.\n\n"
        "About the role\nThe group (PI: Dr. B. Smith) develops dashboards for Tableau users.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Apache Kafka"}, False),
    ]


def test_a_requisition_exported_as_csv() -> None:
    role = read_role(
        "req_id,title,location,must_have,nice_to_have,description,benefits,recruiter\n"
        '"R-1","Data Engineer","Leeds","Python; SQL","Airflow; dbt",'
        '"You will build pipelines on Snowflake.","Paid AWS exams","Talent Acquisition"\n'
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Apache Airflow"}, False),
        ("preferred", {"skill:dbt"}, False),
        ("required", {"skill:Snowflake"}, False),
    ]


def test_a_comma_list_over_a_line_is_not_a_csv_export() -> None:
    role = read_role("Python, SQL, Tableau\nNice to have: Snowflake\n")
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Tableau"}, False),
        ("preferred", {"skill:Snowflake"}, False),
    ]
