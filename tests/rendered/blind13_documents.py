"""Blind-13's Word résumés and its text, and the list of its six layouts.

``blind13_columns_docx`` is a Word résumé laid out with the section's own columns (``w:cols``),
not a table nor text boxes, printed to PDF by LibreOffice: a one-column section for the name,
the contact line and the profile, then a continuous section break into two columns with a
line between them: "Experience" and "Skills" in the left column, a column break, and
"Certifications" in the right one, each entry a bold title, "Issuer, Mar 2024 (renew Mar
2027)", "ID: …" and the address written out (it wraps in the narrow column), then a one-column
section for "Pending". ``blind13_template_docx`` is a résumé from a word processor's own
template, kept as DOCX: every section (its heading and its paragraphs) sits inside a content
control (``w:sdt`` with an alias and a tag, as the template's placeholders leave them), the
credentials a bulleted list whose item is "Title — Issuer" with a second paragraph "Issued
2024-03 · Expires 2027-03 · Credential ID …" and a "Verify credential" hyperlink. ``blind13_rst_
text`` is a reStructuredText résumé kept as text: an overlined title, a field list for the
contact details, section titles underlined with "=" and "-", and each credential a definition
list item whose body is a field list (":Issuer:", ":Issued:", ":Expires:", ":Credential ID:",
":Verify:"), the pending ones in a ``.. note::`` directive.
"""

from __future__ import annotations

import textwrap
from typing import Any

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from tests.rendered.blind5_word import _hyperlink as hyperlink
from tests.rendered.blind13_canvas import blind13_canvas
from tests.rendered.blind13_pages import blind13_notion, blind13_profile
from tests.rendered.contents import Content, Credential
from tests.rendered.docx_layouts import docx_bytes, word_page
from tests.rendered.layout import ALL_FIELDS, Layout, display_name, month


def _base(font: str, size: float) -> Any:
    return word_page(font, size, side=1.8, top=1.5, space_after=2)


# -- a Word résumé in section columns ------------------------------------------------------------


def _columns(section: Any, number: int) -> None:
    """The section's own columns (w:cols), with a line between them."""
    properties = section._sectPr
    for old in properties.findall(qn("w:cols")):
        properties.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(number))
    cols.set(qn("w:space"), "567")
    cols.set(qn("w:sep"), "1" if number > 1 else "0")
    properties.append(cols)


def _col_heading(document: Any, text: str) -> None:
    run = document.add_paragraph().add_run(text.upper())
    run.bold, run.font.size = True, Pt(10.5)
    run.font.color.rgb = RGBColor(0x2E, 0x5E, 0x4E)


def _col_entry(document: Any, held: Credential) -> None:
    document.add_paragraph().add_run(held.title).bold = True
    line = held.issuer
    if held.issued_on:
        line += f", {month(held.issued_on, 'mon')}"
    if held.expires_on:
        line += f" (renew {month(held.expires_on, 'mon')})"
    document.add_paragraph(line)
    if held.credential_id:
        document.add_paragraph(f"ID: {held.credential_id}")
    if held.url:
        document.add_paragraph(held.url).runs[0].font.size = Pt(8)
    document.add_paragraph().paragraph_format.space_after = Pt(1)


def blind13_columns_docx(content: Content) -> bytes:
    document = _base("Liberation Sans", 9.5)
    name = document.add_paragraph().add_run(display_name(content))
    name.bold, name.font.size = True, Pt(19)
    document.add_paragraph().add_run(content.headline).italic = True
    contact = [
        content.location,
        content.phone,
        content.email,
        *(u for _, u in content.contact_links),
    ]
    document.add_paragraph("  ·  ".join(contact))
    document.add_paragraph(content.summary)
    _columns(document.sections[0], 1)
    two = document.add_section(WD_SECTION.CONTINUOUS)
    _columns(two, 2)
    _col_heading(document, "Experience")
    document.add_paragraph().add_run(content.role).bold = True
    document.add_paragraph(f"{content.employer} | 01/2020 – present")
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    _col_heading(document, "Skills")
    for skill in content.skills:
        document.add_paragraph(skill)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)
    _col_heading(document, "Certifications")
    for held in content.credentials:
        _col_entry(document, held)
    last = document.add_section(WD_SECTION.CONTINUOUS)
    _columns(last, 1)
    _col_heading(document, "Pending")
    for text in content.section_negatives:
        document.add_paragraph(text, style="List Bullet")
    return docx_bytes(document)


# -- a template's résumé whose sections are content controls ------------------------------------


