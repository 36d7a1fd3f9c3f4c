"""Blind-16's Word résumés and its text, and the list of its six layouts.

``blind16_word_pdf`` is a Word résumé written in one column and saved as PDF (python-docx, then
LibreOffice): the name, a contact line, "Professional Summary", "Work Experience" with the
dates after a right tab, then the credentials as a bulleted list, each bullet one run-on line
("Title, Issuer — Mar 2024 – Mar 2027 | Credential ID … | Verify: https://…"), the address
pasted as text. ``blind16_word_docx`` is a Word template's résumé kept as DOCX: a coloured name,
the sections as Word headings, and near the end a borderless two-column table as such templates
have, "Skills" in its left cell and the credentials in its right (a bold title, then the
issuer and dates, the number, and the address as a real hyperlink), what is in progress under
it. ``blind16_ats_text`` is the same résumé pasted into an applicant tracking system's text
box: headings in capitals, "- " bullets, each credential one or two lines in the candidate's
own way (fields parted by "|", or a dash and a parenthesis).
"""

from __future__ import annotations

from typing import Any

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from tests.extractors.documents import add_hyperlink
from tests.rendered.blind16_pages import (
    blind16_canva,
    blind16_gdocs,
    blind16_linkedin,
    number16,
    section16,
    span16,
    variant,
)
from tests.rendered.contents import Content, Credential
from tests.rendered.docx_layouts import docx_bytes, word_page
from tests.rendered.layout import ALL_FIELDS, Layout, display_name

_FONTS = ("Calibri", "Liberation Sans", "Cambria", "Liberation Serif")


def _bracketed(span: str) -> str:
    """Brackets round a span, " (Mar 2024)"; a comma before one with brackets of its own."""
    return f", {span}" if "(" in span else f" ({span})"


def _bullet_line(held: Credential, content: Content, layout: int) -> str:
    """A credential as one line, the way its holder typed it."""
    way = (variant(content) + layout) % 3
    span = span16(held, content, layout)
    number = number16(held, content)
    if way == 0:
        parts = [f"{held.title}, {held.issuer}" + (f" — {span}" if span else "")]
        parts += [number] if number else []
        parts += [f"Verify: {held.url}"] if held.url else []
        return " | ".join(parts)
    if way == 1:
        text = f"{held.title} ({held.issuer})" + (f", {span}" if span else "")
        text += f". {number}" if number else ""
        return text + (f". {held.url}" if held.url else "")
    text = f"{held.issuer}: {held.title}" + (_bracketed(span) if span else "")
    text += f" – {number}" if number else ""
    return text + (f" – {held.url}" if held.url else "")


# -- a one-column Word résumé saved as PDF -------------------------------------------------------


def _tabbed(document: Any, left: str, right: str, *, bold: bool) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    paragraph.paragraph_format.space_after = Pt(1)
    paragraph.add_run(left).bold = bold
    paragraph.add_run(f"\t{right}")


def _heading(document: Any, text: str, colour: RGBColor) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(10)
    paragraph.paragraph_format.space_after = Pt(3)
    run = paragraph.add_run(text.upper())
    run.bold, run.font.size, run.font.color.rgb = True, Pt(11), colour


def blind16_word_pdf(content: Content) -> bytes:
    document = word_page(_FONTS[variant(content) % 4], 10.5, side=2.0, top=1.8, space_after=2)
    colour = RGBColor(0x1F, 0x3A, 0x5F)
    name = document.add_paragraph()
    name.alignment = 1
    run = name.add_run(display_name(content))
    run.bold, run.font.size = True, Pt(20)
    links = [url for _, url in content.contact_links]
    line = " • ".join([content.location, content.phone, content.email, *links])
    contact = document.add_paragraph(line)
    contact.alignment = 1
    _heading(document, "Professional Summary", colour)
    document.add_paragraph(content.summary)
    _heading(document, "Work Experience", colour)
    _tabbed(document, content.role, "January 2020 – Present", bold=True)
    document.add_paragraph(content.employer).runs[0].italic = True
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    _heading(document, section16(content, 2), colour)
    for held in content.credentials:
        document.add_paragraph(_bullet_line(held, content, 2), style="List Bullet")
    for text in content.section_negatives:
        document.add_paragraph(text, style="List Bullet")
    _heading(document, "Skills", colour)
    document.add_paragraph(" • ".join(content.skills))
    return docx_bytes(document)


# -- a Word template's résumé kept as DOCX, skills and credentials side by side -----------------


