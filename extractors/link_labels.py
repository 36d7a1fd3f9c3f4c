"""Links listed apart from the credentials they prove, each under a short name of its own.

A résumé may list its certifications in a table or a list and its verification links after it,
each after a name the author shortened ("Verify online:" / "- MHFA: https://…", "- GCP Security
Engineer: https://…", "- Exemplar Global FS-LA: https://…"). Such a line is not a credential
of its own: its link belongs to the one credential, found elsewhere and without a link, whose
title and issuer account for every word of the short name — a word of either, or capitals that
are initials of their words in order ("MHFA" for "Mental Health First Aider").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.claim_fields import Found
from extractors.claim_text import ClaimLine
from extractors.tables import names_no_credential

# "- MHFA: https://…": an item's short name, a colon, and a web address that ends the line.
_LABEL_LINE = re.compile(
    r"^\s*(?:[-*•·▪◦]\s*)?(?P<label>\S.{0,79}?)\s*:\s+(?P<url>(?:https?://|www\.)\S+)\s*$"
)
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# A short name's capitals, maybe parted by a hyphen ("FS-LA"): initials, not a word.
_CAPITALS = re.compile(r"^[A-Z]+(?:[-&][A-Z]+)*$")
_SMALL_WORDS = frozenset(["of", "and", "for", "the", "in", "on", "with", "to", "a", "an", "&"])
_MOST_WORDS = 6


def links_by_label(found: list[Found], lines: Sequence[ClaimLine]) -> list[Found]:
    """The claims with each labelled link given to the credential its short name stands for,
    and what the label line itself was read as (the short name, a credential named by an
    acronym in it) left out."""
    for line in lines:
        match = _LABEL_LINE.match(line.text)
        if match is None or len(_WORD.findall(match["label"])) > _MOST_WORDS:
            continue
        label = match["label"]
        url = _url_of(line, match["url"])
        if names_no_credential(label) or any(
            claim.url == url for claim in found if claim.line.index != line.index
        ):
            continue
        own = [claim for claim in found if claim.line.index == line.index]
        targets = [
            claim
            for claim in found
            if claim.line.index != line.index and claim.url is None and stands_for(label, claim)
        ]
        # The label may name the credential found on its own line ("AZ-500: …"), or no one
        # credential: the link stays where it was.
        if len(targets) != 1 or any(
            claim.entry is not None and stands_for(label, claim) for claim in own
        ):
            continue
        targets[0].url = url
        found = [claim for claim in found if claim not in own]
    return found


def _url_of(line: ClaimLine, written: str) -> str:
    """The address as the line's link holds it (its scheme added), or as written."""
    bare = written.rstrip(".,;)")
    return next((link.url for link in line.links if bare in link.url), bare)


def stands_for(label: str, claim: Found) -> bool:
    """Every word of ``label`` is a word of the claim's title or issuer, or capitals that are
    initials of their words in order; the small words ("of", "with") need not be."""
    named = f"{claim.title} {claim.issuer or ''}"
    words = {word.lower() for word in _WORD.findall(named)}
    title = _initials(claim.title)
    issuer = _initials(claim.issuer or "")
    label_words = [word for word in _WORD.findall(label) if word.lower() not in _SMALL_WORDS]
    if not label_words:
        return False
    for word in label_words:
        if word.lower() in words:
            continue
        letters = word.replace("-", "").replace("&", "")
        if not _CAPITALS.match(word) or len(letters) < 2:
            return False
        if not any(_in_order(letters, initials) for initials in (title, issuer + title)):
            return False
    return True


def _initials(text: str) -> str:
    return "".join(word[0] for word in _WORD.findall(text) if word[0].isupper())


def _in_order(letters: str, initials: str) -> bool:
    """ "GCP" in "GCCPCSE": each letter found after the one before it."""
    rest = iter(initials)
    return all(letter in rest for letter in letters)
