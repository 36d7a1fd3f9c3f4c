"""Badge tiles on a PDF page: a row of rosettes, seals or round icons, each over the lines of
one credential centred under it ("infographic" templates' ribbons of credentials).

No box is drawn around such a tile, so ``pdf_cards`` does not see it, and read line by line (or
as a table's columns) its lines mix with its neighbours': a title beside another's issuer, a
date under the wrong badge. A recruiter reads a tile whole: the badge, then the lines centred
on its axis down to the gap under them, one entry. Badges are the drawn shapes of one size,
about as tall as wide and small, holding a few words each; the shape alone of its size (the
photo's circle) is no badge. The badge's own words are the credential's short name ("CCSP",
"AWS Security Specialty"), which the title under it says in full; read among its lines they
would be an entry of their own, so they are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.pdf_cards import Box, Tile, contains
from extractors.pdf_layout import group_lines, in_rect
from extractors.pdf_words import Word

# A badge is at most this many points across, and its sides differ by this share at most.
_MOST_SIDE = 90.0
_SQUARE = 0.2
# Badges of one ribbon are the same size to this many points.
_SAME_SIZE = 2.0
# A badge's label is a short name: a few words at most.
_BADGE_WORDS = 4
# A tile's line is centred on its badge's axis to this many points.
_CENTRED = 4.0
# A tile's lines stand this close: a gap taller than a line, and a little more, ends the tile.
_GAP_SLACK = 2.0


def badge_tiles(words: Sequence[Word], boxes: Sequence[Box]) -> list[Tile]:
    """The page's badge tiles, each with the box it covers (its badge's top to its last
    line, as wide as the distance to the next badge), its lines' words and its badge's."""
    badges = _badges(words, boxes)
    # Two badges at least side by side, their tops level: a ribbon, not a column of icons. Its
    # tiles are as wide as the nearest two badges' axes are apart.
    pitch = min(
        (
            abs(_axis(a) - _axis(b))
            for a in badges
            for b in badges
            if a != b and abs(a[1] - b[1]) <= _SAME_SIZE
        ),
        default=0.0,
    )
    if pitch <= 0.0:
        return []
    tiles: list[Tile] = []
    for badge in badges:
        tile = _tile(badge, badges, words, pitch / 2)
        if tile is not None:
            tiles.append(tile)
    return tiles if len(tiles) >= 2 else []


def _badges(words: Sequence[Word], boxes: Sequence[Box]) -> list[Box]:
    """Small shapes about as tall as wide, holding one to a few words, each with another of
    its size on the page; the outermost where shapes nest (a fill and its ring)."""
    small = [
        box
        for box in boxes
        if 0 < (width := box[2] - box[0]) <= _MOST_SIDE
        and abs(width - (box[3] - box[1])) <= _SQUARE * width
    ]
    outer = [box for box in small if not any(o != box and contains(o, box) for o in small)]
    labelled = [
        box for box in outer if 1 <= len([w for w in words if in_rect(w, box)]) <= _BADGE_WORDS
    ]
    return [
        box
        for box in labelled
        if any(
            other != box
            and abs((other[2] - other[0]) - (box[2] - box[0])) <= _SAME_SIZE
            and abs((other[3] - other[1]) - (box[3] - box[1])) <= _SAME_SIZE
            for other in labelled
        )
    ]


def _tile(badge: Box, badges: Sequence[Box], words: Sequence[Word], half: float) -> Tile | None:
    axis = _axis(badge)
    label = [word for word in words if in_rect(word, badge)]
    # The tile ends over the next badge under it, whose tile begins there.
    floor = min(
        (b[1] for b in badges if b[1] > badge[3] and abs(_axis(b) - axis) < half),
        default=float("inf"),
    )
    below = [
        word
        for word in words
        if word.top >= badge[3] - 1.0
        and word.bottom <= floor
        and abs(word.centre[0] - axis) <= half
        and not any(in_rect(word, b) for b in badges)
    ]
    lines: list[list[Word]] = []
    bottom = badge[3]
    for line in group_lines(below):
        height = max(word.bottom - word.top for word in line)
        centre = (line[0].x0 + line[-1].x1) / 2
        if line[0].top - bottom > height + _GAP_SLACK or abs(centre - axis) > _CENTRED:
            break
        lines.append(line)
        bottom = max(word.bottom for word in line)
    if len(lines) < 2:
        return None
    inside = [word for line in lines for word in line]
    box = (axis - half, badge[1], axis + half, bottom)
    return box, inside, label


def _axis(box: Box) -> float:
    return (box[0] + box[2]) / 2
