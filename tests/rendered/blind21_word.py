"""blind-21's three Word documents, written with python-docx.

``modern`` is a résumé from Word's built-in "bold modern" kind of template, saved as PDF by
LibreOffice: the name, headline and contact in a shaded header block, headings in small capitals
over a rule, each job and each credential its title in bold with its dates pushed to the right
margin by a right-aligned tab stop, the issuer in italics on the line under it with the number
after a bar, the address typed on the line under that.

``softbreak`` is a Word résumé typed by hand and kept as DOCX: no styles but Normal, headings
typed in capitals and bolded, each credential one paragraph begun with a typed "•" and a tab,
its lines parted by soft line breaks (Shift+Enter) and indented by tabs ("Issued: …" and
"Expires: …" on one line parted by a tab, the number, the address Word turned into a link).

``italics`` is a Word résumé kept as DOCX whose certifications are a real bulleted list (Word's
"List Bullet" style): "Title, *Issuer*, March 2021 to March 2024 (expired) · ID …", and a
"Verify" link whose address is only its target.

Made in session 16 by a helper (a21) who never read the extractor nor its tests.
"""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from tests.rendered.blind21_contents import (
    EXTRAS,
    id_label,
    lapsed,
    section_name,
    style_of,
    when,
)
from tests.rendered.contents import Content
from tests.rendered.layout import display_name, month

_TEAL = RGBColor(0x1F, 0x4E, 0x5F)


def _saved(document: DocumentObject) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _margins(document: DocumentObject, side: float = 20) -> float:
    """Set the margins; return the text width in millimetres."""
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(side)
    section.top_margin = section.bottom_margin = Mm(16)
    return 210 - 2 * side


def _link(paragraph: Paragraph, url: str, text: str) -> None:
    """A hyperlink run as Word writes one: the address in the part's relationships."""
    rid = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    for tag, value in (("w:rStyle", "Hyperlink"), ("w:color", "0563C1"), ("w:u", "single")):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        props.append(element)
    run.append(props)
    node = OxmlElement("w:t")
    node.text = text
    node.set(qn("xml:space"), "preserve")
    run.append(node)
    link.append(run)
    paragraph._p.append(link)


def _shade(paragraph: Paragraph, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    paragraph._p.get_or_add_pPr().append(shading)


def _rule_under(paragraph: Paragraph) -> None:
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"),
                       ("w:color", "1F4E5F")):  # fmt: skip
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


# -- "bold modern" template, saved as PDF ------------------------------------------------------


