"""A box drawn in text around part of a job description (``+----+`` / ``| … |``, or box-drawing
characters ``┌──┐`` / ``│ … │``), made the lines a person reads in it: its borders go, a row
that goes on under the value of a labelled row above it ("Must hold: CAMS, or the ICA Diploma"
/ "           in AML") joins that row, and a box headed as hiring ("WE'RE HIRING: …", a call-out
at the end of a blog post) is the role: what is around it is the page it was put on."""

from __future__ import annotations

import re

_TOP = re.compile(r"^[ \t]*[+┌╔╭][-─━═]{3,}[+┐╗╮][ \t]*$")
_BOTTOM = re.compile(r"^[ \t]*[+└╚╰][-─━═]{3,}[+┘╝╯][ \t]*$")
_ROW = re.compile(r"^[ \t]*[|│┃║](.*?)[|│┃║]?[ \t]*$")
# A labelled row ("Must hold: CAMS, or the ICA Diploma"): where its value begins.
_LABELLED = re.compile(r"^(\s*[A-Za-z][\w /&'’-]{0,30}:[ \t]+)\S")
_HIRING = re.compile(
    r"(?i)^\W*(?:we(?:'re|’re|\s+are)\s+hiring|now\s+hiring|join\s+(?:us|the\s+team|our\s+team)"
    r"|open\s+(?:positions?|roles?)|job\s+opening|vacancy)\b"
)


def boxed_text(text: str) -> str:
    """``text`` with its boxes' rows as lines (see the module's docstring); the box alone when
    one is headed as hiring and there is text outside it."""
    lines = text.split("\n")
    out: list[str] = []
    hiring: tuple[int, int] | None = None  # where a box headed as hiring is in ``out``
    number = 0
    while number < len(lines):
        if not _TOP.match(lines[number]):
            out.append(lines[number])
            number += 1
            continue
        end = number + 1
        while end < len(lines) and _ROW.match(lines[end]) and not _BOTTOM.match(lines[end]):
            end += 1
        if end >= len(lines) or not _BOTTOM.match(lines[end]) or end == number + 1:
            out.append(lines[number])
            number += 1
            continue
        matched = (_ROW.match(line) for line in lines[number + 1 : end])
        rows = _rows([match.group(1) for match in matched if match])
        said = [row for row in rows if row.strip()]
        if hiring is None and said and _HIRING.match(said[0]):
            hiring = (len(out), len(out) + len(rows))
        out += rows
        number = end + 1
    if hiring is not None:
        outside = out[: hiring[0]] + out[hiring[1] :]
        if any(line.strip() for line in outside):
            return "\n".join(out[hiring[0] : hiring[1]])
    return "\n".join(out)


def _rows(cells: list[str]) -> list[str]:
    """A box's rows as lines, a row going on under the value of the labelled row above it
    joined to it, indentation common to all rows removed."""
    rows: list[str] = []
    value_at = 0  # where the value of the last labelled row begins, 0 when there is none
    for cell in cells:
        cell = cell.rstrip()
        indent = len(cell) - len(cell.lstrip())
        if value_at and cell.strip() and indent == value_at and rows:
            rows[-1] = f"{rows[-1]} {cell.strip()}"
            continue
        labelled = _LABELLED.match(cell)
        value_at = len(labelled.group(1)) if labelled else 0
        rows.append(cell)
    margin = min((len(row) - len(row.lstrip()) for row in rows if row.strip()), default=0)
    return [row[margin:] for row in rows]
