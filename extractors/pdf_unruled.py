"""Tables drawn without rules on a PDF page: found by their columns, read column first.

A browser prints an HTML table's cells vertically centred by default, so a row's one-line cells
sit beside the middle of its wrapped title, half a line off its lines; a header's labels are
centred and wrap on their own. Reading such a table line by line cuts it apart. Read as a
person does instead: the columns are where cells start again and again; in each column the
lines of one cell follow each other at the text's own line pitch, and a wider step starts the
next cell; a row is every cell that shares some height with another.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from extractors.pdf_cards import Box, box_of_its_own
from extractors.pdf_layout import group_lines, only_dates
from extractors.pdf_words import Word
from extractors.tables import column_of

#: A table as found: its box, its rows of cell texts, and each row's box.
Found = tuple[Box, list[list[str]], list[Box]]
# How far a cell's start may stray from its column's (points).
_ALIGN = 2.5
# How far left of the first column a line may start and still be in the table (points): the
# first column's values start left of its centred label.
_LEFT_SLACK = 8.0
# Words on each side of a gutter, above or below a table, that make it a gutter of the page.
_GUTTER_WORDS = 3
# A step between lines this much wider than the text's line pitch starts another cell (points):
# a browser's default cell padding and spacing add three or four.
_CELL_STEP = 1.0


def cells(line: Sequence[Word], starts: Sequence[float] = ()) -> list[list[Word]]:
    """A line's words cut where a gap is wider than a couple of letters (as ``build_line`` does),
    and where a word starts at one of the table's columns (a full cell runs up to the next)."""
    found = [[line[0]]]
    for previous, word in itertools.pairwise(line):
        at_column = any(abs(word.x0 - start) <= _ALIGN for start in starts)
        if at_column or word.x0 - previous.x1 > max(min(previous.size, word.size), 6.0) * 1.5:
            found.append([word])
        else:
            found[-1].append(word)
    return found


def unruled_tables(
    words: Sequence[Word],
    cell_text: Callable[[Sequence[Word]], str],
    boxes: Sequence[Box] = (),
) -> list[Found]:
    """Runs of lines whose cells keep to the same columns, from a line of three cells or more;
    lines above the first such line that keep to the columns (a header, the top of a centred
    row) belong to the table too. Columns that each stand in a box of their own among
    ``boxes`` (the page's drawn rectangles and shapes) are cards side by side, not a table."""
    lines = group_lines(words)
    tables: list[Found] = []
    floor = 0
    index = 0
    while index < len(lines):
        first = cells(lines[index])
        if len(first) < 3:
            index += 1
            continue
        found = _starts(first)
        wide = 1
        end = index + 1
        size = _size(lines[index])
        while end < len(lines):
            line = lines[end]
            starts = _clusters(found, support=1)
            known = _clusters(found)
            row = cells(line, starts)
            if _gap(lines[end - 1], line) > 1.5 * _height(lines[end - 1]):
                break
            if abs(_size(line) - size) > 1.0:
                break
            # A centred label's start bounds no column: until values have shown three columns,
            # a line goes on with the table if it keeps to the labels' columns or is narrow
            # (the short part of a cell whose label is centred far to its right).
            if len(known) >= 3:
                keeps = all(_fits(cell, known) for cell in row)
            else:
                narrow = (starts[-1] - starts[0]) / 4
                keeps = all(_fits(c, starts) or c[-1].x1 - c[0].x0 < narrow for c in row)
            if not (len(row) >= 3 or keeps):
                break
            wide += len(row) >= 3
            found.extend(_starts(row))
            end += 1
        # Every cell of the run counts towards its column: a column of short values ("Verify")
        # may have no line of three cells to itself.
        first_guess = _clusters(found, support=1)
        starts = _clusters(
            [s for line in lines[index:end] for s in _starts(cells(line, first_guess))]
        )
        if wide < 2 or len(starts) < 3:
            index += 1
            continue
        begin = index
        widest_gap = max(_gap(a, b) for a, b in itertools.pairwise(lines[index:end]))
        while (
            begin > floor
            and _gap(lines[begin - 1], lines[begin]) <= widest_gap + _CELL_STEP
            and abs(_size(lines[begin - 1]) - size) <= 1.0
            and all(_fits(cell, starts) for cell in cells(lines[begin - 1], starts))
        ):
            begin -= 1
        run, starts = _one_side_of_gutters(lines[begin:end], starts, words)
        if len(starts) >= 3 and not _cards(run, starts, boxes) and not _side_by_side(run, starts):
            tables.append(_table(run, starts, cell_text))
        floor = index = end
    return tables


