"""Inputs the fuzz harnesses found that break a parser's contract, kept as regression tests.

Each is ``xfail(strict=True)`` until its owner fixes the parser: then it passes, strict
turns that into a failure, and the marker is removed so the test guards the fix.
"""

from __future__ import annotations

import asyncio
import io
import json
import struct
import zipfile
import zlib

import pytest

import extractors
from extractors import ExtractionError
from tests.conftest import SHARED_FIXTURES
from tests.fuzz.hostile import hosted, pasted
from tests.fuzz.mutations import HangError, alarm
from verifiers.baked import NotBakedError, unbake
from verifiers.models import CheckStatus, Verdict, Verification

DCPV = SHARED_FIXTURES / "credentials" / "1edtech-dcpv"


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def test_a_damaged_compressed_itxt_chunk_is_not_baked() -> None:
    png = (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
        # keyword, NUL, compressed=1, method=0, empty language and translated keyword, data
        + _chunk(b"iTXt", b"openbadges\x00\x01\x00\x00\x00not zlib at all")
        + _chunk(b"IEND", b"")
    )
    with pytest.raises(NotBakedError):
        unbake(png)


def _failed_checks(verification: Verification) -> list[str]:
    return [check.name for check in verification.checks if check.status is CheckStatus.FAILED]


def test_an_ob2_assertion_with_an_empty_context_fails_a_check() -> None:
    assertion = json.loads((DCPV / "ob20" / "basic-assertion.json").read_text())
    assertion["@context"] = ""
    verification = asyncio.run(hosted(json.dumps(assertion).encode()))
    assert verification.verdict is not Verdict.VERIFIED
    assert _failed_checks(verification)


def test_a_deeply_nested_json_body_fails_a_check() -> None:
    verification = asyncio.run(hosted(b"[" * 100_000 + b"]" * 100_000))
    assert verification.verdict is not Verdict.VERIFIED
    assert _failed_checks(verification)


def test_a_credential_with_an_empty_context_entry_fails_a_check() -> None:
    credential = json.loads((DCPV / "ob30" / "simple.json").read_text())
    credential["@context"] = [*credential["@context"], ""]
    verification = asyncio.run(pasted(json.dumps(credential)))
    assert verification.verdict is not Verdict.VERIFIED
    assert _failed_checks(verification)


def test_an_ob2_verification_type_given_as_a_list_is_judged() -> None:
    assertion = json.loads((DCPV / "ob20" / "basic-assertion.json").read_text())
    assertion["verification"] = {"type": ["HostedBadge", "SignedBadge"]}
    verification = asyncio.run(hosted(json.dumps(assertion).encode()))
    assert verification.verdict is not Verdict.VERIFIED


@pytest.mark.parametrize("encoding", [b"utf-nonsense", b"shift_jis"])
def test_an_svg_in_an_encoding_expat_cannot_read_is_not_baked(encoding: bytes) -> None:
    svg = b'<?xml version="1.0" encoding="%s"?><svg xmlns="http://www.w3.org/2000/svg"/>' % encoding
    with pytest.raises(NotBakedError):
        unbake(svg)


def test_an_ob2_assertion_with_infinity_in_its_context_fails_a_check() -> None:
    assertion = json.loads((DCPV / "ob20" / "basic-assertion.json").read_text())
    assertion["@context"] = [assertion["@context"], {"extra": float("inf")}]
    body = json.dumps(assertion).encode()  # Python writes the literal Infinity
    assert b'"extra": Infinity' in body
    verification = asyncio.run(hosted(body))
    assert verification.verdict is not Verdict.VERIFIED


@pytest.mark.xfail(
    strict=True,
    raises=HangError,
    reason="extractors/pdf.py read_pdf (pdfminer.six pdftypes.resolve1): two objects that refer "
    "to each other make pdfminer loop for ever in PDFDocument.__init__; in-process reading "
    "never returns, and only the sandbox's CPU/wall limits stop it "
    "(found by atheris_harness readers)",
)
def test_a_pdf_of_circular_references_is_refused_promptly() -> None:
    circular = (
        b"%PDF-1.4\n1 0 obj\n2 0 R\nendobj\n2 0 obj\n1 0 R\nendobj\n"
        b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    with alarm(3), pytest.raises(ExtractionError):
        extractors.read(circular, "loop.pdf", max_pages=5)


def test_a_zip_asking_for_a_newer_version_is_an_extraction_error() -> None:
    document = io.BytesIO()
    with zipfile.ZipFile(document, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    patched = bytearray(document.getvalue())
    patched[patched.index(b"PK\x01\x02") + 6] = 0xFF  # "version needed to extract"
    with pytest.raises(ExtractionError):
        extractors.read(bytes(patched), "resume.docx", max_pages=5)
