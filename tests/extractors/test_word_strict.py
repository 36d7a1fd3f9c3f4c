"""Word's Strict Open XML DOCX reads as the ordinary DOCX it mirrors."""

from __future__ import annotations

import io
import zipfile

import docx

from extractors import extract
from extractors.word_strict import transitional
from tests.extractors.documents import add_hyperlink

# What Word's "Strict Open XML Document" writes in place of each Transitional name (ECMA-376
# Part 1, 4th edition and later: the Strict schemas' target namespaces and relationship types).
_TO_STRICT = (
    (
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ),
    (
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ),
    (
        "http://schemas.openxmlformats.org/drawingml/2006/main",
        "http://purl.oclc.org/ooxml/drawingml/main",
    ),
    (
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
    ),
)


def _resume() -> bytes:
    document = docx.Document()
    document.add_paragraph("Nadia Haddad")
    document.add_paragraph("nadia.haddad@example.org")
    document.add_paragraph("Certifications")
    document.add_paragraph(
        "Certified Information Systems Security Professional (CISSP), ISC2, Mar 2022"
    )
    entry = document.add_paragraph(
        "AWS Certified Solutions Architect – Associate, Amazon Web Services, Jan 2024 · "
    )
    add_hyperlink(
        entry, "https://www.credly.com/badges/5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f", "Badge"
    )
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Certified ScrumMaster (CSM), Scrum Alliance"
    table.cell(0, 1).text = "Credential ID 001234567"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _as_strict(data: bytes) -> bytes:
    """``data`` saved as Word saves "Strict Open XML": the same parts, Strict names."""
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(output, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename.endswith((".xml", ".rels")):
                text = content.decode("utf-8")
                for ordinary, strict in _TO_STRICT:
                    text = text.replace(ordinary, strict)
                if info.filename == "word/document.xml":
                    text = text.replace("<w:document ", '<w:document w:conformance="strict" ', 1)
                content = text.encode("utf-8")
            target.writestr(info, content)
    return output.getvalue()


def test_a_strict_docx_reads_as_its_ordinary_twin() -> None:
    ordinary = _resume()
    strict = _as_strict(ordinary)
    with zipfile.ZipFile(io.BytesIO(strict)) as package:
        assert b"purl.oclc.org/ooxml/officeDocument" in package.read("_rels/.rels")
        assert b"schemas.openxmlformats.org/wordprocessingml" not in package.read(
            "word/document.xml"
        )

    expected, found = extract(ordinary, "cv.docx"), extract(strict, "cv.docx")

    assert found.candidate == expected.candidate
    assert found.candidate.name == "Nadia Haddad"
    shown = [(claim.title, claim.issuer, claim.url, claim.credential_id) for claim in found.claims]
    assert shown == [
        (claim.title, claim.issuer, claim.url, claim.credential_id) for claim in expected.claims
    ]
    assert len(shown) == 3
    assert any(url and url.startswith("https://www.credly.com/badges/") for _, _, url, _ in shown)
    assert any(credential_id == "001234567" for *_, credential_id in shown)


def test_an_ordinary_docx_is_handed_on_untouched() -> None:
    ordinary = _resume()
    assert transitional(ordinary) is ordinary
    assert transitional(b"not a zip at all") == b"not a zip at all"
