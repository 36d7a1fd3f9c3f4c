"""A filled PDF form's answers (AcroForm fields) as words on its page.

A form filled in on screen and saved keeps each answer as its field's value (``/V``), drawn
only in the field widget's appearance stream, which pdfplumber does not read: the page's own
text is the form's printed labels ("Certification", "Issuer", "Credential ID") and nothing
else. Each value is set as words inside its widget's rectangle, as a reader shows it, so the
labels beside the boxes read with their answers in reading order. A value the page already
shows inside its box (a form flattened into the page but still carrying its fields) is not
read twice. A broken field costs that field, never the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pdfminer.fontmetrics import FONT_METRICS
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text

from extractors.pdf_layout import in_rect
from extractors.pdf_words import Word

# Bounds on work per page and per field, whatever the PDF holds.
_MAX_WIDGETS_PER_PAGE = 600
_MAX_VALUE_CHARS = 4000
_MAX_PARENTS = 12
# Annotation flags (/F): hidden, not shown on screen.
_HIDDEN = 2 | 32
# Field flags (/Ff): a multiline or password text field; a radio or push button.
_MULTILINE, _PASSWORD = 1 << 12, 1 << 13
_RADIO, _PUSH_BUTTON = 1 << 15, 1 << 16
# The type a reader sets an answer in when the field does not say (points), the smallest it
# shrinks to, the padding inside the box and the distance between a multiline box's lines.
_DEFAULT_SIZE, _MIN_SIZE = 9.0, 4.0
_PADDING = 2.0
_LEADING = 1.15
# Helvetica's ascent and descent, in ems: where a reader puts the baseline in the box.
_ASCENT, _DESCENT = 0.718, -0.207
# A printed label this close left of a box (points) is the box's.
_LABEL_GAP = 120.0
# A ticked check box or the chosen radio button, as a reader draws it.
_TICK = "☒"
_WIDTHS: Mapping[str, int] = FONT_METRICS["Helvetica"][1]
_DA_SIZE = re.compile(rb"/[^\s/]+\s+(\d+(?:\.\d+)?)\s+Tf")


def has_form(pdf: Any) -> bool:
    """The document has an interactive form with fields: only then are widgets read, so a
    PDF without one costs a dictionary look-up."""
    try:
        form = _resolved(pdf.doc.catalog.get("AcroForm"))
        return isinstance(form, dict) and bool(_resolved(form.get("Fields")))
    except Exception:  # a broken catalog entry is no form
        return False


@dataclass(frozen=True)
class _Answer:
    """A filled field's value to set in its widget's box (x0, top, x1, bottom)."""

    value: str
    rect: tuple[float, float, float, float]
    size: float
    multiline: bool


def field_words(page: Any, words: Sequence[Word]) -> list[Word]:
    """The page's filled fields' values as words inside their widgets' rectangles, except a
    value the page's own ``words`` already show there."""
    answers: list[_Answer] = []
    widgets = [annot for annot in page.annots if _is_widget(annot.get("data"))]
    for annot in widgets[:_MAX_WIDGETS_PER_PAGE]:
        try:
            answer = _answer(annot, words)
        except Exception:  # a malformed field costs its answer, not the page
            continue
        if answer is not None:
            answers.append(answer)
    placed: list[Word] = []
    for answer in answers:
        placed.extend(_set(answer, _baseline(answer, answers, words)))
    return placed


def _is_widget(data: object) -> bool:
    return isinstance(data, dict) and _name(data.get("Subtype")) == "Widget"


def _answer(annot: Mapping[str, Any], words: Sequence[Word]) -> _Answer | None:
    data = annot["data"]
    if int(_resolved(data.get("F")) or 0) & _HIDDEN:
        return None
    rect = (float(annot["x0"]), float(annot["top"]), float(annot["x1"]), float(annot["bottom"]))
    if rect[2] - rect[0] < 1 or rect[3] - rect[1] < 1:
        return None
    value = _value(data)
    if not value.strip() or _shown(value, [word for word in words if in_rect(word, rect)]):
        return None
    multiline = bool(int(_inherited(data, "Ff") or 0) & _MULTILINE) or "\n" in value
    return _Answer(value, rect, _size(data), multiline)