def _starts(line_cells: Sequence[Sequence[Word]]) -> list[tuple[float, bool]]:
    """Where each cell starts, and whether that says where a column starts: a label's start
    does not (labels are often centred over their column), a value's does."""
    texts = [" ".join(word.text for word in cell) for cell in line_cells]
    named = sum(
        1
        for text in texts
        if column_of(text) is not None or all(column_of(word) is not None for word in text.split())
    )
    # As ``is_header_row``: one label may be cut off at the page's edge.
    labels = not any(char.isdigit() for text in texts for char in text) and (
        named == len(texts) or (named >= 3 and named == len(texts) - 1)
    )
    return [(cell[0].x0, not labels) for cell in line_cells]


def _one_side_of_gutters(
    run: Sequence[Sequence[Word]], starts: Sequence[float], words: Sequence[Word]
) -> tuple[list[list[Word]], list[float]]:
    """The table without what lies across a gutter that runs down the whole page: a sidebar
    beside a table is a column of the page, not of the table. The side with more columns is
    kept."""
    top = min(w.top for line in run for w in line)
    bottom = max(w.bottom for line in run for w in line)
    outside = [w for w in words if w.bottom < top or w.top > bottom]
    # Where the lines above and below run on across a word space: a sentence whose spaces
    # happen to line up with a column's start crosses it as much as its words do.
    spans = [
        (left.x1, right.x0)
        for line in group_lines(outside)
        for left, right in itertools.pairwise(line)
        if right.x0 - left.x1 <= max(min(left.size, right.size), 6.0) * 1.5
    ]
    cuts: list[int] = []
    for position in range(1, len(starts)):
        # A gutter: no line above or below the table runs over where the column starts.
        edge = starts[position] - _ALIGN
        crossed = any(w.x0 < edge and w.x1 > edge + 1.0 for w in outside) or any(
            x0 - 1.0 <= edge <= x1 + 1.0 for x0, x1 in spans
        )
        beside = sum(1 for w in outside if w.x1 <= edge), sum(1 for w in outside if w.x0 >= edge)
        if not crossed and min(beside) >= _GUTTER_WORDS:
            cuts.append(position)
    if not cuts:
        return [list(line) for line in run], list(starts)
    bounds = [0, *cuts, len(starts)]
    first, last = max(itertools.pairwise(bounds), key=lambda pair: pair[1] - pair[0])
    kept = starts[first:last]
    low = kept[0] - _LEFT_SLACK
    high = starts[last] - _ALIGN if last < len(starts) else float("inf")
    side = [[w for w in line if low <= w.x0 < high] for line in run]
    return [line for line in side if line], list(kept)


def _cards(run: Sequence[Sequence[Word]], starts: Sequence[float], boxes: Sequence[Box]) -> bool:
    """Each column's words stand in a box that holds no other column's, and the boxes stand
    apart: a row of cards (a credential to a card), each read on its own, not rows of a table.
    A table's cells may be shaded one by one, but a cell's box holds one row of its column."""
    columns: list[list[Word]] = [[] for _ in starts]
    for word in (word for line in run for word in line):
        columns[max(i for i, x in enumerate(starts) if word.x0 >= x - _ALIGN or i == 0)].append(
            word
        )
    held: list[Box] = []
    for number, column in enumerate(columns):
        others = [word for i, other in enumerate(columns) if i != number for word in other]
        box = box_of_its_own(column, others, boxes)
        if box is None or len(group_lines(column)) < 2:
            return False
        held.append(box)
    ordered = sorted(held)
    return all(left[2] < right[0] - 1.0 for left, right in itertools.pairwise(ordered))


