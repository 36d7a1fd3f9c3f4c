"""A clause's standing by its own words, and a clause of nothing but a standing word ("Nice to
have.", "Required.", "Not necessary."): the standing it gives the clause before it."""

from __future__ import annotations

import re

from extractors.role_text import (
    PREFERRED_CLAUSE,
    PREFERRED_HEADING,
    REQUIRED_CLAUSE,
    SAYS_REQUIRED,
    Standing,
)

# Words that may stand around a standing word in a clause that is nothing else ("Great, but
# not essential.", "It's required for this role.").
_MARKER_FILLER = re.compile(
    r"(?i)\b(?:it(?:'s|\s+is)?|this(?:\s+is)?|that(?:'s|\s+is)?|is|a|an|the|for|this|role|position|job"
    r"|great|but|very|really|also|absolutely|definitely|strongly|highly|would|be|and|just|only"
    r"|not|to|have|nice|good|plus|us|here|necessary|though|although|however)\b"
)


NOT_NEEDED = re.compile(
    r"(?i)\bnot\s+(?:needed|necessary|required|essential|mandatory|a\s+must|an?\s+requirement)\b"
)


def marker_standing(clause: str) -> Standing | None:
    """The standing a clause of nothing but a standing word gives the clause before it."""
    words = REQUIRED_CLAUSE.sub("", PREFERRED_HEADING.sub("", PREFERRED_CLAUSE.sub("", clause)))
    if re.search(r"\w", _MARKER_FILLER.sub("", words)):
        return None
    if PREFERRED_CLAUSE.search(clause) or PREFERRED_HEADING.search(clause):
        return Standing.PREFERRED
    # "Nice, not needed.", "Not necessary.": asked about, so wanted, but not needed.
    if NOT_NEEDED.search(clause):
        return Standing.PREFERRED
    if REQUIRED_CLAUSE.search(clause):
        return Standing.REQUIRED
    return None


def clause_standing(clause: str, current: Standing, *, own_tag: bool = False) -> Standing:
    """The standing of one clause: its own words first, then its section's. An item's own
    tag ("A (required)", "Python required, Go preferred") says required even under a
    preferred heading, and so does a clause that says it of itself ("Java is mandatory")."""
    if current is Standing.IGNORED:
        return current
    # "Essential and highly valued": saying it is needed outweighs saying it is welcome.
    if SAYS_REQUIRED.search(clause):
        return Standing.REQUIRED
    if PREFERRED_CLAUSE.search(clause):
        return Standing.PREFERRED
    if own_tag and REQUIRED_CLAUSE.search(clause):
        return Standing.REQUIRED
    return current
