"""Tuning-14's typeset Dutch CV: a PDF whose bytes the layout writes, as an older typesetting
program or a printer driver leaves them.

``tuning14_typeset`` sets the text justified (word spacing by ``Tw``) in Helvetica with an
encoding whose differences name the "fi" and "fl" ligatures, so a reader gets "ﬁ" and "ﬂ" in
"Certiﬁed" and "ﬂow"; a word that does not fit at a line's end is hyphenated ("Solu-" / "tions"),
words with a digit, a dot or a slash never; section headings stand in a left column beside the
text; every page repeats a running header ("Curriculum vitae · name") and a footer ("pagina 1 van
2"); the certifications begin low on page one and carry on to page two. Each credential is its
title in bold, then "Issuer, behaald in mei 2022, geldig tot mei 2026, certificaatnummer …" and
its address, with a link annotation over it.
"""

from __future__ import annotations

import unicodedata

from pdfminer.fontmetrics import FONT_METRICS

from testkit import pdf_bytes
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name
from tests.rendered.tuning14_words import DUTCH

_WIDTH, _HEIGHT = 595, 842
_LEFT, _RIGHT = 158, 470
_FONTS = {"R": "Helvetica", "B": "Helvetica-Bold"}
_LIGATURES = {"fi": b"\x81", "fl": b"\x82"}


def _latin(text: str) -> str:
    """What WinAnsi can write: a letter it lacks loses its accent ("ś" -> "s"), as an old
    driver's output does."""
    letters = []
    for char in text.replace("ł", "l").replace("Ł", "L"):
        try:
            char.encode("cp1252")
        except UnicodeEncodeError:
            char = "".join(c for c in unicodedata.normalize("NFKD", char) if c.isascii())
        letters.append(char)
    return "".join(letters)


def _width(text: str, face: str, size: float) -> float:
    metrics = FONT_METRICS[_FONTS[face]][1]
    return sum(metrics.get(char, 556) for char in _latin(text)) * size / 1000


def _literal(text: str) -> bytes:
    raw = _latin(text).encode("cp1252")
    for pair, code in _LIGATURES.items():
        raw = raw.replace(pair.encode(), code)
    return pdf_bytes.literal(raw)


def _hyphenated(word: str, room: float, face: str, size: float) -> tuple[str, str] | None:
    """The longest head of ``word`` that fits in ``room`` with its hyphen, and the rest."""
    core = word.rstrip(",.;:)")
    if len(core) < 7 or not core.isalpha():
        return None
    for cut in range(len(core) - 3, 2, -1):
        if _width(word[:cut] + "-", face, size) <= room:
            return word[:cut] + "-", word[cut:]
    return None


def _lines(text: str, face: str, size: float, width: float) -> list[str]:
    words, lines, line = text.split(), [], ""
    space = _width(" ", face, size)
    while words:
        word = words.pop(0)
        trial = f"{line} {word}" if line else word
        if _width(trial, face, size) <= width:
            line = trial
            continue
        room = width - _width(line, face, size) - (space if line else 0)
        parts = _hyphenated(word, room, face, size)
        if parts:
            lines.append(f"{line} {parts[0]}" if line else parts[0])
            words.insert(0, parts[1])
        elif not line:  # an address longer than the line stands alone on it
            lines.append(word)
        else:
            lines.append(line)
            words.insert(0, word)
        line = ""
    return [*lines, line] if line else lines


