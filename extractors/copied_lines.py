"""What a PDF's text copied out of a viewer loses and adds, read back as the page showed it.

It keeps no tab stop, so "Xero Payroll Certified ⇥ 11/2023 – 11/2024 (expired)" comes out as
"Xero Payroll Certified 11/2023 – 11/2024 (expired)": a recruiter still reads the dates as the
entry's, set apart from its title, and the line is read as if the tab stood before them. It
keeps each page's running footer ("Jo Pike – Curriculum Vitae Page 1 of 2") where the page
broke, between two lines of an entry or two entries: a recruiter reads over it."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from extractors.claim_text import CREDENTIAL_SECTIONS, FIELD_LINE, ClaimLine
from extractors.dates import DATES_STATUS, dated_cell_in, only_dates_in
from extractors.lazy_patterns import lazy_pattern

# Where a line's closing dates may start after a space: a month and year ("Oct 2018",
# "11/2023", "10.2023") or a year, running to the line's end with no field's mark between.
_DATES_AT_END = lazy_pattern(
    r"(?i)(?<=[\w)])\s+(?=(?:[a-z]{3,9}\.?\s+|\d{1,2}[/.])?(?:19|20)\d{2}\b[^\t|·•,;:()]*"
    r"(?:\([a-z]+\)\s*)?$)"
)
# A month and year, or two years: dates, where a year alone may be a version ("Excel 2016").
_MONTH_OR_RANGE = re.compile(r"(?i)^(?:[a-z]{3,9}\.?\s|\d{1,2}[/.])|^\d{4}\s*[–—-]\s*\w")
# ... but not after the word for what it dates ("Class 3 Driving Licence 2010").
_DATED_NOUN = re.compile(r"(?i)\b(?:licen[cs]e|certificate|certification|diploma|award)$")
# A label or a word that leads into its date ("Issued", "valid until", "since"): the dates
# are its field's, already apart from any title.
_LEAD_IN = re.compile(
    r"(?i)(?:\b(?:issued|expires?|expired|expiry|exp|valid|until|till|since|from|to|on|in|by"
    r"|of|earned|obtained|completed|awarded|renewed|due|date|dated|passed|and|or))$"
)


# A page's running footer or header: "Page 1 of 2", "… Curriculum Vitae Page 2/3" at its end.
_PAGE_MARK = re.compile(r"(?i)\bpage\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*$")


# "(expired)" alone: the status of the dates that closed the line above, wrapped under them.
_STATUS_ALONE = re.compile(r"(?i)^\s*\((?:expired|lapsed|inactive)\)\s*$")
_ENDS_IN_YEAR = re.compile(r"(?:19|20)\d{2}\s*$")
_PARTED = re.compile(r"\s[-–—|·•:]\s|[,;|·•–—]")
_OPEN_RANGE = re.compile(r"(?:19|20)\d{2}\s*[–—-]\s*$")


def read_as_shown(lines: Sequence[ClaimLine]) -> list[ClaimLine]:
    """``lines`` without the pages' running footers, each credentials line's closing dates
    set apart by a tab, and a status or a range's end wrapped under them back after them."""
    shown: list[ClaimLine] = []
    for line in lines:
        if _PAGE_MARK.search(line.text):
            continue
        if line.section not in CREDENTIAL_SECTIONS:
            shown.append(line)
            continue
        above = shown[-1] if shown else None
        if (
            above is not None
            and above.section == line.section
            and (
                (_STATUS_ALONE.match(line.text) and _ENDS_IN_YEAR.search(above.text))
                # "… ⇥ 01.2024 –" over "01.2026 (expired)": a range the line's end broke.
                or (_OPEN_RANGE.search(above.text) and dated_cell_in(line.text))
            )
        ):
            shown[-1] = _set_apart(
                dataclasses.replace(above, text=f"{above.text} {line.text.strip()}")
            )
            continue
        shown.append(_set_apart(line))
    return shown


def _set_apart(line: ClaimLine) -> ClaimLine:
    text = line.text
    if "\t" in text or FIELD_LINE.match(text.strip()):
        return line
    for match in _DATES_AT_END.finditer(text):
        head, tail = text[: match.start()], text[match.end() :]
        # Only a title before them: a line with fields of its own parted ("Title – Issuer
        # Mar 2021") is read by its separators.
        if _LEAD_IN.search(head) or _PARTED.search(head):
            return line
        if not only_dates_in(DATES_STATUS.sub("", tail)):
            continue
        if not _MONTH_OR_RANGE.search(tail) and not _DATED_NOUN.search(head):
            return line
        return dataclasses.replace(line, text=f"{head}\t{tail}")
    return line
