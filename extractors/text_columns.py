"""Two columns of a page laid side by side in plain text, as ``pdftotext -layout`` leaves a
two-column résumé: a sidebar and the main column share each line across a wide run of spaces.

A recruiter reads such a page column by column. The gutter is found as a column where, over
many lines, the right-hand text starts after two spaces or more: some lines hold text on both
sides of it, some only on its right (the left column ran out) and none crosses it. Those lines
are read as the left column, then the right one; a line that crosses the gutter (a centred
name, a heading across the page) ends such a run of lines and stays whole.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from extractors.tables import is_header_row

# Runs of text set apart by two spaces or more.
_PIECE = re.compile(r"\S+(?: \S+)*")
# How far a sidebar's text that ran past the gutter may push the right column's text on.
_OVERFLOW = 16
# The fewest lines with text on both sides of the gutter, and with text on its right only, that
# make two columns rather than a line with a wide gap now and then.
_FEWEST_SHARED = 3
_FEWEST_RIGHT_ONLY = 2
_FEWEST_LINES = 8
# A sidebar is wider than a date or a number set before an entry's title.
_NARROWEST_LEFT = 16


def _pieces(line: str) -> list[tuple[int, int]]:
    """Where each run of text (set apart by two spaces or more) starts and ends."""
    return [(match.start(), match.end()) for match in _PIECE.finditer(line)]


def _split_at(line: str, gutter: int) -> int | None:
    """Where the line's right-hand column starts: ``0`` when it has text on the left only,
    its indent when on the right only, where its text after the gutter starts when on both
    sides; None when its text crosses the gutter."""
    pieces = _pieces(line)
    if not pieces or pieces[-1][1] <= gutter - 2:
        return 0
    # A sidebar's text that ran past the gutter pushes the right column's text on a little.
    right = next((start for start, _ in pieces if start >= gutter), None)
    if right is None or (right > gutter + _OVERFLOW and pieces[0][0] < gutter):
        return None
    return right


def _gutters(lines: Sequence[str]) -> list[int]:
    """Columns where the right-hand text of several lines starts, most such lines first."""
    starts: Counter[int] = Counter()
    for line in lines:
        pieces = _pieces(line)
        for (_, end), (start, _) in itertools.pairwise(pieces):
            if start >= _NARROWEST_LEFT and start - end >= 2:
                starts[start] += 1
    return [start for start, count in starts.most_common() if count >= _FEWEST_SHARED]


def _two_columns(lines: Sequence[str], gutter: int) -> bool:
    """Whether these lines, none crossing the gutter, are two columns side by side rather than
    a table's rows (a header row names its columns; its rows hold more than two cells) or
    entries with a field set far right."""
    shared = right_only = filled = many_cells = 0
    for line in lines:
        pieces = [line[start:end] for start, end in _pieces(line)]
        if not pieces:
            continue
        if len(pieces) >= 3 and is_header_row(pieces):
            return False
        filled += 1
        indent = len(line) - len(line.lstrip(" "))
        if indent >= gutter:
            right_only += indent <= gutter + 4
        elif _split_at(line, gutter):
            shared += 1
            many_cells += len(pieces) > 2
    return (
        shared >= _FEWEST_SHARED
        and many_cells * 3 <= shared
        and right_only >= _FEWEST_RIGHT_ONLY
        and filled >= _FEWEST_LINES
    )


def _read_down(lines: Sequence[str], gutter: int) -> list[str]:
    """The left column's lines, a blank line, then the right column's lines. A side left empty
    on a line is a blank line in that column: the gap between two of its entries."""
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        split = _split_at(line, gutter) or len(line)
        left.append(line[:split].rstrip())
        # Keep the right text's indent past the gutter (a bullet's wrapped line hangs on),
        # unless the left text ran on past the gutter and pushed it there.
        pushed = len(left[-1]) > gutter - 2
        text = line[split:].rstrip()
        right.append(" " * (0 if pushed or not text else split - gutter) + text)
    return [*left, "", *right]


def columns_read_down(raw: Sequence[str]) -> list[str]:
    """The lines, each run of them that holds two columns side by side read column by column."""
    lines = list(raw)
    for gutter in _gutters(lines):
        out: list[str] = []
        index = 0
        while index < len(lines):
            end = index
            while end < len(lines) and _split_at(lines[end], gutter) is not None:
                end += 1
            if end == index:
                out.append(lines[index])
                index += 1
                continue
            run = lines[index:end]
            out.extend(_read_down(run, gutter) if _two_columns(run, gutter) else run)
            index = end
        if out != lines:
            return out
    return lines
