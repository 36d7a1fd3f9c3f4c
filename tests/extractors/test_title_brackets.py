"""A title's own brackets and the issuer's line under it: a level or a law's name in brackets
stays in the title, and an unknown body's name ("… de …", "(ACRONYM)") over its dates is the
issuer."""

from __future__ import annotations

from extractors import extract

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
