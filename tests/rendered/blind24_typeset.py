"""blind-24's typeset PDF, written as its bytes by a24 from the PDF reference (ISO 32000-1,
§14.7-14.9 for tagged PDF): ``typeset_pdf``, a résumé set in a page-layout application and
exported as a tagged PDF:

- every font a subset of DejaVu Serif embedded as a CID font (``Identity-H``, codes are glyph
  numbers, not letters), with a ToUnicode map; the "ff", "fi", "fl", "ffi" and "ffl" in the
  text set as their ligature glyphs, each mapped by ToUnicode to the two or three letters it
  stands for;
- the paragraphs justified: spaces drawn as glyphs and widened by ``TJ`` numbers (word spacing
  ``Tw`` does nothing for two-byte codes), words hyphenated at line ends, each hyphen the
  justification added marked as a ``Span`` whose ``ActualText`` is the soft hyphen (U+00AD);
- tagged: every block marked content (``/P``, ``/H1``, ``/H2`` with an ``MCID``) under a
  structure tree, the running header and the page number ``Artifact``s;
- each credential's address set in small italics with a link annotation over it.
"""

from __future__ import annotations

import io
import zlib
from functools import cache

from fontTools import subset
from fontTools.ttLib import TTFont

from testkit import pdf_bytes
from tests.rendered.blind24_pdf import dates
from tests.rendered.contents import Content
from tests.rendered.layout import display_name

_FILES = {"R": "DejaVuSerif", "B": "DejaVuSerif-Bold", "I": "DejaVuSerif-Italic"}
LIGATURES = {"ffi": "\ufb03", "ffl": "\ufb04", "ff": "\ufb00", "fi": "\ufb01", "fl": "\ufb02"}
_LEFT, _RIGHT, _TOP, _BOTTOM = 62.0, 533.0, 770.0, 70.0
#: One line set: x, y, text (ligatures already in), face, size, extra width per space, tag,
#: and whether its last character is a hyphen the justification added.
Line = tuple[float, float, str, str, float, float, str, bool]


@cache
def font(face: str) -> TTFont:
    return TTFont(f"/usr/share/fonts/truetype/dejavu/{_FILES[face]}.ttf")


def gid(face: str, char: str) -> int:
    return int(font(face).getGlyphID(font(face).getBestCmap()[ord(char)]))


def advance(face: str, char: str) -> float:
    name = font(face).getBestCmap().get(ord(char), ".notdef")
    return float(font(face)["hmtx"][name][0]) * 1000 / font(face)["head"].unitsPerEm


def ligated(text: str) -> str:
    for letters, glyph in LIGATURES.items():
        text = text.replace(letters, glyph)
    return text


def width(text: str, face: str, size: float) -> float:
    return sum(advance(face, char) for char in ligated(text)) * size / 1000


def _hyphenate(word: str, face: str, size: float, room: float) -> tuple[str, str] | None:
    """The longest break of ``word`` after a vowel that fits ``room`` with its hyphen, leaving
    three letters on each side; None when there is none."""
    for cut in range(len(word) - 3, 2, -1):
        head, tail = word[:cut], word[cut:]
        syllable = head[-1] in "aeiouy" and tail[0] not in "aeiouy" and head.isalpha()
        if syllable and width(head + "-", face, size) <= room:
            return head, tail
    return None


