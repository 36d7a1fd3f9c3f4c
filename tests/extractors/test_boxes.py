"""Boxes drawn on a PDF page read for what they are: a backdrop the size of the page is not a
table's frame, a row of cards is read card by card, and a sentence whose word spaces line up
with a table's column does not make that column a gutter of the page."""

from __future__ import annotations

from extractors import Claim, extract, read
from tests.extractors.documents import pdf

_HEAD = "<h1>Jane Doe</h1><p>jane@example.com</p>"
_CFA = "https://www.credly.com/badges/5b0f7c2e-8a4d-4c1e-9f63-2d7e1a9b4c08/public_url"
_CQF = "https://www.credential.net/7d9e2c41-0b6a-4f3e-8c25-61a0f4d9e7b3"
_ACA = "https://www.credly.com/badges/0e4a9d27-3c5b-4f18-a7d2-9b6c1e0f3a54/public_url"


def _by_title(data: bytes) -> dict[str, Claim]:
    return {claim.title: claim for claim in extract(data, "cv.pdf").claims}


def _link(url: str) -> str:
    return f"<a href='{url}'>{url.split('/')[2]}</a>" if url else "—"


def _fields(claims: dict[str, Claim]) -> dict[str | None, tuple[str | None, ...]]:
    """Each claim's fields under its issuer (the titles are the catalog's, which may change)."""
    return {c.issuer: (c.credential_id, c.issued_on, c.url) for c in claims.values()}


def test_a_table_on_a_page_painted_as_one_box_is_read_row_by_row() -> None:
    # The page's background is painted as one filled rectangle; the table has shaded header
    # cells and rules under its rows but no rules between its columns.
    rows = [
        ("Chartered Financial Analyst (CFA)", "CFA Institute", "Aug 2019", "219874", _CFA),
        ("Chartered Accountant (ACA)", "ICAEW", "Feb 2015", "ICAEW-8837215", ""),
        ("Certificate in Quantitative Finance (CQF)", "Fitch Learning", "Jan 2021", "—", _CQF),
    ]
    cells = "".join(
        f"<tr><td>{title}</td><td>{issuer}</td><td>{when}</td><td>No expiry</td><td>{number}</td>"
        f"<td>{_link(url)}</td></tr>"
        for title, issuer, when, number, url in rows
    )
    body = (
        _HEAD
        + "<h2>Summary</h2><p>Risk manager with eleven years across fixed income and funds.</p>"
        + "<h2>Certifications</h2><table><tr><th>Credential</th><th>Issuer</th><th>Issued</th>"
        + f"<th>Expires</th><th>Credential ID</th><th>Link</th></tr>{cells}</table>"
        + "<h2>Experience</h2><p>Analyst, Globex (2014 – 2019)</p>"
    )
    css = (
        "html { background: #fff; } body { margin: 0; }"
        " table { border-collapse: collapse; width: 100%; }"
        " th { background: #0b7a75; color: #fff; text-align: left; padding: 4pt; }"
        " td { border-bottom: 0.75pt solid #ccc; padding: 4pt; vertical-align: top; }"
        " td:first-child { width: 25%; }"
    )

    claims = _by_title(pdf(body, css))

    assert len(claims) == 3
    assert _fields(claims) == {
        "CFA Institute": ("219874", "2019-08", _CFA),
        "ICAEW": ("ICAEW-8837215", "2015-02", None),
        "Fitch Learning": (None, "2021-01", _CQF),
    }


def _card(title: str, issuer: str, issued: str, number: str, url: str) -> str:
    number_line = f"<p class='id'>ID: {number}</p>" if number else ""
    button = f"<a class='verify' href='{url}'>Verify</a>" if url else ""
    return (
        f"<div class='card'><p class='title'>{title}</p><p>{issuer}</p>"
        f"<p class='when'>Issued {issued}</p>{number_line}{button}</div>"
    )


