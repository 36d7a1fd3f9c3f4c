"""A PDF page's words in reading order: lines, columns beside a gutter, tables read across."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from extractors.dates import dated_cell_in, only_dates_in
from extractors.pdf_column_tops import columns_from_their_tops
from extractors.pdf_date_boxes import date_column, dated_box, goes_on, wrapped_date_ends, wraps_on
from extractors.pdf_date_grid import year_month_rows
from extractors.pdf_forms import labels_beside_values
from extractors.pdf_words import Word
from extractors.pdf_year_rail import read_year_rail, year_rail

# A gutter must be this wide (points) and leave this share of the words on each side.
_MIN_GUTTER = 9.0
_MIN_SIDE_SHARE = 0.12
# Beside a narrow date column, most lines sharing a baseline across the gutter make a table.
_ROW_ALIGNED_SHARE = 0.6
# Fewer rows than this sharing a gap are a line with a right-aligned date, not columns.
_MIN_RUN_ROWS = 3
# Line ends this close (points, or ems of the type when wider) are one flush-right edge: a
# generator that measures its glyphs a little otherwise than the font leaves a point or three.
_FLUSH, _FLUSH_EM = 1.5, 0.35
# A bound on work per page, whatever the PDF holds.
_MAX_ROWS_FOR_COLUMNS = 400
# Columns inside a column (three cards a row) are looked for this many levels down.
_MAX_COLUMN_DEPTH = 2


def in_rect(word: Word, rect: tuple[float, float, float, float]) -> bool:
    x, y = word.centre
    return rect[0] - 1 <= x <= rect[2] + 1 and rect[1] - 1 <= y <= rect[3] + 1


def median(values: Sequence[float]) -> float:
    return sorted(values)[len(values) // 2]


def reading_order(words: Sequence[Word], page_width: float, depth: int = 0) -> list[list[Word]]:
    """Lines in reading order: rows top to bottom, except where a run of rows shares an empty
    vertical band (a gutter); there the left column is read before the right one."""
    rows = wrapped_date_ends(group_lines(words))
    if len(rows) > _MAX_ROWS_FOR_COLUMNS:
        return rows  # no résumé page has this many rows; do not search it for columns
    free = [_free_mask(row, page_width) for row in rows]
    ordered: list[list[Word]] = []
    index = floor = 0
    while index < len(rows):
        end, band = _column_run(rows, free, index)
        if band is not None:
            end = _end_of_columns(rows, index, end, band, page_width / 2)
        if band is None:
            ordered.append(rows[index])
            index += 1
            continue
        index = columns_from_their_tops(ordered, rows, index, end, band, floor)
        middle = (band[0] + band[1]) / 2
        run_words = [word for row in rows[index:end] for word in row]
        left = [word for word in run_words if word.centre[0] < middle]
        right = [word for word in run_words if word.centre[0] >= middle]
        dated = read_year_rail(rows[index:end], band) or _beside_date_column(left, right)
        if dated is not None:
            ordered.extend(dated)
        elif _rows_aligned(left, right):
            ordered.extend(rows[index:end])  # a table: each row reads across
        else:
            # Each side may itself be columns: a grid of three cards a row has two gutters.
            left_lines = _inner_order(left, page_width, depth)
            right_lines = _inner_order(right, page_width, depth)
            # A heading at the foot of the left column, below all of the right one, heads
            # what comes after both: the section under the two columns, read after them.
            trailing = _trailing_heading(left_lines, right_lines)
            ordered.extend(left_lines[: len(left_lines) - len(trailing)])
            ordered.extend(right_lines)
            ordered.extend(trailing)
        index = floor = end
    return ordered


def _inner_order(words: Sequence[Word], page_width: float, depth: int) -> list[list[Word]]:
    if depth >= _MAX_COLUMN_DEPTH:
        return group_lines(words)
    return reading_order(words, page_width, depth + 1)


def _trailing_heading(left: list[list[Word]], right: list[list[Word]]) -> list[list[Word]]:
    """The left column's last line when it is a heading (bold, or larger than the column's
    type) lying below the right column's last line, with nothing under it in the run."""
    if len(left) < 2 or not right:
        return []
    last = left[-1]
    if min(word.top for word in last) <= max(word.bottom for word in right[-1]):
        return []
    body = median([word.size for line in left[:-1] for word in line])
    heading = all(word.bold for word in last) or min(w.size for w in last) > body * 1.15
    return [last] if heading and len(last) <= 4 else []


