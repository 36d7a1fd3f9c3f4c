"""The front door for résumé bytes: sniff the format, hand it to its reader."""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import PurePath

from extractors.models import Document, ExtractionError, Page, UnsupportedFormatError
from extractors.resume_json import resume_json_text
from extractors.text import normalise
from extractors.text_tables import text_lines

TEXT_MEDIA_TYPE = "text/plain"
# Magic numbers of files people upload by mistake, to name them in the error.
_KNOWN_BINARIES = {
    b"\xd0\xcf\x11\xe0": "a Word 97-2003 .doc file; save it as DOCX or PDF",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"{\\rtf": "an RTF file; save it as DOCX or PDF",
    b"PK\x03\x04": "a ZIP archive that is not a DOCX",
}
# A name that promises a format the bytes do not have means a broken or renamed file.
_CLAIMED_FORMATS = {".pdf": "PDF", ".docx": "DOCX"}


def read(data: bytes, filename: str, *, max_pages: int = 20) -> Document:
    """Read a PDF, DOCX or text résumé into pages of lines and links.

    Raises ExtractionError (UnsupportedFormatError for a wrong kind of file) with a one-line
    message a person can act on.
    """
    if not data or not data.strip():
        raise ExtractionError("the file is empty")
    # Each reader is imported when its first file comes (pdfplumber and python-docx take a
    # quarter of a second): a command reading one text résumé never loads them.
    if _is_pdf(data):
        from extractors.pdf import read_pdf

        return read_pdf(data, filename, max_pages=max_pages)
    if is_docx(data):
        from extractors.word import read_docx

        return read_docx(data, filename)
    suffix = PurePath(filename).suffix.lower()
    if suffix in _CLAIMED_FORMATS:
        raise ExtractionError(
            f"the file is named {suffix} but is not a {_CLAIMED_FORMATS[suffix]}: "
            "it is damaged or was renamed"
        )
    for magic, kind in _KNOWN_BINARIES.items():
        if data.startswith(magic):
            raise UnsupportedFormatError(f"unsupported file type: {kind}")
    text = _decode(data)
    if text is None:
        raise UnsupportedFormatError(
            f"unsupported file type ({suffix or 'no extension'}): upload a PDF, DOCX or text résumé"
        )
    if not normalise(text).strip():
        raise ExtractionError("the file has no text")
    # A JSON Resume document is read as the text a person would have written from it.
    text = resume_json_text(text) or text
    lines = text_lines(text)
    page = Page(number=1, text="\n".join(line.text for line in lines), lines=lines)
    return Document(filename=filename, media_type=TEXT_MEDIA_TYPE, pages=(page,))


def check_readable(data: bytes, filename: str, *, max_pages: int = 20) -> None:
    """Raise now the ExtractionError ``read`` would raise for a file of the wrong kind, one
    damaged past opening, locked, over the page limit or without text, at a small part of a
    read's cost for a PDF: it is opened and its pages counted, not read, so what only reading
    its pages finds (a damaged or runaway content stream) is left to ``read``. A DOCX or text
    file is read, which is cheap; its analysis is not made."""
    if _is_pdf(data):
        from extractors.pdf import check_pdf

        check_pdf(data, max_pages=max_pages)
        return
    read(data, filename, max_pages=max_pages)


def _is_pdf(data: bytes) -> bool:
    # The header may follow leading whitespace within the first 1024 bytes, as readers allow.
    return data[:1024].lstrip().startswith(b"%PDF-") or data.startswith(b"%PDF")


def is_docx(data: bytes) -> bool:
    """A ZIP archive holding ``word/document.xml``."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        # NotImplementedError: a ZIP asking for features zipfile lacks (a newer version).
        return False


# Windows-1252's letters where Latin-1 has its C1 controls (0x80-0x9F): Windows' "ANSI" code
# page, what Notepad and Word's "Save as Plain Text" write, puts "•" (0x95), "–" (0x96), "’"
# (0x92) and "€" (0x80) there, and real text never holds a C1 control; the five bytes the code
# page leaves undefined stay as Latin-1 reads them.
_WINDOWS_1252 = {
    byte: char
    for byte in range(0x80, 0xA0)
    if (char := bytes([byte]).decode("cp1252", errors="ignore"))
}


def _decode(data: bytes) -> str | None:
    """Text in UTF-8 or UTF-16 (with BOM), else Windows-1252 (Latin-1 with Windows' letters in
    its C1 range) when it is plainly text; None if binary."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1").translate(_WINDOWS_1252)
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f")
    return None if controls > len(text) * 0.01 else text
