"""Other languages' words a job description is read with: employers post in their own
language, and a recruiter reads "Atouts", "Mile widziane", "歓迎スキル" or "Nilai tambah" as
"Nice to have", "lub" and "atau" as "or", "Oferujemy" as "We offer".

The words are data (``extractors/data/languages/*.json``, each language's ``role`` part, loaded
by ``extractors.language_data``), each a regular-expression fragment in which a space stands
for any white space, matched case-insensitively; Greek ones match with or without their
accents (capitals drop them). A heading's words must open the heading and end where a word
ends, except in the languages whose words run on (Japanese, Chinese, Thai, Korean: "歓迎"
opens "歓迎要件"). The patterns built here are spliced into ``extractors.role_text``'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.language_data import MARKS, WORD_END, check_role_fragments, languages


@dataclass(frozen=True)
class Language:
    """A language's words for what a posting says, each a regular-expression fragment."""

    name: str
    #: Where the meanings come from.
    source: str
    #: Whether a word ends where a word ends ("word") or may run on ("none").
    boundary: str = "word"
    #: Written without spaces between words (Japanese, Chinese, Thai).
    spaceless: bool = False
    #: "or" between alternatives; only words that are not also common English words.
    or_words: tuple[str, ...] = ()
    #: A short "or" read only alone between two names or before the word for equivalent
    #: (Spanish "o", Dutch "of", which is English too).
    lone_or_words: tuple[str, ...] = ()
    #: Words that may stand between "or" and the next alternative (articles, "of").
    fillers: tuple[str, ...] = ()
    #: Headings of what the role needs ("Requirements", "What we expect").
    required: tuple[str, ...] = ()
    #: Headings of what is wanted but not needed ("Nice to have").
    preferred: tuple[str, ...] = ()
    #: Headings of what the employer gives or says of itself ("We offer", "Benefits").
    offered: tuple[str, ...] = ()
    #: "equivalent" / "similar" after "or" (the phrase's last word, as these languages put
    #: the adjective after the noun: "ou outra ferramenta similar").
    equivalent: tuple[str, ...] = ()
    #: "certified partner" before a vendor's name: the employer's partnership, not a need.
    partner: tuple[str, ...] = ()
    #: The employer saying it holds a certification ("Olemme ISO 27001 -sertifioitu").
    certified: tuple[str, ...] = ()


# Greek capitals drop their accents ("ΕΠΙΘΥΜΗΤΑ ΠΡΟΣΟΝΤΑ"): an accented vowel matches either.
_GREEK_ACCENTS = str.maketrans(
    {"ά": "[άα]", "έ": "[έε]", "ή": "[ήη]", "ί": "[ίιϊΐ]", "ό": "[όο]", "ύ": "[ύυϋΰ]", "ώ": "[ώω]"}
)
# An accented Greek vowel already inside a character class stays as it is.
_IN_CLASS = re.compile(r"\[[^\]]*\]")


def _fragment(word: str, greek: bool) -> str:
    fragment = re.sub(r" +", r"\\s+", word)
    if greek:
        parts = _IN_CLASS.split(fragment)
        classes = _IN_CLASS.findall(fragment)
        fragment = "".join(
            part.translate(_GREEK_ACCENTS) + (classes[i] if i < len(classes) else "")
            for i, part in enumerate(parts)
        )
    return f"(?:{fragment})"


def _language(code: str, entry: dict[str, object]) -> Language:
    check_role_fragments(code, entry)
    role = entry["role"]
    assert isinstance(role, dict)
    greek = code == "el"
    return Language(
        str(entry["name"]),
        str(entry["source"]),
        boundary=str(entry.get("boundary", "word")),
        spaceless=bool(entry.get("spaceless", False)),
        # "ή" is not "η" (Greek's "the"): the words for "or" keep their accents.
        or_words=tuple(_fragment(w, False) for w in role["or_words"]),
        lone_or_words=tuple(_fragment(w, False) for w in role.get("lone_or_words", ())),
        partner=tuple(_fragment(w, greek) for w in role.get("partner", ())),
        certified=tuple(_fragment(w, greek) for w in role.get("certified", ())),
        **{
            field: tuple(_fragment(w, greek) for w in role[field])
            for field in ("fillers", "required", "preferred", "offered", "equivalent")
        },
    )


LANGUAGES: tuple[Language, ...] = tuple(_language(c, e) for c, e in languages().items())