def _beside_date_column(left: Sequence[Word], right: Sequence[Word]) -> list[list[Word]] | None:
    """Rows read across a narrow column that holds only dates, each date (a range broken over
    two lines joined again) put on the row of the entry it stands beside. A column of dates is
    the dates of the entries beside it, never a sidebar of its own."""
    left_lines, right_lines = _stacked_dates(group_lines(left)), _stacked_dates(group_lines(right))
    if not left_lines or not right_lines:
        return None
    # The next section's heading may stand in the date column ("EDUCATION" over its own dates):
    # it heads a row of its own, where it stands.
    headings, labels = _headings_among_dates(left_lines, right_lines)
    left_lines = [line for line in left_lines if line not in headings]
    dates_left = bool(left_lines) and all(only_dates(line) or line in labels for line in left_lines)
    if not dates_left and (headings or not date_column(right_lines, left_lines)):
        return None
    dates, entries = (left_lines, right_lines) if dates_left else (right_lines, left_lines)
    groups: list[list[Word]] = []
    for line in dates:
        if groups and goes_on(groups[-1], line):
            groups[-1].extend(line)
        else:
            groups.append(list(line))
    # Counted once each range broken over two lines is whole again ("06/2016 –" / "06/2026").
    if len(groups) > len(entries):
        return None
    rows = [list(line) for line in entries]
    asides: list[tuple[float, list[Word]]] = []
    for group in groups:
        middle = (group[0].top + group[0].bottom) / 2
        dated = dated_box(group)
        at = min(
            range(len(rows)), key=lambda i: abs((rows[i][0].top + rows[i][0].bottom) / 2 - middle)
        )
        # A box beside a paragraph that goes on below, no date ("Verify ↗"), is a line of its
        # own after the paragraph's last, where it breaks no wrapped line ("Credential ID" /
        # "5731086"); beside a line alone it is that line's far end ("Hamburg, Germany").
        wrapped = False
        while (
            not dates_left and not dated and at + 1 < len(rows) and wraps_on(rows[at], rows[at + 1])
        ):
            at, wrapped = at + 1, True
        if wrapped:
            asides.append((rows[at][0].top, group))
        else:
            row = rows[at]
            row[:0] = group if dates_left else []
            row.extend([] if dates_left else group)
    placed = [(line[0].top, 0, line) for line in [*rows, *headings]]
    placed += [(top, 1, group) for top, group in asides]
    return [line for _, _, line in sorted(placed, key=lambda item: item[:2])]


def _headings_among_dates(
    left: Sequence[Sequence[Word]], right: Sequence[Sequence[Word]]
) -> tuple[list[list[Word]], list[list[Word]]]:
    """Lines of the left side that are headings (bold or larger than the type across the
    gutter, a few words, no date), and under a heading the labels of its rows (a few words
    on the baseline of a line across the gutter: "IT" beside its skills), while the left
    side's other lines are all dates, no fewer than the labels."""
    body = median([word.size for line in right for word in line])
    headings = [
        list(line)
        for line in left
        if not only_dates(line)
        and len(line) <= 4
        and (all(word.bold for word in line) or min(word.size for word in line) > body * 1.15)
    ]
    first = min((line[0].top for line in headings), default=float("inf"))
    baselines = [line[0].bottom for line in right]
    labels = [
        list(line)
        for line in left
        if line[0].top > first
        and list(line) not in headings
        and not only_dates(line)
        and len(line) <= 3
        and any(abs(line[0].bottom - baseline) <= 1.0 for baseline in baselines)
    ]
    dates = [line for line in left if only_dates(line)]
    if dates and len(headings) + len(dates) + len(labels) == len(left) <= 2 * len(dates) + len(
        headings
    ):
        return headings, labels
    return [], []


def _stacked_dates(lines: list[list[Word]]) -> list[list[Word]]:
    """``lines`` with each date set over two lines made one line again: a month over its year
    ("APR" over "2017", "SINCE" over "2020") on a timeline's rail. A line that is no date by
    itself is one with the line right under it when the two together are only dates."""
    stacked: list[list[Word]] = []
    for line in lines:
        last = stacked[-1] if stacked else None
        if (
            last is not None
            and line[0].top - max(word.bottom for word in last)
            <= 0.6 * (line[0].bottom - line[0].top)
            and not only_dates(last)
            and only_dates([*last, *line])
        ):
            last.extend(line)
        else:
            stacked.append(list(line))
    return stacked


