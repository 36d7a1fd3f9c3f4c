"""Dates as résumés write them, read to the month: "Jan 2023", "05/2026", "2021–2024"."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from extractors.lazy_patterns import lazy_pattern
from extractors.resume_languages import (
    ERAS,
    EXPIRY_LABELS,
    ISSUED_LABELS,
    MONTH_YEAR_JOINS,
    MONTHS,
    ONGOING_WORDS,
    YEAR_FIRST_JOINS,
    YEAR_FIRST_MONTHS,
    YEAR_MONTH_MARKS,
    alternation,
)

_MONTHS = {
    "jan": 1, "january": 1, "janvier": 1, "januar": 1, "enero": 1, "ene": 1,
    "feb": 2, "february": 2, "février": 2, "fevrier": 2, "februar": 2, "febrero": 2,
    "mar": 3, "march": 3, "mars": 3, "märz": 3, "marz": 3, "marzo": 3, "mär": 3,
    "apr": 4, "april": 4, "avril": 4, "abril": 4, "abr": 4,
    "may": 5, "mai": 5, "mayo": 5,
    "jun": 6, "june": 6, "juin": 6, "juni": 6, "junio": 6,
    "jul": 7, "july": 7, "juillet": 7, "juli": 7, "julio": 7,
    "aug": 8, "august": 8, "août": 8, "aout": 8, "agosto": 8,
    "sep": 9, "sept": 9, "september": 9, "septembre": 9, "septiembre": 9,
    "oct": 10, "october": 10, "octobre": 10, "oktober": 10, "octubre": 10, "okt": 10,
    "nov": 11, "november": 11, "novembre": 11, "noviembre": 11,
    "dec": 12, "december": 12, "décembre": 12, "decembre": 12, "dezember": 12,
    "diciembre": 12, "dez": 12, "dic": 12,
}  # fmt: skip
for _names in MONTHS.values():
    _MONTHS.update(_names)
# (a name of two words, "meán fómhair", "tháng 3", has any white space between them)
_MONTH_NAMES = "|".join(
    re.escape(name).replace(r"\ ", r"\s+") for name in sorted(_MONTHS, key=len, reverse=True)
)
_YEAR = r"(?:19[5-9]\d|20[0-9]\d)"
# A year written by its last two digits ("'23") below this is this century's, else the last's.
_CLIPPED_CENTURY = 60
# "enero de 2016", "marzo del 2020": the word between a month and its year.
_JOINS = "|".join(MONTH_YEAR_JOINS)
# "2020年3月", "2020년 3월": the year first, each with its mark.
_YEAR_MARKS = "|".join(re.escape(year) for year, _ in YEAR_MONTH_MARKS) or "(?!)"
_MONTH_MARKS = "|".join(re.escape(month) for _, month in YEAR_MONTH_MARKS) or "(?!)"
# "2021. március", "2021. gada marts": the year first, then the month's name.
_YEAR_FIRST = (
    "|".join(r"\s*".join(re.escape(part) for part in join.split()) for join in YEAR_FIRST_JOINS)
    or "(?!)"
)
_YEAR_FIRST_MONTHS = (
    "|".join(re.escape(name) for name in sorted(YEAR_FIRST_MONTHS, key=len, reverse=True)) or "(?!)"
)
# "令和3年4月", "平成31年": an era's year, its first year written "元".
_ERAS = "|".join(re.escape(name) for name in ERAS) or "(?!)"

_DATE = re.compile(
    rf"""(?xi)
    # "mai/2024", "Mar-2021": a month's name, a slash or a hyphen, its year (Brazilian CVs).
    (?P<month_name>\b(?:{_MONTH_NAMES}))\.?,?(?:\s+(?:{_JOINS})\s+|\s*|[-/](?=\d{{4}}))
      (?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?P<year1>{_YEAR})\b
    # "May '23", "Apr ’19": a month's name and its year's last two digits after an apostrophe.
    | (?P<month_clipped>\b(?:{_MONTH_NAMES}))\.?\s*['’‘](?P<year_clipped>\d\d)(?![\w'’])
    | \b(?P<day_first>\d{{1,2}})[/.](?P<month_mid>\d{{1,2}})[/.](?P<year2>{_YEAR})\b
    | \b(?P<month_num>0?[1-9]|1[0-2])\s?[/.-]\s?(?P<year3>{_YEAR})\b
    # "2021. 03.", "2021.03.": a year and its month each closed by a stop, as Hungarian
    # writes them.
    | (?<!\d)(?P<year7>{_YEAR})\.\s?(?P<month_stopped>0[1-9]|1[0-2])\.(?!\d)
    | \b(?P<year4>{_YEAR})[-/.](?P<month_after>0[1-9]|1[0-2])\b(?![-/.]?\d{{3}})
    | (?<!\d)(?P<year5>{_YEAR})\s*(?:{_YEAR_MARKS})
      \s*(?P<month_marked>1[0-2]|0?[1-9])\s*(?:{_MONTH_MARKS})
    | (?<!\d)(?P<year6>{_YEAR})(?:{_YEAR_FIRST})\s*(?P<month_named>{_YEAR_FIRST_MONTHS})(?!\w)
    | (?P<era>{_ERAS})\s*(?P<era_year>元|\d{{1,2}})\s*(?:{_YEAR_MARKS})
      (?:\s*(?P<era_month>1[0-2]|0?[1-9])\s*(?:{_MONTH_MARKS}))?
    # A standard's edition ("ISO 45001:2018") and a law's year ("… Act 2012") are no dates.
    | (?<!\d:)(?<!\bAct\s)(?<!\bRegulations\s)\b(?P<year_only>{_YEAR})\b(?![-/.]\d)
    """
)
_EXPIRY_CUE = re.compile(
    r"(?i)(?:\bexp(?:ire[sd]?|iry|iration|\.|d)?|\bvalid\s+(?:through|thru|until|till|to)|\buntil\b"
    r"|\bthrough\b|\bthru\b|\brenew(?:s|al)?(?:\s+due)?|\bgültig\s+bis|\bvence"
    # French: "valable jusqu'en novembre 2026", "jusqu’au 06/2027", "expire en mai 2027".
    r"|\bjusqu[’']\s*(?:en|au|à)|\bexpire\s+(?:en|le)"
    # Spanish, Portuguese, Italian: "Caducidad: noviembre de 2026", "Validade", "Scadenza".
    rf"|\b(?:{alternation(EXPIRY_LABELS)}))"
    # A form's label: "Expiration Date: 03/2024", "Expiry date", "End date".
    r"(?:\s+date)?\W*$|\bend\s+date\W*$"
)
# "since 2019", "seit Februar 2019", "sinds 2018", "desde 2020", "depuis 2017": held from then.
SINCE_WORDS = "since|seit|sinds|desde|depuis"
_ISSUE_CUE = re.compile(
    r"(?i)(?:\bissued|\bearned|\bawarded|\bobtained|\bpassed|\bcertified|\bdate"
    rf"|\b(?:{SINCE_WORDS})"
    r"|\bacquired|\bcompleted|\bgranted|\breceived|\bobtenue?|\bdélivrée?"
    # "Expedición: enero de 2016", "Data de emissão", "Data di rilascio".
    rf"|\b(?:{alternation(ISSUED_LABELS)}))(?!\w)\W*(?:on|in|en|le|em|il)?\W*$"
)
# "2020-05 → 2026-05", "Aug. 2019 -- Aug. 2026" (LaTeX's en dash typed as two hyphens).
_RANGE_JOIN = re.compile(r"(?i)^\s*(?:--?|–|—|→|->|to|until|till|bis|a|hasta)\s*$")


#: Every way ``_DATE`` matches holds a year (``_YEAR``), a year's last two digits after an
#: apostrophe or an era's name; a text with none of them holds no date. Searching for them
#: is a fraction of the cost of ``_DATE``, which tries its many alternatives at every place.
_MAY_HOLD_DATE = re.compile(rf"(?i){_YEAR}|['’‘]\d\d|{_ERAS}")


@dataclass(frozen=True)
class FoundDate:
    """A date in a text: where, the year, the month when written, and what it is for."""

    start: int
    end: int
    year: int
    month: int | None
    role: str  # "issued", "expires" or "" when nothing says

    @property
    def partial_date(self) -> str:
        """``YYYY-MM``, or ``YYYY`` when only the year is written."""
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text`` with its role, read from the cue before it or from a range."""
    found: list[FoundDate] = []
    if not _MAY_HOLD_DATE.search(text):
        return found  # most words and lines of a page: no need to run the long pattern
    for match in _DATE.finditer(text):
        year, month = _year_month(match)
        before = text[max(0, match.start() - 30) : match.start()]
        role = ""
        if _EXPIRY_CUE.search(before):
            role = "expires"
        elif _ISSUE_CUE.search(before):
            role = "issued"
        found.append(FoundDate(match.start(), match.end(), year, month, role))
    # "2021–2024", "Jan 2023 - Jan 2026": the first is the award, the second the expiry.
    for first, second in itertools.pairwise(found):
        if _RANGE_JOIN.match(text[first.end : second.start]) and not second.role:
            index = found.index(second)
            found[index] = FoundDate(second.start, second.end, second.year, second.month, "expires")
            if not first.role:
                found[found.index(first)] = FoundDate(
                    first.start, first.end, first.year, first.month, "issued"
                )
    return found


