"""A firm or a programme named for what it awards ("Evergreen Certifications", "… Certification
Program", "… & Associates"), on the line under a bare title with its dates beside it, is who
awarded that title, not a title of its own."""

from __future__ import annotations

from extractors import extract


def test_a_firm_named_for_what_it_awards_is_the_issuer_of_the_title_above() -> None:
    text = (
        "Ana Lindqvist\nana.lindqvist@example.com\n\nCertifications\n"
        "Certified Grief Counselor\n"
        "Bluewater Certifications | Apr 2020\n"
        "Motivational Interviewing Practitioner\n"
        "MI Certification Program · ID MI-5521 · Jun 2022\n"
        "Confined Space Entry Training\n"
        "R. T. Miller & Associates | 09/2023 · Expires 09/2026\n"
    )
    claims = extract(text.encode(), "cv.txt").claims

    assert [(claim.title, claim.issuer, claim.issued_on) for claim in claims] == [
        ("Certified Grief Counselor", "Bluewater Certifications", "2020-04"),
        ("Motivational Interviewing Practitioner", "MI Certification Program", "2022-06"),
        ("Confined Space Entry Training", "R. T. Miller & Associates", "2023-09"),
    ]


def test_a_list_of_titles_with_dates_stays_a_list() -> None:
    text = (
        "Ana Lindqvist\nana.lindqvist@example.com\n\nCertifications\n"
        "Certified Grief Counselor\n"
        "Trauma-Informed Care Certification | Apr 2020\n"
    )
    claims = extract(text.encode(), "cv.txt").claims

    assert [claim.title for claim in claims] == [
        "Certified Grief Counselor",
        "Trauma-Informed Care Certification",
    ]
