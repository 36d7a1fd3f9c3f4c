"""Reading PDF, DOCX and text résumés, and refusing what cannot be read."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import nsmap
from docx.oxml.parser import parse_xml

from extractors import ExtractionError, UnsupportedFormatError, read
from extractors.text import find_urls
from tests.extractors.documents import SHARED_RESUMES, docx_bytes, pdf

BADGE = "https://www.credly.com/badges/3f2a9c1e-1b7d-4a55-9e0f-0c2d4b6a8e11/public_url"


def test_pdf_link_annotation_carries_the_words_it_covers() -> None:
    data = pdf(
        "<h1>Amélie Dubois-Ferré</h1>"
        "<h2>Certifications</h2>"
        f'<p><a href="{BADGE}">Certified Kubernetes Administrator</a> · The Linux Foundation</p>'
    )

    document = read(data, "amelie.pdf")

    assert document.media_type == "application/pdf"
    assert [page.number for page in document.pages] == [1]
    assert "Amélie Dubois-Ferré" in document.text
    (link,) = document.links
    assert link.url == BADGE
    assert link.text == "Certified Kubernetes Administrator"
    assert link.page == 1
    assert link.bbox is not None
    line = next(line for line in document.pages[0].lines if "Kubernetes" in line.text)
    assert line.bbox is not None and line.bbox[1] <= link.bbox[3] and link.bbox[1] <= line.bbox[3]


def test_two_column_pdf_is_read_one_column_at_a_time() -> None:
    sidebar = "".join(f"<p>Sidebar item {n} alpha</p>" for n in range(1, 13))
    main = "".join(f"<p>Main column sentence {n} about work</p>" for n in range(1, 13))
    data = pdf(
        f'<h1>Kwame Mensah</h1><div class="side">{sidebar}</div><div class="main">{main}</div>',
        css=".side { float: left; width: 30%; } .main { margin-left: 36%; }",
    )

    lines = [line.text for line in read(data, "kwame.pdf").pages[0].lines]

    sidebar_rows = [i for i, text in enumerate(lines) if text.startswith("Sidebar item")]
    main_rows = [i for i, text in enumerate(lines) if text.startswith("Main column")]
    assert len(sidebar_rows) == 12 and len(main_rows) == 12
    # Never interleaved: all of one column, then all of the other.
    assert max(sidebar_rows) < min(main_rows)
    assert lines[0] == "Kwame Mensah"


def test_date_column_rows_stay_together() -> None:
    rows = "".join(
        f"<tr><td class='d'>20{10 + n}</td><td>Role number {n} at Company {n}</td></tr>"
        for n in range(8)
    )
    data = pdf(
        f"<h1>Ana Souza</h1><table>{rows}</table>",
        css="td.d { width: 25%; } td { padding: 2pt 18pt 2pt 0; } table { width: 100%; }",
    )

    lines = [line.text for line in read(data, "ana.pdf").pages[0].lines]

    # One row, the wide gap between its cells kept as a tab.
    assert "2013\tRole number 3 at Company 3" in lines


def test_docx_paragraphs_tables_and_hyperlinks_in_body_order() -> None:
    data = docx_bytes(
        ["Søren Kierkegård", "Certifications"],
        table=[["AWS Certified Cloud Practitioner", "Amazon Web Services", "2023"]],
        after_table=[("Badge: ", "Verify credential", BADGE)],
    )

    document = read(data, "soren.docx")

    assert document.media_type.endswith("wordprocessingml.document")
    lines = [line.text for line in document.pages[0].lines]
    assert lines == [
        "Søren Kierkegård",
        "Certifications",
        "AWS Certified Cloud Practitioner | Amazon Web Services | 2023",
        "Badge: Verify credential",
    ]
    (link,) = document.links
    assert (link.url, link.text, link.line) == (BADGE, "Verify credential", 3)


def test_text_resume_in_utf16_and_latin1() -> None:
    text = "José Álvarez\njose@example.es\n"
    assert read(text.encode("utf-16"), "cv.txt").text.startswith("José Álvarez")
    assert read(text.encode("latin-1"), "cv.txt").text.startswith("José Álvarez")
    assert read(text.encode("utf-8"), "cv.md").media_type == "text/plain"


def test_url_broken_across_lines_is_joined() -> None:
    text = "Badge: https://www.credly.com/badges/\n3f2a9c1e-1b7d-4a55-9e0f-0c2d4b6a8e11\nNext line"

    urls = [url for _, url in find_urls(text)]

    assert urls == ["https://www.credly.com/badges/3f2a9c1e-1b7d-4a55-9e0f-0c2d4b6a8e11"]


def test_url_cut_inside_a_pdf_line_is_found_whole() -> None:
    data = pdf(
        "<p>Badge: https://www.credly.com/badges/<br>3f2a9c1e-1b7d-4a55-9e0f-0c2d4b6a8e11</p>"
    )

    urls = [url for _, url in find_urls(read(data, "x.pdf").text)]

    assert urls == ["https://www.credly.com/badges/3f2a9c1e-1b7d-4a55-9e0f-0c2d4b6a8e11"]


def test_empty_file_is_refused() -> None:
    with pytest.raises(ExtractionError, match="empty"):
        read(b"", "cv.pdf")
    with pytest.raises(ExtractionError, match="empty"):
        read(b"  \n ", "cv.txt")


def test_password_protected_pdf_is_refused() -> None:
    data = (SHARED_RESUMES / "edge_scorelia_password_protected.pdf").read_bytes()

    with pytest.raises(ExtractionError, match="password"):
        read(data, "locked.pdf")


def test_corrupt_pdf_is_refused() -> None:
    real = pdf("<p>Ines Moreau</p>")
    with pytest.raises(ExtractionError, match="damaged"):
        read(real[: len(real) // 3], "cut.pdf")
    with pytest.raises(ExtractionError, match="not a PDF"):
        read(b"This is a corrupt pdf file with junk bytes", "junk.pdf")


def test_corrupt_docx_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><unclosed>")
        archive.writestr("[Content_Types].xml", "<nope/>")
    with pytest.raises(ExtractionError, match="damaged"):
        read(buffer.getvalue(), "broken.docx")


def test_unsupported_types_are_named() -> None:
    with pytest.raises(UnsupportedFormatError, match="PNG"):
        read(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "photo.png")
    with pytest.raises(UnsupportedFormatError, match=r"\.doc"):
        read(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "old.doc")
    with pytest.raises(UnsupportedFormatError):
        read(bytes(range(256)) * 4, "blob.bin")


def test_too_many_pages_is_refused_with_the_count() -> None:
    data = pdf("".join("<p style='page-break-after: always'>Page</p>" for _ in range(6)))

    with pytest.raises(ExtractionError, match="6 pages, more than the 5"):
        read(data, "long.pdf", max_pages=5)


def test_image_only_pdf_warns_no_text_layer() -> None:
    data = pdf("<div style='width: 100pt; height: 100pt; background: black'></div>")

    document = read(data, "scan.pdf")

    assert document.text.strip() == ""
    assert any("no text layer" in warning for warning in document.warnings)


def test_running_footers_are_dropped_from_every_page_but_the_first_where_they_head_it() -> None:
    """The footer may be the only place the name is printed: the first page keeps it, above
    the body so that it never joins the last section."""
    bodies = ["Experience at Globex", "Education in Lisbon", "Skills and languages"]
    pages = "".join(f"<p style='page-break-after: always'>{body}</p>" for body in bodies)
    data = pdf(
        pages,
        css="@page { @bottom-center { content: 'Jane Doe · Résumé ' counter(page) } }",
    )

    document = read(data, "jane.pdf")

    assert len(document.pages) == 3
    assert [[line.text for line in page.lines] for page in document.pages] == [
        ["Jane Doe · Résumé 1", bodies[0]],
        [bodies[1]],
        [bodies[2]],
    ]


def test_lines_that_differ_only_in_their_numbers_across_a_page_break_are_kept() -> None:
    pages = [
        ["Certifications", "CISSP, ISC2", "Credential ID 4411"],
        ["Credential ID 5520", "CCSP, ISC2"],
    ]
    body = "".join(
        "<div style='page-break-after: always'>"
        + "".join(f"<p>{text}</p>" for text in texts)
        + "</div>"
        for texts in pages
    )
    data = pdf(body, css="@page { @bottom-center { content: 'Jane Doe · Page ' counter(page) } }")

    document = read(data, "jane.pdf")

    assert [[line.text for line in page.lines] for page in document.pages] == [
        ["Jane Doe · Page 1", *pages[0]],
        pages[1],
    ]


def test_docx_text_box_paragraphs_are_read() -> None:
    """Word templates put sidebars in text boxes, which python-docx's paragraphs skip."""
    document = docx.Document()
    document.add_paragraph("Nadia Haddad")
    paragraphs = "".join(
        f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
        for text in ("Certifications", "CompTIA Security+ — CompTIA — 2022")
    )
    text_box = parse_xml(
        f'<w:r xmlns:w="{nsmap["w"]}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape>'
        f"<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict>"
        "</w:r>"
    )
    document.add_paragraph()._p.append(text_box)
    buffer = io.BytesIO()
    document.save(buffer)

    lines = [line.text for line in read(buffer.getvalue(), "nadia.docx").pages[0].lines]

    assert lines == ["Nadia Haddad", "Certifications", "CompTIA Security+ — CompTIA — 2022"]