def dates_cell(line: Sequence[Word]) -> bool:
    """The words are a cell of dates (``dates.dated_cell_in``)."""
    return dated_cell_in(" ".join(word.text for word in line))


def only_dates(line: Sequence[Word]) -> bool:
    """The words hold dates and nothing else but the words that join them."""
    return only_dates_in(" ".join(word.text for word in line))


def _free_mask(row: Sequence[Word], page_width: float) -> int:
    """The x positions (one bit per point) that no word of the row covers."""
    width = int(page_width) + 2
    covered = 0
    for word in row:
        start, stop = max(int(word.x0), 0), min(int(word.x1) + 1, width)
        if stop > start:
            covered |= ((1 << (stop - start)) - 1) << start
    return ((1 << width) - 1) & ~covered


def _column_run(
    rows: Sequence[Sequence[Word]], free: Sequence[int], start: int
) -> tuple[int, tuple[float, float] | None]:
    """The longest run of rows from ``start`` that share a gutter, and the gutter."""
    found = _run_from(rows, free, start, lone_first=False)
    if found[1] is None:
        # A row alone at the top of the right-hand column (the end of an entry that flowed
        # over from the foot of the left one) shows no gutter by itself: the rows under it do.
        # A heading or a name there (bold, larger) heads the page, not the column's text.
        end, band = _run_from(rows, free, start, lone_first=True)
        lone = rows[start]
        body = median([word.size for row in rows[start + 1 : end] for word in row] or [0.0])
        plain = not all(w.bold for w in lone) and max(w.size for w in lone) <= body * 1.1
        right = band is not None and min(word.x0 for word in lone) >= band[1] - 0.5
        # A year alone on a rail of dates heads the entries under it (``pdf_year_rail``).
        if band is not None and ((plain and right) or year_rail(rows[start:end], band)):
            return end, band
    return found


def _run_from(
    rows: Sequence[Sequence[Word]], free: Sequence[int], start: int, *, lone_first: bool
) -> tuple[int, tuple[float, float] | None]:
    best: tuple[int, tuple[float, float] | None] = (start + 1, None)
    shared = free[start]
    left_text = min(word.x0 for word in rows[start])
    right_text = max(word.x1 for word in rows[start])
    for end in range(start + 1, len(rows) + 1):
        if end > start + 1:
            shared &= free[end - 1]
            left_text = min(left_text, *(word.x0 for word in rows[end - 1]))
            right_text = max(right_text, *(word.x1 for word in rows[end - 1]))
        band = _widest_band(shared, left_text, right_text)
        if band is None:
            if lone_first and end == start + 1:
                continue
            break
        run = rows[start:end]
        if (
            end - start >= _MIN_RUN_ROWS
            and (_both_sides(run, band) or _date_rail(run, band) or year_rail(run, band))
            and not _word_space(run, band)
        ):
            best = (end, band)
    return best


def _end_of_columns(
    rows: Sequence[Sequence[Word]], start: int, end: int, band: tuple[float, float], middle: float
) -> int:
    """Where a run of columns ends: at a row below the right side's last that starts left of
    the left column's text, or is centred on the page (``middle``: a heading over a ribbon of
    tiles, short of the gutter). Below a grid of boxed cards, "Experience" and its short lines
    start at the page's margin: they are the page going on across, not the left column."""
    right_rows = [i for i in range(start, end) if any(w.x0 >= band[1] - 0.5 for w in rows[i])]
    if not right_rows:
        return end
    left_edge = min(
        (w.x0 for row in rows[start : right_rows[-1] + 1] for w in row if w.x1 <= band[0] + 0.5),
        default=None,
    )
    if left_edge is None:
        return end
    heading = rows[start - 1] if start else None
    for position in range(right_rows[-1] + 1, end):
        if position - start < _MIN_RUN_ROWS:
            continue
        row = rows[position]
        if min(w.x0 for w in row) < left_edge - 2 or abs((row[0].x0 + row[-1].x1) / 2 - middle) < 3:
            return position
        if heading is not None and _same_heading_type(heading, rows[position], rows[start:end]):
            return position
    return end


