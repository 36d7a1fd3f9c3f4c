"""blind-20's PDFs drawn as their bytes: a landscape résumé whose pages are portrait sheets
carrying ``/Rotate 90`` (the content drawn turned, as Ghostscript's ps2pdf leaves a landscape
PostScript print), and a two-page résumé printed "2 pages per sheet", each page a Form XObject
scaled onto one landscape sheet (as a print dialog's n-up filter does).

Written by a20 from the PDF reference; the standard Type 1 fonts in WinAnsi, no links (neither
a PostScript print nor an n-up sheet keeps them: the addresses are printed).
"""

from __future__ import annotations

from pdfminer.fontmetrics import FONT_METRICS

from testkit import pdf_bytes
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}
EXPIRED_BEFORE = "2026-12"


def width(text: str, font: str, size: float) -> float:
    widths = FONT_METRICS[FONTS[font]][1]
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


def show(x: float, y: float, text: str, font: str = "F1", size: float = 9.5,
         grey: float = 0.0) -> bytes:  # fmt: skip
    literal = pdf_bytes.literal(text.encode("cp1252"))
    return f"BT {grey:.2f} g /{font} {size:g} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm ".encode() + (
        literal + b" Tj ET"
    )


def rule(x0: float, x1: float, y: float, weight: float = 0.5) -> bytes:
    return f"{weight:g} w 0.55 G {x0:.2f} {y:.2f} m {x1:.2f} {y:.2f} l S".encode()


