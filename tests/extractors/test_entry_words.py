"""How a credential's own lines read, whatever the layout: a bracket that qualifies a title, a
designation joined to another by a hyphen, a body's formal name for a long qualification, an
issuer's acronym that the catalog lists beside another body."""

from __future__ import annotations

import pytest

from extractors import extract


def _claims(*entries: str, heading: str = "CERTIFICATIONS") -> list:
    lines = ["Alex Marlowe", "alex.marlowe@example.com", "", heading, "", *entries]
    return list(extract("\n".join(lines).encode(), "cv.txt").claims)


def test_a_bracket_in_lower_case_qualifies_the_title() -> None:
    claims = _claims(
        "Instrument Rating SE (with night qualification)",
        "   Transport Canada · Issued Apr 2018",
    )

    assert [claim.title for claim in claims] == ["Instrument Rating SE (with night qualification)"]
    assert claims[0].issuer == "Transport Canada"


def test_a_bracket_naming_a_body_is_still_its_issuer() -> None:
    claims = _claims("Wilderness First Responder (Desert Medicine Institute), 2020")

    assert claims[0].title == "Wilderness First Responder"
    assert claims[0].issuer == "Desert Medicine Institute"


@pytest.mark.parametrize(
    "entry",
    [
        ("Sleep Disorders Specialist (RRT-SDS)", "   NBRC · Issued May 2021"),
        ("Sleep Disorders Specialist (RRT-SDS) – NBRC, May 2021",),
    ],
)
def test_letters_a_hyphen_joins_to_more_capitals_are_a_longer_designation(
    entry: tuple[str, ...],
) -> None:
    claims = _claims("Registered Respiratory Therapist (RRT)", "   NBRC · Issued Jun 2016", *entry)

    assert [claim.title for claim in claims] == [
        "Registered Respiratory Therapist",
        "Sleep Disorders Specialist (RRT-SDS)",
    ]


def test_the_shorter_letters_alone_are_still_read() -> None:
    alone = _claims("Sleep Disorders Specialist (RRT)", "   NBRC · Issued Jun 2019")
    joined = _claims("Sleep Disorders Specialist (RRT-SDS)", "   NBRC · Issued Jun 2019")

    assert [claim.catalog_id for claim in alone] == ["nbrc-rrt"]
    assert [claim.catalog_id for claim in joined] == [None]


@pytest.mark.parametrize(
    "title",
    [
        "Level 3 Award in the Requirements for the Inspection and Testing of Domestic Gas "
        "Installations and Appliances (4412-07)",
        "Level 4 Certificate in the Design, Erection and Inspection of Temporary Works and "
        "Scaffold Structures on Construction Sites",
    ],
)
def test_a_long_formal_name_of_a_qualification_is_one_title(title: str) -> None:
    claims = _claims(title, "   Awarding Guild · Issued Mar 2019")

    assert [claim.title for claim in claims] == [title]
    assert claims[0].issued_on == "2019-03"


def test_a_long_sentence_is_still_no_title() -> None:
    sentence = (
        "Level 3 is where the training for all of the engineers in the team of the plant "
        "starts and ends each year"
    )

    assert _claims(sentence, "   2019") == []


@pytest.mark.parametrize("below", [True, False])
def test_an_acronym_the_catalog_lists_beside_another_body_stays_as_written(below: bool) -> None:
    entry = (
        ("Personal Financial Specialist (PFS)", "   AICPA · Issued Feb 2021")
        if below
        else ("Personal Financial Specialist (PFS), AICPA, Feb 2021",)
    )
    claims = _claims("Basic Life Support (BLS) Provider", "   AHA · Issued Mar 2025", *entry)

    assert [(claim.title, claim.issuer) for claim in claims] == [
        ("Basic Life Support", "American Heart Association"),
        ("Personal Financial Specialist (PFS)", "AICPA"),
    ]