class Setter:
    """Lines justified down the text frame, a new page when it is full."""

    def __init__(self) -> None:
        self.pages: list[list[Line]] = [[]]
        self.links: list[list[pdf_bytes.Link]] = [[]]
        self.y = _TOP
        self.mcid = 0

    def need(self, height: float) -> None:
        if self.y - height < _BOTTOM:
            self.pages.append([])
            self.links.append([])
            self.y = _TOP

    def set(
        self,
        x: float,
        text: str,
        face: str,
        size: float,
        lead: float,
        tag: str,
        stretch: float = 0.0,
        hyphen: bool = False,
    ) -> None:
        self.need(lead)
        self.y -= lead
        self.pages[-1].append((x, self.y, ligated(text), face, size, stretch, tag, hyphen))

    def paragraph(
        self,
        text: str,
        face: str = "R",
        size: float = 9.5,
        lead: float = 13.0,
        x: float = _LEFT,
        tag: str = "P",
    ) -> None:
        room = _RIGHT - x
        words, line = text.split(), []
        while words:
            word = words.pop(0)
            if not line or width(" ".join([*line, word]), face, size) <= room:
                line.append(word)
                continue
            broken = _hyphenate(word, face, size, room - width(" ".join(line) + " ", face, size))
            if broken:
                line.append(broken[0] + "-")
                words.insert(0, broken[1])
            else:
                words.insert(0, word)
            text = " ".join(line)
            stretch = (room - width(text, face, size)) / text.count(" ") if " " in text else 0.0
            self.set(x, text, face, size, lead, tag, stretch, bool(broken))
            line = []
        if line:
            self.set(x, " ".join(line), face, size, lead, tag)

    def right(self, text: str, face: str, size: float, tag: str) -> None:
        self.pages[-1].append(
            (_RIGHT - width(text, face, size), self.y, ligated(text), face, size, 0.0, tag, False)
        )


def _heading(setter: Setter, text: str) -> None:
    setter.need(46)
    setter.y -= 9
    setter.set(_LEFT, text, "B", 11.5, 16, "H2")


def _compose(content: Content) -> Setter:
    setter = Setter()
    setter.set(_LEFT, display_name(content), "B", 21, 22, "H1")
    setter.set(_LEFT, content.headline, "I", 11, 16, "P")
    setter.set(_LEFT, f"{content.location} · {content.phone} · {content.email}", "R", 8.5, 14, "P")
    for text, url in content.contact_links:
        setter.set(_LEFT, f"{text}: {url}", "R", 8.5, 11.5, "P")
    _heading(setter, "Profile")
    setter.paragraph(content.summary)
    _heading(setter, "Professional experience")
    setter.set(_LEFT, f"{content.role}, {content.employer}", "B", 9.5, 14, "P")
    setter.right("2018 – present", "R", 9, "P")
    for bullet in content.bullets:
        setter.set(_LEFT + 4, "•", "R", 9.5, 13, "LI")
        setter.y += 13
        setter.paragraph(bullet, x=_LEFT + 16, tag="LI")
    _heading(setter, "Licences and certifications")
    for held in content.credentials:
        setter.need(52)
        setter.y -= 3
        stamp = dates(held, "full")
        if width(held.title, "B", 10) + width(stamp, "R", 9) + 14 > _RIGHT - _LEFT:
            setter.set(_LEFT, held.title, "B", 10, 14, "P")
            setter.set(_LEFT, "", "R", 9, 12, "P")
        else:
            setter.set(_LEFT, held.title, "B", 10, 14, "P")
        setter.right(stamp, "R", 9, "P")
        detail = held.issuer + (
            f", certificate no. {held.credential_id}" if held.credential_id else ""
        )
        setter.paragraph(detail, "I", 9, 12.5, _LEFT + 12)
        if held.url:
            setter.set(_LEFT + 12, held.url, "I", 7.5, 11, "Link")
            right = _LEFT + 12 + width(held.url, "I", 7.5)
            setter.links[-1].append((_LEFT + 12, setter.y - 2, right, setter.y + 7, held.url))
    _heading(setter, "Working towards")
    for line in content.section_negatives:
        setter.paragraph(f"– {line}", x=_LEFT + 4)
    _heading(setter, "Skills")
    setter.paragraph(", ".join(content.skills))
    return setter


def _hex(face: str, text: str) -> str:
    return "".join(f"{gid(face, char):04X}" for char in text)


def _show(line: Line) -> str:
    """A line's ``TJ``: the glyphs, each space widened by the justification's stretch."""
    _, _, text, face, size, stretch, _, _ = line
    if not stretch:
        return f"[<{_hex(face, text)}>] TJ"
    gap = -stretch * 1000 / size
    return (
        "["
        + f" {gap:.1f} ".join(f"<{_hex(face, word + ' ')}>" for word in text.split(" ")[:-1])
        + f" {gap:.1f} <{_hex(face, text.split(' ')[-1])}>] TJ"
    )


