"""Other languages' words that a résumé's credentials are written with: section headings, field
labels ("Expedición", "有効期限"), what is not held yet ("En curso") and month names (French and
German ones stay where they were first written, beside the English ones).

The words are data (``extractors/data/languages/*.json``, each language's ``resume`` part,
loaded by ``extractors.language_data``), written in lower case as ``normalise`` leaves them
(NFKC: "Nº" is "No"); a space stands for any run of white space. Each word is also known
without its accents (a CV typed on an English keyboard, Greek capitals), with Romanian's
cedilla letters ("ş" for "ș") and Turkish "ı" as "i".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from extractors.language_data import WORD_END, languages

SECTIONS = ("credentials", "courses", "education", "experience", "skills", "summary", "other")

_ROMANIAN = str.maketrans({"ș": "ş", "ț": "ţ"})
_DOTLESS = str.maketrans({"ı": "i"})
# Accents are dropped from Latin and Greek letters only: a Devanagari or Thai vowel sign, a
# Cyrillic "й", are letters of their own.
_DROPPABLE = re.compile(r"([A-Za-z\u0370-\u03ff])[\u0300-\u036f]+")


def variants(word: str) -> set[str]:
    """A word in lower case as written, without its accents, and with its other spellings."""
    word = unicodedata.normalize("NFKC", word).lower()
    plain = unicodedata.normalize(
        "NFC", _DROPPABLE.sub(r"\1", unicodedata.normalize("NFD", word))
    ).translate(_DOTLESS)
    return {word, plain, word.translate(_ROMANIAN), word.translate(_DOTLESS)}


def _all(field: str) -> set[str]:
    return {
        form
        for entry in languages().values()
        for word in entry["resume"][field]
        for form in variants(word)
    }


#: The words and phrases of section headings, by the section (``extractors.sections.Section``)
#: they name; a phrase ("dane osobowe", "chứng chỉ") is known as a whole, not by its words.
HEADING_WORDS: dict[str, frozenset[str]] = {
    section: frozenset(_all(section)) for section in SECTIONS
}
#: Words that join a heading's words or say which ones: "Certificaciones, licencias y cursos",
#: "Experiência profissional", "Certifikáty a licence".
HEADING_FILLER: frozenset[str] = frozenset(_all("filler"))
#: Every heading word or phrase of more than one word.
HEADING_PHRASES: frozenset[str] = frozenset(
    word for group in (*HEADING_WORDS.values(), HEADING_FILLER) for word in group if " " in word
)


def _by_language(field: str) -> dict[str, tuple[str, ...]]:
    return {
        code: tuple(sorted({form for word in entry["resume"][field] for form in variants(word)}))
        for code, entry in languages().items()
        if entry["resume"][field]
    }


# A list of what is not held yet: "En curso", "Em andamento", "In corso", "W trakcie".
STATUS_HEADINGS: dict[str, tuple[str, ...]] = _by_language("status")
# A date range's open end: "2021 – heute", "2019 – à ce jour", "2020年4月～現在".
ONGOING: dict[str, tuple[str, ...]] = _by_language("ongoing")
# An entry's field labels, by what they label.
ISSUED_LABELS: dict[str, tuple[str, ...]] = _by_language("issued")
EXPIRY_LABELS: dict[str, tuple[str, ...]] = _by_language("expiry")
NUMBER_LABELS: dict[str, tuple[str, ...]] = _by_language("number")
VERIFY_LABELS: dict[str, tuple[str, ...]] = _by_language("verify")


def _months() -> dict[str, dict[str, int]]:
    found: dict[str, int] = {}
    by_language: dict[str, dict[str, int]] = {}
    for code, entry in languages().items():
        for name, number in entry["resume"]["months"].items():
            for form in variants(name):
                if found.setdefault(form, number) != number:
                    raise ValueError(f"{code}: {form!r} is month {number} and {found[form]}")
                by_language.setdefault(code, {})[form] = number
    return by_language


#: Month names by language ("stycznia", "märts", "μαρτίου"), none of them two months.
MONTHS: dict[str, dict[str, int]] = _months()
# The word that may join a month's name to its year: "enero de 2016", "tháng 3 năm 2020".
MONTH_YEAR_JOINS: tuple[str, ...] = tuple(
    dict.fromkeys(
        join for entry in languages().values() for join in entry["resume"]["month_year_joins"]
    )
)
# The marks after a year and its month where the year comes first: "2020年3月", "2020년 3월".
YEAR_MONTH_MARKS: tuple[tuple[str, str], ...] = tuple(
    dict.fromkeys(
        (marks[0], marks[1])
        for entry in languages().values()
        if (marks := entry["resume"].get("year_month_marks"))
    )
)


def alternation(table: dict[str, tuple[str, ...]]) -> str:
    """A regular expression's alternation of every language's phrases, longest first; a space
    matches any white space. For a pattern compiled with re.VERBOSE or without it."""
    return "|".join(_phrase(phrase) for phrase in _longest_first(table.values()))


def _longest_first(groups: Iterable[tuple[str, ...]]) -> list[str]:
    phrases = {unicodedata.normalize("NFKC", p) for group in groups for p in group}
    return sorted(phrases, key=len, reverse=True)


def _phrase(phrase: str) -> str:
    return r"\s+".join(re.escape(part) for part in phrase.split())


#: A date range's open end in any language ("heute", "à ce jour", "現在"), ending where its word
#: ends; English's words stay where they were written, beside it.
ONGOING_WORDS = rf"(?:{alternation(ONGOING)}){WORD_END}"
#: The same words' last words: a PDF line's last word that may close a run of dates.
ONGOING_ENDS: frozenset[str] = frozenset(
    phrase.split()[-1] for phrases in ONGOING.values() for phrase in phrases
)
#: What joins a year written first to a month's name ("2021. március", "2021. gada marts").
YEAR_FIRST_JOINS: tuple[str, ...] = tuple(
    dict.fromkeys(
        join
        for entry in languages().values()
        for join in entry["resume"].get("year_first_joins", ())
    )
)
#: The month names of the languages that write the year first ("március", "martā"): no other
#: language's months after a year and a stop ("… in 2019. May 2020 …" is two dates in English).
YEAR_FIRST_MONTHS: dict[str, int] = {
    name: number
    for code, entry in languages().items()
    if entry["resume"].get("year_first_joins")
    for name, number in MONTHS.get(code, {}).items()
}
#: An era's name and the year before its first: "令和" 2018 (令和3年 is 2021), "平成" 1988.
ERAS: dict[str, int] = {
    name: before
    for entry in languages().values()
    for name, before in entry["resume"].get("eras", {}).items()
}
