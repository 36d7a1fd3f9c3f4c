"""Post-nominal letters after a name ("Dana Reyes, CISSP, PMP", "Harriet Osei Chartered MCIPD",
"Joost van Dalen, LEED AP BD+C"): no part of the name, evidence of claims."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from extractors.catalog import load_catalog
from extractors.text import word_set

# Post-nominal letters (degrees, charters, licences) as written after a name, maybe with the
# grade a body writes before its letters ("Chartered MCIPD", "Chartered FCIPD").
POST_NOMINAL = re.compile(
    r"^(?:(?:Chartered|Certified|Registered|Licensed|Fellow)\s+)?"
    r"(?:[A-Z][A-Za-z0-9+&./-]{1,11}|\([A-Z][A-Za-z0-9+&./-]{1,11}\))$"
)
# The grade written before a body's letters, part of the post-nominal, not of the name.
_GRADES = word_set("chartered certified registered licensed fellow")
# Degrees and letters of chartered bodies the catalog has no entry for.
_DEGREES = word_set(
    "phd mba msc bsc ma ba ms bs md jd llb llm meng beng dds rn bsn msn mph cpa pe p.eng peng"
    " aca fca acma fcma frics cfp chfc esq"
)


# A body's registered or trade mark after its letters ("CFP®", "CFA™"): no part of them.
_MARKS = re.compile(r"[®™℠]+")


def post_nominal_part(part: str) -> bool:
    """One comma's worth of post-nominals: "CISSP", "Chartered MCIPD", or letters in capitals
    that a body writes as several words ("LEED AP BD+C"), which a place ("New York") is not."""
    part = _MARKS.sub("", part)
    if POST_NOMINAL.match(part):
        return True
    words = part.split()
    return 2 <= len(words) <= 3 and all(
        word.isupper() and POST_NOMINAL.match(word) for word in words
    )


def without_post_nominals(words: list[str], particles: Collection[str]) -> list[str]:
    """ "Dana Reyes CISSP PMP" → "Dana Reyes": the run of capitals after a name that credlens
    knows as post-nominals, or that follows a name written in mixed case ("Marie DE LA
    FONTAINE" keeps its capitals)."""
    end = len(words)
    # "P.Eng.", "Dipl.-Ing." are written in mixed case: known letters count as capitals do.
    while end > 2 and (
        words[end - 1].strip("()").isupper() or known_post_nominal(words[end - 1].strip("(),"))
    ):
        end -= 1
    # "Harriet Osei Chartered MCIPD": the grade before the letters goes with them, also when
    # a narrow line wrapped the letters onto the next ("Harriet Osei Chartered" / "MCIPD").
    if end > 2 and words[end - 1].lower() in _GRADES:
        return words[: end - 1] if _post_nominal_run(words, end, particles) else words
    return words[:end] if _post_nominal_run(words, end, particles) else words


def _post_nominal_run(words: list[str], end: int, particles: Collection[str]) -> bool:
    """The capitals from ``end`` on are post-nominals: known ones, or short ones after a name
    written in mixed case."""
    run = [word.strip("()") for word in words[end:]]
    before = [word for word in words[:end] if word.lower() not in particles]
    if all(known_post_nominal(word) for word in run):
        return True
    return not any(word.isupper() and len(word) > 1 for word in before) and all(
        2 <= len(word) <= 6 for word in run
    )


def known_post_nominal(word: str) -> bool:
    word = _MARKS.sub("", word)
    return word in _acronyms() or word.lower().strip(".") in _DEGREES


@cache
def _acronyms() -> frozenset[str]:
    return frozenset(acronym for entry in load_catalog().entries for acronym in entry.acronyms)
