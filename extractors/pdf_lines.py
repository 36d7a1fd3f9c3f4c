"""A PDF row's words as one line of text: its cells parted by tabs, its box, its type."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from extractors.models import Line
from extractors.pdf_words import Word
from extractors.text import normalise

# The widest gap (in font sizes) at which a full stop touches the word before it.
_TOUCHING = 0.05


def build_line(words: Sequence[Word], body_size: float) -> Line:
    pieces = [words[0].text]
    for previous, word in itertools.pairwise(words):
        # A gap wider than a couple of letters separates cells: a name and an e-mail, a date
        # and a title. Keep it visible as a tab.
        gap = word.x0 - previous.x1
        wide = gap > max(min(previous.size, word.size), 6.0) * 1.5
        # A full stop in another font than the word it follows (an italic issuer's stop set
        # in the body's type) comes as a word of its own, touching it: it ends that word. (A
        # comma keeps its space: " , " parts fields as surely as a dash does.)
        touching = word.text == "." and gap <= _TOUCHING * max(word.size, 1.0)
        pieces.append("\t" if wide or word.cell_start else "" if touching else " ")
        pieces.append(word.text)
    text = normalise("".join(pieces))
    bbox = (
        round(min(word.x0 for word in words), 1),
        round(min(word.top for word in words), 1),
        round(max(word.x1 for word in words), 1),
        round(max(word.bottom for word in words), 1),
    )
    emphasised = all(word.bold for word in words) or (
        body_size > 0 and min(word.size for word in words) > body_size * 1.15
    )
    plain = not any(word.bold for word in words) and (
        body_size <= 0 or max(word.size for word in words) <= body_size * 1.15
    )
    size = round(max(word.size for word in words), 1)
    level = 0 if all(word.margin_heading for word in words) else None  # the page's own heading
    return Line(
        text=text,
        bbox=bbox,
        emphasised=emphasised,
        plain=plain,
        size=size or None,
        outline_level=level,
        opens_card=words[0].card_start,
        card=words[0].card if all(word.card == words[0].card for word in words) else 0,
    )