def _controlled(document: Any, alias: str, paragraphs: list[Any]) -> None:
    """Moves the paragraphs into one rich-text content control, where the template put them."""
    sdt = OxmlElement("w:sdt")
    properties = OxmlElement("w:sdtPr")
    for name, value in (("w:alias", alias), ("w:tag", alias.lower().replace(" ", "_"))):
        element = OxmlElement(name)
        element.set(qn("w:val"), value)
        properties.append(element)
    properties.append(OxmlElement("w:richText"))
    body = OxmlElement("w:sdtContent")
    sdt.append(properties)
    sdt.append(body)
    paragraphs[0]._p.addprevious(sdt)
    for paragraph in paragraphs:
        body.append(paragraph._p)


def _section(document: Any, alias: str, heading: str | None, build: Any) -> None:
    start = len(document.paragraphs)
    if heading:
        document.add_heading(heading, level=1)
    build()
    _controlled(document, alias, document.paragraphs[start:])


def blind13_template_docx(content: Content) -> bytes:
    document = _base("Calibri", 10.5)

    def top() -> None:
        document.add_paragraph(display_name(content), style="Title")
        document.add_paragraph(f"{content.location} | {content.phone} | {content.email}")
        if content.contact_links:
            links = document.add_paragraph()
            for text, url in content.contact_links:
                hyperlink(links, url, text)

    def objective() -> None:
        document.add_paragraph().add_run(content.headline).bold = True
        document.add_paragraph(content.summary)

    def experience() -> None:
        document.add_paragraph().add_run(f"{content.role}, {content.employer}").bold = True
        document.add_paragraph("2020 – Present")
        for bullet in content.bullets:
            document.add_paragraph(bullet, style="List Bullet")

    def credentials() -> None:
        for held in content.credentials:
            document.add_paragraph(f"{held.title} — {held.issuer}", style="List Bullet")
            said = []
            if held.issued_on:
                said.append(f"Issued {month(held.issued_on, 'iso')}")
            if held.expires_on:
                said.append(f"Expires {month(held.expires_on, 'iso')}")
            if held.credential_id:
                said.append(f"Credential ID {held.credential_id}")
            details = document.add_paragraph(" · ".join(said), style="List Continue")
            if held.url:
                details.add_run("  ")
                hyperlink(details, held.url, "Verify credential")

    def working() -> None:
        for text in content.section_negatives:
            document.add_paragraph(text, style="List Bullet 2")

    def skills() -> None:
        document.add_paragraph(" • ".join(content.skills))

    _section(document, "Contact Info", None, top)
    _section(document, "Objective", "Objective", objective)
    _section(document, "Experience", "Experience", experience)
    _section(document, "Certifications", "Certifications & Licenses", credentials)
    _section(document, "Working Towards", "Working Towards", working)
    _section(document, "Skills", "Skills", skills)
    return docx_bytes(document)


# -- a reStructuredText résumé kept as text -----------------------------------------------------


def _underlined(text: str, mark: str, over: bool = False) -> str:
    rule = mark * len(text)
    return f"{rule}\n{text}\n{rule}" if over else f"{text}\n{rule}"


def _rst_item(held: Credential) -> str:
    fields = [(":Issuer:", held.issuer)]
    if held.issued_on:
        fields.append((":Issued:", month(held.issued_on, "iso")))
    if held.expires_on:
        fields.append((":Expires:", month(held.expires_on, "iso")))
    if held.credential_id:
        fields.append((":Credential ID:", held.credential_id))
    if held.url:
        fields.append((":Verify:", held.url))
    return held.title + "\n" + "\n".join(f"   {name} {value}" for name, value in fields)


def blind13_rst_text(content: Content) -> str:
    contact = [(":Location:", content.location), (":Phone:", content.phone),
               (":Email:", content.email)]  # fmt: skip
    contact += [(":Web:", url) for _, url in content.contact_links]
    bullets = "\n".join(f"* {bullet}" for bullet in content.bullets)
    items = "\n\n".join(_rst_item(held) for held in content.credentials)
    pending = "\n".join(f"   * {text}" for text in content.section_negatives)
    role = f"{content.role}, {content.employer} (2020 – present)"
    return f"""{_underlined(display_name(content), "=", over=True)}
{_underlined(content.headline, "-")}

{chr(10).join(f"{name} {value}" for name, value in contact)}

Profile
=======

{textwrap.fill(content.summary, 79)}

Experience
==========

{_underlined(role, "-")}

{bullets}

Certifications
==============

{items}

.. note:: Not yet held

{pending}

Skills
======

{", ".join(content.skills)}
"""


BLIND13_LAYOUTS: tuple[Layout, ...] = tuple(
    Layout(key, renderer, build, ALL_FIELDS, held_out=True, group="blind-13")
    for key, renderer, build in (
        ("blind13-profile-print", "chromium", blind13_profile),
        ("blind13-notion-export", "chromium", blind13_notion),
        ("blind13-canvas-pdf", "pdf", blind13_canvas),
        ("blind13-columns-pdf", "libreoffice", blind13_columns_docx),
        ("blind13-template-docx", "python-docx", blind13_template_docx),
        ("blind13-rst-text", "text", blind13_rst_text),
    )
)
