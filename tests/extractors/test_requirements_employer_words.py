"""What a posting says of the employer rather than of the role (what it pays for, named or
by its kind of business), and a quoted hiring manager's words. The texts are made up for these
tests."""

from __future__ import annotations

import pytest

from extractors import read_role
from tests.extractors.role_keys import wanted


@pytest.mark.parametrize(
    "offer",
    [
        "Brightwater Labs will pay for the CCSP of every engineer after probation.",
        "The firm funds two exam attempts a year (for example the CCSP).",
        "The agency pays for one CCSP bootcamp per year.",
    ],
)
def test_what_the_employer_pays_for_is_no_requirement(offer: str) -> None:
    role = read_role(f"Cloud Security Engineer\n\nRequirements\n- Terraform\n\nPerks\n{offer}\n")
    expected = [
        ("required", {"skill:Cloud Security"}, False),
        ("required", {"skill:Terraform"}, False),
    ]
    assert wanted(role) == expected
    # also under the requirements, where no heading says it is an offer
    role = read_role(f"Cloud Security Engineer\n\nRequirements\n- Terraform\n- {offer}\n")
    assert wanted(role) == expected


def test_a_quoted_sentence_is_a_clause_of_its_own_and_will_stand_out_prefers() -> None:
    role = read_role(
        "Bayline Foods to open a data hub\n\n"
        '"We want analysts who know Python and SQL," said Ana Li, the hub\'s director. '
        '"People with dbt will stand out."\n'
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:dbt"}, False),
    ]


def test_what_the_employers_people_hold_is_theirs() -> None:
    for said in (
        "The clinic opened in 2009, and four of its staff are CISSP holders.",
        "Half of our consultants are PMP certified.",
    ):
        role = read_role(
            f"IT Coordinator\n\nThe role\n{said}\n\nRequirements\n- ITIL 4 Foundation\n"
        )
        assert [keys for _, keys, _ in wanted(role)] == [{"itil-4-foundation"}], said


def test_a_field_ending_a_bodys_name_is_the_body() -> None:
    role = read_role(
        "Economist\nBureau of Labour Statistics · Cardiff\n\nRequirements\n"
        "- Statistics or Econometrics degree\n- Institute of Data Science membership\n- Python\n"
    )
    keys = [keys for _, keys, _ in wanted(role)]
    # "Statistics" in the bureau's name is no requirement; in the degree it is
    assert keys == [{"skill:Statistics"}, {"skill:Python"}]


def test_a_quoted_speakers_title_is_theirs() -> None:
    role = read_role(
        "Harbourline opens a platform hub\n\n"
        '"We need engineers who know Kubernetes," said Priya Nair, Harbourline\'s CTO. '
        '"And Terraform," says Tom Reyes, the company\'s head of Site Reliability Engineering.\n'
    )
    assert [keys for _, keys, _ in wanted(role)] == [
        {"skill:Kubernetes"},
        {"skill:Terraform"},
    ]


def test_the_employers_partnership_with_a_vendor_asks_for_nothing() -> None:
    for said in (
        "Consulenti dal 2015, partner certificato Salesforce.",
        "We are a certified partner of Salesforce and an AWS Premier Tier Partner.",
        "Since 2019 the firm is a Salesforce partner.",
    ):
        role = read_role(f"Consultant\n\nThe role\n{said}\n\nRequirements\n- Python\n")
        assert wanted(role) == [("required", {"skill:Python"}, False)], said
    # a vendor named otherwise is asked for
    role = read_role("Consultant\n\nRequirements\n- Salesforce administration for partner firms\n")
    assert wanted(role) == [("required", {"skill:Salesforce Administration"}, False)]
