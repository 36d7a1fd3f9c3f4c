"""Tables in a job description: a pipe (Markdown) table whose column says what each row is.

"| Skill | Required? |" with Yes/No, "| Criteria | Essential | Desirable |" with ticks, "| … |
Priority |" with Required/Preferred: the column's cell decides the row's standing and the
other cells are read for what they name. A table without such a column is read row by row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extractors.role_text import (
    EMPHASIS,
    PREFERRED_CLAUSE,
    PREFERRED_HEADING,
    REQUIRED_CLAUSE,
    Standing,
)

# A column whose cells are standing words ("Priority: Required", "E/D: D").
_VALUES_COLUMN = re.compile(
    r"(?i)^(?:priority|importance|level|type|category|status|requirement\s+(?:level|type)"
    r"|(?:required|essential|must(?:[\s-]have)?)\s*(?:/|or)\s*(?:preferred|desirable|optional"
    r"|nice[\s-]to[\s-]have)|e\s*/\s*d|m\s*/\s*n)$"
)
# A column that is itself a standing: its cell ticks or answers yes/no.
_REQUIRED_COLUMN = re.compile(r"(?i)^(?:required|mandatory|essential|must(?:[\s-]haves?)?|needed)$")
_RULE = re.compile(r"^\|?[\s:|-]*-[\s:|-]*$")
_YES = frozenset({"yes", "y", "✓", "✔", "✅", "☑", "x", "•", "*", "true", "required", "essential"})
_NO = frozenset({"no", "n", "✗", "✘", "❌", "-", "–", "—", "false"})
_VALUES = "values"


@dataclass(frozen=True)
class TableRow:
    """One line of a table: the cells to read (None for a header or a rule) and what its
    standing column says (None when nothing)."""

    text: str | None
    standing: Standing | None = None


def table_rows(lines: Sequence[str]) -> dict[int, TableRow]:
    """The table rows among the lines, by line number."""
    rows: dict[int, TableRow] = {}
    columns: list[Standing | str | None] | None = None
    for number, line in enumerate(lines):
        stripped = EMPHASIS.sub("", line).strip()
        if not stripped.startswith("|"):
            columns = None
            continue
        if _RULE.match(stripped):
            rows[number] = TableRow(None)
            continue
        cells = _cells(stripped)
        if columns is None:
            columns = [_column(cell) for cell in cells]
            following = lines[number + 1].strip() if number + 1 < len(lines) else ""
            if any(column is not None for column in columns) or _RULE.match(following):
                rows[number] = TableRow(None)
                continue
        standing: Standing | None = None
        kept: list[str] = []
        for index, cell in enumerate(cells):
            column = columns[index] if index < len(columns) else None
            if column is None:
                kept.append(cell)
            elif standing is None:
                standing = _cell_standing(cell, column)
        rows[number] = TableRow(" | ".join(cell for cell in kept if cell), standing)
    return rows


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _column(header: str) -> Standing | str | None:
    """What a header makes of its column: a standing its ticks mean, a column of standing
    words, or nothing (a column to read)."""
    name = header.strip().rstrip("?").strip()
    if _VALUES_COLUMN.match(name):
        return _VALUES
    if _REQUIRED_COLUMN.match(name):
        return Standing.REQUIRED
    if len(name.split()) <= 4 and PREFERRED_HEADING.fullmatch(name):
        return Standing.PREFERRED
    return None


def _cell_standing(cell: str, column: Standing | str) -> Standing | None:
    value = cell.strip().strip(".").casefold()
    if not value:
        return None
    if isinstance(column, Standing) and value in _YES | _NO:
        other = Standing.PREFERRED if column is Standing.REQUIRED else Standing.REQUIRED
        return column if value in _YES else other
    if PREFERRED_CLAUSE.search(value) or PREFERRED_HEADING.search(value) or value == "d":
        return Standing.PREFERRED
    if REQUIRED_CLAUSE.search(value) or value in ("e", "high", "yes"):
        return Standing.REQUIRED
    return None
