"""Screening written as rules and marks: IF / THEN / ELSE rules (a rule that rejects asks, one
that adds points wants, one that adds none asks for nothing), lines a star marks as needed,
a list of "one of the two", the way to a credential already named ("working towards CEng"),
an outline number before a clause's label, and a word left hanging at a line's end."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_if_then_rules_read_by_what_their_outcome_does() -> None:
    role = read_role(
        "Shortlisting rules - Payroll Lead\n\n"
        "RULE 1  IF the applicant holds CPP OR SHRM-CP\n"
        "        THEN go to RULE 2\n"
        "        ELSE reject\n"
        "RULE 2  IF years in Payroll >= 5 THEN continue ELSE reject\n"
        "RULE 3  IF the candidate lists Workday THEN add 5 points\n"
        "RULE 4  IF the candidate lists Six Sigma THEN add 0 points\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Payroll"}, False),
        ("required", {"shrm-cp"}, False),
        ("preferred", {"skill:Workday"}, False),
    ]


def test_one_if_in_prose_is_no_rule() -> None:
    role = read_role("Analyst\n\nIF you know SQL THEN apply.\nWe need Python.\n")
    assert ("required", {"skill:Python"}, False) in wanted(role)


def test_starred_lines_are_needed_and_the_others_wanted_as_the_text_says() -> None:
    role = read_role(
        "Data Scientist\n\nThe lines marked * are must-haves; lines without a * are a plus.\n\n"
        "  * Python and SQL\n    Tableau\n  * Statistics\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Tableau"}, False),
        ("required", {"skill:Statistics"}, False),
    ]


def test_stars_the_text_says_nothing_of_are_bullets() -> None:
    role = read_role("Data Scientist\n\nNice to have:\n* Tableau\n* Looker\n")
    assert wanted(role) == [
        ("preferred", {"skill:Tableau"}, False),
        ("preferred", {"skill:Looker"}, False),
    ]


def test_the_credential_worked_towards_is_the_way_to_one_already_named() -> None:
    role = read_role(
        "Engineer\n\nRequirements\n- Chartered Engineer (or IEng, working towards CEng)\n"
        "- PMP, or working towards CAPM\n"
    )
    assert wanted(role) == [
        ("required", {"engc-ceng", "engc-ieng"}, False),
        ("required", {"pmp"}, False),
        ("required", {"capm"}, False),
    ]


def test_a_list_of_one_of_the_two_is_one_requirement() -> None:
    role = read_role("Manager\n\nPick one of the two:\n- Leadership\n- Coaching\n")
    assert wanted(role) == [("required", {"skill:Leadership", "skill:Coaching"}, False)]


def test_an_outline_number_before_a_label_leaves_the_label() -> None:
    role = read_role(
        "Risk Manager\n\n2.1 Required: FRM.\n2.2 Desirable: CAIA.\n"
        "2.3 Not required: an ACCA qualification. It is welcome but not assessed.\n"
    )
    assert wanted(role) == [
        ("required", {"frm"}, False),
        ("preferred", {"caia"}, False),
    ]


def test_what_the_employer_covers_or_sponsors_and_how_to_apply_ask_for_nothing() -> None:
    role = read_role(
        "Flight Nurse\n\nYou need ACLS.\n\nWhat we cover: your CFRN exam fee.\n\n"
        "The Trust will sponsor the CCRN for staff who do not hold it.\n"
        'Applications, marked "CISO - 2", shall reach the Secretary by 1 May.\n'
    )
    assert wanted(role) == [("required", {"aha-acls"}, False)]


def test_a_line_ending_in_an_article_goes_on_on_the_next() -> None:
    role = read_role("Host\n\nYou need Excel. If you can speak Spanish, that's a\n   bonus.\n")
    assert wanted(role) == [
        ("required", {"skill:Microsoft Excel"}, False),
        ("preferred", {"skill:Spanish"}, False),
    ]


def test_examples_of_a_higher_alternative_are_alternatives_too() -> None:
    role = read_role(
        "Network Engineer\n\nYou hold CCNA or a higher Cisco certification (such as CCNP "
        "Enterprise, CCIE).\nYou know Python (for example Django, Flask).\n"
    )
    assert wanted(role) == [
        ("required", {"ccna", "ccnp-enterprise"}, False),
        ("required", {"skill:Python"}, False),
        ("required", {"skill:Django"}, False),
        ("required", {"skill:Flask"}, False),
    ]