def _heading(document: DocumentObject, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(12)
    paragraph.paragraph_format.space_after = Pt(4)
    run = paragraph.add_run(text)
    run.bold, run.font.small_caps, run.font.size = True, True, Pt(13)
    run.font.color.rgb = _TEAL
    _rule_under(paragraph)


def _tabbed(document: DocumentObject, width: float, left: str, right: str) -> Paragraph:
    """A bold title with its dates at the right margin, on a right-aligned tab stop."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(width), WD_TAB_ALIGNMENT.RIGHT)
    paragraph.paragraph_format.space_before = Pt(6)
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.add_run(left).bold = True
    paragraph.add_run("\t" + right).font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    return paragraph


def _small(document: DocumentObject, text: str, *, italic: bool = False) -> Paragraph:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(text)
    run.italic, run.font.size = italic, Pt(9.5)
    return paragraph


def modern(content: Content) -> bytes:
    """The "bold modern" Word résumé (LibreOffice prints it)."""
    extra, style = EXTRAS[content.key], style_of(content)
    document = Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10.5)
    width = _margins(document)
    for text, size, bold in ((display_name(content), 26, True), (content.headline, 13, False),
                             (f"{content.location}  |  {content.phone}  |  {content.email}", 9.5,
                              False)):  # fmt: skip
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        _shade(paragraph, "1F4E5F")
        run = paragraph.add_run(text)
        run.bold, run.font.size = bold, Pt(size)
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for text, target in content.contact_links:
        _small(document, f"{text}: {target}")
    _heading(document, "Profile")
    document.add_paragraph(content.summary)
    _heading(document, "Experience")
    _tabbed(document, width, content.role, f"{month(extra.since, style)} – Present")
    _small(document, content.employer, italic=True)
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    title, employer, years = extra.earlier
    _tabbed(document, width, title, years)
    _small(document, employer, italic=True)
    _heading(document, section_name(content, 0))
    for held in content.credentials:
        _tabbed(document, width, held.title, when(held, style))
        line = held.issuer
        if held.credential_id:
            line += f"  |  {id_label(held)} {held.credential_id}"
        _small(document, line, italic=True)
        if held.url:
            _small(document, held.url)
    _heading(document, "In progress")
    for text in content.section_negatives:
        document.add_paragraph(text, style="List Bullet")
    _heading(document, "Education")
    for line in extra.education:
        document.add_paragraph(line)
    _heading(document, "Skills")
    document.add_paragraph("  •  ".join(content.skills))
    return _saved(document)


# -- typed by hand: soft line breaks, tabs and typed bullets -----------------------------------


def _typed(document: DocumentObject, text: str = "", *, bold: bool = False) -> Paragraph:
    paragraph = document.add_paragraph()
    if text:
        run = paragraph.add_run(text)
        run.bold = bold
    return paragraph


def _lines(paragraph: Paragraph, lines: list[str]) -> None:
    """Lines of one paragraph parted by soft line breaks (``w:br``), as Shift+Enter types."""
    for number, line in enumerate(lines):
        run = paragraph.add_run(line)
        if number < len(lines) - 1:
            run.add_break()


def softbreak(content: Content) -> bytes:
    """A Word résumé typed by hand, its credentials one paragraph each of soft-broken lines."""
    extra, style = EXTRAS[content.key], style_of(content, 1)
    document = Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(10)
    _margins(document, 25)
    name = _typed(document, display_name(content).upper(), bold=True)
    name.runs[0].font.size = Pt(16)
    _lines(
        _typed(document),
        [
            content.location,
            f"Tel: {content.phone}\tEmail: {content.email}",
            *(f"{text}: {target}" for text, target in content.contact_links),
        ],
    )
    _typed(document, "PERSONAL PROFILE", bold=True)
    _typed(document, content.summary)
    _typed(document, "WORK HISTORY", bold=True)
    _lines(
        _typed(document),
        [
            f"{month(extra.since, style)} – present\t{content.role}",
            f"\t\t{content.employer}",
            *(f"•\t{bullet}" for bullet in content.bullets),
        ],
    )
    title, employer, years = extra.earlier
    _typed(document, f"{years}\t\t{title}, {employer}")
    _typed(document, section_name(content, 3).upper(), bold=True)
    for held in content.credentials:
        paragraph = _typed(document)
        paragraph.paragraph_format.left_indent = Mm(8)
        paragraph.paragraph_format.first_line_indent = Mm(-8)
        dates = f"\tIssued: {month(held.issued_on, style)}"
        if held.expires_on:
            word = "Expired" if lapsed(held) else "Expires"
            dates += f"\t{word}: {month(held.expires_on, style)}"
        lines = [f"•\t{held.title} – {held.issuer}", dates]
        if held.credential_id:
            lines.append(f"\t{id_label(held)}: {held.credential_id}")
        _lines(paragraph, lines)
        if held.url:
            paragraph.runs[-1].add_break()
            paragraph.add_run("\t")
            _link(paragraph, held.url, held.url)
    _typed(document, "STILL TO COMPLETE", bold=True)
    _lines(_typed(document), [f"•\t{text}" for text in content.section_negatives])
    _typed(document, "EDUCATION", bold=True)
    _lines(_typed(document), list(extra.education))
    _typed(document, "SKILLS", bold=True)
    _typed(document, ", ".join(content.skills))
    _typed(document, "References available on request.")
    return _saved(document)


# -- a bulleted list of certifications, the issuer in italics ----------------------------------


def italics(content: Content) -> bytes:
    """A Word résumé whose certifications are bulleted "Title, *Issuer*, dates · ID" lines."""
    extra, style = EXTRAS[content.key], style_of(content, 2)
    document = Document()
    document.styles["Normal"].font.name = "Cambria"
    _margins(document, 22)
    document.add_heading(display_name(content), level=0)
    document.add_paragraph(f"{content.headline} · {content.location}")
    document.add_paragraph(f"{content.email} · {content.phone}")
    for text, target in content.contact_links:
        paragraph = document.add_paragraph()
        _link(paragraph, target, text)
    document.add_heading("Summary", level=1)
    document.add_paragraph(content.summary)
    document.add_heading(section_name(content, 5), level=1)
    for held in content.credentials:
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(held.title).bold = True
        paragraph.add_run(", ")
        paragraph.add_run(held.issuer).italic = True
        dates = when(held, style, expiry=" to ")
        paragraph.add_run(f", {dates}")
        if held.credential_id:
            paragraph.add_run(f" · {id_label(held)} {held.credential_id}")
        if held.url:
            paragraph.add_run(" · ")
            _link(paragraph, held.url, "Verify")
    document.add_paragraph("Working on:")
    for text in content.section_negatives:
        document.add_paragraph(text, style="List Bullet 2")
    document.add_heading("Experience", level=1)
    paragraph = document.add_paragraph()
    paragraph.add_run(content.role).bold = True
    paragraph.add_run(f", {content.employer} ({month(extra.since, style)} – present)")
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    title, employer, years = extra.earlier
    paragraph = document.add_paragraph()
    paragraph.add_run(title).bold = True
    paragraph.add_run(f", {employer} ({years})")
    document.add_heading("Education", level=1)
    for line in extra.education:
        document.add_paragraph(line)
    document.add_heading("Skills", level=1)
    document.add_paragraph(" | ".join(content.skills))
    return _saved(document)
