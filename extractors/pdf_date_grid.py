"""A grid of year and month cells beside entries (a Japanese résumé, the rirekisho): "2016" and
"11" in cells of their own on the baseline of the entry they date ("Obtained Certified Public
Accountant …"), under a "Year | Month" header, among a form's labels ("Address", "Remarks").
Its columns are narrow and the gap to the entries as wide as a gutter, but a recruiter reads
each row across: the year and month date the entry beside them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.pdf_words import Word

_YEAR_MONTH = re.compile(r"(?:19[5-9]\d|20\d\d) (?:1[0-2]|0?[1-9])")
# Lines whose tops or baselines are this close (points) are one row.
_SAME_ROW = 1.5
# Year and month cells a grid holds at least; words a label or a date cell has at most.
_MIN_DATED_ROWS, _MAX_CELL_WORDS = 2, 3


def year_month_rows(left: Sequence[Sequence[Word]], right: Sequence[Sequence[Word]]) -> bool:
    """Every left line is a few words on the row of a right line, and two of them at least
    are a year and a month ("2016 11"): a grid's date cells and a form's labels, read across."""
    rows = [(line[0].top, line[0].bottom) for line in right if line]
    beside = all(
        line
        and len(line) <= _MAX_CELL_WORDS
        and any(
            abs(line[0].top - top) <= _SAME_ROW or abs(line[0].bottom - bottom) <= _SAME_ROW
            for top, bottom in rows
        )
        for line in left
    )
    dated = sum(1 for line in left if _YEAR_MONTH.fullmatch(" ".join(word.text for word in line)))
    return beside and dated >= _MIN_DATED_ROWS
