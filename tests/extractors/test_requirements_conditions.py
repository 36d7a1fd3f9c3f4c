"""Conditions and negations as postings in many sectors write them: "not required but
recognized", "It is not necessary to hold X, but Y is expected", "would be of benefit", the
employer's own induction, an example that is the name again, what an apprentice will develop,
"Recommended preparation", and headings in romanised Hindi and in Spanish."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_not_required_but_still_said_of_the_same_names_is_wanted() -> None:
    role = read_role(
        "Staff Nurse\n\nQualifications\n"
        "- CEN or TCRN is not required but is rewarded with a pay step.\n"
        "- OSHA 30 is not required, but it helps.\n"
        "- PALS is not required for this unit.\n"
    )
    assert wanted(role) == [
        ("preferred", {"bcen-cen", "bcen-tcrn"}, False),
        ("preferred", {"osha-30"}, False),
    ]


def test_a_but_turning_to_other_names_leaves_them_outside_the_negation() -> None:
    role = read_role(
        "Committee Member\n\n"
        "It is not necessary for the member to hold CISA, but knowledge of IT Audit is expected.\n"
        "CPA is not needed, but Internal Audit experience is.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:IT Audit"}, False),
        ("required", {"skill:Internal Audit"}, False),
    ]


def test_would_be_of_benefit_says_preferred() -> None:
    role = read_role(
        "Trustee\n\nRequirements\n- Knowledge of GDPR would be of benefit to the Board.\n"
    )
    assert wanted(role) == [("preferred", {"skill:GDPR"}, False)]


def test_the_employers_own_induction_asks_for_nothing_whatever_its_deadline() -> None:
    role = read_role(
        "Board Member\n\nYou will need Risk Management experience.\n"
        "Members shall complete the Council's induction, including its Cybersecurity module, "
        "within three months of appointment.\n"
        "You must hold CISSP within six months of appointment.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Risk Management"}, False),
        ("required", {"cissp"}, False),
    ]


def test_a_name_given_as_its_own_example_is_one_mention() -> None:
    role = read_role(
        "Analyst\n\nKnowledge of Business Continuity (for example BCP) or Risk Management is "
        "required; Kubernetes (e.g. k8s) too.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Business Continuity", "skill:Risk Management"}, False),
        ("required", {"skill:Kubernetes"}, False),
    ]


def test_what_an_apprentice_will_develop_and_gain_is_not_asked_for() -> None:
    role = read_role(
        "Apprentice Technician\n\nEntry requirements\n  E1 GCSE English\n\n"
        "Knowledge and behaviours you will develop (not needed to apply)\n"
        "  K2 Troubleshooting of PLCs and SAP work orders\n\n"
        "At the end of the apprenticeship\n  You can apply for EngTech registration.\n\n"
        "Desirable\n  Python\n"
    )
    assert wanted(role) == [
        ("required", {"skill:English"}, False),
        ("preferred", {"skill:Python"}, False),
    ]


def test_recommended_heads_what_is_wanted() -> None:
    role = read_role(
        "Instructor\n\nPrerequisites: Python.\n\nRecommended preparation: SQL; Tableau.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("preferred", {"skill:SQL"}, False),
        ("preferred", {"skill:Tableau"}, False),
    ]


def test_romanised_hindi_and_spanish_headings_say_their_standing() -> None:
    role = read_role(
        "Accountant\n\nKya chahiye:\n* Microsoft Excel\n\nAccha hoga agar:\n* SAP\n\n"
        "Lo que necesitas:\n- Payroll\n\nSería un plus:\n- Power BI\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Microsoft Excel"}, False),
        ("preferred", {"skill:SAP"}, False),
        ("required", {"skill:Payroll"}, False),
        ("preferred", {"skill:Power BI"}, False),
    ]
