"""Baked badges: the credential an issuer embedded in a badge image (PNG or SVG).

Open Badges 2.0 bakes an assertion into a PNG ``iTXt`` chunk with the keyword ``openbadges``
or into an SVG ``<openbadges:assertion>`` element (namespace ``http://openbadges.org``) whose
``verify`` attribute holds the hosted URL and whose text holds the JSON or the JWS. Open
Badges 3.0 uses the keyword ``openbadgecredential`` and ``<openbadges:credential>``
(namespace ``https://purl.imsglobal.org/ob/v3p0``). Pure functions, no network.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass
from enum import StrEnum

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: Baked text is a small JSON document or a JWS; anything larger is not a badge.
MAX_BAKED_TEXT = 1024 * 1024

_OB2_SVG_NAMESPACE = "http://openbadges.org"
_OB3_SVG_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0"
_SVG_ROOT = re.compile(rb"<svg[\s>]")


class BakedStandard(StrEnum):
    OPEN_BADGES_2 = "ob2"
    OPEN_BADGES_3 = "ob3"


class NotBakedError(ValueError):
    """An image with no credential baked in, or bytes that are not a badge image."""


@dataclass(frozen=True)
class BakedCredential:
    """What an image carried: JSON text, a compact JWS/JWT, or (OB 2.0) a hosted URL."""

    payload: str
    standard: BakedStandard
    container: str
    #: The hosted assertion URL an OB 2.0 SVG names in its ``verify`` attribute, if any.
    verify_url: str | None = None


def is_png(data: bytes) -> bool:
    return data.startswith(PNG_SIGNATURE)


def is_svg(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") and _SVG_ROOT.search(head) is not None


def is_baked_image(data: bytes) -> bool:
    """Whether ``data`` is a PNG or SVG image (baked or not)."""
    return is_png(data) or is_svg(data)


def unbake(data: bytes) -> BakedCredential:
    """The credential baked into a PNG or SVG badge; ``NotBakedError`` if there is none."""
    if is_png(data):
        return _unbake_png(data)
    if is_svg(data):
        return _unbake_svg(data)
    raise NotBakedError("not a PNG or SVG image")


def _unbake_png(data: bytes) -> BakedCredential:
    offset = len(PNG_SIGNATURE)
    while offset + 12 <= len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        if len(body) != length:
            raise NotBakedError("the PNG is truncated")
        offset += 12 + length
        if kind == b"IEND":
            break
        if kind not in {b"iTXt", b"tEXt"}:
            continue
        keyword, _, rest = body.partition(b"\x00")
        standard = {
            b"openbadges": BakedStandard.OPEN_BADGES_2,
            b"openbadgecredential": BakedStandard.OPEN_BADGES_3,
        }.get(keyword)
        if standard is None:
            continue
        text = _itxt_text(rest) if kind == b"iTXt" else rest.decode("latin-1")
        return _baked(text, standard, "png")
    raise NotBakedError("the PNG carries no openbadges chunk")


def _itxt_text(rest: bytes) -> str:
    """The text of an iTXt chunk after its keyword (PNG spec 11.3.4.5)."""
    if len(rest) < 2:
        raise NotBakedError("the PNG openbadges chunk is malformed")
    compressed, method, rest = rest[0], rest[1], rest[2:]
    _language, _, rest = rest.partition(b"\x00")
    _translated, _, text = rest.partition(b"\x00")
    if compressed:
        if method != 0:
            raise NotBakedError("the PNG openbadges chunk uses an unknown compression")
        inflater = zlib.decompressobj()
        try:
            text = inflater.decompress(text, MAX_BAKED_TEXT + 1)
        except zlib.error:
            raise NotBakedError("the PNG openbadges chunk is not valid compressed data") from None
        if len(text) > MAX_BAKED_TEXT or inflater.unconsumed_tail:
            raise NotBakedError("the baked credential is too large")
    try:
        return text.decode("utf-8")
    except UnicodeDecodeError as error:
        raise NotBakedError("the baked credential is not UTF-8 text") from error


def _unbake_svg(data: bytes) -> BakedCredential:
    # Entity declarations are how XML bombs and external-entity reads start; badges need none.
    if b"<!ENTITY" in data:
        raise NotBakedError("the SVG declares XML entities")
    from xml.etree import ElementTree  # an SVG badge's only reader; a résumé needs none

    try:
        root = ElementTree.fromstring(data)
    except (LookupError, ValueError):
        # The XML declaration names an encoding Python does not know, or one expat refuses.
        raise NotBakedError("the SVG is written in an encoding that cannot be read") from None
    except ElementTree.ParseError as error:
        raise NotBakedError(f"the SVG is not well-formed XML ({error})") from None
    for element in root.iter():
        if element.tag == f"{{{_OB2_SVG_NAMESPACE}}}assertion":
            verify_url = (element.get("verify") or "").strip() or None
            text = "".join(element.itertext()).strip()
            if not text and verify_url is None:
                break
            return _baked(
                text or str(verify_url), BakedStandard.OPEN_BADGES_2, "svg", verify_url=verify_url
            )
        if element.tag == f"{{{_OB3_SVG_NAMESPACE}}}credential":
            # OB 3.0 puts a JSON credential in the text, a VC-JWT in the verify attribute.
            text = "".join(element.itertext()).strip() or (element.get("verify") or "")
            return _baked(text, BakedStandard.OPEN_BADGES_3, "svg")
    raise NotBakedError("the SVG carries no openbadges element")


def _baked(
    text: str, standard: BakedStandard, container: str, *, verify_url: str | None = None
) -> BakedCredential:
    payload = text.strip()
    if not payload:
        raise NotBakedError("the baked credential is empty")
    if len(payload) > MAX_BAKED_TEXT:
        raise NotBakedError("the baked credential is too large")
    return BakedCredential(
        payload=payload, standard=standard, container=container, verify_url=verify_url
    )