def _page_ops(setter: Setter, index: int, name: str, total: int, tags: list[str]) -> bytes:
    header = f"{name} – Curriculum vitae"
    ops = [
        f"/Artifact << /Type /Pagination /Subtype /Header >> BDC BT /R 7.5 Tf 0.45 g "
        f"1 0 0 1 {_LEFT} 806 Tm <{_hex('R', ligated(header))}> Tj ET EMC",
        f"/Artifact << /Type /Pagination /Subtype /Footer >> BDC BT /R 7.5 Tf 0.45 g "
        f"1 0 0 1 290 40 Tm <{_hex('R', f'{index + 1}/{total}')}> Tj ET EMC",
    ]
    for line in setter.pages[index]:
        x, y, text, face, size, _, tag, hyphen = line
        if not text:
            continue
        tags.append(tag)
        colour = "0.05 0.25 0.55 rg" if tag == "Link" else "0.1 g"
        marked = f"/{tag} << /MCID {len(tags) - 1} >> BDC BT /{face} {size:g} Tf {colour} "
        if hyphen:
            cut: Line = (x, y, text[:-1], face, size, line[5], tag, False)
            body = (
                f"1 0 0 1 {x:.2f} {y:.2f} Tm {_show(cut)} "
                f"/Span << /ActualText <FEFF00AD> >> BDC <{_hex(face, '-')}> Tj EMC"
            )
        else:
            body = f"1 0 0 1 {x:.2f} {y:.2f} Tm {_show(line)}"
        ops.append(marked + body + " ET EMC")
    return zlib.compress("\n".join(ops).encode())


def _subset(face: str, chars: set[str]) -> bytes:
    options = subset.Options()
    options.retain_gids = True
    options.notdef_outline = True
    options.layout_features = []
    options.drop_tables = [*options.drop_tables, "FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(char) for char in chars])
    whole = TTFont(f"/usr/share/fonts/truetype/dejavu/{_FILES[face]}.ttf", recalcTimestamp=False)
    subsetter.subset(whole)
    out = io.BytesIO()
    whole.save(out)
    return out.getvalue()


def _to_unicode(face: str, chars: set[str]) -> bytes:
    spelled = {glyph: letters for letters, glyph in LIGATURES.items()}
    pairs = sorted((gid(face, char), spelled.get(char, char)) for char in chars)
    blocks = []
    for start in range(0, len(pairs), 100):
        chunk = pairs[start : start + 100]
        rows = "\n".join(
            f"<{code:04X}> <{text.encode('utf-16-be').hex().upper()}>" for code, text in chunk
        )
        blocks.append(f"{len(chunk)} beginbfchar\n{rows}\nendbfchar")
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo "
        "<< /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName "
        "/Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\n"
        "endcodespacerange\n" + "\n".join(blocks) + "\nendcmap\nCMapName currentdict /CMap "
        "defineresource pop\nend\nend\n"
    ).encode()


def _fonts(objects: pdf_bytes.Objects, used: dict[str, set[str]]) -> dict[str, int]:
    numbers = {}
    for prefix, (face, chars) in zip(("BAAAAA", "CAAAAA", "DAAAAA"), used.items(), strict=True):
        base = f"{prefix}+{_FILES[face]}"
        scale = 1000 / font(face)["head"].unitsPerEm
        head = font(face)["head"]
        box = " ".join(f"{v * scale:.0f}" for v in (head.xMin, head.yMin, head.xMax, head.yMax))
        program = objects.add(pdf_bytes.stream(zlib.compress(_subset(face, chars)), deflated=True))
        descriptor = objects.add(
            f"<< /Type /FontDescriptor /FontName /{base} /Flags {98 if face == 'I' else 34} "
            f"/FontBBox [{box}] /ItalicAngle {-11 if face == 'I' else 0} /Ascent 928 /Descent "
            f"-236 /CapHeight 729 /StemV {120 if face == 'B' else 80} /FontFile2 {program} 0 R "
            ">>".encode()
        )
        widths = " ".join(
            f"{gid(face, c)} [{advance(face, c):.0f}]"
            for c in sorted(chars, key=lambda c: gid(face, c))
        )
        cid = objects.add(
            f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base} /CIDSystemInfo << "
            "/Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "
            f"{descriptor} 0 R /CIDToGIDMap /Identity /DW 1000 /W [{widths}] >>".encode()
        )
        unicode = objects.add(
            pdf_bytes.stream(zlib.compress(_to_unicode(face, chars)), deflated=True)
        )
        numbers[face] = objects.add(
            f"<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding /Identity-H "
            f"/DescendantFonts [{cid} 0 R] /ToUnicode {unicode} 0 R >>".encode()
        )
    return numbers


