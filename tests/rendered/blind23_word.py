"""blind-23's three Word documents, written with python-docx.

``gdocs`` is a résumé written in Google Docs and downloaded as DOCX (File ▸ Download ▸ Microsoft
Word), kept as DOCX: the name in the "Title" style and the headline in "Subtitle", every run
carrying its own font, size and colour as Google writes them, every paragraph its own spacing,
and the body a borderless two-column table a section a row, the section's heading in the narrow
left cell and its entries in the right one; each credential a bold title with its issuer after a
dash, the dates and the number on small grey lines, the pasted address made a link by Docs.

``datepicker`` is a résumé filled in from one of Word's résumé templates, kept as DOCX: each
field a content control (``w:sdt``) inside its paragraph, the names and numbers plain-text
controls, the dates date pickers (``w:date`` with the template's format), and the controls the
candidate left empty still showing the template's grey placeholder ("Click or tap to enter a
date.") where a credential has no expiry or no number.

``spanrows`` is a Word résumé whose certificates are a ruled table (Table Grid) printed to PDF
by LibreOffice: a header row (Awarding body, Awarded, Valid until, Number), then for each
credential a row of one cell across the table holding its title, a row of its fields under it,
and, where it has one, a row across the table with "Verification:" and its address.

Made in session 17 by a helper (a23) who never read the extractor nor its tests.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from tests.rendered.blind23_contents import (
    EXTRAS,
    id_label,
    index_of,
    lapsed,
    section_name,
    style_of,
    when,
)
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

_GREY = "666666"


def _saved(document: DocumentObject) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _element(tag: str, **attributes: str) -> OxmlElement:
    element = OxmlElement(tag)
    for key, value in attributes.items():
        element.set(qn(f"w:{key}"), value)
    return element


def _link(paragraph: Paragraph, url: str, text: str, color: str = "1155CC") -> None:
    """A hyperlink as Google Docs and Word write one: the address in the part's relationships."""
    rid = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    props.append(_element("w:color", val=color))
    props.append(_element("w:u", val="single"))
    run.append(props)
    node = OxmlElement("w:t")
    node.text = text
    node.set(qn("xml:space"), "preserve")
    run.append(node)
    link.append(run)
    paragraph._p.append(link)


# -- Google Docs, downloaded as DOCX ----------------------------------------------------------


def _docs_run(
    paragraph: Paragraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float = 10,
    color: str = "000000",
) -> None:
    """A run as Google Docs writes it: every property spelt out, the font four times."""
    run = paragraph.add_run(text)
    props = run._r.get_or_add_rPr()
    props.append(_element("w:rFonts", ascii="Lato", cs="Lato", eastAsia="Lato", hAnsi="Lato"))
    if bold:
        props.append(_element("w:b", val="1"))
    if italic:
        props.append(_element("w:i", val="1"))
    props.append(_element("w:color", val=color))
    props.append(_element("w:sz", val=str(int(size * 2))))
    props.append(_element("w:szCs", val=str(int(size * 2))))
    props.append(_element("w:rtl", val="0"))


def _docs_paragraph(where: DocumentObject | _Cell, *, style: str = "", after: int = 0) -> Paragraph:
    paragraph = where.add_paragraph(style=style or None)
    props = paragraph._p.get_or_add_pPr()
    props.append(_element("w:keepNext", val="0"))
    props.append(_element("w:keepLines", val="0"))
    props.append(_element("w:spacing", after=str(after), before="0", line="276", lineRule="auto"))
    props.append(_element("w:ind", left="0", right="0", firstLine="0"))
    return paragraph


def _no_borders(table_element: OxmlElement) -> None:
    """Google writes a borderless table's borders one by one, each ``nil``."""
    props = table_element.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_element(f"w:{side}", color="000000", space="0", sz="0", val="nil"))
    props.append(borders)
    props.append(_element("w:tblLayout", type="fixed"))


def _docs_section(cell: _Cell, heading: str) -> None:
    cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    paragraph = _docs_paragraph(cell, after=80)
    _docs_run(paragraph, heading.upper(), bold=True, size=10.5, color="2079C7")


