"""Catalog acronyms that are also everyday words in a posting's language: German "Sie" is not
FINRA's SIE exam, "pals" is not PALS. Such an acronym names its credential only where its
capitals set it apart: written as the catalog writes it among words that are not all
capitals, or with a credential word, its issuer or another credential beside it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.role_groups import Mention
from extractors.role_joins import CERTIFIED_BEFORE, CREDENTIAL_CUE

#: Each acronym (as the catalog writes it) and the word it also is.
EVERYDAY_WORDS: dict[str, str] = {
    "SIE": 'German "Sie" (you, she, they), in nearly every German posting',
    "PALS": 'English "pals"',
    "PEARS": 'English "pears"',
    "CAMS": 'English "cams" (cameras, camshafts)',
    "CAPA": 'Spanish, Portuguese and Italian "capa" (layer, cape)',
}
_CASEFOLDED = {word.casefold() for word in EVERYDAY_WORDS}

_EXAM_AFTER = re.compile(r"(?i)^[\s)]*(?:exam\w*|test)\b")


def is_everyday_word(name: str) -> bool:
    """Whether a catalog acronym is also an everyday word (in any case)."""
    return name.casefold() in _CASEFOLDED


def without_shouted_words(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions less an everyday-word acronym in text written all in capitals among other
    words ("WAS SIE MITBRINGEN"), unless a credential word ("SIE EXAM"), its issuer ("FINRA
    SIE", made part of the mention before) or another credential stands with it ("SIE,
    SERIES 7")."""
    if any(char.islower() for char in text) or not _other_words(text, mentions):
        return list(mentions)  # its capitals set it apart, or it stands alone ("SIE")
    credentials = [m for m in mentions if m.wanted.catalog_id is not None]
    kept: list[Mention] = []
    for mention in mentions:
        written = text[mention.start : mention.end]
        if (
            mention.wanted.catalog_id is not None
            and written in EVERYDAY_WORDS
            and len(credentials) == 1
            and not CREDENTIAL_CUE.match(text[mention.end :])
            and not _EXAM_AFTER.match(text[mention.end :])
            and not CERTIFIED_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
        ):
            continue
        kept.append(mention)
    return kept


def _other_words(text: str, mentions: Sequence[Mention]) -> bool:
    """Whether the text has words beyond the names found in it."""
    rest = list(text)
    for mention in mentions:
        rest[mention.start : mention.end] = " " * (mention.end - mention.start)
    return bool(re.search(r"[^\W\d_]{2,}", "".join(rest)))
