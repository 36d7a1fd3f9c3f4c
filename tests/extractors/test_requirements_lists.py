"""How the names of an inline list group into requirements: a slash binds two names tighter
than the commas around them, and a counted list says how many items it names. The texts are
made up for these tests."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_a_slash_in_a_comma_list_binds_its_two_names_only() -> None:
    role = read_role("Data Engineer\n\nBonus points: Airflow, Python/Scala pipelines\n")
    assert wanted(role) == [
        ("preferred", {"skill:Apache Airflow"}, False),
        ("preferred", {"skill:Python", "skill:Scala"}, False),
    ]
    # an "or" in the list still makes every item an alternative
    assert wanted(read_role("Requirements:\n- CISSP, CISM or CISA\n")) == [
        ("required", {"cissp", "cism", "cisa"}, False)
    ]
