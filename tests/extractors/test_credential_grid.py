"""Credentials set two to a row in a grid (a band across the page's foot, as some templates
draw them), each a bold title that may wrap, an issuer line, a "Licence/ID no." line and a
bare web address, with a note across the whole width under the grid."""

from __future__ import annotations

from extractors import Claim, extract
from extractors.sections import Section, heading_section, unspaced_capitals
from tests.extractors.documents import pdf

_CSS = """
.band { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; }
.band h2 { letter-spacing: 4pt; text-transform: uppercase; font-size: 9pt; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 14mm; }
.grid b { display: block; font-size: 9pt; }
.note { margin-top: 8px; font-size: 8pt; }
"""
_OPITO = "https://registry.example.org/verify/?id=OP-558210"
_COMPEX = "https://www.credly.com/badges/3f1c9e27-6b0d-4a85-9e12-7c4d2b8a6f31"


def _entry(title: str, lines: list[str]) -> str:
    return f"<div><b>{title}</b>{'<br>'.join(lines)}</div>"


def _resume(entries: list[str], note: str) -> bytes:
    body = (
        "<h1>Rhona MacAskill</h1><p>rhona.macaskill@example.org</p>"
        "<h2>Profile</h2><p>Offshore electrical technician, eleven years on platforms.</p>"
        "<div class='band'><h2>Licences &amp; Certifications</h2>"
        f"<div class='grid'>{''.join(entries)}</div><div class='note'>{note}</div></div>"
    )
    return pdf(body, _CSS)


def _by_title(data: bytes) -> dict[str, Claim]:
    return {claim.title: claim for claim in extract(data, "cv.pdf").claims}


def test_capitals_typed_apart_around_an_ampersand_are_two_words() -> None:
    heading = "L I C E N C E S & C E R T I F I C AT I O N S"
    assert unspaced_capitals(heading) == "LICENCES & CERTIFICATIONS"
    assert heading_section(heading) is Section.CREDENTIALS
    assert heading_section("T O O L S / S K I L L S") is Section.SKILLS
    # Capitals that are words already, and letters that spell nothing, stay as they were.
    assert unspaced_capitals("AWS & GCP") == "AWS & GCP"
    assert heading_section("A & B") is None


def test_a_grid_of_credentials_reads_each_wrapped_title_whole_with_its_fields() -> None:
    entries = [
        _entry(
            "Offshore Survival and Helicopter Escape, BOSIET/HUET",
            [
                "Maritime Training Board · Issued Mar 2022 · Valid until Mar 2026",
                "Licence/ID no. OP-558210",
                f"<a href='{_OPITO}'>registry.example.org/verify/?id=OP-558210</a>",
            ],
        ),
        _entry(
            "Certified Practitioner in Hazardous Area Electrical Installations (CompEx)",
            [
                "Hazardous Areas Council · Issued Jun 2019",
                f"<a href='{_COMPEX}'>credly.com/badges/3f1c9e27-6b0d-4a85-9e12-7c4d2b8a6f31</a>",
            ],
        ),
        # The issuer's line wraps right after its separator: "Issued 2023" goes on from it, and
        # the issuer (a "Training" centre) is not an entry of its own.
        _entry(
            "Confined Space Entry Supervisor Certificate",
            [
                "National Centre for Confined Space Training · Issued 2023",
                "Licence/ID no. CSE-40917",
            ],
        ),
    ]
    note = (
        "In progress / other: a longer remark that runs across the whole width of the band,"
        " under both columns of the grid, about courses booked for next year"
    )

    claims = _by_title(_resume(entries, note))

    survival = claims["Offshore Survival and Helicopter Escape, BOSIET/HUET"]
    assert (survival.issuer, survival.credential_id, survival.url) == (
        "Maritime Training Board",
        "OP-558210",
        _OPITO,
    )
    assert (survival.issued_on, survival.expires_on) == ("2022-03", "2026-03")
    compex = claims["Certified Practitioner in Hazardous Area Electrical Installations (CompEx)"]
    assert (compex.issuer, compex.issued_on, compex.url) == (
        "Hazardous Areas Council",
        "2019-06",
        _COMPEX,
    )
    supervisor = claims["Confined Space Entry Supervisor Certificate"]
    assert (supervisor.issuer, supervisor.issued_on, supervisor.credential_id) == (
        "National Centre for Confined Space Training",
        "2023",
        "CSE-40917",
    )


def test_a_line_of_fields_with_may_written_short_keeps_both_dates() -> None:
    text = (
        "Rhona MacAskill\nrhona.macaskill@example.org\n\nCertifications\n"
        "Certified Information Security Manager (CISM) — (ISACA) | Obtained May. 2024 ·"
        " Expiration May. 2027 | License # 308QRKRB3Y\n"
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [(c.issuer, c.issued_on, c.expires_on, c.credential_id) for c in claims] == [
        ("ISACA", "2024-05", "2027-05", "308QRKRB3Y")
    ]
