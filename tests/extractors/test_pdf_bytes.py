"""The PDF serialiser the hand-written test documents share (``testkit/pdf_bytes.py``): its
cross-reference table points at each object, and a reader finds the pages, the text and the links
it was given."""

from __future__ import annotations

import io
import re

import pdfplumber

from testkit import pdf_bytes


def _two_pages() -> list[pdf_bytes.Page]:
    link: pdf_bytes.Link = (72, 698, 220, 712, "https://example.org/verify?id=(7)")
    first = [b"BT /R 12 Tf 72 720 Td " + pdf_bytes.literal(b"Dana (Reyes)") + b" Tj ET"]
    second = [b"BT /B 10 Tf 72 700 Td (\x81rst aid) Tj ET"]
    return [(first, [link]), (second, [])]


def _annotation(link: pdf_bytes.Link) -> bytes:
    return pdf_bytes.link_annotation(link, pdf_bytes.literal(link[4].encode()))


def _document() -> bytes:
    objects = pdf_bytes.catalog_first(
        _two_pages(),
        size=(595, 842),
        faces={"R": "Helvetica", "B": "Helvetica-Bold"},
        annotation=_annotation,
        differences="129 /fi",
    )
    return objects.serialise(header=pdf_bytes.HEADER_1_4, info=b"<< /Producer (a test) >>")


def test_every_cross_reference_points_at_its_object() -> None:
    data = _document()
    start = int(data.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    table = data[start:].split(b"trailer", 1)[0].splitlines()
    assert table[:2] == [b"xref", b"0 %d" % (len(table) - 2)]
    for number, entry in enumerate(table[3:], start=1):
        offset = int(entry.split()[0])
        assert data[offset:].startswith(b"%d 0 obj\n" % number)
    assert data.endswith(b"%%EOF\n")


def test_a_reader_finds_the_pages_text_and_links() -> None:
    with pdfplumber.open(io.BytesIO(_document())) as document:
        assert len(document.pages) == 2
        assert document.pages[0].extract_text() == "Dana (Reyes)"
        # code 129 is the "fi" ligature by the encoding's differences
        assert document.pages[1].extract_text() == "first aid"
        assert [link["uri"] for link in document.pages[0].hyperlinks] == [
            "https://example.org/verify?id=(7)"
        ]
        assert document.metadata["Producer"] == "a test"


def test_pages_numbered_ahead_of_their_parent_point_at_it() -> None:
    """A writer that puts the page tree after the pages knows its number beforehand."""
    objects = pdf_bytes.Objects()
    fonts = objects.fonts({"R": "Helvetica", "B": "Helvetica-Bold"}, "129 /fi")
    pages = _two_pages()
    parent = objects.after_pages(pages)
    kids = objects.pages(pages, parent=parent, size=(595, 842), fonts=fonts, annotation=_annotation)
    assert objects.add(pdf_bytes.page_tree(kids)) == parent
    root = objects.add(pdf_bytes.catalog(parent))
    data = objects.serialise(root=root)
    assert re.search(rb"/Root %d 0 R" % root, data)
    with pdfplumber.open(io.BytesIO(data)) as document:
        assert [page.extract_text() for page in document.pages] == ["Dana (Reyes)", "first aid"]
