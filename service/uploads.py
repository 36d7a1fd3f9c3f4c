"""Checks on an uploaded file before any parser sees it: size, real type, archive and XML traps.

The type is judged by the bytes, never by the client's Content-Type. A name that promises a
document format the bytes do not have (a ``.pdf`` that is a ZIP, a ``.docx`` that is a PDF)
is refused: honest files are not renamed, and polyglots rely on a reader trusting the name.

Every refusal is an ``UploadRejected`` carrying the HTTP status to answer with (400, 413 or
415). It is an ``ExtractionError`` (and the 415 kind an ``UnsupportedFormatError``), so code
that already maps those two to 400 and 415 needs no change.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePath

from extractors import ExtractionError, UnsupportedFormatError

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEXT = "text/plain"
PNG = "image/png"
SVG = "image/svg+xml"

_MIB = 2**20
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# The PDF reader accepts a header after leading whitespace within the first 1024 bytes.
_PDF_HEADER_WINDOW = 1024
_ZIP_MAGIC = b"PK\x03\x04"
_DOCX_REQUIRED_PARTS = ("[Content_Types].xml", "word/document.xml")
_MACRO_CONTENT_TYPE = b"macroenabled"
_MACRO_SUFFIXES = (".docm", ".dotm")
# Entity declarations make "billion laughs" and external-entity reads possible. No Word
# document needs them, and each XML part may be UTF-8 or UTF-16, so look for all three.
_ENTITY_MARKERS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("ascii", "utf-16-le", "utf-16-be")
)
_NAMED_FORMATS = {".pdf": PDF, ".docx": DOCX, ".docm": DOCX, ".dotm": DOCX}
# Magic numbers of files people upload by mistake, to name them in the refusal.
_KNOWN_BINARIES = {
    b"\xd0\xcf\x11\xe0": "a Word 97-2003 .doc file or a password-protected DOCX",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"{\\rtf": "an RTF file",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"\x7fELF": "a program",
    b"MZ": "a program",
}


class UploadRejected(ExtractionError):
    """An upload refused before parsing; ``status_code`` is the HTTP answer (400, 413, 415)."""

    def __init__(self, message: str, *, status_code: int = 400) -> None:
        super().__init__(message)
        self.status_code = status_code

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (type(self), str(self), self.status_code))


class UnsupportedUpload(UploadRejected, UnsupportedFormatError):
    """A file of a kind credlens does not read (415)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, status_code=415)


