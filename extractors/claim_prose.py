"""Credentials a sentence says the candidate holds ("I hold the X from Y, awarded …"): the
verb of holding, the name in capitals, and who awarded it after "from"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.claim_fields import Found
from extractors.claim_text import OPEN_WORLD_CONFIDENCE, TRAILING_JUNK, ClaimLine
from extractors.not_held import NOT_HELD

# "I hold the Certified Crop Adviser (CCA) from American Society of Agronomy, awarded …":
# a credential woven into a sentence, by the verb of holding, its name in capitals, and who
# awarded it after "from". The name is a run of capitalised words (small joining words and a
# bracket allowed; a comma too: "Certified Safety Professional, HSE Level 3"), so a sentence's
# other words are never taken in.
_HELD_IN_PROSE = re.compile(
    r"""(?x)
    \b(?:I\s+(?:hold|have\s+held|earned|obtained|gained|achieved|received|passed)
      |(?i:holding|holder\s+of))
    \s+(?:(?i:the|a|an|my)\s+)?
    (?P<title>(?:[A-Z0-9][\w'’.:+/&-]*|\([^()]{1,40}(?:\([^()]*\))?[^()]*\)
      |(?:of|in|for|and|the|on|to|de|–|-|,)(?=\s+[A-Z(]))
      (?:,?\s+(?:[A-Z0-9][\w'’.:+/&-]*|\([^()]{1,40}(?:\([^()]*\))?[^()]*\)
      |(?:of|in|for|and|the|on|to|de|–|-|,)(?=\s+[A-Z(])))*)
    ,?\s+(?:from|by|issued\s+by|through|with)\s+
    (?P<issuer>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for|the|de|\([A-Z][^()]*\)))*)
    """
)


def prose_claims(line: ClaimLine, taken: Sequence[tuple[int, int]]) -> list[Found]:
    """Credentials a sentence says the candidate holds ("I hold the X from Y, awarded …"),
    beside those the catalog found (``taken``, their spans in the line): each with the text up
    to the sentence's end for its fields, and the name after "from" as its issuer."""
    found: list[Found] = []
    text = line.text
    for match in _HELD_IN_PROSE.finditer(text):
        start, end = match.span("title")
        if any(start < right and left < end for left, right in taken):
            continue
        title = TRAILING_JUNK.sub("", match.group("title"))
        if len(title.split()) < 2 or NOT_HELD.search(text[match.start() : end]):
            continue
        stop = re.search(r"\.(?:\s|$)(?![^(]*\))", text[match.end() :])
        segment = text[start : match.end() + stop.start() if stop else len(text)]
        claim = Found(title, title, line, segment, None, OPEN_WORLD_CONFIDENCE - 0.1)
        claim.issuer_hint = TRAILING_JUNK.sub("", match.group("issuer"))
        found.append(claim)
    return found
