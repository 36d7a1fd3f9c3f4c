"""Where the candidate's name sits on the first page, and the name without its post-nominals.

A recruiter takes the largest short line of two to four name-like words near the contact
details, the one the e-mail address spells, wherever the layout put it: above the body, in a
sidebar on either side, in a running header or footer, under a label ("Name: …", a YAML
``title:``), after a Markdown ``#``, spaced out in capitals, or followed by post-nominals
("Dana Reyes, CISSP, PMP"). A section heading, a job title, a company, a skill or a credential
is not a name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from extractors.catalog import load_catalog, normalise_name
from extractors.mail_sender import sender_names
from extractors.models import Line
from extractors.post_nominals import (
    POST_NOMINAL,
    known_post_nominal,
    post_nominal_part,
    without_post_nominals,
)
from extractors.sections import heading_section
from extractors.text import word_set

_NAME_WORD = re.compile(r"^(?:[^\W\d_]\.|[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*\.?)$", re.UNICODE)
_PARTICLES = word_set(
    "de da di do dos das del della der den van von la le las los du bin ibn al el y e ter ten"
    # Swedish and Norwegian nobility ("Kristoffer af Klinteberg"), German "zu", "vom", "zur".
    " af av zu zum zur vom"
    # Malay, Arabic and Welsh patronymics: "Nurul Ain binti Hasbullah", "Ahmad bin Ali".
    " binti binte bint ben ap"
)
# The words that make a line a job title ("Data Analyst", "Critical Care Nurse").
_TITLE_WORDS = word_set(
    "engineer developer manager analyst designer consultant architect nurse scientist director"
    " specialist officer lead administrator coordinator technician accountant teacher"
    " programmer researcher auditor recruiter supervisor instructor lecturer professor"
    " therapist pharmacist physician paralegal attorney lawyer executive strategist advisor"
    " adviser head chief president founder owner practitioner intern"
)
# Words of job titles, companies, schools, skills and page furniture, which no name holds
# (a title word that is also a surname, Edith Head's, can still be one).
_NOT_NAMES = (_TITLE_WORDS - word_set("head chief")) | word_set(
    "curriculum vitae resume résumé cv contact profile summary page personal information"
    " confidential address phone email mobile senior junior student assistant devops software"
    " data full stack available seeking university college institute school academy inc"
    " ltd llc gmbh corp corporation company technologies solutions group updated meng bs ms"
    " bsc msc phd mba computer science engineering professional expert certified chartered"
    " licensed registered security cloud network systems infrastructure platform product"
    " project program programme operations quality marketing sales business clinical"
    " technical principal staff associate vice scrum master consulting services labs hospital"
    " health bank capital partners agency department ministry team traders trading industries"
    " international global holdings enterprises associates insurance logistics media energy"
    # Skills' nouns ("Threat Modeling", "Risk Management").
    " management analysis analytics testing development design planning governance compliance"
    " modeling modelling response automation administration monitoring architecture leadership"
    " communication strategy learning intelligence assessment auditing reporting"
    # A letter's salutation and sign-off ("Hi Joanna,", "Kind regards") around a pasted CV,
    # and its writer introducing themself ("I'm Dana Reyes": the name is what follows).
    " hi hello hey dear regards thanks cheers i'm i’m"
    # A list's standing ("In Progress", "Working On", "Currently Pursuing"): what is not held
    # yet, a heading, never a person.
    " progress working pursuing pending ongoing planned preparation"
    # A credential's field label ("Credential ID PHY0002194763"): no person's name.
    " credential credentials"
)
# The verbs an entry's sentence opens with ("Joined … as Senior Network Engineer", "Led …"),
# in the past tense, none of them a given name or a surname.
_OPENING_VERBS = word_set(
    "joined led managed worked moved promoted founded co-founded started completed obtained"
    " earned passed achieved awarded received graduated studied developed designed delivered"
    " implemented supported migrated hardened automated trained taught ran kept installed"
    " signed mentored flew built launched created established oversaw directed headed"
    " coordinated served volunteered transferred returned relocated left retired"
    " appointed hired elected qualified certified registered licensed enrolled attended"
)
# "Dana Reyes (she/her)": pronouns after the name are no part of it.
_PRONOUNS = re.compile(r"(?i)\s*\((?:[a-z]+/){1,2}[a-z]+\)\s*$")
#: An e-mail address; group 1 is the part before the "@", which often spells the name.
EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
_PROFILE_SLUG = re.compile(r"(?i)(?:linkedin\.com/in|github\.com|gitlab\.com)/([\w.-]+)")
_PHONE_LIKE = re.compile(r"(?:\+|00)?\(?\d[\d ()./-]{6,}\d")
# "Name: …", "Candidate name ....... …", "Applicant – …": a label a form or an ATS export puts.
# A form's table row ("Name | Arjun Venkataraman | Photo"): the label's cell, then the name's.
_LABEL = re.compile(
    # Other languages' labels: "Nome:" (Portuguese, Italian), "Naam:", "Imię i nazwisko:".
    r"(?i)^\s*(?:full\s+|candidate\s+|applicant\s+)?(?:name|candidate|applicant|nombre|nom"
    r"|nome|naam|imię\s+i\s+nazwisko|(?:nombre|nome|nom)\s+complet[oa]?)"
    r"\s*(?::|\.{2,}|\s[-–—]\s|(?P<cell>\t|\|))\s*(?P<value>\S.*)$"
)
# A YAML front matter's or pandoc title block's title ("title: 'Dana Reyes, CISSP'", "% …").
_FRONT_MATTER = re.compile(r"(?i)^\s*(?:title|author|name)\s*:\s*(?P<value>\S.*)$")
_PANDOC_TITLE = re.compile(r"^%\s+(?P<value>\S.*)$")
_MARKDOWN = re.compile(r"^\s*#{1,6}\s+|^\s*[*_]{1,2}|[*_]{1,2}\s*$")
# Pieces of one line set apart by a bar, a middle dot, a bullet, a spaced dash or a wide gap.
_PIECES = re.compile(r"\s*[|·•]\s*|\s+[-–—]+\s+|\t|:\s+")
# An e-mail address, a web address or a phone number on the same line as the name.
_CONTACT_TOKEN = re.compile(
    # Each from the start of a token, so that a long run without "@" is not searched again
    # from every one of its characters.
    r"(?<!\S)(?:[^\s@]+@\S+|(?:https?://|www\.)\S+|\S*?linkedin\.com/\S*)"
    r"|(?:\+|00)?\(?\d[\d ()./-]{6,}\d"
)
_FURNITURE = re.compile(
    r"(?i)^(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*(?:of|/)\s*\d+|\d+|curriculum\s+vitae|"
    r"r[eé]sum[eé]|cv|confidential|about:blank|file:/\S*"
    # A browser's printed header: the date and time of printing ("12/6/26, 9:05 AM").
    r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?(?:\s*\d{1,2}:\d{2}(?:\s*[AP]M)?)?)$"
)
_RESUME_OF = re.compile(r"(?i)^(?:curriculum\s+vitae|r[eé]sum[eé]|cv)\s*(?:of|:|[-–—])\s*")
# LinkedIn exports put a sidebar of contact details and skills before the name.
_HEAD_LINES = 30
# A page footer is the last lines of the page in reading order.
_FOOT_LINES = 3
# A name with its post-nominals fits in this many characters; a sentence does not.
_LONGEST_NAME_LINE = 90
# A name's words with its particles ("Maria de los Angeles van der Berg" has eight).
_MOST_NAME_WORDS = 8
# How far (in lines) the contact details may be from a name they belong to.
_NEAR = 4


@dataclass(frozen=True)
class _Found:
    rows: tuple[int, ...]
    name: str
    #: 3 under a label, 2 a line of its own, 1 a piece of a header or footer line.
    tier: int
    size: float
    near_contact: bool
    index: int
    #: The e-mail address or a profile link spells the surname ("dana.reyes@…").
    spelled: bool = False

    def rank(self) -> tuple[bool, int, float, bool, int]:
        return (self.spelled, self.tier, self.size, self.near_contact, -self.index)


def name_block(lines: Sequence[Line]) -> tuple[tuple[int, ...], str] | None:
    """The lines that hold the name (two or three when a narrow sidebar wrapped it: "Priya
    Raman," / "CFA, FRM") and the name without post-nominals.

    The e-mail address that spells the name decides first, then a label, a line of its own
    over a piece of a header or footer line, the larger type, nearness to the contact lines,
    and the earlier line.
    """
    hints = _identity_hints(lines)
    contact = [index for index, line in enumerate(lines) if _is_contact(line.text)]
    found: list[_Found] = []
    front_matter = _front_matter_rows(lines)
    head = _head_rows(lines)
    foot = [row for row in range(max(0, len(lines) - _FOOT_LINES), len(lines)) if row not in head]
    for index in (*sorted(head), *foot):
        line = lines[index]
        near = any(abs(index - other) <= _NEAR for other in contact if other != index)
        size = line.size or 0.0
        in_foot = index not in head
        wrapped = _wrapped_block(lines, index, hints) if not in_foot else None
        if wrapped is not None:
            found.append(_Found(wrapped[0], wrapped[1], 2, size, near, index))
            continue
        for tier, name in _readings(line.text, hints, in_front_matter=index in front_matter):
            found.append(_Found((index,), name, 1 if in_foot else tier, size, near, index))
            break
    # An e-mail's sender (its "From:", its signature, "I'm …") is the candidate it is about.
    for index, value in sender_names([line.text for line in lines]).items():
        sender = _as_name(value, hints)
        if sender is not None:
            near = any(abs(index - other) <= _NEAR for other in contact)
            found.append(_Found((index,), sender, 1, lines[index].size or 0.0, near, index))
    if not found:
        return None
    spelled = [replace(item, spelled=_spelled(item.name, hints)) for item in found]
    best = max(spelled, key=_Found.rank)
    return best.rows, best.name


def _head_rows(lines: Sequence[Line]) -> set[int]:
    """The first lines read, and the lines highest on the page: a sidebar beside a long body
    may be read after it."""
    rows = set(range(min(len(lines), _HEAD_LINES)))
    placed = sorted((line.bbox[1], index) for index, line in enumerate(lines) if line.bbox)
    return rows | {index for _, index in placed[:_HEAD_LINES]}


def _spelled(name: str, hints: Sequence[Sequence[str]]) -> bool:
    # An address spells "Dvořák" as "dvorak": the letters without their accents.
    surname = _unaccented(re.sub(r"[^\w]|\d|_", "", name.split()[-1]).casefold())
    return any(
        surname in (part.casefold() for part in parts)
        or (len(surname) >= 3 and surname in "".join(parts).casefold())
        for parts in hints
    )


def _unaccented(text: str) -> str:
    return "".join(
        char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char)
    )


def _readings(
    text: str, hints: Sequence[Sequence[str]], *, in_front_matter: bool
) -> list[tuple[int, str]]:
    """The ways one line can hold a name, the strongest first, each with its tier."""
    readings: list[tuple[int, str]] = []
    labelled = _LABEL.match(text) or (
        (_FRONT_MATTER.match(text) if in_front_matter else None) or _PANDOC_TITLE.match(text)
    )
    if labelled is not None:
        value = labelled.group("value")
        if "cell" in labelled.re.groupindex and labelled.group("cell"):
            value = re.split(r"\t|\|", value)[0]  # the cells after the name's: the form's others
        name = _as_name(value.strip().strip("\"'"), hints)
        if name is not None:
            readings.append((3, name))
    own_line = _MARKDOWN.sub("", _first_cell(text))
    name = _as_name(own_line, hints)
    if name is not None:
        readings.append((2, name))
    # "Dana Reyes dana.reyes@example.com +1 415 555 0142": the name beside bare contacts.
    plain = _CONTACT_TOKEN.sub("\t", _RESUME_OF.sub("", text.strip()))
    pieces = [piece.strip(" -–—_*=#<>()") for piece in _PIECES.split(plain)]
    pieces = [piece for piece in pieces if piece]
    for piece in pieces:
        if _FURNITURE.match(piece) or _is_contact(piece):
            continue
        cut = _before_headline(piece)
        name = None if cut == own_line else _as_name(cut, hints, strict=True)
        if name is not None:
            readings.append((1, name))
        break
    return readings


def _before_headline(piece: str) -> str:
    """ "Wei Chen, CFA, Data Analyst" → "Wei Chen, CFA", and "DANA REYES SENIOR SECURITY
    ENGINEER" (a fixed-width export's spaces made one) → "DANA REYES": a headline after the
    name is set apart by its job-title words."""
    parts = [part.strip() for part in piece.split(",")]
    for position, part in enumerate(parts[1:], start=1):
        if not POST_NOMINAL.match(part):
            if _is_headline(part):
                return ", ".join(parts[:position])
            break
    words = piece.split()
    if "," not in piece and _is_headline(piece):
        for end in range(min(4, len(words) - 1), 1, -1):
            if _is_headline(" ".join(words[end:])) and _as_name(" ".join(words[:end])):
                return " ".join(words[:end])
    return piece


def _is_headline(text: str) -> bool:
    return any(word in _TITLE_WORDS for word in text.lower().split())


def _first_cell(text: str) -> str:
    return text.split("\t")[0]


def _front_matter_rows(lines: Sequence[Line]) -> range:
    """The rows of a YAML front matter block ("---" … "---") at the top of a text résumé."""
    if not lines or lines[0].text.strip() != "---":
        return range(0)
    for index in range(1, min(len(lines), _HEAD_LINES)):
        if lines[index].text.strip() in {"---", "..."}:
            return range(1, index)
    return range(0)


def _wrapped_block(
    lines: Sequence[Line], index: int, hints: Sequence[Sequence[str]]
) -> tuple[tuple[int, ...], str] | None:
    """A name that a narrow column wrapped over two or three lines ("Dana" / "Reyes," /
    "CISSP, PMP"), or that a wide gap between its words cut in two lines side by side (the
    layout took it for a gutter: "D A N A    R E Y E S"), with the rows it covers."""
    beside = _beside_name(lines, index)
    rows = [index] if beside is None else [index, beside]
    while len(rows) < 3 and beside is None:
        below = _wrapped_below(lines, rows[-1])
        if below is None:
            break
        rows.append(below)
    for count in range(len(rows), 1, -1):
        joined = _joined_lines([_first_cell(lines[row].text) for row in rows[:count]])
        name = _as_name(joined, hints)
        if name is not None:
            return tuple(rows[:count]), name
    return None


def _joined_lines(pieces: Sequence[str]) -> str:
    """Lines of one name joined: a line ending in a hyphen ("Kwame Asante-" / "Boateng") goes
    on with the rest of its word, a double surname's second half."""
    joined = ""
    for piece in pieces:
        piece = piece.strip()
        if joined.endswith("-") and joined[-2:-1].isalpha():
            joined += piece
        else:
            joined = f"{joined} {piece}" if joined else piece
    return joined


def _beside_name(lines: Sequence[Line], index: int) -> int | None:
    """The line of the same large type on the same row, right of the line at ``index``."""
    first = lines[index]
    if first.bbox is None or first.size is None or not first.emphasised:
        return None
    for other, line in enumerate(lines):
        if line.bbox is None or line.size is None or not line.emphasised or other == index:
            continue
        same_row = (
            abs(line.bbox[1] - first.bbox[1]) <= 1.0 and abs(line.bbox[3] - first.bbox[3]) <= 1.0
        )
        if same_row and abs(line.size - first.size) <= 0.5 and line.bbox[0] >= first.bbox[2]:
            return other
    return None


def _wrapped_below(lines: Sequence[Line], index: int) -> int | None:
    """The line that continues a heading which wrapped, read next or a few lines on when a
    column beside it was read in between."""
    first = lines[index]
    for other in range(index + 1, min(len(lines), index + 4)):
        if _wrapped_name(first, lines[other]):
            return other
    return None


def _wrapped_name(first: Line, second: Line) -> bool:
    """Two lines of the same large type, one right under the other, starting at one x or
    centred on one axis (a sidebar's centred name): one heading that wrapped."""
    if first.bbox is None or second.bbox is None or first.size is None or second.size is None:
        return False
    if abs(first.size - second.size) > 0.5 or not (first.emphasised and second.emphasised):
        return False
    height = first.bbox[3] - first.bbox[1]
    gap = second.bbox[1] - first.bbox[3]
    centred = abs((first.bbox[0] + first.bbox[2]) - (second.bbox[0] + second.bbox[2])) <= 3.0
    aligned = abs(first.bbox[0] - second.bbox[0]) <= 3.0 or centred
    return -1.0 <= gap <= 0.6 * height and aligned


def _as_name(line: str, hints: Sequence[Sequence[str]] = (), *, strict: bool = False) -> str | None:
    """The name a line holds, or None. ``strict``: a piece of a longer line, whose letters
    after a comma must be post-nominals credlens knows ("San Francisco, CA" is a place)."""
    candidate = _PRONOUNS.sub("", line.strip().strip("|•·").strip())
    if not candidate or "@" in candidate or len(candidate) > _LONGEST_NAME_LINE:
        return None
    # "EMILY RODRIGUEZ, RN, BSN": the name is before the first comma of post-nominals.
    head, *rest = [part.strip() for part in re.split(r"\s*[,|]\s*", candidate)]
    rest = [part for part in rest if part]
    if rest and not all(post_nominal_part(part) for part in rest):
        return None
    # Unknown letters ("FASSA, FIA") still follow a name the e-mail address spells.
    if (
        strict
        and not all(known_post_nominal(part.strip("()")) for part in rest)
        and not (head and _spelled(head, hints))
    ):
        return None
    words = without_post_nominals(_respaced(head, hints).split(), _PARTICLES)
    # "José Luis de la Garza Treviño": particles join a name's words, they do not lengthen it.
    # In capitals ("DE LOS") a particle is known by standing between the name's words ("DAS"
    # last is a surname).
    named = [
        word
        for position, word in enumerate(words)
        if word not in _PARTICLES
        and not (0 < position < len(words) - 1 and word.isupper() and word.lower() in _PARTICLES)
    ]
    if not 2 <= len(named) <= 5 or len(words) > _MOST_NAME_WORDS:
        return None
    if any(word.lower().strip(".") in _NOT_NAMES for word in words):
        return None
    # "Joined Aire Valley Electrical …": a sentence opening with its verb, no person.
    if words and words[0].lower() in _OPENING_VERBS:
        return None
    if heading_section(candidate) is not None:
        return None
    # "dana reyes" set in lower case by design: a name when the e-mail spells the same words.
    if all(word.islower() for word in words) and any(
        tuple(word.casefold() for word in words) == tuple(part.casefold() for part in parts)
        for parts in hints
    ):
        words = [word.capitalize() for word in words]
    capitalised = 0
    for word in words:
        if word in _PARTICLES:
            continue
        if not _NAME_WORD.match(word) or not word[0].isupper():
            return None
        capitalised += 1
    if capitalised < 2:
        return None
    name = " ".join(words)
    if normalise_name(name) in _vocabulary():
        return None  # "Incident Response", "Amazon Web Services": a skill or an issuer
    return _title_if_shouting(name)


def _respaced(text: str, hints: Sequence[Sequence[str]]) -> str:
    """A name set in spaced-out capitals ("D A N A R E Y E S") or in small capitals that the
    PDF split at each change of size ("D ANA R EYES"), cut into words again where the
    e-mail address or profile spells them ("dana.reyes@…")."""
    tokens = text.split()
    if len(tokens) < 3 or sum(len(token) == 1 for token in tokens) * 2 < len(tokens):
        return text
    letters = "".join(tokens)
    for parts in hints:
        if len(parts) < 2 or "".join(parts).casefold() != letters.casefold():
            continue
        words, start = [], 0
        for part in parts:
            words.append(letters[start : start + len(part)])
            start += len(part)
        return " ".join(words)
    # Small capitals without an e-mail to go by: each capital and the smaller capitals after it.
    if len(tokens) % 2 == 0 and all(
        len(first) == 1 and len(rest) > 1 and (first + rest).isupper()
        for first, rest in zip(tokens[::2], tokens[1::2], strict=True)
    ):
        return " ".join(first + rest for first, rest in zip(tokens[::2], tokens[1::2], strict=True))
    return text


def _identity_hints(lines: Sequence[Line]) -> list[tuple[str, ...]]:
    """The name's words as the candidate's e-mail address (the first on the page: a referee's
    comes later) and their profile links spell them."""
    hints: list[tuple[str, ...]] = []
    first_email = next((m for line in lines for m in EMAIL.finditer(line.text)), None)
    slugs = [m for line in lines for m in _PROFILE_SLUG.finditer(line.text)]
    for match in (*([first_email] if first_email else []), *slugs):
        parts = tuple(part for part in re.split(r"[._-]+", match.group(1)) if part)
        if 1 <= len(parts) <= 4 and all(part.isalpha() for part in parts):
            hints.append(parts)
    return hints


def _is_contact(text: str) -> bool:
    lowered = text.lower()
    return (
        "@" in text
        or "linkedin.com" in lowered
        or bool(_PHONE_LIKE.search(text) and len(re.sub(r"\D", "", text)) >= 7)
    )


def _title_if_shouting(name: str) -> str:
    letters = [char for char in name if char.isalpha()]
    if not letters or not all(char.isupper() for char in letters):
        return name
    words = []
    parts = name.split()
    for position, word in enumerate(parts):
        if 0 < position < len(parts) - 1 and word.lower() in _PARTICLES:
            words.append(word.lower())  # "DE LA CRUZ" → "de la Cruz"; "DAS" last is a surname
        else:
            words.append(re.sub(r"[^\W\d_]+", lambda part: part.group(0).capitalize(), word))
    return " ".join(words)


@cache
def _vocabulary() -> frozenset[str]:
    """Skills, credentials and issuers by their normalised names: phrases that are no name."""
    catalog = load_catalog()
    names = [name for skill in catalog.skills for name in (skill.name, *skill.aliases)]
    for entry in catalog.entries:
        names.extend((entry.title, *entry.aliases, entry.issuer, *entry.issuer_aliases))
    return frozenset(map(normalise_name, set(names)))  # each name once: issuers repeat
