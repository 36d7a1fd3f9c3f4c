"""A screening chat or call: the candidate's answers and what is said not to meet the role
are not what it asks for. The texts are made up for these tests."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_the_candidates_lines_and_what_does_not_meet_the_role_name_nothing() -> None:
    text = (
        "Screening chat – Warehouse Lead\n\n"
        "Bot: This role needs a forklift licence and SAP. Have you used SAP?\n"
        "Candidate: yes, and I did Six Sigma at my last job\n"
        "Bot: Great. A Lean course alone is not enough for our improvement work.\n"
        "Applicant (Sam): ok\n"
        "Bot: A CompTIA A+ does not count towards this role, but tell us if you hold one.\n"
    )
    assert wanted(read_role(text)) == [("required", {"skill:SAP"}, False)]


def test_a_question_about_the_role_names_what_its_answer_wants() -> None:
    text = (
        "Intake call – Network Engineer\n\n"
        "00:00:10 Kim Park: What do they need day to day?\n"
        "00:00:14 Raj Iyer: BGP and OSPF, every day.\n"
        "00:00:30 Kim Park: And CCNP? Most applicants have it.\n"
        "00:00:35 Raj Iyer: Not for this seat, honestly.\n"
        "00:00:41 Kim Park: What about Python?\n"
        "00:00:44 Raj Iyer: Nice to have.\n"
        "00:00:50 Kim Park: Is Ansible needed? Must have.\n"
        "00:00:58 Kim Park: And Juniper Junos?\n"
        "00:01:02 Raj Iyer: No.\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:BGP"}, False),
        ("required", {"skill:OSPF"}, False),
        ("preferred", {"skill:Python"}, False),
        ("required", {"skill:Ansible"}, False),
    ]


def test_a_question_to_the_candidate_still_asks_for_what_it_names() -> None:
    text = (
        "Screening questions\n"
        "Do you hold a CCNP Enterprise? This is required.\n"
        "Have you configured BGP?\n"
        "Python? Great, but not essential.\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"ccnp-enterprise"}, False),
        ("required", {"skill:BGP"}, False),
        ("preferred", {"skill:Python"}, False),
    ]


def test_a_question_saying_you_is_to_the_candidate() -> None:
    role = read_role("Platform Engineer\n\nIs Kubernetes your thing? Then read on.\n")
    assert wanted(role)[-1] == ("required", {"skill:Kubernetes"}, False)


def test_a_bare_yes_keeps_what_the_question_asked() -> None:
    role = read_role(
        "Security Engineer\n\nQ: And Python?\nYes.\n\nQ: Is Kubernetes a nice to have?\n"
        "Yes, for the platform work.\n\nQ: What about CISM?\nNo.\n\nAnd Terraform? Yes.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("preferred", {"skill:Kubernetes"}, False),
        ("required", {"skill:Terraform"}, False),
    ]
