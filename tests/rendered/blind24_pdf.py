"""Two of blind-24's PDFs, written as their bytes by a24 from the PDF reference (ISO 32000-1):

- ``glyph_pdf``: a résumé exported from a design tool that places every glyph itself: each
  character is its own positioned show operator (``1 0 0 1 x y Tm <..> Tj``), kerning and the
  headings' letter-spacing applied to the positions, and no space drawn at all (a word gap is
  only a jump in ``x``); a grey sidebar of contact and skills drawn after the main column (the
  design's layer order); each credential's "Verify credential" a link whose address is only its
  target.
- ``layers_pdf``: a résumé made in Illustrator from a bought template and saved as PDF with
  "Create Acrobat Layers from Top-Level Layers": the template's own sample text kept on a hidden
  layer ("Template", an optional content group the document's default configuration turns OFF)
  at the very places the candidate's text was typed over it on a visible layer ("Text"); what a
  viewer shows and prints, the labels, is the visible layer. Illustrator keeps no hyperlinks, so
  each address is printed ("Verify: https://…"); point text as Illustrator writes it (size 1
  scaled by ``Tm``, kerning in ``TJ``).
"""

from __future__ import annotations

import zlib

from pdfminer.fontmetrics import FONT_METRICS

from testkit import pdf_bytes
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

FACES = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}
EXPIRED_BEFORE = "2026-12"
#: A few of Helvetica's kerning pairs (its AFM's KPX lines), in thousandths of the size.
KERNS = {
    "AV": -70,
    "AT": -90,
    "AW": -40,
    "AY": -100,
    "To": -80,
    "Te": -60,
    "Tr": -45,
    "Ta": -80,
    "Va": -50,
    "Ve": -50,
    "Wa": -40,
    "Yo": -90,
    "LT": -110,
    "LY": -100,
    "P.": -180,
    "r.": -50,
    "y.": -100,
    "F.": -150,
    "r,": -50,
    "y,": -100,
    "ov": -15,
}
#: One line drawn: x, y, text, font, size, grey, letter-spacing.
Item = tuple[float, float, str, str, float, float, float]


def lapsed(held: Credential) -> bool:
    return bool(held.expires_on) and (held.expires_on or "") < EXPIRED_BEFORE


def advance(char: str, font: str) -> float:
    return float(FONT_METRICS[FACES[font]][1].get(char, 556))


def width(text: str, font: str, size: float, spacing: float = 0.0) -> float:
    kerned = sum(KERNS.get(text[i : i + 2], 0) for i in range(len(text) - 1))
    return (sum(advance(c, font) for c in text) + kerned) * size / 1000 + spacing * len(text)


