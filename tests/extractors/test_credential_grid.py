"""Credentials set two to a row in a grid (a band across the page's foot, as some templates
draw them), each a bold title that may wrap, an issuer line, a "Licence/ID no." line and a
bare web address, with a note across the whole width under the grid."""

from __future__ import annotations

from extractors import Claim, Document, Line, Page, analyse, extract
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


def test_a_month_ending_a_line_and_its_year_opening_the_next_are_one_date() -> None:
    # The issuer's line wraps between "Mar" and "2022" although "2022" would seem to fit in
    # the column as measured: a month and a year on two lines are one date that wrapped.
    rows = [
        ("Rhona MacAskill", (51.0, 48.0, 220.0, 69.0), 21.0, True),
        ("rhona.macaskill@example.org", (51.0, 74.0, 200.0, 84.0), 8.5, False),
        ("Licences & Certifications", (51.0, 646.7, 254.1, 656.2), 9.5, True),
        ("Electrical Work Licence – Electrical Fitter", (51.0, 661.4, 262.0, 670.4), 9.0, True),
        (
            "Electrical Safety Office Queensland · Issued Mar",
            (51.0, 672.3, 255.0, 680.8),
            8.5,
            False,
        ),
        ("2022 · Valid until Mar 2027", (51.0, 682.8, 165.8, 691.3), 8.5, False),
        ("Licence/ID no. 84512", (51.0, 693.3, 140.8, 701.8), 8.5, False),
        ("Low Voltage Rescue and CPR", (51.0, 709.4, 197.7, 718.4), 9.0, True),
        (
            "St John Ambulance Australia · Issued Feb 2026 · Valid",
            (51.0, 720.3, 277.7, 728.8),
            8.5,
            False,
        ),
        ("until Feb 2027", (51.0, 730.8, 111.9, 739.3), 8.5, False),
    ]
    lines = tuple(
        Line(text=text, bbox=bbox, size=size, emphasised=bold, plain=not bold)
        for text, bbox, size, bold in rows
    )
    page = Page(number=1, text="\n".join(line.text for line in lines), lines=lines)
    document = Document(filename="cv.pdf", media_type="application/pdf", pages=(page,))

    claims = {claim.title: claim for claim in analyse(document).claims}

    licence = claims["Electrical Work Licence – Electrical Fitter"]
    assert (licence.issuer, licence.issued_on, licence.expires_on, licence.credential_id) == (
        "Electrical Safety Office Queensland",
        "2022-03",
        "2027-03",
        "84512",
    )