def typeset_pdf(content: Content) -> bytes:
    setter = _compose(content)
    total = len(setter.pages)
    used: dict[str, set[str]] = {"R": set(" -–0123456789/"), "B": {" ", "-"}, "I": {" ", "-"}}
    used["R"] |= set(ligated(f"{display_name(content)} – Curriculum vitae"))
    for page in setter.pages:
        for _, _, text, face, *_ in page:
            used[face] |= set(text)
    objects = pdf_bytes.Objects()
    root, tree, structure = objects.reserve(), objects.reserve(), objects.reserve()
    fonts = _fonts(objects, used)
    font_dict = " ".join(f"/{face} {number} 0 R" for face, number in fonts.items())
    kids, elements, parents = [], [], []
    for index in range(total):
        tags: list[str] = []
        body = objects.add(
            pdf_bytes.stream(_page_ops(setter, index, content.name, total, tags), deflated=True)
        )
        annots = [
            objects.add(
                pdf_bytes.link_annotation(link, pdf_bytes.literal(link[4].encode()), digits=2)
            )
            for link in setter.links[index]
        ]
        page = objects.reserve()
        objects.put(
            page,
            (
                f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595.276 841.89] /Resources << "
                f"/Font << {font_dict} >> >> /Contents {body} 0 R /Annots "
                f"[{pdf_bytes.references(annots)}] /StructParents {index} /Tabs /S >>"
            ).encode(),
        )
        kids.append(page)
        mine = [
            objects.add(
                f"<< /Type /StructElem /S /{tag} /P {structure} 0 R /Pg {page} 0 R "
                f"/K {mcid} >>".encode()
            )
            for mcid, tag in enumerate(tags)
        ]
        elements += mine
        parents.append(f"{index} [{pdf_bytes.references(mine)}]")
    document = objects.add(
        f"<< /Type /StructElem /S /Document /P {structure} 0 R /K "
        f"[{pdf_bytes.references(elements)}] >>".encode()
    )
    for element in elements:  # each block's parent is the Document element
        objects.put(
            element,
            objects.bodies[element - 1].replace(
                f"/P {structure} 0 R".encode(), f"/P {document} 0 R".encode()
            ),
        )
    parent_tree = objects.add(f"<< /Nums [{' '.join(parents)}] >>".encode())
    objects.put(
        structure,
        (
            f"<< /Type /StructTreeRoot /K {document} 0 R /ParentTree "
            f"{parent_tree} 0 R /ParentTreeNextKey {total} >>"
        ).encode(),
    )
    objects.put(tree, pdf_bytes.page_tree(kids))
    objects.put(
        root,
        (
            f"<< /Type /Catalog /Pages {tree} 0 R /StructTreeRoot {structure} 0 R "
            "/MarkInfo << /Marked true >> /Lang (en-GB) /ViewerPreferences << "
            "/DisplayDocTitle true >> >>"
        ).encode(),
    )
    info = objects.add(
        b"<< /Creator (Adobe InDesign 19.0 \\(Macintosh\\)) /Producer (Adobe PDF "
        b"Library 17.0) /Title (CV) /Trapped /False >>"
    )
    return objects.serialise(
        root=root, header=b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", info=b"%d 0 R" % info
    )
