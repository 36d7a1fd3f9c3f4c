"""Section headings ("Licenses & Certifications", "SKILLS", "Berufserfahrung") as context."""

from __future__ import annotations

import itertools
import re
from enum import StrEnum

from extractors.language_data import LETTER, segmented, spaceless
from extractors.lazy_patterns import lazy_pattern
from extractors.resume_languages import (
    HEADING_FILLER,
    HEADING_PHRASES,
    HEADING_WORDS,
    STATUS_HEADINGS,
    alternation,
)
from extractors.text import word_set


class Section(StrEnum):
    """The kind of section a line sits in, as far as claims are concerned."""

    HEADER = "header"  # before the first heading: name and contact details
    CREDENTIALS = "credentials"
    COURSES = "courses"
    EDUCATION = "education"
    EXPERIENCE = "experience"
    SKILLS = "skills"
    SUMMARY = "summary"
    AWARDS = "awards"
    #: A list of what the candidate does not hold (yet, or any more): "In progress", "Not yet /
    #: no longer", "En préparation". Nothing under it is a claim.
    NOT_HELD = "not_held"
    OTHER = "other"


# Words that name a section, by the section they name. Credentials win over the rest in a
# mixed heading ("Education & Certifications", "Certs & Skills").
_VOCABULARY: dict[Section, frozenset[str]] = {
    Section.CREDENTIALS: word_set(
        "certifications certification certificates certificate certs cert certs* licenses license"
        " licences licence licensure licensures credentials credential accreditations"
        # "Qualifications & Tickets", "Licences and tickets": a trade's word for its cards.
        " tickets"
        # "Professional registrations", "Licences and registrations held".
        " registrations"
        " accreditation badges badge qualifications zertifikate zertifizierungen certificaciones"
        " certificados certificações certificazioni attestations habilitations"
        # German: "Zertifikate und Lizenzen", "Zusatzqualifikationen", "Nachweise".
        " zertifikat lizenzen lizenz qualifikationen qualifikation zusatzqualifikationen"
        " berechtigungen nachweise zulassungen approbation bescheinigungen"
    )
    | HEADING_WORDS["credentials"],
    Section.COURSES: word_set(
        "courses course training trainings development formations formation cursos"
        " weiterbildung fortbildung moocs workshops seminars"
        " weiterbildungen fortbildungen schulungen schulung kurse lehrgänge lehrgang seminare"
    )
    | HEADING_WORDS["courses"],
    Section.EDUCATION: word_set(
        "education academic academics studies schooling ausbildung bildung formación formacion"
        " educación educacion études etudes degrees"
        " schulbildung studium bildungsweg schulausbildung hochschulbildung"
    )
    | HEADING_WORDS["education"],
    Section.EXPERIENCE: word_set(
        "experience experiences employment history career work jobs positions berufserfahrung"
        " experiencia expérience experience internships internship"
        " werdegang berufspraxis erfahrung praktika praktikum"
    )
    | HEADING_WORDS["experience"],
    Section.SKILLS: word_set(
        "skills skill technologies technology competencies competences tools stack expertise"
        " kenntnisse habilidades compétences competencias proficiencies strengths"
        " fähigkeiten kompetenzen"
    )
    | HEADING_WORDS["skills"],
    Section.SUMMARY: word_set(
        "summary profile objective about overview profil perfil résumé resume highlights"
        " kurzprofil zusammenfassung"
    )
    | HEADING_WORDS["summary"],
    Section.AWARDS: word_set(
        "awards award honors honours achievements accomplishments distinctions prizes"
    ),
    Section.OTHER: word_set(
        "projects project publications languages interests hobbies references volunteer"
        " volunteering activities leadership memberships affiliations contact details"
        " information personal extracurricular research talks presentations patents"
        " idiomas sprachen portfolio links additional"
        " miscellaneous misc notes"
        " sprachkenntnisse daten angaben interessen hobbys ehrenamt projekte publikationen"
        " referenzen mitgliedschaften sonstiges"
    )
    | HEADING_WORDS["other"],
}
_FILLER = (
    word_set(
        "top and & of my other key professional relevant technical core selected recent online"
        " digital industry continuing + / - and/or related me at a in y und et de professionnelle"
        " professionnelles profesional berufliche beruflicher persönliche edv it"
        # "Fort- und Weiterbildungen", "Aus- und Weiterbildung": the first word's end is the next's.
        " fort aus weiter zusatz"
        # "Verified Credentials", "Active Licenses", "Current Certifications": which ones, not what.
        " verified verifiable earned active current held"
        # "Further training and certificates", "Weitere Zertifikate": more of them, still them.
        " further weitere"
        # "Areas of expertise".
        " areas area"
    )
    | HEADING_FILLER
)
# "Summary of qualifications", "Highlights of qualifications": a summary of the résumé, not a
# list of credentials.
_SUMMARY_OF = word_set("summary highlights overview profile")
_QUALIFICATIONS = word_set("qualifications qualification")
# "Not yet / no longer", "Ongoing / Other", "In progress": a list of what is not held (yet,
# or any more) ends the credentials before it.
# A status word alone ("In progress") is an entry's status line, not a heading.
_NOT_HELD_HEADING = re.compile(
    r"""(?ix)^\W*(?:
      (?:not\s+yet|no\s+longer)\b[\w\s/&,-]{0,30}
    | (?:ongoing|pending|in[\s-]progress|expired|lapsed)
      (?:\s*(?:/|&|\+|and)\s*[\w\s/&-]{2,30}|\s+(?:certifications?|credentials|licen[cs]es))
    )$"""
)
# A status alone ("In progress", "Working on", "Currently pursuing", "En préparation"): the
# heading of a list of what is not held yet where the layout sets it as a heading.
_STATUS_HEADING = lazy_pattern(
    r"""(?ix)^\W*(?:currently\s+)?(?:
      in[\s-]progress|work(?:ing)?\s+(?:on|towards?)|pursuing|studying(?:\s+for)?
    | prepar(?:ing|ation)(?:\s+for)?|in\s+preparation|planned|upcoming|pending|ongoing|next\s+up
    | en\s+(?:préparation|preparation|cours)(?:\s+d['’]obtention)?|en\s+curso|en\s+preparación
    | in\s+(?:vorbereitung|arbeit|ausbildung)
    | """
    + alternation(STATUS_HEADINGS)
    + r"""
    )\W*$"""
)


