"""A bilingual posting's line and its translation under it ask for one thing: "Java hoặc
TypeScript" over "Java or TypeScript" is one requirement with two alternatives, not that
requirement plus Java and TypeScript apart because the reader knows one language's "or" and
not the other's (or a German compound, "PMP- oder PRINCE2-Zertifizierung", hides it)."""

from __future__ import annotations

from collections.abc import Sequence

from extractors.role_model import Requirement


def _names(requirements: Sequence[Requirement]) -> frozenset[str]:
    return frozenset(wanted.key for each in requirements for wanted in each.any_of)


def one_reading(first: list[Requirement], second: list[Requirement]) -> list[Requirement] | None:
    """The requirements of a line (``first``) and of the unbulleted line right under it
    (``second``): when both name the same things, two or more, they are one text in two
    languages, read once, by the reading that joins more of them as alternatives (a language
    whose "or" is known joins them; one whose "or" is not splits them). None when they are
    not one text, or are read alike (the same requirements twice are kept once later)."""
    names = _names(first)
    if len(names) < 2 or _names(second) != names:
        return None
    if sorted(len(each.any_of) for each in first) == sorted(len(each.any_of) for each in second):
        return None
    chosen, other = (first, second) if len(first) <= len(second) else (second, first)
    return [
        each.model_copy(
            # "or a comparable qualification", said in either language
            update={
                "or_equivalent": each.or_equivalent
                or any(one.or_equivalent and _names([one]) & _names([each]) for one in other)
            }
        )
        for each in chosen
    ]
