"""What a posting names without asking it of the candidate: the employer's own people's
credentials ("our CPA") and a section of what the role does not expect."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_a_credential_of_the_employers_is_not_asked_for() -> None:
    role = read_role(
        "Office Manager\n\nYou would be doing: invoices, and the year-end papers for "
        "our CPA and my CFA-holding partner.\nMust know Excel.\n"
    )
    assert wanted(role) == [("required", {"skill:Microsoft Excel"}, False)]
    asked = read_role("Office Manager\n\nYou hold a CPA, or are our next CPA candidate.\n")
    assert ("required", {"us-cpa"}, False) in wanted(asked)


def test_what_the_role_does_not_expect_is_no_requirement() -> None:
    role = read_role(
        "Platform Engineer\n\nWhat you bring\n- Terraform\n\nWhat we don't expect\n"
        "- A CKS or any other certificate\n\nWhat we do not expect:\n- OSCP\n"
    )
    assert wanted(role) == [("required", {"skill:Terraform"}, False)]


def test_a_reason_given_after_a_requirement_asks_for_nothing_more() -> None:
    role = read_role(
        "Backend Engineer\n\nNice to have\n- Go, because the billing service is written in Rust\n"
        "- Because our stack runs on AWS, some Terraform\n"
    )
    assert wanted(role) == [
        ("preferred", {"skill:Go"}, False),
        ("preferred", {"skill:Amazon Web Services"}, False),
        ("preferred", {"skill:Terraform"}, False),
    ]


def test_the_people_of_a_team_named_by_its_field_are_not_the_role() -> None:
    role = read_role(
        "Product Owner\n\nBy day 60 you plan the work with our Machine Learning partners and "
        "the Finance colleagues, and you write SQL.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Product Ownership"}, False),
        ("required", {"skill:SQL"}, False),
    ]


def test_prose_after_a_not_asked_list_is_back_under_the_heading_before() -> None:
    text = (
        "Platform Engineer\n\nWhat we need:\n- Terraform\n\nWhat we don't care about:\n"
        "- A CKA\n\n- Helm\n\nIf you know Rust, that is a plus.\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:Terraform"}, False),
        ("preferred", {"skill:Rust"}, False),
    ]


def test_prose_right_under_a_not_asked_heading_is_not_asked() -> None:
    text = (
        "Platform Engineer\n\nWhat we need:\n- Terraform\n\nNot needed\n\n"
        "A CKA or Helm experience; we teach both.\n"
    )
    assert wanted(read_role(text)) == [("required", {"skill:Terraform"}, False)]


def test_what_the_team_already_holds_is_the_teams() -> None:
    for sentence in (
        "Most of our analysts hold the CISM.",
        "Last year, three of the team passed CISM.",
        "Everyone on the team has the CISM.",
        "Our current team already holds CISM.",
    ):
        text = f"Security Analyst\n\nRequirements\n- CISSP\n\nThe team\n{sentence}\n"
        assert wanted(read_role(text)) == [("required", {"cissp"}, False)], sentence
    text = "Security Analyst\n\nRequirements\n- CISSP\n- Hold the CISM, as the team does.\n"
    assert wanted(read_role(text)) == [
        ("required", {"cissp"}, False),
        ("required", {"cism"}, False),
    ]