def status_heading(text: str) -> bool:
    """Whether a line that the layout sets as a heading names a list of what is not held yet;
    alone among an entry's lines, the same words are its status."""
    # "EN COURS / IN PROGRESS": a bilingual CV's heading is the same status in each language.
    parts = _LANGUAGES_APART.split(without_section_number(text))
    return all(_STATUS_HEADING.match(part) is not None for part in parts)


# Between a heading's two languages: a slash with a space each side.
_LANGUAGES_APART = re.compile(r"\s+/\s+")


# "Certified", "Licensed & Certified": a heading of these words alone names the candidate's
# credentials; beside other words they open a title ("Certified Information …").
_PARTICIPLES = word_set("certified licensed accredited")
_PRECEDENCE = [
    Section.CREDENTIALS,
    Section.COURSES,
    Section.AWARDS,
    Section.SKILLS,
    Section.EDUCATION,
    Section.EXPERIENCE,
    Section.SUMMARY,
    Section.OTHER,
]
# A word's letters with their marks ("प्रमाणपत्र", "ใบรับรอง" are one word each).
_WORD = re.compile(rf"[^\W\d_]{LETTER}*\*?|&|\+|/", re.UNICODE)
_MAX_HEADING_WORDS = 6


# "Certifications earned in this role:", "Licences held during this position": a list under a
# job says where its credentials were earned, which names them no less.
_WHERE_EARNED = re.compile(
    r"(?i)\s+(?:in|during|at|while\s+in|for)\s+(?:this|that|the)\s+(?:role|position|job|post)\b"
)
_SMALL_CAPS = re.compile(r"(?<![\w-])([A-Z]) ([A-Z]{2,})\b")
# A heading's capitals set wide apart ("S K I L L S"), where a PDF keeps a kerned pair such
# as "RT" or "TA" together as one word ("C E RT I F I C AT I O N S"): mostly single letters.
_SPACED_CAPITALS = re.compile(r"^[^\W\d_a-z]{1,2}(?: [^\W\d_a-z]{1,2}){3,}$")
# A word of such a heading, and what may stand between two of them.
_SPACED_WORD = re.compile(r"^[^\W\d_a-z]{1,2}(?: [^\W\d_a-z]{1,2})+$")
_SPACED_CONNECTOR = re.compile(r" ([&+/]) ")


def _small_capital(match: re.Match[str]) -> str:
    """A larger first capital parted from its word ("C ERTIFICATES") joined to it; a word of
    one letter before a heading's word ("Y CURSOS", "E LICENZE") stays a word."""
    letter, rest = match.group(1), match.group(2)
    known = set().union(*_VOCABULARY.values())
    if rest.lower() in known and (letter + rest).lower() not in known:
        return match.group(0)
    return letter + rest


