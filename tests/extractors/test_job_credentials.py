"""Credentials listed under the job they were earned in ("Certifications earned in this role:")."""

from __future__ import annotations

from extractors import extract
from extractors.sections import Section, heading_section
from tests.extractors.documents import pdf

_CSS = ".sub { margin-left: 14pt; }"


def test_a_list_under_a_job_holds_credentials_and_ends_at_the_next_job() -> None:
    data = pdf(
        "<h1>Marta Ruiz</h1><p>marta.ruiz@example.org</p><h2>Work history</h2>"
        "<p>Site Engineer, Harbour Build Ltd\t2021 – present</p>"
        "<p>Ran the concrete works on a 14-storey tower.</p>"
        "<p>Certifications earned in this role:</p>"
        "<p class='sub'>Construction Site Supervisor Licence — Halden Building Board · "
        "issued 2022-05</p>"
        "<p class='sub'>Scaffold Inspection Card — Northgate Safety Council · issued 2023-02</p>"
        "<p>Assistant Engineer, Bridgeway Civil Partners\t2018 – 2021</p>"
        "<p>Set out piles and kept the daily diaries.</p>",
        _CSS,
    )

    claims = extract(data, "cv.pdf").claims

    assert [(claim.title, claim.issuer, claim.issued_on) for claim in claims] == [
        ("Construction Site Supervisor Licence", "Halden Building Board", "2022-05"),
        ("Scaffold Inspection Card", "Northgate Safety Council", "2023-02"),
    ]


def test_where_a_credential_was_earned_does_not_hide_the_heading() -> None:
    assert heading_section("Certifications earned in this role:") is Section.CREDENTIALS
    assert heading_section("Licences held during this position") is Section.CREDENTIALS
    assert heading_section("Skills used in this role") is None


def test_a_name_and_an_id_under_a_title_with_a_comma_are_its_issuer_line() -> None:
    data = pdf(
        "<h1>Tomas Lind</h1><p>tomas.lind@example.org</p><h2>Certifications &amp; Licenses</h2>"
        "<p><b>Master Electrician Licence, Industrial Installations</b> · June 2015</p>"
        "<p><i>Halden Department of Labour · Credential ID: 0421987</i></p>"
        "<p><b>Fire Alarm Technician, Level II</b> · March 2019</p>"
        "<p><i>Northgate Safety Council · Credential ID: NSC-7731</i></p>"
    )

    claims = extract(data, "cv.pdf").claims

    assert [(claim.title, claim.issuer, claim.credential_id) for claim in claims] == [
        (
            "Master Electrician Licence, Industrial Installations",
            "Halden Department of Labour",
            "0421987",
        ),
        ("Fire Alarm Technician, Level II", "Northgate Safety Council", "NSC-7731"),
    ]
