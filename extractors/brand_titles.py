"""A credential's title whose brand is written in lower case ("dbt Analytics Engineering
Certification", "iOS App Development Certificate", "e-PRO Certification"): a title of its own,
not the wrapped tail of the line above it (``entry_lines``)."""

from __future__ import annotations

from extractors.claim_text import CREDENTIAL_WORD, STRONG_SEPARATORS, WEB_ADDRESS
from extractors.text import word_set


def lower_case_title(text: str) -> bool:
    """A title whose brand is written in lower case ("dbt Analytics Engineering Certification
    — dbt Labs", "iOS App Development Certificate"), not the wrapped tail of the line above
    ("of Ontario", "in Coaching and Mentoring"): capitalised words follow the brand and a
    credential word stands before the first separator. A brand with capitals in it ("e-PRO
    Certification") needs no third word: no wrapped tail opens with such a word."""
    words = text.split()
    short = len(words) < (2 if any(char.isupper() for char in "".join(words[:1])) else 3)
    if short or words[0].lower() in _JOINING or not words[1][:1].isupper():
        return False
    head = WEB_ADDRESS.sub("", STRONG_SEPARATORS.split(text, maxsplit=1)[0])
    return CREDENTIAL_WORD.search(head) is not None


# Words that open the wrapped tail of a title ("and Manufacturing", "of the CIPD").
_JOINING = word_set("and or of in for the to with on at by from a an & as")
