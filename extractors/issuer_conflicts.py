"""A short name the catalog knows, on a line that names another credential of another body:
"C++ Certified Associate Programmer (CPA), C++ Institute" is no Certified Public Accountant.

Letters are shared between bodies (CPA, CPE, CSA ...). When a line writes a title of its own
beside the letters, with words the catalogued credential's names do not have, and names an
issuer that is not the catalogued one, the line's own title and issuer are what it claims: the
claim stays open-world. Either alone is not enough: "CPA, California Board of Accountancy" is
the accountant with the board that licensed them, and "Licensed CPA" written with no issuer is
the accountant too.
"""

from __future__ import annotations

import re

from extractors.catalog import CatalogEntry, normalise_name
from extractors.text import word_set

#: Words any body's name may hold ("Institute", "Board"): two bodies sharing one are not the
#: same body.
_GENERIC_BODY_WORDS = word_set(
    "the of and for in on de institute institution association board council society"
    " international global foundation academy university college school inc ltd llc corporation"
    " company group chartered american national professional professionals certification"
    " center centre"
)
#: Words a title may add to any credential's name ("Licensed CPA", "CISSP Certification").
_GENERIC_TITLE_WORDS = word_set(
    "the of and for in on a an certified certification certificate credential licensed licence"
    " license registered holder active inactive current exam examination designation program"
    " programme level charter charterholder status member"
)
_WORD = re.compile(r"[^\W_]+")
#: A month or a year written beside a title is a date, not a word of the title.
_DATE_WORD = re.compile(
    r"(?i)^(?:\d+|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march"
    r"|april|june|july|august|september|october|november|december)$"
)


def _words(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(text) if not _DATE_WORD.match(word)}


def _same_body(issuer: str, entry: CatalogEntry) -> bool:
    """The written issuer is the entry's, by name, alias or a distinctive word they share
    ("Texas State Board of Public Accountancy" and "State Board of Accountancy")."""
    names = (entry.issuer, *entry.issuer_aliases)
    if any(normalise_name(issuer) == normalise_name(name) for name in names):
        return True
    written = _words(issuer) - _GENERIC_BODY_WORDS
    return not written or any(written & _words(name) for name in names)


def contradicted_by_issuer(
    entry: CatalogEntry, letters: str, line_text: str, issuer: str | None
) -> bool:
    """Whether a line that matched ``entry`` only by its short name ``letters`` claims another
    credential: it names an issuer on the line that is not the entry's, and writes title words
    the entry's names do not have."""
    short = letters.strip("()[] ")
    if short not in (*entry.acronyms, *entry.exam_codes):
        return False
    if issuer is None or issuer not in line_text or _same_body(issuer, entry):
        return False
    # The line's own title: what it writes before the issuer, the letters aside.
    title_part = line_text[: line_text.index(issuer)].replace(short, " ")
    own = _words(title_part) - _GENERIC_TITLE_WORDS
    known: set[str] = set()
    for name in (entry.title, *entry.aliases, entry.issuer, *entry.issuer_aliases):
        known |= _words(name)
    return bool(own - known)


def spelt_out_otherwise(entry: CatalogEntry, text: str, start: int, end: int) -> bool:
    """Whether the letters at ``text[start:end]``, in brackets after the words they abbreviate,
    abbreviate words the entry's names do not have: "Chartered Professional Accountant (CPA)"
    spells out another credential than the Certified Public Accountant the letters match."""
    if text[:start].rstrip()[-1:] != "(" or text[end:].lstrip()[:1] != ")":
        return False
    letters = [char for char in text[start:end].upper() if char.isalpha()]
    words = _WORD.findall(text[: text.rfind("(", 0, start)])
    spelt: list[str] = []
    for word in reversed(words):
        if word.lower() in _SPELLING_JOINERS:
            continue
        spelt.insert(0, word)
        if len(spelt) == len(letters):
            break
    if [word[0].upper() for word in spelt] != letters:
        return False
    known: set[str] = set()
    for name in (entry.title, *entry.aliases):
        known |= _words(name)
    return bool({word.lower() for word in spelt} - _GENERIC_TITLE_WORDS - known)


#: Small words a spelt-out name holds whose initials its letters skip ("Institute of …").
_SPELLING_JOINERS = word_set("of and for in on the de &")
