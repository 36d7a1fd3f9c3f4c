"""Tables read the way a person reads them: row by row, each cell whole, under its column's label.

PDF tables (found by pdfplumber's table finder) and DOCX tables go through the same rule, so a
certifications table reads alike whatever made it: the header row ("Certification | Issuer |
Issued | Credential ID") is not content, but its field labels are kept before the values they
name ("Issued 05/2020", "Credential ID 785421"), which is what tells a date of issue from an
expiry and a number from a title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Cells of one row are joined with this; claim finding splits fields on it.
CELL_SEPARATOR = " | "

# Header cells that label a field whose value says nothing by itself: dates and numbers.
_FIELD_LABEL = re.compile(
    r"""(?ix)^(?:
      (?:date\s+)?(?:issued|earned|obtained|awarded|achieved|completed|granted|certified)(?:\s+on)?
      |issue\s+date|date(?:\s+(?:earned|issued|obtained))?|since|from
      |expires?|expiry|expiration(?:\s+date)?|valid(?:\s+(?:until|through|thru|to|till))?|renewal
      |(?:credential|certificate|certification|licen[cs]e|registration|member(?:ship)?)?
        \s*(?:id|no\.?|number|\#)|id
    )\s*:?$"""
)
# Header cells that name what a column holds without being a field label themselves.
_COLUMN_NAME = re.compile(
    r"(?i)^(?:certifications?|certificates?|credentials?|licen[cs]es?|name|title|qualification"
    r"|issuer|issuing\s+(?:body|organi[sz]ation|authority)|(?:issued|awarded|granted)\s+by"
    r"|organi[sz]ation|provider"
    r"|body|authority|link|url|verify|verification|status|level|type|notes?)\s*:?$"
)
# A piece of a cell that is one token holding a digit: a wrapped credential ID or URL.
_ID_PIECE = re.compile(r"^\S*\d\S*$|^\S+[-/]$")


def join_cell_lines(lines: Sequence[str]) -> str:
    """The text of a cell whose content wrapped over several lines.

    Words that wrapped are joined with a space; an ID or URL that wrapped ("COMP00102233" /
    "4455", "AWS-SCS-" / "4471190") is joined without one.
    """
    text = ""
    for piece in (line.strip() for line in lines):
        if not piece:
            continue
        last = text.rsplit(" ", 1)[-1]
        if text and (
            (text.endswith(("-", "/")) and _ID_PIECE.match(last))
            or (
                " " not in text
                and " " not in piece
                and _ID_PIECE.match(text)
                and _ID_PIECE.match(text + piece)
            )
        ):
            text += piece
        else:
            text = f"{text} {piece}" if text else piece
    return text


def is_header_row(cells: Sequence[str]) -> bool:
    """A row of column labels: short, no digits, and every cell a label."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    if len(filled) < 2 or any(char.isdigit() for cell in filled for char in cell):
        return False
    return all(_FIELD_LABEL.match(cell) or _COLUMN_NAME.match(cell) for cell in filled)


def row_texts(rows: Sequence[Sequence[str]]) -> list[tuple[int, str]]:
    """Each content row of a table as one line, with the index of the row it came from.

    A leading header row is dropped; the labels of its date and number columns go before the
    values under them.
    """
    if not rows:
        return []
    header: Sequence[str] = ()
    start = 0
    if is_header_row(rows[0]):
        header, start = rows[0], 1
    lines: list[tuple[int, str]] = []
    for index in range(start, len(rows)):
        cells = []
        for column, cell in enumerate(rows[index]):
            value = cell.strip()
            if not value:
                continue
            label = header[column].strip().rstrip(":") if column < len(header) else ""
            if label and _FIELD_LABEL.match(label) and not value.lower().startswith(label.lower()):
                value = f"{label} {value}"
            cells.append(value)
        if cells:
            lines.append((index, CELL_SEPARATOR.join(cells)))
    return lines