def _same_heading_type(
    heading: Sequence[Word], row: Sequence[Word], run: Sequence[Sequence[Word]]
) -> bool:
    """``row`` is a heading like the one over the columns (a few words, bold or larger than the
    columns' type, the same size and weight, at the same place): a grid of cards under
    "Certifications" ends where "Projects" begins, however short that section's lines are."""
    if len(heading) > 4 or len(row) > 4:
        return False
    body = median([word.size for line in run for word in line])
    heading_like = all(w.bold for w in heading) or min(w.size for w in heading) > body * 1.05
    return (
        heading_like
        and all(w.bold for w in row) == all(w.bold for w in heading)
        and abs(max(w.size for w in row) - max(w.size for w in heading)) <= 0.3
        and abs(row[0].x0 - heading[0].x0) <= 2.0
    )


def _widest_band(mask: int, left_text: float, right_text: float) -> tuple[float, float] | None:
    """The gutter among the runs of free points at least a gutter wide, strictly inside the
    text: the widest, unless one parts the text into two halves of one width that each hold a
    band of their own. Two cards a row, each a title with its dates set apart in the card,
    leave three bands; the page's gutter is the one between the cards, however narrow."""
    bands = _bands(mask, left_text, right_text)
    if not bands:
        return None
    if len(bands) >= 3:
        for band in bands:
            left, right = band[0] - left_text, right_text - band[1]
            inside = (
                any(other[1] <= band[0] for other in bands),
                any(other[0] >= band[1] for other in bands),
            )
            if all(inside) and abs(left - right) <= 0.05 * max(left, right):
                return band
    return max(bands, key=lambda band: band[1] - band[0])


def _bands(mask: int, left_text: float, right_text: float) -> list[tuple[float, float]]:
    """The runs of free points at least a gutter wide, strictly inside the text."""
    inner_start, inner_stop = int(left_text) + 1, int(right_text)
    if inner_stop - inner_start < _MIN_GUTTER:
        return []
    inner = (mask >> inner_start) & ((1 << (inner_stop - inner_start)) - 1)
    found: list[tuple[float, float]] = []
    position = 0
    while inner:
        # Skip covered points, then measure the free run.
        skip = (inner & -inner).bit_length() - 1
        inner >>= skip
        position += skip
        length = (~inner & (inner + 1)).bit_length() - 1
        if length >= _MIN_GUTTER:
            found.append((float(inner_start + position), float(inner_start + position + length)))
        inner >>= length
        position += length
    return found


def _both_sides(rows: Sequence[Sequence[Word]], band: tuple[float, float]) -> bool:
    """Each side of the band holds a real share of the words of the run."""
    words = [word for row in rows for word in row]
    left = sum(1 for word in words if word.x1 <= band[0] + 0.5)
    right = sum(1 for word in words if word.x0 >= band[1] - 0.5)
    return min(left, right) >= _MIN_SIDE_SHARE * len(words)


def _word_space(rows: Sequence[Sequence[Word]], band: tuple[float, float]) -> bool:
    """The band is a word space of a justified line, not a gutter: a row crosses it with its
    words spaced evenly, the gap across the band no wider than the others (a gutter is wider
    than the spaces of the lines on either side of it)."""
    for row in rows:
        gaps = [second.x0 - first.x1 for first, second in itertools.pairwise(row)]
        crosses = any(
            first.x1 <= band[0] + 0.5 and second.x0 >= band[1] - 0.5
            for first, second in itertools.pairwise(row)
        )
        if crosses and len(gaps) >= 3 and max(gaps) <= _EVEN_SPACE * max(min(gaps), 0.1):
            return True
    return False


# The widest of a justified row's spaces is at most this many times its narrowest.
_EVEN_SPACE = 1.25


