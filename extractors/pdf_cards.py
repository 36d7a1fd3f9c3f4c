"""Cards on a PDF page: boxes drawn side by side or in a grid, a credential to a box, each
read whole before the next.

Three cards in a row line their titles, issuers and dates up across the page, so read line by
line (or as the columns of a table) they mix: a card's "Verify" button falls under its
neighbour, its issuer beside another's title. A box that holds some lines of text, drawn
beside or under another box of the same width, with a clear gap between them, is a card.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from extractors.dates import find_dates
from extractors.pdf_layout import group_lines, only_dates, reading_order
from extractors.pdf_words import Word

Box = tuple[float, float, float, float]
# Cards stand this far apart (points); a table's shaded cells touch or nearly (Chromium's
# default border spacing is 1.5 points).
_CARD_GAP = 4.0
# Two cards of a grid have the same width, to this much (points).
_SAME_WIDTH = 2.0
# Shapes smaller than this (points) are icons, buttons or rules, never a card.
_MIN_SIDE = 20.0
# A badge's label is a short name: a few words at most.
_BADGE_WORDS = 4
# A bound on work per page: a page of hundreds of shapes is a drawing, not cards.
_MAX_SHAPES = 200


def drawn_boxes(page: Any) -> list[Box]:
    """The boxes drawn on a pdfplumber page, filled or stroked, big enough to hold text:
    rectangles and closed shapes (a card with rounded corners is a curve), each once. None on
    a page of hundreds, a drawing rather than a layout, which is not searched for cards."""
    boxes = {
        (
            round(float(obj["x0"]), 1),
            round(float(obj["top"]), 1),
            round(float(obj["x1"]), 1),
            round(float(obj["bottom"]), 1),
        )
        for obj in (*page.rects, *page.curves)
        if (obj.get("fill") or obj.get("stroke"))
        and obj["x1"] - obj["x0"] >= _MIN_SIDE
        and obj["bottom"] - obj["top"] >= _MIN_SIDE
    }
    return sorted(boxes) if len(boxes) <= _MAX_SHAPES else []


def box_of_its_own(
    words: Sequence[Word], others: Sequence[Word], boxes: Sequence[Box]
) -> Box | None:
    """A drawn box that holds all of ``words`` and none of ``others``."""
    for box in boxes:
        if (
            words
            and all(_inside(w, box) for w in words)
            and not any(_inside(w, box) for w in others)
        ):
            return box
    return None


#: A badge tile (``pdf_tiles``): the box its badge and lines cover, its lines' words, and its
#: badge's words.
Tile = tuple[Box, list[Word], list[Word]]


def with_cards(
    words: Sequence[Word], page_width: float, boxes: Sequence[Box], tiles: Sequence[Tile] = ()
) -> list[list[Word]]:
    """The page's lines in reading order (``reading_order``), each card's lines together: cards
    row by row, left to right, where their row starts among the page's other lines. ``tiles``
    (``pdf_tiles``: a box, its words and its badge's words, which are dropped) are read as
    cards are, also inside a card (a shaded band holding a ribbon of them)."""
    found = cards(words, boxes)
    held = {id(word) for _, inside in found for word in inside}
    loose = [tile for tile in tiles if not any(id(word) in held for word in tile[1])]
    for box, inside, label in loose:
        found.append((box, inside))
        held |= {id(word) for word in (*inside, *label)}
    if not found:
        return reading_order(words, page_width)
    for index, dates in _axis_dates(found, [word for word in words if id(word) not in held]):
        found[index] = (found[index][0], [*found[index][1], *dates])
        held |= {id(word) for word in dates}
    lines = reading_order([word for word in words if id(word) not in held], page_width)
    found = [(box, _without_badge(box, inside, boxes)) for box, inside in found]
    ordered = sorted(found, key=lambda card: (round(card[0][1] / _CARD_GAP), card[0][0]))

    def card_lines(inside: Sequence[Word]) -> list[list[Word]]:
        ids = {id(word) for word in inside}
        held = [tile for tile in tiles if tile not in loose and id(tile[1][0]) in ids]
        if held:
            return with_cards(inside, page_width, (), held)
        return _opening(reading_order(inside, page_width))

    result: list[list[Word]] = []
    pending = list(ordered)
    for line in lines:
        top = min(word.top for word in line)
        while pending and pending[0][0][1] <= top:
            result.extend(card_lines(pending.pop(0)[1]))
        result.append(line)
    for _, inside in pending:
        result.extend(card_lines(inside))
    return result


def _axis_dates(
    found: Sequence[tuple[Box, list[Word]]], loose: Sequence[Word]
) -> list[tuple[int, list[Word]]]:
    """Dates standing alone outside every card, each in line with one card's left edge and
    near it (a timeline writes each card's date at its dot on the axis, on the axis's other
    side from the card): each is that card's, with the index of the card."""
    given: list[tuple[int, list[Word]]] = []
    for line in group_lines(loose):
        for piece in _pieces(line):
            if not only_dates(piece):
                continue
            size = max(max(word.size for word in piece), 1.0)
            top, bottom = min(w.top for w in piece), max(w.bottom for w in piece)
            aligned = [
                index
                for index, (box, _) in enumerate(found)
                if abs(box[0] - piece[0].x0) <= size
                and max(box[1] - bottom, top - box[3]) <= _DATE_REACH * size
            ]
            if len(aligned) == 1:
                given.append((aligned[0], piece))
    return given


# A date at a card's dot stands this many of its type's sizes from the card at most.
_DATE_REACH = 5.0


def _pieces(line: Sequence[Word]) -> list[list[Word]]:
    """A line's words cut where the gap between two is wider than a word space (1.5 sizes)."""
    pieces: list[list[Word]] = []
    for word in line:
        if pieces and word.x0 - pieces[-1][-1].x1 <= 1.5 * max(word.size, 1.0):
            pieces[-1].append(word)
        else:
            pieces.append([word])
    return pieces


def _opening(lines: list[list[Word]]) -> list[list[Word]]:
    """A card's lines, its first word marked as opening the card: what a card holds is read
    as one entry, never as the tail of the card before it. Dates alone in a pill at the
    card's top corner, over its title, are read after the card's other lines: a card opens
    with its title. Only a card that opens with a title in the title's type (bold, or larger
    than the card's other lines) is marked: one opening in its body's type may hold more than
    one entry, or an entry's label over its title."""
    if len(lines) > 1 and only_dates(lines[0]) and not only_dates(lines[1]):
        lines = [*lines[1:], lines[0]]
    if lines and lines[0] and _in_title_type(lines[0], lines):
        lines[0] = [replace(lines[0][0], card_start=True), *lines[0][1:]]
        if _one_title(lines):
            # Numbered by where the card stands: no two cards of a page share a corner.
            first = min((word for line in lines for word in line), key=lambda w: (w.top, w.x0))
            number = 1 + int(first.top) * 10_000 + int(first.x0)
            lines = [[replace(word, card=number) for word in line] for line in lines]
    return lines


def _one_title(lines: Sequence[Sequence[Word]]) -> bool:
    """The card's title lines (bold, or larger than the rest) lead it and no line after them is
    in that type (but its dates, a pill in bold): a card of one entry, not a box listing
    several."""
    titled = [_in_title_type(line, lines) and not only_dates(line) for line in lines]
    lead = next((index for index, flag in enumerate(titled) if not flag), len(lines))
    return lead < len(lines) and not any(titled[lead:])


def _in_title_type(line: Sequence[Word], lines: Sequence[Sequence[Word]]) -> bool:
    """The line of a card is bold, or set larger than the card's body (its smallest line)."""
    if all(word.bold for word in line):
        return True
    body = min(max(word.size for word in other) for other in lines if other)
    return min(word.size for word in line) > body + 0.5


def _without_badge(card: Box, inside: Sequence[Word], boxes: Sequence[Box]) -> list[Word]:
    """A card's words but its badge's: a shape drawn inside the card, beside its text (the
    card's other words stand at its side, on its rows), holding a few words and no date. Its
    words are the credential's short name on its picture ("AWS CW 6G"), which the title says
    in full; read among the title's lines they would cut it in two."""
    for box in boxes:
        if box == card or not contains(card, box):
            continue
        label = [word for word in inside if _inside(word, box)]
        rest = [word for word in inside if not _inside(word, box)]
        beside = any(
            (word.x0 >= box[2] or word.x1 <= box[0]) and word.top < box[3] and word.bottom > box[1]
            for word in rest
        )
        text = " ".join(word.text for word in label)
        if label and beside and len(label) <= _BADGE_WORDS and not find_dates(text):
            return rest
    return list(inside)


def cards(words: Sequence[Word], boxes: Sequence[Box]) -> list[tuple[Box, list[Word]]]:
    """The cards among ``boxes``, each with the words it holds: boxes of two lines or more
    with a sibling (as wide, beside or under it, apart from it); the outermost where boxes
    nest (a card drawn as a fill and a border, or with a shaded header inside)."""
    shapes = sorted(set(boxes))
    if len(shapes) < 2:
        return []
    holding = []
    for box in shapes:
        inside = [word for word in words if _inside(word, box)]
        if len(group_lines(inside)) >= 2:
            holding.append((box, inside))
    found = [
        (box, inside)
        for box, inside in holding
        if any(_siblings(box, other) for other, _ in holding if other != box)
    ]
    outermost = [
        (box, inside)
        for box, inside in found
        if not any(other != box and contains(other, box) for other, _ in found)
    ]
    # Cards never overlap; boxes that do are something else (a table's shaded bands).
    if any(overlap(a[0], b[0]) for a, b in itertools.combinations(outermost, 2)):
        return []
    return outermost


def _siblings(box: Box, other: Box) -> bool:
    """Two cards of a row or a grid: as wide as each other, apart by a card gap."""
    if abs((box[2] - box[0]) - (other[2] - other[0])) > _SAME_WIDTH:
        return False
    across = max(other[0] - box[2], box[0] - other[2])
    down = max(other[1] - box[3], box[1] - other[3])
    return max(across, down) >= _CARD_GAP


def contains(outer: Box, inner: Box) -> bool:
    return (
        outer[0] <= inner[0] + 0.5
        and outer[1] <= inner[1] + 0.5
        and outer[2] >= inner[2] - 0.5
        and outer[3] >= inner[3] - 0.5
    )


def overlap(a: Box, b: Box) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _inside(word: Word, box: Box) -> bool:
    x, y = word.centre
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]