def heading_section(text: str) -> Section | None:
    """The section a line opens if it is a heading and nothing else, else None."""
    # Small capitals set the first letter larger, and a PDF's words then part it from the rest:
    # "C ERTIFICATES", "W ORK E XPERIENCE".
    text = _SMALL_CAPS.sub(_small_capital, unspaced_capitals(without_section_number(text)))
    text = _WHERE_EARNED.sub("", text)
    words = _heading_words(text)
    if not words or len(words) > _MAX_HEADING_WORDS:
        return None
    # A heading is a few words, not a sentence: no digits, no trailing full stop.
    stripped = text.strip().rstrip(":").strip()
    if any(char.isdigit() for char in stripped) or stripped.endswith((".", "/")):
        return None  # "badges/" is a piece of a URL, not the heading "Badges"
    named = {word.rstrip("*") for word in words} - _FILLER
    if not named:
        # "Other", "Other:" alone: the section of whatever the rest did not hold.
        return Section.OTHER if {word.rstrip("*") for word in words} == {"other"} else None
    if named <= _PARTICIPLES:
        return Section.CREDENTIALS
    if _NOT_HELD_HEADING.match(stripped):
        return Section.NOT_HELD
    if named & _SUMMARY_OF and named - _SUMMARY_OF <= _QUALIFICATIONS:
        return Section.SUMMARY
    sections = {section for section, vocabulary in _VOCABULARY.items() if named & vocabulary}
    known = set().union(*(_VOCABULARY[s] for s in sections)) if sections else set()
    if not sections or named - known:
        return None
    return next(section for section in _PRECEDENCE if section in sections)


# Every word a heading may be made of, for a run of a script without spaces between words.
_KNOWN = frozenset(set().union(*_VOCABULARY.values()) | _FILLER)
_SPACELESS_KNOWN = frozenset(word for word in _KNOWN if spaceless(word))
_LONGEST_PHRASE = max((len(phrase.split()) for phrase in HEADING_PHRASES), default=1)


def _heading_words(text: str) -> list[str]:
    """A heading's words in lower case (a Turkish "İ" as "i"), a known phrase of several words
    as one ("dane osobowe", "chứng chỉ"), and a run of a spaceless script as the known words
    it is made of ("资格证书" as "资格", "证书")."""
    words: list[str] = []
    for word in (found.lower().replace("i\u0307", "i") for found in _WORD.findall(text)):
        pieces = None
        if word not in _KNOWN and spaceless(word):
            pieces = segmented(word, _SPACELESS_KNOWN)
        words.extend(pieces or [word])
    joined: list[str] = []
    index = 0
    while index < len(words):
        for size in range(min(_LONGEST_PHRASE, len(words) - index), 1, -1):
            phrase = " ".join(words[index : index + size])
            if phrase in HEADING_PHRASES:
                joined.append(phrase)
                index += size
                break
        else:
            joined.append(words[index])
            index += 1
    return joined


# "4.1 Certificates held", "IV. Skills", "B) Education": an academic CV numbers its headings.
_SECTION_NUMBER = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|[A-H][.)])\s+(?=[^\W\d_])"
)


def lists_under_entry(text: str) -> bool:
    """Whether a heading opens a list under one entry ("Certifications earned in this role:"),
    which ends where the page comes back to the heading's margin, in the section around it."""
    return _WHERE_EARNED.search(text) is not None


def without_section_number(text: str) -> str:
    """A heading without the number an academic CV puts before it ("4.1 ", "IV. ")."""
    return _SECTION_NUMBER.sub("", text)


def unspaced_capitals(text: str) -> str:
    """A heading's capitals typed apart ("S K I L L S") read as its one word ("SKILLS"); a line
    of several such words keeps its wider gaps apart already (``text.normalise``), and where
    the gaps are all alike an "&", "+" or "/" between letters still parts two words
    ("L I C E N C E S & C E R T I F I C AT I O N S")."""
    stripped = text.strip()
    if not stripped.isupper():
        return text
    pieces = _SPACED_CONNECTOR.split(stripped)
    words, connectors = pieces[::2], pieces[1::2]
    letters = [letter for word in words for letter in word.split(" ")]
    if (
        not _SPACED_CAPITALS.match(" ".join(letters))
        or not all(_SPACED_WORD.match(word) for word in words)
        or 2 * sum(len(letter) == 1 for letter in letters) < len(letters)
    ):
        return text
    joined = ["".join(word.split(" ")) for word in words]
    return " ".join(
        part for pair in itertools.zip_longest(joined, connectors) for part in pair if part
    )


_INLINE_HEADING = re.compile(r"^\s*(?P<heading>[^:|]{3,60}?)\s*[:|]\s*(?P<rest>\S.*)$")


def inline_heading(text: str) -> tuple[Section, str] | None:
    """A heading that runs into its content on one line ("Certifications: PMP, CSM")."""
    match = _INLINE_HEADING.match(text)
    if match is None:
        return None
    # "Certification Name: …", "License title: …": a form's label for the entry's name.
    heading = _NAME_LABEL.sub("", match.group("heading"))
    section = heading_section(heading)
    if section is None:
        return None
    return section, match.group("rest")


_NAME_LABEL = re.compile(r"(?i)\s+(?:name|title)$")