def test_a_row_of_cards_of_one_height_is_read_card_by_card_not_as_a_table() -> None:
    # Three rounded cards in a row, stretched to one height: their titles, issuers and dates
    # line up across the page like a table's rows, and the first card's "Verify" button sits
    # lower than any line of the others.
    cards = [
        _card("Chartered Financial Analyst (CFA)", "CFA Institute", "Aug 2019", "219874", _CFA),
        _card("Chartered Accountant (ACA)", "ICAEW", "Feb 2015", "ICAEW-8837215", ""),
        _card("Certificate in Quantitative Finance (CQF)", "Fitch Learning", "Jan 2021", "", _CQF),
    ]
    body = (
        _HEAD
        + "<h2>Verified credentials</h2><div class='row'>"
        + "".join(cards)
        + "</div><h2>Experience</h2><p>Analyst, Globex (2014 – 2019)</p>"
    )
    css = (
        ".row { display: flex; gap: 8pt; } .card { flex: 1; border: 0.75pt solid #ccd;"
        " border-radius: 5pt; background: #f7f9fc; padding: 7pt; font-size: 9pt; }"
        " .title { font-weight: bold; } .when { color: #666; } .id { font-size: 7pt; }"
        " .verify { display: inline-block; margin-top: 6pt; padding: 2pt 9pt; color: #fff;"
        " background: #3b5b92; border-radius: 8pt; font-weight: bold; text-decoration: none; }"
    )

    claims = _by_title(pdf(body, css))

    assert len(claims) == 3
    assert _fields(claims) == {
        "CFA Institute": ("219874", "2019-08", _CFA),
        "ICAEW": ("ICAEW-8837215", "2015-02", None),
        "Fitch Learning": (None, "2021-01", _CQF),
    }


def test_a_column_under_a_sentence_whose_word_space_meets_it_is_the_tables_own() -> None:
    # A table without rules under a sentence set in a fixed-pitch type: one of the sentence's
    # word spaces falls just where the Link column starts, so no word runs over that edge;
    # the sentence does, and the column is the table's, not a page column beside it.
    pitch = 10 * 0.602  # DejaVu Sans Mono's advance at 10 points
    space_at = 61
    sentence = "Risk manager with eleven years across fixed income and funds, leads a team of 6."
    assert sentence[space_at] == " " and len(sentence) <= 80
    widths = [150.0, 80.0, 60.0, pitch * space_at + 5.5 - 290.0]
    rows = [
        ("Chartered Financial Analyst (CFA)", "CFA Institute", "Aug 2019", "219874", _CFA),
        ("Chartered Accountant (ACA)", "ICAEW", "Feb 2015", "ICAEW-8837215", _ACA),
        ("Certificate in Quantitative Finance (CQF)", "Fitch Learning", "Jan 2021", "—", _CQF),
    ]
    cells = "".join(
        f"<tr><td>{title}</td><td>{issuer}</td><td>{when}</td><td>{number}</td>"
        f"<td>{_link(url)}</td></tr>"
        for title, issuer, when, number, url in rows
    )
    columns = "".join(f"<col style='width: {width}pt'>" for width in widths)
    body = (
        _HEAD
        + f"<h2>Summary</h2><p class='mono'>{sentence}</p>"
        + f"<h2>Certifications</h2><table>{columns}<col><tr><th>Credential</th><th>Issuer</th>"
        + f"<th>Issued</th><th>Credential ID</th><th>Link</th></tr>{cells}</table>"
        + "<h2>Experience</h2><p>Analyst, Globex (2014 – 2019)</p><p>Owned the pack.</p>"
    )
    css = (
        "body { margin: 0; } .mono { font-family: 'DejaVu Sans Mono', monospace; }"
        " table { table-layout: fixed; width: 100%; border-spacing: 0; }"
        " td, th { padding: 0 0 6pt 0; text-align: left; vertical-align: top; }"
    )

    claims = _by_title(pdf(body, css))

    assert len(claims) == 3
    assert _fields(claims) == {
        "CFA Institute": ("219874", "2019-08", _CFA),
        "ICAEW": ("ICAEW-8837215", "2015-02", _ACA),
        "Fitch Learning": (None, "2021-01", _CQF),
    }


def _flush(left: str, right: str) -> str:
    return f"<div class='row'><span>{left}</span><span>{right}</span></div>"


