"""A ruled table's parts that its vertical rules do not close: its outer columns, its header
row and a row that a page break cut.

Web apps and spreadsheets export tables with rules *between* columns only, and a rule under
each row across the table's whole width (a notes app's database view, a CSS table styled with
``border-right`` on each cell but the last). pdfplumber's table finder makes cells only where
rules close them on both sides, so it finds the inner columns and leaves the first and the last
out: the credential's name and its status. A reader sees the row rules run on to where the
table's outer edges are, and the words there are as much the row's as the others. So is the
row of column labels right above the first rule ("Name  Issuer  Issued  Link  Status"), which
has a rule under it but none over it, and the last row of a page, whose column rules go on to
the page's end where the break cut it before its rule under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from extractors.pdf_layout import group_lines
from extractors.pdf_words import Word
from extractors.tables import is_header_row

Cell = tuple[float, float, float, float]

# Ends of rules this close (points) are one edge; a rule that runs this far past the table's
# outer vertical rule makes a column of its own.
_SAME_END = 2.0
_MIN_COLUMN = 12.0
# Segments of one rule at one height (each cell draws its own piece) are this close.
_SAME_Y = 1.5
_JOIN_GAP = 1.5


def opened_rows(
    page: Any, rows: Sequence[Sequence[Cell | None]], words: Sequence[Word]
) -> list[list[Cell | None]]:
    """``rows`` (a ruled table's cells, row by row) with its outer columns where its row rules
    run on past its outer vertical rules, a row that a page break cut under them, and the
    header row right above its first rule."""
    result = [list(row) for row in rows]
    boxes = [cell for row in rows for cell in row if cell is not None]
    if not boxes:
        return result
    x0, top = min(cell[0] for cell in boxes), min(cell[1] for cell in boxes)
    x1, bottom = max(cell[2] for cell in boxes), max(cell[3] for cell in boxes)
    heights = sorted({round(cell[1], 1) for cell in boxes} | {round(bottom, 1)})
    left, right = _rule_ends(page, heights, x0, x1)
    if left is not None:
        result = [[_beside(row, left, x0), *row] for row in result]
    if right is not None:
        result = [[*row, _beside(row, x1, right)] for row in result]
    columns = _columns(result[0])
    cut = _cut_row_end(page, [edge for _, edge in columns][:-1], bottom)
    if cut is not None:
        result.append([(a, bottom, b, cut) for a, b in columns])
    header = _header_above(words, columns, top)
    if header is not None:
        result.insert(0, [(a, header, b, top) for a, b in columns])
    return result


def _beside(row: Sequence[Cell | None], left: float, right: float) -> Cell | None:
    """The cell between ``left`` and ``right`` at the height of ``row``."""
    cells = [cell for cell in row if cell is not None]
    if not cells:
        return None
    return left, min(cell[1] for cell in cells), right, max(cell[3] for cell in cells)


def _columns(row: Sequence[Cell | None]) -> list[tuple[float, float]]:
    return [(cell[0], cell[2]) for cell in row if cell is not None]


def _spans(page: Any, y: float) -> list[tuple[float, float]]:
    """The horizontal rules at height ``y``, their pieces joined."""
    pieces = sorted(
        (float(edge["x0"]), float(edge["x1"]))
        for edge in page.horizontal_edges
        if abs(float(edge["top"]) - y) <= _SAME_Y
    )
    spans: list[tuple[float, float]] = []
    for left, right in pieces:
        if spans and left <= spans[-1][1] + _JOIN_GAP:
            spans[-1] = (spans[-1][0], max(spans[-1][1], right))
        else:
            spans.append((left, right))
    return spans


def _rule_ends(
    page: Any, heights: Sequence[float], x0: float, x1: float
) -> tuple[float | None, float | None]:
    """Where every row rule of the table ends, left and right, when it runs on past the
    table's outer vertical rules to one edge on that side; None on a side where it does not."""
    lefts: list[float] = []
    rights: list[float] = []
    for y in heights:
        across = [span for span in _spans(page, y) if span[0] <= x0 + 1 and span[1] >= x1 - 1]
        if not across:
            return None, None
        lefts.append(across[0][0])
        rights.append(across[0][1])
    return _one_edge(lefts, x0, -1), _one_edge(rights, x1, 1)


def _one_edge(ends: Sequence[float], bound: float, side: int) -> float | None:
    if max(ends) - min(ends) > _SAME_END:
        return None
    edge = min(ends) if side < 0 else max(ends)
    return edge if (edge - bound) * side >= _MIN_COLUMN else None


def _cut_row_end(page: Any, inner: Sequence[float], bottom: float) -> float | None:
    """The end of the column rules that go on under the table's last rule, at every inner
    column edge and to one height, with no rule under them: a row the page break cut."""
    if not inner:
        return None
    ends: list[float] = []
    for x in inner:
        below = [
            float(edge["bottom"])
            for edge in page.vertical_edges
            if abs(float(edge["x0"]) - x) <= _SAME_END
            and abs(float(edge["top"]) - bottom) <= _SAME_END
            and float(edge["bottom"]) > bottom + _MIN_COLUMN
        ]
        if not below:
            return None
        ends.append(max(below))
    if max(ends) - min(ends) > _SAME_END:
        return None
    end = max(ends)
    # A rule under them would have closed the row for the table finder: not cut, another part.
    # (A thin rectangle drawn as a column rule has a short edge of its own there: no rule.)
    closed = any(right - left >= _MIN_COLUMN for left, right in _spans(page, end))
    return None if closed else end


def _header_above(
    words: Sequence[Word], columns: Sequence[tuple[float, float]], top: float
) -> float | None:
    """The top of a line of column labels right above the table's first rule, its words in
    the table's columns; None when the line above is no such row."""
    left, right = columns[0][0], columns[-1][1]
    near = [
        word
        for word in words
        if word.bottom <= top + 1 and word.top >= top - 40 and left <= word.centre[0] <= right
    ]
    if not near:
        return None
    line = group_lines(near)[-1]
    height = max(word.bottom - word.top for word in line)
    if top - max(word.bottom for word in line) > 1.5 * height:
        return None
    cells = ["" for _ in columns]
    for word in line:
        column = next(
            (i for i, (a, b) in enumerate(columns) if a - 1 <= word.centre[0] <= b + 1), None
        )
        if column is None:
            return None
        cells[column] = f"{cells[column]} {word.text}".strip()
    if not is_header_row(cells):
        return None
    return min(word.top for word in line) - 1.0
