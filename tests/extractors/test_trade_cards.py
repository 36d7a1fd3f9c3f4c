"""Trade and safety credentials as recruiters read them in text résumés: a code that opens a
title ("R-454B Handling Certificate"), a card's number printed in groups of digits, an e-card's
number, a level before an "Award for", a lapsed entry's dates after a titled colon, an item
that a hard wrap broke before its dash, and a profile's "… logo" over each entry."""

from __future__ import annotations

from extractors import Claim, extract


def _claims(body: str) -> list[Claim]:
    text = "Rosa Quintero\nrosa.quintero@example.org\n\n" + body
    return list(extract(text.encode(), "cv.txt").claims)


def _read(body: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.title, c.issuer, c.credential_id) for c in _claims(body)]


def test_a_refrigerant_code_opens_a_title_not_a_number_field() -> None:
    claims = _claims(
        "Certifications\n* R-454B Handling Certificate - Coolant Training Guild. Issued 04/2021.\n"
    )
    assert [(c.title, c.issued_on) for c in claims] == [("R-454B Handling Certificate", "2021-04")]


def test_a_number_in_groups_of_four_digits_is_one_number() -> None:
    claims = _claims(
        "Licences\n"
        "* Crowd Safety Steward Licence - Venue Licensing Authority. Issued May 2022. "
        "Licence No.: 2044 7310 5582 9016.\n"
    )
    assert [c.credential_id for c in claims] == ["2044 7310 5582 9016"]


def test_an_e_card_number_is_the_card_s_credential_id() -> None:
    claims = _claims(
        "Certifications\n"
        "* Pediatric Resuscitation Provider - Lifeline Heart Council. Issued 02/2024. "
        "eCard 318846201975.\n"
    )
    assert [c.credential_id for c in claims] == ["318846201975"]


def test_a_level_before_award_for_names_a_qualification_not_a_prize() -> None:
    claims = _claims(
        "Qualifications\n"
        "* Level 3 Award for Event Stewards in Public Venues - Northgate Awarding Body. "
        "Issued 2018.\n"
        "* Award for Excellence in Customer Care - Northgate Hotels. 2019.\n"
    )
    assert [c.title for c in claims] == ["Level 3 Award for Event Stewards in Public Venues"]


def test_a_titled_colon_entry_with_its_lapsed_dates_is_one_entry() -> None:
    claims = _claims(
        "Certifications\n"
        "* Boiler Board Certified: Steam Systems - National Boiler Board. "
        "Issued 05/2020, expired 05/2023.\n"
    )
    assert [(c.title, c.issued_on, c.expires_on) for c in claims] == [
        ("Boiler Board Certified: Steam Systems", "2020-05", "2023-05")
    ]


def test_a_dash_wrapped_onto_the_next_line_goes_on_with_its_item() -> None:
    # Hard-wrapped at 60 columns: the item's dash would not fit on its full first line.
    claims = _claims(
        "Certifications\n"
        "* Level 2 Certificate in Working at Heights for Riggers and\n"
        "  Scaffolders\n"
        "* Level 2 Award for Confined Space Entry Supervisors Today\n"
        "  - Northgate Awarding Body. Issued 2017. Credential ID:\n"
        "  NG-17-2210934.\n"
    )
    assert [(c.title, c.credential_id) for c in claims][-1] == (
        "Level 2 Award for Confined Space Entry Supervisors Today",
        "NG-17-2210934",
    )
    assert all("Northgate" not in c.title for c in claims)


def test_a_nested_item_under_a_short_line_stays_an_item() -> None:
    # A line with room left before its "- …": a list inside the item, not a wrapped dash.
    lines = [
        c.title
        for c in _claims(
            "Certifications\n* Forklift Operator Licence\n"
            "  - Counterbalance Forklift Certificate, 2019\n"
        )
    ]
    assert "Counterbalance Forklift Certificate" in lines


def test_a_profile_s_logo_lines_are_pictures_not_entries() -> None:
    claims = _claims(
        "Licenses & certifications\n\n"
        "Coolant Training Program logo\n"
        "Refrigerant Recovery Technician\n"
        "Coolant Training Guild\n"
        "Issued Mar 2019\n\n"
        "Board of Boiler Inspectors logo\n"
        "Low Pressure Boiler Operator Licence\n"
        "Board of Boiler Inspectors\n"
        "Issued Jun 2021\n"
    )
    assert [(c.title, c.issuer) for c in claims] == [
        ("Refrigerant Recovery Technician", "Coolant Training Guild"),
        ("Low Pressure Boiler Operator Licence", "Board of Boiler Inspectors"),
    ]


def test_a_body_s_own_initials_under_a_title_name_its_issuer() -> None:
    claims = _claims(
        "Licenses & certifications\n\n"
        "HVAC Excellence Certified: Heat Pump Service\n"
        "North American Refrigeration Excellence (NARE)\n"
        "Issued Oct 2024 · Expires Oct 2026\n"
        "Credential ID 4410992\n"
    )
    assert [(c.title, c.issuer, c.credential_id) for c in claims] == [
        (
            "HVAC Excellence Certified: Heat Pump Service",
            "North American Refrigeration Excellence (NARE)",
            "4410992",
        )
    ]


def test_a_body_first_then_its_title_after_a_dash() -> None:
    claims = _claims(
        "CERTIFICATIONS\n"
        "State Board of Opticians — Dispensing Optician Registration\n"
        "MARCH 2018 - MARCH 2026\n"
        "Credential ID DO-44120\n"
        "Guild of Climbing Instructors (GCI) — GCI Wall Supervisor\n"
        "JUNE 2020 - JUNE 2023 (EXPIRED)\n"
        "Harbour Nutrition — Harbour Nutrition Level 2 Certification (HN2)\n"
        "MAY 2021\n"
    )
    assert [(c.title, c.issuer) for c in claims] == [
        ("Dispensing Optician Registration", "State Board of Opticians"),
        ("GCI Wall Supervisor", "Guild of Climbing Instructors (GCI)"),
        ("Harbour Nutrition Level 2 Certification (HN2)", "Harbour Nutrition"),
    ]


def test_a_known_body_and_a_dash_before_a_title_opens_the_next_entry() -> None:
    claims = _claims(
        "CERTIFICATIONS\n"
        "American Heart Association — Basic Life Support (BLS) Provider\n"
        "APRIL 2024 - APRIL 2026\n"
        "American Heart Association — Certified Triage Course Instructor\n"
        "JULY 2022\n"
    )
    assert [(c.title, c.issued_on) for c in claims][-1] == (
        "Certified Triage Course Instructor",
        "2022-07",
    )


def test_a_code_set_s_name_and_one_word_open_a_title() -> None:
    claims = _claims("Certifications\n* ICD-11-PCS Proficiency - Coding Guild. Issued 2016.\n")
    assert [(c.title, c.issued_on) for c in claims] == [("ICD-11-PCS Proficiency", "2016")]


def test_a_registered_mark_before_a_noun_names_a_product() -> None:
    claims = _claims(
        "Experience\n"
        "Head Chef, Copper Pan Grill, 2019 - 2024\n"
        "* Rebuilt the menu around Certified Prairie Lamb® brand chops and local produce.\n"
        "* Became a Certified Grill Master® professional in 2020.\n"
    )
    assert [c.title for c in claims] == ["Certified Grill Master"]