def _docs_lines(cell: _Cell, lines: list[tuple[str, dict[str, Any]]]) -> None:
    """Paragraphs of one run each; ``after`` is the paragraph's spacing, the rest the run's."""
    for text, how in lines:
        run = {key: value for key, value in how.items() if key != "after"}
        _docs_run(_docs_paragraph(cell, after=how.get("after", 0)), text, **run)


def gdocs(content: Content) -> bytes:
    """A Google Docs résumé downloaded as DOCX."""
    extra, style = EXTRAS[content.key], style_of(content)
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(216), Mm(279)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin = section.bottom_margin = Mm(15)
    _docs_run(_docs_paragraph(document, style="Title"), display_name(content), size=26)
    _docs_run(_docs_paragraph(document, style="Subtitle"), content.headline, size=13,
              color="2079C7")  # fmt: skip
    contact = _docs_paragraph(document, after=200)
    _docs_run(contact, f"{content.location} · {content.phone} · ", size=9.5, color=_GREY)
    _link(contact, f"mailto:{content.email}", content.email)
    table = document.add_table(rows=0, cols=2)
    _no_borders(table._tbl)
    rows: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
        ("Profile", [(content.summary, {"after": 120})]),
        ("Experience", [
            (f"{content.role}, {content.employer}", {"bold": True}),
            (f"{month(extra.since, style)} – Present", {"size": 9, "color": _GREY, "after": 60}),
            *((f"• {bullet}", {"after": 40}) for bullet in content.bullets),
            (f"{extra.earlier[0]}, {extra.earlier[1]}", {"bold": True}),
            (extra.earlier[2], {"size": 9, "color": _GREY, "after": 120})]),
    ]  # fmt: skip
    for heading, lines in rows:
        cells = table.add_row().cells
        _docs_section(cells[0], heading)
        cells[1].paragraphs[0]._p.getparent().remove(cells[1].paragraphs[0]._p)
        _docs_lines(cells[1], lines)
    cells = table.add_row().cells
    _docs_section(cells[0], section_name(content, 0))
    right = cells[1]
    right.paragraphs[0]._p.getparent().remove(right.paragraphs[0]._p)
    for held in content.credentials:
        paragraph = _docs_paragraph(right)
        _docs_run(paragraph, held.title, bold=True)
        _docs_run(paragraph, f" — {held.issuer}")
        details = when(held, style)
        if held.credential_id:
            details += f"  ·  {id_label(held)} {held.credential_id}"
        _docs_run(_docs_paragraph(right, after=0 if held.url else 100), details, size=9,
                  color=_GREY)  # fmt: skip
        if held.url:
            paragraph = _docs_paragraph(right, after=100)
            _link(paragraph, held.url, held.url)
    for heading, lines in (
        ("Working towards", [(f"• {text}", {"after": 40}) for text in content.section_negatives]),
        ("Education", [(line, {"after": 40}) for line in extra.education]),
        ("Skills", [(", ".join(content.skills), {})]),
    ):
        cells = table.add_row().cells
        _docs_section(cells[0], heading)
        cells[1].paragraphs[0]._p.getparent().remove(cells[1].paragraphs[0]._p)
        _docs_lines(cells[1], lines)
    # Google writes the columns' widths in the grid as well as in each cell.
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, (42, 138), strict=True):
        column.w = Mm(width)
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = Mm(42), Mm(138)
    return _saved(document)


# -- a Word résumé template's content controls ------------------------------------------------

_FORMATS = {"mon": "MMM yyyy", "full": "MMMM yyyy", "slash": "MM/yyyy"}
_DATE_PLACEHOLDER = "Click or tap to enter a date."
_TEXT_PLACEHOLDER = "Click or tap here to enter text."


