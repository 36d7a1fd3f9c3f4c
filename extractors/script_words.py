"""Words of the scripts written right to left (Arabic, Hebrew, Syriac, Thaana, N'Ko).

A bilingual page from the Gulf or Israel labels each column and heading in its own script and
in English ("الجهة المانحة / Issuing body"): the English half is the label credlens reads, the
other half says that the page, and its tables, run from right to left.
"""

from __future__ import annotations

import re
import unicodedata

# Bidirectional classes of letters written right to left: Hebrew ("R") and Arabic ("AL").
_RIGHT_TO_LEFT = frozenset({"R", "AL"})
# What is left around a label once the other language's words are gone: the slash between the
# two halves, and a full stop a right-to-left line moves to the label's other end (".Cert. No").
_SEAMS = "/|:-–—.,;()\u200e\u200f\u202a\u202b\u202c\u202d\u202e "

_MOVED_STOP = re.compile(r"(^|\s)\.(?=\w)")


def right_to_left(text: str) -> bool:
    """The text holds a letter of a script written right to left."""
    return any(unicodedata.bidirectional(char) in _RIGHT_TO_LEFT for char in text)


def left_to_right_part(text: str) -> str:
    """The text without its words in a right-to-left script, and without the slash and marks
    that stood between the two halves: "Expiry / تاريخ الانتهاء" → "Expiry". A text with no
    such word comes back as it is."""
    if not right_to_left(text):
        return text
    kept = [word for word in text.split() if not right_to_left(word) and word.strip(_SEAMS)]
    # A stop the line's direction moved before its word (".No" for "No.") is dropped.
    return _MOVED_STOP.sub(r"\1", " ".join(kept)).strip(_SEAMS)
