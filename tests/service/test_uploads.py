"""Upload checks before parsing: each refusal is shown a real crafted file."""

from __future__ import annotations

import io
import pickle
import struct
import zipfile
import zlib

import docx
import pytest
import weasyprint

import extractors
from extractors import ExtractionError, UnsupportedFormatError
from service.uploads import (
    DOCX,
    PDF,
    PNG,
    SVG,
    TEXT,
    ArchiveLimits,
    UnsupportedUpload,
    UploadRejected,
    UploadTooLarge,
    check_image,
    check_upload,
)

MAX = 5 * 2**20


def real_pdf() -> bytes:
    pdf: bytes = weasyprint.HTML(
        string="<h1>Ada Example</h1><p>Certified Kubernetes Administrator (CKA)</p>"
    ).write_pdf()
    return pdf


def real_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Ada Example", level=1)
    document.add_paragraph("Certified Kubernetes Administrator (CKA), The Linux Foundation")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rezipped(
    source: bytes, *, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None
) -> bytes:
    """A copy of a ZIP with some parts replaced or added, deflated like Word does."""
    replace = replace or {}
    output = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(source)) as original,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for entry in original.infolist():
            copy.writestr(entry.filename, replace.get(entry.filename, original.read(entry)))
        for name, body in (add or {}).items():
            copy.writestr(name, body)
    return output.getvalue()


def rejection(data: bytes, filename: str, **kwargs: object) -> UploadRejected:
    with pytest.raises(UploadRejected) as caught:
        check_upload(data, filename, max_bytes=MAX, **kwargs)  # type: ignore[arg-type]
    return caught.value


def png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims the given size, with one tiny compressed row of data."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


# --- what is accepted --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "filename", "media_type"),
    [
        (real_pdf(), "resume.pdf", PDF),
        (real_docx(), "resume.docx", DOCX),
        (b"Ada Example\nCKA, 2022\n", "resume.txt", TEXT),
        ("Ada Example\n".encode("utf-16"), "resume.txt", TEXT),
        (real_pdf(), "resume", PDF),
        (real_pdf(), "resume.txt", PDF),
    ],
    ids=["pdf", "docx", "text", "utf-16 text", "pdf without a name", "pdf named .txt"],
)
def test_real_resumes_pass_with_their_sniffed_type(
    data: bytes, filename: str, media_type: str
) -> None:
    assert check_upload(data, filename, max_bytes=MAX) == media_type
    extractors.read(data, filename, max_pages=10)


# --- size and type -----------------------------------------------------------------------


def test_a_file_over_the_limit_is_413() -> None:
    error = rejection(b"x" * (MAX + 1), "resume.txt")
    assert isinstance(error, UploadTooLarge)
    assert error.status_code == 413
    assert "5 MiB" in str(error)


def test_an_empty_file_is_400() -> None:
    error = rejection(b" \n\t", "resume.txt")
    assert error.status_code == 400
    assert str(error) == "the file is empty"


def test_a_pdf_named_file_that_is_a_zip_is_refused() -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("payload.txt", "hello")
    error = rejection(archive.getvalue(), "resume.pdf")
    assert isinstance(error, UnsupportedUpload)
    assert isinstance(error, UnsupportedFormatError)
    assert error.status_code == 415
    assert "named .pdf but its contents are a ZIP archive that is not a DOCX" in str(error)


def test_a_pdf_named_file_that_is_a_docx_is_refused() -> None:
    assert "named .pdf but its contents are a DOCX" in str(rejection(real_docx(), "cv.pdf"))


def test_a_docx_named_file_that_is_a_pdf_is_refused() -> None:
    error = rejection(real_pdf(), "cv.docx")
    assert error.status_code == 415
    assert "named .docx but its contents are a PDF" in str(error)


def test_a_pdf_that_is_also_a_zip_is_refused() -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("payload.js", "alert(1)")
    polyglot = real_pdf() + archive.getvalue()
    error = rejection(polyglot, "resume.pdf")
    assert error.status_code == 415
    assert "both a PDF and a ZIP" in str(error)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "Word 97-2003"),
        (png_header(10, 10), "a PNG image"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "a program"),
        (bytes(range(256)) * 4, "binary data of an unknown kind"),
    ],
    ids=["doc", "png", "elf", "binary"],
)
def test_files_of_other_kinds_are_415(data: bytes, kind: str) -> None:
    error = rejection(data, "resume")
    assert error.status_code == 415
    assert kind in str(error)


# --- DOCX traps --------------------------------------------------------------------------


def test_a_docx_with_a_macro_project_is_refused() -> None:
    macro = rezipped(real_docx(), add={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"\x00" * 600})
    error = rejection(macro, "resume.docx")
    assert error.status_code == 415
    assert "vbaProject.bin" in str(error)


def test_a_macro_enabled_content_type_is_refused() -> None:
    original = real_docx()
    with zipfile.ZipFile(io.BytesIO(original)) as archive:
        types = archive.read("[Content_Types].xml")
    macro_types = types.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    assert macro_types != types
    error = rejection(rezipped(original, replace={"[Content_Types].xml": macro_types}), "cv.docx")
    assert "macro-enabled" in str(error)


def test_a_docm_name_is_refused() -> None:
    assert "macro-enabled" in str(rejection(real_docx(), "resume.docm"))


