"""Certification tables as real renderers print them, read as a recruiter reads them: Chromium's
default table (cells centred on their row, labels centred and wrapped), a pandoc Markdown table
printed by Chromium, and a Word table printed by LibreOffice (words too long for a cell broken
at its edge)."""

from __future__ import annotations

import io
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pdfplumber
import pytest
from playwright.sync_api import Page, sync_playwright

from extractors import Claim, extract

CHROMIUM = Path("/usr/bin/chromium")
BADGE = "https://www.credly.com/badges/0e4a9d27-3c5b-4f18-a7d2-9b6c1e0f3a54/public_url"
OTHER = "https://www.credly.com/badges/a71c3e05-92d4-4b6e-8f10-3d5e7c9a2b61/public_url"
ROWS = [
    ("Certified Information Systems Security Professional (CISSP)", "ISC2", "May 2020",
     "May 2026", "785421", BADGE, "Verify"),
    ("AWS Certified Security – Specialty", "Amazon Web Services", "Sep 2022", "—",
     "AWS-SCS-4471190-XK", OTHER, "www.credly.com"),
    ("PMP", "Project Management Institute", "2019", "No expiry", "n/a", "", ""),
]  # fmt: skip


@pytest.fixture(scope="module")
def page() -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        yield browser.new_page()
        browser.close()


def _printed(page: Page, html: str) -> bytes:
    page.set_content(html, wait_until="load")
    return page.pdf(format="A4")


def _html_table(header: list[str]) -> str:
    cells = "".join(
        f"<tr><td>{title}</td><td>{issuer}</td><td>{issued}</td><td>{expires}</td><td>{number}"
        "</td><td>" + (f"<a href='{url}'>{text}</a>" if url else "") + "</td></tr>"
        for title, issuer, issued, expires, number, url, text in ROWS
    )
    return (
        "<html><body style='font-family: DejaVu Sans; font-size: 10pt'><h1>Marcus Feldmann</h1>"
        "<p>m.feldmann@example.org</p><h2>Certifications</h2><table style='width: 100%'><tr>"
        + "".join(f"<th>{label}</th>" for label in header)
        + f"</tr>{cells}</table><h2>Skills</h2><p>Python, Splunk</p></body></html>"
    )


def _as_listed(claims: list[Claim]) -> list[tuple[str | None, ...]]:
    return [
        (claim.catalog_id, claim.issuer, claim.credential_id, claim.issued_on, claim.expires_on,
         claim.url)
        for claim in claims
    ]  # fmt: skip


EXPECTED = [
    ("cissp", "ISC2", "785421", "2020-05", "2026-05", BADGE),
    ("aws-security-specialty", "Amazon Web Services", "AWS-SCS-4471190-XK", "2022-09", None, OTHER),
    ("pmp", "Project Management Institute", None, "2019", None, None),
]


def test_a_browsers_default_table_with_centred_cells_and_wrapped_labels(page: Page) -> None:
    header = ["Certification", "Awarded by", "Obtained", "Valid until", "Licence No.", "Verify"]
    data = _printed(page, _html_table(header))

    assert _as_listed(extract(data, "resume.pdf").claims) == EXPECTED


def test_a_pandoc_markdown_table_printed_by_a_browser(page: Page) -> None:
    markdown = (
        "# Marcus Feldmann\n\nm.feldmann@example.org\n\n## Certifications\n\n"
        "| Credential | Issuer | Issued | Expires | Credential ID | Link |\n"
        "|---|---|---|---|---|---|\n"
        + "".join(
            f"| {title} | {issuer} | {issued} | {expires} | {number} | "
            + (f"[{text}]({url})" if url else "")
            + " |\n"
            for title, issuer, issued, expires, number, url, text in ROWS
        )
        + "\n## Skills\n\nPython, Splunk\n"
    )
    html = subprocess.run(
        ["pandoc", "--from", "markdown", "--to", "html5", "--standalone",
         "--metadata", "title=Résumé"],
        input=markdown.encode(), capture_output=True, check=True, timeout=120,
    ).stdout.decode()  # fmt: skip

    assert _as_listed(extract(_printed(page, html), "resume.pdf").claims) == EXPECTED


