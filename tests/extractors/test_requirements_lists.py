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


def _counted(text: str) -> list[tuple[set[str], int, int | None]]:
    return [
        ({w.key for w in each.any_of}, each.at_least, each.named)
        for each in read_role(text).requirements
    ]


def test_an_inline_counted_list_says_how_many_items_it_names() -> None:
    # as a structured counted item and a bulleted list under a count already did
    assert _counted(
        "Requirements:\n- Any two of CKA, CKAD, our in-house platform badge or CKS\n"
    ) == [({"cka", "ckad", "cks"}, 2, 4)]
    assert _counted("Requirements:\n- At least two of CISSP, CISM or a vendor's own exam\n") == [
        ({"cissp", "cism"}, 2, 3)
    ]


def test_an_inline_counted_list_of_known_names_names_no_more() -> None:
    assert _counted("Requirements:\n- Any two of CKA, CKAD or CKS, ideally with AKS\n") == [
        ({"cka", "ckad", "cks"}, 2, None)
    ]
    assert _counted("Requirements:\n- At least two of CISSP, CISM or equivalent\n") == [
        ({"cissp", "cism"}, 2, None)
    ]
