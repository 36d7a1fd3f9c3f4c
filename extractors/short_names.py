"""A bracket after a credential's title that is the title's own short name, not a body's:
its capitals, the initials of its words, or a post-nominal's dotted letters."""

from __future__ import annotations

import re

_DOTTED_LETTERS = re.compile(r"(?:[A-Z][a-z]{0,4}\.\s?){2,5}")


def short_name(bracket: str, title: str) -> bool:
    """ "(LEED AP BD+C)", "(P.Eng.)": the bracket abbreviates the title before it, in capitals
    throughout or in the initials of its words, or in a post-nominal's dotted letters in any
    order ("(Pr.Sci.Nat.)", Latin's), which no body writes its name in."""
    if _DOTTED_LETTERS.fullmatch(bracket):
        return True
    words = bracket.split()
    if len(words) > 1 and all(not any(c.islower() for c in word) for word in words):
        return True
    capitals = "".join(c for c in bracket if c.isupper())
    initials = iter(word[0] for word in re.findall(r"[A-Z][\w+]*", title[: title.rfind("(")]))
    return len(capitals) >= 2 and all(capital in initials for capital in capitals)


def initials_of(bracket: str, title: str) -> bool:
    """The bracket is the initials of the title's words, its small words aside ("Certified
    Data Centre Professional" and "CDCP")."""
    words = [word for word in re.findall(r"[\w&]+", title) if word not in SMALL_WORDS]
    return len(words) >= 2 and "".join(word[0] for word in words).upper() == bracket.upper()


SMALL_WORDS = frozenset({"of", "in", "and", "for", "the", "to", "on", "&"})
