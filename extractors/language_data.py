"""Other languages' words, as package data (``extractors/data/languages/<family>.json``), and
what their scripts need to be read: marks that belong to a word, scripts written without
spaces, and their own punctuation.

Each family's file holds, by language code, the language's name, where its meanings come from
(``source``), how its words end (``boundary``: ``"word"``, the default, or ``"none"`` where a
word runs on into the next or takes endings: Japanese, Chinese, Thai, Korean), whether it is
written without spaces between words (``spaceless``), its words for a job description
(``role``, read by ``extractors.role_languages``) and for a résumé (``resume``, read by
``extractors.resume_languages``). Loaded once, checked when loaded: a missing field or an
unknown one is a packaging bug (the role words' patterns are checked by the role reader when
it loads, ``check_role_fragments``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib.resources import files
from typing import Any

from extractors.lazy_patterns import lazy_pattern

FAMILIES = (
    "romance",
    "germanic",
    "slavic",
    "baltic_uralic",
    "other_european",
    "semitic",
    "asian",
)
ROLE_FIELDS = ("or_words", "fillers", "required", "preferred", "offered", "equivalent")
# And, where a language has them: "lone_or_words", a short "or" read only alone between two
# names or before the language's word for equivalent (Spanish "o", Dutch "of"); "partner",
# "certified partner" before a vendor's name (the employer's partnership, not a need).
OPTIONAL_ROLE_FIELDS = ("lone_or_words", "partner", "certified")
RESUME_WORD_FIELDS = (
    "credentials",
    "courses",
    "education",
    "experience",
    "skills",
    "summary",
    "other",
    "filler",
    "status",
    "ongoing",
    "issued",
    "expiry",
    "number",
    "verify",
    "month_year_joins",
)
# "year_month_marks": the marks after a year and its month ("2020年3月"); "year_first_joins":
# what stands between a year written first and a month's name ("2021. március", "2021. gada
# marts"); "eras": an era's name and the year before its first ("令和": 2018, 令和3年 = 2021).
_OPTIONAL_RESUME_FIELDS = ("year_month_marks", "year_first_joins", "eras")


@cache
def languages() -> dict[str, dict[str, Any]]:
    """Every language's entry by its code, in the families' order, its words NFKC-normalised
    (as ``extractors.text.normalise`` leaves the text they are matched in)."""
    found: dict[str, dict[str, Any]] = {}
    for family in FAMILIES:
        path = files("extractors").joinpath("data", "languages", f"{family}.json")
        for code, entry in json.loads(path.read_text("utf-8")).items():
            if code in found:
                raise ValueError(f"{family}: language {code!r} is given twice")
            found[code] = _checked(f"{family}/{code}", _normalised(entry))
    return found


def _normalised(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFKC", value)
    if isinstance(value, list):
        return [_normalised(each) for each in value]
    if isinstance(value, dict):
        return {_normalised(key): _normalised(each) for key, each in value.items()}
    return value


def _checked(where: str, entry: dict[str, Any]) -> dict[str, Any]:
    known = {"name", "source", "boundary", "spaceless", "role", "resume"}
    if set(entry) - known or not {"name", "source", "role", "resume"} <= set(entry):
        raise ValueError(f"{where}: fields {sorted(entry)}")
    if entry.get("boundary", "word") not in ("word", "none"):
        raise ValueError(f"{where}: boundary {entry['boundary']!r}")
    role = set(entry["role"])
    if not set(ROLE_FIELDS) <= role or role - {*ROLE_FIELDS, *OPTIONAL_ROLE_FIELDS}:
        raise ValueError(f"{where}: role fields {sorted(entry['role'])}")
    resume = entry["resume"]
    needed = {*RESUME_WORD_FIELDS, "months"}
    if not needed <= set(resume) or set(resume) - needed - set(_OPTIONAL_RESUME_FIELDS):
        raise ValueError(f"{where}: résumé fields {sorted(resume)}")
    if not all(isinstance(n, int) and 1 <= n <= 12 for n in resume["months"].values()):
        raise ValueError(f"{where}: a month that is no month")
    return entry


def check_role_fragments(where: str, entry: dict[str, Any]) -> None:
    """Each of a language's role words compiles as a regular expression: a bad fragment fails
    here, not inside a reader's pattern. Called by the role reader when it loads, not here: a
    résumé's reading never uses them, and compiling some 900 fragments was a tenth of its
    start-up's regular expressions."""
    for pattern in (p for field in entry["role"] for p in entry["role"][field]):
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValueError(f"{where}: role word {pattern!r}: {error}") from error


