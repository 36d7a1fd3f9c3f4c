"""A credential line cut into its fields (title, issuer, dates, ID, link) by their own evidence,
wherever the commas, dashes, brackets and spaces fall."""

from __future__ import annotations

import re

from extractors.claim_text import (
    COMMA,
    FIELD_LINE,
    HAS_YEAR,
    ORGANISATION,
    STRONG_SEPARATORS,
    WEB_ADDRESS,
)
from extractors.dates import only_dates_in
from extractors.lazy_patterns import lazy_pattern
from extractors.resume_languages import ONGOING_WORDS


def split_fields(text: str, *, brackets: bool = True) -> list[str]:
    """A credential line cut into title, issuer, dates…: on dashes and bars, else on commas.

    Fields are found by their own evidence, not by the spacing around them: a date range
    ("Oct 2016 – Oct 2026") is one field whatever dash joins it, and an acronym in brackets
    closes a title ("… (CQF), Fitch Learning") whatever the punctuation after it.
    """
    # "Wine Specialist (Wine Scholar Guild, 2016) Credential ID: 8812": the entry's ID or link
    # after a bracket of fields leaves the bracket the entry's last field but these.
    close = text.rfind(")") if brackets else -1
    after = text[close + 1 :].strip() if close > 0 else ""
    if after and _id_or_link(after) and field_bracket(text[: close + 1]):
        return [*split_fields(text[: close + 1]), after]
    # "Wilderness First Responder (NOLS, 2020)": a closing bracket with a year holds fields.
    bracket = field_bracket(text) if brackets else None
    if bracket is not None and not text[: bracket[0]].strip():
        # "(DelftX (edX), 2013)" after a title: the bracket is all there is, its fields.
        return split_fields(bracket[1])
    if bracket is not None:
        head, inside = text[: bracket[0]], split_fields(bracket[1])
        fields = split_fields(head)
        # "EASA Part-66 Licence, Category B1.1 (Transportstyrelsen, 2014)", "Foundations of
        # Teaching: Being a Teacher (Commonwealth Education Trust, 2018)": with its issuer in
        # the bracket, the commas, colons and dashes before it are the title's own, unless
        # what follows one is a body, a date or a field.
        if not _field(inside[0]) and not any(
            ORGANISATION.search(field) or _field(field) for field in fields[1:]
        ):
            return [head.strip(), *inside]
        return [*fields, *inside]
    protected = _protect_bracket_colons(_protect_date_ranges(text))
    parts = [part for part in STRONG_SEPARATORS.split(protected) if part and part.strip()]
    # "2016 ⇥ Professional Engineer (PE), California Board …": a date column before the title
    # is a field of its own; the title's fields are read from what follows it.
    dated = 0
    while dated < len(parts) - 1 and only_dates_in(parts[dated].replace(_RANGE_MARK, "–")):
        dated += 1
    lead, parts = parts[:dated], parts[dated:]
    # "Wine Specialist, Wine Scholar Guild, Dec 2016 ⇥ ID: 8812": a labelled field with no date
    # (its ID) or a link after a gap is a field of its own, and no sign that the fields before
    # it are set apart by anything stronger than their commas (an "Issued …" after a dash is).
    tail: list[str] = []
    while len(parts) > 1 and _id_or_link(parts[-1]):
        tail.insert(0, parts.pop())
    if tail and len(parts) == 1:
        fields = [*lead, *split_fields(parts[0].replace(_RANGE_MARK, "–")), *tail]
        return [_restored(part) for part in fields]
    parts += tail
    if len(parts) <= 1:
        parts = [part for part in COMMA.split(parts[0] if lead else protected) if part.strip()]
    else:
        head, *rest = parts
        parts = [*_CLOSED_TITLE.split(head, maxsplit=1), *(p for r in rest for p in _dated(r))]
        # "Bridge Safety Inspection Certificate, National Highway Institute | March 2020".
        title, _, after = parts[0].rpartition(", ")
        if title and ORGANISATION.search(after):
            parts[0:1] = [title, after]
        else:
            parts = _issuer_after_comma(parts)
    return [_restored(part) for part in [*lead, *parts] if part.strip()]


def _dated(part: str) -> list[str]:
    """ "HCM (Quillon), Mar 2023" after a title's colon: a bracket that closes the subject
    before a date alone holds who issued it; the date is a field of its own."""
    pieces = _CLOSED_TITLE.split(part, maxsplit=1)
    return pieces if len(pieces) == 2 and only_dates_in(pieces[1]) else [part]


def _id_or_link(text: str) -> bool:
    """A labelled field with no date (an ID's) or a web address alone."""
    text = text.strip()
    return bool(
        (FIELD_LINE.match(text) and not HAS_YEAR.search(text)) or WEB_ADDRESS.fullmatch(text)
    )


