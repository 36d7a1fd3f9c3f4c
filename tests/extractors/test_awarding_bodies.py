"""An awarding body named for what it awards ("… Qualifications") on the line under a title is
who awarded it, never a credential of its own."""

from __future__ import annotations

from extractors.claim_text import ORGANISATION
from tests.extractors.credential_lines import found


def test_a_body_named_qualifications_under_a_title_is_its_issuer() -> None:
    assert found(
        "2019\tLevel 2 Award in Food Allergen Awareness",
        "Northgate Qualifications",
        "Level 3 Award in Supervising Food Safety",
        "Northgate Qualifications, March 2021",
    ) == [
        ("Level 2 Award in Food Allergen Awareness", "Northgate Qualifications", "2019"),
        ("Level 3 Award in Supervising Food Safety", "Northgate Qualifications", "2021-03"),
    ]


def test_a_kind_of_qualifications_a_heading_names_is_no_body() -> None:
    assert ORGANISATION.search("Northgate Qualifications")
    assert not ORGANISATION.search("Professional Qualifications")
    assert not ORGANISATION.search("Vocational Qualifications")
