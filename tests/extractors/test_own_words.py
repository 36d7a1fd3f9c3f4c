"""A status word inside a credential's own name is its name's, not a status: "Enrolled Agent"
is a licence the tax authority grants, where "enrolled in" a course is not held. An exam's level
stays what makes it no designation ("CFA Level I")."""

from __future__ import annotations

import pytest

from extractors import extract


def _resume(*entry: str) -> bytes:
    lines = [
        "Morgan Ellery",
        "morgan.ellery@example.com",
        "",
        "CERTIFICATIONS",
        "",
        "Certified Public Accountant (CPA)",
        "   Ohio Accountancy Board · Issued Mar 2016",
        "",
        *entry,
    ]
    return "\n".join(lines).encode()


@pytest.mark.parametrize(
    "entry",
    [
        ("Enrolled Agent (EA)", "   Internal Revenue Service · Issued Jun 2014", "   ID: 00551234"),
        ("Enrolled Agent (EA) – Internal Revenue Service, Jun 2014",),
        ("IRS Enrolled Agent, 2014",),
    ],
)
def test_a_name_holding_a_status_word_is_held(entry: tuple[str, ...]) -> None:
    claims = extract(_resume(*entry), "cv.txt").claims

    assert [claim.catalog_id for claim in claims] == ["us-cpa", "irs-enrolled-agent"]
    assert claims[1].issuer == "Internal Revenue Service"
    assert (claims[1].issued_on or "").startswith("2014")


@pytest.mark.parametrize(
    "entry",
    [
        ("Enrolled Agent (EA) – candidate, exam part 2 of 3 booked",),
        ("Preparing for the Enrolled Agent (EA) exam",),
        ("CFA Level I",),
    ],
)
def test_a_status_beside_the_name_is_still_not_held(entry: tuple[str, ...]) -> None:
    claims = extract(_resume(*entry), "cv.txt").claims

    assert [claim.catalog_id for claim in claims] == ["us-cpa"]


def test_the_same_name_in_a_sentence_of_experience() -> None:
    lines = [
        "Morgan Ellery",
        "morgan.ellery@example.com",
        "",
        "EXPERIENCE",
        "Tax Associate, Lakeside Tax Partners, 2019 - Present",
        "- Licensed as an Enrolled Agent in 2020; represented 30 clients before the IRS",
        "- Enrolled 40 clients in the payment-plan programme",
    ]
    claims = extract("\n".join(lines).encode(), "cv.txt").claims

    assert [claim.catalog_id for claim in claims] == ["irs-enrolled-agent"]