class _Controls:
    """Numbers the content controls of one document, as Word gives each its own ``w:id``."""

    def __init__(self, seed: int) -> None:
        self.next_id = 1_480_000_000 + seed * 7919

    def add(self, paragraph: Paragraph, alias: str, text: str | None, *,
            date: tuple[str, str] | None = None, bold: bool = False) -> None:  # fmt: skip
        """An inline control: a plain-text one, or a date picker when ``date`` gives its value
        (YYYY or YYYY-MM) and its display format; an empty one shows the placeholder."""
        self.next_id += 1
        sdt = OxmlElement("w:sdt")
        props = OxmlElement("w:sdtPr")
        props.append(_element("w:alias", val=alias))
        props.append(_element("w:tag", val=alias.replace(" ", "")))
        props.append(_element("w:id", val=str(self.next_id)))
        placeholder = OxmlElement("w:placeholder")
        placeholder.append(_element("w:docPart", val="DefaultPlaceholder_-1854013437"))
        props.append(placeholder)
        if text is None:
            props.append(OxmlElement("w:showingPlcHdr"))
        if date is not None:
            picker = OxmlElement("w:date")
            if text is not None:
                value = date[0] if "-" in date[0] else f"{date[0]}-01"
                picker.set(qn("w:fullDate"), f"{value}-01T00:00:00Z")
            picker.append(_element("w:dateFormat", val=date[1]))
            picker.append(_element("w:lid", val="en-GB"))
            picker.append(_element("w:storeMappedDataAs", val="dateTime"))
            picker.append(_element("w:calendar", val="gregorian"))
            props.append(picker)
        else:
            props.append(OxmlElement("w:text"))
        sdt.append(props)
        body = OxmlElement("w:sdtContent")
        run = OxmlElement("w:r")
        run_props = OxmlElement("w:rPr")
        if text is None:
            run_props.append(_element("w:rStyle", val="PlaceholderText"))
            run_props.append(_element("w:color", val="808080"))
        elif bold:
            run_props.append(OxmlElement("w:b"))
        run.append(run_props)
        node = OxmlElement("w:t")
        node.text = text if text is not None else (_DATE_PLACEHOLDER if date else _TEXT_PLACEHOLDER)
        node.set(qn("xml:space"), "preserve")
        run.append(node)
        body.append(run)
        sdt.append(body)
        paragraph._p.append(sdt)


def datepicker(content: Content) -> bytes:
    """A Word template's résumé, its fields content controls, its dates date pickers."""
    extra = EXTRAS[content.key]
    style = ("full", "mon", "slash")[index_of(content) % 3]
    shape = _FORMATS[style]
    controls = _Controls(index_of(content))
    document = Document()
    document.styles["Normal"].font.name = "Calibri Light"
    document.styles["Normal"].font.size = Pt(10.5)
    controls.add(document.add_paragraph(style="Title"), "Your Name", display_name(content))
    line = document.add_paragraph()
    fields = (("Address", content.location), ("Phone", content.phone), ("Email", content.email))
    for number, (alias, value) in enumerate(fields):
        if number:
            line.add_run("  |  ")
        controls.add(line, alias, value)
    document.add_heading("Objective", level=1)
    controls.add(document.add_paragraph(), "Objective", content.summary)
    document.add_heading("Experience", level=1)
    job = document.add_paragraph()
    controls.add(job, "Job Title", content.role, bold=True)
    job.add_run("  |  ")
    controls.add(job, "Company", content.employer)
    job.add_run("  |  ")
    controls.add(job, "Start Date", month(extra.since, style), date=(extra.since, shape))
    job.add_run(" – Present")
    for bullet in content.bullets:
        controls.add(document.add_paragraph(style="List Bullet"), "Duty", bullet)
    earlier = document.add_paragraph()
    controls.add(earlier, "Job Title", f"{extra.earlier[0]}, {extra.earlier[1]}", bold=True)
    earlier.add_run(f"  |  {extra.earlier[2]}")
    document.add_heading(section_name(content, 2), level=1)
    for held in content.credentials:
        title = document.add_paragraph()
        title.paragraph_format.space_before, title.paragraph_format.space_after = Pt(6), Pt(0)
        controls.add(title, "Certification", held.title, bold=True)
        title.add_run("  |  ")
        controls.add(title, "Issuing Organisation", held.issuer)
        dates = document.add_paragraph()
        dates.paragraph_format.space_after = Pt(0)
        issued = str(held.issued_on)
        dates.add_run("Date earned: ")
        year_only = "-" not in issued
        controls.add(dates, "Date Earned", month(issued, style),
                     date=(issued, "yyyy" if year_only else shape))  # fmt: skip
        dates.add_run("\tExpiry date: ")
        expiry = held.expires_on
        controls.add(dates, "Expiry Date", month(expiry, style) if expiry else None,
                     date=(expiry or "", shape))  # fmt: skip
        if lapsed(held):
            dates.add_run(" (expired)")
        number = document.add_paragraph()
        number.paragraph_format.space_after = Pt(0)
        number.add_run("Certificate number: ")
        controls.add(number, "Certificate Number", held.credential_id)
        if held.url:
            verify = document.add_paragraph()
            verify.paragraph_format.space_after = Pt(0)
            verify.add_run("Verify: ")
            _link(verify, held.url, held.url, color="0563C1")
    document.add_heading("In progress", level=1)
    for text in content.section_negatives:
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Education", level=1)
    for line in extra.education:
        controls.add(document.add_paragraph(), "Degree", line)
    document.add_heading("Skills", level=1)
    controls.add(document.add_paragraph(), "Skills", " • ".join(content.skills))
    return _saved(document)


