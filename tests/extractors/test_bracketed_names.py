"""Brackets and codes around a credential's or a body's name: a body's own short name in
brackets ("Tasmanian Maritime Board (Marinetas)"), the platform a course was given through
("HarbourX (edX)"), a unit's code opening its name ("CPCWHS9011 Work Safely at Heights"), and a
bracket inside the title before the issuer ("Certified Court Reporter (Realtime)")."""

from __future__ import annotations

from extractors import extract
from tests.extractors.credential_lines import found


def test_a_body_with_its_one_word_short_name_in_brackets_under_a_title_is_its_issuer() -> None:
    assert found(
        "Harbour Pilot, Restricted Licence",
        "Tasmanian Maritime Board (Marinetas)",
        "Issued: Jan 2016 · Expires: Nov 2026",
        "Harbour Survey Essentials: Tides and Charts",
        "HarbourX (edX)",
        "Issued: 2019",
    ) == [
        ("Harbour Pilot, Restricted Licence", "Tasmanian Maritime Board (Marinetas)", "2016-01"),
        ("Harbour Survey Essentials: Tides and Charts", "HarbourX (edX)", "2019"),
    ]


def test_a_credentials_acronym_in_capitals_after_a_title_is_still_a_credential() -> None:
    assert [title for title, _, _ in found("Certified Kubernetes Administrator (CKA)")] == [
        "Certified Kubernetes Administrator"
    ]


def test_a_units_code_that_opens_its_name_is_part_of_the_title_not_an_id() -> None:
    text = (
        "Rowan Pelletier-Ng\nrowan.png@example.net\n\nLicences\n"
        "CPCWHS9011 Work Safely at Heights\nSouthern Skills Training\n"
        "Issued: Feb 2025 · Expires: Feb 2028\n\n"
        "TLIWRK9002 Operate Elevated Work Platforms, Southern Skills Training, 2023\n"
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [(c.title, c.issuer, c.issued_on) for c in claims] == [
        ("CPCWHS9011 Work Safely at Heights", "Southern Skills Training", "2025-02"),
        ("TLIWRK9002 Operate Elevated Work Platforms", "Southern Skills Training", "2023"),
    ]


def test_a_number_before_a_fields_label_is_still_a_field() -> None:
    assert found("Certified Kubernetes Administrator", "LF2100 Issued Jan 2021") == [
        ("Certified Kubernetes Administrator", "The Linux Foundation", "2021-01")
    ]


def test_a_bracket_in_the_title_before_the_bodys_name_is_the_titles_own() -> None:
    assert found(
        "Certified Court Reporter (Realtime), Judicial Council of Westshire, ID 301457, 2016",
        "Marine Engine Technician (Diesel and Hybrid), Coastal Skills Institute, 2021",
    ) == [
        ("Certified Court Reporter (Realtime)", "Judicial Council of Westshire", "2016"),
        ("Marine Engine Technician (Diesel and Hybrid)", "Coastal Skills Institute", "2021"),
    ]


def test_a_bracket_before_a_code_or_label_is_still_who_issued_it() -> None:
    assert found(
        "Harbour Crane Rigging Certificate (Westshire Cranes) -- Nov-2022 -- ID: HCR-2231"
    ) == [("Harbour Crane Rigging Certificate", "Westshire Cranes", "2022-11")]


def test_a_post_nominals_dotted_letters_in_brackets_are_the_titles_not_its_issuer() -> None:
    # Letters with dots in any order ("Reg.Arch.", the Latin order of "Pr.Sci.Nat."): the
    # designation's own short name, as it is written after a name; the body is after the dash.
    assert found(
        "Registered Professional Archaeologist (Arch.Reg.Pr.) – Heritage Register Council; 2019",
        "Accredited Water Auditor (Aud.Acc.) – Utilities Standards Board; 2021",
    ) == [
        (
            "Registered Professional Archaeologist (Arch.Reg.Pr.)",
            "Heritage Register Council",
            "2019",
        ),
        ("Accredited Water Auditor (Aud.Acc.)", "Utilities Standards Board", "2021"),
    ]
