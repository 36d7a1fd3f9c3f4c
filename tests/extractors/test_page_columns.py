"""A page set in two columns (a word processor's page style): the text flows down the left
column, then the right one. Each column opens with its own heading, the two not quite level
(one heading has room above it, the other, after a column break, none), so the columns' first
rows hold a word on one side only: they are the columns' first lines all the same."""

from __future__ import annotations

from extractors import extract, read
from tests.extractors.documents import pdf

_CSS = """
.cols { columns: 2; column-gap: 24pt; column-fill: auto; height: 200mm; }
.cols h2 { margin: 6pt 0 3pt 0; }
.cols h2.first { margin-top: 0; break-before: column; }
.cols h3 { font-size: 10pt; margin: 4pt 0 0 0; }
.cols p.small { font-size: 8.5pt; }
"""


def _entry(title: str, detail: str) -> str:
    return f"<h3>{title}</h3><p class='small'>{detail}</p>"


def test_the_top_rows_of_two_page_columns_are_each_column_s_first_lines() -> None:
    left = (
        "<h2>Summary</h2><p>Site surveyor with eleven years on highways and rail schemes"
        " across the north of England, leading small survey crews.</p>"
        "<h2>Experience</h2><p><b>Senior Surveyor, Pennine Ground Survey Ltd</b></p>"
        "<p>2016 – present</p><p>• Set out and checked 40 km of new carriageway.</p>"
        "<p>• Trained six graduates in GNSS and total-station work.</p>"
        "<h2>Education</h2><p>BSc Geography, University of Hull, 2012</p>"
    )
    right = (
        "<h2 class='first'>Tickets &amp; Certificates</h2>"
        + _entry(
            "Construction Skills Certification Scheme Card (Blue)",
            "CITB · Card No. 40417782 · 03/2022 – 03/2027",
        )
        + _entry("Personal Track Safety", "Network Rail Sentinel · ID 2291834 · 11/2023")
        + _entry("First Aid at Work", "St John Ambulance · 05/2024 – 05/2027")
    )
    body = (
        "<h1>Owen Pritchard</h1><p>Site Surveyor — Leeds | owen.pritchard@example.com</p>"
        f"<div class='cols'>{left}{right}</div>"
    )
    data = pdf(body, _CSS)

    lines = [line.text for line in read(data, "cv.pdf").pages[0].lines]
    claims = {c.title: (c.issuer, c.issued_on) for c in extract(data, "cv.pdf").claims}

    # The left column is read whole before the right one opens with its heading.
    assert lines.index("BSc Geography, University of Hull, 2012") < lines.index(
        "Tickets & Certificates"
    )
    assert lines.index("Tickets & Certificates") + 1 == lines.index(
        "Construction Skills Certification Scheme"
    )
    assert claims["Construction Skills Certification Scheme Card (Blue)"] == ("CITB", "2022-03")
    assert claims["Personal Track Safety"] == ("Network Rail Sentinel", "2023-11")
    assert claims["First Aid at Work"] == ("St John Ambulance", "2024-05")