def _hyperlink(paragraph: Any, url: str) -> None:
    add_hyperlink(paragraph, url, url, "0563C1", style="Hyperlink", underline=True, preserve=False)


def _no_borders(table: Any) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _cell_heading(cell: Any, text: str, first: bool) -> None:
    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    run = paragraph.add_run(text.upper())
    run.bold, run.font.size = True, Pt(11)
    run.font.color.rgb = RGBColor(0x2E, 0x74, 0xB5)


def _small(cell: Any, text: str) -> Any:
    paragraph = cell.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(text)
    run.font.size = Pt(9)
    return paragraph


def _credential_cell(cell: Any, content: Content) -> None:
    _cell_heading(cell, section16(content, 3), first=True)
    for held in content.credentials:
        title = cell.add_paragraph()
        title.paragraph_format.space_before = Pt(4)
        title.paragraph_format.space_after = Pt(0)
        title.add_run(held.title).bold = True
        span = span16(held, content, 3)
        _small(cell, f"{held.issuer}" + (f" | {span}" if span else ""))
        if held.credential_id:
            _small(cell, number16(held, content))
        if held.url:
            _hyperlink(_small(cell, ""), held.url)


def blind16_word_docx(content: Content) -> bytes:
    document = word_page(_FONTS[(variant(content) + 1) % 4], 10.5, side=1.9, space_after=3)
    name = document.add_paragraph().add_run(display_name(content).upper())
    name.bold, name.font.size = True, Pt(22)
    name.font.color.rgb = RGBColor(0x2E, 0x74, 0xB5)
    document.add_paragraph(content.headline).runs[0].italic = True
    links = [text for text, _ in content.contact_links]
    document.add_paragraph(" | ".join([content.phone, content.email, content.location, *links]))
    document.add_heading("Profile", level=1)
    document.add_paragraph(content.summary)
    document.add_heading("Experience", level=1)
    document.add_paragraph().add_run(f"{content.role.upper()}, {content.employer}").bold = True
    document.add_paragraph("2020 – Present")
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    document.add_paragraph()
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    left, right = table.rows[0].cells
    left.width, right.width = Cm(6.2), Cm(11.0)
    _cell_heading(left, "Skills", first=True)
    for skill in content.skills:
        left.add_paragraph(skill, style="List Bullet")
    _credential_cell(right, content)
    _cell_heading(right, "In progress", first=False)
    for text in content.section_negatives:
        _small(right, text)
    return docx_bytes(document)


# -- pasted into an applicant tracking system's text box ---------------------------------------


def blind16_ats_text(content: Content) -> str:
    way = variant(content) % 2
    lines = []
    for held in content.credentials:
        if way == 0:
            lines.append(f"- {_bullet_line(held, content, 4)}")
            continue
        span = span16(held, content, 4)
        lines.append(f"{held.title} - {held.issuer}" + (_bracketed(span) if span else ""))
        extra = [number16(held, content)] if held.credential_id else []
        extra += [held.url] if held.url else []
        if extra:
            lines.append("  " + " | ".join(extra))
    contact = "\n".join([content.email, content.phone, content.location,
                         *(url for _, url in content.contact_links)])  # fmt: skip
    bullets = "\n".join(f"- {bullet}" for bullet in content.bullets)
    pending = "\n".join(f"- {text}" for text in content.section_negatives)
    return f"""{display_name(content)}
{content.headline}
{contact}

SUMMARY
{content.summary}

EXPERIENCE
{content.role}, {content.employer} (2020 - Present)
{bullets}

{section16(content, 4).upper()}
{chr(10).join(lines)}

IN PROGRESS
{pending}

SKILLS
{", ".join(content.skills)}
"""


BLIND16_LAYOUTS: tuple[Layout, ...] = tuple(
    Layout(key, renderer, build, shows, held_out=True, group="blind-16")
    for key, renderer, build, shows in (
        ("blind16-word-pdf", "libreoffice", blind16_word_pdf, ALL_FIELDS),
        ("blind16-word-docx", "python-docx", blind16_word_docx, ALL_FIELDS),
        ("blind16-gdocs-print", "chromium", blind16_gdocs, ALL_FIELDS),
        ("blind16-canva-sidebar", "chromium", blind16_canva, ALL_FIELDS),
        ("blind16-linkedin-pdf", "chromium", blind16_linkedin, frozenset[str]()),
        ("blind16-ats-text", "text", blind16_ats_text, ALL_FIELDS),
    )
)
