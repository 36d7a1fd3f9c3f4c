"""A title's own brackets and the issuer's line under it: a level or a law's name in brackets
stays in the title, and an unknown body's name ("… de …", "(ACRONYM)") over its dates is the
issuer."""

from __future__ import annotations

from extractors import extract
from extractors.dates import find_dates

_TEXT = """Rangi Parata
rangi.parata@example.nz

CERTIFICATIONS
Certificate in Hospitality Supervision (Level 4)
Te Pūkenga · Issued Dec 2015 · ID TP-HS-4471

Duty Manager's Certificate (Sale of Liquor Act 1989)
Hutt District Licensing Committee · Issued May 2021 · Expires May 2024

Licencia de Guía de Turismo
Secretaría de Turismo de Oaxaca (SECTUR) · Issued Aug 2017 · ID GT-2017-0932

Certified Rope Access Supervisor, Level 3
Society of Rope Access Technicians of Ghana (SRATG) · Issued 2020
"""


def test_titles_keep_their_levels_and_laws_and_the_line_below_names_the_issuer() -> None:
    claims = extract(_TEXT.encode(), "cv.txt").claims

    assert [(claim.title, claim.issuer) for claim in claims] == [
        ("Certificate in Hospitality Supervision (Level 4)", "Te Pūkenga"),
        (
            "Duty Manager's Certificate (Sale of Liquor Act 1989)",
            "Hutt District Licensing Committee",
        ),
        ("Licencia de Guía de Turismo", "Secretaría de Turismo de Oaxaca (SECTUR)"),
        (
            "Certified Rope Access Supervisor, Level 3",
            "Society of Rope Access Technicians of Ghana (SRATG)",
        ),
    ]
    assert [claim.issued_on for claim in claims] == ["2015-12", "2021-05", "2017-08", "2020"]


_LIST = """Kofi Mensah
kofi.mensah@example.com

CERTIFICATIONS
- CSCS Site Supervisor Card (CSCS) -- Apr-2019 -- ID: 00381125/20417
- Port Operations Licence (Autoridad Portuaria de Tema (APT)) -- Aug-2017 -- ID: APTL/PO/17/0932
- ISO 22301:2019 Lead Implementer (PECB) -- Nov-2023 -- ID: PECB-LI-88123
"""


def test_brackets_ids_and_years_that_are_no_dates_in_a_list_of_entries() -> None:
    claims = extract(_LIST.encode(), "cv.txt").claims

    # The body a title opens with, repeated in brackets, is its issuer; a bracket holding a
    # bracket is one issuer's name; a number in parts set apart by slashes is one number.
    assert [(claim.issuer, claim.credential_id) for claim in claims] == [
        ("CSCS", "00381125/20417"),
        ("Autoridad Portuaria de Tema (APT)", "APTL/PO/17/0932"),
        ("PECB", "PECB-LI-88123"),
    ]
    assert claims[0].title == "CSCS Site Supervisor Card"
    # A standard's edition is not when it was issued.
    assert claims[2].issued_on == "2023-11"


def test_a_standards_edition_and_a_laws_year_are_not_dates() -> None:
    assert [date.year for date in find_dates("ISO 45001:2018 Lead Auditor, Nov 2022")] == [2022]
    assert [date.year for date in find_dates("Licence (Sale of Liquor Act 1989), 2021")] == [2021]


def test_a_bodys_full_name_stays_as_written_where_the_catalog_knows_it_by_its_acronym() -> None:
    text = (
        "Kofi Mensah\nkofi.mensah@example.com\n\nCERTIFICATIONS\n"
        "Night Drone Operations Waiver\nFederal Aviation Administration · Issued Jun 2019\n"
    )

    (claim,) = extract(text.encode(), "cv.txt").claims

    assert (claim.title, claim.issuer) == (
        "Night Drone Operations Waiver",
        "Federal Aviation Administration",
    )


def test_a_level_after_a_titles_comma_is_the_titles_and_a_bodys_name_may_hold_any_words() -> None:
    text = (
        "Kofi Mensah\nkofi.mensah@example.com\n\nCERTIFICATIONS\n"
        "Certified Scaffold Inspector, CISRS Level 2\n"
        "Institute of Scaffolding Professionals of Ghana (ISPG) · Issued 2021\n"
    )

    (claim,) = extract(text.encode(), "cv.txt").claims

    assert (claim.title, claim.issuer, claim.issued_on) == (
        "Certified Scaffold Inspector, CISRS Level 2",
        "Institute of Scaffolding Professionals of Ghana (ISPG)",
        "2021",
    )