#: What joins or qualifies dates without being one: dashes, brackets, "until", "since".
DATE_FILLER = lazy_pattern(
    rf"(?i)[-–—→>,()\[\]\s]|\b(?:to|until|till|{SINCE_WORDS}|present|current|now|today)\b"
    # Other languages' open ends: "heute", "à ce jour", "現在".
    rf"|(?<!\w){ONGOING_WORDS}"
)


@functools.lru_cache(maxsize=1024)
def only_dates_in(text: str) -> bool:
    """The text holds dates and nothing else but the words that join them.

    Kept for the last texts asked: a PDF's rules ask it of the same runs of words again and
    again (each row's opening and closing words, by several rules), 480 times over 160
    texts for a typical two-page résumé."""
    found = find_dates(text)
    if not found:
        return False
    rest = text
    for date in reversed(found):
        rest = rest[: date.start] + " " + rest[date.end :]
    return not DATE_FILLER.sub("", rest).strip()


# What a date in a column of dates may say it is for: "June 2024 (expires June 2026)",
# "Issued 03/2021, valid until 03/2024", "May 2023 · Exp. May 2026".
_DATE_CUES = lazy_pattern(r"(?i)(?:\b(?:issued|expires?|expiry|exp\.|valid)(?!\w)|·)")


# A status in brackets after the dates ("Sep 2020 – Sep 2023 (expired)", "03/2024 (lapsed)"):
# what the dates say already, so the cell is still one of dates beside its entry.
DATES_STATUS = lazy_pattern(r"(?i)(?<=\d)\s*\((?:expired|lapsed|inactive)\)\s*$")


