"""A personal web page printed to PDF: a list of credentials hung from a rail of dates, the year
set once on a row of its own over the entries of that year, each entry's month on the rail
beside its first line, an entry with no month dated by its year alone. Each link's address is
printed after its text in brackets ("(https://…)"), broken anywhere where the page is narrow.
Read as a recruiter reads it: the month and the year above it date the entry beside it, and an
address printed in brackets is the entry's link, never its title nor its issuer."""

from __future__ import annotations

from extractors import extract, read
from tests.extractors.documents import pdf

_CSS = """
.year { width: 26pt; font-size: 9pt; margin-top: 6pt; }
.entry { display: flex; }
.month { width: 26pt; flex: none; font-size: 8pt; }
.what { margin-left: 12pt; width: 330pt; }
.url { font-size: 7pt; word-break: break-all; }
"""

_LONG_URL = "https://badges.example-institute.org/verify/holder/MX-4471-2209-QQ8"


def _entry(month: str, text: str) -> str:
    return (
        f"<div class='entry'><div class='month'>{month}</div><div class='what'>{text}</div></div>"
    )


def _page(printed: bool = False) -> bytes:
    link = f" <span class='url'>({_LONG_URL})</span>" if printed else ""
    rail = (
        "<div class='year'>2025</div>"
        + _entry("Feb", "Certified Fire Alarm Technician · NICET · valid through Feb 2028")
        + _entry("Oct", f"Journeyman Electrician Licence{link} · Oregon BCD · #JE-208831")
        + "<div class='year'>2023</div>"
        + _entry("May", "Arc Flash Safety (NFPA 70E) · Electrical Training Alliance")
        + "<div class='year'>2021</div>"
        + _entry("", "Confined Space Entry Attendant · Pacific Safety Council")
    )
    return pdf(
        "<h1>Marisol Ortega</h1><p>marisol.ortega@example.com</p>"
        f"<h2>Certifications</h2>{rail}<h2>Skills</h2><p>Conduit bending, PLC wiring</p>",
        _CSS,
    )


def _lines(data: bytes) -> list[str]:
    return [line.text for page in read(data, "cv.pdf").pages for line in page.lines]


def test_the_month_and_the_year_above_it_date_the_entry_beside_the_month() -> None:
    data = _page()
    lines = _lines(data)

    assert "Feb 2025\tCertified Fire Alarm Technician · NICET · valid through Feb 2028" in lines
    assert "May 2023\tArc Flash Safety (NFPA 70E) · Electrical Training Alliance" in lines
    # The year with no month under it dates the entry right below it.
    assert "2021\tConfined Space Entry Attendant · Pacific Safety Council" in lines
    assert not {"2025", "2023", "Feb", "Oct", "May"} & set(lines)
    claims = extract(data, "cv.pdf").claims
    assert [(c.title, c.issued_on) for c in claims] == [
        ("Certified Fire Alarm Technician", "2025-02"),
        ("Journeyman Electrician Licence", "2025-10"),
        ("Arc Flash Safety (NFPA 70E)", "2023-05"),
        ("Confined Space Entry Attendant", "2021"),
    ]


def test_an_address_printed_in_brackets_after_a_title_is_its_link_not_its_issuer() -> None:
    data = _page(printed=True)
    lines = _lines(data)

    # The page broke the address anywhere: it goes on at the next line's start.
    assert any(line.endswith("(https://badges.example-institute.org/verify/") for line in lines)
    claims = extract(data, "cv.pdf").claims
    licence = next(c for c in claims if c.title.startswith("Journeyman"))
    assert (licence.title, licence.issuer, licence.issued_on, licence.credential_id) == (
        "Journeyman Electrician Licence",
        "Oregon BCD",
        "2025-10",
        "JE-208831",
    )
    assert len(claims) == 4
