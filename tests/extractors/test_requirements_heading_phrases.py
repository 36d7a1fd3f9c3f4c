"""Headings that say a standing in words of their own kind of posting: a solicitation's scored
criteria ("POINT-RATED CRITERIA"), a search brief's "Would tip the balance", "Competitive
applicants will also have", a long lower-case heading whose bracketed note says preferred,
what a volunteer role will train, what one may lack ("Not dealbreakers"), what the
organisation gives ("What we give you") and a wiki page's "See also"."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_scored_criteria_of_a_solicitation_are_preferred() -> None:
    role = read_role(
        "Data Architect\nRequest for Proposal 44-B\n\n"
        "3.1 MANDATORY CRITERIA (pass/fail)\nA1  The resource must hold a PMP certification.\n\n"
        "3.2 POINT-RATED CRITERIA (maximum 30 points)\n"
        "P1  Experience with Snowflake (max 10 pts)\nP2  Spanish (5 pts)\n"
    )
    assert wanted(role) == [
        ("required", {"pmp"}, False),
        ("preferred", {"skill:Snowflake"}, False),
        ("preferred", {"skill:Spanish"}, False),
    ]


def test_a_search_briefs_and_a_boards_preferred_headings() -> None:
    role = read_role(
        "Head of Data\n\nMust have\n- SQL\n\nWould tip the balance\n- Databricks\n\n"
        "Competitive applicants will also have\n- Tableau\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Databricks"}, False),
        ("preferred", {"skill:Tableau"}, False),
    ]


def test_a_long_lower_case_heading_with_a_preferred_note() -> None:
    role = read_role(
        "Site Electrician\n\nCards you must hold on day one\n* First Aid\n\n"
        "Cards that will help you start on a new project sooner (not essential)\n"
        "* Project Management\n"
    )
    assert wanted(role) == [
        ("required", {"skill:First Aid"}, False),
        ("preferred", {"skill:Project Management"}, False),
    ]


def test_what_is_trained_given_or_may_be_lacked_names_nothing() -> None:
    role = read_role(
        "Volunteer Driver\n\nWhat you'll need\n- Communication with the public\n\n"
        "Useful, but we will train you\n- Manual Handling\n\n"
        "Helpful, and we won't train it\n- Patient Care\n\n"
        "Not dealbreakers (apply anyway)\n- No PMP\n\n"
        "What we give you\n- A free Microsoft Excel course\n\n"
        "See also\n- Fleet Coordinator (needs SQL)\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Communication"}, False),
        ("preferred", {"skill:Patient Care"}, False),
    ]


def test_green_flags_are_preferred_and_red_flags_name_nothing() -> None:
    role = read_role(
        "Analyst\n\nDealbreakers\n→ SQL\n\nGreen flags\n→ Tableau\n\nRed flags\n→ Scala\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Tableau"}, False),
    ]
