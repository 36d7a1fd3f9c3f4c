"""How many of a list's alternatives a role needs: "at least two of the following: CISSP,
CISM, CISA, CRISC" is one requirement met by any two of its names, not four requirements nor
one met by any single name."""

from __future__ import annotations

import re

from extractors.role_joins import ONE_OF_LIST
from extractors.role_model import Requirement, RequirementKind
from extractors.role_text import (
    BULLET,
)
from extractors.text import normalise

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_N = r"(two|three|four|five|six|[2-9])"
# "at least two", "any two", "a minimum of 2", "two or more", "3+"; "two of the following".
_COUNT = (
    rf"(?:at\s+least|any|a\s+minimum\s+of|minimum(?:\s+of)?|min\.)\s+{_N}(?:\s+or\s+more)?"
    rf"|{_N}\s*(?:\+|or\s+more)"
    rf"|{_N}(?=\s+of\s+(?:the\s+following|these|the\s+below)\b)"
)
# What is counted, when said ("at least two certifications from"): never years or months, so
# "at least two years of Python" counts nothing.
_NOUN = (
    r"(?:\s+(?:(?:industry|professional|security|relevant|recogni[sz]ed|active|current|valid)\s+)?"
    r"(?:certifications?|certificates?|credentials?|qualifications?|designations?"
    r"|licen[cs]es?|skills|tools|technologies|languages|items))?"
)
_FROM = r"(?:\s+(?:of|from|among)(?:\s+(?:the\s+following|these|the\s+below|the\s+list(?:ed)?))?)"
# A list's heading ("At least two of the following:", "Any two of:"), anywhere in its line;
# not "6+ years, 2+ of them in payments" (what "of them" counts is said before).
_HEADING = re.compile(
    rf"(?i)\b(?:{_COUNT}){_NOUN}(?:{_FROM}(?!\s+(?:them|which|those|whom)\b){_NOUN}|(?=\s*:))"
)
# The same words right before the names they count ("any two of CISSP, CISM or CISA").
_BEFORE = re.compile(rf"(?i)\b(?:{_COUNT}){_NOUN}(?:{_FROM}{_NOUN})?[\s:(-]*(?:the\s+)?$")


def _number(match: re.Match[str]) -> int:
    written = next(group for group in match.groups() if group)
    return _NUMBERS.get(written.casefold()) or int(written)


def count_heading(line: str) -> int | None:
    """How many items of the list below it a line asks for (2 or more), if it says."""
    match = _HEADING.search(line)
    return _number(match) if match else None


def count_before(text: str) -> int | None:
    """How many of the names right after ``text`` it asks for (2 or more), if it says."""
    match = _BEFORE.search(text)
    return _number(match) if match else None


def nested_list_ends(text: str) -> list[str]:
    """The bullets that close a list of alternatives nested under a bulleted heading ("- At
    least two of the following:" over deeper bullets): the next bullet back at the heading's
    depth, as plain text. Read from the text before its lines lose their indents."""
    ends: list[str] = []
    heading_indent: int | None = None
    deeper = False
    for line in text.splitlines():
        expanded = line.expandtabs(4)
        stripped = expanded.strip()
        if not stripped:
            continue
        indent = len(expanded) - len(expanded.lstrip())
        bullet = BULLET.match(stripped) is not None
        if heading_indent is not None:
            if indent > heading_indent:
                deeper = deeper or bullet
                continue
            if bullet and deeper:
                ends.append(normalise(stripped))
            heading_indent, deeper = None, False
        if bullet and (ONE_OF_LIST.search(stripped) or count_heading(stripped) is not None):
            heading_indent = indent
    return ends


def list_alternatives(
    requirements: list[Requirement], at_least: int = 1, listed: int = 0
) -> list[Requirement]:
    """The items of a list headed "at least one of the following" as one requirement whose
    alternatives they are (required when any item is); "at least two of" needs ``at_least``
    of the ``listed`` items, some of which may name nothing known."""
    if len(requirements) < 2 and at_least == 1:
        return requirements
    if not requirements:
        return []
    required = any(each.kind is RequirementKind.REQUIRED for each in requirements)
    names = [each.text for each in requirements]
    any_of = tuple({w.key: w for each in requirements for w in each.any_of}.values())
    return [
        Requirement(
            text=f"at least {at_least} of: {', '.join(names)}"
            if at_least > 1
            else " or ".join(names),
            kind=RequirementKind.REQUIRED if required else RequirementKind.PREFERRED,
            any_of=any_of,
            or_equivalent=any(each.or_equivalent for each in requirements),
            at_least=at_least,
            named=listed if at_least > 1 and listed > len(any_of) else None,
        )
    ]


# Where a counted list written inline ends: a sentence's or a bracket's stop, or words that
# go on about it ("any two of CKA, CKAD or CKS, ideally with AKS").
_LIST_END = re.compile(
    r"[.;:!?()]|\s[-–—]\s|,?\s+(?:ideally|preferably|plus|with|including|as\s+well|because"
    r"|which|who|that)\b"
)
_ITEM_SEPARATOR = re.compile(r"(?i)\s*,\s*(?:(?:or|and)\s+)?|\s+(?:and/or|or|and)\s+")
# "or equivalent", "or similar" close a list: no item of it.
_EQUIVALENT_ITEM = re.compile(
    r"(?i)^(?:an?\s+|any\s+)?(?:other\s+)?(?:equivalent|equiv|similar|comparable)\b"
)


def inline_list(text: str, start: int) -> tuple[int, int]:
    """A counted list written inline from ``start`` (its first name): where it ends, and how
    many items it names, known or not ("CISSP, CISM or a vendor's own exam": 3)."""
    stop = _LIST_END.search(text, start)
    end = stop.start() if stop else len(text)
    items = [
        item
        for item in _ITEM_SEPARATOR.split(text[start:end])
        if item.strip() and not _EQUIVALENT_ITEM.match(item.strip())
    ]
    return end, len(items)