# Short words for "or" that are also English words, or too short to read anywhere but alone
# between two names (Spanish and Italian "o", Dutch "of", Welsh "neu", Swedish "eller").
_LONE_OR_WORDS = ("o", "u", "of", "ou", "oder", "eller", "neu")


def _union(words: list[str]) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


def _all(field: str) -> list[str]:
    return [word for language in LANGUAGES for word in getattr(language, field)]


def _ended(field: str, run_on: str = "") -> list[str]:
    """A field's words, each ending where a word ends, or, in a language whose words run on,
    followed by ``run_on``."""
    return [
        word + (WORD_END if language.boundary == "word" else run_on)
        for language in LANGUAGES
        for word in getattr(language, field)
    ]


#: A word between two names, its marks too ("หรือ" is one word).
GAP_WORD = re.compile(rf"[\w'{MARKS}-]+")
#: Other languages' words for "or" that are not English words.
OR_WORDS = tuple(_all("or_words"))
#: Another language's "or" in a gap between two names ("Java lub TypeScript").
OTHER_OR_WORD = re.compile(r"(?i)(?:^|[\s,(])(?:" + _union(_all("or_words")) + r")(?=$|[\s,)])")
#: Words that may stand beside another language's "or" between two names: its articles,
#: "of", "another" ("Kubernetes (AKS) ou de Docker").
_OR_PARTS = [
    part
    for entry in languages().values()
    for each in entry["role"]["or_words"]
    for part in each.split()
]  # "ya da"
OTHER_GAP_FILLER = re.compile(r"(?i)^(?:" + _union([*_all("fillers"), *_OR_PARTS]) + r")$")
#: A short "or" alone between two names, after a German compound's suspended hyphen too
#: ("PMP- oder PRINCE2-Zertifizierung").
LONE_OR_GAP = re.compile(r"(?i)^\)?-?\s+(?:" + _union(list(_LONE_OR_WORDS)) + r")\s+$")
#: Another language's preferred heading, as the whole heading or its opening words.
OTHER_PREFERRED_HEADING = r"^\W*(?:" + _union(_ended("preferred")) + r")"
#: "certified partner" before a vendor's name, in English or another language.
PARTNER_BEFORE = re.compile(
    r"(?i)\b(?:(?:certified|official|premier|gold)\s+partner(?:\s+(?:of|for))?|"
    + _union(_all("partner"))
    + r")\s+$"
)
#: The employer's own certification in another language, opening a clause ("Olemme ISO 27001
#: -sertifioitu yritys", "Contamos con la certificación ISO 27001").
OTHER_EMPLOYER_CERTIFIED = re.compile(r"(?i)^\W*(?:" + _union(_all("certified")) + r")")
#: Another language's heading of what the employer offers (the whole heading).
OTHER_OFFERED_HEADING = _union(_ended("offered", r".*"))
#: Another language's heading of what the role needs (the whole heading).
OTHER_REQUIRED_HEADING = r"^\W*(?:" + _union(_ended("required", r".*")) + r")$"
REQUIRED = re.compile("(?i)" + OTHER_REQUIRED_HEADING)


def _or_equivalent(language: Language) -> str:
    """The language's "or", up to four words (a few letters where words are not spaced), and
    its word for equivalent."""
    ors = _union([*language.or_words, *language.lone_or_words])
    equivalent = _union(
        [w + (WORD_END if language.boundary == "word" else "") for w in language.equivalent]
    )
    if language.spaceless:
        # (after a word or two of its own: "JLPT N2以上（または同等）", "N2 or above")
        return rf"(?:[^\s,;.()、]{{1,6}}?\s*\(?\s*)?(?:{ors})\s*[^\s,;.、]{{0,8}}?(?:{equivalent})"
    return rf"(?:{ors})\s+(?:[\w'’{MARKS}-]+\s+){{0,4}}?(?:{equivalent})"


#: "ou expérience équivalente", "ou outra ferramenta de streaming similar", "atau setara",
#: "または同等の資格", "หรือเทียบเท่า": another language's "or", up to four words, and the same
#: language's word for equivalent (Dutch "of" only before a Dutch one: "Python of comparable
#: scale" is English); in Japanese a particle may stand for the "or" ("CISSPと同等",
#: "CISSPに準ずる", "CISSP相当").
OTHER_OR_EQUIVALENT = (
    r"^[\s,;()*]*(?:"
    + "|".join(_or_equivalent(language) for language in LANGUAGES if language.equivalent)
    + r"|(?:と|に)?(?:同等|相当|準ずる|準じる))"
)
