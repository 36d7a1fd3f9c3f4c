"""Tables in a job description: a pipe (Markdown) table whose column says what each row is.

"| Skill | Required? |" with Yes/No, "| Criteria | Essential | Desirable |" with ticks, "| … |
Priority |" with Required/Preferred: the column's cell decides the row's standing and the
other cells are read for what they name. A table without such a column is read row by row.
Tables copied with tabs, typed with spaces under a standing column ("M/D") and written in
wiki markup ("||Requirement||Essential / Desirable||") are read alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
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
    # "Needed by: Day of hire / Within 6 months / Nice to have / Not needed"
    r"|(?:needed|required|due)\s+by|deadline"
    r"|(?:required|essential|must(?:[\s-]have)?)\s*(?:/|or)\s*(?:preferred|desirable|optional"
    # a hiring manager's sheet: "Must/Want"
    r"|nice(?:[\s-]to[\s-]have)?|wants?)|e\s*/\s*d|m\s*/\s*[ndo])$"
)
# A column that is itself a standing: its cell ticks or answers yes/no.
# A form's short headers too: "REQ", "PREF", and "N/A" (a tick there: the row asks nothing).
_REQUIRED_COLUMN = re.compile(
    r"(?i)^(?:required|mandatory|essential|must(?:[\s-]haves?)?|needed|req(?:'?d)?\.?)$"
)
_PREFERRED_COLUMN = re.compile(r"(?i)^(?:pref(?:'?d)?\.?|des\.?)$")
_NONE_COLUMN = re.compile(r"(?i)^(?:n/?a|not\s+(?:needed|required|applicable))$")
# A form's tick box: "[X]" ticked, "[ ]" not (says nothing of its own).
_BOX = re.compile(r"^\[\s*([^\[\]\s]?)\s*\]$")
_RULE = re.compile(r"^\|?[\s:|-]*-[\s:|-]*$")
_GRID_BORDER = re.compile(r"^\+(?:[-=:]+\+)+$")
_YES = frozenset({"yes", "y", "✓", "✔", "✅", "☑", "x", "•", "*", "true", "required", "essential"})
_NO = frozenset({"no", "n", "✗", "✘", "❌", "-", "–", "—", "false"})
_VALUES = "values"
# A priority or importance column ranks: "High" is needed, "Medium" and "Low" are wanted (in a
# "Level" column they are a proficiency).
_RANKS = "ranks"
_RANKING = re.compile(r"(?i)^(?:priority|importance)$")
_LOWER = frozenset({"medium", "med", "low"})
# "Yes – within six months", "No, we will teach it".
_ANSWER = re.compile(r"^(yes|no)\b")


@dataclass(frozen=True)
class TableRow:
    """One line of a table: its cells to read, each with the standing its column gives it
    (None: the row's), and what the row's tick or priority cell says (None when nothing).
    A header or a rule has no cells."""

    cells: tuple[tuple[str, Standing | None], ...] = ()
    standing: Standing | None = None


# A row that says it is the role advertised: "Analyst II (this role)", "L3 ← you".
_THIS_ROLE = re.compile(
    r"(?i)\(\s*(?:this|your)\s+(?:role|position|job|post|vacancy|level|grade)\s*\)"
    r"|(?:←|<-{1,2})\s*(?:you|this\s+(?:role|position|job))\b"
)


def table_rows(lines: Sequence[str]) -> dict[int, TableRow]:
    """The table rows among the lines, by line number: pipe tables, and tab-separated ones
    (a table copied from a document) whose header names a standing ("Essential", "Desirable").
    In a table of levels or grades where one row says it is this role ("(this role)"), the
    other rows are other roles' and name nothing."""
    rows = _rows(lines)
    table: list[int] = []
    for number in [*sorted(rows), -2]:
        if table and number != table[-1] + 1:
            if any(_THIS_ROLE.search(lines[row]) for row in table):
                for row in table:
                    if not _THIS_ROLE.search(lines[row]):
                        rows[row] = TableRow()
            table = []
        table.append(number)
    return rows


def _rows(lines: Sequence[str]) -> dict[int, TableRow]:
    rows: dict[int, TableRow] = {}
    columns: list[Standing | str | None] | None = None
    bare = False  # a Markdown table without its outer pipes ("Skill | Required?")
    for number, line in enumerate(lines):
        stripped = EMPHASIS.sub("", line).strip()
        following = lines[number + 1].strip() if number + 1 < len(lines) else ""
        if columns is None:
            bare = "|" in stripped and "|" in following and bool(_RULE.match(following))
        piped = stripped.startswith("|") or (bare and "|" in stripped)
        # A grid table's borders ("+------+-----+", "+======+") are its rules.
        if _GRID_BORDER.match(stripped):
            rows[number] = TableRow()
            continue
        if not piped and "\t" not in stripped:
            columns = None
            continue
        if _RULE.match(stripped):
            rows[number] = TableRow()
            continue
        cells = _cells(stripped, "|" if piped else "\t")
        if columns is None:
            header = [_column(cell) for cell in cells]
            if piped:
                header = _worded_columns(header, lines, number)
            named = any(column is not None for column in header)
            if named or (piped and _RULE.match(following)):
                columns = header
                rows[number] = TableRow()
                continue
            if not piped:
                continue
            columns = header
        rows[number] = _row(cells, columns)
    return rows


# A cell that is nothing but a standing: "required", "preferred", "nice to have", "not needed".
_STANDING_CELL = re.compile(
    r"(?i)^(?:required|mandatory|essential|must(?:[\s-]have)?|preferred|desirable|optional"
    r"|nice[\s-]to[\s-]have|bonus|a\s+plus|not\s+(?:required|needed))$"
)


def _worded_columns(
    header: list[Standing | str | None], lines: Sequence[str], number: int
) -> list[Standing | str | None]:
    """The header's columns, with one whose name says nothing but whose every cell below is a
    standing word ("| language | level | outcome |" over "| German | B2 | preferred |") made
    a column of standing words."""
    below: list[list[str]] = []
    for line in lines[number + 1 :]:
        stripped = EMPHASIS.sub("", line).strip()
        if not stripped.startswith("|"):
            break
        if not _RULE.match(stripped):
            below.append(_cells(stripped, "|"))
    worded = list(header)
    for index, column in enumerate(header):
        cells = [row[index].strip(" .") for row in below if index < len(row) and row[index].strip()]
        if column is None and cells and all(_STANDING_CELL.match(cell) for cell in cells):
            worded[index] = _VALUES
    return worded


def _row(cells: list[str], columns: list[Standing | str | None]) -> TableRow:
    standing: Standing | None = None
    kept: list[tuple[str, Standing | None]] = []
    for index, cell in enumerate(cells):
        column = columns[index] if index < len(columns) else None
        mark = _cell_standing(cell, column) if column is not None else None
        standing = standing or mark
        if cell and column not in (_VALUES, _RANKS):
            # Under "Essential" a cell that is no tick is itself an essential criterion
            # ("Yes - CompTIA Security+" is both).
            kept.append((cell, mark or (column if isinstance(column, Standing) else None)))
    return TableRow(tuple(kept), standing)


def _cells(row: str, separator: str) -> list[str]:
    if separator == "|":
        # Confluence and Jira wiki markup heads its columns with "||Requirement||Priority||".
        row = row.strip()
        row = (row.replace("||", "|") if row.startswith("||") else row).strip("|")
    return [cell.strip() for cell in row.split(separator)]


def _column(header: str) -> Standing | str | None:
    """What a header makes of its column: a standing its ticks mean, a column of standing
    words, or nothing (a column to read)."""
    name = header.strip().rstrip("?").strip()
    if _VALUES_COLUMN.match(name):
        return _RANKS if _RANKING.match(name) else _VALUES
    if _REQUIRED_COLUMN.match(name):
        return Standing.REQUIRED
    if _PREFERRED_COLUMN.match(name):
        return Standing.PREFERRED
    if _NONE_COLUMN.match(name):
        return Standing.IGNORED
    if len(name.split()) <= 4 and PREFERRED_HEADING.fullmatch(name):
        return Standing.PREFERRED
    return None


def _cell_standing(cell: str, column: Standing | str) -> Standing | None:
    """What a tick, a yes or no, or a standing word in a standing column says; None for a
    cell that says something else."""
    value = cell.strip().strip(".").casefold()
    box = _BOX.match(value)
    if box:
        value = box.group(1)
    if not value:
        return None
    if column is Standing.IGNORED:
        # a tick under "N/A" asks for nothing; anything else there says nothing
        return Standing.IGNORED if value in _YES else None
    answer = _ANSWER.match(value)
    if isinstance(column, Standing) and (value in _YES | _NO or answer):
        other = Standing.PREFERRED if column is Standing.REQUIRED else Standing.REQUIRED
        yes = value in _YES or (answer is not None and answer.group(1) == "yes")
        return column if yes else other
    if len(value.split()) > 4:
        return None
    # "Not needed" in a standing column: the row asks for nothing.
    if _NOT_NEEDED.fullmatch(value):
        return Standing.IGNORED
    lower = value in ("d", "want", "wanted") or (column == _RANKS and value in _LOWER)
    if PREFERRED_CLAUSE.search(value) or PREFERRED_HEADING.search(value) or lower:
        return Standing.PREFERRED
    # "M" (mandatory) in a tender's "M/D" column, "E" (essential) in an "E/D" one.
    if REQUIRED_CLAUSE.search(value) or value in ("e", "m", "high", "yes", "critical"):
        return Standing.REQUIRED
    return None


_NOT_NEEDED = re.compile(r"not\s+(?:needed|necessary|applicable)|n/a")


# A table typed with spaces: cells two or more spaces apart.
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")
_SPACED_RULE = re.compile(r"^[\s=+-]*[=-]{3,}[\s=+-]*$")


def fixed_width_tables(text: str) -> str:
    """A table typed in a fixed-width font ("No.   Requirement      Min. yrs   M/D") as a pipe
    table, each cell under the header cell it starts below, so a tick in a "Desirable"
    column is that column's: from a header that names a standing column (three cells or
    more, or two with a rule of dashes or equals signs beside it) down to a blank line."""
    if "  " not in text:
        return text
    lines = text.split("\n")
    starts: list[int] | None = None
    for number, line in enumerate(lines):
        # (a line with tabs is a copied table's, read as such)
        if not line.strip() or "\t" in line:
            starts = None
            continue
        cells = [(m.start(), m.group()) for m in _SPACED_CELL.finditer(line)]
        if starts is None:
            if len(cells) >= 2 and "  " in line.strip() and _heads_table(lines, number, cells):
                starts = [start for start, _ in cells]
                lines[number] = _piped(cell for _, cell in cells)
            continue
        if _SPACED_RULE.match(line):
            lines[number] = _piped("---" for _ in starts)
            continue
        row = [""] * len(starts)
        for start, cell in cells:
            column = max((i for i, at in enumerate(starts) if at <= start + 2), default=0)
            row[column] = f"{row[column]} {cell}".strip()
        lines[number] = _piped(row)
    return "\n".join(lines)


def _heads_table(lines: list[str], number: int, cells: list[tuple[int, str]]) -> bool:
    if not any(_column(cell) is not None for _, cell in cells):
        return False
    beside = [lines[n] for n in (number - 1, number + 1) if 0 <= n < len(lines)]
    return len(cells) >= 3 or any(_SPACED_RULE.match(line) for line in beside)


def _piped(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cells) + " |"