def _date_rail(rows: Sequence[Sequence[Word]], band: tuple[float, float]) -> bool:
    """Left of the band only dates, each set over two lines ("APR" over "2017"), and text
    right of it: a timeline's rail, which holds few words however long its entries are. (A
    column of dates on one line each must hold a share of the words, as any column must: a
    year alone in the margin is as often a sidebar's stray line as a rail.)"""
    left = [word for row in rows for word in row if word.x1 <= band[0] + 0.5]
    if not left or len(left) == sum(len(row) for row in rows):
        return False
    # Most rows are an entry's text alone; a rail's row holds a word or two of a date.
    if any(len(word.text) > _LONGEST_DATE_WORD for word in left):
        return False
    lines = group_lines(left)
    if min(word.top for word in left) > max(word.top for word in rows[0]):
        return False  # a rail's first date stands beside its first entry's first line
    stacked = _stacked_dates(lines)
    return (
        len(stacked) >= _RAIL_DATES
        and len(lines) == 2 * len(stacked)
        and all(only_dates(line) for line in stacked)
    )


# Dates a rail holds at least: one date set over two lines may be a range's broken end.
_RAIL_DATES = 2


# A date's longest word on a rail ("September", "2019-2021").
_LONGEST_DATE_WORD = 10


def _rows_aligned(left: Sequence[Word], right: Sequence[Word]) -> bool:
    """A table rather than two columns: the smaller side's rows share baselines with the other's
    and are few (a date per entry) or short (labels), so each row reads across the gutter."""
    sides = left_lines, right_lines = group_lines(left), group_lines(right)
    # A form's labels, or a grid's "2016 | 11" (``pdf_date_grid``), each beside its row.
    beside = labels_beside_values(*sides) or year_month_rows(*sides)
    if _flush_right_ends(left_lines, right_lines) or beside:
        return True
    smaller, larger = sorted((left_lines, right_lines), key=len)
    larger_rows = [line[0].bottom for line in larger]
    aligned = sum(
        1 for line in smaller if any(abs(line[0].bottom - row) <= 1.0 for row in larger_rows)
    )
    if aligned < _ROW_ALIGNED_SHARE * len(smaller):
        return False
    # Newspaper columns align too, but neither side is narrow.
    text_width = max(w.x1 for w in [*left, *right]) - min(w.x0 for w in [*left, *right])
    narrow = (
        min(max(w.x1 for w in side) - min(w.x0 for w in side) for side in (left, right))
        < 0.4 * text_width
    )
    words_per_row = sum(len(line) for line in smaller) / max(len(smaller), 1)
    # Labels beside values ("Issued" / "05/2020"): about one to a row of the other side.
    if narrow and words_per_row <= 3 and len(smaller) >= 0.6 * len(larger):
        return True
    # A column of numbers (credential IDs under a "Number" label), each on the baseline of a
    # row of the other side: cells of those rows, however few rows have one.
    numbered = sum(1 for line in smaller if any(char.isdigit() for w in line for char in w.text))
    return (
        narrow
        and aligned == len(smaller)
        and numbered >= max(len(smaller) - 1, 2)
        and all(len(line) <= 2 for line in smaller)
    )


def _flush_right_ends(left: Sequence[Sequence[Word]], right: Sequence[Sequence[Word]]) -> bool:
    """The right side is the far end of the left side's rows: each of its lines stands on the
    baseline of a left line and ends where the others end, starting wherever its length puts
    it. A LaTeX résumé sets a place or dates flush right on each entry's line ("Leeds, UK",
    "Sept. 2010 -- June 2014"); a column of the page starts its lines at one edge instead."""
    if len(right) < _MIN_RUN_ROWS:
        return False
    baselines = [line[0].bottom for line in left]
    on_rows = all(any(abs(line[0].bottom - row) <= 1.0 for row in baselines) for line in right)
    ends, starts = [line[-1].x1 for line in right], [line[0].x0 for line in right]
    flush = max(_FLUSH, _FLUSH_EM * median([word.size for line in right for word in line]))
    return on_rows and max(ends) - min(ends) <= flush and max(starts) - min(starts) > 4 * _FLUSH


def group_lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words with overlapping vertical extents form a line, read left to right."""
    lines: list[list[Word]] = []
    current: list[Word] = []
    current_bottom = float("-inf")
    current_top = float("-inf")
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        height = max(word.bottom - word.top, 1.0)
        if current and word.top < current_bottom - height * 0.5 and word.top - current_top < height:
            current.append(word)
            current_bottom = max(current_bottom, word.bottom)
        else:
            if current:
                lines.append(sorted(current, key=lambda w: w.x0))
            current = [word]
            current_top, current_bottom = word.top, word.bottom
    if current:
        lines.append(sorted(current, key=lambda w: w.x0))
    return lines
