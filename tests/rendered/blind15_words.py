"""Blind-15's PDF as an online design tool exports it, its bytes written here.

``blind15_design`` is a one-page résumé from a drag-and-drop design tool: every word is a text
object of its own (``BT … Tm … Tj ET``), placed at its coordinates, with no space glyph between
words; the fonts are subsets of DejaVu Sans embedded as CID fonts (Identity-H, two bytes a glyph,
a ToUnicode map), as such tools embed theirs. The page: a dark sidebar on the left (contact
details, skills, "In progress"), the name, headline, profile and experience on the right, then
"Licences & certifications" as tiles two to a row, each with the title (bold, wrapped), the
issuer, "ID …" and the address in small type broken wherever the tile's edge falls (a link
annotation over each piece), and the dates ("Mar 2021 – Mar 2024") in a pill at the tile's top
right corner. The content stream follows the design's layers, not the reading order:
backgrounds, then the headings, then the main column's text, then the tiles' text, then the
date pills, then the sidebar.
"""

from __future__ import annotations

import io
import zlib
from functools import cache
from typing import Any

from fontTools import subset
from fontTools.ttLib import TTFont

from testkit.pdf_bytes import (
    Objects,
    catalog,
    link_annotation,
    literal,
    page_tree,
    references,
    stream,
)
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

_FONTS = {
    "R": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "B": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}
_WIDTH, _HEIGHT = 595, 842
_SIDE = 188.0  # the sidebar's right edge
_MAIN = 212.0  # the main column's left edge
_RIGHT = 567.0

Colour = tuple[float, float, float]
_INK: Colour = (0.13, 0.15, 0.2)
_WHITE: Colour = (1.0, 1.0, 1.0)
_ACCENT: Colour = (0.0, 0.42, 0.55)
_GREY: Colour = (0.38, 0.4, 0.45)


@cache
def _font(face: str) -> Any:
    return TTFont(_FONTS[face])


def _advance(face: str, char: str) -> float:
    font = _font(face)
    name = font.getBestCmap().get(ord(char), ".notdef")
    return float(font["hmtx"][name][0]) * 1000 / font["head"].unitsPerEm


def _width(text: str, face: str, size: float) -> float:
    return sum(_advance(face, char) for char in text) * size / 1000


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and _width(f"{lines[-1]} {word}", face, size) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _break(text: str, face: str, size: float, width: float) -> list[str]:
    """An address broken wherever the width runs out, as a text box breaks a long word."""
    lines = [""]
    for char in text:
        if lines[-1] and _width(lines[-1] + char, face, size) > width:
            lines.append("")
        lines[-1] += char
    return lines


class _Design:
    """The page's elements, layer by layer, and the glyphs each face uses."""

    def __init__(self) -> None:
        layers = ("back", "heads", "main", "tiles", "pills", "side")
        self.layers: dict[str, list[bytes]] = {name: [] for name in layers}
        self.links: list[tuple[float, float, float, float, str]] = []
        self.used: dict[str, set[str]] = {"R": set(), "B": set()}

    def line(self, layer: str, x: float, y: float, text: str, face: str = "R", size: float = 9,
             colour: Colour = _INK) -> float:  # fmt: skip
        """Each word of a line its own text object; the line's width."""
        space = _width(" ", face, size)
        start = x
        for word in text.split(" "):
            if word:
                self.used[face].update(word)
                glyphs = "".join(f"{self.gid(face, char):04X}" for char in word)
                r, g, b = colour
                self.layers[layer].append(
                    f"{r:.2f} {g:.2f} {b:.2f} rg BT /F{face} {size:g} Tf 1 0 0 1 {x:.2f} "
                    f"{y:.2f} Tm <{glyphs}> Tj ET\n".encode()
                )
            x += _width(word, face, size) + space
        return x - space - start

    def box(self, layer: str, x: float, y: float, w: float, h: float, colour: Colour) -> None:
        r, g, b = colour
        self.layers[layer].append(
            f"{r:.2f} {g:.2f} {b:.2f} rg {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f\n".encode()
        )

    @staticmethod
    def gid(face: str, char: str) -> int:
        font = _font(face)
        return int(font.getGlyphID(font.getBestCmap().get(ord(char), ".notdef")))