def _side_by_side(run: Sequence[Sequence[Word]], starts: Sequence[float]) -> bool:
    """Two or three entries side by side, the same small layout each ("Title … 04/2021" over
    its issuer, "Title … 11/2020" over its own): a grid of cards, a credential each, not a
    table of four or six columns. Across the run the columns fall into groups of equal width,
    each a bold title's column and its date column (a range wrapped in two counts as one),
    with the same kinds of columns in the same order; read as columns of the page instead."""
    columns = _merged_dates(_columns_of(run, starts))
    for count in (2, 3):
        size = len(columns) // count
        if size < 2 or size * count != len(columns):
            continue
        groups = [columns[at : at + size] for at in range(0, len(columns), size)]
        kinds = [[kind for kind, _ in group] for group in groups]
        widths = [
            max(w.x1 for _, words in group for w in words)
            - min(w.x0 for _, words in group for w in words)
            for group in groups
        ]
        if (
            all(kind == kinds[0] for kind in kinds)
            and kinds[0][0] == "title"
            and "dates" in kinds[0]
            and max(widths) <= 1.1 * min(widths)
        ):
            return True
    return False


def _columns_of(run: Sequence[Sequence[Word]], starts: Sequence[float]) -> list[list[Word]]:
    columns: list[list[Word]] = [[] for _ in starts]
    for word in (word for line in run for word in line):
        columns[max(i for i, x in enumerate(starts) if word.x0 >= x - _ALIGN or i == 0)].append(
            word
        )
    return [column for column in columns if column]


def _merged_dates(columns: Sequence[Sequence[Word]]) -> list[tuple[str, list[Word]]]:
    """Each column with its kind: "dates" (every line only dates), "title" (its first line
    bold) or "text"; neighbouring date columns (a range that wrapped) are one."""
    kinds: list[tuple[str, list[Word]]] = []
    for column in columns:
        lines = group_lines(column)
        # A range's dash may fall in the column of the date under it ("05/2022" / "-" / …).
        if any(only_dates(line) for line in lines) and all(
            only_dates(line) or all(word.text in "-–—" for word in line) for line in lines
        ):
            kind = "dates"
        elif all(word.bold for word in lines[0]):
            kind = "title"
        else:
            kind = "text"
        if kind == "dates" and kinds and kinds[-1][0] == "dates":
            kinds[-1][1].extend(column)
        else:
            kinds.append((kind, list(column)))
    return kinds


def _gap(upper: Sequence[Word], lower: Sequence[Word]) -> float:
    return min(w.top for w in lower) - max(w.bottom for w in upper)


def _height(line: Sequence[Word]) -> float:
    return max(w.bottom - w.top for w in line)


def _size(line: Sequence[Word]) -> float:
    return max(w.size for w in line)


def _fits(cell: Sequence[Word], starts: Sequence[float]) -> bool:
    """The cell lies inside one column: from its start (or a little after, centred) to before
    the next column's: the wrapped part of a cell or a centred label, not running text."""
    if cell[0].x0 < starts[0] - _LEFT_SLACK:
        return False
    column = max(i for i, start in enumerate(starts) if cell[0].x0 >= start - _ALIGN or i == 0)
    following = starts[column + 1] if column + 1 < len(starts) else float("inf")
    return cell[-1].x1 < following - 1.0


def _clusters(values: Sequence[tuple[float, bool]], support: int = 2) -> list[float]:
    """Column starts: starts within a couple of points of each other are one; one that only
    labels gave, fewer than ``support`` times, is none; the leftmost always counts."""
    groups: list[list[tuple[float, bool]]] = []
    for value in sorted(values):
        if groups and value[0] - groups[-1][0][0] <= _ALIGN:
            groups[-1].append(value)
        else:
            groups.append([value])
    return [
        group[0][0]
        for n, group in enumerate(groups)
        if not n or len(group) >= support or any(strong for _, strong in group)
    ]


