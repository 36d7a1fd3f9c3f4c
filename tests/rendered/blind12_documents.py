"""Blind-12's Word résumés (python-docx) and its text, and the list of its six layouts.

``blind12_indian_docx`` is a CV in the format common in India, printed to PDF by LibreOffice:
"CURRICULUM VITAE" centred, the name and contact lines, "Career Objective:-", "Professional
Experience:-", then "Certifications:-" as a numbered list where each entry runs on one line
("Title – Issuer (Cert. No.: …) | Issued: 03.2021 | Valid till: 03.2027 | Verify: <address>"),
"Pursuing:-", a "Personal Details:-" table (father's name, date of birth, nationality,
languages known, marital status), and a "Declaration:-" with Place and Date. ``blind12_licence_
table`` is a trades-and-health résumé kept as DOCX whose credentials are a Word table
"Licence / Certificate | Jurisdiction / Issuer | Number | Issued | Expires", each row with a
"Verify" hyperlink under the title when there is one, and the pending ones in a note below.
``blind12_plain_text`` is a Markdown résumé whose credentials are a grid table (title, issuer,
dates, ID) with the badges' addresses listed after it by short name ("- CCSP: <https://…>"), as
a recruiter's system flattens it to text (pandoc's plain writer at 72 columns).
"""

from __future__ import annotations

import subprocess
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from tests.rendered.blind5_word import _hyperlink as hyperlink
from tests.rendered.blind12_pages import blind12_citations, blind12_infographic, blind12_two_page
from tests.rendered.contents import Content, Credential
from tests.rendered.docx_layouts import docx_bytes, word_page
from tests.rendered.layout import ALL_FIELDS, Layout, display_name, month


def _base(font: str, size: float) -> Any:
    return word_page(font, size, side=2, top=1.6, space_after=2)


# -- an Indian-format CV -----------------------------------------------------------------------


def _indian_heading(document: Any, text: str) -> None:
    run = document.add_paragraph().add_run(f"{text}:-")
    run.bold, run.underline, run.font.size = True, True, Pt(11)


def _indian_line(index: int, held: Credential) -> str:
    line = f"{index}. {held.title} – {held.issuer}"
    if held.credential_id:
        line += f" (Cert. No.: {held.credential_id})"
    if held.issued_on:
        line += f" | Issued: {month(held.issued_on, 'dot')}"
    if held.expires_on:
        line += f" | Valid till: {month(held.expires_on, 'dot')}"
    if held.url:
        line += f" | Verify: {held.url}"
    return line


def blind12_indian_docx(content: Content) -> bytes:
    document = _base("Liberation Serif", 10.5)
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("CURRICULUM VITAE")
    run.bold, run.underline, run.font.size = True, True, Pt(14)
    document.add_paragraph().add_run(display_name(content).upper()).bold = True
    document.add_paragraph(f"Mobile No.: {content.phone}")
    document.add_paragraph(f"E-mail ID: {content.email}")
    for text, url in content.contact_links:
        document.add_paragraph(f"{text}: {url}")
    document.add_paragraph(f"Address: {content.location}")
    _indian_heading(document, "Career Objective")
    document.add_paragraph(
        f"To work as {content.headline} in a reputed organisation where I can use my skills "
        "and grow along with the organisation."
    )
    _indian_heading(document, "Profile Summary")
    document.add_paragraph(content.summary)
    _indian_heading(document, "Professional Experience")
    document.add_paragraph(f"Organisation: {content.employer}")
    document.add_paragraph(f"Designation: {content.role}")
    document.add_paragraph("Duration: Jan 2020 to till date")
    document.add_paragraph("Roles & Responsibilities:")
    for bullet in content.bullets:
        document.add_paragraph(f"➢ {bullet}")
    _indian_heading(document, "Certifications")
    for index, held in enumerate(content.credentials, 1):
        document.add_paragraph(_indian_line(index, held))
    _indian_heading(document, "Pursuing")
    for text in content.section_negatives:
        document.add_paragraph(f"➢ {text}")
    _indian_heading(document, "Technical Skills")
    document.add_paragraph(", ".join(content.skills))
    _indian_heading(document, "Personal Details")
    surname = content.name.split()[-1]
    rows = (("Father's Name", f"Mr. R. {surname}"), ("Date of Birth", "14-08-1990"),
            ("Nationality", "As per passport"), ("Languages Known", "English and others"),
            ("Marital Status", "Married"))  # fmt: skip
    table = document.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for cells, (field, value) in zip(table.rows, rows, strict=True):
        cells.cells[0].text, cells.cells[1].text, cells.cells[2].text = field, ":", value
    _indian_heading(document, "Declaration")
    document.add_paragraph(
        "I hereby declare that the information furnished above is true to the best of my "
        "knowledge and belief."
    )
    city = content.location.split(",")[0]
    document.add_paragraph(f"Place: {city}\t\t\t\t\t\t({content.name})")
    document.add_paragraph("Date:")
    return docx_bytes(document)


# -- a licences table kept as DOCX -------------------------------------------------------------

_LICENCE_HEADER = ("Licence / Certificate", "Jurisdiction / Issuer", "Number", "Issued",
                   "Expires")  # fmt: skip