class Flow:
    """Lines laid down a column, top to bottom, a new page when the column is full."""

    def __init__(self, top: float, bottom: float) -> None:
        self.top, self.bottom = top, bottom
        self.pages: list[list[bytes]] = [[]]
        self.y = top

    def need(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.pages.append([])
            self.y = self.top

    def put(self, operator: bytes) -> None:
        self.pages[-1].append(operator)

    def line(self, x: float, text: str, font: str = "F1", size: float = 9.5,
             lead: float = 13.0, grey: float = 0.0) -> None:  # fmt: skip
        self.need(lead)
        self.y -= lead
        self.put(show(x, self.y, text, font, size, grey))

    def paragraph(self, x: float, text: str, room: float, font: str = "F1",
                  size: float = 9.5, lead: float = 13.0) -> None:  # fmt: skip
        for piece in wrap(text, font, size, room):
            self.line(x, piece, font, size, lead)


def lapsed(held: Credential) -> bool:
    return bool(held.expires_on) and (held.expires_on or "") < EXPIRED_BEFORE


# -- a landscape résumé, each page portrait with /Rotate 90 -----------------------------------

_COLS = ((290.0, 196.0), (492.0, 128.0), (626.0, 84.0), (716.0, 92.0))


def _cert_rows(flow: Flow, content: Content) -> None:
    def header() -> None:
        flow.need(40)
        flow.y -= 12
        for (x, _), name in zip(_COLS, ("Credential", "Issued by", "No.", "Valid"), strict=True):
            flow.put(show(x, flow.y, name, "F2", 8.5, 0.3))
        flow.put(rule(290, 806, flow.y - 4))
        flow.y -= 6

    header()
    for held in content.credentials:
        cells = [
            wrap(held.title, "F2", 8.5, _COLS[0][1]),
            wrap(held.issuer, "F1", 8.5, _COLS[1][1]),
            [held.credential_id or "–"],
            [f"{month(held.issued_on, 'dot')} – {month(held.expires_on, 'dot')}"
             if held.expires_on else f"since {month(held.issued_on, 'dot')}"],
        ]  # fmt: skip
        if lapsed(held):
            cells[3].append("(lapsed)")
        rows = max(len(cell) for cell in cells) + (1 if held.url else 0)
        if flow.y - rows * 11 - 8 < flow.bottom:
            flow.pages.append([])
            flow.y = flow.top
            header()
        top = flow.y
        for (x, _), cell, index in zip(_COLS, cells, range(4), strict=True):
            for number, text in enumerate(cell):
                font = "F2" if index == 0 else "F1"
                flow.put(show(x, top - 11 * (number + 1), text, font, 8.5))
        flow.y = top - 11 * max(len(cell) for cell in cells)
        if held.url:
            flow.y -= 10
            flow.put(show(290, flow.y, held.url, "F3", 7.5, 0.35))
        flow.y -= 5
        flow.put(rule(290, 806, flow.y, 0.3))


def rotated(content: Content) -> bytes:
    flow = Flow(top=500.0, bottom=40.0)
    flow.put(b"0.16 0.27 0.33 rg 0 520 842 75 re f")
    flow.put(show(36, 560, display_name(content), "F2", 22, 1.0))
    flow.put(show(36, 538, content.headline, "F1", 11, 0.9))
    left = [("Contact", [content.location, content.phone, content.email,
                         *(f"{text}: {url}" for text, url in content.contact_links)]),
            ("Profile", wrap(content.summary, "F1", 8.5, 220)),
            ("Skills", list(content.skills))]  # fmt: skip
    y = 500.0
    for heading, lines in left:
        y -= 14
        flow.put(show(36, y, heading.upper(), "F2", 9, 0.2))
        y -= 3
        for text in lines:
            for piece in wrap(text, "F1", 8.5, 226):
                y -= 11.5
                flow.put(show(36, y, piece, "F1", 8.5))
        y -= 8
    flow.line(290, "EXPERIENCE", "F2", 9, 0, 0.2)
    flow.line(290, f"{content.role} · {content.employer} · 2018 – today", "F2", 9, 15)
    for bullet in content.bullets:
        pieces = wrap(bullet, "F1", 8.5, 500)
        flow.line(292, "•", "F1", 8.5, 12)
        flow.y += 12
        for piece in pieces:
            flow.line(302, piece, "F1", 8.5, 12)
    flow.y -= 10
    flow.line(290, "CERTIFICATIONS AND LICENCES", "F2", 9, 14, 0.2)
    _cert_rows(flow, content)
    flow.y -= 8
    flow.line(290, "Not yet held / other", "F3", 8.5, 14, 0.3)
    for line in content.section_negatives:
        flow.paragraph(302, line, 500, "F1", 8.5, 12)
    sheets = []
    for number, operators in enumerate(flow.pages, start=1):
        footer = show(760, 20, f"{number} / {len(flow.pages)}", "F1", 8, 0.4)
        drawn = b"\n".join([b"q 0 1 -1 0 595 0 cm", *operators, footer, b"Q"])
        sheets.append(("/MediaBox [0 0 595 842] /Rotate 90", drawn, []))
    return assemble(sheets, "<< /Producer (GPL Ghostscript 10.02.1) >>")


def assemble(sheets: list[tuple[str, bytes, list[bytes]]], info: str) -> bytes:
    """The file: each sheet's box (and rotation), its content stream and the Form XObjects
    it places (``/P1``, ``/P2``…, each a portrait A4 page drawn with the same fonts)."""
    objects = pdf_bytes.Objects()
    root, tree = objects.reserve(), objects.reserve()
    fonts = objects.fonts(FONTS)
    font_dict = " ".join(f"/{key} {number} 0 R" for key, number in fonts.items())
    kids = []
    for box, drawn, forms in sheets:
        names = []
        for index, form in enumerate(forms, start=1):
            head = (
                f"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                f"/Resources << /Font << {font_dict} >> >> /Length {len(form)} >>\nstream\n"
            )
            number = objects.add(head.encode() + form + b"\nendstream")
            names.append(f"/P{index} {number} 0 R")
        contents = objects.add(pdf_bytes.stream(drawn))
        xobjects = f" /XObject << {' '.join(names)} >>" if names else ""
        kids.append(objects.add(
            f"<< /Type /Page /Parent {tree} 0 R {box} /Resources << /Font << {font_dict} >>"
            f"{xobjects} >> /Contents {contents} 0 R >>".encode()))  # fmt: skip
    objects.put(root, pdf_bytes.catalog(tree))
    objects.put(tree, pdf_bytes.page_tree(kids))
    meta = objects.add(info.encode())
    return objects.serialise(root=root, header=pdf_bytes.HEADER_1_4, info=b"%d 0 R" % meta)


# -- a two-page résumé printed two pages per sheet --------------------------------------------


def _entry(held: Credential) -> list[tuple[str, str, float]]:
    lines = [(piece, "F2", 10.5) for piece in wrap(held.title, "F2", 10.5, 470)]
    lines.append((held.issuer, "F1", 10.0))
    dates = f"Issued {month(held.issued_on, 'full')}"
    if held.expires_on:
        dates += f" · Valid until {month(held.expires_on, 'full')}"
        dates += " (expired)" if lapsed(held) else ""
    lines.append((dates, "F1", 10.0))
    if held.credential_id:
        lines.append((f"Certificate no. {held.credential_id}", "F1", 10.0))
    if held.url:
        lines.append((f"Verify: {held.url}", "F1", 8.5))
    return lines


def _pages(content: Content) -> list[list[bytes]]:
    flow = Flow(top=786.0, bottom=80.0)

    def heading(text: str) -> None:
        flow.need(60)
        flow.y -= 14
        flow.line(60, text, "F2", 12, 16, 0.15)
        flow.put(rule(60, 535, flow.y - 5, 0.8))
        flow.y -= 8

    flow.line(60, display_name(content), "F2", 24, 24)
    flow.line(60, content.headline, "F1", 13, 19, 0.3)
    flow.line(60, f"{content.location}  |  {content.phone}  |  {content.email}", "F1", 10, 16)
    for text, url in content.contact_links:
        flow.line(60, f"{text}: {url}", "F1", 10, 14)
    heading("PROFILE")
    flow.paragraph(60, content.summary, 475, "F1", 11, 16)
    heading("EXPERIENCE")
    flow.line(60, f"{content.role}, {content.employer}", "F2", 11, 16)
    flow.line(60, "January 2018 – present", "F3", 10, 15, 0.3)
    for bullet in content.bullets:
        flow.need(32)
        flow.put(show(64, flow.y - 16, "•", "F1", 11))
        flow.paragraph(76, bullet, 460, "F1", 11, 16)
    heading("SKILLS")
    flow.paragraph(60, " · ".join(content.skills), 475, "F1", 11, 16)
    heading("CERTIFICATIONS")
    for held in content.credentials:
        lines = _entry(held)
        flow.need(len(lines) * 14.5 + 10)
        for text, font, size in lines:
            flow.line(60, text, font, size, 14.5)
        flow.y -= 10
    heading("IN PROGRESS")
    for line in content.section_negatives:
        flow.paragraph(60, line, 475, "F1", 10.5, 15)
    return flow.pages


def two_up(content: Content) -> bytes:
    pages = _pages(content)
    name = display_name(content)
    forms = []
    for number, operators in enumerate(pages, start=1):
        furniture = [show(60, 40, f"{name} – Résumé", "F1", 8.5, 0.45),
                     show(490, 40, f"Page {number} of {len(pages)}", "F1", 8.5, 0.45)]  # fmt: skip
        forms.append(b"\n".join([*operators, *furniture]))
    sheets = []
    for first in range(0, len(forms), 2):
        placed = forms[first : first + 2]
        drawn = b"\n".join(
            f"q 0.7071 0 0 0.7071 {index * 421:g} 0 cm /P{index + 1} Do Q".encode()
            for index in range(len(placed))
        )
        sheets.append(("/MediaBox [0 0 842 595]", drawn, placed))
    return assemble(sheets, "<< /Producer (cups-filters 2.0.0 pdftopdf, number-up 2) >>")
