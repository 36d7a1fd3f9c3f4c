"""Where two page-columns begin: the rows over a run of columns that each hold words on one
side of its gutter only are the columns' first lines (``pdf_layout.reading_order``).

A page set in two columns (a word processor's page style) opens each column with a heading,
the two rarely level: one has room above it, the other (after a column break) none. Their
rows, and the right column's first line beside the left heading, each hold words on one side
of the gutter only, so they show no gutter of their own and would be read across, one row at
a time, before the columns. A recruiter reads them as the tops of the two columns: the right
column's top row starts at the right column's edge, the left column's at the left's, and the
two columns' tops are level within a line or so."""

from __future__ import annotations

from collections.abc import Sequence

from extractors.pdf_words import Word

# Rows looked at over a run, at most, and how far apart (in the row's own heights) two rows of
# one column's top may stand.
_MAX_TOP_ROWS = 12
_MAX_GAP_ROWS = 1.5
# Line starts this close (points) are one column's edge.
_EDGE = 2.0
# The least room (points) between a left column's line and the right column's edge.
_HALF_GUTTER = 4.5


def column_tops(
    rows: Sequence[Sequence[Word]], start: int, end: int, band: tuple[float, float], floor: int
) -> int:
    """The row the columns of ``rows[start:end]`` (a run beside the gutter ``band``) begin at:
    ``start``, or a row above it (no higher than ``floor``) when the rows between are the two
    columns' first lines, each on one side of the gutter, the right column's topmost at its
    edge and the left column's first lines level with it or below it, one of them at least."""
    run = [word for row in rows[start:end] for word in row]
    left_edge = min((w.x0 for w in run if w.x1 <= band[0] + 0.5), default=None)
    right_edge = min((w.x0 for w in run if w.x0 >= band[1] - 0.5), default=None)
    if left_edge is None or right_edge is None:
        return start
    sides: list[tuple[int, str]] = []
    below = rows[start]
    for index in range(start - 1, max(floor, start - _MAX_TOP_ROWS) - 1, -1):
        row = rows[index]
        height = max(max(w.bottom for w in row) - min(w.top for w in row), 1.0)
        if min(w.top for w in below) - max(w.bottom for w in row) > _MAX_GAP_ROWS * height:
            break
        # The run's band is what its own rows leave free: a row over it may reach further in,
        # short of the right column's edge by a gutter's half.
        if (
            max(w.x1 for w in row) <= right_edge - _HALF_GUTTER
            and abs(row[0].x0 - left_edge) <= _EDGE
        ):
            sides.append((index, "left"))
        elif all(w.x0 >= band[1] - 0.5 for w in row) and abs(row[0].x0 - right_edge) <= _EDGE:
            sides.append((index, "right"))
        else:
            break
        below = row
    right_tops = [index for index, side in sides if side == "right"]
    if not right_tops:
        return start
    top = min(right_tops)
    # The left column's heading may stand a little higher than the right one's: level with it.
    height = max(max(w.bottom for w in rows[top]) - min(w.top for w in rows[top]), 1.0)
    for index, side in sides:
        if index < top and side == "left":
            gap = min(w.top for w in rows[top]) - min(w.top for w in rows[index])
            if gap <= height:
                top = index
    # Both columns open there: a row on the right alone is the end of a line across the gutter
    # above it (an entry's wrapped issuer beside a column of dates), not a column's top.
    if not any(side == "left" and index >= top for index, side in sides):
        return start
    return top


def columns_from_their_tops(
    ordered: list[list[Word]],
    rows: Sequence[Sequence[Word]],
    start: int,
    end: int,
    band: tuple[float, float],
    floor: int,
) -> int:
    """Where a run of columns begins (``column_tops``), its rows above ``start`` taken back off
    the end of ``ordered``, where they were read across one at a time."""
    top = column_tops(rows, start, end, band, floor)
    del ordered[len(ordered) - (start - top) :]
    return top