def test_a_word_table_printed_by_libreoffice_joins_words_broken_at_a_cell_edge() -> None:
    document = docx.Document()
    document.add_paragraph("Marcus Feldmann")
    document.add_paragraph("m.feldmann@example.org")
    document.add_heading("Certifications", 2)
    table = document.add_table(rows=1 + len(ROWS), cols=5)
    table.style = "Table Grid"
    header = ["Credential", "Issuer", "Issued", "Expires", "Credential ID"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row, values in zip(table.rows[1:], ROWS, strict=True):
        for cell, text in zip(row.cells, values[:5], strict=True):
            cell.text = text
    for row in table.rows:  # a narrow title column: "Information" does not fit in it
        row.cells[0].width = docx.shared.Cm(2.0)
    buffer = io.BytesIO()
    document.save(buffer)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "resume.docx"
        source.write_bytes(buffer.getvalue())
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{folder}/profile", "--headless",
             "--norestore", "--convert-to", "pdf", "--outdir", folder, str(source)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        data = (Path(folder) / "resume.pdf").read_bytes()

    claims = extract(data, "resume.pdf").claims

    assert claims[0].title.startswith("Certified Information Systems")
    assert [row[:5] for row in _as_listed(claims)] == [row[:5] for row in EXPECTED]


def test_a_table_that_goes_on_over_a_page_repeats_its_centred_header_there(page: Page) -> None:
    header = "".join(
        f"<th>{label}</th>"
        for label in ["Credential", "Issuer", "Issued", "Expires", "Credential ID", "Link"]
    )
    rows = "".join(
        f"<tr style='break-inside: avoid'><td>{title}</td><td>{issuer}</td><td>{issued}</td>"
        f"<td>{expires}</td><td>{number}</td><td>"
        + (f"<a href='{url}'>{text}</a>" if url else "")
        + "</td></tr>"
        for title, issuer, issued, expires, number, url, text in ROWS
    )
    html = (
        "<html><body style='font-family: DejaVu Sans; font-size: 10pt'><h1>Marcus Feldmann</h1>"
        "<p>m.feldmann@example.org</p><div style='height: 225mm'></div><h2>Certifications</h2>"
        f"<table style='width: 100%'><thead><tr>{header}</tr></thead><tbody>{rows}</tbody>"
        "</table><h2>Skills</h2><p>Python, Splunk</p></body></html>"
    )
    data = _printed(page, html)

    assert _as_listed(extract(data, "resume.pdf").claims) == EXPECTED


def test_a_row_a_page_break_cuts_in_two_is_read_as_one(page: Page) -> None:
    rows = "".join(
        f"<tr><td>{title}</td><td>{issuer}</td><td>{issued}</td><td>{number}</td></tr>"
        for title, issuer, issued, number in [
            ("Certified Information Systems Security Professional (CISSP)", "ISC2", "May 2020",
             "785421"),
            ("Databricks Certified Data Engineer Associate", "Databricks", "Aug 2023", "DB-88213"),
        ]
    )  # fmt: skip
    html = (
        "<html><body style='font-family: DejaVu Sans; font-size: 10pt'><h1>Marcus Feldmann</h1>"
        "<p>m.feldmann@example.org</p><div style='height: 206mm'></div><h2>Certifications</h2>"
        "<table style='width: 100%'><thead><tr><th style='width: 18%'>Credential</th>"
        "<th>Issuer</th><th>Issued</th><th>Credential ID</th></tr></thead>"
        f"<tbody>{rows}</tbody></table><h2>Skills</h2><p>Python, Splunk</p></body></html>"
    )
    data = _printed(page, html)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        first, second = (page.extract_text() for page in pdf.pages)
    assert "Databricks" in first and "Associate" in second  # the break falls inside the row

    claims = extract(data, "resume.pdf").claims

    assert [(claim.catalog_id, claim.credential_id, claim.issued_on) for claim in claims] == [
        ("cissp", "785421", "2020-05"),
        ("databricks-data-engineer-associate", "DB-88213", "2023-08"),
    ]
    assert claims[1].title == "Databricks Certified Data Engineer Associate"


def test_a_sidebar_beside_a_table_is_a_column_of_the_page_not_of_the_table(page: Page) -> None:
    cells = "".join(
        f"<tr><td>{title}</td><td>{issuer}</td><td>{issued}</td><td>{expires}</td>"
        f"<td>{number}</td></tr>"
        for title, issuer, issued, expires, number, _, _ in ROWS
    )
    sidebar = "".join(
        f"<p>{item}</p>"
        for item in ["Skills", "Python", "Splunk", "Kubernetes", "Go", "Languages", "German"]
    )
    html = (
        "<html><body style='font-family: DejaVu Sans; font-size: 10pt; margin: 0'>"
        "<div style='display: flex'><div style='width: 28%; padding: 10px'>"
        f"<h1>Marcus Feldmann</h1><p>m.feldmann@example.org</p>{sidebar}</div>"
        "<div style='width: 72%; padding: 10px'><h2>Experience</h2><p>Security engineer at"
        " Acme, 2018 – now.</p><h2>Certifications</h2><table style='width: 100%'><tr>"
        "<th>Credential</th><th>Issuer</th><th>Issued</th><th>Expires</th><th>ID</th></tr>"
        f"{cells}</table></div></div></body></html>"
    )
    extraction = extract(_printed(page, html), "resume.pdf")

    assert [row[:5] for row in _as_listed(extraction.claims)] == [row[:5] for row in EXPECTED]
    assert {"Python", "Splunk", "Kubernetes"} <= set(extraction.skills)
