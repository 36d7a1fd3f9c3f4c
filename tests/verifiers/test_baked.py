"""Unbaking badge images: the upstream PNG/SVG badges, and images that carry nothing or attack."""

from __future__ import annotations

import json
import struct
import zlib

import pytest

from tests.conftest import SHARED_FIXTURES
from tests.verifiers.ob2_issuer import DCPV
from verifiers.baked import (
    MAX_BAKED_TEXT,
    PNG_SIGNATURE,
    BakedStandard,
    NotBakedError,
    is_baked_image,
    unbake,
)

OB30 = SHARED_FIXTURES / "credentials" / "1edtech-dcpv" / "ob30"


def png(*chunks: tuple[bytes, bytes]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    body = b"".join(chunk(kind, data) for kind, data in chunks)
    return (
        PNG_SIGNATURE + header + body + chunk(b"IDAT", zlib.compress(b"\0\0")) + chunk(b"IEND", b"")
    )


def test_upstream_ob2_png() -> None:
    baked = unbake((DCPV / "simple-badge.png").read_bytes())

    assert (baked.standard, baked.container) == (BakedStandard.OPEN_BADGES_2, "png")
    assert json.loads(baked.payload)["id"] == "https://example.org/beths-robotics-badge.json"


def test_upstream_ob3_png_and_svgs() -> None:
    png_credential = unbake((OB30 / "simple-json.png").read_bytes())
    svg_credential = unbake((OB30 / "simple-json.svg").read_bytes())
    svg_jwt = unbake((OB30 / "simple-jwt.svg").read_bytes())

    assert png_credential.standard is BakedStandard.OPEN_BADGES_3
    assert "OpenBadgeCredential" in json.loads(png_credential.payload)["type"]
    assert svg_credential.standard is BakedStandard.OPEN_BADGES_3
    assert json.loads(svg_credential.payload)["name"] == "Teamwork Badge"
    assert svg_jwt.payload.count(".") == 2


def test_ob1_text_chunk_with_a_url() -> None:
    baked = unbake(png((b"tEXt", b"openbadges\x00https://example.org/a.json")))

    assert baked.payload == "https://example.org/a.json"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7 not an image", "not a PNG or SVG"),
        (png((b"tEXt", b"Comment\x00hello")), "no openbadges chunk"),
        (png((b"iTXt", b"openbadges\x00\x00\x00\x00\x00   ")), "empty"),
        ((DCPV / "simple-badge.png").read_bytes()[:200], "truncated"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>', "no openbadges element"),
        (b"<svg><unclosed></svg>", "not well-formed"),
    ],
    ids=["pdf", "plain-png", "empty-chunk", "truncated-png", "plain-svg", "broken-svg"],
)
def test_images_without_a_credential(data: bytes, reason: str) -> None:
    with pytest.raises(NotBakedError, match=reason):
        unbake(data)


def test_an_xml_bomb_is_refused_before_parsing() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">'
        b"<openbadges:assertion>&b;</openbadges:assertion></svg>"
    )

    assert is_baked_image(bomb)
    with pytest.raises(NotBakedError, match="entities"):
        unbake(bomb)


def test_a_compression_bomb_is_stopped_at_the_cap() -> None:
    inflated = zlib.compress(b"{" + b" " * (MAX_BAKED_TEXT * 4))
    image = png((b"iTXt", b"openbadges\x00\x01\x00\x00\x00" + inflated))

    with pytest.raises(NotBakedError, match="too large"):
        unbake(image)
