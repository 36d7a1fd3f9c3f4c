"""Reading "at least two of the following" as one requirement that needs a count of its
alternatives, and acronyms that are also everyday words ("Sie", "pals") as words."""

from __future__ import annotations

import pytest

from extractors import Role, load_catalog, read_role
from extractors.role_acronyms import EVERYDAY_WORDS
from extractors.role_counts import count_before, count_heading
from tests.extractors.role_keys import wanted


def _counted(role: Role) -> list[tuple[str, set[str], int]]:
    return [
        (each.kind.value, {w.key for w in each.any_of}, each.at_least) for each in role.requirements
    ]


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("At least two of the following:", 2),
        ("Any two of:", 2),
        ("Two or more of the following certifications:", 2),
        ("A minimum of 2 of the following", 2),
        ("Certifications (at least 3 of the following)", 3),
        ("At least three certifications from the list below:", 3),
        ("At least one of the following:", None),
        ("At least two years of experience in audit", None),
        ("5+ years of Python", None),
        # what "of them" counts was said before: no list follows
        ("8+ years in retail, 3+ of them leading a team", None),
        ("Four languages, two or more of which you speak daily", None),
    ],
)
def test_a_heading_says_how_many_items_it_needs(line: str, count: int | None) -> None:
    assert count_heading(line) == count


def test_a_count_of_what_was_said_before_leaves_the_list_below_alone() -> None:
    text = (
        "Site Reliability Engineer\n\nRequirements\n- 7+ years on call, 3+ of them in fintech\n"
        "- Rust\n- Helm or Kustomize\n"
    )
    assert _counted(read_role(text)) == [
        ("required", {"skill:Rust"}, 1),
        ("required", {"skill:Helm"}, 1),
    ]


def test_words_before_names_say_how_many_they_need() -> None:
    assert count_before("We ask for any two of ") == 2
    assert count_before("You hold at least 3 of the following credentials: ") == 3
    assert count_before("We need at least two years with ") is None


def test_an_inline_list_with_a_count_is_one_requirement_that_needs_that_many() -> None:
    role = read_role("Requirements:\n- At least two of the following: CISSP, CISM, CISA, CRISC\n")
    assert _counted(role) == [("required", {"cissp", "cism", "cisa", "crisc"}, 2)]
    assert role.requirements[0].text == "at least 2 of: CISSP, CISM, CISA, CRISC"


def test_and_inside_a_counted_list_does_not_split_it() -> None:
    role = read_role("Requirements:\n- Any two of CISSP, CISM and CISA\n- Python\n")
    assert _counted(role) == [
        ("required", {"cissp", "cism", "cisa"}, 2),
        ("required", {"skill:Python"}, 1),
    ]


def test_a_bulleted_list_under_a_count_heading_is_one_requirement() -> None:
    role = read_role(
        "Security Manager\n\nRequirements:\n- Python\n\nAt least 3 of the following:\n"
        "- CISSP\n- CISM\n- CISA\n- CRISC\n\nNice to have:\n- Two or more of: CCSP, CCSK or "
        "AWS Certified Security - Specialty\n"
    )
    assert _counted(role) == [
        ("required", {"skill:Python"}, 1),
        ("required", {"cissp", "cism", "cisa", "crisc"}, 3),
        ("preferred", {"isc2-ccsp", "csa-ccsk", "aws-security-specialty"}, 2),
    ]


def test_at_least_one_of_the_following_still_needs_one() -> None:
    role = read_role("Requirements\nAt least one of the following:\n- CISSP\n- CISM\n")
    assert _counted(role) == [("required", {"cissp", "cism"}, 1)]


def test_a_count_is_not_read_from_years() -> None:
    role = read_role("Requirements:\n- At least two years of Python, SQL or Scala\n")
    assert [each.at_least for each in role.requirements] == [1]


def test_a_structured_item_may_say_a_count() -> None:
    role = read_role({"required": ["any two of CISSP, CISM, CISA"], "preferred": ["CCSP"]})
    assert _counted(role) == [
        ("required", {"cissp", "cism", "cisa"}, 2),
        ("preferred", {"isc2-ccsp"}, 1),
    ]


def test_the_same_names_with_and_without_a_count_are_two_requirements() -> None:
    role = read_role("Requirements:\n- CISSP or CISM\n- At least two of: CISSP, CISM\n")
    assert [each.at_least for each in role.requirements] == [1, 2]


# -- acronyms that are everyday words ---------------------------------------------------------


def test_every_everyday_word_is_a_catalog_acronym() -> None:
    acronyms = {name for entry in load_catalog().entries for name in entry.acronyms}
    assert set(EVERYDAY_WORDS) <= acronyms


def test_german_sie_is_not_the_sie_exam() -> None:
    role = read_role(
        "Junior Analyst (m/w/d)\n\nWAS SIE MITBRINGEN\n- Python\n- Sie haben Erfahrung mit SQL\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
    ]


def test_structured_items_read_everyday_words_only_as_the_catalog_writes_them() -> None:
    role = read_role({"required": ["Sie sprechen Deutsch", "SIE", "pals"]})
    assert [sorted(w.key for w in each.any_of) for each in role.requirements] == [
        ["skill:German"],
        ["finra-sie"],
        [],
    ]


def test_an_everyday_acronym_in_capitals_needs_a_credential_beside_it() -> None:
    role = read_role("Trainee Broker\n\nWORK WITH YOUR PALS\n- SIE EXAM\n- BLS\n")
    assert wanted(role) == [("required", {"finra-sie"}, False), ("required", {"aha-bls"}, False)]
    for line in ("- FINRA SIE", "- SIE, SERIES 7 OR SERIES 63", "- PALS CERTIFICATION"):
        found = read_role(f"Trainee\n\nREQUIREMENTS\n{line}\n")
        assert {"finra-sie", "aha-pals"} & {w.key for r in found.requirements for w in r.any_of}


def test_an_everyday_acronym_in_capitals_among_ordinary_words_is_read() -> None:
    role = read_role("Requirements:\n- SIE and Series 7 within 90 days\n- Current PALS\n")
    assert wanted(role) == [
        ("required", {"finra-sie"}, False),
        ("required", {"finra-series-7"}, False),
        ("required", {"aha-pals"}, False),
    ]


def test_a_list_heading_under_a_preferred_section_keeps_it_preferred() -> None:
    for heading in ("At least one of the following:", "Any two of the following:"):
        role = read_role(f"Engineer\n\nNice to have:\n- Go\n{heading}\n- CCSP\n- CCSK\n")
        assert [each.kind.value for each in role.requirements] == ["preferred", "preferred"]
    role = read_role(
        "Engineer\n\nNice to have:\n- Go\nRequired (two of the following):\n- CCSP\n- CCSK\n"
    )
    assert [each.kind.value for each in role.requirements] == ["preferred", "required"]


def test_a_nested_list_of_alternatives_ends_at_the_next_bullet_at_its_headings_depth() -> None:
    role = read_role(
        "Security Lead\n\nRequirements:\n- 5+ years in security\n"
        "- At least two of the following:\n  - CISSP\n  - CISM\n  - CISA\n- Python\n- SQL\n"
    )
    assert _counted(role) == [
        ("required", {"cissp", "cism", "cisa"}, 2),
        ("required", {"skill:Python"}, 1),
        ("required", {"skill:SQL"}, 1),
    ]
    tabbed = read_role("Lead\n\nRequirements:\n* At least one of:\n\t* CISSP\n\t* CISM\n* Python\n")
    assert _counted(tabbed) == [
        ("required", {"cissp", "cism"}, 1),
        ("required", {"skill:Python"}, 1),
    ]
