"""What Word wraps around text is read through: content controls (block, row, cell and run
level), custom XML, smart tags, tracked insertions, fields and alternate content give the same
claims as the bare document; deletions, placeholders and a fallback branch give nothing."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from extractors import extract, read
from tests.extractors.documents import add_hyperlink

ROOT = Path(__file__).resolve().parents[2]
# Word documents the project generates: its own corpus and the rendered corpus's tuned layouts
# written by python-docx and by pandoc.
DOCUMENTS = sorted(
    [
        *(ROOT / "tests" / "corpus" / "files").glob("*.docx"),
        *(ROOT / "tests" / "rendered" / "files").glob("docx-table__*.docx"),
        *(ROOT / "tests" / "rendered" / "files").glob("markdown-list__*.docx"),
    ]
)
_PARTS = ("word/document.xml", "word/header", "word/footer")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def _sdt(children: list[Any], placeholder: bool = False) -> Any:
    sdt = etree.Element(_w("sdt"))
    properties = etree.SubElement(sdt, _w("sdtPr"))
    etree.SubElement(properties, _w("alias")).set(_w("val"), "Section")
    if placeholder:
        etree.SubElement(properties, _w("showingPlcHdr"))
    content = etree.SubElement(sdt, _w("sdtContent"))
    content.extend(children)
    return sdt


def _wrap(element: Any, wrapper: Callable[[list[Any]], Any]) -> None:
    parent = element.getparent()
    index = parent.index(element)
    parent.insert(index, wrapper([element]))


def _plain(tag: str, properties: str | None = None) -> Callable[[list[Any]], Any]:
    def make(children: list[Any]) -> Any:
        wrapper = etree.Element(_w(tag))
        if tag == "ins":
            wrapper.set(_w("id"), "1")
            wrapper.set(_w("author"), "Editor")
        if tag in ("customXml", "smartTag"):
            wrapper.set(_w("element"), "place")
        if properties is not None:
            etree.SubElement(wrapper, _w(properties))
        wrapper.extend(children)
        return wrapper

    return make


def _wrap_blocks(root: Any) -> None:
    """Every body block, table row, cell and block in a cell inside a content control."""
    for container in [*root.iter(_w("body"), _w("hdr"), _w("ftr"), _w("tc"))]:
        for child in list(container):
            if child.tag in (_w("p"), _w("tbl")):
                _wrap(child, _sdt)
    for row in list(root.iter(_w("tr"))):
        _wrap(row, _sdt)
    for cell in list(root.iter(_w("tc"))):
        _wrap(cell, _sdt)


_RUN_WRAPPERS = (_sdt, _plain("smartTag", "smartTagPr"), _plain("customXml"), _plain("ins"))


def _wrap_runs(root: Any) -> None:
    """Each run in an inline content control, a smart tag, custom XML or a tracked insertion,
    in turn; the paragraph itself inside custom XML."""
    for index, run in enumerate(list(root.iter(_w("r")))):
        if run.getparent().tag in (_w("p"), _w("hyperlink")):
            _wrap(run, _RUN_WRAPPERS[index % len(_RUN_WRAPPERS)])
    for paragraph in list(root.iter(_w("p"))):
        if paragraph.getparent().tag == _w("body"):
            _wrap(paragraph, _plain("customXml"))


def _rewritten(data: bytes, change: Callable[[Any], None]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename.startswith(_PARTS) and info.filename.endswith(".xml"):
                root = etree.fromstring(content)
                change(root)
                content = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            target.writestr(info, content)
    return buffer.getvalue()


def _found(data: bytes) -> tuple[Any, ...]:
    extraction = extract(data, "resume.docx")
    claims = tuple(
        (c.title, c.issuer, c.credential_id, c.url, c.issued_on, c.expires_on, c.catalog_id)
        for c in extraction.claims
    )
    candidate = extraction.candidate
    return claims, candidate.name, candidate.emails, candidate.profiles


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.stem)
def test_a_document_inside_content_controls_gives_the_same_claims(path: Path) -> None:
    data = path.read_bytes()
    bare = _found(data)
    assert _found(_rewritten(data, _wrap_blocks)) == bare
    assert _found(_rewritten(data, _wrap_runs)) == bare


def test_the_corpus_holds_word_documents_of_both_writers() -> None:
    assert len(DOCUMENTS) >= 12
    assert any(path.name.startswith("markdown-list") for path in DOCUMENTS)


# -- documents made here ------------------------------------------------------------------------

_ENTRY = "Certified Information Systems Security Professional (CISSP), ISC2, Mar 2021"
_URL = "https://www.credly.com/badges/0a1b2c3d-4e5f"


def _resume(certifications: Callable[[Any], None]) -> bytes:
    document = docx.Document()
    document.add_paragraph("Morgan Ellery")
    document.add_paragraph("morgan.ellery@example.com")
    document.add_heading("Certifications", level=2)
    certifications(document)
    document.add_heading("Skills", level=2)
    document.add_paragraph("Python, networking")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _linked_entry(document: Any) -> None:
    add_hyperlink(document.add_paragraph(_ENTRY + " "), _URL, "Verify")


def _run(text: str, tag: str = "t") -> Any:
    run = OxmlElement("w:r")
    node = OxmlElement(f"w:{tag}")
    node.text = text
    node.set(qn("xml:space"), "preserve")
    run.append(node)
    return run


def _field_char(kind: str) -> Any:
    run = OxmlElement("w:r")
    mark = OxmlElement("w:fldChar")
    mark.set(qn("w:fldCharType"), kind)
    run.append(mark)
    return run


def _lines(data: bytes) -> list[str]:
    return [line.text for page in read(data, "cv.docx").pages for line in page.lines]


def test_a_complex_hyperlink_field_links_its_result_and_hides_its_instruction() -> None:
    def entry(document: Any) -> None:
        paragraph = document.add_paragraph(_ENTRY + " ")._p
        paragraph.append(_field_char("begin"))
        paragraph.append(_run(' HYPERLINK "', "instrText"))
        paragraph.append(_run(_URL + '" \\o "badge"', "instrText"))
        paragraph.append(_field_char("separate"))
        paragraph.append(_run("Verify"))
        paragraph.append(_field_char("end"))

    expected = _found(_resume(_linked_entry))
    assert expected[0][0][3] == _URL
    data = _resume(entry)
    assert _found(data) == expected
    assert not any("HYPERLINK" in line for line in _lines(data))


def test_a_simple_hyperlink_field_is_a_link_and_other_simple_fields_are_their_result() -> None:
    def entry(document: Any) -> None:
        paragraph = document.add_paragraph(_ENTRY + " ")._p
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), f' HYPERLINK "{_URL}" ')
        field.append(_run("Verify"))
        paragraph.append(field)
        page = OxmlElement("w:fldSimple")
        page.set(qn("w:instr"), " PAGE ")
        page.append(_run("Page 1"))
        document.add_paragraph()._p.append(page)

    data = _resume(entry)
    assert _found(data) == _found(_resume(_linked_entry))
    assert "Page 1" in _lines(data)


def test_a_placeholder_a_deletion_and_a_moved_away_run_are_not_content() -> None:
    def entry(document: Any) -> None:
        _linked_entry(document)
        empty = document.add_paragraph()._p
        body = empty.getparent()
        body.replace(empty, _sdt([_paragraph("Click or tap here to enter text.")], True))
        inline = document.add_paragraph("AWS Certified Cloud Practitioner")._p
        inline.append(_sdt([_run("[Issuer]")], placeholder=True))
        deleted = OxmlElement("w:del")
        deleted.append(_run("Certified Kubernetes Administrator, CNCF, 2020", "delText"))
        document.add_paragraph()._p.append(deleted)
        moved = OxmlElement("w:moveFrom")
        moved.append(_run("Project Management Professional (PMP), PMI, 2019"))
        document.add_paragraph()._p.append(moved)

    lines = _lines(_resume(entry))
    assert not any("Click or tap" in line or "[Issuer]" in line for line in lines)
    assert not any("Kubernetes" in line or "PMP" in line for line in lines)
    assert "AWS Certified Cloud Practitioner" in lines


def _paragraph(text: str) -> Any:
    paragraph = OxmlElement("w:p")
    paragraph.append(_run(text))
    return paragraph


def test_a_text_box_in_alternate_content_is_read_once_and_a_deleted_row_not_at_all() -> None:
    def box(content: str) -> Any:
        frame = OxmlElement("w:txbxContent")
        frame.append(_paragraph(content))
        return frame

    def entry(document: Any) -> None:
        run = OxmlElement("w:r")
        alternate = etree.SubElement(run, f"{{{_MC}}}AlternateContent")
        choice = etree.SubElement(alternate, f"{{{_MC}}}Choice", Requires="wps")
        etree.SubElement(choice, _w("drawing")).append(box(_ENTRY))
        fallback = etree.SubElement(alternate, f"{{{_MC}}}Fallback")
        etree.SubElement(fallback, _w("pict")).append(box(_ENTRY))
        document.add_paragraph()._p.append(run)
        table = document.add_table(rows=2, cols=2)
        table.rows[0].cells[0].text = "Certified Kubernetes Administrator"
        table.rows[0].cells[1].text = "CNCF"
        row_properties = table.rows[0]._tr.get_or_add_trPr()
        row_properties.append(OxmlElement("w:del"))
        table.rows[1].cells[0].text = "Kept"

    lines = _lines(_resume(entry))
    assert lines.count(_ENTRY) == 1
    assert not any("Kubernetes" in line for line in lines)


def test_a_certifications_table_inside_a_content_control_keeps_its_ids_and_links() -> None:
    def table(document: Any) -> None:
        grid = document.add_table(rows=2, cols=4)
        for cell, text in zip(
            grid.rows[0].cells, ("Certification", "Issuer", "Credential ID", "Issued"), strict=True
        ):
            cell.text = text
        for cell, text in zip(
            grid.rows[1].cells, ("CISSP", "ISC2", "ID-4471902", "Mar 2021"), strict=True
        ):
            cell.text = text
        add_hyperlink(grid.rows[1].cells[0].paragraphs[0], _URL, " Verify")

    def controlled(document: Any) -> None:
        table(document)
        element = document.tables[-1]._tbl
        for cell in list(element.iter(qn("w:tc"))):
            for paragraph in list(cell.iterchildren(qn("w:p"))):
                _wrap(paragraph, _sdt)
        for row in list(element.iter(qn("w:tr"))):
            _wrap(row, _sdt)
        _wrap(element, _sdt)

    bare = _found(_resume(table))
    assert bare[0] and bare[0][0][2] == "ID-4471902" and bare[0][0][3] == _URL
    assert _found(_resume(controlled)) == bare
