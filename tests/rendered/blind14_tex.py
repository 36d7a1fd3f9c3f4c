"""Blind-14's PDF typeset the way pdfTeX sets a LaTeX CV, its bytes written here.

A LaTeX article-class résumé as pdfTeX leaves it: no space character anywhere, each line one
``TJ`` array whose words are parted by kerns (a third of an em, stretched in justified lines);
"fi" and "fl" set as their ligature glyphs; the Times faces (``mathptmx``) with a T1-like
encoding, so "ć" is one glyph; hyperref's links as cyan-bordered boxes. The page: a centred name
and contact lines, section titles in bold over a rule (``titlesec``), each credential a bold title
with its dates set flush right on the title's line by ``\\hfill`` ("Jun 2022 -- Jun 2027" gives
an en dash), the issuer in italics with "No. …" flush right, and the address in a typewriter face
(``\\url``), broken after a slash when it is longer than the line, each piece its own link box;
"Working towards" items opened by en dashes, the page number centred at the foot.
"""

from __future__ import annotations

from pdfminer.fontmetrics import FONT_METRICS

from testkit import pdf_bytes
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

_FACES = {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic", "T": "Courier"}
#: Glyphs outside WinAnsi set at free codes, as a T1-encoded font would have them.
_EXTRA = {"ﬁ": (0x81, "fi"), "ﬂ": (0x8D, "fl"), "ć": (0x8F, "cacute"), "č": (0x90, "ccaron"),
          "Ć": (0x9D, "Cacute")}  # fmt: skip
_LEFT, _RIGHT, _WIDTH, _HEIGHT = 66.0, 529.0, 595, 842
_SPACE = 0.333  # an interword space, in em


def _ligatures(text: str, face: str) -> str:
    return text if face == "T" else text.replace("fi", "ﬁ").replace("fl", "ﬂ")


def _encoded(text: str) -> bytes:
    raw = b"".join(
        bytes([_EXTRA[char][0]]) if char in _EXTRA else char.encode("cp1252") for char in text
    )
    return pdf_bytes.literal(raw)


def _width(text: str, face: str, size: float) -> float:
    widths = FONT_METRICS[_FACES[face]][1]
    return sum(widths.get(char, 500) for char in _ligatures(text, face)) * size / 1000


class _Page:
    """The operators and link boxes of the pages set so far."""

    def __init__(self) -> None:
        self.pages: list[pdf_bytes.Page] = []
        self.y = 0.0
        self.turn()

    def turn(self) -> None:
        if self.pages:
            self.words(_WIDTH / 2 - 3, 40, [str(len(self.pages))], "R", 10)
        self.pages.append(([], []))
        self.y = _HEIGHT - 70

    def need(self, height: float) -> None:
        if self.y - height < 60:
            self.turn()

    def words(self, x: float, y: float, words: list[str], face: str, size: float,
              gap: float | None = None) -> float:  # fmt: skip
        """One line: the words parted by kerns (``gap`` points each), no space glyph."""
        gap = _SPACE * size if gap is None else gap
        kern = f" {-gap * 1000 / size:.0f} ".encode()
        array = kern.join(_encoded(_ligatures(word, face)) for word in words)
        self.pages[-1][0].append(
            b"BT /" + face.encode() + f" {size} Tf {x:.2f} {y:.2f} Td [".encode() + array
            + b"] TJ ET"
        )  # fmt: skip
        return x + sum(_width(w, face, size) for w in words) + gap * (len(words) - 1)

    def link(self, x0: float, y: float, x1: float, size: float, url: str) -> None:
        self.pages[-1][1].append((x0 - 1, y - 2.5, x1 + 1, y + size * 0.8, url))

    def rule(self, y: float) -> None:
        self.pages[-1][0].append(f"0.4 w {_LEFT} {y:.2f} m {_RIGHT} {y:.2f} l S".encode())

    def paragraph(self, x: float, text: str, face: str = "R", size: float = 10) -> None:
        """Justified lines, the last one ragged."""
        lines: list[list[str]] = [[]]
        for word in text.split():
            trial = [*lines[-1], word]
            natural = sum(_width(w, face, size) for w in trial) + _SPACE * size * len(trial[1:])
            if lines[-1] and natural > _RIGHT - x:  # spaces only stretch, never shrink
                lines.append([word])
            else:
                lines[-1] = trial
        for number, line in enumerate(lines):
            self.need(size + 3)
            gap = None
            if number < len(lines) - 1 and len(line) > 1:
                ink = sum(_width(word, face, size) for word in line)
                gap = (_RIGHT - x - ink) / (len(line) - 1)
            self.words(x, self.y, line, face, size, gap)
            self.y -= size * 1.22

    def flush_right(self, y: float, text: str, face: str, size: float) -> None:
        self.words(_RIGHT - _width(text, face, size), y, text.split(), face, size)

    def pdf(self) -> bytes:
        self.words(_WIDTH / 2 - 3, 40, [str(len(self.pages))], "R", 10)
        codes = " ".join(f"{code} /{name}" for code, name in sorted(_EXTRA.values()))
        objects = pdf_bytes.catalog_first(
            self.pages,
            size=(_WIDTH, _HEIGHT),
            faces=_FACES,
            annotation=_annotation,
            differences=codes,
        )
        info = b"<< /Producer (pdfTeX-1.40.25) /Creator (LaTeX with hyperref) >>"
        return objects.serialise(header=b"%PDF-1.5\n%\xd0\xd4\xc5\xd8\n", info=info)


def _annotation(link: pdf_bytes.Link) -> bytes:
    """hyperref's link box: a cyan border one point wide, inverted when clicked."""
    return pdf_bytes.link_annotation(
        link, _encoded(link[4]), digits=2, style="/Border [0 0 1] /C [0 1 1] /H /I"
    )


def _centred(page: _Page, text: str, face: str, size: float) -> tuple[float, float]:
    x = (_WIDTH - _width(text, face, size)) / 2
    right = page.words(x, page.y, text.split(), face, size)
    return x, right


def _heading(page: _Page, text: str) -> None:
    page.need(46)
    page.y -= 10
    page.words(_LEFT, page.y, text.split(), "B", 12)
    page.rule(page.y - 3.5)
    page.y -= 17


def _url_pieces(url: str, width: float, size: float) -> list[str]:
    """``\\url`` breaks a long address after a slash (or any character, as a last resort)."""
    pieces = [""]
    for char in url:
        if pieces[-1] and _width(pieces[-1] + char, "T", size) > width:
            cut = pieces[-1].rfind("/") + 1
            cut = cut if cut > 10 else len(pieces[-1])
            pieces[-1], rest = pieces[-1][:cut], pieces[-1][cut:]
            pieces.append(rest)
        pieces[-1] += char
    return pieces


def _entry(page: _Page, held: Credential) -> None:
    page.need(50)
    dates = month(held.issued_on, "mon")
    if held.expires_on:
        dates += f" – {month(held.expires_on, 'mon')}"
    room = _RIGHT - _LEFT - (_width(dates, "R", 10) + 14 if dates else 0)
    lines: list[list[str]] = [[]]
    for word in held.title.split():
        if lines[-1] and _width(" ".join([*lines[-1], word]), "B", 10) > room:
            lines.append([])
        lines[-1].append(word)
    if dates:
        page.flush_right(page.y, dates, "R", 10)
    for line in lines:
        page.words(_LEFT, page.y, line, "B", 10)
        page.y -= 12.2
    page.words(_LEFT, page.y, held.issuer.split(), "I", 10)
    if held.credential_id:
        page.flush_right(page.y, f"No. {held.credential_id}", "R", 10)
    page.y -= 12.2
    if held.url:
        for piece in _url_pieces(held.url, _RIGHT - _LEFT, 8.5):
            right = page.words(_LEFT, page.y, [piece], "T", 8.5)
            page.link(_LEFT, page.y, right, 8.5, held.url)
            page.y -= 10.5
    page.y -= 5


def blind14_tex(content: Content) -> bytes:
    page = _Page()
    _centred(page, display_name(content), "B", 20)
    page.y -= 19
    _centred(page, content.headline, "I", 11)
    page.y -= 14
    contact = f"{content.location} · {content.phone} · {content.email}"
    x, _ = _centred(page, contact, "R", 10)
    start = x + _width(f"{content.location} · {content.phone} · ", "R", 10)
    page.link(start, page.y, start + _width(content.email, "R", 10), 10,
              f"mailto:{content.email}")  # fmt: skip
    page.y -= 12.5
    if content.contact_links:
        shown = " · ".join(text for text, _ in content.contact_links)
        x, _ = _centred(page, shown, "R", 10)
        for text, url in content.contact_links:
            right = x + _width(text, "R", 10)
            page.link(x, page.y, right, 10, url)
            x = right + _width(" · ", "R", 10)
        page.y -= 12.5
    _heading(page, "Profile")
    page.paragraph(_LEFT, content.summary)
    _heading(page, "Experience")
    page.words(_LEFT, page.y, content.role.split(), "B", 10)
    page.flush_right(page.y, "2020 – present", "R", 10)
    page.y -= 12.2
    page.words(_LEFT, page.y, content.employer.split(), "I", 10)
    page.y -= 13
    for bullet in content.bullets:
        page.words(_LEFT + 6, page.y, ["•"], "R", 10)
        page.paragraph(_LEFT + 16, bullet)
    _heading(page, "Certifications")
    for held in content.credentials:
        _entry(page, held)
    _heading(page, "Working towards")
    for text in content.section_negatives:
        page.words(_LEFT + 4, page.y, ["–"], "R", 10)
        page.paragraph(_LEFT + 16, text)
    _heading(page, "Skills")
    page.paragraph(_LEFT, ", ".join(content.skills))
    return page.pdf()
