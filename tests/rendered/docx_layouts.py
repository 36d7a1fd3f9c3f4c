"""The DOCX layouts (python-docx, some printed by LibreOffice) and the Markdown ones (pandoc)."""

from __future__ import annotations

import io
from typing import Any

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from tests.extractors.documents import add_hyperlink
from tests.rendered.contents import Content
from tests.rendered.layout import display_name, month, span


def _hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    add_hyperlink(paragraph, url, text, colour="1A56B0")


def _docx_start(content: Content, *, in_header: bool = False) -> Any:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "DejaVu Sans"
    style.font.size = Pt(9.5)
    for section in document.sections:
        section.left_margin = section.right_margin = Cm(1.8)
        section.top_margin = section.bottom_margin = Cm(1.6)
    contact = " | ".join([content.headline, content.location, content.email, content.phone])
    if in_header:
        header = document.sections[0].header
        name = header.paragraphs[0]
        run = name.add_run(display_name(content))
        run.bold = True
        run.font.size = Pt(16)
        header.add_paragraph(contact)
        footer = document.sections[0].footer
        footer.paragraphs[0].text = f"{content.name} – Résumé – {content.email}"
    else:
        document.add_paragraph(display_name(content), style="Title")
        line = document.add_paragraph(contact)
        for text, url in content.contact_links:
            line.add_run(" | ")
            _hyperlink(line, url, text)
    return document


def _docx_history(document: Any, content: Content) -> None:
    document.add_heading("Summary", level=1)
    document.add_paragraph(content.summary)
    document.add_heading("Experience", level=1)
    document.add_paragraph(f"{content.role}, {content.employer} (2019 – present)").runs[
        0
    ].bold = True
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")


def _docx_tail(document: Any, content: Content) -> None:
    for line in content.section_negatives:
        document.add_paragraph(line)
    document.add_heading("Skills", level=1)
    document.add_paragraph(", ".join(content.skills))


def docx_bytes(document: Any) -> bytes:
    """A python-docx document's file."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def word_page(
    font: str,
    size: float,
    *,
    side: float,
    space_after: float,
    top: float | None = None,
    width: float = 21.0,
    height: float = 29.7,
) -> Any:
    """An empty python-docx document: its page (centimetres; A4 unless told), side margins,
    top and bottom margins when given, and its Normal style's font and space after (points)."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(width), Cm(height)
    section.left_margin = section.right_margin = Cm(side)
    if top is not None:
        section.top_margin = section.bottom_margin = Cm(top)
    normal = document.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    normal.paragraph_format.space_after = Pt(space_after)
    return document


def docx_table(content: Content) -> bytes:
    """A Word table: Certification | Issuing body | Date | Credential ID | Link ("Verify")."""
    document = _docx_start(content)
    _docx_history(document, content)
    document.add_heading("Certifications", level=1)
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    widths = [Cm(5.6), Cm(3.8), Cm(3.2), Cm(2.4), Cm(1.6)]
    for cell, heading in zip(
        table.rows[0].cells,
        ["Certification", "Issuing body", "Date", "Credential ID", "Link"],
        strict=True,
    ):
        cell.text = heading
    for held in content.credentials:
        cells = table.add_row().cells
        cells[0].text = held.title
        cells[1].text = held.issuer
        cells[2].text = span(held, "mon")
        cells[3].text = held.credential_id or ""
        if held.url:
            _hyperlink(cells[4].paragraphs[0], held.url, "Verify")
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    _docx_tail(document, content)
    return docx_bytes(document)


def docx_header(content: Content) -> bytes:
    """Name and contact in the page header, a footer; entries with right-aligned dates."""
    document = _docx_start(content, in_header=True)
    _docx_history(document, content)
    document.add_heading("Licences and Certifications", level=1)
    for held in content.credentials:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(17.4), WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run(f"{held.title}, {held.issuer}").bold = True
        paragraph.add_run(f"\t{span(held, 'full', ' to ')}")
        extra = document.add_paragraph()
        if held.credential_id:
            extra.add_run(f"Licence/Credential no. {held.credential_id}  ")
        if held.url:
            _hyperlink(extra, held.url, "Verify credential")
        if not extra.text and not held.url:
            extra._p.getparent().remove(extra._p)
    _docx_tail(document, content)
    return docx_bytes(document)