def test_a_docx_declaring_entities_is_refused() -> None:
    original = real_docx()
    with zipfile.ZipFile(io.BytesIO(original)) as archive:
        body = archive.read("word/document.xml")
    declaration, rest = body.split(b"?>", 1)
    laughs = (
        b'<!DOCTYPE w:document [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">'
            % (level, b"&lol%d;" % (level - 1) * 10 if level > 1 else b"&lol;" * 10)
            for level in range(1, 10)
        )
        + b"]>"
    )
    billion = declaration + b"?>" + laughs + rest
    error = rejection(rezipped(original, replace={"word/document.xml": billion}), "cv.docx")
    assert error.status_code == 400
    assert "word/document.xml declares XML entities" in str(error)


def test_an_entity_in_a_utf16_part_is_found() -> None:
    external = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'
    crafted = rezipped(real_docx(), add={"customXml/item9.xml": external.encode("utf-16")})
    assert "customXml/item9.xml declares XML entities" in str(rejection(crafted, "cv.docx"))


def test_a_zip_bomb_docx_is_refused_by_its_unpacked_size() -> None:
    bomb = rezipped(real_docx(), add={"word/media/padding.bin": b"\x00" * (60 * 2**20)})
    assert len(bomb) < 200 * 1024
    error = rejection(bomb, "cv.docx")
    assert "unpacks to" in str(error)
    assert "more than the 50 MiB allowed" in str(error)


def test_a_part_that_inflates_too_far_is_refused_by_its_ratio() -> None:
    bomb = rezipped(real_docx(), add={"word/media/padding.bin": b"\x00" * (20 * 2**20)})
    error = rejection(bomb, "cv.docx")
    assert "word/media/padding.bin inflates" in str(error)
    assert "zip bomb" in str(error)


def test_a_docx_with_too_many_parts_is_refused() -> None:
    many = rezipped(real_docx(), add={f"word/media/image{n}.png": b"" for n in range(40)})
    error = rejection(many, "cv.docx", archive=ArchiveLimits(max_entries=30))
    assert "parts, more than the 30 allowed" in str(error)


def test_a_damaged_docx_is_400() -> None:
    damaged = bytearray(real_docx())
    with zipfile.ZipFile(io.BytesIO(bytes(damaged))) as archive:
        entry = archive.getinfo("word/document.xml")
    # Flip bytes in the middle of the part's deflated data: its inflation or CRC check fails.
    start = entry.header_offset + 30 + len(entry.filename.encode()) + len(entry.extra)
    middle = start + entry.compress_size // 2
    damaged[middle : middle + 8] = bytes(byte ^ 0xFF for byte in damaged[middle : middle + 8])
    error = rejection(bytes(damaged), "cv.docx")
    assert error.status_code == 400
    assert "the DOCX is damaged" in str(error)


# --- images ------------------------------------------------------------------------------


def test_a_png_within_the_pixel_limit_passes() -> None:
    assert check_image(png_header(600, 600), max_bytes=MAX, max_pixels=4_000_000) == PNG


def test_a_png_claiming_too_many_pixels_is_refused_without_decoding() -> None:
    bomb = png_header(100_000, 100_000)
    assert len(bomb) < 200
    with pytest.raises(UploadRejected, match="100000×100000 pixels"):
        check_image(bomb, max_bytes=MAX, max_pixels=4_000_000)


def test_an_svg_declaring_entities_is_refused() -> None:
    svg = b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'
    with pytest.raises(UploadRejected, match="declares XML entities"):
        check_image(svg, max_bytes=MAX, max_pixels=4_000_000)
    plain = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
    assert check_image(plain, max_bytes=MAX, max_pixels=4_000_000) == SVG


def test_other_images_are_415() -> None:
    with pytest.raises(UnsupportedUpload) as caught:
        check_image(b"GIF89a" + b"\x00" * 32, max_bytes=MAX, max_pixels=100)
    assert caught.value.status_code == 415


# --- how refusals travel -----------------------------------------------------------------


def test_refusals_are_extraction_errors_that_survive_a_pipe() -> None:
    for error in (
        UploadRejected("bad", status_code=400),
        UnsupportedUpload("no"),
        UploadTooLarge("big"),
    ):
        assert isinstance(error, ExtractionError)
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert (str(copy), copy.status_code) == (str(error), error.status_code)


def test_a_pdf_header_inside_text_does_not_make_a_pdf() -> None:
    notes = b"Ada Example\nWrote a parser for %PDF-1.7 files\n"
    assert check_upload(notes, "resume.txt", max_bytes=MAX) == TEXT
    error = rejection(notes, "resume.pdf")
    assert error.status_code == 415
    assert "named .pdf but its contents are plain text" in str(error)


def newer_zip_version(archive: bytes) -> bytes:
    """The archive with its first central-directory entry asking for ZIP version 25.5."""
    patched = bytearray(archive)
    directory = patched.index(b"PK\x01\x02")
    patched[directory + 6] = 0xFF  # "version needed to extract"
    return bytes(patched)


def test_a_zip_asking_for_a_newer_version_is_refused_not_a_crash() -> None:
    # zipfile raises NotImplementedError for it (found by the atheris readers harness).
    error = rejection(newer_zip_version(real_docx()), "resume.docx")
    assert error.status_code == 415
    assert "named .docx but its contents are a ZIP archive that is not a DOCX" in str(error)
