"""Cells of a PDF row told apart by their evidence, not by the width of the gap between them.

A date at the end of a row is a cell of its own when its type differs from the words before it
(a bold title, its dates in lighter or smaller type) or when it ends where other rows' date
cells end (a right-aligned column of dates). Beside such a date cell, a title that wrapped goes
on under itself: lines at the title's x, in the title's type, that stop short of the dates and
carry no date of their own are the rest of the title, not entries of their own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from extractors.dates import DATE_FILLER
from extractors.pdf_layout import dates_cell, only_dates
from extractors.pdf_words import Word
from extractors.resume_languages import ONGOING_ENDS

# Two edges this close (points) are one alignment.
_SAME_EDGE = 1.5
# Other set-apart date cells that must end at an edge for it to be a right-aligned column.
_COLUMN_ROWS = 2
# A gap wider than this many font sizes sets cells apart by itself (as ``build_line`` reads it).
_WIDE_GAP = 1.5


def date_cells(lines: Sequence[Sequence[Word]]) -> list[list[Word]]:
    """``lines`` with each trailing date cell marked as a cell and each title that wrapped
    beside one joined to its first line, the dates last."""
    tails = [_date_tail(line) for line in lines]
    apart = [
        tail is not None and _set_apart(line, tail) for line, tail in zip(lines, tails, strict=True)
    ]
    edges = [line[-1].x1 for line, is_apart in zip(lines, apart, strict=True) if is_apart]
    rail = _rail_heads(lines)
    result: list[list[Word]] = []
    index = 0
    while index < len(lines):
        line, tail = list(lines[index]), tails[index]
        in_column = (
            tail is not None
            and not apart[index]
            and sum(1 for edge in edges if abs(edge - line[-1].x1) <= _SAME_EDGE) >= _COLUMN_ROWS
        )
        if tail is None or not (apart[index] or in_column):
            # On a rail, the rail's own reading (its entries wrapping under their first word).
            lead = _date_head(line, by_type=index not in rail)
            # Set apart by its type alone: a title that ended in roman (its issuer) goes on no
            # further ("2017  **Applied Data Science,** Coursera" over an undated entry).
            by_type = lead is not None and _date_head(line, by_type=False) is None
            ended = by_type and not line[-1].bold
            railed = lead is None and index in rail
            lead = rail[index][0] if railed else lead
            following = index + 1
            if lead is not None:
                # A rail's date before a title that wrapped: the title goes on under itself;
                # beside a column of dates, the entry's whole text wraps under its first word.
                title = line[lead:]
                title[0] = dataclasses.replace(title[0], cell_start=True)
                while following < len(lines) and (
                    (
                        not ended
                        and _continues_title(title, None, lines[following], tails[following])
                    )
                    or (
                        railed
                        and following not in rail
                        and _wraps_on(title, lines[following], rail[index][1])
                    )
                ):
                    title.extend(lines[following])
                    following += 1
                line = [*line[:lead], *title]
            result.append(line)
            index = following
            continue
        head, dates = line[:tail], line[tail:]
        following = index + 1
        while following < len(lines) and _continues_title(
            head, dates, lines[following], tails[following]
        ):
            head.extend(lines[following])
            following += 1
        result.append([*head, dataclasses.replace(dates[0], cell_start=True), *dates[1:]])
        index = following
    return result


def _date_tail(line: Sequence[Word]) -> int | None:
    """Where the longest run of dates that ends the line starts, after at least one word that
    is not a date; None if the line does not end in a date."""
    last = line[-1].text.strip("()").lower() if line else ""
    if not any(char.isdigit() for char in last) and last not in _OPEN_ENDS:
        return None  # most lines: no need to read them for dates
    for start in range(1, len(line)):
        if not DATE_FILLER.sub("", line[start].text).strip():
            continue  # a run of dates opens with a date, not with "–" or "since"
        if dates_cell(line[start:]):
            return None if only_dates(line[:start]) else start
    return None


_OPEN_ENDS = frozenset({"present", "now", "current", "today"}) | ONGOING_ENDS


def _set_apart(line: Sequence[Word], tail: int) -> bool:
    """The date cell is set off from the words before it by a wide gap or by a change of type."""
    before, first = line[tail - 1], line[tail]
    gap = first.x0 - before.x1
    if gap > max(min(before.size, first.size), 6.0) * _WIDE_GAP:
        return True
    return _type(line[:tail]) != _type(line[tail:])


def _type(words: Sequence[Word]) -> tuple[bool, float]:
    """Bold or not, and the size, as the most words of a run have them."""
    bold = sum(1 for word in words if word.bold) * 2 > len(words)
    sizes = sorted(word.size for word in words)
    return bold, round(sizes[len(sizes) // 2] * 2) / 2


def _date_head(line: Sequence[Word], *, by_type: bool = True) -> int | None:
    """Where the title starts after the dates that open the line, set apart from it by a wide
    gap (a timeline's rail: "MAR 2015" before "Boeing 737 … Type Training, Theory and"); None
    if the line does not open with such dates."""
    for start in range(1, min(len(line), _MOST_DATE_WORDS + 1)):
        before, first = line[start - 1], line[start]
        gap, size = first.x0 - before.x1, min(before.size, first.size)
        dated = only_dates(line[:start]) and not only_dates(line[start:])
        if gap > max(size, 6.0) * _WIDE_GAP:
            return start if dated else None
        # "seit Oktober 2022 **Lean Six Sigma Green Belt**": a title in bold after dates in
        # roman is a cell of its own however narrow the gap, as a date cell after a title is.
        bold_title = _type(line[start:])[0] and not _type(line[:start])[0]
        if by_type and gap > _RAIL_GAP * max(size, 1.0) and dated and bold_title:
            return start
    return None


# Words of a date before a title ("Sep 2019 – Mar 2021").
_MOST_DATE_WORDS = 5
# Rows whose dates and text line up to make a column of dates beside a column of text.
_RAIL_ROWS = 3
# Dates set off from the text beside them by more than a space (in font sizes).
_RAIL_GAP = 0.6


def _rail_heads(lines: Sequence[Sequence[Word]]) -> dict[int, tuple[int, float]]:
    """The lines that open with dates in a column of their own beside the text (moderncv's
    "08/2014–05/2029  Registered Dietitian …", the gap only a little wider than a space): for
    each, where its text starts and the right edge of the text's column. It is a column when
    at least three rows open with dates that end (or start) at one x, set off from text that
    starts at one x; lines that start at that x carry the entries' text on."""
    # Each line that opens with dates: where its text starts, the dates' first and last
    # words and the text's first.
    heads: dict[int, tuple[int, Word, Word, Word]] = {}
    for index, line in enumerate(lines):
        if not any(char.isdigit() for word in line[:3] for char in word.text):
            continue  # most lines: no date opens them
        for start in range(min(len(line) - 1, _MOST_DATE_WORDS), 0, -1):
            before, first = line[start - 1], line[start]
            if only_dates(line[:start]) and not only_dates(line[start:]):
                if first.x0 - before.x1 > _RAIL_GAP * max(min(before.size, first.size), 1.0):
                    heads[index] = (start, line[0], before, first)
                break
    rails: dict[int, tuple[int, float]] = {}
    for index, (start, opens, ends, text) in heads.items():
        peers = [
            other
            for other, (_, other_opens, other_ends, other_text) in heads.items()
            if abs(other_text.x0 - text.x0) <= _SAME_EDGE
            and (
                abs(other_ends.x1 - ends.x1) <= _SAME_EDGE
                or abs(other_opens.x0 - opens.x0) <= _SAME_EDGE
            )
        ]
        if len(peers) < _RAIL_ROWS:
            continue
        right = max(
            (line[-1].x1 for line in lines if line and abs(line[0].x0 - text.x0) <= _SAME_EDGE),
            default=lines[index][-1].x1,
        )
        rails[index] = (start, max(right, lines[index][-1].x1))
    return rails


def _wraps_on(text: Sequence[Word], line: Sequence[Word], right: float) -> bool:
    """``line`` is where the entry ``text`` wrapped: at the x its text starts, right under its
    last line, and the first word of it would not have fitted after that line's end; an entry
    that ends its sentence, and a web address alone on a line (the entry's link), end it."""
    if not line or not text:
        return False
    last, first = text[-1], line[0]
    height = max(word.bottom - word.top for word in line)
    gap = first.top - last.bottom
    lone_address = len(line) == 1 and ("://" in first.text or first.text.startswith("www."))
    return (
        abs(first.x0 - text[0].x0) <= _SAME_EDGE
        and -1.0 <= gap <= 0.6 * height
        and not last.text.endswith((".", ";"))
        and not lone_address
        and last.x1 + 0.25 * first.size + (first.x1 - first.x0) > right + 1.0
    )


def _continues_title(
    head: Sequence[Word], dates: Sequence[Word] | None, line: Sequence[Word], tail: int | None
) -> bool:
    """``line`` is the title's next line: at its x, just under it, in its type (a type set off
    from the body: bold), short of the dates beside it (if they stand after it), with no date
    of its own."""
    if not line or tail is not None:
        return False
    bold, size = _type(head)
    if not bold or _type(line) != (bold, size):
        return _wrapped_beside(head, dates, line)
    height = max(word.bottom - word.top for word in line)
    gap = min(word.top for word in line) - max(word.bottom for word in head)
    return (
        abs(line[0].x0 - head[0].x0) <= 2.0
        and -1.0 <= gap <= 0.6 * height
        and (dates is None or line[-1].x1 < dates[0].x0)
    )


def _wrapped_beside(
    head: Sequence[Word], dates: Sequence[Word] | None, line: Sequence[Word]
) -> bool:
    """``line`` is the rest of a title and issuer ("…, Arizona State Board of" / "Dental
    Examiners", "… Endpoint Administrator" / "Associate, Microsoft") that wrapped short of the
    dates beside it: opening in the type the head ends in, at its x, just under it, and its
    first word would not have fitted between the head's end and the dates with the gap that
    sets a cell apart."""
    if dates is None or _type(line[:1]) != _type(head[-1:]):
        return False
    first = line[0]
    height = max(word.bottom - word.top for word in line)
    gap = first.top - max(word.bottom for word in head)
    room = dates[0].x0 - _WIDE_GAP * first.size
    return (
        abs(first.x0 - head[0].x0) <= 2.0
        and -1.0 <= gap <= 0.6 * height
        and line[-1].x1 < dates[0].x0
        and head[-1].x1 + 0.25 * first.size + (first.x1 - first.x0) > room
    )