def _heading(design: _Design, x: float, y: float, text: str, colour: Colour) -> None:
    design.line("heads", x, y, text.upper(), "B", 9.5, colour)


def _tile(design: _Design, held: Credential, x: float, top: float) -> float:
    """A credential's tile from its top edge; its height."""
    width = 166.0
    y = top - 24
    parts: list[tuple[str, str, float, Colour]] = [
        (line, "B", 8.6, _INK) for line in _wrap(held.title, "B", 8.6, width - 16)
    ]
    parts.append((held.issuer, "R", 7.6, _GREY))
    if held.credential_id:
        parts.append((f"ID {held.credential_id}", "R", 7.6, _GREY))
    for text, face, size, colour in parts:
        for line in _wrap(text, face, size, width - 16):
            design.line("tiles", x + 8, y, line, face, size, colour)
            y -= size * 1.3
    if held.url:
        for piece in _break(held.url, "R", 6.3, width - 16):
            drawn = design.line("tiles", x + 8, y, piece, "R", 6.3, _ACCENT)
            design.links.append((x + 8, y - 1.5, x + 8 + drawn, y + 6.3, held.url))
            y -= 8.2
    height = top - y + 4
    design.box("back", x, top - height, width, height, (0.93, 0.96, 0.97))
    design.box("back", x, top - 2.5, width, 2.5, _ACCENT)
    dates = month(held.issued_on, "mon")
    if held.expires_on:
        dates += f" – {month(held.expires_on, 'mon')}"
    pill = _width(dates, "B", 6.8) + 10
    design.box("back", x + width - pill - 5, top - 15, pill, 10, (0.8, 0.9, 0.93))
    design.line("pills", x + width - pill, top - 12, dates, "B", 6.8, _ACCENT)
    return height


def _sidebar(design: _Design, content: Content) -> None:
    design.box("back", 0, 0, _SIDE, _HEIGHT, (0.09, 0.2, 0.27))
    y = _HEIGHT - 150
    _heading(design, 22, y, "Contact", (0.55, 0.85, 0.9))
    y -= 18
    for text in (content.location, content.phone, content.email):
        design.line("side", 22, y, text, "R", 8, _WHITE)
        y -= 13
    for text, url in content.contact_links:
        drawn = design.line("side", 22, y, text, "R", 8, (0.55, 0.85, 0.9))
        design.links.append((22, y - 2, 22 + drawn, y + 8, url))
        y -= 13
    for title, lines in (("Skills", content.skills), ("In progress", content.section_negatives)):
        y -= 16
        _heading(design, 22, y, title, (0.55, 0.85, 0.9))
        y -= 18
        for item in lines:
            for piece in _wrap(item, "R", 8, _SIDE - 40):
                design.line("side", 22, y, piece, "R", 8, _WHITE)
                y -= 11
            y -= 3


def _main(design: _Design, content: Content) -> float:
    y = _HEIGHT - 62
    for piece in _wrap(display_name(content), "B", 21, _RIGHT - _MAIN):
        design.line("main", _MAIN, y, piece, "B", 21, (0.09, 0.2, 0.27))
        y -= 25
    design.line("main", _MAIN, y + 4, content.headline, "R", 10.5, _ACCENT)
    y -= 30
    for title, paragraphs in (("Profile", [content.summary]),
                              ("Experience", [content.role, content.employer + " · 2019 – today",
                                              *(f"• {b}" for b in content.bullets)])):  # fmt: skip
        _heading(design, _MAIN, y, title, _ACCENT)
        y -= 17
        for index, paragraph in enumerate(paragraphs):
            face = "B" if title == "Experience" and index == 0 else "R"
            for piece in _wrap(paragraph, face, 8.6, _RIGHT - _MAIN):
                design.line("main", _MAIN, y, piece, face, 8.6)
                y -= 11.5
            y -= 2
        y -= 14
    _heading(design, _MAIN, y, "Licences & certifications", _ACCENT)
    return y - 12


