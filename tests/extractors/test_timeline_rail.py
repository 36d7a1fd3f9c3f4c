"""A timeline résumé printed to PDF: entries hung from a vertical rail, each dated on the rail
with its month over its year ("APR" over "2017"), each issuer shown as a logo (its initials in
a small coloured circle), the headings in letter-spaced capitals. Read as a recruiter reads it:
a date belongs to the entry beside it, a logo is no line of text, spaced capitals are words."""

from __future__ import annotations

from extractors import extract, read
from tests.extractors.documents import pdf

_CSS = """
.entry { display: flex; margin: 0 0 8pt 0; }
.when { width: 40pt; text-align: right; }
.month { font-size: 7.5pt; }
.year { font-size: 11pt; font-weight: bold; }
.logo { width: 20pt; height: 20pt; border-radius: 10pt; background: #2a8; color: white;
        font-size: 7pt; font-weight: bold; text-align: center; line-height: 20pt;
        margin: 0 14pt 0 14pt; }
.what p { margin: 0; }
h2 { letter-spacing: 1.6pt; }
.kern { letter-spacing: 0; }
"""

_ENTRIES = (
    ("APR", "2017", "CP", "Certified Paralegal (CP)", "NALA", "ID 30918"),
    ("JUN", "2022", "RC", "Relativity Certified Administrator", "Relativity", "ID RCA-5521"),
    ("MAR", "2024", "AC", "Certified E-Discovery Specialist (CEDS)", "ACEDS", "ID 77120"),
)


def _entry(month: str, year: str, initials: str, title: str, issuer: str, number: str) -> str:
    return (
        "<div class='entry'>"
        f"<div class='when'><div class='month'>{month}</div><div class='year'>{year}</div></div>"
        f"<div class='logo'>{initials}</div>"
        f"<div class='what'><p><b>{title}</b></p><p>{issuer}</p><p>{number}</p></div>"
        "</div>"
    )


def _timeline(heading: str = "CERTIFICATIONS") -> bytes:
    entries = "".join(_entry(*entry) for entry in _ENTRIES)
    return pdf(
        f"<h1>Dana Reyes</h1><p>dana.reyes@example.com</p><h2>{heading}</h2>{entries}"
        "<h2>SKILLS</h2><p>Relativity, Everlaw, legal research</p>",
        _CSS,
    )


def _lines(data: bytes) -> list[str]:
    return [line.text for page in read(data, "cv.pdf").pages for line in page.lines]


def test_a_month_over_its_year_on_the_rail_dates_the_entry_beside_it() -> None:
    data = _timeline()
    lines = _lines(data)
    claims = extract(data, "cv.pdf").claims

    assert "APR 2017\tCertified Paralegal (CP)" in lines
    assert lines[lines.index("APR 2017\tCertified Paralegal (CP)") + 1] == "NALA"
    assert [(c.title, c.issuer, c.issued_on, c.credential_id) for c in claims] == [
        ("Certified Paralegal (CP)", "NALA", "2017-04", "30918"),
        ("Relativity Certified Administrator", "Relativity", "2022-06", "RCA-5521"),
        ("Certified E-Discovery Specialist (CEDS)", "ACEDS", "2024-03", "77120"),
    ]


def test_initials_in_a_small_drawn_circle_are_a_logo_not_a_line() -> None:
    lines = _lines(_timeline())

    assert not {"CP", "RC", "AC"} & {part for line in lines for part in line.split("\t")}
    # Words of the same few capitals outside a drawn mark are text ("CP" in the title stays).
    assert "APR 2017\tCertified Paralegal (CP)" in lines


def test_short_capitals_in_a_pill_that_is_not_a_logo_stay() -> None:
    css = ".chip { background: #ddd; border-radius: 6pt; padding: 1pt 12pt; margin-right: 6pt; }"
    body = (
        "<h1>Dana Reyes</h1><p>dana.reyes@example.com</p><h2>Skills</h2>"
        "<p><span class='chip'>KQL</span><span class='chip'>SPL</span></p>"
    )

    assert "KQL\tSPL" in _lines(pdf(body, css))


def test_letter_spaced_capitals_with_a_kerned_pair_and_a_comma_are_words() -> None:
    # A font kerns some pairs of capitals closer than the letter spacing ("RT", "AT"):
    # pdfplumber gives them as one word of two letters among the single ones.
    kerned = "<span class='kern'>{}</span>".format
    heading = f"LICENSES, CE{kerned('R')}TIFIC{kerned('A')}TIONS &amp; BADGES"
    data = _timeline(heading)
    lines = _lines(data)

    assert "LICENSES, CERTIFICATIONS & BADGES" in lines
    assert [c.title for c in extract(data, "cv.pdf").claims] == [entry[3] for entry in _ENTRIES]


def test_a_line_of_short_capital_words_is_not_letter_spacing() -> None:
    lines = _lines(pdf("<h1>Dana Reyes</h1><p>Also: AI ML CI CD</p>"))

    assert "Also: AI ML CI CD" in lines


def test_a_title_that_wrapped_beside_its_rail_date_goes_on_under_itself() -> None:
    narrow = _CSS + " .what { width: 190pt; }"
    long_title = "Boeing 737-600/700/800/900 (CFM56) Type Training, Theory and Practical"
    entries = "".join(
        _entry(*entry)
        for entry in (
            ("MAR", "2015", "LT", long_title, "Lufthansa Technical Training", "ID LTT-0318"),
            ("OCT", "2018", "FA", "FAA Airframe and Powerplant Mechanic Certificate", "FAA", ""),
        )
    )
    body = f"<h1>Dana Reyes</h1><p>dana.reyes@example.com</p><h2>CERTIFICATIONS</h2>{entries}"
    lines = _lines(pdf(body, narrow))

    # The title's second line ("Practical") is no line of its own between title and issuer.
    assert lines[3:5] == [f"MAR 2015\t{long_title}", "Lufthansa Technical Training"]
