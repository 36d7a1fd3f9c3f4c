"""A rail of years and months beside a list (a web page printed): each year on a row of its own,
set once over the entries of that year, and each entry's month on the rail beside its first line
("2024" / "Apr ⇥ ME-C Engine Operation"). An entry with no month is dated by the year right
above it. Read as a recruiter reads it: the month and the year above it date the entry beside
the month, and the year rows are no lines of their own."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from extractors.pdf_words import Word

_YEAR = re.compile(r"(?:19[5-9]\d|20\d\d)")
_MONTH = re.compile(
    r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|"
    r"april|june|july|august|september|october|november|december"
)
# A rail names at least this many years, and dates at least this many entries by a month.
_RAIL_YEARS, _RAIL_MONTHS = 2, 2


def year_rail(rows: Sequence[Sequence[Word]], band: tuple[float, float]) -> bool:
    """Left of ``band`` a rail of years over months (``read_year_rail``)."""
    return read_year_rail(rows, band) is not None


def read_year_rail(
    rows: Sequence[Sequence[Word]], band: tuple[float, float]
) -> list[list[Word]] | None:
    """The rows read with each entry's first line opened by its date ("Apr 2024"), the year rows
    dropped; None unless left of ``band`` stand only years on rows of their own and months
    beside an entry's line, the first of them a year."""
    lines: list[list[Word]] = []
    year: Word | None = None
    undated = False  # a year row stands right above: the next line opens an entry of that year
    years = months = 0
    for row in rows:
        rail = [word for word in row if word.x1 <= band[0] + 0.5]
        text = [word for word in row if word.x1 > band[0] + 0.5]
        if len(rail) > 1:
            return None
        if rail and not text:
            if not _YEAR.fullmatch(rail[0].text) or undated:
                return None
            year, undated, years = rail[0], True, years + 1
            continue
        if not rail:
            if undated and year is not None:
                text = [_moved(year, text[0], year.x0), *_opening(text)]
            lines.append(text)
            undated = False
            continue
        month = rail[0]
        if year is None or not _MONTH.fullmatch(month.text):
            return None
        space = 0.3 * (month.bottom - month.top)
        lines.append([month, _moved(year, month, month.x1 + space), *_opening(text)])
        undated, months = False, months + 1
    if years < _RAIL_YEARS or months < _RAIL_MONTHS or undated:
        return None
    return lines


def _moved(year: Word, beside: Word, x0: float) -> Word:
    """The year set on the line of ``beside`` from ``x0``."""
    return dataclasses.replace(
        year, x0=x0, x1=x0 + year.x1 - year.x0, top=beside.top, bottom=beside.bottom
    )


def _opening(text: Sequence[Word]) -> list[Word]:
    """The entry's words, the first opening a cell after its date ("Apr 2024 ⇥ ME-C …")."""
    return [dataclasses.replace(text[0], cell_start=True), *text[1:]]
