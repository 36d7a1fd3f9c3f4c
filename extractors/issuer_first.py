"""An entry that opens with who issued it and a colon: "WorkSafe Victoria: Construction
Induction (Red Card) (2016)", "Academy of Sound Engineering: Live Mixing Essentials (Jun 2023)".

A recruiter reads the name before the colon as the issuer when it is a body's name (capitalised
words, no credential word in it, no date) and what follows is the credential's own name, dated,
with no issuer of its own after it. A single word before the colon is a body only when it is
known, an acronym, or the name the credential after it opens with ("Xerox: Xerox Print
Specialist"): otherwise it is a category ("Safety: Confined Space Entry").
"""

from __future__ import annotations

import re

from extractors.claim_fields import Issuers
from extractors.claim_split import split_fields
from extractors.claim_text import (
    CREDENTIAL_WORD,
    FIELD_LINE,
    HAS_YEAR,
    ORGANISATION,
    before_dates,
)
from extractors.dates import only_dates_in

# A body's name: capitalised words, maybe joined by small ones, maybe its short name in
# brackets ("Society of Safety Engineers (SSE)"); no digit. A brand in small letters may open it
# ("dbt Labs").
_BODY = re.compile(
    r"^(?:[a-z][\w.-]*\s+(?=[A-Z]))?[A-Z][\w&.'’-]*(?:\s+(?:(?:of|for|and|the|de|du|des|la|le|&)\s+)*[A-Z][\w&.'’-]*){0,7}"
    r"(?:\s+\([\w&.-]{2,12}\))?(?:,?\s+(?:Inc|Ltd|LLC|Pty\s+Ltd|GmbH|Corp|PLC)\.?)?$"
)


def names_an_issuer(text: str, issuers: Issuers) -> bool:
    """The text (a field of a line) is an issuer's name: known, an organisation, an acronym."""
    text = text.strip()
    known = issuers.pattern.fullmatch(text) if issuers.pattern is not None else None
    return bool(known or issuers.is_issuer(text) or ORGANISATION.search(text))


def _first_colon(text: str) -> int | None:
    """Where the first colon outside brackets and followed by a space stands."""
    depth = 0
    for position, char in enumerate(text):
        depth += {"(": 1, ")": -1, "[": 1, "]": -1}.get(char, 0)
        if char == ":" and depth == 0 and text[position + 1 : position + 2] in (" ", "\t"):
            return position
    return None


def issuer_before_colon(content: str, issuers: Issuers) -> tuple[str, str] | None:
    """The issuer an entry opens with before its colon, and the rest of the entry after it."""
    colon = _first_colon(content)
    if colon is None:
        return None
    head, rest = content[:colon].strip(), content[colon + 1 :].strip()
    plain = re.sub(r"\s*\([^()]*\)", "", head).strip()
    # "Plumbers Licensing Board": a body's own word makes it a body, a credential's word in it.
    if not _BODY.match(head) or not plain:
        return None
    if CREDENTIAL_WORD.search(plain) and not ORGANISATION.search(plain):
        return None
    if HAS_YEAR.search(head) or FIELD_LINE.match(head):
        return None
    # "dbt Labs: dbt Analytics Engineering Certification": a brand written in small letters
    # opens its body's name and the credential's.
    brand = head.split()[0] if head[:1].islower() else None
    if brand is not None and not rest.startswith(brand + " "):
        return None
    if not rest[:1].isupper() and not rest[:1].isdigit() and brand is None:
        return None
    # "Body: Title (2019)" is an entry written the issuer's way round; an undated "Water
    # Safety: Pool Lifeguard Certificate" is more often a topic's label and its item.
    if not HAS_YEAR.search(rest):
        return None
    fields = split_fields(rest)
    if not fields or FIELD_LINE.match(fields[0].strip()) or only_dates_in(fields[0]):
        return None
    title = before_dates(fields[0]).strip()
    # "Xerox: Xerox Print Specialist: Production": a credential named after its body.
    if title.lower().startswith(plain.lower() + " "):
        return head, rest
    # "Cloud: AWS Certified …": a known body after the colon makes the word before it a topic;
    # an issuer after the title ("…, ISC2 | 2021") makes it a category too.
    if names_an_issuer(title, issuers) or any(
        names_an_issuer(before_dates(field), issuers) and not FIELD_LINE.match(field.strip())
        for field in fields[1:]
    ):
        return None
    if len(plain.split()) == 1 and not names_an_issuer(plain, issuers):
        return None
    return head, rest


def named_again(body: str, title: str) -> bool:
    """The title after a dash opens with the body's name or its letters again: "American
    Council on Exercise (ACE) — ACE Group Fitness Instructor", "Precision Nutrition —
    Precision Nutrition Level 1 Certification". A recruiter reads the first as who awards it."""
    body, title = body.strip(), title.strip()
    # "Certified Payroll Administrator (CPA), CPA Nordic": a credential's name, not a body's.
    if credential_named(body):
        return False
    letters = re.search(r"\(([A-Z][A-Za-z0-9&]{1,9})\)$", body)
    plain = re.sub(r"\s*\([^()]*\)$", "", body)
    if letters and re.match(re.escape(letters.group(1)) + r"\b", title):
        return True
    return len(plain.split()) > 1 and title.lower().startswith(plain.lower() + " ")


def credential_named(name: str) -> bool:
    """A credential's word in the name, its short name in brackets aside ("… (APhA)")."""
    return CREDENTIAL_WORD.search(re.sub(r"\s*\([^()]*\)$", "", name.strip())) is not None
