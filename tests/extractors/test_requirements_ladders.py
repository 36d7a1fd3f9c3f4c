"""A career ladder in a posting: the table's other levels and where the role leads are not
what the role asks for. The texts are made up for these tests."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_only_the_row_marked_as_this_role_is_read_in_a_table_of_levels() -> None:
    text = (
        "Data Analyst – Grade B\n\n"
        "| Grade | Title | Skills at this grade |\n"
        "|---|---|---|\n"
        "| A | Junior Data Analyst | Excel |\n"
        "| B | Data Analyst (this role) | SQL and Tableau required; Python preferred |\n"
        "| C | Lead Data Analyst | dbt or Airflow |\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Tableau"}, False),
        ("preferred", {"skill:Python"}, False),
    ]


def test_a_table_without_a_row_marked_as_this_role_is_read_whole() -> None:
    text = "Requirements\n\n| Skill | Level |\n|---|---|\n| SQL | Expert |\n| Tableau | Good |\n"
    assert wanted(read_role(text)) == [
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Tableau"}, False),
    ]


def test_where_the_role_leads_asks_for_nothing() -> None:
    for heading in ("Progression", "Career path", "Where this role leads"):
        text = (
            "Support Engineer\n\nRequirements\n- Linux\n\n"
            f"{heading}\nEngineers who pass the RHCE move to the platform team.\n"
        )
        assert wanted(read_role(text)) == [("required", {"skill:Linux"}, False)], heading
