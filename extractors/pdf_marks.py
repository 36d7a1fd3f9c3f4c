"""Logo marks on a PDF page: an issuer's or employer's initials set inside a small drawn shape
(a coloured circle with "GC" in it beside "Google Cybersecurity Professional Certificate").

Such a mark is a picture drawn with letters. A recruiter sees a logo, not a line of text; read
as text it becomes a line of its own ("GC") between the lines of the entry beside it, or a
column of letters that parts a timeline's dates from its entries.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from extractors.pdf_cards import Box, contains
from extractors.pdf_words import Word

# A mark is about as wide as it is tall: a circle, a rounded square (sides within this share).
_SQUARE = 0.25
# A mark is small: no side longer than this many times the height of the letters in it, nor
# than this many points (a tile or a card is larger).
_MARK_TO_LETTERS = 4.5
_MAX_SIDE = 48.0
# A logo's initials: a few capitals, one word or two ("GC", "S", "SEG", "L T").
_MAX_LETTERS = 4
# A bound on work per page: a page of hundreds of shapes is a drawing, not a layout.
_MAX_SHAPES = 400


def mark_shapes(page: Any) -> list[Box]:
    """The small filled shapes drawn on a pdfplumber page, about as wide as tall, each once:
    where a logo's initials may stand."""
    objects = (*page.rects, *page.curves)
    if len(objects) > _MAX_SHAPES:
        return []
    shapes = set()
    for obj in objects:
        width, height = obj["x1"] - obj["x0"], obj["bottom"] - obj["top"]
        if obj.get("fill") and 0 < width <= _MAX_SIDE and _square(width, height):
            shapes.add(
                (
                    round(float(obj["x0"]), 1),
                    round(float(obj["top"]), 1),
                    round(float(obj["x1"]), 1),
                    round(float(obj["bottom"]), 1),
                )
            )
    return sorted(shapes)


def without_marks(words: Sequence[Word], shapes: Sequence[Box]) -> list[Word]:
    """``words`` but the initials set inside a logo mark: a small shape that holds a few
    capitals, whole, and nothing else, its sides a few times their height."""
    if not shapes:
        return list(words)
    dropped: set[int] = set()
    for shape in shapes:
        held = [index for index, word in enumerate(words) if _within(word, shape)]
        if held and _initials([words[index] for index in held], shape):
            dropped.update(held)
    if not dropped:
        return list(words)
    return [word for index, word in enumerate(words) if index not in dropped]


def _initials(words: Sequence[Word], shape: Box) -> bool:
    text = "".join(word.text for word in words)
    if not (text.isalpha() and text.isupper() and len(text) <= _MAX_LETTERS):
        return False
    letters = max(word.bottom - word.top for word in words)
    side = max(shape[2] - shape[0], shape[3] - shape[1])
    return side <= _MARK_TO_LETTERS * letters


def _square(width: float, height: float) -> bool:
    return height > 0 and abs(width - height) <= _SQUARE * max(width, height)


def _within(word: Word, shape: Box) -> bool:
    """The whole word lies inside the shape; a word that only overlaps it is text beside it."""
    return contains(shape, (word.x0, word.top, word.x1, word.bottom))
