"""Blind-13's PDF drawn line by line at coordinates, the way a small report library's canvas
draws one, with no flow, no tagged structure and no fonts embedded.

``blind13_canvas`` writes the PDF's bytes itself (the standard Helvetica faces in WinAnsi, one
text object per line): a bold name, the headline and a contact line over a rule, section
headings in spaced capitals over a thin rule, and each credential as a row whose issue date
("03/2024", a bare year as it is) sits in a left column at x=50 while the title (bold), the
issuer (italic) and "Cert. no. …" are at x=122 and "valid to 03/2027" at x=455 on the title's
line; an address is drawn in blue under the entry, with a link annotation over it. The date
column of a section is drawn after its entries, as a canvas that fills columns in turn does, so
the content stream's order is not the reading order.
"""

from __future__ import annotations

from testkit import pdf_bytes
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

_WIDTH, _HEIGHT = 595, 842
_FONTS = {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"}
#: Helvetica's average advance in em, enough to wrap a line before the margin.
_ADVANCE = 0.5


def _literal(text: str) -> bytes:
    return pdf_bytes.literal(text.encode("cp1252"))


def _wrapped(text: str, size: float, width: float) -> list[str]:
    limit = int(width / (size * _ADVANCE))
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


class _Canvas:
    """Pages of drawing operators and their link annotations."""

    def __init__(self) -> None:
        self.pages: list[pdf_bytes.Page] = []
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        self.pages.append(([], []))
        self.y = _HEIGHT - 56

    def room(self, needed: float) -> None:
        if self.y - needed < 50:
            self.new_page()

    def text(self, x: float, y: float, text: str, face: str = "R", size: float = 9.5,
             blue: bool = False) -> None:  # fmt: skip
        colour = b"0.05 0.3 0.65 rg " if blue else b"0 0 0 rg "
        self.pages[-1][0].append(
            colour + b"BT /" + face.encode() + f" {size} Tf {x:.1f} {y:.1f} Td ".encode()
            + _literal(text) + b" Tj ET"
        )  # fmt: skip

    def rule(self, y: float, weight: float = 0.5) -> None:
        self.pages[-1][0].append(f"{weight} w 50 {y:.1f} m 545 {y:.1f} l S".encode())

    def link(self, x: float, y: float, text: str, size: float, url: str) -> None:
        self.text(x, y, text, size=size, blue=True)
        right = x + len(text) * size * _ADVANCE
        self.pages[-1][1].append((x, y - 2, right, y + size, url))

    def paragraph(self, x: float, text: str, size: float = 9.5, face: str = "R") -> None:
        for line in _wrapped(text, size, 545 - x):
            self.room(size + 3)
            self.text(x, self.y, line, face, size)
            self.y -= size + 3.2

    def heading(self, text: str) -> None:
        self.room(40)
        self.y -= 8
        self.text(50, self.y, " ".join(text.upper()), "B", 10.5)
        self.rule(self.y - 4, 0.4)
        self.y -= 18

    def pdf(self) -> bytes:
        objects = pdf_bytes.catalog_first(
            self.pages, size=(_WIDTH, _HEIGHT), faces=_FONTS, annotation=_annotation
        )
        # Blind-13's files end "%EOF" with one percent sign, as they were written.
        return objects.serialise(header=pdf_bytes.HEADER_1_4, eof=b"%EOF\n")


def _annotation(link: pdf_bytes.Link) -> bytes:
    return pdf_bytes.link_annotation(link, _literal(link[4]))


def _dates(canvas: _Canvas, dates: list[tuple[float, str]]) -> None:
    for y, date in dates:
        canvas.text(50, y, date, size=8.8)
    dates.clear()


def _entry(canvas: _Canvas, held: Credential, dates: list[tuple[float, str]]) -> None:
    top = canvas.y
    if held.issued_on:
        dates.append((top, month(held.issued_on, "slash")))
    if held.expires_on:
        canvas.text(455, top, f"valid to {month(held.expires_on, 'slash')}", size=8.5)
    for line in _wrapped(held.title, 9.5, 325):
        canvas.text(122, canvas.y, line, "B")
        canvas.y -= 12
    said = held.issuer + (f"   Cert. no. {held.credential_id}" if held.credential_id else "")
    canvas.text(122, canvas.y, said, "I", 8.8)
    canvas.y -= 11.5
    if held.url:
        canvas.link(122, canvas.y, held.url, 7.6, held.url)
        canvas.y -= 11
    canvas.y -= 5


def blind13_canvas(content: Content) -> bytes:
    canvas = _Canvas()
    canvas.text(50, canvas.y, display_name(content), "B", 20)
    canvas.y -= 18
    canvas.text(50, canvas.y, content.headline, "R", 11.5)
    canvas.y -= 15
    canvas.text(
        50, canvas.y, f"{content.location}  |  {content.phone}  |  {content.email}", size=8.8
    )
    canvas.y -= 12
    for text, url in content.contact_links:
        canvas.link(50, canvas.y, text, 8.8, url)
        canvas.y -= 12
    canvas.rule(canvas.y, 1.2)
    canvas.y -= 16
    canvas.heading("Profile")
    canvas.paragraph(50, content.summary)
    canvas.heading("Experience")
    canvas.text(50, canvas.y, "2020 – now", size=8.8)
    canvas.text(122, canvas.y, content.role, "B")
    canvas.y -= 12
    canvas.text(122, canvas.y, content.employer, "I", 9)
    canvas.y -= 13
    for bullet in content.bullets:
        canvas.text(126, canvas.y, "•")
        canvas.paragraph(136, bullet, 9)
    canvas.heading("Certificates and Licences")
    dates: list[tuple[float, str]] = []
    for held in content.credentials:
        if canvas.y - 48 < 50:  # the page is full: its date column first, then a new page
            _dates(canvas, dates)
            canvas.new_page()
        _entry(canvas, held, dates)
    _dates(canvas, dates)
    canvas.heading("In Preparation")
    for text in content.section_negatives:
        canvas.text(52, canvas.y, "–")
        canvas.paragraph(62, text, 9)
    canvas.heading("Skills")
    canvas.paragraph(50, ", ".join(content.skills), 9)
    return canvas.pdf()