def _marks(*blocks: tuple[int, int]) -> str:
    return "".join(
        re.escape(chr(code))
        for first, last in blocks
        for code in range(first, last + 1)
        if unicodedata.category(chr(code)).startswith("M")
    )


#: Combining marks that belong to the word they sit in but that ``\w`` does not match: Thai
#: and Devanagari vowel signs, Hebrew points, Arabic vowel marks, Latin and Cyrillic accents
#: left uncombined ("प्रमाणपत्र" is one word, not four).
MARKS = _marks(
    (0x0300, 0x036F),  # combining diacritics (a Turkish "İ" lowered: "i" + dot above)
    (0x0483, 0x0489),  # Cyrillic
    (0x0591, 0x05C7),  # Hebrew
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),  # Arabic
    (0x0900, 0x097F),  # Devanagari
    (0x0E00, 0x0E7F),  # Thai
    (0x3099, 0x309A),  # Japanese kana's voicing marks
)
#: A letter of a word, its marks too.
LETTER = rf"(?:[^\W\d_]|[{MARKS}])"
#: No letter or mark of a word follows: the end of a word in any script.
WORD_END = rf"(?![\w{MARKS}])"

# Scripts written without spaces between words: Chinese characters, kana, Thai.
_SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")


def spaceless(word: str) -> bool:
    """Whether a word is written in a script without spaces between words."""
    return _SPACELESS.search(word) is not None


def segmented(token: str, known: frozenset[str] | set[str]) -> list[str] | None:
    """A run of a spaceless script ("资格证书", "ใบรับรองและใบอนุญาต") as the known words it is
    made of, the fewest of them, or None when it is not made of known words only."""
    best: list[list[str] | None] = [[]] + [None] * len(token)
    for end in range(1, len(token) + 1):
        for start in range(max(0, end - 12), end):
            before, piece = best[start], token[start:end]
            if before is not None and piece in known:
                candidate = [*before, piece]
                if best[end] is None or len(candidate) < len(best[end] or ()):
                    best[end] = candidate
    return best[-1]


# A script's own punctuation as the readers know it: the Greek question mark (which NFKC
# makes a semicolon, after a Greek word), the Arabic question mark, comma and semicolon, and
# the ideographic full stop. Arabic vowel marks, its stretching tatweel and Hebrew points are
# left out, as most writers leave them out ("يُفضّل" is "يفضل").
_GREEK_QUESTION = lazy_pattern(r"(?<=[\u0370-\u03ff\u1f00-\u1fff]);")
_PUNCTUATION = str.maketrans({"؟": "?", "،": ",", "؛": ";", "。": "."})
_POINTS = lazy_pattern(
    r"[\u0610-\u061a\u064b-\u065f\u0670\u0640\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]"
)


# A Latin name run into a spaceless script's words: "CISSPまたはCISM", "Tableau或类似工具".
_LATIN_THEN_SPACELESS = lazy_pattern(
    r"(?<=[A-Za-z0-9+#)])(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f])"
)
_SPACELESS_THEN_LATIN = lazy_pattern(
    r"(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f])(?=[A-Za-z0-9(])"
)


def plain_scripts(text: str) -> str:
    """Text with other scripts' punctuation written as the Latin script's, the optional vowel
    points of Arabic and Hebrew left out, and a space between a Latin name and the words of a
    script written without spaces, as between two words ("CISSP または CISM")."""
    text = _GREEK_QUESTION.sub("?", text).translate(_PUNCTUATION)
    text = _POINTS.sub("", text)
    return _SPACELESS_THEN_LATIN.sub(" ", _LATIN_THEN_SPACELESS.sub(" ", text))
