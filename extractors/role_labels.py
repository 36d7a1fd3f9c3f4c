"""A job description's clause parted from its inline label ("Essential: …", "Nice to have -")."""

from __future__ import annotations

import re

from extractors.role_text import (
    BILINGUAL_LABEL,
    IGNORED_HEADING,
    INLINE_LABEL,
    LABEL_WORDS,
    PEOPLE_FIELD,
    PREFERRED_HEADING,
)

# "Excellent written communication skills – you'll write for …": a quality the role asks for,
# explained after a dash or a colon, is the requirement itself, not a label over one.
_QUALITY_OPENING = re.compile(
    r"(?i)^\W*(?:excellent|strong|solid|proven|deep|sound|outstanding|exceptional|demonstrated"
    r"|advanced|good)\b(?!\s+to\b)"
)

_SENTENCE_VERB = re.compile(r"(?i)\w\s+(?:is|are)\s+\w")


# "2.3 Not required: …", "4.2.2 Life support. …": a clause's outline number before its label.
_OUTLINE_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z])")


def without_label(clause: str) -> tuple[str, str | None]:
    """A clause without its inline heading ("Essential: …"), and that heading."""
    numbered = _OUTLINE_NUMBER.match(clause)
    if numbered:
        text, heading = without_label(clause[numbered.end() :])
        return (text, heading) if heading is not None else (clause, None)
    label = INLINE_LABEL.match(clause) or (
        BILINGUAL_LABEL.match(clause) if " / " in clause[:45] else None
    )
    words = label.group(1).replace("_", " ") if label else ""
    # "We'd love to see: Kafka": words that head a preferred section label one too
    # "ACLS is a plus – we see the parents too": a sentence before a dash is no label.
    if label and ":" not in label.group() and _SENTENCE_VERB.search(words):
        return clause, None
    if label and (
        (LABEL_WORDS.search(words) and not _QUALITY_OPENING.match(words))
        or PREFERRED_HEADING.search(words)
        or IGNORED_HEADING.match(words)
        or PEOPLE_FIELD.match(words)
    ):
        return clause[label.end() :], words
    return clause, None