def wrap(text: str, font: str, size: float, room: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and width(f"{lines[-1]} {word}", font, size) <= room:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


class Column:
    """Lines laid down a column of one page, from ``top`` down."""

    def __init__(self, left: float, right: float, top: float) -> None:
        self.left, self.right, self.y = left, right, top
        self.items: list[Item] = []
        self.links: list[pdf_bytes.Link] = []

    def line(
        self,
        text: str,
        font: str = "F1",
        size: float = 9.0,
        lead: float = 12.0,
        grey: float = 0.1,
        x: float = 0.0,
        spacing: float = 0.0,
    ) -> None:
        self.y -= lead
        self.items.append((x or self.left, self.y, text, font, size, grey, spacing))

    def right_aligned(
        self, text: str, font: str = "F1", size: float = 8.5, grey: float = 0.35
    ) -> None:
        self.items.append(
            (self.right - width(text, font, size), self.y, text, font, size, grey, 0.0)
        )

    def paragraph(
        self, text: str, font: str = "F1", size: float = 9.0, lead: float = 12.0, x: float = 0.0
    ) -> None:
        for piece in wrap(text, font, size, self.right - (x or self.left)):
            self.line(piece, font, size, lead, x=x)


def dates(held: Credential, style: str = "mon", joiner: str = " – ") -> str:
    issued = month(held.issued_on, style)
    if not held.expires_on:
        return issued
    tail = " (expired)" if lapsed(held) else ""
    return f"{issued}{joiner}{month(held.expires_on, style)}{tail}"


# -- a design tool's export, glyph by glyph --------------------------------------------------


def _heading(column: Column, text: str) -> None:
    column.y -= 8
    column.line(text.upper(), "F2", 9.5, 14, 0.12, spacing=1.4)


def _main(column: Column, content: Content) -> None:
    column.line(content.name, "F2", 24, 26, 0.05)
    column.line(content.headline, "F1", 11, 17, 0.35)
    _heading(column, "Profile")
    column.paragraph(content.summary)
    _heading(column, "Experience")
    column.line(content.role, "F2", 10, 14)
    column.right_aligned("2018 – Present")
    column.line(content.employer, "F3", 9, 12, 0.35)
    for bullet in content.bullets:
        column.line("•", lead=12, x=column.left + 2)
        column.y += 12
        column.paragraph(bullet, x=column.left + 12)
    _heading(column, "Licences & Certifications")
    for held in content.credentials:
        stamp = dates(held)
        room = column.right - column.left - width(stamp, "F1", 8.5) - 12
        column.y -= 4
        for number, piece in enumerate(wrap(held.title, "F2", 10, room)):
            column.line(piece, "F2", 10, 13)
            if number == 0:
                column.right_aligned(stamp)
        detail = held.issuer + (f"  ·  ID {held.credential_id}" if held.credential_id else "")
        column.paragraph(detail, "F1", 8.5, 11.5)
        if held.url:
            column.line("Verify credential", "F1", 8.5, 11.5, 0.0)
            right = column.left + width("Verify credential", "F1", 8.5)
            column.links.append((column.left, column.y - 2, right, column.y + 8, held.url))
    _heading(column, "In progress")
    for line in content.section_negatives:
        column.paragraph(f"– {line}", size=8.5, lead=11.5)


def _sidebar(column: Column, content: Content) -> None:
    _heading(column, "Contact")
    for line in (content.location, content.phone, content.email):
        column.paragraph(line, size=8.5, lead=12)
    for text, url in content.contact_links:
        column.line(text, "F1", 8.5, 12, 0.0)
        column.links.append((column.left, column.y - 2, column.right, column.y + 8, url))
    _heading(column, "Skills")
    for skill in content.skills:
        column.paragraph(skill, size=8.5, lead=12)


def _glyphs(item: Item) -> bytes:
    """One line as the design tool writes it: a matrix and a one-glyph show per character."""
    x, y, text, font, size, grey, spacing = item
    ops = [f"BT /{font} {size:g} Tf {grey:.3f} g"]
    for index, char in enumerate(text):
        if char != " ":
            code = char.encode("cp1252")[0]
            ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm <{code:02X}> Tj")
        kern = KERNS.get(text[index : index + 2], 0)
        x += (advance(char, font) + kern) * size / 1000 + spacing
    ops.append("ET")
    return "\n".join(ops).encode()


def glyph_pdf(content: Content) -> bytes:
    main, side = Column(200, 552, 800), Column(34, 160, 730)
    _main(main, content)
    _sidebar(side, content)
    ops = [b"0.925 0.937 0.949 rg 0 0 180 842 re f", b"0.11 0.31 0.52 rg 200 748 40 2 re f"]
    ops += [_glyphs(item) for item in [*main.items, *side.items]]
    objects = pdf_bytes.Objects()
    root, tree = objects.reserve(), objects.reserve()
    fonts = objects.fonts(FACES)
    font_dict = " ".join(f"/{key} {number} 0 R" for key, number in fonts.items())
    body = objects.add(pdf_bytes.stream(zlib.compress(b"\n".join(ops)), deflated=True))
    annots = [
        objects.add(pdf_bytes.link_annotation(link, pdf_bytes.literal(link[4].encode()), digits=3))
        for link in main.links + side.links
    ]
    page = objects.add(
        f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font "
        f"<< {font_dict} >> >> /Contents {body} 0 R /Annots [{pdf_bytes.references(annots)}] "
        ">>".encode()
    )
    objects.put(root, pdf_bytes.catalog(tree))
    objects.put(tree, pdf_bytes.page_tree([page]))
    info = objects.add(b"<< /Producer (Design Studio PDF Export 4.2) /Title (Resume) >>")
    return objects.serialise(
        root=root, header=b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", info=b"%d 0 R" % info
    )


# -- Illustrator, a template's sample text on a hidden layer ---------------------------------


def _typed(column: Column, content: Content, sample: bool) -> None:
    """The résumé's text, or (``sample``) the template's own sample text in the same frames."""

    def say(real: str, placeholder: str) -> str:
        return placeholder if sample else real

    column.line(say(display_name(content), "YOUR NAME HERE"), "F2", 22, 24, 0.1)
    column.line(say(content.headline, "Professional Title"), "F1", 11, 16, 0.3)
    column.line(
        say(
            f"{content.location}  |  {content.phone}  |  {content.email}",
            "City, Country  |  +00 000 000 000  |  email@example.com",
        ),
        size=8.5,
    )
    for text, url in content.contact_links:
        column.line(say(f"{text}: {url}", "LinkedIn: linkedin.com/in/yourname"), size=8.5)
    lorem = (
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam."
    )
    for heading, lines in (
        ("PROFILE", [content.summary]),
        ("EXPERIENCE", [f"{content.role}, {content.employer}, 2018 – present", *content.bullets]),
    ):
        column.y -= 8
        column.line(heading, "F2", 10, 14, 0.11, spacing=1.0)
        for line in lines:
            column.paragraph(say(line, lorem[: len(line)]), size=9, lead=12)
    column.y -= 8
    column.line(say("CERTIFICATIONS", "CERTIFICATIONS"), "F2", 10, 14, 0.11, spacing=1.0)
    for held in content.credentials:
        column.y -= 3
        column.line(say(held.title, "Certification Name"), "F2", 9.5, 13)
        column.right_aligned(say(dates(held, "slash", " to "), "MM/20XX to MM/20XX"))
        detail = held.issuer + (
            f" | Certificate no. {held.credential_id}" if held.credential_id else ""
        )
        column.paragraph(
            say(detail, "Issuing Organization | Certificate no. 000000"), size=8.5, lead=11
        )
        if held.url:
            column.line(
                say(f"Verify: {held.url}", "Verify: www.example.com/verify"), "F3", 8, 11, 0.3
            )
    column.y -= 8
    column.line("WORKING TOWARDS", "F2", 10, 14, 0.11, spacing=1.0)
    for line in content.section_negatives:
        column.paragraph(say(f"• {line}", "• Lorem ipsum dolor sit amet"), size=9, lead=12)
    column.y -= 8
    column.line("SKILLS", "F2", 10, 14, 0.11, spacing=1.0)
    column.paragraph(say(" · ".join(content.skills), "Skill one · Skill two · Skill three"))


def _point_text(item: Item) -> bytes:
    """Illustrator's point text: size 1 scaled by the matrix, kerning as ``TJ`` numbers."""
    x, y, text, font, size, grey, spacing = item
    parts: list[bytes] = []
    run = ""
    for index, char in enumerate(text):
        run += char
        kern = KERNS.get(text[index : index + 2], 0)
        if kern:
            parts.append(pdf_bytes.literal(run.encode("cp1252")) + b" %d" % -kern)
            run = ""
    parts.append(pdf_bytes.literal(run.encode("cp1252")))
    tracking = f"{spacing / size:.3f} Tc " if spacing else "0 Tc "
    return (
        f"BT {grey:.3f} g /T1_{font[1]} 1 Tf {tracking}{size:g} 0 0 {size:g} {x:.3f} {y:.3f} "
        "Tm [".encode()
        + b" ".join(parts)
        + b"]TJ ET"
    )


def layers_pdf(content: Content) -> bytes:
    typed, sample = Column(54, 558, 750), Column(54, 558, 750)
    _typed(typed, content, sample=False)
    _typed(sample, content, sample=True)
    background = b"0.87 0.91 0.95 rg 0 676 612 116 re f 0.16 0.33 0.5 rg 54 674 504 1.5 re f"
    ops = [
        b"/OC /MC0 BDC",
        background,
        b"EMC",
        b"/OC /MC1 BDC",
        *(_point_text(item) for item in sample.items),
        b"EMC",
        b"/OC /MC2 BDC",
        *(_point_text(item) for item in typed.items),
        b"EMC",
    ]
    objects = pdf_bytes.Objects()
    root, tree = objects.reserve(), objects.reserve()
    creator = "/Usage << /CreatorInfo << /Creator (Adobe Illustrator 28.0) /Subtype /Artwork >> >>"
    layers = [
        objects.add(f"<< /Type /OCG /Name ({name}) /Intent [/View /Design] {creator} >>".encode())
        for name in ("Background", "Template", "Text")
    ]
    fonts = {
        key: objects.add(
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding "
            "/WinAnsiEncoding >>".encode()
        )
        for key, base in (
            ("T1_1", "Helvetica"),
            ("T1_2", "Helvetica-Bold"),
            ("T1_3", "Helvetica-Oblique"),
        )
    }
    font_dict = " ".join(f"/{key} {number} 0 R" for key, number in fonts.items())
    marks = " ".join(f"/MC{index} {number} 0 R" for index, number in enumerate(layers))
    body = objects.add(pdf_bytes.stream(zlib.compress(b"\n".join(ops)), deflated=True))
    page = objects.add(
        f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 612 792] /TrimBox [0 0 612 792] "
        f"/Resources << /Font << {font_dict} >> /Properties << {marks} >> /ProcSet [/PDF "
        f"/Text] >> /Contents {body} 0 R >>".encode()
    )
    on = pdf_bytes.references([layers[0], layers[2]])
    every = pdf_bytes.references(layers)
    objects.put(
        root,
        (
            f"<< /Type /Catalog /Pages {tree} 0 R /OCProperties << /OCGs [{every}] "
            f"/D << /Order [{every}] /ON [{on}] /OFF [{layers[1]} 0 R] /RBGroups [] "
            ">> >> >>"
        ).encode(),
    )
    objects.put(tree, pdf_bytes.page_tree([page]))
    info = objects.add(
        b"<< /Creator (Adobe Illustrator 28.0 \\(Macintosh\\)) /Producer (Adobe "
        b"PDF library 17.00) /Title (Resume_final) >>"
    )
    return objects.serialise(
        root=root, header=b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n", info=b"%d 0 R" % info
    )