def blind12_licence_table(content: Content) -> bytes:
    document = _base("Calibri", 10)
    name = document.add_paragraph().add_run(display_name(content))
    name.bold, name.font.size = True, Pt(20)
    head = document.add_paragraph().add_run(content.headline)
    head.font.color.rgb = RGBColor(0x8A, 0x3B, 0x12)
    document.add_paragraph(f"{content.location}  •  {content.phone}  •  {content.email}")
    if content.contact_links:
        links = document.add_paragraph()
        for text, url in content.contact_links:
            hyperlink(links, url, text)
    document.add_heading("Profile", level=2)
    document.add_paragraph(content.summary)
    document.add_heading("Licences & Tickets", level=2)
    table = document.add_table(rows=len(content.credentials) + 1, cols=len(_LICENCE_HEADER))
    table.style = "Light Grid Accent 2"
    for cell, text in zip(table.rows[0].cells, _LICENCE_HEADER, strict=True):
        cell.text = text
    for row, held in zip(table.rows[1:], content.credentials, strict=True):
        cells = row.cells
        cells[0].text = held.title
        if held.url:
            hyperlink(cells[0].add_paragraph(), held.url, "Verify")
        cells[1].text = held.issuer
        cells[2].text = held.credential_id or "–"
        cells[3].text = month(held.issued_on, "slash") or "–"
        cells[4].text = month(held.expires_on, "slash") or "N/A"
    note = document.add_paragraph()
    note.add_run("Not yet held: ").italic = True
    note.add_run("; ".join(content.section_negatives)).italic = True
    document.add_heading("Experience", level=2)
    document.add_paragraph().add_run(f"{content.role} — {content.employer}").bold = True
    document.add_paragraph("January 2020 – present")
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    document.add_heading("Skills", level=2)
    document.add_paragraph(" | ".join(content.skills))
    return docx_bytes(document)


# -- a Markdown résumé flattened to text by pandoc ---------------------------------------------


def _grid_cell(text: str) -> str:
    return text.replace("|", "/")


def _grid(rows: list[tuple[str, ...]], widths: tuple[int, ...]) -> str:
    rule = "+" + "+".join("-" * (width + 2) for width in widths) + "+"
    head = "+" + "+".join("=" * (width + 2) for width in widths) + "+"
    lines = [rule]
    for index, row in enumerate(rows):
        wrapped = [_wrap(cell, width) for cell, width in zip(row, widths, strict=True)]
        for line in range(max(len(cell) for cell in wrapped)):
            parts = [(cell[line] if line < len(cell) else "").ljust(width)
                     for cell, width in zip(wrapped, widths, strict=True)]  # fmt: skip
            lines.append("| " + " | ".join(parts) + " |")
        lines.append(head if index == 0 else rule)
    return "\n".join(lines)


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        while len(word) > width:
            lines.append(word[:width])
            word = word[width:]
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _plain_markdown(content: Content) -> str:
    rows: list[tuple[str, ...]] = [("Certification", "Issued by", "Dates", "Credential ID")]
    for held in content.credentials:
        dates = month(held.issued_on, "mon")
        if held.expires_on:
            dates += f" to {month(held.expires_on, 'mon')}"
        ident = held.credential_id or "-"
        rows.append((_grid_cell(held.title), _grid_cell(held.issuer), dates, ident))
    verify = "\n".join(f"- {held.short}: <{held.url}>" for held in content.credentials if held.url)
    said = f"{content.location} · {content.phone} · {content.email}"
    links = [f"{text}: <{url}>" for text, url in content.contact_links]
    header = "\\\n".join([content.headline, said, *links])
    bullets = "\n".join(f"- {bullet}" for bullet in content.bullets)
    pending = "\n".join(f"- {text}" for text in content.section_negatives)
    return f"""# {display_name(content)}

{header}

## Summary

{content.summary}

## Certifications

{_grid(rows, (20, 12, 9, 18))}

Verify online:

{verify or "- (no online badges)"}

## Working towards

{pending}

## Experience

**{content.role}**, {content.employer} (2020 to date)

{bullets}

## Skills

{", ".join(content.skills)}
"""


def blind12_plain_text(content: Content) -> str:
    done = subprocess.run(
        ["pandoc", "--from", "markdown", "--to", "plain", "--columns", "72"],
        input=_plain_markdown(content).encode(),
        check=True,
        timeout=120,
        capture_output=True,
    )
    return done.stdout.decode()


BLIND12_LAYOUTS: tuple[Layout, ...] = tuple(
    Layout(key, renderer, build, ALL_FIELDS, held_out=True, group="blind-12")
    for key, renderer, build in (
        ("blind12-infographic", "chromium", blind12_infographic),
        ("blind12-citations", "chromium", blind12_citations),
        ("blind12-two-page", "chromium", blind12_two_page),
        ("blind12-indian-pdf", "libreoffice", blind12_indian_docx),
        ("blind12-licence-table-docx", "python-docx", blind12_licence_table),
        ("blind12-plain-text", "text", blind12_plain_text),
    )
)
