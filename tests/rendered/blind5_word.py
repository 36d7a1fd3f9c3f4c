"""The "blind-5" Word résumés, written with python-docx.

* ``blind5_word_ats``: the single-column "ATS-friendly" Word résumé, saved as PDF (LibreOffice
  prints it): capitalised headings, a bulleted "Licenses & Certifications" list whose entries run
  "Title — Issuer · Issued May 2023 · Expires May 2026", then on a new line in the same bullet
  "Credential ID …  ·  Verify: <the URL as text>".
* ``blind5_word_table``: a Word résumé kept as DOCX, as a recruiter downloads it: a borderless
  header table (name left, contact right), and a certifications table with a header row —
  Certification | Issued by | Valid | Credential — whose last cell holds the ID and a "Verify"
  hyperlink (the URL only in the link's target), and dates written "05.2023 – 05.2026".

Written by an author who never read the extractor.
"""

from __future__ import annotations

from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

from tests.extractors.documents import add_hyperlink
from tests.rendered.contents import Content, Credential
from tests.rendered.docx_layouts import docx_bytes
from tests.rendered.layout import display_name, month

_ACCENT = RGBColor(0x1F, 0x4E, 0x79)


def _document(font: str) -> Any:
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(10)
    for section in document.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2)
        section.top_margin = section.bottom_margin = Cm(1.7)
    return document


def _heading(document: Any, title: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(10)
    paragraph.paragraph_format.space_after = Pt(3)
    run = paragraph.add_run(title.upper())
    run.bold = True
    run.font.size = Pt(11)
    run.font.color.rgb = _ACCENT


def _full_span(held: Credential) -> str:
    issued = f"Issued {month(held.issued_on, 'full')}"
    return f"{issued} · Expires {month(held.expires_on, 'full')}" if held.expires_on else issued


def blind5_word_ats(content: Content) -> bytes:
    """The single-column Word résumé ATS guides recommend, to be saved as PDF."""
    document = _document("Aptos")
    name = document.add_paragraph()
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = name.add_run(display_name(content))
    run.bold = True
    run.font.size = Pt(20)
    headline = document.add_paragraph(content.headline)
    headline.alignment = WD_ALIGN_PARAGRAPH.CENTER
    contact = [content.location, content.phone, content.email]
    contact.extend(f"{text}: {url}" for text, url in content.contact_links)
    line = document.add_paragraph(" | ".join(contact))
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _heading(document, "Professional summary")
    document.add_paragraph(content.summary)
    _heading(document, "Work experience")
    job = document.add_paragraph()
    job.add_run(content.role).bold = True
    job.add_run(f", {content.employer}\tMarch 2021 – Present")
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    _heading(document, "Licenses & certifications")
    for held in content.credentials:
        entry = document.add_paragraph(style="List Bullet")
        entry.add_run(held.title).bold = True
        entry.add_run(f" — {held.issuer} · {_full_span(held)}")
        extra = []
        if held.credential_id:
            extra.append(f"Credential ID {held.credential_id}")
        if held.url:
            extra.append(f"Verify: {held.url}")
        if extra:
            entry.add_run().add_break(WD_BREAK.LINE)
            entry.add_run("  ·  ".join(extra)).font.size = Pt(9)
    for negative in content.section_negatives:
        document.add_paragraph(negative, style="List Bullet")
    _heading(document, "Skills")
    document.add_paragraph(" • ".join(content.skills))
    return docx_bytes(document)


def _hyperlink(paragraph: Any, url: str, text: str) -> None:
    """A Word hyperlink: the text shown, the URL only in the relationship it points to."""
    add_hyperlink(paragraph, url, text, "1F4E79", underline=True, preserve=False)


def _dotted(value: str | None) -> str:
    if not value:
        return ""
    year, number = value.split("-")
    return f"{number}.{year}"


def _cell_text(cell: Any, text: str, *, bold: bool = False, size: float = 9.5) -> Any:
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    return paragraph


def _header(document: Any, content: Content) -> None:
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    _cell_text(left, display_name(content), bold=True, size=18)
    left.add_paragraph(content.headline)
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _cell_text(right, content.email)
    for line in (content.phone, content.location):
        right.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for text, url in content.contact_links:
        paragraph = right.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _hyperlink(paragraph, url, text)


def _cert_table(document: Any, credentials: tuple[Credential, ...]) -> None:
    table = document.add_table(rows=1, cols=4)
    table.style = "Light List Accent 1"
    for cell, title in zip(
        table.rows[0].cells, ("Certification", "Issued by", "Valid", "Credential"), strict=True
    ):
        _cell_text(cell, title, bold=True)
    for held in credentials:
        title, issuer, valid, credential = table.add_row().cells
        _cell_text(title, held.title, bold=True)
        _cell_text(issuer, held.issuer)
        dates = _dotted(held.issued_on)
        if held.expires_on:
            dates = f"{dates} – {_dotted(held.expires_on)}"
        _cell_text(valid, dates)
        first = _cell_text(credential, held.credential_id or "", size=9)
        if held.url:
            target = credential.add_paragraph() if held.credential_id else first
            _hyperlink(target, held.url, "Verify")
    for row in table.rows:
        for cell, width in zip(row.cells, (Cm(6.6), Cm(4), Cm(3.4), Cm(3)), strict=True):
            cell.width = width


def blind5_word_table(content: Content) -> bytes:
    """A Word résumé kept as DOCX: header table, and the certifications as a table."""
    document = _document("Aptos")
    _header(document, content)
    _heading(document, "Profile")
    document.add_paragraph(content.summary)
    _heading(document, "Experience")
    job = document.add_paragraph()
    job.add_run(f"{content.role} — {content.employer}").bold = True
    job.add_run("   03.2021 – today")
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    _heading(document, "Certifications")
    _cert_table(document, content.credentials)
    for negative in content.section_negatives:
        note = document.add_paragraph()
        note.paragraph_format.space_before = Pt(4)
        note.add_run(negative).italic = True
    _heading(document, "Skills")
    document.add_paragraph(", ".join(content.skills))
    return docx_bytes(document)
