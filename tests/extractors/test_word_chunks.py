"""A DOCX whose body is a web page (``w:altChunk``), as a web builder's "Download as Word"
writes it: the page read as Word lays it out, its table rows as a table's, its links in place."""

from __future__ import annotations

import io

import docx
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from extractors import extract

_CHUNK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"

_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>CV</title>
<style>h1 { color: navy }</style></head><body>
<h1>Anneli Virtanen</h1>
<p>Food Safety Manager | <a href="mailto:anneli@example.fi">anneli@example.fi</a></p>
<h2>Certifications</h2>
<table>
<tr><th>Certification</th><th>Issuer</th><th>ID</th><th>Issued</th><th>Expires</th><th>Link</th></tr>
<tr><td>Certified Quality Auditor (CQA)</td><td>ASQ</td><td>55102</td><td>04/2019</td>
<td>04/2022 (expired)</td><td><a href="https://www.credly.com/badges/aa11-cqa">Verify</a></td></tr>
<tr><td>Certified HACCP Auditor (CHA)</td><td>ASQ</td><td>60418</td><td>09/2023</td>
<td>09/2026</td><td></td></tr>
</table>
<p><i>In progress</i></p>
<ul><li>Nordic Dairy Oy: ISO 22000:2018 certified (the company's)</li></ul>
<h2>Skills</h2><p>HACCP, auditing</p>
</body></html>"""


def _mht(page: str) -> bytes:
    quoted = page.replace("=", "=3D")
    return (
        'MIME-Version: 1.0\nContent-Type: multipart/related; type="text/html"; boundary="part"\n\n'
        '--part\nContent-Type: text/html; charset="utf-8"\n'
        f"Content-Transfer-Encoding: quoted-printable\n\n{quoted}\n--part--\n"
    ).encode()


def _chunk_docx(blob: bytes, content_type: str = "message/rfc822") -> bytes:
    document = docx.Document()
    part = Part(PackURI("/word/afchunk.mht"), content_type, blob, document.part.package)
    chunk = OxmlElement("w:altChunk")
    chunk.set(qn("r:id"), document.part.relate_to(part, _CHUNK))
    document.element.body.insert(0, chunk)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_web_page_chunk_is_read_as_the_page_word_shows() -> None:
    extraction = extract(_chunk_docx(_mht(_PAGE)), "cv.docx")

    assert extraction.candidate.name == "Anneli Virtanen"
    # The lapsed row is still a claim (its status says what its expiry date says), and the
    # employer's certificate under "In progress" none.
    assert [claim.title.split(" (")[0] for claim in extraction.claims] == [
        "Certified Quality Auditor",
        "Certified HACCP Auditor",
    ]
    assert [
        (claim.credential_id, claim.issued_on, claim.expires_on, claim.url)
        for claim in extraction.claims
    ] == [
        ("55102", "2019-04", "2022-04", "https://www.credly.com/badges/aa11-cqa"),
        ("60418", "2023-09", "2026-09", None),
    ]


def test_a_chunk_of_plain_html_is_read_too() -> None:
    extraction = extract(_chunk_docx(_PAGE.encode(), "text/html"), "cv.docx")

    assert len(extraction.claims) == 2