class _Pages:
    """Drawing operators and link annotations, page by page, with running header and footer."""

    def __init__(self, running: str) -> None:
        self.running = running
        self.pages: list[pdf_bytes.Page] = []
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        self.pages.append(([], []))
        self.text(56, _HEIGHT - 36, self.running, size=7.5, grey=True)
        self.pages[-1][0].append(f"0.4 w 56 {_HEIGHT - 42} m 539 {_HEIGHT - 42} l S".encode())
        self.y = _HEIGHT - 70

    def text(self, x: float, y: float, text: str, face: str = "R", size: float = 9.5,
             spacing: float = 0.0, grey: bool = False) -> None:  # fmt: skip
        colour = b"0.45 g " if grey else b"0 g "
        self.pages[-1][0].append(
            colour + f"BT /{face} {size} Tf {spacing:.3f} Tw {x:.1f} {y:.1f} Td ".encode()
            + _literal(text) + b" Tj ET"
        )  # fmt: skip

    def room(self, needed: float) -> None:
        if self.y - needed < 64:
            self.new_page()

    def paragraph(self, text: str, face: str = "R", size: float = 9.5, links: bool = False) -> None:
        lines = _lines(text, face, size, _RIGHT - _LEFT)
        for index, line in enumerate(lines):
            self.room(size + 4)
            gaps = line.count(" ")
            spare = _RIGHT - _LEFT - _width(line, face, size)
            spacing = spare / gaps if gaps and index < len(lines) - 1 else 0.0
            self.text(_LEFT, self.y, line, face, size, spacing)
            if links:
                self._link_words(line, face, size, spacing)
            self.y -= size + 3.6

    def _link_words(self, line: str, face: str, size: float, spacing: float) -> None:
        x: float = _LEFT
        for word in line.split(" "):
            right = x + _width(word, face, size)
            if word.startswith("https://"):
                self.pages[-1][1].append((x, self.y - 2, right, self.y + size, word))
            x = right + _width(" ", face, size) + spacing

    def heading(self, text: str) -> None:
        self.room(40)
        self.y -= 8
        self.text(56, self.y, text, "B", 10)

    def finish(self) -> bytes:
        total = len(self.pages)
        for number, (operators, _) in enumerate(self.pages, start=1):
            operators.append(b"0.4 w 56 52 m 539 52 l S")
            colour_text = f"pagina {number} van {total}"
            operators.append(
                b"0.45 g BT /R 7.5 Tf 0 Tw 490 40 Td " + _literal(colour_text) + b" Tj ET"
            )
        return _document(self.pages)


def _document(pages: list[pdf_bytes.Page]) -> bytes:
    objects = pdf_bytes.Objects()
    fonts = objects.fonts(_FONTS, "129 /fi /fl")
    parent = objects.after_pages(pages) + 1  # the information dictionary comes first
    kids = objects.pages(
        pages, parent=parent, size=(_WIDTH, _HEIGHT), fonts=fonts, annotation=_annotation
    )
    objects.add(b"<< /Producer (tuning-14 typesetter) >>")
    assert objects.add(pdf_bytes.page_tree(kids)) == parent
    root = objects.add(pdf_bytes.catalog(parent))
    return objects.serialise(root=root, header=pdf_bytes.HEADER_1_4)


def _annotation(link: pdf_bytes.Link) -> bytes:
    return pdf_bytes.link_annotation(link, pdf_bytes.literal(link[4].encode()))


def _entry(pages: _Pages, held: Credential) -> None:
    pages.room(40)
    pages.paragraph(held.title, "B", 10)
    said = [held.issuer]
    if held.issued_on:
        said.append(f"behaald in {DUTCH.month(held.issued_on)}")
    if held.expires_on:
        said.append(f"geldig tot {DUTCH.month(held.expires_on)}")
    if held.credential_id:
        said.append(f"certificaatnummer {held.credential_id}")
    pages.paragraph(", ".join(said) + ".")
    if held.url:
        pages.paragraph(f"Verificatie: {held.url}", links=True)
    pages.y -= 5


def tuning14_typeset(content: Content) -> bytes:
    pages = _Pages(f"Curriculum vitae · {content.name}")
    pages.text(56, pages.y, display_name(content), "B", 18)
    pages.y -= 18
    pages.text(56, pages.y, f"{content.headline} · {content.location}", size=10)
    pages.y -= 13
    pages.text(56, pages.y, f"{content.phone} · {content.email}", size=10)
    pages.y -= 20
    pages.heading(DUTCH.profile)
    pages.paragraph(content.summary)
    pages.heading(DUTCH.experience)
    pages.paragraph(f"{content.role}, {content.employer} (sinds januari 2020)", "B")
    for bullet in content.bullets:
        pages.paragraph(f"– {bullet}")
    pages.heading(DUTCH.skills)
    pages.paragraph(", ".join(content.skills))
    # The certifications start low on the first page, so that they carry on to the second.
    pages.y = min(pages.y, 200)
    pages.heading(DUTCH.credentials)
    for held in content.credentials:
        _entry(pages, held)
    pages.heading(DUTCH.pending)
    for text in content.section_negatives:
        pages.paragraph(text)
    return pages.finish()
