"""blind-18's PDF writer: a PDF's bytes as a small drawing program writes them (Helvetica and
Helvetica-Bold, WinAnsi, text at any angle, link annotations, and AcroForm text fields whose
values are drawn only in their widgets' appearance streams, as a form filler saves them).

Written by b18 from the PDF reference alone (no other group's writer was read).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pdfminer.fontmetrics import FONT_METRICS

A4 = (595.0, 842.0)
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def width(text: str, font: str, size: float) -> float:
    widths = FONT_METRICS[FONTS[font]][1]
    return sum(widths.get(char, 556) for char in text) * size / 1000


def wrap(text: str, font: str, size: float, room: float) -> list[str]:
    """Greedy line breaking at spaces (a word longer than the room is broken where it must)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if width(trial, font, size) <= room:
            line = trial
            continue
        if line:
            lines.append(line)
        while width(word, font, size) > room:
            cut = len(word)
            while cut > 1 and width(word[:cut], font, size) > room:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def literal(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


@dataclass
class Widget:
    name: str
    value: str
    rect: tuple[float, float, float, float]
    size: float = 9.0
    multiline: bool = False


@dataclass
class Page:
    ops: list[bytes] = field(default_factory=list)
    links: list[tuple[tuple[float, float, float, float], str]] = field(default_factory=list)
    widgets: list[Widget] = field(default_factory=list)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        font: str = "F1",
        size: float = 10,
        angle: int = 0,
        grey: float = 0.0,
    ) -> None:
        matrix = {0: "1 0 0 1", 90: "0 1 -1 0", -90: "0 -1 1 0"}[angle]
        self.ops.append(
            f"BT {grey:.2f} g /{font} {size:g} Tf {matrix} {x:.2f} {y:.2f} Tm ".encode()
            + literal(text)
            + b" Tj ET"
        )

    def runs(self, x: float, y: float, runs: list[tuple[str, str, float]]) -> float:
        """Text set in runs of fonts and sizes on one baseline; returns the width drawn."""
        parts = [f"BT 0 g 1 0 0 1 {x:.2f} {y:.2f} Tm".encode()]
        drawn = 0.0
        for text, font, size in runs:
            parts.append(f"/{font} {size:g} Tf ".encode() + literal(text) + b" Tj")
            drawn += width(text, font, size)
        parts.append(b"ET")
        self.ops.append(b" ".join(parts))
        return drawn

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None) -> None:
        if fill is None:
            self.ops.append(f"0.55 G 0.6 w {x:.2f} {y:.2f} {w:.2f} {h:.2f} re S".encode())
        else:
            self.ops.append(f"{fill:.2f} g {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f".encode())

    def link(self, x: float, y: float, w: float, h: float, url: str) -> None:
        self.links.append(((x, y, x + w, y + h), url))


def _appearance(widget: Widget) -> bytes:
    x0, y0, x1, y1 = widget.rect
    room_w, room_h = x1 - x0, y1 - y0
    lines = (
        wrap(widget.value, "F1", widget.size, room_w - 4) if widget.multiline else [widget.value]
    )
    ops = [b"/Tx BMC q BT 0 g", f"/Helv {widget.size:g} Tf".encode()]
    leading = widget.size * 1.15
    y = room_h - widget.size - 1.5 if widget.multiline else (room_h - widget.size) / 2 + 2
    for line in lines:
        ops.append(f"1 0 0 1 2 {y:.2f} Tm ".encode() + literal(line) + b" Tj")
        y -= leading
    ops.append(b"ET Q EMC")
    return b"\n".join(ops)


def build_pdf(pages: list[Page], title: str, size: tuple[float, float] = A4) -> bytes:
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(dictionary: bytes, data: bytes) -> int:
        return add(
            dictionary[:-2]
            + f" /Length {len(data)} >>".encode()
            + b"\nstream\n"
            + data
            + b"\nendstream"
        )

    fonts = {
        key: add(
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} "
            "/Encoding /WinAnsiEncoding >>".encode()
        )
        for key, base in FONTS.items()
    }
    font_dict = " ".join(f"/{key} {number} 0 R" for key, number in fonts.items())
    catalog = add(b"")  # filled last
    pages_number = add(b"")
    page_numbers: list[int] = []
    fields: list[int] = []
    for page in pages:
        content = stream(b"<< >>", b"\n".join(page.ops))
        page_number = add(b"")
        annots: list[int] = []
        for (x0, y0, x1, y1), url in page.links:
            annots.append(
                add(
                    f"<< /Type /Annot /Subtype /Link /Rect [{x0:.2f} {y0:.2f} {x1:.2f} {y1:.2f}] "
                    f"/Border [0 0 0] /A << /S /URI /URI ".encode()
                    + literal(url)
                    + b" >> >>"
                )
            )
        for widget in page.widgets:
            x0, y0, x1, y1 = widget.rect
            appearance = stream(
                f"<< /Type /XObject /Subtype /Form /BBox [0 0 {x1 - x0:.2f} {y1 - y0:.2f}] "
                f"/Resources << /Font << /Helv {fonts['F1']} 0 R >> >> >>".encode(),
                _appearance(widget),
            )
            flags = " /Ff 4096" if widget.multiline else ""
            number = add(
                f"<< /Type /Annot /Subtype /Widget /FT /Tx /F 4 /P {page_number} 0 R "
                f"/Rect [{x0:.2f} {y0:.2f} {x1:.2f} {y1:.2f}]{flags} /T ".encode()
                + literal(widget.name)
                + b" /V "
                + literal(widget.value)
                + f" /DA (/Helv {widget.size:g} Tf 0 g) /MK << /BC [0.55 0.55 0.55] >> "
                f"/AP << /N {appearance} 0 R >> >>".encode()
            )
            annots.append(number)
            fields.append(number)
        refs = " ".join(f"{number} 0 R" for number in annots)
        objects[page_number - 1] = (
            f"<< /Type /Page /Parent {pages_number} 0 R /MediaBox [0 0 {size[0]:g} {size[1]:g}] "
            f"/Resources << /Font << {font_dict} >> >> /Contents {content} 0 R "
            f"/Annots [{refs}] >>"
        ).encode()
        page_numbers.append(page_number)
    kids = " ".join(f"{number} 0 R" for number in page_numbers)
    objects[pages_number - 1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode()
    form = ""
    if fields:
        field_refs = " ".join(f"{number} 0 R" for number in fields)
        form = (
            f" /AcroForm << /Fields [{field_refs}] /DA (/Helv 0 Tf 0 g) "
            f"/DR << /Font << /Helv {fonts['F1']} 0 R >> >> >>"
        )
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_number} 0 R{form} >>".encode()
    info = add(b"<< /Title " + literal(title) + b" /Producer (credlens blind-18 writer) >>")
    out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for index, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{index} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)
