"""blind-22's PDFs drawn as their bytes (written by a22 from the PDF reference):

- ``type3_pdf``: a résumé printed from a desktop application through a Windows print driver and
  Ghostscript, as a PCL/PostScript print comes out: every font a Type 3 font whose glyph
  procedures draw the glyphs, the codes given in the order the glyphs were first used (1, 2,
  3… not the letters' codes), the glyph names ``/g1``, ``/g2``… and only a ToUnicode map saying
  which letter each is; the credentials a ruled table, the addresses printed under their rows,
  no link annotation (a print keeps none).
- ``edited_pdf``: a résumé exported from Word, then corrected in Acrobat and saved: the first
  revision as Word wrote it (standard fonts, "Verify credential" links as annotations), and an
  incremental update appended after its ``%%EOF`` (new content streams and page objects under
  the same numbers, a cross-reference section with ``/Prev``, and a sticky note); what a viewer
  shows is the last revision, where a number with two digits swapped and a year were put right
  and the section renamed. The first revision's streams are still in the file.
"""

from __future__ import annotations

import zlib
from dataclasses import replace

from pdfminer.fontmetrics import FONT_METRICS

from testkit import pdf_bytes
from tests.rendered.blind22_word import dates, lapsed
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

FACES = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}
#: One thing drawn: x, y, text, font, size, grey.
Item = tuple[float, float, str, str, float, float]
#: A link: its rectangle and its address.
Link = tuple[float, float, float, float, str]


def width(text: str, font: str, size: float) -> float:
    widths = FONT_METRICS[FACES[font]][1]
    return sum(widths.get(char, 556) for char in text) * size / 1000