def test_places_and_dates_set_flush_right_on_entries_lines_stay_on_those_lines() -> None:
    # A LaTeX-style page: each entry's first line ends, flush right, with its place or its
    # dates; the short lines under the entries leave a gutter down the page before that edge.
    education = _flush("<b>University of Leeds</b>", "Leeds, UK") + _flush(
        "<i>Bachelor of Science in Mathematics</i>", "<i>Sept. 2010 -- June 2014</i>"
    )
    experience = (
        _flush("<b>Senior Security Engineer</b>", "March 2019 -- Present")
        + _flush("<i>Northwind Payments</i>", "<i>Hamburg, Germany</i>")
        + "<ul><li>Cut mean time to detect from nine hours to forty minutes.</li></ul>"
    )
    certifications = (
        _flush("<b>Certified Information Systems Security Professional (CISSP)</b> | ISC2",
               "May 2020 -- May 2026")
        + "<p class='sub'>ID 785421</p>"
        + _flush("<b>CompTIA Security+</b> | CompTIA", "Nov. 2017 -- Nov. 2023")
        + "<p class='sub'>ID COMP001022334455</p>"
        + _flush("<b>Certified Information Security Manager (CISM)</b> | ISACA", "March 2021")
        + "<p class='sub'>ID 211893457</p>"
    )  # fmt: skip
    body = (
        _HEAD
        + f"<h2>Education</h2>{education}<h2>Experience</h2>{experience}"
        + f"<h2>Certifications</h2>{certifications}"
        + "<h2>Skills</h2><p>Tools: Splunk, Terraform, Python</p>"
    )
    css = (
        ".row { display: flex; justify-content: space-between; gap: 12pt; font-size: 9pt; }"
        " .sub { margin-left: 6pt; }"
        " ul { margin: 0; }"
    )

    data = pdf(body, css)

    lines = [line.text for page in read(data, "cv.pdf").pages for line in page.lines]
    assert "Senior Security Engineer\tMarch 2019 -- Present" in lines
    assert "Northwind Payments\tHamburg, Germany" in lines
    claims = _by_title(data)
    assert {c.issuer: (c.credential_id, c.issued_on, c.expires_on) for c in claims.values()} == {
        "ISC2": ("785421", "2020-05", "2026-05"),
        "CompTIA": ("COMP001022334455", "2017-11", "2023-11"),
        "ISACA": ("211893457", "2021-03", None),
    }


def test_a_heading_and_a_row_label_in_a_column_of_dates_keep_the_entries_beside_them() -> None:
    # A CV laid out as a table without rules: dates in a narrow left column, each entry's
    # lines (title, issuer, number, link) on the right; then the next section's heading and
    # its row's label ("IT") stand in the left column too.
    entries = [
        ("04.2023 – 04.2026", "AWS Certified Solutions Architect – Professional",
         "Amazon Web Services", "Q9R2T7XKDL"),
        ("10.2021 – 10.2024", "Certified Kubernetes Administrator (CKA)",
         "The Linux Foundation", "LF-8x0b9q3w1d"),
        ("06.2022 – 06.2024", "Google Cloud Professional Cloud Architect", "Google Cloud",
         "GCP-5521"),
    ]  # fmt: skip
    cells = "".join(
        f"<div>{when}</div><div><p><b>{title}</b></p><p>{issuer}</p>"
        f"<p>Certificate no. {number}</p><p>https://badges.example.org/{number.lower()}</p></div>"
        for when, title, issuer, number in entries
    )
    body = (
        _HEAD
        + "<h2>Further training and certificates</h2>"
        + f"<div class='cv'>{cells}<div><h2>Skills</h2></div><div></div>"
        + "<div>IT</div><div><b>Kubernetes, Terraform, AWS, GCP, Go</b></div></div>"
        + "<h2>Profile</h2><p>Platform architect running Kubernetes at scale for retail.</p>"
    )
    css = (
        ".cv { display: grid; grid-template-columns: 110pt 1fr; row-gap: 8pt; }"
        " .cv p { margin: 0 0 6pt 0; }"
    )

    claims = _by_title(pdf(body, css))

    assert {c.issuer: (c.credential_id, c.issued_on, c.expires_on) for c in claims.values()} == {
        "Amazon Web Services": ("Q9R2T7XKDL", "2023-04", "2026-04"),
        "The Linux Foundation": ("LF-8x0b9q3w1d", "2021-10", "2024-10"),
        "Google Cloud": ("GCP-5521", "2022-06", "2024-06"),
    }
