"""The upload's check: what a read refuses for a file that does not open, refused with the same
sentence, without reading a PDF's pages."""

from __future__ import annotations

import io
import zipfile

import pdfplumber.page
import pytest

from extractors import ExtractionError, check_readable, read
from tests.extractors.documents import SHARED_RESUMES, docx_bytes, pdf

GOOD_PDF = pdf("<h1>Ines Moreau</h1><p>Certified Kubernetes Administrator, 2022</p>")


def broken_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><unclosed>")
        archive.writestr("[Content_Types].xml", "<nope/>")
    return buffer.getvalue()


REFUSED = {
    "empty": (b"", "cv.pdf", 20),
    "blank text": (b"  \n ", "cv.txt", 20),
    "locked": ((SHARED_RESUMES / "edge_scorelia_password_protected.pdf").read_bytes(), "x.pdf", 20),
    "cut short": (GOOD_PDF[: len(GOOD_PDF) // 3], "cut.pdf", 20),
    "not a PDF": (b"This is a corrupt pdf file with junk bytes", "junk.pdf", 20),
    "broken DOCX": (broken_docx(), "broken.docx", 20),
    "PNG": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "photo.png", 20),
    "binary": (bytes(range(256)) * 4, "blob.bin", 20),
    "too long": (
        pdf("".join("<p style='page-break-after: always'>Page</p>" for _ in range(6))),
        "long.pdf",
        5,
    ),
}


@pytest.mark.parametrize(("data", "filename", "max_pages"), REFUSED.values(), ids=REFUSED)
def test_the_check_refuses_what_a_read_refuses_with_the_same_sentence(
    data: bytes, filename: str, max_pages: int
) -> None:
    with pytest.raises(ExtractionError) as read_refused:
        read(data, filename, max_pages=max_pages)
    with pytest.raises(type(read_refused.value)) as check_refused:
        check_readable(data, filename, max_pages=max_pages)
    assert str(check_refused.value) == str(read_refused.value)


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (GOOD_PDF, "ines.pdf"),
        (docx_bytes(["Ines Moreau", "Certified Kubernetes Administrator"]), "ines.docx"),
        (b"Ines Moreau\nCertified Kubernetes Administrator\n", "ines.txt"),
    ],
    ids=["pdf", "docx", "text"],
)
def test_a_readable_resume_passes(data: bytes, filename: str) -> None:
    check_readable(data, filename)


def test_a_pdf_is_opened_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_reading(*_: object, **__: object) -> None:
        raise AssertionError("a page was read")

    monkeypatch.setattr(pdfplumber.page.Page, "extract_words", no_reading)

    check_readable(GOOD_PDF, "ines.pdf")
    with pytest.raises(ExtractionError, match="damaged"):  # a read reads the page
        read(GOOD_PDF, "ines.pdf")
