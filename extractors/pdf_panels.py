"""Panels on a PDF page: coloured bands drawn from the top of the page to its foot, each a
column of the page ("infographic" templates: a dark sidebar, the body, a grey column of
credential tiles). A recruiter reads such a page a panel at a time, left to right, whatever
the heights at which the panels' lines happen to fall; the words outside every panel are a
column of their own between them.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.pdf_cards import Box, contains, overlap, with_cards
from extractors.pdf_tiles import badge_tiles
from extractors.pdf_words import Word

# A panel runs this share of the page's height or more, and is at most this share as wide.
_PANEL_HEIGHT = 0.8
_PANEL_WIDTH = 0.5


Region = tuple[list[Word], list[Box]]


def panel_regions(
    words: Sequence[Word], page_width: float, page_height: float, boxes: Sequence[Box]
) -> list[Region]:
    """The page's regions left to right, each its words and the boxes drawn in it: a region a
    panel, and one for the words outside every panel; the page alone where it has no panels."""
    panels = _panels(words, page_width, page_height, boxes)
    if not panels:
        return [(list(words), list(boxes))]
    regions: list[tuple[float, list[Word], list[Box]]] = []
    rest = list(words)
    for panel in panels:
        inside = [word for word in rest if _inside(word, panel)]
        rest = [word for word in rest if not _inside(word, panel)]
        held = [box for box in boxes if box != panel and contains(panel, box)]
        regions.append((panel[0], inside, held))
    outside = [box for box in boxes if not any(contains(panel, box) for panel in panels)]
    regions.append((min(word.x0 for word in rest), rest, outside))
    return [(inside, held) for _, inside, held in sorted(regions, key=lambda region: region[0])]


def with_panels(regions: Sequence[Region], page_width: float) -> list[list[Word]]:
    """The page's lines in reading order, a region at a time (``with_cards`` in each, with
    the region's badge tiles)."""
    return [
        line
        for inside, held in regions
        for line in with_cards(inside, page_width, held, badge_tiles(inside, held))
    ]


def _panels(
    words: Sequence[Word], page_width: float, page_height: float, boxes: Sequence[Box]
) -> list[Box]:
    """The drawn bands that run (nearly) the page's height, narrower than half of it, apart
    from each other, each holding words, while some words lie outside them all."""
    tall = [
        box
        for box in boxes
        if box[3] - box[1] >= _PANEL_HEIGHT * page_height
        and box[2] - box[0] <= _PANEL_WIDTH * page_width
        # A band holding only headings turned up the margin (``pdf_turned``) is the margin.
        and any(_inside(word, box) and not word.margin_heading for word in words)
    ]
    # Nested or overlapping bands (a fill and its border) are one panel: the outermost.
    panels = [
        box for box in tall if not any(other != box and contains(other, box) for other in tall)
    ]
    if any(overlap(a, b) for i, a in enumerate(panels) for b in panels[i + 1 :]):
        return []
    if all(any(_inside(word, panel) for panel in panels) for word in words):
        return []
    return sorted(panels)


def _inside(word: Word, box: Box) -> bool:
    x, y = word.centre
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]