def _table(
    run: Sequence[Sequence[Word]],
    starts: Sequence[float],
    cell_text: Callable[[Sequence[Word]], str],
) -> Found:
    by_column: list[list[Word]] = [[] for _ in starts]
    for word in (word for line in run for word in line):
        column = max(i for i, x in enumerate(starts) if word.x0 >= x - _ALIGN or i == 0)
        by_column[column].append(word)
    column_lines = [group_lines(column_words) for column_words in by_column]
    pitches = [
        min(w.top for w in lower) - min(w.top for w in upper)
        for lines in column_lines
        for upper, lower in itertools.pairwise(lines)
    ]
    pitch = min(pitches, default=0.0)
    # Without any wider step the table's lines are its rows, each a cell high.
    spaced = any(step > pitch + _CELL_STEP for step in pitches)
    blocks: list[tuple[int, list[list[Word]]]] = []
    for column, lines in enumerate(column_lines):
        for line in lines:
            previous = blocks[-1] if blocks and blocks[-1][0] == column else None
            step = (
                min(w.top for w in line) - min(w.top for w in previous[1][-1]) if previous else None
            )
            if previous is not None and step is not None and spaced and step <= pitch + _CELL_STEP:
                previous[1].append(line)
            else:
                blocks.append((column, [line]))
    rows: list[list[tuple[int, list[list[Word]]]]] = []
    row_bottom = float("-inf")
    for block in sorted(blocks, key=lambda item: min(w.top for w in item[1][0])):
        top = min(w.top for w in block[1][0])
        bottom = max(w.bottom for w in block[1][-1])
        if rows and top < row_bottom - 0.5:
            rows[-1].append(block)
            row_bottom = max(row_bottom, bottom)
        else:
            rows.append([block])
            row_bottom = bottom
    rows = _packed_entries(rows)
    texts: list[list[str]] = []
    boxes: list[Box] = []
    for row in rows:
        texts.append(
            [
                cell_text([w for col, lines in row if col == c for line in lines for w in line])
                for c in range(len(starts))
            ]
        )
        boxes.append(_box([w for _, lines in row for line in lines for w in line]))
    every = [word for line in run for word in line]
    x0, top, x1, bottom = _box(every)
    return (x0 - 1, top - 1, x1 + 1, bottom + 1), texts, boxes


Block = tuple[int, list[list[Word]]]


def _headed(row: list[Block]) -> bool:
    """The row opens with a header's labels on its first line, two of them or more."""
    first = min(_top(lines[0]) for _, lines in row)
    labels = [
        " ".join(w.text for w in lines[0]) for _, lines in row if _top(lines[0]) <= first + _ALIGN
    ]
    return len(labels) >= 2 and all(column_of(label) is not None for label in labels)


def _packed_entries(rows: list[list[Block]]) -> list[list[Block]]:
    """A headed table whose entries stand one under another with no gap between them (a long
    title beside the next entry's short cells): cells that share some height make one row, so
    they all join. Under a header, its labels are a row of their own even with the first
    entry right under them, and a new entry starts where two columns or more start a cell at
    one height (while two columns hold more than one cell). A table with no header, or whose
    every row opens with labels (fields stacked under their labels), is left as it is."""
    if not rows or not _headed(rows[0]) or any(_headed(row) for row in rows[1:]):
        return rows
    return [entry for index, row in enumerate(rows) for entry in _entries_of(row, index == 0)]


def _entries_of(row: list[Block], first_row: bool) -> list[list[Block]]:
    tops: dict[int, list[float]] = {}
    for column, lines in row:
        tops.setdefault(column, []).append(_top(lines[0]))
    first = min(top for column_tops in tops.values() for top in column_tops)
    cuts: list[float] = []
    if first_row:
        # The header goes on while its lines are labels ("Credential" / "number", "Issued" /
        # "by"): the first entry starts where two columns hold values at one height.
        texts = [(_top(line), " ".join(w.text for w in line)) for _, lines in row for line in lines]
        values = [top for top, text in texts if column_of(text) is None]
        body = [top for top in values if sum(abs(t - top) <= _ALIGN for t in values) >= 2]
        if body:
            cuts.append(min(body))
    if sum(1 for column_tops in tops.values() if len(column_tops) > 1) >= 2:
        for top in sorted(top for column_tops in tops.values() for top in column_tops):
            if top <= max([first, *cuts]) + _ALIGN:
                continue
            starting = [
                t for column_tops in tops.values() for t in column_tops if abs(t - top) <= _ALIGN
            ]
            if len(starting) >= 2:
                cuts.append(top)
    if not cuts:
        return [row]
    entries: list[list[Block]] = [[] for _ in range(len(cuts) + 1)]
    for column, lines in row:
        for line in lines:
            cells = entries[sum(1 for cut in cuts if _top(line) >= cut - _ALIGN)]
            if cells and cells[-1][0] == column:
                cells[-1][1].append(line)
            else:
                cells.append((column, [line]))
    return [entry for entry in entries if entry]


def _top(line: Sequence[Word]) -> float:
    return min(w.top for w in line)


def _box(words: Sequence[Word]) -> Box:
    return (
        round(min(w.x0 for w in words), 1),
        round(min(w.top for w in words), 1),
        round(max(w.x1 for w in words), 1),
        round(max(w.bottom for w in words), 1),
    )
