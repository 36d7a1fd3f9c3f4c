"""Tables on a PDF page, ruled (pdfplumber's table finder) or not, read row by row."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from extractors.models import Line
from extractors.pdf_layout import Word, group_lines, in_rect
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
    return sum(1 for row in rows if row and len(_cells(row)) >= 4) >= _TABULAR_LINES


def with_tables(
    page: Any, words: Sequence[Word], lines: tuple[Line, ...], body_size: float
) -> tuple[Line, ...]:
    """The page's lines with each table read row by row: one line per row, its cells whole (a
    title or an ID that wrapped inside its cell joined again), in place of the fragments the
    rows were cut into. Ruled tables are found by pdfplumber's table finder; tables without
    rules by their columns of cells."""
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
                _cell_text([word for word in inside if cell is not None and in_rect(word, cell)])
                for cell in row.cells
            ]
            for row in table.rows
        ]
        boxes = [_rounded(row.bbox) for row in table.rows]
        found.append((_rounded(table.bbox), rows, boxes))
    taken = [box for box, _, _ in found]
    free = [word for word in words if not any(_point_in(word.centre, box) for box in taken)]
    found.extend(_unruled_tables(free))
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


_Box = tuple[float, float, float, float]


def _rounded(box: Sequence[float]) -> _Box:
    x0, top, x1, bottom = (round(float(value), 1) for value in box)
    return x0, top, x1, bottom


def _point_in(point: tuple[float, float], box: _Box) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


def _cell_text(words: Sequence[Word]) -> str:
    return normalise(
        join_cell_lines([" ".join(w.text for w in line) for line in group_lines(words)])
    )


def _cells(line: Sequence[Word], starts: Sequence[float] = ()) -> list[list[Word]]:
    """A line's words cut where a gap is wider than a couple of letters (as ``build_line`` does),
    and where a word starts at one of the table's columns (a full cell runs up to the next)."""
    cells = [[line[0]]]
    for previous, word in itertools.pairwise(line):
        at_column = any(abs(word.x0 - start) <= 2.5 for start in starts)
        if at_column or word.x0 - previous.x1 > max(min(previous.size, word.size), 6.0) * 1.5:
            cells.append([word])
        else:
            cells[-1].append(word)
    return cells


def _unruled_tables(words: Sequence[Word]) -> list[tuple[_Box, list[list[str]], list[_Box]]]:
    """Tables drawn without rules: runs of lines whose cells start at the same columns.

    A run starts at a line of three cells or more and goes on while lines keep to its columns
    (a cell that wrapped puts a line of fewer cells under its row). Rows are told apart by the
    wider gap between them than between the lines of one row.
    """
    text_lines = _centred_cells_joined(group_lines(words))
    tables: list[tuple[_Box, list[list[str]], list[_Box]]] = []
    index = 0
    while index < len(text_lines):
        first = _cells(text_lines[index])
        if len(first) < 3:
            index += 1
            continue
        columns = [cell[0].x0 for cell in first]
        run = [text_lines[index]]
        wide = 1
        end = index + 1
        while end < len(text_lines):
            line = text_lines[end]
            cells = _cells(line, _clusters(columns))
            height = max(word.bottom - word.top for word in run[-1])
            gap = min(word.top for word in line) - max(word.bottom for word in run[-1])
            aligned = all(_in_column(cell, _clusters(columns)) for cell in cells)
            if gap > 1.5 * height or not (aligned or len(cells) >= 3):
                break
            if len(cells) >= 3:
                wide += 1
                columns.extend(cell[0].x0 for cell in cells)
            run.append(line)
            end += 1
        starts = _clusters(columns)
        if wide >= 2 and len(starts) >= 3:
            tables.append(_table_from_run(run, starts))
            index = end
        else:
            index += 1
    return tables


def _centred_cells_joined(lines: list[list[Word]]) -> list[list[Word]]:
    """Lines whose heights overlap joined into one: a header row whose cells wrap are centred
    on the row, so "Awarded" / "Certification  Date" / "by" are one row, not three."""
    joined: list[list[Word]] = []
    for line in lines:
        if joined and min(w.top for w in line) < max(w.bottom for w in joined[-1]) - 1.0:
            joined[-1] = sorted([*joined[-1], *line], key=lambda w: (w.x0, w.top))
        else:
            joined.append(line)
    return joined


def _in_column(cell: Sequence[Word], starts: Sequence[float]) -> bool:
    """The cell starts at a column and ends before the next one: the wrapped part of a cell,
    not a line of running text across the table."""
    for position, start in enumerate(starts):
        if abs(cell[0].x0 - start) <= 2.5:
            following = starts[position + 1] if position + 1 < len(starts) else float("inf")
            return cell[-1].x1 < following - 1.0
    return False


def _clusters(values: Sequence[float], tolerance: float = 2.5) -> list[float]:
    starts: list[float] = []
    for value in sorted(values):
        if not starts or value - starts[-1] > tolerance:
            starts.append(value)
    return starts


def _table_from_run(
    run: Sequence[Sequence[Word]], starts: Sequence[float]
) -> tuple[_Box, list[list[str]], list[_Box]]:
    tops = [min(word.top for word in line) for line in run]
    pitches = [later - earlier for earlier, later in itertools.pairwise(tops)]
    closest = min(pitches) if pitches else 0.0
    groups: list[list[Sequence[Word]]] = [[run[0]]]
    for line, pitch in zip(run[1:], pitches, strict=True):
        if pitch > closest * 1.25:
            groups.append([line])
        else:
            groups[-1].append(line)
    rows: list[list[str]] = []
    boxes: list[_Box] = []
    for group in groups:
        row_words = [word for line in group for word in line]
        cells: list[list[Word]] = [[] for _ in starts]
        for word in row_words:
            column = max(i for i, x in enumerate(starts) if word.x0 >= x - 2.5 or i == 0)
            cells[column].append(word)
        rows.append([_cell_text(cell) for cell in cells])
        boxes.append(
            (
                round(min(w.x0 for w in row_words), 1),
                round(min(w.top for w in row_words), 1),
                round(max(w.x1 for w in row_words), 1),
                round(max(w.bottom for w in row_words), 1),
            )
        )
    every = [word for line in run for word in line]
    bbox = (
        round(min(w.x0 for w in every) - 1, 1),
        round(min(w.top for w in every) - 1, 1),
        round(max(w.x1 for w in every) + 1, 1),
        round(max(w.bottom for w in every) + 1, 1),
    )
    return bbox, rows, boxes


def _within(box: tuple[float, float, float, float], table: tuple[float, ...]) -> bool:
    x = (box[0] + box[2]) / 2
    y = (box[1] + box[3]) / 2
    return table[0] <= x <= table[2] and table[1] <= y <= table[3]
