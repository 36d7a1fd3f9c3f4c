"""A title in bold after its dates in roman, an em or so between them ("seit März 2021 **Certified
Fraud Examiner**"): the change of type sets the dates apart as a cell of their own, as a wide
gap does, even on a page with only one such row."""

from __future__ import annotations

from extractors import extract, read
from tests.extractors.documents import pdf


def _page(title_tag: str) -> bytes:
    return pdf(
        "<h1>Henrike Albers</h1><p>henrike.albers@example.de</p><h2>Zertifikate</h2>"
        # The dates a little apart (an em), not as far as a tab stop's gap.
        "<p><span style='margin-right: 7pt'>seit März 2021</span> "
        f"<{title_tag}>Certified Fraud Examiner (CFE)</{title_tag}></p>"
        "<p>Association of Certified Fraud Examiners · Nr. 771203</p>"
    )


def _lines(data: bytes) -> list[str]:
    return [line.text for page in read(data, "cv.pdf").pages for line in page.lines]


def test_a_bold_title_after_roman_dates_opens_a_cell_of_its_own() -> None:
    data = _page("b")

    assert "seit März 2021\tCertified Fraud Examiner (CFE)" in _lines(data)
    claims = extract(data, "cv.pdf").claims
    assert [(c.title, c.issued_on, c.credential_id) for c in claims] == [
        ("Certified Fraud Examiner", "2021-03", "771203")
    ]


def test_dates_and_title_in_one_type_stay_one_cell() -> None:
    assert "seit März 2021 Certified Fraud Examiner (CFE)" in _lines(_page("span"))


def test_a_title_that_ended_in_its_issuer_does_not_go_on_into_the_next_entry() -> None:
    # A table of dates and entries: "2017 | **Applied …,** Coursera", then an undated entry at
    # the title's x in the same types, which is an entry of its own, not the title's next line.
    cell = "style='padding: 0 9pt 0 0; vertical-align: top'"
    data = pdf(
        "<h1>Henrike Albers</h1><p>henrike.albers@example.de</p><h2>Certificates</h2>"
        "<table style='border-collapse: collapse'>"
        f"<tr><td {cell}>2017</td><td {cell}><b>Applied Data Science with Python,</b> "
        "Coursera</td></tr>"
        f"<tr><td {cell}></td><td {cell}><b>SQL Fundamentals Track,</b> Datacamp</td></tr>"
        "</table>"
    )

    claims = extract(data, "cv.pdf").claims
    # Both are in the catalogue: their titles and issuers are the catalogue's.
    assert [(c.title, c.issuer, c.issued_on) for c in claims] == [
        ("Applied Data Science with Python Specialization", "University of Michigan", "2017"),
        ("SQL Fundamentals Track", "DataCamp", None),
    ]