def _baseline(answer: _Answer, answers: Sequence[_Answer], words: Sequence[Word]) -> float | None:
    """Where a one-line answer's words end below (their ``bottom``) when the page says where:
    on the line a multiline box beside it in the same row starts (a table's row of boxes reads
    as one row), else on the line of the printed label just left of the box ("Issuer:"
    before its box reads with its answer). None: centred in the box, as a reader draws it."""
    if answer.multiline:
        return None
    x0, top, _, bottom = answer.rect
    for other in answers:
        if other.multiline and abs(other.rect[1] - top) <= 1 and abs(other.rect[3] - bottom) <= 1:
            size = answer.size or _DEFAULT_SIZE
            return top + _PADDING + _ASCENT * (other.size or _DEFAULT_SIZE) - _DESCENT * size
    labels = [
        word
        for word in words
        if word.x1 <= x0 + 1 and x0 - word.x1 <= _LABEL_GAP and top <= word.bottom <= bottom
    ]
    if labels:
        return max(labels, key=lambda word: word.x1).bottom
    return None


def _value(data: Mapping[str, Any]) -> str:
    """What the widget shows: a text field's value, a choice's shown option, a tick for a
    check box or radio button in its on state; "" for an empty, secret or push-button field."""
    kind = _name(_inherited(data, "FT"))
    flags = int(_inherited(data, "Ff") or 0)
    value = _inherited(data, "V")
    if kind == "Tx":
        return "" if flags & _PASSWORD else _text(value)[:_MAX_VALUE_CHARS]
    if kind == "Ch":
        chosen = value if isinstance(value, list) else [value]
        shown = dict(_options(_inherited(data, "Opt")))
        texts = [_text(item) for item in chosen]
        return ", ".join(shown.get(text, text) for text in texts if text)[:_MAX_VALUE_CHARS]
    if kind == "Btn" and not flags & _PUSH_BUTTON:
        state = _name(_resolved(data.get("AS"))) or _name(value)
        on = state not in ("", "Off") and (not flags & _RADIO or state == _name(value))
        return _TICK if on else ""
    return ""


def _options(options: object) -> Iterator[tuple[str, str]]:
    """A choice field's options as (export value, shown text)."""
    for option in _resolved(options) if isinstance(_resolved(options), list) else []:
        option = _resolved(option)
        if isinstance(option, list) and len(option) >= 2:
            yield _text(option[0]), _text(option[1])


def _shown(value: str, inside: Sequence[Word]) -> bool:
    """The page's own words inside the box already spell the value (or the part of it that
    fits the box)."""
    if not inside:
        return False
    wanted = _key(value)
    drawn = _key(" ".join(word.text for word in inside))
    return bool(drawn) and (wanted in drawn or (drawn in wanted and 2 * len(drawn) >= len(wanted)))


def _key(text: str) -> str:
    return "".join(text.split()).casefold()


def _size(data: Mapping[str, Any]) -> float:
    """The type size the field's default appearance (/DA) asks for; 0 there means "fit"."""
    appearance = _inherited(data, "DA")
    if isinstance(appearance, bytes):
        found = _DA_SIZE.search(appearance)
        if found and float(found.group(1)) > 0:
            return float(found.group(1))
    return 0.0


