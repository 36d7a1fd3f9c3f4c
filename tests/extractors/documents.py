"""Real résumé files built in the tests: PDFs with WeasyPrint, DOCX with python-docx."""

from __future__ import annotations

import io
import zlib
from collections.abc import Sequence
from pathlib import Path

import docx
import weasyprint
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from testkit.pdf_bytes import Objects, stream

SHARED_RESUMES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "resumes"

_PAGE_CSS = """
@page { size: A4; margin: 18mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.35; }
h1 { font-size: 20pt; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; font-weight: bold; margin: 10pt 0 4pt 0; }
p { margin: 0 0 3pt 0; }
"""


def pdf(body: str, css: str = "") -> bytes:
    """A real PDF of an HTML body; ``<a href>`` becomes a link annotation."""
    html = f"<html><head><style>{_PAGE_CSS}{css}</style></head><body>{body}</body></html>"
    result: bytes = weasyprint.HTML(string=html).write_pdf()
    return result


def add_hyperlink(
    paragraph: Paragraph,
    url: str,
    text: str,
    colour: str | None = None,
    *,
    style: str | None = None,
    underline: bool = False,
    preserve: bool = True,
) -> None:
    """A ``w:hyperlink`` with an external relationship, as Word writes it: its run in the
    character ``style`` ("Hyperlink"), ``colour`` (a hex RGB) and underlined if given, its
    text's spaces kept (``xml:space``) unless ``preserve`` is off."""
    relationship = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), relationship)
    run = OxmlElement("w:r")
    looks = [("w:rStyle", style), ("w:color", colour), ("w:u", "single" if underline else None)]
    if any(value for _, value in looks):
        properties = OxmlElement("w:rPr")
        for tag, value in looks:
            if value:
                element = OxmlElement(tag)
                element.set(qn("w:val"), value)
                properties.append(element)
        run.append(properties)
    text_element = OxmlElement("w:t")
    text_element.text = text
    if preserve:
        text_element.set(qn("xml:space"), "preserve")
    run.append(text_element)
    hyperlink.append(run)
    paragraph._p.append(hyperlink)


def docx_bytes(
    paragraphs: Sequence[str | tuple[str, str, str]],
    table: Sequence[Sequence[str]] = (),
    after_table: Sequence[str | tuple[str, str, str]] = (),
) -> bytes:
    """A DOCX: paragraphs (or ``(before, link text, url)`` triples), a table, more paragraphs."""
    document = docx.Document()

    def write(items: Sequence[str | tuple[str, str, str]]) -> None:
        for item in items:
            if isinstance(item, str):
                document.add_paragraph(item)
            else:
                before, text, url = item
                paragraph = document.add_paragraph(before)
                add_hyperlink(paragraph, url, text)

    write(paragraphs)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, cells in zip(grid.rows, table, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
    write(after_table)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def raw_pdf(objects: Sequence[bytes]) -> bytes:
    """A PDF written by hand from its numbered objects (the first is the catalog), with a
    correct cross-reference table: for files no renderer would make."""
    return Objects(objects).serialise()


def flate_bomb_pdf(inflated_mib: int = 300) -> bytes:
    """A one-page PDF of ~300 KB whose content stream inflates to ``inflated_mib`` MiB."""
    compressor = zlib.compressobj(9)
    spaces = b" " * 2**20
    deflated = b"".join(compressor.compress(spaces) for _ in range(inflated_mib))
    deflated += compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        stream(deflated, deflated=True),
    ]
    return raw_pdf(objects)