def blind15_design(content: Content) -> bytes:
    design = _Design()
    _sidebar(design, content)
    top = _main(design, content)
    tallest = 0.0
    for index, held in enumerate(content.credentials):
        x = _MAIN + (index % 2) * 189
        tallest = max(tallest, _tile(design, held, x, top))
        if index % 2 == 1:
            top -= tallest + 12
            tallest = 0.0
    stream = b"".join(b"".join(design.layers[name]) for name in design.layers)
    return _pdf(stream, design)


# -- the file ------------------------------------------------------------------------------------


def _subset(face: str, chars: set[str]) -> bytes:
    options = subset.Options()
    options.retain_gids = True
    options.notdef_outline = True
    options.drop_tables = [*options.drop_tables, "FFTM"]
    font = TTFont(_FONTS[face], recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(char) for char in chars])
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


def _to_unicode(face: str, chars: set[str]) -> bytes:
    pairs = sorted((_Design.gid(face, char), char) for char in chars)
    blocks = []
    for start in range(0, len(pairs), 100):
        chunk = pairs[start : start + 100]
        lines = "\n".join(f"<{gid:04X}> <{char.encode('utf-16-be').hex().upper()}>"
                          for gid, char in chunk)  # fmt: skip
        blocks.append(f"{len(chunk)} beginbfchar\n{lines}\nendbfchar")
    return (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        + "\n".join(blocks)
        + "\nendcmap CMapName currentdict /CMap defineresource pop end end\n"
    ).encode()


def _pdf(content: bytes, design: _Design) -> bytes:
    objects = Objects()
    root, tree = objects.reserve(), objects.reserve()
    fonts = {}
    for face, base in (("R", "AAAAAA+DejaVuSans"), ("B", "AAAAAB+DejaVuSans-Bold")):
        chars = design.used[face] | {" "}
        font = _font(face)
        scale = 1000 / font["head"].unitsPerEm
        widths = " ".join(
            f"{_Design.gid(face, c)} [{_advance(face, c):.0f}]" for c in sorted(chars)
        )
        file_number = objects.add(stream(zlib.compress(_subset(face, chars)), deflated=True))
        head = font["head"]
        box = " ".join(f"{v * scale:.0f}" for v in (head.xMin, head.yMin, head.xMax, head.yMax))
        descriptor = objects.add(
            f"<< /Type /FontDescriptor /FontName /{base} /Flags 32 /FontBBox [{box}] "
            f"/ItalicAngle 0 /Ascent {font['hhea'].ascent * scale:.0f} /Descent "
            f"{font['hhea'].descent * scale:.0f} /CapHeight 729 /StemV 80 "
            f"/FontFile2 {file_number} 0 R >>".encode()
        )
        cid = objects.add(
            f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base} /CIDSystemInfo << "
            f"/Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "
            f"{descriptor} 0 R /CIDToGIDMap /Identity /DW 600 /W [{widths}] >>".encode()
        )
        unicode_map = objects.add(stream(zlib.compress(_to_unicode(face, chars)), deflated=True))
        fonts[face] = objects.add(
            f"<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding /Identity-H "
            f"/DescendantFonts [{cid} 0 R] /ToUnicode {unicode_map} 0 R >>".encode()
        )
    contents = objects.add(stream(zlib.compress(content), deflated=True))
    annotations = references(
        objects.add(link_annotation(link, literal(link[4].encode()), digits=2))
        for link in design.links
    )
    page = objects.add(
        f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {_WIDTH} {_HEIGHT}] /Resources << "
        f"/Font << /FR {fonts['R']} 0 R /FB {fonts['B']} 0 R >> >> /Contents {contents} 0 R "
        f"/Annots [{annotations}] >>".encode()
    )
    objects.put(root, catalog(tree))
    objects.put(tree, page_tree([page]))
    producer = b"<< /Producer (Design studio PDF export) >>"
    return objects.serialise(root=root, header=b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n", info=producer)
