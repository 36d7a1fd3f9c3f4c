"""Tables on a PDF page, ruled (pdfplumber's table finder) or not, read row by row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from extractors.models import Line, Page
from extractors.pdf_banded import banded_tables
from extractors.pdf_cards import Box, drawn_boxes, overlap
from extractors.pdf_layout import group_lines, in_rect
from extractors.pdf_open_tables import opened_rows
from extractors.pdf_tiles import badge_tiles
from extractors.pdf_unruled import cells, unruled_tables
from extractors.pdf_words import Word
from extractors.script_words import left_to_right_part, right_to_left
from extractors.tables import (
    CELL_SEPARATOR,
    column_of,
    is_header_row,
    join_cell_lines,
    table_entries,
)
from extractors.text import normalise

# A page looks tabular when this many of its lines hold three cells or more; only then is the
# table finder (tens of milliseconds a page) run.
_TABULAR_LINES = 2


def looks_tabular(lines: Sequence[Line], rows: Sequence[Sequence[Word]]) -> bool:
    """Several lines of three cells or more as read, or one that is a row of column labels (a
    table's header repeated atop the page its last row runs onto); or, across the whole page
    before any column is read apart, several rows of four: a table with a gutter in it is
    still a table."""
    celled = [line.text for line in lines if line.text.count("\t") >= 2]
    if len(celled) >= _TABULAR_LINES or any(is_header_row(text.split("\t")) for text in celled):
        return True
    return sum(1 for row in rows if row and len(cells(row)) >= 4) >= _TABULAR_LINES


def with_tables(
    page: Any,
    words: Sequence[Word],
    lines: tuple[Line, ...],
    body_size: float,
    regions: Sequence[Sequence[Word]] = (),
) -> tuple[Line, ...]:
    """The page's lines with each table read row by row: one line per row, its cells whole (a
    title or an ID that wrapped inside its cell joined again), in place of the fragments the
    rows were cut into. Ruled tables are found by pdfplumber's table finder; tables without
    rules by their columns of cells (``pdf_unruled``), each inside one of ``regions`` (the
    page's panels, ``pdf_panels``) where it has them: a table never runs across a panel's
    edge."""
    found: list[tuple[tuple[float, float, float, float], list[list[str]], list[_Box]]] = []
    try:
        plain = _without_backdrops(page) if page.edges else None
        ruled = [
            (table, _rules_below(plain, table, words))
            for table in (plain.find_tables() if plain is not None else [])
            if max(len(row.cells) for row in table.rows) >= 2
        ]
    except Exception:  # a table the finder cannot make sense of is read as plain lines
        ruled = []
    for table, rules in ruled:
        cells_by_row = opened_rows(
            plain, [list(row.cells) for row in table.rows] + _ruled_rows(table, rules), words
        )
        if len(cells_by_row) < 2:
            continue
        x0, top, x1, bottom = _union([cell for row in cells_by_row for cell in row if cell])
        inside = [w for w in words if x0 <= w.centre[0] <= x1 and top <= w.centre[1] <= bottom]
        rows = [
            [
                _cell_text(
                    [word for word in inside if cell is not None and in_rect(word, cell)],
                    right=cell[2] if cell is not None else None,
                )
                for cell in row
            ]
            for row in cells_by_row
        ]
        boxes = [
            _rounded(_union([cell for cell in row if cell is not None])) for row in cells_by_row
        ]
        found.append((_rounded((x0, top, x1, bottom)), rows, boxes))
    if page.edges:
        # Rules between the rows only: each band between two rules is a row (``pdf_banded``).
        found.extend(
            table
            for table in banded_tables(page, words, _cell_text)
            if not any(overlap(table[0], box) for box, _, _ in found)
        )
    taken = [box for box, _, _ in found]
    shapes = drawn_boxes(page)
    for region in regions or [words]:
        free = [word for word in region if not any(_point_in(word.centre, box) for box in taken)]
        # A ribbon of badge tiles lines its tiles' lines up like a table's cells; each tile
        # is read whole (``pdf_tiles``), never as cells of rows across the ribbon.
        tiled = {
            id(word) for _, inside, label in badge_tiles(free, shapes) for word in (*inside, *label)
        }
        free = [word for word in free if id(word) not in tiled]
        found.extend(unruled_tables(free, _cell_text, shapes))
    result = list(lines)
    for bbox, cells_read, boxes in found:
        rows = in_reading_order(cells_read)
        rows_read = [
            Line(
                text=text,
                bbox=_union([boxes[index] for index in span]),
                size=round(body_size, 1) or None,
                table_row=True,
                credentials_row=credentials,
            )
            for span, text, credentials in table_entries(rows)
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
        result = kept[:position] + rows_read + kept[position:]
    return tuple(result)


_Box = Box


def in_reading_order(rows: list[list[str]]) -> list[list[str]]:
    """A table's rows with their cells in reading order. A page set right to left puts a
    table's first column on the right: when most labels of its header row are written in a
    right-to-left script ("الشهادة / Certificate"), each row is read from its right end, and
    each cell by its left-to-right half where it has one (a link row's "Verify: …" without
    its Arabic label)."""
    header = next((row for row in rows if is_header_row(row)), None)
    if header is None:
        return rows
    labels = [cell for cell in header if cell.strip()]
    if 2 * sum(1 for cell in labels if right_to_left(cell)) <= len(labels):
        return rows
    return [[left_to_right_part(cell) or cell for cell in reversed(row)] for row in rows]


# A rule under a table is one of its row rules when it spans the table's width to this many
# points, and comes this many points at most after the rule before it.
_RULE_SLACK = 2.5
_MAX_ROW_HEIGHT = 90.0


def _rules_below(page: Any, table: Any, words: Sequence[Word]) -> list[float]:
    """The rules that go on under a table whose rows have no vertical rules of their own (a
    header row in a dark band, then rows parted by rules across the table's width): each
    rule's y, in order. A rule goes on the table while the band above it holds words in two
    of the table's columns or more; a band with words in one column only (a heading under
    its own rule) ends it."""
    x0, _, x1, bottom = table.bbox
    edges = sorted(
        (edge for edge in page.horizontal_edges if edge["top"] > bottom + 1),
        key=lambda edge: (edge["top"], edge["x0"]),
    )
    spans: list[tuple[float, float, float]] = []  # y, from, to: segments at one y joined
    for edge in edges:
        y, left, right = float(edge["top"]), float(edge["x0"]), float(edge["x1"])
        if spans and abs(spans[-1][0] - y) <= 1.5 and left <= spans[-1][2] + 1.0:
            spans[-1] = (spans[-1][0], min(spans[-1][1], left), max(spans[-1][2], right))
        else:
            spans.append((y, left, right))
    across = [
        y
        for y, left, right in spans
        if abs(left - x0) <= _RULE_SLACK and abs(right - x1) <= _RULE_SLACK
    ]
    bounds = [float(cell[0]) for cell in table.rows[0].cells if cell is not None]
    rules: list[float] = []
    above = float(bottom)
    for y in across:
        if y - above < 3.0:
            continue  # the two edges of one thin rule
        if y - above > _MAX_ROW_HEIGHT:
            break
        band = [word for word in words if above < word.centre[1] < y and x0 <= word.centre[0] <= x1]
        if len({sum(1 for bound in bounds if word.x0 >= bound - 1) for word in band}) < 2:
            break
        rules.append(y)
        above = y
    return rules


def _ruled_rows(table: Any, rules: Sequence[float]) -> list[list[Any]]:
    """The rows between a table's last row and each rule under it, cut into the cells of the
    table's first row."""
    columns = [(cell[0], cell[2]) for cell in table.rows[0].cells if cell is not None]
    rows: list[list[Any]] = []
    above = float(table.bbox[3])
    for y in rules:
        rows.append([(left, above, right, y) for left, right in columns])
        above = y
    return rows


def _without_backdrops(page: Any) -> Any:
    """The page without its backdrops: a filled, unstroked rectangle over half the page or more
    is the paper's or the body's colour (Chromium paints the body's background as one), not
    a table's rules; its edges would make one table of the whole page."""
    half = float(page.width) * float(page.height) / 2

    def backdrop(obj: dict[str, Any]) -> bool:
        return (
            obj.get("object_type") == "rect"
            and not obj.get("stroke")
            and (obj["x1"] - obj["x0"]) * (obj["bottom"] - obj["top"]) >= half
        )

    if not any(backdrop(rect) for rect in page.rects):
        return page
    return page.filter(lambda obj: not backdrop(obj))


def _rounded(box: Sequence[float]) -> _Box:
    x0, top, x1, bottom = (round(float(value), 1) for value in box)
    return x0, top, x1, bottom


def _union(boxes: Sequence[_Box]) -> _Box:
    return (
        min(box[0] for box in boxes),
        min(box[1] for box in boxes),
        max(box[2] for box in boxes),
        max(box[3] for box in boxes),
    )


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


def rows_across_pages(pages: Sequence[Page]) -> tuple[Page, ...]:
    """A row that a page break cut in two read as one: when a page ends in a table row, the
    next page's repeat of the table's header (of its labels, or of the table's first row as
    read) is dropped, and the short lines under it that start
    where that row starts (the rest of its first cell: "Databricks Certified Data" / "Engineer
    Associate") go back into that row's first cell."""
    result = list(pages)
    for number in range(1, len(result)):
        previous, page = result[number - 1], result[number]
        if not previous.lines or not page.lines or not previous.lines[-1].table_row:
            continue
        row = previous.lines[-1]
        lines = list(page.lines)
        if lines[0].table_row and lines[0].text == _head_of_last_table(previous).text:
            lines.pop(0)  # the table's first row repeated over it: its header, not a row
        rest: list[str] = []
        while lines and (_only_labels(lines[0].text) or _rest_of_first_cell(lines[0], row)):
            line = lines.pop(0)
            if not _only_labels(line.text):
                rest.append(line.text)
        if len(lines) == len(page.lines):
            continue
        if rest:
            first, *others = row.text.split(CELL_SEPARATOR)
            text = CELL_SEPARATOR.join([join_cell_lines([first, *rest]), *others])
            previous_lines = (*previous.lines[:-1], row.model_copy(update={"text": text}))
            result[number - 1] = previous.model_copy(
                update={"lines": previous_lines, "text": "\n".join(x.text for x in previous_lines)}
            )
        result[number] = page.model_copy(
            update={"lines": tuple(lines), "text": "\n".join(x.text for x in lines)}
        )
    return tuple(result)


def _head_of_last_table(page: Page) -> Line:
    """The first row of the table that ends the page."""
    start = len(page.lines) - 1
    while start > 0 and page.lines[start - 1].table_row:
        start -= 1
    return page.lines[start]


def _only_labels(text: str) -> bool:
    words = text.replace(CELL_SEPARATOR, " ").split()
    return bool(words) and all(column_of(word) is not None for word in words)


def _rest_of_first_cell(line: Line, row: Line) -> bool:
    """A short line of words, in the row's type, starting where the row starts: the rest of
    its first cell. A heading (larger, bold) or a line of cells is not."""
    if line.bbox is None or row.bbox is None or line.emphasised or "\t" in line.text:
        return False
    if line.table_row and CELL_SEPARATOR in line.text:
        return False
    if line.size is not None and row.size is not None and line.size > row.size + 0.5:
        return False
    words = line.text.split()
    return (
        abs(line.bbox[0] - row.bbox[0]) <= 3.0
        and 0 < len(words) <= 5
        and not any(char.isdigit() for char in line.text)
    )