# -- a ruled table, a title row over each credential's fields --------------------------------


def _shade(cell: _Cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(_element("w:shd", val="clear", color="auto", fill=fill))


def _valid_until(held: Credential, style: str) -> str:
    if not held.expires_on:
        return "—"
    return month(held.expires_on, style) + (" (lapsed)" if lapsed(held) else "")


def spanrows(content: Content) -> bytes:
    """A Word résumé whose certificates are a ruled table, a title row over each one's fields
    (LibreOffice prints it)."""
    extra, style = EXTRAS[content.key], style_of(content, 3)
    document = Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(10)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    name = document.add_paragraph()
    name.add_run(display_name(content)).bold = True
    name.runs[0].font.size = Pt(18)
    document.add_paragraph(f"{content.headline}\n{content.location} · {content.phone} · "
                           f"{content.email}")  # fmt: skip
    document.add_heading("Personal statement", level=2)
    document.add_paragraph(content.summary)
    document.add_heading("Employment", level=2)
    job = document.add_paragraph()
    job.add_run(f"{content.role} – {content.employer}").bold = True
    job.add_run(f"\t{month(extra.since, style)} to date")
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    earlier = document.add_paragraph()
    earlier.add_run(f"{extra.earlier[0]} – {extra.earlier[1]}").bold = True
    earlier.add_run(f"\t{extra.earlier[2]}")
    document.add_heading(section_name(content, 3), level=2)
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Awarding body", "Awarded", "Valid until",
                                                "Number"), strict=True):  # fmt: skip
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, "D9E2F3")
    for held in content.credentials:
        top = table.add_row().cells
        merged = top[0].merge(top[3])
        merged.paragraphs[0].add_run(held.title).bold = True
        _shade(merged, "F2F2F2")
        fields = table.add_row().cells
        for cell, text in zip(fields, (held.issuer, month(held.issued_on, style),
                                       _valid_until(held, style), held.credential_id or "—"),
                              strict=True):  # fmt: skip
            cell.paragraphs[0].add_run(text).font.size = Pt(9)
        if held.url:
            link_row = table.add_row().cells
            merged = link_row[0].merge(link_row[3])
            run = merged.paragraphs[0].add_run(f"Verification: {held.url}")
            run.font.size = Pt(8.5)
            run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    for row in table.rows:
        if len({cell._tc for cell in row.cells}) == 4:  # not the rows of one merged cell
            for cell, width in zip(row.cells, (70, 30, 40, 30), strict=True):
                cell.width = Mm(width)
    document.add_paragraph()
    document.add_paragraph("Courses not yet completed:")
    for text in content.section_negatives:
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Education", level=2)
    for line in extra.education:
        document.add_paragraph(line)
    document.add_heading("Skills", level=2)
    document.add_paragraph(", ".join(content.skills))
    document.add_paragraph("References available on request.")
    return _saved(document)
