"""Boxes drawn in text (``extractors.role_boxes``): a labelled row wrapped under its value, a
call-out headed as hiring at the end of an article (the role, the article not); and the joins
that came with them: another name "is fine too" in a bracket, an uncatalogued diploma in a
skill among alternatives, a heading "Don't screen on"."""

from __future__ import annotations

from extractors import read_role
from extractors.role_boxes import boxed_text
from tests.extractors.role_keys import wanted

_FACTS_BOX = """Payments Analyst

+--------------------------------------+
| QUICK FACTS                          |
| Where:     Cardiff                   |
| Needs:     Microsoft Excel, or the   |
|            Bankers Diploma in        |
|            Anti-Money Laundering     |
| Bonus:     Power BI                  |
+--------------------------------------+
"""


def test_a_boxed_row_wrapped_under_its_value_is_one_row() -> None:
    assert "Needs:     Microsoft Excel, or the Bankers Diploma in Anti-Money Laundering" in (
        boxed_text(_FACTS_BOX).splitlines()
    )
    assert wanted(read_role(_FACTS_BOX)) == [
        ("required", {"skill:Microsoft Excel", "skill:Anti-Money Laundering"}, False),
        ("preferred", {"skill:Power BI"}, False),
    ]


_ARTICLE = """Notes from the platform team

Last spring we moved our builds from Jenkins to GitLab CI, and our queues from RabbitMQ
to Apache Kafka. Two of us passed the CKA along the way.

╭──────────────────────────────────────╮
│ NOW HIRING: Site Reliability Lead    │
│ You'll need:                         │
│   • Kubernetes                       │
│   • Terraform                        │
│ Nice to have:                        │
│   • Prometheus                       │
╰──────────────────────────────────────╯

Tags: #kubernetes #snowflake
Read next: "Our Tableau dashboards"
"""


def test_a_hiring_call_out_in_an_article_is_the_role() -> None:
    text = boxed_text(_ARTICLE)
    assert text.splitlines()[0] == "NOW HIRING: Site Reliability Lead"
    assert "Jenkins" not in text and "Tableau" not in text
    assert wanted(read_role(_ARTICLE)) == [
        ("required", {"skill:Kubernetes"}, False),
        ("required", {"skill:Terraform"}, False),
        ("preferred", {"skill:Prometheus"}, False),
    ]


def test_a_box_not_headed_as_hiring_keeps_the_text_around_it() -> None:
    text = "Analyst\n\nWe use SQL.\n+-------+\n| Python |\n+-------+\n"
    assert boxed_text(text).splitlines() == ["Analyst", "", "We use SQL.", "Python"]


def test_a_table_of_columns_is_not_a_box() -> None:
    table = "+-----+-----+\n| A   | B   |\n+-----+-----+\n"
    assert boxed_text(table) == table


def test_another_name_fine_too_in_brackets_is_an_alternative() -> None:
    role = read_role(
        "Platform Lead\n\nYou'll need:\n- PMP (PRINCE2 Practitioner is fine too)\n"
        "- CKA (CKAD also works)\n- Python (and SQL)\n"
    )
    assert wanted(role) == [
        ("required", {"pmp", "prince2-practitioner"}, False),
        ("required", {"cka", "ckad"}, False),
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
    ]


def test_a_heading_saying_what_is_not_screened_on() -> None:
    role = read_role(
        "Data Engineer\n\nMUST HAVE\n- Python\n\nDON'T SCREEN ON\n- Scala\n- Snowflake\n\n"
        "Do not filter for:\n- Hadoop\n"
    )
    assert wanted(role) == [("required", {"skill:Python"}, False)]
