"""Letters the résumé spells out as another credential's name ("Certified Payroll
Administrator (CPA)") are that credential wherever they stand again: after the candidate's
name, opening a body's name ("CPA Nordic"); never the catalogued credential of the same letters.
Spelt out as the catalog spells them, or not spelt out at all, they stay the catalogued one."""

from __future__ import annotations

from extractors import extract
from extractors.models import Claim
from tests.extractors.documents import docx_bytes


def _text_claims(*lines: str, name: str = "Mika Laine, CPA") -> tuple[Claim, ...]:
    text = "\n".join([name, "mika.laine@example.fi", "", "CERTIFICATIONS", *lines, ""])
    return extract(
        f"{text}\nEXPERIENCE\nPayroll Lead, Nordwind Oy (2019 - present)\n".encode(), "cv.txt"
    ).claims


def test_letters_spelt_out_otherwise_are_not_the_catalogued_credential() -> None:
    claims = _text_claims(
        "- Certified Payroll Administrator (CPA), CPA Nordic — 2018 | Member No. 5581204",
        "- Payroll Audit Licence, CPA Nordic — May 2020 | Licence No. PAL-66120",
    )

    assert [(c.title, c.issuer, c.credential_id, c.catalog_id) for c in claims] == [
        ("Certified Payroll Administrator (CPA)", "CPA Nordic", "5581204", None),
        ("Payroll Audit Licence", "CPA Nordic", "PAL-66120", None),
    ]


def test_a_body_named_after_the_letters_is_the_issuer_on_its_own_line() -> None:
    data = docx_bytes(
        [
            "Mika Laine",
            "mika.laine@example.fi",
            "Certifications",
            "Certified Payroll Administrator (CPA)",
            "CPA Nordic | 2018",
            "Member No. 5581204",
            "Payroll Audit Licence",
            "CPA Nordic | May 2020",
            "Licence No. PAL-66120",
        ]
    )

    claims = extract(data, "cv.docx").claims

    assert [(c.title, c.issuer, c.credential_id, c.issued_on) for c in claims] == [
        ("Certified Payroll Administrator (CPA)", "CPA Nordic", "5581204", "2018"),
        ("Payroll Audit Licence", "CPA Nordic", "PAL-66120", "2020-05"),
    ]


def test_letters_spelt_as_the_catalog_spells_them_stay_catalogued() -> None:
    claims = _text_claims(
        "- Certified Public Accountant (CPA), Texas State Board of Public Accountancy — 2016"
    )

    assert [claim.catalog_id for claim in claims] == ["us-cpa"]