def field_bracket(text: str) -> tuple[int, str] | None:
    """A bracket at the end of an entry that holds its fields, as where it opens (its space
    before included) and what it holds: "(NOLS, 2020)", "(Port Authority, 2019–2024)",
    "(2016)", "(Issued 2019)", brackets inside it too ("(Green Business Certification Inc.
    (GBCI), Mar 2016)"); its year a date of its own, not a version glued to a name ("(Excel
    2016)", "(ISO 27001:2013)")."""
    end = len(text.rstrip().rstrip(".").rstrip())
    if not end or text[end - 1] != ")":
        return None
    opening = _opening_bracket(text, end - 1)
    if opening is None:
        return None
    inside = text[opening + 1 : end - 1]
    if not HAS_YEAR.search(inside):
        return None
    dated = [part for part in _top_level_parts(inside) if HAS_YEAR.search(part)]
    if all(only_dates_in(part) or FIELD_LINE.match(part) for part in dated):
        return len(text[:opening].rstrip()), inside
    return None


def _issuer_after_comma(parts: list[str]) -> list[str]:
    """ "Relativity Certified Administrator, Relativity — obtenu en 2021 — N° RCA-1187": with
    the entry's labelled fields after the dash and nothing else, a name after the last comma
    before them is who issued it. A bare date after it ("…, Discovery ⇥ June 2022") leaves
    the issuer to a line of its own."""
    first_field = len(parts)
    while first_field > 1 and _field(parts[first_field - 1].replace(_RANGE_MARK, "–")):
        first_field -= 1
    rest = [part.replace(_RANGE_MARK, "–") for part in parts[first_field:]]
    if not rest or all(only_dates_in(part) for part in rest):
        return parts
    title, _, after = parts[first_field - 1].rpartition(", ")
    if not title or not _BODY_NAME.match(after):
        return parts
    return [*parts[: first_field - 1], title, after, *parts[first_field:]]


# A body's name: capitalised words, maybe joined by small ones ("Google for Education",
# "American Red Cross", "Relativity"), with no digit, slash or bracket but its short name's
# ("DelftX (edX)"); "and" joins a title's words ("Theory and Practical") more than a body's.
_BODY_NAME = re.compile(
    r"^(?!(?:Level|Part|Grade|Category|Class|Stage|Tier|Module)\b)[A-Z][\w&.'’-]*"
    r"(?: (?:(?:of|for|the|de|du|des|la|le|&) )?[A-Z][\w&.'’-]*){0,5}(?: \([\w&.-]{2,12}\))?$"
)


def _field(text: str) -> bool:
    return only_dates_in(text) or FIELD_LINE.match(text.strip()) is not None


def _opening_bracket(text: str, closing: int) -> int | None:
    """Where the bracket that closes at ``closing`` opens, brackets inside it skipped."""
    depth = 0
    for position in range(closing, -1, -1):
        depth += {")": 1, "(": -1}.get(text[position], 0)
        if depth == 0:
            return position
    return None


def _top_level_parts(text: str) -> list[str]:
    """The parts of a bracket's text between its commas and semicolons, not those of the
    brackets inside it ("Transportstyrelsen (Swedish Transport Agency), Jun 2014")."""
    parts, depth, start = [], 0, 0
    for position, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char in ",;" and depth == 0:
            parts.append(text[start:position].strip())
            start = position + 1
    parts.append(text[start:].strip())
    return parts


# A date range's dash, hidden while a line is cut into fields.
_RANGE_MARK = "\u2063"
_DATE_RANGE = lazy_pattern(
    r"(?i)(\b(?:[a-z]{3,9}\.?\s+|\d{1,2}/)?(?:19|20)\d{2})(\s*[–—-]\s*)"
    r"((?:[a-z]{3,9}\.?\s+|\d{1,2}/)?(?:19|20)\d{2}\b|present\b|now\b|today\b"
    rf"|{ONGOING_WORDS})"
)
# ") , Issuer" / "), Issuer": a bracketed acronym ends the title.
_CLOSED_TITLE = re.compile(r"(?<=\))\s*,\s+")


# A colon inside brackets, hidden while a line is cut into fields: "Gas Licence (Class G: Type A
# Appliances)" holds the licence's class, no field after a label.
_COLON_MARK = "\u2064"


def _protect_bracket_colons(text: str) -> str:
    depth, chars = 0, []
    for char in text:
        depth = max(0, depth + {"(": 1, ")": -1}.get(char, 0))
        chars.append(_COLON_MARK if char == ":" and depth > 0 else char)
    return _protect_bracket_commas("".join(chars))


# A comma inside a closed bracket of the title's own, hidden while a line is cut into fields:
# "Forklift Operator Certification (Class I, IV, V)" lists the classes the card covers; a
# bracket of fields ("(NOLS, 2020)", "(Scrum Alliance, ID 4411)") keeps its commas.
_COMMA_MARK = "\u2065"
_PLAIN_BRACKET = re.compile(r"\(([^()]*,[^()]*)\)")


def _protect_bracket_commas(text: str) -> str:
    def protected(match: re.Match[str]) -> str:
        inside = match.group(1).split(",")
        if any(
            HAS_YEAR.search(part) or ORGANISATION.search(part) or _field(part) or not part.strip()
            for part in inside
        ):
            return match.group(0)
        return match.group(0).replace(",", _COMMA_MARK)

    return _PLAIN_BRACKET.sub(protected, text)


def _restored(part: str) -> str:
    return part.replace(_RANGE_MARK, "–").replace(_COLON_MARK, ":").replace(_COMMA_MARK, ",")


def _protect_date_ranges(text: str) -> str:
    return _DATE_RANGE.sub(lambda m: f"{m.group(1)} {_RANGE_MARK} {m.group(3)}", text)
