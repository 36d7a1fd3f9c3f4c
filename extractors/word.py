"""DOCX résumés: paragraphs and table rows in body order, hyperlinks from the relationships."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph

from extractors.models import Document, ExtractionError, Line, Link, Page
from extractors.tables import (
    is_header_row,
    join_cell_paragraphs,
    table_entries,
)
from extractors.text import normalise
from extractors.word_chunks import chunk_html, read_chunk
from extractors.word_containers import flatten
from extractors.word_notes import notes_inline
from extractors.word_strict import transitional
from extractors.word_terms import opens_definition

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# A paragraph that is one web address and nothing else.
_WEB_ADDRESS = re.compile(r"\s*(?:https?://|www\.)\S+\s*")
# A DOCX is a ZIP; its XML can be inflated far beyond the upload. Refuse what is unreasonable.
_MAX_UNCOMPRESSED = 50 * 1024 * 1024


def read_docx(data: bytes, filename: str) -> Document:
    """Read a DOCX as one page of lines; raise ExtractionError if it is damaged."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > _MAX_UNCOMPRESSED:
                raise ExtractionError("the DOCX unpacks to more than 50 MB; it is not a résumé")
        # Word's Strict Open XML, which python-docx cannot open, as the ordinary DOCX it mirrors.
        document = docx.Document(io.BytesIO(transitional(data)))
        lines: list[Line] = []
        links: list[Link] = []
        for section in document.sections[:1]:
            # Contact details often sit in the page header of Word templates, and the name
            # sometimes only in the footer: both are read first, before any section opens.
            for part in (section.header, section.footer):
                if not part.is_linked_to_previous:
                    flatten(part._element, part.part)
                    for block in _blocks(part):
                        _collect(block, lines, links)
        # Content controls, smart tags, tracked changes and fields unwrapped to what Word shows.
        flatten(document.element.body, document.part)
        # Footnotes and endnotes read with the paragraph that marks them.
        notes_inline(document.element.body, document.part)
        blocks = list(_blocks(document))
        chunks = _chunks_by_block(document)
        for number, (block, following) in enumerate(zip(blocks, [*blocks[1:], None], strict=False)):
            for html in chunks.pop(number, ()):
                read_chunk(html, lines, links, _rows_read)
            # A definition list's term opens an entry, as a blank line does in text.
            term = isinstance(block, Paragraph) and opens_definition(block, following)
            if term and lines and lines[-1].text:
                lines.append(Line(text=""))
            start = len(lines)
            _collect(block, lines, links)
            if term:
                lines[start:] = [line.model_copy(update={"term": True}) for line in lines[start:]]
        for html in (html for pending in chunks.values() for html in pending):
            read_chunk(html, lines, links, _rows_read)
    except ExtractionError:
        raise
    except Exception as error:  # python-docx and lxml raise many kinds on a broken file
        detail = str(error).strip().splitlines()[0][:120] if str(error).strip() else ""
        raise ExtractionError(
            f"the DOCX is damaged and cannot be read{f' ({detail})' if detail else ''}"
        ) from None
    text = "\n".join(line.text for line in lines)
    page = Page(number=1, text=text, links=tuple(links), lines=tuple(lines))
    return Document(filename=filename, media_type=MEDIA_TYPE, pages=(page,))


def _chunks_by_block(document: DocxDocument) -> dict[int, list[str]]:
    """The web pages of the body's ``w:altChunk`` elements, each by the number of the body's
    paragraphs and tables before it (where Word lays it out)."""
    chunks: dict[int, list[str]] = {}
    before = 0
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:tbl"):
            before += 1
        elif child.tag == qn("w:p"):  # and its text boxes' blocks, as ``_blocks`` reads them
            boxes = child.iter(qn("w:txbxContent"))
            before += 1 + sum(
                len(box.findall(qn("w:p")) + box.findall(qn("w:tbl"))) for box in boxes
            )
        elif child.tag == qn("w:altChunk"):
            html = chunk_html(child, document.part)
            if html is not None:
                chunks.setdefault(before, []).append(html)
    return chunks


def _blocks(container: Any) -> Iterator[Paragraph | Table]:
    """Paragraphs and tables in the order they appear, text boxes' paragraphs included."""
    body = container.element.body if isinstance(container, DocxDocument) else container._element
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, container)
            for box in child.iter(qn("w:txbxContent")):
                for inner in box.iterchildren(qn("w:p"), qn("w:tbl")):
                    if inner.tag == qn("w:tbl"):
                        yield Table(inner, container)
                    else:
                        yield Paragraph(inner, container)
        elif child.tag == qn("w:tbl"):
            yield Table(child, container)


