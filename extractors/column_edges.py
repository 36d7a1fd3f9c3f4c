"""Where each column of a page's sections ends, measured from its own lines.

A line wrapped when its next word would not have fitted before the column's right edge. Two
columns side by side (a grid of credentials, two to a row) each have their own edge: a line
that reaches over where the column to its right starts (a note across the page under the
grid) is not one of the left column's lines, and does not widen it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from extractors.sections import Section

Key = tuple[int, Section, int]
Box = tuple[float, float, float, float]


class _Placed(Protocol):
    @property
    def page(self) -> int: ...
    @property
    def section(self) -> Section: ...
    @property
    def bbox(self) -> Box | None: ...


def column_key(line: _Placed) -> Key | None:
    """The page, section and left edge (to 4 points) a line's column is known by."""
    if line.bbox is None:
        return None
    return (line.page, line.section, round(line.bbox[0] / 4))


def column_right_edges(lines: Sequence[_Placed]) -> dict[Key, float]:
    """Each column's right edge: the furthest its lines reach, leaving out those that reach
    over the start of a column beside it (a line of another column at the same height that
    starts right of where one of its lines ends)."""
    columns: dict[Key, list[Box]] = {}
    for line in lines:
        key = column_key(line)
        if key is not None and line.bbox is not None:
            columns.setdefault(key, []).append(line.bbox)
    edges: dict[Key, float] = {}
    for key, boxes in columns.items():
        limit = min(
            (
                _start_beside(boxes, others)
                for other, others in columns.items()
                if other[:2] == key[:2] and other[2] > key[2]
            ),
            default=float("inf"),
        )
        inside = [box[2] for box in boxes if box[2] <= limit]
        edges[key] = max(inside or [box[2] for box in boxes])
    return edges


def _start_beside(boxes: Sequence[Box], others: Sequence[Box]) -> float:
    """Where ``others`` start, if one of them stands beside one of ``boxes`` (on its row,
    right of its end); else infinity."""
    for box in boxes:
        for other in others:
            on_row = min(box[3], other[3]) - max(box[1], other[1]) > 0
            if on_row and other[0] > box[2]:
                return min(start[0] for start in others)
    return float("inf")