def docx_two_columns(content: Content) -> bytes:
    """A two-column section (Word's own columns) after a one-column header."""
    document = _docx_start(content)
    section = document.add_section(WD_SECTION.CONTINUOUS)
    columns = section._sectPr.xpath("./w:cols")
    cols = columns[0] if columns else OxmlElement("w:cols")
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    if not columns:
        section._sectPr.append(cols)
    _docx_history(document, content)
    document.add_heading("Certifications", level=1)
    for held in content.credentials:
        paragraph = document.add_paragraph()
        if held.url:
            _hyperlink(paragraph, held.url, held.title)
        else:
            paragraph.add_run(held.title)
        dates = f"{month(held.issued_on, 'iso')}" + (
            f" to {month(held.expires_on, 'iso')}" if held.expires_on else ""
        )
        paragraph.add_run(f" ({held.issuer}), {dates}")
        if held.credential_id:
            paragraph.add_run(f", ID {held.credential_id}")
    _docx_tail(document, content)
    return docx_bytes(document)


# -- Markdown layouts (pandoc) ----------------------------------------------------------------


def _markdown_head(content: Content) -> list[str]:
    links = " | ".join(f"[{text}]({url})" for text, url in content.contact_links)
    contact = " | ".join(
        [content.headline, content.email, content.phone, *([links] if links else [])]
    )
    bullets = [f"- {bullet}" for bullet in content.bullets]
    return [
        f"# {display_name(content)}",
        "",
        contact,
        "",
        "## Summary",
        "",
        content.summary,
        "",
        "## Experience",
        "",
        f"**{content.role}**, {content.employer} (2019 – present)",
        "",
        *bullets,
        "",
    ]


def _markdown_tail(content: Content) -> list[str]:
    return [
        "",
        *(f"{line}\n" for line in content.section_negatives),
        "## Skills",
        "",
        ", ".join(content.skills),
        "",
    ]


def _markdown_page(content: Content, certifications: list[str]) -> str:
    return "\n".join(
        [
            *_markdown_head(content),
            "## Certifications",
            "",
            *certifications,
            *_markdown_tail(content),
        ]
    )


def markdown_list(content: Content) -> str:
    """A bullet per credential: bold title, issuer, dates, ID and a [Verify](…) link."""
    items = []
    for held in content.credentials:
        parts = [f"**{held.title}** — {held.issuer}", span(held, "mon", "–")]
        if held.credential_id:
            parts.append(f"Credential ID: {held.credential_id}")
        if held.url:
            parts.append(f"[Verify]({held.url})")
        items.append("- " + ", ".join(parts))
    return _markdown_page(content, items)


def markdown_table(content: Content) -> str:
    """A pipe table of credentials with link cells."""
    rows = [
        "| Credential | Issuer | Earned | Valid until | ID | Link |",
        "|------------------|-----------|--------|--------|-------|------|",
    ]
    for held in content.credentials:
        link = f"[link]({held.url})" if held.url else ""
        rows.append(
            f"| {held.title} | {held.issuer} | {month(held.issued_on, 'mon')} | "
            f"{month(held.expires_on, 'mon')} | {held.credential_id or ''} | {link} |"
        )
    return _markdown_page(content, rows)


def markdown_table_html(content: Content) -> str:
    """A pipe table with the credential's columns in another order and another header, and a
    verify link cell (a development layout, session 4; pandoc → HTML → Chromium)."""
    rows = [
        "| Certification | Awarded by | Credential number | Date | Expiry | Verification |",
        "|---------------|------------|--------|------|--------|--------------|",
    ]
    for held in content.credentials:
        link = f"[verify]({held.url})" if held.url else ""
        rows.append(
            f"| {held.title} | {held.issuer} | {held.credential_id or ''} | "
            f"{month(held.issued_on, 'slash')} | {month(held.expires_on, 'slash')} | {link} |"
        )
    return _markdown_page(content, rows)


def docx_bracketed_pdf(content: Content) -> bytes:
    """One paragraph per credential: "Title [Issuer] · YYYY-MM to YYYY-MM · No. …" (a
    development layout, session 4; printed by LibreOffice)."""
    document = _docx_start(content)
    _docx_history(document, content)
    document.add_heading("Professional Certifications", level=1)
    for held in content.credentials:
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(held.title).bold = True
        text = f" [{held.issuer}] · {month(held.issued_on, 'iso')}"
        if held.expires_on:
            text += f" to {month(held.expires_on, 'iso')}"
        if held.credential_id:
            text += f" · No. {held.credential_id}"
        paragraph.add_run(text)
    _docx_tail(document, content)
    return docx_bytes(document)
