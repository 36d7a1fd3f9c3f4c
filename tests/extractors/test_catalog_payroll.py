"""The Chartered Institute of Payroll Professionals' Member grade, known by its letters after a
payroll clerk's name."""

from __future__ import annotations

from extractors import extract


def test_mcipp_after_a_name_is_the_cipps_member_grade() -> None:
    text = (
        "Siobhán Roe, MCIPP\n"
        "siobhan.roe@example.com\n\n"
        "Certifications\n"
        "AAT Level 3 Certificate in Bookkeeping - AAT - 2019\n"
    )
    claims = extract(text.encode(), "cv.txt").claims

    assert [(claim.title, claim.issuer) for claim in claims] == [
        (
            "Member of the Chartered Institute of Payroll Professionals",
            "Chartered Institute of Payroll Professionals",
        ),
        ("AAT Level 3 Certificate in Bookkeeping", "AAT"),
    ]