def dated_cell_in(text: str) -> bool:
    """The text holds dates and nothing else but what joins them, or an issue and an expiry
    with the words that say which is which (a single date's label may be a field's); a status
    in brackets after them is theirs."""
    if text.endswith(")"):
        text = DATES_STATUS.sub("", text)
    if only_dates_in(text):
        return True
    return len(find_dates(text)) >= 2 and only_dates_in(_DATE_CUES.sub(" ", text))


def _year_month(match: re.Match[str]) -> tuple[int, int | None]:
    if match.group("month_name"):
        return int(match.group("year1")), _MONTHS[match.group("month_name").lower()]
    if match.group("month_clipped"):
        clipped = int(match.group("year_clipped"))
        year = 2000 + clipped if clipped < _CLIPPED_CENTURY else 1900 + clipped
        return year, _MONTHS[match.group("month_clipped").lower()]
    if match.group("day_first"):
        first, second = int(match.group("day_first")), int(match.group("month_mid"))
        # 25/03/2024 can only be day-first; 03/25/2024 only month-first; else assume day-first.
        month = second if second <= 12 else first
        return int(match.group("year2")), month if 1 <= month <= 12 else None
    if match.group("month_num"):
        return int(match.group("year3")), int(match.group("month_num"))
    if match.group("year5"):
        return int(match.group("year5")), int(match.group("month_marked"))
    if match.group("year6"):
        return int(match.group("year6")), YEAR_FIRST_MONTHS[match.group("month_named").lower()]
    if match.group("year7"):
        return int(match.group("year7")), int(match.group("month_stopped"))
    if match.group("era"):
        written = match.group("era_year")
        year = ERAS[match.group("era")] + (1 if written == "元" else int(written))
        marked = match.group("era_month")
        return year, int(marked) if marked else None
    if match.group("year4"):
        return int(match.group("year4")), int(match.group("month_after"))
    return int(match.group("year_only")), None


def claim_dates(text: str) -> tuple[str | None, str | None]:
    """The issue and expiry dates that a claim's own text gives, to the month or the year."""
    dates = find_dates(text)
    issued = next((d for d in dates if d.role == "issued"), None)
    expires = next((d for d in dates if d.role == "expires"), None)
    if issued is None:
        issued = next((d for d in dates if not d.role), None)
    return (
        issued.partial_date if issued else None,
        expires.partial_date if expires else None,
    )
