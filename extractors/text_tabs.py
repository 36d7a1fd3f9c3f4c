"""A table pasted into plain text from a word processor or a spreadsheet: each row one line,
its cells parted by tabs, an empty cell two tabs side by side.

The tabs are the table's cells, not a width: a cell of any length is followed by one tab, so
the columns do not line up as a fixed-width table's do, and tab stops would put a long title's
issuer under the next column's label. A header row of column labels parted by tabs
("Certification ⇥ Issuing body ⇥ Date") opens such a table; each line with tabs under it is a
row, cut at its tabs; a line that is only a web address is a cell's second paragraph (a row's
verification address), and belongs to the row above. The table ends at the first line that is
none of these.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.tables import is_header_row

# A line that is one web address and nothing else.
_ADDRESS = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
# A header of three columns at least.
_FEWEST_COLUMNS = 3


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("\t")]


def _header(line: str) -> bool:
    cells = _cells(line)
    return "\t" in line and len([c for c in cells if c]) >= _FEWEST_COLUMNS and is_header_row(cells)


def tab_table_at(raw: Sequence[str], index: int) -> tuple[list[list[str]], int] | None:
    """The rows of the tab-separated table whose header is line ``index`` (the header first),
    and the line after it; None when that line is no such header or no row follows it."""
    if not _header(raw[index]):
        return None
    rows = [_cells(raw[index])]
    end = index + 1
    while end < len(raw):
        line = raw[end]
        if "\t" in line.strip() and len([c for c in _cells(line) if c]) >= 2:
            rows.append(_cells(line))
        elif len(rows) > 1 and _ADDRESS.match(line):
            rows[-1].append(line.strip())
        else:
            break
        end += 1
    return (rows, end) if len(rows) > 1 else None


def tab_table_rows(raw: Sequence[str]) -> set[int]:
    """Which of the lines belong to a tab-separated table: their tabs are its cells, to be kept
    as they are, not set to tab stops."""
    kept: set[int] = set()
    index = 0
    while index < len(raw):
        table = tab_table_at(raw, index)
        if table is None:
            index += 1
            continue
        kept.update(range(index, table[1]))
        index = table[1]
    return kept
