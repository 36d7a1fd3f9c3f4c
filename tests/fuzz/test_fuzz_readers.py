"""The document readers on damaged PDFs, DOCX and text: only ExtractionError may come out.

Each example runs under an alarm, so an input that makes a reader spin fails the harness
with the input shown rather than stalling CI.
"""

from __future__ import annotations

import io
import zipfile

import docx
import weasyprint
from hypothesis import given, reject, settings
from hypothesis import strategies as st

import extractors
from extractors import ExtractionError
from service.uploads import DOCX as DOCX_TYPE
from service.uploads import PDF, UploadRejected, check_upload
from service.uploads import TEXT as TEXT_TYPE
from testkit.pdf_bytes import stream
from tests.extractors.documents import raw_pdf
from tests.fuzz.conftest import SCALE
from tests.fuzz.mutations import alarm, is_known_finding, mutated

FUZZ = settings.get_profile("fuzz")
# Seconds one read may take before it counts as a hang (a two-page PDF reads in ~0.1 s).
HANG = 10.0


def _page_pdf() -> bytes:
    """A WeasyPrint résumé: compressed streams, fonts, link annotations."""
    html = (
        "<h1>Ada Example</h1><p>ada@example.com · "
        '<a href="https://www.credly.com/badges/0b6c8f1e-1111-4222-8333-944455556666">badge</a>'
        "</p><h2>Certifications</h2><ul><li>Certified Kubernetes Administrator (CKA), "
        "The Linux Foundation, 2022</li><li>AWS Certified Developer – Associate</li></ul>"
    )
    pdf: bytes = weasyprint.HTML(string=html).write_pdf()
    return pdf


def _plain_pdf() -> bytes:
    """A hand-written PDF with an uncompressed content stream, so edits reach the operators."""
    content = (
        b"BT /F1 12 Tf 72 720 Td (Ada Example) Tj 0 -16 Td (Certifications) Tj "
        b"0 -16 Td [(Certified ) -20 (Kubernetes Administrator)] TJ ET"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> /Annots [6 0 R] >>",
        stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Annot /Subtype /Link /Rect [72 700 200 716] "
        b"/A << /S /URI /URI (https://example.org/badge) >> >>",
    ]
    return raw_pdf(objects)


def _docx() -> bytes:
    document = docx.Document()
    document.add_heading("Ada Example", level=1)
    paragraph = document.add_paragraph("Certified Kubernetes Administrator (CKA), 2022")
    paragraph.add_run(" – The Linux Foundation").bold = True
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "AWS Certified Developer"
    table.cell(0, 1).text = "2023"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


PAGE_PDF = _page_pdf()
PLAIN_PDF = _plain_pdf()
DOCX = _docx()
with zipfile.ZipFile(io.BytesIO(DOCX)) as _archive:
    DOCUMENT_XML = _archive.read("word/document.xml")
TEXT = (
    b"Ada Example\nada@example.com\n\nCertifications\n"
    b"Certified Kubernetes Administrator (CKA), The Linux Foundation, 2022\n"
)


def with_document_xml(body: bytes) -> bytes:
    """The seed DOCX with its main part replaced: edits reach python-docx, not zipfile."""
    output = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(DOCX)) as original,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for entry in original.infolist():
            part = body if entry.filename == "word/document.xml" else original.read(entry)
            copy.writestr(entry.filename, part)
    return output.getvalue()


def read_or_refuse(data: bytes, filename: str) -> None:
    """The harness's one contract: a Document, or an ExtractionError with a message."""
    with alarm(HANG):
        try:
            document = extractors.read(data, filename, max_pages=5)
        except ExtractionError as error:
            assert str(error).strip(), "an ExtractionError needs a message a person can act on"
            return
        except Exception as error:
            if not is_known_finding(error):
                raise
            reject()
    assert document.pages


@settings(FUZZ, max_examples=600 * SCALE)
@given(mutated(PLAIN_PDF))
def test_damaged_plain_pdfs(data: bytes) -> None:
    read_or_refuse(data, "resume.pdf")


@settings(FUZZ, max_examples=300 * SCALE)
@given(mutated(PAGE_PDF))
def test_damaged_rendered_pdfs(data: bytes) -> None:
    read_or_refuse(data, "resume.pdf")


@settings(FUZZ, max_examples=300 * SCALE)
@given(mutated(DOCX))
def test_damaged_docx_archives(data: bytes) -> None:
    read_or_refuse(data, "resume.docx")


@settings(FUZZ, max_examples=400 * SCALE)
@given(mutated(DOCUMENT_XML))
def test_damaged_docx_xml(body: bytes) -> None:
    read_or_refuse(with_document_xml(body), "resume.docx")


@settings(FUZZ, max_examples=500 * SCALE)
@given(st.one_of(mutated(TEXT), st.binary(max_size=2048), st.text(max_size=2048).map(str.encode)))
def test_damaged_and_arbitrary_text(data: bytes) -> None:
    read_or_refuse(data, "resume.txt")


@settings(FUZZ, max_examples=300 * SCALE)
@given(
    st.one_of(mutated(DOCX), mutated(PLAIN_PDF), mutated(TEXT)),
    st.sampled_from(["resume.pdf", "resume.docx", "resume.txt", "resume.docm", "resume"]),
)
def test_upload_checks(data: bytes, filename: str) -> None:
    """The upload checks answer a media type or an UploadRejected with a 4xx, nothing else."""
    with alarm(HANG):
        try:
            media_type = check_upload(data, filename, max_bytes=10 * 2**20)
        except UploadRejected as error:
            assert error.status_code in {400, 413, 415}
            assert str(error).strip()
            return
    assert media_type in {PDF, DOCX_TYPE, TEXT_TYPE}
