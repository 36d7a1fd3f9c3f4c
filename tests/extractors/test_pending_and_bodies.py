"""A body named before its title in a Google-Docs-like template ("Body — Title", its dates and
number on the lines below): a city's office is a body, a bracket after such a title is the
title's own, a body's letters before the dash still open a new entry; and a title whose next
line says it is not held yet ("exam scheduled …", "studying, …", "not yet applied")."""

from __future__ import annotations

from extractors import Claim, extract


def _claims(body: str) -> list[Claim]:
    text = "Dara Whitfield\ndara.whitfield@example.net\n\n" + body
    return list(extract(text.encode(), "cv.txt").claims)


def test_a_city_s_office_before_the_dash_is_the_issuer() -> None:
    claims = _claims(
        "CERTIFICATIONS\n"
        "City of Lakeport Building Services — Master Plumber (Residential) License\n"
        "APRIL 2018 - APRIL 2026\n"
        "License # MP-30218\n"
    )
    assert [(c.title, c.issuer, c.credential_id) for c in claims] == [
        (
            "Master Plumber (Residential) License",
            "City of Lakeport Building Services",
            "MP-30218",
        )
    ]


def test_a_bracket_after_a_title_written_after_its_issuer_is_the_title_s() -> None:
    claims = _claims(
        "CERTIFICATIONS\n"
        "Coolant Training Institute — Refrigerant Handling Certificate (Type II)\n"
        "JUNE 2016\n"
        "Credential ID CT-2284190\n"
    )
    assert [(c.title, c.issuer) for c in claims] == [
        ("Refrigerant Handling Certificate (Type II)", "Coolant Training Institute")
    ]


def test_a_body_s_letters_before_the_dash_still_open_the_next_entry() -> None:
    claims = _claims(
        "CERTIFICATIONS\n"
        "Scrum Alliance (SA) — Certified Water Safety Steward\n"
        "APRIL 2024 - APRIL 2026\n"
        "Scrum Alliance (SA) — Certified Portfolio Steward Instructor\n"
        "JULY 2022\n"
    )
    assert [(c.title, c.issued_on) for c in claims][-1] == (
        "Certified Portfolio Steward Instructor",
        "2022-07",
    )


def test_a_body_with_its_letters_before_a_title_with_no_credential_word() -> None:
    claims = _claims(
        "CERTIFICATIONS\n"
        "Association of Pool Operators (APOol) — Aquatic Facility Water Chemistry\n"
        "OCTOBER 2023\n"
    )
    assert [(c.title, c.issuer) for c in claims] == [
        ("Aquatic Facility Water Chemistry", "Association of Pool Operators (APOol)")
    ]


def test_a_status_under_a_title_says_it_is_not_held() -> None:
    claims = _claims(
        "CERTIFICATIONS\n\n"
        "Boiler Operator Licence\n"
        "Lakeport Boiler Board\n"
        "03/2019 – 03/2027\n\n"
        "Steam Systems Specialist\n"
        "exam scheduled 02/2027\n\n"
        "Master Boiler Operator Licence\n"
        "eligible 2028, not yet applied\n\n"
        "Series 99 Pool Supervisor\n"
        "studying, exam window opens May 2027\n"
    )
    assert [c.title for c in claims] == ["Boiler Operator Licence"]
