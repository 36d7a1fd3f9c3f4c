"""A job description's clause parted from its inline label ("Essential: …", "Nice to have -")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.role_groups import Mention
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


# A clause opening with a label the reader does not know ("Competencies: …" after
# "Recommendation: …" in one run-on paragraph).
_OTHER_LABEL = re.compile(r"^\s*[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*:\s+\S")


def other_label(clause: str, mentions: Sequence[Mention]) -> bool:
    """Whether ``clause`` opens with a label of its own, not a name that runs over a colon
    ("Oracle Certified Professional: Java SE 17 Developer")."""
    opening = _OTHER_LABEL.match(clause)
    if opening is None:
        return False
    colon = clause.index(":", 0, opening.end())
    return not any(mention.start < colon < mention.end for mention in mentions)


# A clause's words before a colon that lead in to a list ("the following be desirable criteria:").
_LEAD_IN = re.compile(r"^[^:]{1,80}:\s+\S")


def preferred_lead_in(clause: str, label: str | None) -> bool:
    """Whether ``clause``, with no label the reader knows, leads in to the items after its colon
    (and after it on the line) with words saying they are preferred."""
    lead = _LEAD_IN.match(clause) if label is None else None
    return lead is not None and PREFERRED_HEADING.search(clause[: lead.end()]) is not None
