"""A clause's parts that carry their own standing: bracketed asides ("Spark (Databricks
preferred)"), items tagged one by one ("A (required), B (preferred)"), segments saying both
("Python required, Go a plus") and an ", ideally …" tail."""

from __future__ import annotations

import re

from extractors.role_joins import AND_WORD, OR_WORD
from extractors.role_markers import NOT_NEEDED, marker_standing
from extractors.role_text import IDEAL_TAIL, PREFERRED_CLAUSE, REQUIRED_CLAUSE

_ASIDE = re.compile(r"\(([^()]*)\)")


# "A (required), B (preferred)", "Python (a plus)": a list whose items each carry their own
# tag, a bracket of nothing but a standing word.
_BRACKET = re.compile(r"\(([^()]{1,40})\)")


def _tagged_items(clause: str) -> list[tuple[int, int]]:
    """Where each tag's item is: the tag with the words back to the comma or semicolon
    before it (found tag by tag: a pattern scanning back from every position took seconds
    on a long line)."""
    items: list[tuple[int, int]] = []
    end = 0
    for tag in _BRACKET.finditer(clause):
        if marker_standing(tag.group(1)) is None:
            continue
        start = max(
            end, clause.rfind(",", end, tag.start()) + 1, clause.rfind(";", end, tag.start()) + 1
        )
        items.append((start, tag.end()))
        end = tag.end()
    return items


def _lone_item(clause: str, start: int, end: int) -> bool:
    """Whether one tagged item stands alone in a comma list ("English (fluent), German (nice
    to have)"): not the last of "A, B and C (preferred)" nor an alternative of "A, B or C"."""
    return start > 0 and not AND_WORD.search(clause[start:end]) and not OR_WORD.search(clause)


# Where a clause's segments part: commas and "but" ("Python required, Go preferred").
_SEGMENT = re.compile(r"(?i),\s*(?:but\s+|and\s+)?|\s+(?:but|and|while|whereas)\s+")


def _mixed_segments(clause: str) -> list[str]:
    """A clause whose segments say both required and preferred ("Python and SQL required,
    Go a plus"), cut after each segment that says one: the words before it share it. Empty
    when the clause says one standing or none. A negation ("Fluent English, Dutch not
    required") is its segment's alone: the words before it keep the clause's standing."""
    groups: list[str] = []
    kinds: set[bool] = set()
    start = previous = 0
    cuts = [m.start() for m in _SEGMENT.finditer(clause)] + [len(clause)]
    for cut in cuts:
        segment = clause[start:cut]
        preferred = bool(PREFERRED_CLAUSE.search(segment))
        if preferred or REQUIRED_CLAUSE.search(segment):
            negation = clause[previous:cut].lstrip(" ,")
            # split only when the negation names something of its own ("Dutch not needed"),
            # not when it only says so of what came before (", though it is not essential")
            if previous > start and NOT_NEEDED.search(negation) and not marker_standing(negation):
                groups.append(clause[start:previous])
                kinds.add(False)
                start = previous
            kinds.add(preferred or bool(NOT_NEEDED.search(segment)))
            groups.append(clause[start:cut])
            start = cut
        previous = cut
    if len(kinds) < 2:
        return []
    if start < len(clause):
        groups[-1] += clause[start:]
    return groups


def asides(clause: str) -> list[tuple[str, str | None]]:
    """A clause split from its bracketed asides that carry their own preference ("Apache
    Spark (Databricks preferred)"), into items that carry their own tags ("A (required),
    B (preferred)"), or from an ", ideally …" tail: each part with the words that decide its
    standing (None: the part's own)."""
    tail = IDEAL_TAIL.search(clause)
    if tail:
        return [*asides(clause[: tail.start()]), (clause[tail.start() :], clause[tail.start() :])]
    tagged = _tagged_items(clause)
    if len(tagged) > 1 or (tagged and _lone_item(clause, *tagged[0])):
        # the items without a tag ("SQL (3+ years), Python (a plus)") keep the clause's standing
        rest = clause
        for start, end in tagged:
            rest = rest[:start] + " " * (end - start) + rest[end:]
        items: list[tuple[str, str | None]] = [
            (clause[start:end], clause[start:end]) for start, end in tagged
        ]
        return [(rest, None), *items] if re.search(r"\w", rest) else items
    mixed = _mixed_segments(clause)
    if mixed:
        return [(segment, segment) for segment in mixed]
    own = [m for m in _ASIDE.finditer(clause) if PREFERRED_CLAUSE.search(m.group(1))]
    # an aside of nothing but standing words ("(not required, but nice)") is the clause's own
    own = [
        m
        for m in own
        if re.search(r"\w", PREFERRED_CLAUSE.sub("", m.group(1)))
        and marker_standing(m.group(1)) is None
    ]
    if not own:
        return [(clause, None)]
    blanked = clause
    for aside in own:
        blanked = blanked[: aside.start()] + " " * len(aside.group(0)) + blanked[aside.end() :]
    return [(blanked, None), *((aside.group(1), aside.group(1)) for aside in own)]
