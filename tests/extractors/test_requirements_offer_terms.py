"""More ways a posting, a letter or a call says what it asks: a degree's subjects with ones
the catalog does not know before "or a related field", a numbered line heading the bulleted
list under it, what a budget pays and the credits a group gives, "not a condition, but
strongly encouraged", a name's acronym after its kind ("… credential (CMSRN)"), "don't worry
if", a paragraph wholly in brackets, and alternatives said with a verb after the "or"."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_a_degrees_subjects_with_unknown_ones_before_a_related_field() -> None:
    role = read_role(
        "Research Assistant\n\nEligibility\n- A degree in Economics, Statistics, Geography or a "
        "related field.\n- Python and SQL, Geography and Excel.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Economics", "skill:Statistics"}, False),
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Microsoft Excel"}, False),
    ]


def test_a_numbered_line_heads_the_bulleted_list_under_it() -> None:
    role = read_role(
        "Data Engineer\n\n1. Requirements\n- SQL\n\n2. Also worth mentioning if you have it, "
        "though optional\n- Apache Kafka\n\nNice to have\n1. Cloud platforms\n- Google Cloud\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Apache Kafka"}, False),
        ("preferred", {"skill:Google Cloud"}, False),
    ]


def test_what_a_budget_pays_and_the_credits_a_group_gives() -> None:
    role = read_role(
        "Postdoc\n\nRequirements\n- Python\n\nConditions\nA salary on the scale; access to the "
        "lab's Amazon Web Services research credits. Travel is funded from a budget which "
        "also pays the PMP renewal fee.\n"
    )
    assert wanted(role) == [("required", {"skill:Python"}, False)]


def test_not_a_condition_but_strongly_encouraged_and_an_acronym_after_its_kind() -> None:
    role = read_role(
        "Registered Nurse\n\nConditions of this offer\n(a) A current BLS certification.\n"
        "(b) The Certified Pediatric Nurse credential (CPN) is not a condition, but it is "
        "strongly encouraged.\n\nNurses with ACLS are encouraged to apply.\n"
    )
    assert wanted(role) == [
        ("required", {"rn-licence"}, False),
        ("required", {"aha-bls"}, False),
        ("preferred", {"pncb-cpn"}, False),
    ]


def test_dont_worry_if_and_a_paragraph_in_brackets() -> None:
    role = read_role(
        "Warehouse Lead\n\nYou must know Microsoft Excel.\nDon't worry if SAP is new to you.\n\n"
        "(Short version for the boards: Warehouse Lead. Required: Excel, Leadership. Not "
        "required: Tableau.)\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Microsoft Excel"}, False),
        ("required", {"skill:Leadership"}, False),
    ]


def test_alternatives_said_with_a_verb_after_the_or() -> None:
    role = read_role(
        "Analyst\n\nWe'd love it if you knew your way around Tableau dashboards, or had a "
        "Power BI qualification.\n"
    )
    assert wanted(role) == [("preferred", {"skill:Power BI", "skill:Tableau"}, False)]


def test_what_the_candidate_pays_for_is_still_asked() -> None:
    role = read_role("Auditor\n\nRequirements\n- You will pay the CISA renewal fees yourself.\n")
    assert wanted(role) == [("required", {"cisa"}, False)]