def _collect(block: Paragraph | Table, lines: list[Line], links: list[Link]) -> None:
    if isinstance(block, Table) and _lays_out_page(block):
        # Columns of text, not a table of values: each cell read through, left to right.
        for cell in _unique_cells(block):
            for inner in _blocks(cell):
                _collect(inner, lines, links)
        return
    if isinstance(block, Table):
        rows: list[list[str]] = []
        links_by_row: list[list[Link]] = []
        for row in block.rows:
            cells: list[str] = []
            row_links: list[Link] = []
            addresses: list[str] = []
            seen: set[Any] = set()
            for cell in row.cells:
                # A merged cell appears once per grid column it spans.
                if cell._tc in seen:
                    continue
                seen.add(cell._tc)
                cell_lines: list[Line] = []
                for paragraph in cell.paragraphs:
                    _collect(paragraph, cell_lines, row_links)
                for table in cell.tables:
                    _collect(table, cell_lines, row_links)
                texts = [line.text for line in cell_lines]
                # "Lean Six Sigma Black Belt" over its badge's address in one cell: the address
                # is the row's link, read at the row's end as a link column's is, not the
                # title's words.
                if len(texts) > 1 and any(_WEB_ADDRESS.fullmatch(text) for text in texts):
                    addresses.extend(text for text in texts if _WEB_ADDRESS.fullmatch(text))
                    texts = [text for text in texts if not _WEB_ADDRESS.fullmatch(text)]
                cells.append(join_cell_paragraphs(texts))
            rows.append([*cells, *addresses])
            links_by_row.append(row_links)
        _rows_read(rows, links_by_row, lines, links)
        return
    parts = [part for part in normalise(block.text).splitlines() if part]
    for item in block.iter_inner_content():
        if isinstance(item, Hyperlink) and item.url:
            text = normalise(item.text)
            # A paragraph with line breaks becomes several lines; the link sits in one of them.
            offset = next((i for i, part in enumerate(parts) if text and text in part), 0)
            links.append(Link(url=item.url, text=text, page=1, line=len(lines) + offset))
    level = outline_level(block)
    emphasised = level is not None or _emphasised(block)
    lines.extend(Line(text=part, emphasised=emphasised, outline_level=level) for part in parts)


def _rows_read(
    rows: list[list[str]], links_by_row: list[list[Link]], lines: list[Line], links: list[Link]
) -> None:
    """A table's rows as lines, by the same rule as PDF tables: a row is one line, under its
    header's field labels, and its links all point at it."""
    for span, text, credentials in table_entries(rows):
        line = len(lines)
        links.extend(
            link.model_copy(update={"line": line}) for index in span for link in links_by_row[index]
        )
        lines.append(Line(text=normalise(text), table_row=True, credentials_row=credentials))


def _unique_cells(table: Table) -> Iterator[Any]:
    """Each cell once, row by row, left to right: a merged cell appears once per grid column it
    spans. The set holds the cells' elements, not their ``id``: lxml frees an element's proxy
    once nothing holds it, and a later row's proxy may then take the freed address."""
    seen: set[Any] = set()
    for row in table.rows:
        for cell in row.cells:
            if cell._tc not in seen:
                seen.add(cell._tc)
                yield cell


# A cell of a table of values holds a line or two; one that holds more paragraphs than this, or
# a bulleted list, is a column of the page.
_CELL_PARAGRAPHS = 3
# Under a header, a cell holds a value's lines: a title, its issuer, a link, a note.
_HEADED_CELL_PARAGRAPHS = 6


def _lays_out_page(table: Table) -> bool:
    """The table is the page's layout: a cell holds several paragraphs, a list or a table. A
    table whose first row names its columns ("Competency | Rating | Certification | Issued")
    holds values, however many lines a cell takes (a title, its issuer and a "Verify" link)."""
    headed = _names_columns(table)
    for cell in _unique_cells(table):
        if cell.tables:
            return True
        paragraphs = [p for p in cell.paragraphs if p.text.strip()]
        if any(_in_list(p) for p in paragraphs):
            return True
        if len(paragraphs) >= (_HEADED_CELL_PARAGRAPHS if headed else _CELL_PARAGRAPHS):
            return True
    return False


def _names_columns(table: Table) -> bool:
    """The table's first row is a header of three or more column labels."""
    if not table.rows:
        return False
    seen: set[Any] = set()
    first: list[str] = []
    for cell in table.rows[0].cells:
        if cell._tc not in seen:
            seen.add(cell._tc)
            first.append(cell.text)
    return len(first) >= 3 and is_header_row(first)


def _in_list(paragraph: Paragraph) -> bool:
    properties = paragraph._p.pPr
    if properties is not None and properties.numPr is not None:
        return True
    style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    return style.startswith("list")


# Word's outline levels run 0 ("Heading 1") to 8; 9 is body text.
_BODY_LEVEL = 9
_HEADING_STYLE = re.compile(r"(?i)^heading\s*([1-9])$")
# Styles based on styles: a chain longer than this is a loop in a damaged file.
_STYLE_CHAIN = 10


def outline_level(paragraph: Paragraph) -> int | None:
    """The paragraph's outline level, the writer's mark of a heading: set on the paragraph,
    or on its style, or on a style it is based on ("CV Section" based on "Heading 2"), or
    given by a built-in "Heading N" style's name. None for body text."""
    level = _level_of(paragraph._p.pPr)
    if level is not None:
        return level if level < _BODY_LEVEL else None
    style = paragraph.style
    for _ in range(_STYLE_CHAIN):
        if style is None:
            return None
        level = _level_of(style.element.pPr)
        if level is not None:
            return level if level < _BODY_LEVEL else None
        named = _HEADING_STYLE.match(style.name or "")
        if named is not None:
            return int(named.group(1)) - 1
        style = style.base_style
    return None


def _level_of(properties: Any) -> int | None:
    if properties is None:
        return None
    found = properties.find(qn("w:outlineLvl"))
    value = found.get(qn("w:val")) if found is not None else None
    return int(value) if value is not None and value.isdigit() else None


def _emphasised(paragraph: Paragraph) -> bool:
    style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    if style.startswith(("heading", "title")):
        return True
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)
