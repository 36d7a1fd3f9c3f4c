"""Headings set in a page's left margin, beside their section's text (a typeset CV: the section's
name in a narrow column at the margin, its entries in a wider column to the right).

Such a heading shares its row with the first line of its section ("Certifications   AWS
Certified Developer"), so the row would read as one line, and the heading as part of a title. A
recruiter reads the name in the margin as the heading of everything beside and below it, up to
the next name in the margin: the row is two lines, the heading first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extractors.pdf_words import Word
from extractors.sections import heading_section, status_heading

# Two left edges this close (points) are one alignment.
_SAME_EDGE = 2.0
# The gap between the margin's heading and its text is at least this many font sizes: some
# word spaces wide (the column's edge, which other lines share, says the rest).
_GUTTER = 1.0
# A heading in the margin is a few words.
_MAX_HEADING_WORDS = 4
# Lines that start at the text's edge, with nothing in the margin, for the column to be one.
_COLUMN_LINES = 2


def gutter_headings(
    lines: Sequence[Sequence[Word]], columns: set[tuple[float, float]]
) -> list[list[Word]]:
    """``lines`` with each row that holds a heading in the left margin and its section's first
    line beside it parted in two: the heading, then the line. ``columns`` holds the margins and
    text edges of such rows on the pages before, and takes this page's: a page that carries a
    section over may hold a single row of it, its column shown by the pages before."""
    if not lines:
        return []
    margin = min(line[0].x0 for line in lines if line)
    cuts = [_heading_cut(line, margin) for line in lines]
    result: list[list[Word]] = []
    for index, (line, cut) in enumerate(zip(lines, cuts, strict=True)):
        if cut is not None and _column_beside(lines, cuts, index, line[cut].x0, columns):
            columns.add((round(margin), round(line[cut].x0)))
            result.append([replace(word, margin_heading=True) for word in line[:cut]])
            result.append(list(line[cut:]))
        else:
            result.append(list(line))
    return result


def _heading_cut(line: Sequence[Word], margin: float) -> int | None:
    """Where the text beside a heading at the margin begins: after a few words at the margin,
    a gap of a gutter's width; the words before it name a section (or what is not held yet)."""
    if not line or abs(line[0].x0 - margin) > _SAME_EDGE:
        return None
    for cut in range(1, min(len(line), _MAX_HEADING_WORDS + 1)):
        before, after = line[cut - 1], line[cut]
        if after.x0 - before.x1 >= _GUTTER * max(before.size, after.size, 1.0):
            heading = " ".join(word.text for word in line[:cut])
            if any(char.isdigit() for char in heading):
                return None
            if heading_section(heading) is not None or status_heading(heading):
                return cut
            return None
    return None


def _column_beside(
    lines: Sequence[Sequence[Word]],
    cuts: Sequence[int | None],
    index: int,
    edge: float,
    columns: set[tuple[float, float]],
) -> bool:
    """The text beside the heading is a column: other lines of the page start at its edge with
    nothing in the margin (or an earlier page had the column), and the line under the heading's
    row does not go back to the margin, unless it is the next heading's row with its text at the
    same edge (a section of one line). Labels at the margin beside values, row under row, are a
    table."""
    margin = lines[index][0].x0
    starts = [line[0].x0 for line in lines if line]
    known = any(
        abs(left - margin) <= _SAME_EDGE and abs(right - edge) <= _SAME_EDGE
        for left, right in columns
    )
    if not known and sum(1 for x in starts if abs(x - edge) <= _SAME_EDGE) < _COLUMN_LINES:
        return False
    following = lines[index + 1] if index + 1 < len(lines) else None
    if not following or abs(following[0].x0 - margin) > _SAME_EDGE:
        return True
    cut = cuts[index + 1]
    return cut is not None and abs(following[cut].x0 - edge) <= _SAME_EDGE
