"""Tables ruled between their rows only: a rule under the header and under each row, across the
table's width, and no rule between the columns (a word processor's or a print style's "simple"
table). pdfplumber's table finder makes no cell without a column's rule, and read line by line
a row that holds more than one line (a title over its badge's address, a date over "(lapsed)")
is cut apart. A reader sees each band between two rules as one row, its columns where the
header's labels start.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import Any

from extractors.pdf_cards import Box
from extractors.pdf_layout import group_lines
from extractors.pdf_unruled import cells
from extractors.pdf_words import Word
from extractors.tables import is_header_row

#: A table as found: its box, its rows of cell texts, and each row's box.
Found = tuple[Box, list[list[str]], list[Box]]
CellText = Callable[[Sequence[Word]], str]
# Rules of one table start and end within this of each other (points).
_SAME_EDGE = 2.0
# A rule this long at least may run across a table (points); a heading's underline is shorter
# or alone.
_LONG_RULE = 150.0
# Rules under the header and under two rows at least.
_RULES = 3
# A header has this many labelled columns at least.
_COLUMNS = 3
# A web address, as a print sets it out in full.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
# A band set all larger than the labels by this much is a heading, no row.
_HEADING = 1.15


def banded_tables(page: Any, words: Sequence[Word], cell_text: CellText) -> list[Found]:
    """Each table on ``page`` ruled between its rows only, with a row of column labels right
    over its first rule: its rows, each band between two rules, cut at the labels' starts."""
    found: list[Found] = []
    for rules in _rule_runs(page):
        # Section headings underlined across the same width may come first ("LICENCES" over
        # the table): the table starts at the rule under its labels.
        for start in range(len(rules) - _RULES + 1):
            table = _table(rules[start:], words, cell_text)
            if table is not None:
                found.append(table)
                break
    return found


def _rule_runs(page: Any) -> list[list[tuple[float, float, float]]]:
    """Long horizontal rules as (x0, x1, y), grouped by their common extent, top to bottom."""
    # A rule drawn a cell at a time (each cell's bottom border) is one rule across the row.
    pieces = sorted(
        (round(float(edge["top"])), float(edge["x0"]), float(edge["x1"]))
        for edge in page.horizontal_edges
    )
    joined: list[list[float]] = []
    for y, left, right in pieces:
        if joined and joined[-1][2] == y and left <= joined[-1][1] + _SAME_EDGE:
            joined[-1][1] = max(joined[-1][1], right)
        else:
            joined.append([left, right, y])
    rules = [(left, right, y) for left, right, y in joined if right - left >= _LONG_RULE]
    runs: list[list[tuple[float, float, float]]] = []
    for rule in sorted(rules, key=lambda r: (round(r[0]), round(r[1]), r[2])):
        run = runs[-1] if runs else None
        if (
            run is not None
            and abs(run[-1][0] - rule[0]) <= _SAME_EDGE
            and abs(run[-1][1] - rule[1]) <= _SAME_EDGE
        ):
            if rule[2] - run[-1][2] > _SAME_EDGE:  # a box's two edges of one line are one rule
                run.append(rule)
        else:
            runs.append([rule])
    return [run for run in runs if len(run) >= _RULES]


def _table(
    rules: Sequence[tuple[float, float, float]], words: Sequence[Word], cell_text: CellText
) -> Found | None:
    x0, x1 = rules[0][0], rules[0][1]
    inside = [word for word in words if x0 - 1 <= word.centre[0] <= x1 + 1]
    above = group_lines([w for w in inside if w.bottom <= rules[0][2] + 1])
    if not above:
        return None
    header = above[-1]
    if rules[0][2] - max(word.bottom for word in header) > 2 * max(w.size for w in header):
        return None
    labels = cells(header)
    texts = [" ".join(word.text for word in label) for label in labels]
    if len(labels) < _COLUMNS or not is_header_row(texts):
        return None
    starts = [label[0].x0 for label in labels]
    top = min(word.top for word in header)
    rows, boxes = [texts], [(x0, top, x1, rules[0][2])]
    label_size = max(word.size for word in header)
    for upper, lower in itertools.pairwise(rules):
        band = [word for word in inside if upper[2] < word.centre[1] < lower[2]]
        if not band:
            continue
        if min(word.size for word in band) > _HEADING * label_size:
            break  # the next section's heading over its own underline: the table has ended
        # An address printed in the title's cell under its first line (a print keeps no link)
        # is the row's link, a row of its own that the table joins to the one above
        # (``tables``), not words of the title.
        first = min(word.bottom for word in band)
        printed: list[Word] = []
        columns: list[list[Word]] = [[] for _ in starts]
        for word in band:
            at = max((i for i, start in enumerate(starts) if word.x0 >= start - 2), default=0)
            if at == 0 and word.top >= first and _ADDRESS.fullmatch(word.text):
                printed.append(word)
            else:
                columns[at].append(word)
        box = (x0, upper[2], x1, lower[2])
        rows.append([cell_text(column) for column in columns])
        boxes.append(box)
        for word in printed:
            rows.append([word.text, *[""] * (len(starts) - 1)])
            boxes.append(box)
    if len(rows) < _RULES:
        return None
    return (x0, top, x1, boxes[-1][3]), rows, boxes
