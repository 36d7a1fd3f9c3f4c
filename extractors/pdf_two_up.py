"""Two pages printed on one sheet ("2 pages per sheet", a print driver's n-up): a landscape
page whose two halves each hold one page of the résumé, shrunk side by side. A recruiter reads
the left page to its foot, then the right one; read as one page, the right page's lines fall
among the left one's wherever a gutter between the two ends."""

from __future__ import annotations

from collections.abc import Sequence

from extractors.pdf_words import Word

# The two pages' margins match to within this share of the sheet's width: one page's layout,
# printed twice at one scale. A page designed in two columns sets its second column anywhere.
_SAME_MARGIN = 0.01
# Fewer words than this make no two pages.
_MIN_WORDS = 20


def two_up_halves(
    words: Sequence[Word], width: float, height: float
) -> tuple[list[Word], list[Word]] | None:
    """The sheet's left and right pages, where it is landscape, no word crosses its middle,
    and the right half's text starts as far from the middle as the left half's from the edge."""
    if width <= height or len(words) < _MIN_WORDS:
        return None
    middle = width / 2
    left = [word for word in words if word.x1 <= middle]
    right = [word for word in words if word.x0 >= middle]
    if not left or not right or len(left) + len(right) != len(words):
        return None
    left_margin = min(word.x0 for word in left)
    right_margin = min(word.x0 for word in right) - middle
    if abs(left_margin - right_margin) > _SAME_MARGIN * width:
        return None
    return left, right