def _set(answer: _Answer, bottom_at: float | None) -> list[Word]:
    """The answer's words inside its box: one line, squeezed across the box when too wide for
    it, ending below at ``bottom_at`` if given; or lines wrapped to the box from its top, the
    type shrunk until they fit."""
    x0, top, x1, bottom = answer.rect
    room, height = max(x1 - x0 - 2 * _PADDING, 1.0), bottom - top
    size = answer.size
    if not answer.multiline:
        size = size or max(_MIN_SIZE, min(_DEFAULT_SIZE + 1, height - 2 * _PADDING))
        line = answer.value.split()
        squeeze = min(1.0, room / max(_width(" ".join(line), size), 1.0))
        # Centred in the box as a reader centres one line: the glyphs' height in the middle.
        baseline = bottom - (height - (_ASCENT - _DESCENT) * size) / 2 + _DESCENT * size
        if bottom_at is not None:
            baseline = bottom_at + _DESCENT * size
        return _line_words(line, x0 + _PADDING, baseline, size, squeeze)
    size = size or _DEFAULT_SIZE
    lines = _wrap(answer.value, size, room)
    while size > _MIN_SIZE and len(lines) * size * _LEADING > height:
        size = max(_MIN_SIZE, size * 0.9)
        lines = _wrap(answer.value, size, room)
    placed: list[Word] = []
    for number, line in enumerate(lines):
        baseline = top + _PADDING + _ASCENT * size + number * size * _LEADING
        placed.extend(_line_words(line, x0 + _PADDING, baseline, size, 1.0))
    return placed


def _line_words(
    line: Sequence[str], left: float, baseline: float, size: float, squeeze: float
) -> list[Word]:
    """Words on a baseline (from the page's top), boxed as pdfplumber boxes a glyph: from the
    font's descent below the baseline up one type size."""
    placed = []
    space = _width(" ", size) * squeeze
    bottom = baseline - _DESCENT * size
    x = left
    for text in line:
        right = x + _width(text, size) * squeeze
        placed.append(
            Word(text=text, x0=x, x1=right, top=bottom - size, bottom=bottom, bold=False, size=size)
        )
        x = right + space
    return placed


def _wrap(value: str, size: float, room: float) -> list[list[str]]:
    """Lines of words, broken at spaces where the next word would pass the box's edge, and at
    the value's own line breaks."""
    lines: list[list[str]] = []
    for paragraph in value.splitlines():
        line: list[str] = []
        for text in paragraph.split():
            if line and _width(" ".join([*line, text]), size) > room:
                lines.append(line)
                line = []
            line.append(text)
        if line:
            lines.append(line)
    return lines


def _width(text: str, size: float) -> float:
    return sum(_WIDTHS.get(char, 556) for char in text) * size / 1000


def _inherited(data: Mapping[str, Any], key: str) -> Any:
    """A field attribute, from the widget or the nearest field above it that has it."""
    node: Any = data
    for _ in range(_MAX_PARENTS):
        if not isinstance(node, dict):
            return None
        if key in node:
            return _resolved(node[key])
        node = _resolved(node.get("Parent"))
    return None


def _resolved(value: object) -> Any:
    for _ in range(_MAX_PARENTS):
        resolve = getattr(value, "resolve", None)
        if resolve is None:
            return value
        value = resolve()
    return None


def _text(value: object) -> str:
    value = _resolved(value)
    if isinstance(value, bytes):
        if value.startswith(b"\xef\xbb\xbf"):  # PDF 2.0's UTF-8 strings
            return value[3:].decode("utf-8", "replace")
        return _document_text(value)
    if isinstance(value, str):
        return value
    return _name(value)


# Letters PDFDocEncoding has where Windows-1252 has punctuation (bytes 0x80-0x9f).
_DOC_LETTERS = frozenset("ŁŒŠŸŽıłœšžﬁﬂ")


def _document_text(raw: bytes) -> str:
    """A text string in PDFDocEncoding (or UTF-16 after its mark), as the standard says;
    but a writer that put its Windows-1252 bytes there (the en dash 0x96, which PDFDocEncoding
    reads "Œ") is read in Windows-1252 when a letter PDFDocEncoding gives stands where no
    letter would: alone, or before no small letter ("Developer Œ Associate")."""
    text = decode_text(raw)
    if raw.startswith(b"\xfe\xff"):
        return text
    odd = [
        index
        for index, char in enumerate(text)
        if char in _DOC_LETTERS and not text[index + 1 : index + 2].islower()
    ]
    if not odd:
        return text
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return text


def _name(value: object) -> str:
    value = _resolved(value)
    if isinstance(value, PSLiteral):
        name = value.name
        return name.decode("latin-1") if isinstance(name, bytes) else str(name)
    return ""
