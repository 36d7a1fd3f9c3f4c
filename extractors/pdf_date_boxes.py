"""Date boxes a design tool sets beside an entry (a Canva-like page of text boxes): the dates
right-aligned at the entry's right edge, a range the box's width broke over two lines ("Feb
2020 – February" / "2028"), its status under it ("(expired)"), and short boxes beside the
entry's other lines ("Verify ↗", a link's text) that belong to that entry, not to a column."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.dates import dated_cell_in
from extractors.pdf_words import Word

# A box beside an entry's line in a date column holds at most this many words ("Verify ↗").
_ASIDE_WORDS = 3
# Lines closer than this share of a line's height are one box's lines.
_BOX_LEADING = 0.6
# Line ends this close (points, or ems of the type when wider) are one flush-right edge.
_FLUSH, _FLUSH_EM = 1.5, 0.35
_YEAR = re.compile(r"(?:19|20)\d\d")
# A date's status in brackets ("(expired)"): the date's, wherever its box set it.
_STATUS = re.compile(r"(?i)\s*\((?:expired|lapsed|inactive|active|current|renewed)\)$")
_RANGE_JOINERS = frozenset({"-", "–", "—", "to", "until", "till"})


def _text(words: Sequence[Word]) -> str:
    return " ".join(word.text for word in words)


def _status(line: Sequence[Word]) -> bool:
    return _STATUS.fullmatch(_text(line)) is not None


def dated_box(words: Sequence[Word]) -> bool:
    """The words are a cell of dates, a status after them or not ("May 2025 (expired)")."""
    return dated_cell_in(_STATUS.sub("", _text(words)))


def _right_under(above: Sequence[Word], line: Sequence[Word]) -> bool:
    gap = line[0].top - max(word.bottom for word in above)
    return gap <= _BOX_LEADING * (line[0].bottom - line[0].top)


def goes_on(date: Sequence[Word], line: Sequence[Word]) -> bool:
    """``line``, right under the date box's line ``date``, is the rest of the box: a range's
    end after its dash ("06/2016 –" / "06/2026"), its status ("(expired)"), or the year of its
    last month ("… – February" / "2028")."""
    last = date[-1].text
    return _right_under(date, line) and (
        last in _RANGE_JOINERS
        or (_status(line) and last[-1:].isdigit())
        or (last.isalpha() and len(line) == 1 and _YEAR.fullmatch(line[0].text) is not None)
    )


def wrapped_date_ends(rows: list[list[Word]]) -> list[list[Word]]:
    """Rows with each right-aligned date box's second line ("2028", "(expired)") set back on
    the row whose dates it ends: alone on a row of its own, flush with that row's right end."""
    joined: list[list[Word]] = []
    for row in rows:
        above = joined[-1] if joined else None
        if (
            above is not None
            and len(row) <= 1
            and abs(row[-1].x1 - above[-1].x1) <= max(_FLUSH, _FLUSH_EM * row[-1].size)
            and goes_on(above, row)
            and (_status(row) or dated_cell_in(_text([*above[-3:], *row])))
        ):
            joined[-1] = [*above, *row]
        else:
            joined.append(row)
    return joined


def date_column(dates: Sequence[Sequence[Word]], entries: Sequence[Sequence[Word]]) -> bool:
    """Every line a cell of dates, or else dates and, no more of them than dates, short boxes
    set beside an entry: a date's status under it ("(expired)") or a few words on the baseline
    of an entry's line (a "Verify ↗" link beside the issuer's line), which read with that line."""
    dated = sum(1 for line in dates if dated_box(line))
    if dated == len(dates):
        return True
    baselines = [line[0].bottom for line in entries]
    asides = [line for line in dates if not dated_box(line) and not _status(line)]
    return len(asides) <= dated and all(
        len(line) <= _ASIDE_WORDS
        and any(abs(line[0].bottom - baseline) <= 1.0 for baseline in baselines)
        for line in asides
    )


def wraps_on(line: Sequence[Word], below: Sequence[Word]) -> bool:
    """``below`` goes on with ``line``'s paragraph: at its left edge, in its type, right under."""
    return (
        abs(below[0].x0 - line[0].x0) <= 1.0
        and abs(below[0].size - line[0].size) <= 0.3
        and below[0].bold == line[0].bold
        and below[0].top - max(word.bottom for word in line) >= 0
        and _right_under(line, below)
    )