class UploadTooLarge(UploadRejected):
    """A file over the size limit (413)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, status_code=413)


def _rebuild(kind: type[UploadRejected], message: str, status_code: int) -> UploadRejected:
    error = UploadRejected.__new__(kind)
    UploadRejected.__init__(error, message, status_code=status_code)
    return error


@dataclass(frozen=True)
class ArchiveLimits:
    """What a DOCX may unpack to (OWASP ASVS 5.0 V5.2: entries, total size, ratio)."""

    max_entries: int = 1000
    max_unpacked_bytes: int = 50 * _MIB
    #: Checked on entries over ``ratio_floor_bytes``: a tiny part compressing well is no bomb.
    max_ratio: float = 100.0
    ratio_floor_bytes: int = _MIB


DEFAULT_ARCHIVE_LIMITS = ArchiveLimits()


def check_upload(
    data: bytes,
    filename: str,
    *,
    max_bytes: int,
    archive: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
) -> str:
    """Refuse a résumé upload that is too large, mislabelled or booby-trapped.

    Returns the media type sniffed from the bytes: ``application/pdf``, the DOCX type or
    ``text/plain``. Raises UploadRejected (UploadTooLarge, UnsupportedUpload) otherwise.
    """
    if len(data) > max_bytes:
        raise UploadTooLarge(f"the file is larger than the {_size(max_bytes)} limit")
    if not data.strip():
        raise UploadRejected("the file is empty")
    suffix = PurePath(filename).suffix.lower()
    media_type = _sniff(data)
    named = _NAMED_FORMATS.get(suffix)
    if named is not None and named != media_type:
        raise UnsupportedUpload(
            f"the file is named {suffix} but its contents are {_describe(media_type, data)}"
        )
    if media_type == PDF:
        _check_pdf(data)
    elif media_type == DOCX:
        _check_docx(data, suffix, archive)
    elif media_type != TEXT:
        raise UnsupportedUpload(
            f"unsupported file type: {_describe(media_type, data)}; upload a PDF, DOCX or text"
        )
    return media_type


def check_image(data: bytes, *, max_bytes: int, max_pixels: int) -> str:
    """Refuse a badge image that is too large, not PNG/SVG, or would decode to too many pixels.

    Reads only the PNG header, so a pixel bomb is never decoded.
    Returns ``image/png`` or ``image/svg+xml``.
    """
    if len(data) > max_bytes:
        raise UploadTooLarge(f"the image is larger than the {_size(max_bytes)} limit")
    if data.startswith(_PNG_SIGNATURE):
        # The first chunk must be IHDR, whose first eight bytes are the width and height.
        if len(data) < 24 or data[12:16] != b"IHDR":
            raise UploadRejected("the PNG is damaged and cannot be read (no IHDR header)")
        width, height = struct.unpack(">II", data[16:24])
        if width * height > max_pixels:
            raise UploadRejected(
                f"the image is {width}×{height} pixels, more than the {max_pixels:,} allowed"
            )
        return PNG
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<") and b"<svg" in head:
        if _declares_entities(data):
            raise UploadRejected("the SVG declares XML entities, which are not accepted")
        return SVG
    raise UnsupportedUpload("unsupported image type: upload a PNG or SVG badge")


def _sniff(data: bytes) -> str | None:
    if data.startswith(_ZIP_MAGIC):
        return DOCX if _is_docx(data) else None
    # The same rule as the PDF reader's, so the type named here is the reader that will run.
    if data[:_PDF_HEADER_WINDOW].lstrip().startswith(b"%PDF-") or data.startswith(b"%PDF"):
        return PDF
    if any(data.startswith(magic) for magic in _KNOWN_BINARIES):
        return None
    return TEXT if _looks_like_text(data) else None


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        # NotImplementedError: a central directory asking for a newer ZIP version.
        return False
    return all(part in names for part in _DOCX_REQUIRED_PARTS)


def _looks_like_text(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = data[:65536]
    if b"\x00" in sample:
        return False
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f")
    return controls <= len(sample) * 0.01


def _describe(media_type: str | None, data: bytes) -> str:
    if media_type == PDF:
        return "a PDF"
    if media_type == DOCX:
        return "a DOCX"
    if media_type == TEXT:
        return "plain text"
    if data.startswith(_ZIP_MAGIC):
        return "a ZIP archive that is not a DOCX"
    for magic, kind in _KNOWN_BINARIES.items():
        if data.startswith(magic):
            return kind
    return "binary data of an unknown kind"


def _check_pdf(data: bytes) -> None:
    # A PDF that is also a valid ZIP is a polyglot: one reader sees a résumé, another a payload.
    if zipfile.is_zipfile(io.BytesIO(data)):
        raise UnsupportedUpload("the file is both a PDF and a ZIP archive; upload a plain PDF")


def _check_docx(data: bytes, suffix: str, limits: ArchiveLimits) -> None:
    if suffix in _MACRO_SUFFIXES:
        raise UnsupportedUpload("macro-enabled Word files are not accepted; save it as DOCX")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            _check_archive_sizes(entries, limits)
            for entry in entries:
                if PurePath(entry.filename).name.lower() == "vbaproject.bin":
                    raise UnsupportedUpload(
                        "the DOCX contains macros (vbaProject.bin); save it without macros"
                    )
            content_types = archive.read("[Content_Types].xml")
            if _MACRO_CONTENT_TYPE in content_types.lower():
                raise UnsupportedUpload("macro-enabled Word files are not accepted")
            for entry in entries:
                if not entry.is_dir() and _declares_entities(archive.read(entry)):
                    raise UploadRejected(
                        f"the DOCX part {entry.filename} declares XML entities, "
                        "which Word never writes; the file is refused"
                    )
    except UploadRejected:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        OSError,
        ValueError,
        EOFError,
    ) as error:
        raise UploadRejected(f"the DOCX is damaged and cannot be read ({error})") from None
    except NotImplementedError as error:  # a compression method zipfile does not know
        raise UploadRejected(f"the DOCX uses an unsupported compression ({error})") from None


def _check_archive_sizes(entries: list[zipfile.ZipInfo], limits: ArchiveLimits) -> None:
    if len(entries) > limits.max_entries:
        raise UploadRejected(
            f"the DOCX holds {len(entries):,} parts, more than the {limits.max_entries:,} allowed"
        )
    # zipfile stops inflating an entry at its declared size, so declared sizes bound the work.
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > limits.max_unpacked_bytes:
        raise UploadRejected(
            f"the DOCX unpacks to {_size(unpacked)}, more than the "
            f"{_size(limits.max_unpacked_bytes)} allowed"
        )
    for entry in entries:
        if entry.file_size <= limits.ratio_floor_bytes:
            continue
        ratio = entry.file_size / max(entry.compress_size, 1)
        if ratio > limits.max_ratio:
            raise UploadRejected(
                f"the DOCX part {entry.filename} inflates {ratio:,.0f} times; "
                "it looks like a zip bomb"
            )


def _declares_entities(part: bytes) -> bool:
    upper = part.upper()
    return any(marker in upper for marker in _ENTITY_MARKERS)


def _size(count: int) -> str:
    return f"{count / _MIB:g} MiB" if count >= _MIB else f"{count / 1024:g} KiB"
