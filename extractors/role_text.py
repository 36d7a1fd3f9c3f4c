"""The words a job description is read with: headings, preference markers, connectors.

Kept apart from the reader (``extractors.requirements``) so the vocabulary can grow without
the logic moving; every pattern is case-insensitive unless it says otherwise.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Standing(StrEnum):
    """What a stretch of a job description says about the mentions in it."""

    REQUIRED = "required"
    PREFERRED = "preferred"
    #: About the company, the benefits or how to apply: its mentions are not requirements.
    IGNORED = "ignored"


# A heading that marks what follows as wanted but not needed.
PREFERRED_HEADING = re.compile(
    r"(?i)\b(?:prefer\w*|nice[\s-]to[\s-]haves?|bonus\w*|desir\w*|plus(?:es)?"
    r"|would\s+be\s+(?:nice|great|a\s+plus)|optional|ideally|good[\s-]to[\s-]haves?"
    r"|extra\s+credit)\b"
)
# A heading whose section says nothing about what the role needs.
IGNORED_HEADING = re.compile(
    r"(?i)^(?:about\s+(?!the\s+(?:role|job|position|team)\b|you\b)[\w .'&-]+|who\s+we\s+are"
    r"|what\s+we\s+offer|we\s+offer|our\s+offer|benefits|perks|compensation"
    r"|salary|how\s+to\s+apply|to\s+apply|equal\s+opportunit\w*.*|location|the\s+company"
    r"|why\s+(?:join|work)\b.*|our\s+story|life\s+at\b.*)$"
)
# A clause that marks its own mentions as wanted but not needed.
PREFERRED_CLAUSE = re.compile(
    r"(?i)\b(?:preferred|preferably|prefer|a\s+plus|plus\s+point|nice[\s-]to[\s-]have"
    r"|bonus|desirable|desired|advantage|advantageous|ideally|good[\s-]to[\s-]have|would\s+be\s+(?:nice|great|good)"
    r"|not\s+required|optional)\b"
)
# "Essential: …", "Nice to have: …", "Qualifications: …": a heading inline, before a colon.
INLINE_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z /&'-]{1,40}?)\s*:\s+(?=\S)")
# A list item's bullet or number, and a Markdown heading's hashes.
BULLET = re.compile(r"^\s*(?:[•◦▪▫●○■□►▸‣⁃∙·*+–—-]|\d{1,2}[.)])\s+")
MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")
# Inline labels that head what follows them on the line ("Essential: …", "Stack: …").
LABEL_WORDS = re.compile(
    r"(?i)\b(?:require\w*|must|essential|minimum|qualifications?|skills?|stack|experience"
    r"|knowledge|criteria|tools|technolog\w*|prefer\w*|nice[\s-]to[\s-]haves?|bonus\w*"
    r"|desir\w*|about|perks|benefits|location|plus|good[\s-]to[\s-]have)\b"
)
EMPHASIS = re.compile(r"\*\*|__|`")
# Sentence ends inside a line, and clause breaks that end a list.
SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<=[.!?])\s+(?=[A-Z(])|;\s*")
# Between two mentions of one requirement's alternatives.
OR_WORD = re.compile(r"(?i)(?:^|[\s,(])(?:or|either)(?=$|[\s,)])|/")
AND_WORD = re.compile(r"(?i)(?:^|[\s,(])(?:and|plus|as\s+well\s+as)(?=$|[\s,)])|&")
# Words that may stand between alternatives without splitting them ("CISA or the CISM
# certification", "Kafka or another streaming platform").
GAP_FILLER = re.compile(
    r"(?i)^(?:or|either|the|a|an|another|other|certification|certificate|certified"
    r"|credential|qualification|designation|charterholder|holder|equivalent)$"
)
# "or equivalent", "or a comparable certification", "or similar" after the last alternative.
OR_EQUIVALENT = re.compile(
    r"(?i)^[\s,;()*]*(?:[\w'-]+[\s,]+){0,5}?or\s+(?:an?\s+|any\s+)?"
    r"(?:equivalent|similar|comparable)\b"
)
# Words that make a name both a skill and a credential read as the credential.
CREDENTIAL_CUE = re.compile(
    r"(?i)^[\s)]*(?:certifi\w*|certificate|licen[cs]e\w*|credential|card|course|qualification)\b"
)
CERTIFIED_BEFORE = re.compile(r"(?i)\bcertified\s*$")
MAX_HEADING_WORDS = 7


def heading_standing(text: str, current: Standing) -> Standing | None:
    """What a heading says about the lines under it, or None when the line is no heading.

    A line is a heading when it is short and has no sentence in it, or ends in a colon;
    a heading of neither kind starts a required stretch ("Requirements", "You have").
    """
    stripped = EMPHASIS.sub("", text).strip().rstrip(":").strip()
    if not stripped or len(stripped.split()) > MAX_HEADING_WORDS or stripped[-1:] in ".,;!?":
        return None
    if not (text.rstrip().endswith(":") or stripped.isupper() or stripped[:1].isupper()):
        return None
    return label_standing(stripped, current)


def label_standing(label: str, current: Standing) -> Standing:
    """What a heading or an inline label ("Essential", "Perks") says about what it heads."""
    if IGNORED_HEADING.match(label.strip()):
        return Standing.IGNORED
    if PREFERRED_HEADING.search(label):
        return Standing.PREFERRED
    return Standing.REQUIRED


def clause_standing(clause: str, current: Standing) -> Standing:
    """The standing of one clause: its own words first, then its section's."""
    if current is Standing.IGNORED:
        return current
    if PREFERRED_CLAUSE.search(clause):
        return Standing.PREFERRED
    return current
