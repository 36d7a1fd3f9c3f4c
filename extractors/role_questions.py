"""Questions about the role asked in a conversation (a call's transcript, a chat, an FAQ):
"And CISSP?", "What about SAFe?", "Is Jira experience necessary?". Such a question asks for
nothing by itself; its answer says whether the role wants what it names. A question to the
candidate ("Do you hold ITIL 4 Foundation? This is required.") is another thing: it asks for
what it names, as a screening question does."""

from __future__ import annotations

import re

from extractors.role_labels import without_label
from extractors.role_markers import marker_standing
from extractors.role_text import Standing

# Who asks whom: not "you" (the candidate) but the role, the team or the one asked for it.
_ROLE_QUESTION = re.compile(
    r"(?i)^\W*(?:q\s*[:.]\s*)?(?:(?:and|or|also|plus|so|then)\s+)?"
    r"(?:(?:what|how)\s+about\b|any\b|anything\b|is\b|are\b(?!\s+you\b)|does\b"
    r"|do\s+(?:they|we|i)\b|should\s+(?:they|we|i)\b|must\s+(?:they|we|i)\b"
    r"|will\s+(?:they|i)\b|would\s+(?:they|it)\b|(?=[^?\s]+(?:\s+[^?\s]+){0,3}\s*\?\s*$))"
    r"[^?]*\?\s*$"
)
# A bare name is a question only after "and", "or", "what about": "CCSP? Nice to have." in a
# list of terse lines is the list's item and its standing.
_OPENER = re.compile(r"(?i)^\W*(?:q\s*[:.]\s*)?(?:and|or|also|plus|so|then|what|how|any)\b")
_YES = re.compile(r"(?i)^\W*(?:yes|yeah|yep|yup|sure|definitely|absolutely|correct)\b[\s,.!–—-]*")
_NO = re.compile(
    r"(?i)^\W*(?:no|nope|nah)\b|^\W*(?:it's\s+|that's\s+|it\s+is\s+)?not\s+(?:needed|required"
    r"|necessary|essential|mandatory)\b(?![^.]*\b(?:nice|plus|bonus|helps?|welcome|advantage))"
    r"|^\W*(?:we|they|i)\s+(?:don't|do\s+not)\s+(?:need|require|care)\b"
)


# A question to the candidate says "you" ("Is Kubernetes your thing?"); one to the hiring
# manager about the role may too ("Do you want me to screen on CISSP?").
_TO_THE_CANDIDATE = re.compile(r"(?i)\byou(?:r|rs|'re|'ve|'d)?\b")
_TO_THE_MANAGER = re.compile(r"(?i)\b(?:do|would|should)\s+you\s+(?:want|need|require|care)\b")


def asks_about_the_role(clause: str) -> bool:
    """Whether a clause is a question about what the role wants, to someone other than the
    candidate ("And CISSP?", "What about SAFe?", "Is Kubernetes required?")."""
    text = clause.strip()
    if not text.endswith("?") or not _ROLE_QUESTION.match(text):
        return False
    if _TO_THE_CANDIDATE.search(text) and not _TO_THE_MANAGER.search(text):
        return False
    short = len(text.split()) <= 4
    return not short or bool(_OPENER.match(text)) or text.split()[0].casefold() in ("is", "are")


def answer_standing(answer: str) -> Standing | None:
    """What a reply of nothing but an answer says of the names asked about: "Must have."
    (required), "Nice to have." (preferred), "No, not for this one." (nothing: IGNORED);
    None for a reply that says more or else (a yes says what the question asked)."""
    text = without_label(answer.strip())[0].strip()
    if _NO.match(text):
        return Standing.IGNORED
    rest = _YES.sub("", text, count=1)
    if not rest.strip(" .!"):
        return None
    return marker_standing(rest)


def says_yes(answer: str) -> bool:
    """Whether a reply opens with a yes ("Yes.", "Yes, daily."): the names asked about keep
    the standing the question gave them, unless the rest of the reply says another."""
    return bool(_YES.match(without_label(answer.strip())[0].strip()))
