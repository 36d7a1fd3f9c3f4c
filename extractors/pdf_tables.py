"""Tables on a PDF page, ruled (pdfplumber's table finder) or not, read row by row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from extractors.models import Line
from extractors.pdf_layout import Word, group_lines, in_rect
from extractors.pdf_unruled import Box, cells, unruled_tables
from extractors.tables import join_cell_lines, row_texts
from extractors.text import normalise

# A page looks tabular when this many of its lines hold three cells or more; only then is the
# table finder (tens of milliseconds a page) run.
_TABULAR_LINES = 2


def looks_tabular(lines: Sequence[Line], rows: Sequence[Sequence[Word]]) -> bool:
    """Several lines of three cells or more as read; or, across the whole page before any column
    is read apart, several rows of four: a table with a gutter in it is still a table."""
    if sum(1 for line in lines if line.text.count("\t") >= 2) >= _TABULAR_LINES:
        return True
    return sum(1 for row in rows if row and len(cells(row)) >= 4) >= _TABULAR_LINES


def with_tables(
    page: Any, words: Sequence[Word], lines: tuple[Line, ...], body_size: float
) -> tuple[Line, ...]:
    """The page's lines with each table read row by row: one line per row, its cells whole (a
    title or an ID that wrapped inside its cell joined again), in place of the fragments the
    rows were cut into. Ruled tables are found by pdfplumber's table finder; tables without
    rules by their columns of cells (``pdf_unruled``)."""
    found: list[tuple[tuple[float, float, float, float], list[list[str]], list[_Box]]] = []
    try:
        ruled = [
            table
            for table in (page.find_tables() if page.edges else [])
            if len(table.rows) >= 2 and max(len(row.cells) for row in table.rows) >= 2
        ]
    except Exception:  # a table the finder cannot make sense of is read as plain lines
        ruled = []
    for table in ruled:
        x0, top, x1, bottom = table.bbox
        inside = [w for w in words if x0 <= w.centre[0] <= x1 and top <= w.centre[1] <= bottom]
        rows = [
            [
                _cell_text(
                    [word for word in inside if cell is not None and in_rect(word, cell)],
                    right=cell[2] if cell is not None else None,
                )
                for cell in row.cells
            ]
            for row in table.rows
        ]
        boxes = [_rounded(row.bbox) for row in table.rows]
        found.append((_rounded(table.bbox), rows, boxes))
    taken = [box for box, _, _ in found]
    free = [word for word in words if not any(_point_in(word.centre, box) for box in taken)]
    found.extend(unruled_tables(free, _cell_text))
    result = list(lines)
    for bbox, rows, boxes in found:
        table_lines = [
            Line(text=text, bbox=boxes[index], size=round(body_size, 1) or None, table_row=True)
            for index, text in row_texts(rows)
        ]
        kept = [line for line in result if line.bbox is None or not _within(line.bbox, bbox)]
        position = next(
            (
                index
                for index, line in enumerate(kept)
                if line.bbox is not None
                and line.bbox[1] >= bbox[3] - 1
                and line.bbox[0] < bbox[2]
                and line.bbox[2] > bbox[0]
            ),
            len(kept),
        )
        result = kept[:position] + table_lines + kept[position:]
    return tuple(result)


_Box = Box


def _rounded(box: Sequence[float]) -> _Box:
    x0, top, x1, bottom = (round(float(value), 1) for value in box)
    return x0, top, x1, bottom


def _point_in(point: tuple[float, float], box: _Box) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


def _cell_text(words: Sequence[Word], right: float | None = None) -> str:
    """A cell's lines joined; a word too long for its cell, which the renderer broke at the
    cell's edge ("Informatio" / "n Systems", as LibreOffice does), joined again."""
    pieces: list[str] = []
    broken = False
    for line in group_lines(words):
        text = " ".join(w.text for w in line)
        if broken and text[:1].islower():
            pieces[-1] += text
        else:
            pieces.append(text)
        last = line[-1]
        broken = (
            right is not None and len(line) == 1 and last.x1 >= right - max(8.0, 1.2 * last.size)
        )
    return normalise(join_cell_lines(pieces))


def _within(box: tuple[float, float, float, float], table: tuple[float, ...]) -> bool:
    x = (box[0] + box[2]) / 2
    y = (box[1] + box[3]) / 2
    return table[0] <= x <= table[2] and table[1] <= y <= table[3]
