"""Word's "Strict Open XML Document" read as the ordinary DOCX it mirrors.

ISO/IEC 29500 Strict, which Word offers in Save As (and some organisations save by default),
writes the same parts and element names as an ordinary (Transitional) DOCX, under the
``http://purl.oclc.org/ooxml/…`` namespaces and relationship types. python-docx knows only the
Transitional ones, so it cannot find a Strict file's document at all. Each XML part's Strict
namespace names are rewritten to their Transitional twins (ECMA-376 Part 1, the namespace table
of its Strict and Transitional schemas) before python-docx opens the package; a DOCX that is
not Strict is handed on untouched.
"""

from __future__ import annotations

import io
import zipfile

_STRICT_DOCUMENT = b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
_STRICT = b"http://purl.oclc.org/ooxml/"
_TRANSITIONAL = b"http://schemas.openxmlformats.org/"
# Strict name → Transitional name, each a namespace or a prefix of relationship types
# ("…/officeDocument/relationships/hyperlink"). Longer names first where one begins another.
_NAMESPACES = (
    (b"wordprocessingml/main", b"wordprocessingml/2006/main"),
    (b"officeDocument/relationships", b"officeDocument/2006/relationships"),
    (b"officeDocument/sharedTypes", b"officeDocument/2006/sharedTypes"),
    (b"officeDocument/math", b"officeDocument/2006/math"),
    (b"officeDocument/docPropsVTypes", b"officeDocument/2006/docPropsVTypes"),
    (b"officeDocument/extendedProperties", b"officeDocument/2006/extended-properties"),
    (b"officeDocument/customProperties", b"officeDocument/2006/custom-properties"),
    (b"officeDocument/bibliography", b"officeDocument/2006/bibliography"),
    (b"drawingml/wordprocessingDrawing", b"drawingml/2006/wordprocessingDrawing"),
    (b"drawingml/picture", b"drawingml/2006/picture"),
    (b"drawingml/chart", b"drawingml/2006/chart"),
    (b"drawingml/diagram", b"drawingml/2006/diagram"),
    (b"drawingml/main", b"drawingml/2006/main"),
)


def transitional(data: bytes) -> bytes:
    """The DOCX ``data`` with Strict namespaces rewritten to Transitional ones; ``data`` itself
    when its package does not name a Strict document (or is no ZIP: the reader says so)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if _STRICT_DOCUMENT not in archive.read("_rels/.rels"):
                return data
            output = io.BytesIO()
            with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as rewritten:
                for info in archive.infolist():
                    content = archive.read(info)
                    if info.filename.endswith((".xml", ".rels")):
                        content = _renamed(content)
                    rewritten.writestr(info, content)
    except (zipfile.BadZipFile, KeyError):
        return data
    return output.getvalue()


def _renamed(xml: bytes) -> bytes:
    for strict, ordinary in _NAMESPACES:
        xml = xml.replace(_STRICT + strict, _TRANSITIONAL + ordinary)
    return xml
