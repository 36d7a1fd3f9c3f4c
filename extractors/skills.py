"""Skills a résumé mentions, under the names of the skills list shipped with credlens."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from extractors.catalog import Skill
from extractors.claim_text import ClaimLine
from extractors.phrases_on_demand import PhrasesOnDemand
from extractors.sections import Section
from extractors.tokens import english

# Skills sections list skills; elsewhere a skill must be written as a name ("Python",
# "PostgreSQL"), not as a common word that happens to be an alias ("cloud").
_LISTING_SECTIONS = frozenset({Section.SKILLS})
_IGNORED_SECTIONS = frozenset({Section.EDUCATION, Section.AWARDS})
_PROPER = re.compile(r"[A-Z0-9+#]")


class SkillFinder:
    """Matches skill names and aliases: any case in skills sections, as written elsewhere."""

    def __init__(self, skills: Sequence[Skill]) -> None:
        self._nlp = english()  # imports spaCy (tokens.import_spacy)
        # Added when a line could hold them (see ``PhrasesOnDemand``).
        self._any_case = PhrasesOnDemand(self._nlp, attr="LOWER")
        self._as_written = PhrasesOnDemand(self._nlp, attr="ORTH")
        self._names: list[str] = []
        for number, skill in enumerate(skills):
            self._names.append(skill.name)
            written = [skill.name, *skill.aliases]
            key = str(number)
            self._any_case.add(key, written)
            proper = [name for name in written if _PROPER.search(name) and len(name) > 1]
            if proper:
                self._as_written.add(key, proper)

    def find(self, lines: Sequence[ClaimLine]) -> tuple[str, ...]:
        """Each skill mentioned, once, in the order first mentioned."""
        found: dict[str, None] = {}
        for line in lines:
            if line.section in _IGNORED_SECTIONS:
                continue
            matcher = self._any_case if line.section in _LISTING_SECTIONS else self._as_written
            doc = self._nlp.make_doc(line.text)
            for match_id, start, end in _longest(matcher(doc)):
                if _inside_word(doc, start, end):
                    continue
                found[self._names[int(self._nlp.vocab.strings[match_id])]] = None
        return tuple(found)


def _longest(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Overlapping matches reduced to the longest ("Google Cloud" over "Google")."""
    kept: list[tuple[int, int, int]] = []
    for match in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
        if all(match[2] <= other[1] or match[1] >= other[2] for other in kept):
            kept.append(match)
    return sorted(kept, key=lambda m: m[1])


def _inside_word(doc: Any, start: int, end: int) -> bool:
    """ "Go" inside "Go-live" or a hyphenated compound is not the language."""
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    return (before == "-" and not doc[start - 1].whitespace_) or (
        after == "-" and not doc[end - 1].whitespace_
    )


@cache
def skill_finder(skills: tuple[Skill, ...]) -> SkillFinder:
    """The SkillFinder for this skills list, built once per process."""
    return SkillFinder(skills)
