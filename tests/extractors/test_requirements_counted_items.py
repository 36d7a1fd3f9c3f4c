"""A structured role's counted items (``{"at_least": 2, "any_of": [...]}``) and how many
names a counted list holds when the catalog does not know them all."""

from __future__ import annotations

import pytest

from extractors import Role, RoleError, read_role


def _counted(role: Role) -> list[tuple[str, set[str], int, int | None]]:
    return [
        (each.kind.value, {w.key for w in each.any_of}, each.at_least, each.named)
        for each in role.requirements
    ]


def test_a_counted_item_is_one_requirement_needing_that_many() -> None:
    role = read_role(
        {
            "required": [{"at_least": 2, "any_of": ["CISSP", "CISM", "CISA"]}, "Python"],
            "preferred": [{"at_least": 2, "any_of": ["CCSP", "CCSK", "OSCP"]}],
        }
    )
    assert _counted(role) == [
        ("required", {"cissp", "cism", "cisa"}, 2, None),
        ("required", {"skill:Python"}, 1, None),
        ("preferred", {"isc2-ccsp", "csa-ccsk", "oscp"}, 2, None),
    ]
    assert role.requirements[0].text == "at least 2 of: CISSP, CISM, CISA"


def test_a_counted_item_without_a_count_needs_any_one() -> None:
    role = read_role({"required": [{"any_of": ["CISSP", "CISM"]}]})
    assert _counted(role) == [("required", {"cissp", "cism"}, 1, None)]
    assert role.requirements[0].text == "CISSP or CISM"


def test_a_name_the_catalog_does_not_know_still_counts_among_those_named() -> None:
    role = read_role(
        {"required": [{"at_least": 2, "any_of": ["CISSP", "Acme Widget Badge", "CISM"]}]}
    )
    assert _counted(role) == [("required", {"cissp", "cism"}, 2, 3)]
    assert role.requirements[0].text == "at least 2 of: CISSP, Acme Widget Badge, CISM"


def test_a_counted_list_in_text_says_how_many_items_it_lists() -> None:
    role = read_role(
        "Security Lead\n\nRequirements:\nAt least three of the following:\n- CISSP\n- CISM\n"
        "- Acme Widget Badge\n- Our in-house red team badge\n\nNice to have:\n- Python\n"
    )
    assert _counted(role) == [
        ("required", {"cissp", "cism"}, 3, 4),
        ("preferred", {"skill:Python"}, 1, None),
    ]
    known = read_role("Requirements:\nAt least two of the following:\n- CISSP\n- CISM\n- CISA\n")
    assert _counted(known) == [("required", {"cissp", "cism", "cisa"}, 2, None)]


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (3, "list of strings or"),
        ({"at_least": 2}, "any_of must be a list of strings"),
        ({"at_least": 2, "any_of": "CISSP, CISM"}, "any_of must be a list of strings"),
        ({"at_least": 1, "any_of": [" ", ""]}, "names nothing"),
        ({"at_least": 0, "any_of": ["CISSP"]}, "whole number of 1 or more"),
        ({"at_least": True, "any_of": ["CISSP"]}, "whole number of 1 or more"),
        ({"at_least": "2", "any_of": ["CISSP", "CISM"]}, "whole number of 1 or more"),
        ({"at_least": 3, "any_of": ["CISSP", "CISM"]}, "at least 3 of only 2"),
        ({"at_least": 2, "any_of": ["CISSP", "CISSP"]}, "at least 2 of only 1"),
        ({"at_least": 2, "any_of": ["CISSP", "CISM"], "kind": "x"}, "unknown keys"),
        ({"any_of": ["CISSP", "x" * 301]}, "longer than 300"),
        ({"any_of": [f"Skill {n}" for n in range(101)]}, "more than 100"),
    ],
)
def test_a_counted_item_of_the_wrong_shape_is_refused_with_a_sentence(
    item: object, message: str
) -> None:
    with pytest.raises(RoleError, match=message):
        read_role({"required": [item]})