def wrap(text: str, font: str, size: float, room: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if not line or width(trial, font, size) <= room:
            line = trial
        else:
            lines.append(line)
            line = word
    return [*lines, line] if line else lines


class Sheet:
    """Lines laid down an A4 page's column, a new page when it is full."""

    def __init__(self, left: float = 56.0, top: float = 786.0, bottom: float = 60.0) -> None:
        self.left, self.top, self.bottom = left, top, bottom
        self.pages: list[list[Item]] = [[]]
        self.links: list[list[Link]] = [[]]
        self.rules: list[list[float]] = [[]]
        self.y = top

    def need(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.pages.append([])
            self.links.append([])
            self.rules.append([])
            self.y = self.top

    def put(self, x: float, text: str, font: str = "F1", size: float = 9.5,
            grey: float = 0.0) -> None:  # fmt: skip
        self.pages[-1].append((x, self.y, text, font, size, grey))

    def line(self, text: str, font: str = "F1", size: float = 9.5, lead: float = 13.0,
             x: float = 0.0, grey: float = 0.0) -> None:  # fmt: skip
        self.need(lead)
        self.y -= lead
        self.put(x or self.left, text, font, size, grey)

    def paragraph(self, text: str, font: str = "F1", size: float = 9.5, lead: float = 12.5,
                  x: float = 0.0) -> None:  # fmt: skip
        left = x or self.left
        for piece in wrap(text, font, size, 539 - left):
            self.line(piece, font, size, lead, left)

    def heading(self, text: str) -> None:
        self.need(40)
        self.y -= 10
        self.line(text.upper(), "F2", 10.5, 14, grey=0.15)
        self.rules[-1].append(self.y - 4)
        self.y -= 4


def top(sheet: Sheet, content: Content, profile: str = "Profile") -> None:
    sheet.line(display_name(content), "F2", 20, 22)
    sheet.line(content.headline, "F3", 11.5, 16, grey=0.3)
    sheet.line(f"{content.location}  |  {content.phone}  |  {content.email}", size=9, lead=14)
    for text, url in content.contact_links:
        sheet.line(f"{text}: {url}", size=9, lead=12)
    sheet.heading(profile)
    sheet.paragraph(content.summary)
    sheet.heading("Experience")
    sheet.line(f"{content.role}, {content.employer}", "F2", 10, 15)
    sheet.put(539 - width("2018 – present", "F1", 9.5), "2018 – present")
    for bullet in content.bullets:
        sheet.line("•", lead=12.5, x=62)
        sheet.y += 12.5
        sheet.paragraph(bullet, x=72)


def bottom(sheet: Sheet, content: Content, heading: str) -> None:
    sheet.heading(heading)
    for line in content.section_negatives:
        sheet.paragraph(f"– {line}")
    sheet.heading("Skills")
    sheet.paragraph(" · ".join(content.skills))


# -- printed through a driver: Type 3 fonts ----------------------------------------------------

_COLUMNS = ((56.0, 180.0), (242.0, 124.0), (372.0, 95.0), (474.0, 68.0))


def _table(sheet: Sheet, content: Content) -> None:
    def header() -> None:
        sheet.need(30)
        sheet.y -= 13
        for (x, _), name in zip(_COLUMNS, ("Credential", "Issued by", "Number", "Valid"),
                                strict=True):  # fmt: skip
            sheet.put(x, name, "F2", 8.5, 0.35)
        sheet.rules[-1].append(sheet.y - 4)
        sheet.y -= 4

    header()
    for held in content.credentials:
        valid = ([month(held.issued_on, "slash"), f"to {month(held.expires_on, 'slash')}"]
                 if held.expires_on else [f"since {month(held.issued_on, 'slash')}"])  # fmt: skip
        if lapsed(held):
            valid.append("(lapsed)")
        cells = [wrap(held.title, "F2", 8.5, _COLUMNS[0][1]),
                 wrap(held.issuer, "F1", 8.5, _COLUMNS[1][1]),
                 [held.credential_id or "—"], valid]  # fmt: skip
        rows = max(len(cell) for cell in cells) + (1 if held.url else 0)
        if sheet.y - 11 * rows - 8 < sheet.bottom:
            sheet.need(10_000)
            header()
        first = sheet.y
        for (x, _), cell, index in zip(_COLUMNS, cells, range(4), strict=True):
            for number, text in enumerate(cell):
                sheet.y = first - 11 * (number + 1)
                sheet.put(x, text, "F2" if index == 0 else "F1", 8.5)
        sheet.y = first - 11 * max(len(cell) for cell in cells)
        if held.url:
            sheet.y -= 10
            sheet.put(56, held.url, "F3", 7.5, 0.3)
        sheet.y -= 5
        sheet.rules[-1].append(sheet.y)


def _cmap(used: dict[str, int]) -> bytes:
    pairs = [f"<{code:02X}> <{ord(char):04X}>" for char, code in used.items()]
    blocks = [pairs[start : start + 100] for start in range(0, len(pairs), 100)]
    body = "\n".join(f"{len(block)} beginbfchar\n" + "\n".join(block) + "\nendbfchar"
                     for block in blocks)  # fmt: skip
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo "
            "<< /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName "
            "/Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\n"
            f"endcodespacerange\n{body}\nendcmap\nCMapName currentdict /CMap defineresource "
            "pop\nend\nend").encode()  # fmt: skip


def type3_pdf(content: Content) -> bytes:
    sheet = Sheet()
    top(sheet, content, "Summary")
    sheet.heading("Licences and certifications")
    _table(sheet, content)
    bottom(sheet, content, "Currently working on")
    used: dict[str, dict[str, int]] = {font: {} for font in FACES}
    streams = []
    for number, (items, rules) in enumerate(zip(sheet.pages, sheet.rules, strict=True), 1):
        ops = [f"0.4 w 0.5 G 56 {y:.2f} m 539 {y:.2f} l S".encode() for y in rules]
        footer = (300 - 20, 30.0, f"Page {number} of {len(sheet.pages)}", "F1", 8.0, 0.4)
        for x, y, text, font, size, grey in [*items, footer]:
            codes = used[font]
            for char in text:
                codes.setdefault(char, len(codes) + 1)
            hexed = "".join(f"{codes[char]:02X}" for char in text)
            ops.append(f"BT {grey:.2f} g /T{font[1]} {size:g} Tf {x:.2f} {y:.2f} Td "
                       f"<{hexed}> Tj ET".encode())  # fmt: skip
        streams.append(zlib.compress(b"\n".join(ops)))
    objects = pdf_bytes.Objects()
    root, tree = objects.reserve(), objects.reserve()
    inner = objects.fonts(FACES)
    fonts = {}
    for font, codes in used.items():
        procs = []
        for char, code in codes.items():
            advance = FONT_METRICS[FACES[font]][1].get(char, 556)
            drawn = pdf_bytes.literal(char.encode("cp1252"))
            proc = f"{advance} 0 d0 BT /{font} 1000 Tf 0 0 Td ".encode() + drawn + b" Tj ET"
            procs.append(f"/g{code} {objects.add(pdf_bytes.stream(proc))} 0 R")
        widths = " ".join(str(FONT_METRICS[FACES[font]][1].get(char, 556)) for char in codes)
        names = " ".join(f"/g{code}" for code in codes.values())
        unicode = objects.add(pdf_bytes.stream(_cmap(codes)))
        fonts[f"T{font[1]}"] = objects.add(
            f"<< /Type /Font /Subtype /Type3 /FontBBox [-166 -225 1000 931] /FontMatrix "
            f"[0.001 0 0 0.001 0 0] /CharProcs << {' '.join(procs)} >> /Encoding << /Type "
            f"/Encoding /Differences [1 {names}] >> /FirstChar 1 /LastChar {len(codes)} "
            f"/Widths [{widths}] /Resources << /Font << /{font} {inner[font]} 0 R >> >> "
            f"/ToUnicode {unicode} 0 R >>".encode())  # fmt: skip
    font_dict = " ".join(f"/{key} {number} 0 R" for key, number in fonts.items())
    kids = []
    for drawn in streams:
        body = objects.add(pdf_bytes.stream(drawn, deflated=True))
        kids.append(objects.add(
            f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font "
            f"<< {font_dict} >> >> /Contents {body} 0 R >>".encode()))  # fmt: skip
    objects.put(root, pdf_bytes.catalog(tree))
    objects.put(tree, pdf_bytes.page_tree(kids))
    info = objects.add(b"<< /Producer (GPL Ghostscript 9.55.0) /Creator (PScript5.dll Version "
                       b"5.2.2) /Title (Resume) >>")  # fmt: skip
    return objects.serialise(root=root, header=pdf_bytes.HEADER_1_4, info=b"%d 0 R" % info)


# -- exported from Word, corrected in Acrobat ------------------------------------------------


def _typo(held: Credential) -> Credential:
    """The entry as first typed: its number's last two digits swapped, or its year one off."""
    ident = held.credential_id or ""
    if len(ident) > 1 and ident[-1] != ident[-2]:
        return replace(held, credential_id=ident[:-2] + ident[-1] + ident[-2])
    year = str(int((held.issued_on or "2000")[:4]) - 1)
    return replace(held, issued_on=year + (held.issued_on or "")[4:])


def _word_sheet(content: Content, first: bool) -> Sheet:
    sheet = Sheet()
    top(sheet, content)
    sheet.heading("Certifications" if first else "Licences & Certifications")
    for index, held in enumerate(content.credentials):
        shown = _typo(held) if first and index in {0, 2} else held
        sheet.need(44)
        sheet.line(shown.title, "F2", 10, 16)
        stamp = dates(shown)
        sheet.put(539 - width(stamp, "F1", 9.5), stamp)
        details = [shown.issuer]
        if shown.credential_id:
            details.append(f"Credential ID {shown.credential_id}")
        sheet.line(" · ".join(details), lead=12.5, x=66, grey=0.25)
        if shown.url:
            sheet.line("Verify credential", "F1", 9, 12.5, 66, 0.0)
            x1 = 66 + width("Verify credential", "F1", 9)
            sheet.links[-1].append((66, sheet.y - 2, x1, sheet.y + 9, shown.url))
    bottom(sheet, content, "In progress")
    return sheet


def _page_ops(items: list[Item], rules: list[float]) -> bytes:
    ops = [f"0.6 w 0.12 0.22 0.39 RG 56 {y:.2f} m 539 {y:.2f} l S".encode() for y in rules]
    for x, y, text, font, size, grey in items:
        colour = "0.02 0.39 0.76 rg" if text == "Verify credential" else f"{grey:.2f} g"
        ops.append(f"BT {colour} /{font} {size:g} Tf {x:.2f} {y:.2f} Td ".encode()
                   + pdf_bytes.literal(text.encode("cp1252")) + b" Tj ET")  # fmt: skip
    return zlib.compress(b"\n".join(ops))


def edited_pdf(content: Content) -> bytes:
    before, after = _word_sheet(content, True), _word_sheet(content, False)
    objects = pdf_bytes.Objects()
    root, tree = objects.reserve(), objects.reserve()
    fonts = objects.fonts(FACES)
    font_dict = " ".join(f"/{key} {number} 0 R" for key, number in fonts.items())

    def page(drawn: int, annots: list[int]) -> bytes:
        return (f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595.32 841.92] /Resources "
                f"<< /Font << {font_dict} >> >> /Contents {drawn} 0 R /Annots "
                f"[{pdf_bytes.references(annots)}] >>").encode()  # fmt: skip

    kids, links = [], []
    for items, rules, marks in zip(before.pages, before.rules, before.links, strict=True):
        drawn = objects.add(pdf_bytes.stream(_page_ops(items, rules), deflated=True))
        annots = [objects.add(pdf_bytes.link_annotation(
            mark, pdf_bytes.literal(mark[4].encode()), digits=2)) for mark in marks]  # fmt: skip
        links.append(annots)
        kids.append(objects.reserve())
        objects.put(kids[-1], page(drawn, annots))
    objects.put(root, pdf_bytes.catalog(tree))
    objects.put(tree, pdf_bytes.page_tree(kids))
    info = objects.add(b"<< /Producer (Microsoft\xae Word for Microsoft 365) /Creator "
                       b"(Microsoft\xae Word for Microsoft 365) >>")  # fmt: skip
    original = objects.serialise(root=root, header=b"%PDF-1.7\n%\xb5\xb5\xb5\xb5\n",
                                 info=b"%d 0 R" % info)  # fmt: skip
    # The update: Acrobat appends the changed objects and a cross-reference section for them.
    update = bytearray()
    offsets: list[tuple[int, int]] = []
    number = len(objects.bodies)
    for index, (items, rules) in enumerate(zip(after.pages, after.rules, strict=True)):
        number += 1
        drawn = number
        stream = pdf_bytes.stream(_page_ops(items, rules), deflated=True)
        offsets.append((number, len(original) + len(update)))
        update += b"%d 0 obj\n" % number + stream + b"\nendobj\n"
        annots = list(links[index])
        if index == 0:
            number += 1
            note = (b"<< /Type /Annot /Subtype /Text /Rect [548 790 566 808] /Name /Comment "
                    b"/T (Reviewer) /Contents (Numbers checked against the certificates.) "
                    b"/F 28 >>")  # fmt: skip
            offsets.append((number, len(original) + len(update)))
            update += b"%d 0 obj\n" % number + note + b"\nendobj\n"
            annots.append(number)
        offsets.append((kids[index], len(original) + len(update)))
        update += b"%d 0 obj\n" % kids[index] + page(drawn, annots)
        update += b"\nendobj\n"
    xref = len(original) + len(update)
    update += b"xref\n0 1\n0000000000 65535 f \n"
    for ident, offset in sorted(offsets):
        update += b"%d 1\n%010d 00000 n \n" % (ident, offset)
    previous = int(original.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    update += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /Prev %d >>\nstartxref\n%d\n"
               b"%%%%EOF\n" % (number + 1, root, info, previous, xref))  # fmt: skip
    return original + bytes(update)
