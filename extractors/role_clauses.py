"""A job description's line cut into clauses: its sentences, its semicolon or pipe items, and
coordinate clauses with a subject of their own."""

from __future__ import annotations

import re

# A clause coordinate with a new subject (", and we will …") is a clause of its own.
# ", so hands-on Python is a plus" too.
COORDINATE = re.compile(
    r"(?i),\s+(?:(?:and|but|while|whereas)\s+(?=(?:we|you|they|our|the\s+team)\b)|so\s+(?!that\b))"
)
# "CIA is not necessary, but familiarity with the standards is expected": what follows the
# "but" is not under the negation, unless it goes on about the same names ("…, but it is
# recognized with a pay differential").
_NEGATED_BUT = re.compile(
    r"(?i)\b(?:not|n't)\s+(?:strictly\s+|absolutely\s+)?(?:required|needed|necessary|essential"
    r"|mandatory)\b[^,;]*?(,\s+but\s+)(?!(?:(?:it|they|this|that)\s+)?(?:is|are|will|would|can"
    r"|may|does|do|counts?|helps?|moves?|earns?|gets?|puts?)\b)"
)
# Sentence ends inside a line, and clause breaks that end a list.
SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\be\.g\.)(?<!\bi\.e\.)\s+(?=[\"“‘]?[A-Z(])|;\s*|\s+\|\s+")


def clauses(content: str) -> list[str]:
    """A line's sentences, its semicolon or pipe items, and coordinate clauses with a subject
    of their own (", and we will sponsor …")."""
    return [
        piece
        for clause in _sentences(content)
        for part in COORDINATE.split(clause)
        for piece in _negation_ended(part)
        if piece.strip()
    ]


def _negation_ended(clause: str) -> list[str]:
    """A clause cut where a "but" turns from what is not needed to something else."""
    turn = _NEGATED_BUT.search(clause)
    if turn is None:
        return [clause]
    return [clause[: turn.start(1)], clause[turn.end(1) :]]


def _sentences(content: str) -> list[str]:
    """A line's sentences and items; a full stop inside brackets ends no sentence ("The group
    (PI: Prof. A. Lindqvist) develops …"). A paragraph wholly in brackets ("(Plain version:
    … Required: SQL. Not required: SAP.)") is its sentences."""
    content = _unbracketed(content)
    if "(" not in content:
        return SENTENCE_END.split(content)
    pieces: list[str] = []
    start = 0
    for end in SENTENCE_END.finditer(content):
        piece = content[start : end.start()]
        if content[end.start() - 1 : end.start()] in ".!?" and piece.count("(") > piece.count(")"):
            continue
        pieces.append(piece)
        start = end.end()
    return [*pieces, content[start:]]


def _unbracketed(content: str) -> str:
    """A line's words inside the one pair of brackets around all of them, when they are
    sentences; else the line."""
    stripped = content.strip()
    if not (stripped.startswith("(") and stripped.endswith(")")):
        return content
    depth = 0
    for index, char in enumerate(stripped):
        depth += (char == "(") - (char == ")")
        if depth == 0 and index < len(stripped) - 1:
            return content  # "(A) and (B)": two brackets, not one around the line
    inner = stripped[1:-1]
    return inner if SENTENCE_END.search(inner) else content
