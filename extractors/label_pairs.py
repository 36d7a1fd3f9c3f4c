"""A field's label written in two languages ("Organisme / Issuer :", "Obtenu / Issued :",
"N° / No. :"), as a bilingual CV labels each field: the label is one field's, however many
languages name it. A recruiter reads it in the language they know; credlens reads it in the
one of its two halves that it knows as a label."""

from __future__ import annotations

import re

from extractors.claim_text import FIELD_LINE, ISSUER_LABEL

# Two labels of a few words each, no digit, apart by a slash with spaces around it, then the
# colon that ends a label ("Valide jusqu'à / Valid until :"); a list's marker may go before.
_PAIR = re.compile(
    r"""(?x)^(?P<lead>\s*(?:[•▪·*–-]\s+)?)
    (?P<first>[^\W\d_][^/:\t\d]{0,30}?)\s+/\s+(?P<second>[^\W\d_][^/:\t\d]{0,30}?)(?=\s*:)"""
)


def one_language_label(text: str) -> str:
    """A line that opens with a label in two languages, with the first of the two that reads
    as a field's label ("Issuer : The Linux Foundation"); any other line as it is."""
    match = _PAIR.match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    for half in (match.group("first"), match.group("second")):
        line = f"{match.group('lead')}{half}{rest}"
        if FIELD_LINE.match(line) or ISSUER_LABEL.search(line):
            return line
    return text
