"""Tables in plain text, read row by row like any other table: fixed-width ones (an ATS
export), Markdown pipe tables and grid tables ("+----+----+" rules between rows whose cells wrap
over several lines, as pandoc writes a table into text).

A header row of column labels ("CREDENTIAL   ISSUER   ISSUED   EXPIRES   ID") gives the
columns by where its labels start. A line below it with values in most columns starts a row; a
line with values only where the row above ran out of room is that row's cells wrapped; a
labelled line below a row ("Verification URL: …") belongs to that row. The table ends at the
first line that is none of these.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from extractors.claim_text import ORGANISATION, STRONG_SEPARATORS
from extractors.dates import only_dates_in
from extractors.models import Line
from extractors.tables import is_header_row, join_cell_lines, names_no_credential, table_lines
from extractors.text import expand_tabs, normalise, wide_gaps_as_tabs
from extractors.text_asciidoc import asciidoc_table_at, is_asciidoc, plain_asciidoc
from extractors.text_columns import columns_read_down
from extractors.text_markup import plain_markup
from extractors.text_references import references_inline
from extractors.text_tabs import tab_table_at, tab_table_rows

# A line that hangs under a row with a label of its own: "Verification URL: https://…".
# A Markdown link, and a pipe table's ruler cell ("---", ":--:").
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")
# Markdown's strong emphasis ("**Chartered Accountant (ACA)**"): the stars are not the title's.
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_RULER = re.compile(r"^:?-{2,}:?$|^$")
_RULE_LINE = re.compile(r"^[\s=_-]*[=_-]{3,}[\s=_-]*$")
_ROW_NOTE = re.compile(r"^\s*[A-Za-z][A-Za-z .#/-]{1,30}:\s+\S|^\s*(?:https?://|www\.)\S+\s*$")


def text_lines(text: str) -> tuple[Line, ...]:
    """The lines of a plain-text résumé, each fixed-width table as one line per row."""
    original = references_inline(text.splitlines())
    # A pasted table's tabs part its cells: kept, not set to tab stops.
    pasted = tab_table_rows(original)
    typed = [
        plain_markup((line if number in pasted else expand_tabs(line)).rstrip())
        for number, line in enumerate(original)
    ]
    if is_asciidoc(typed):
        typed = plain_asciidoc(typed)
    raw = _items_joined(columns_read_down(_unquoted(typed)))
    lines: list[Line] = []
    index = 0
    while index < len(raw):
        table = (
            asciidoc_table_at(raw, index)
            or _grid_table_at(raw, index)
            or _pipe_table_at(raw, index)
            or tab_table_at(raw, index)
            or _table_at(raw, index)
        )
        if table is None:
            plain = _plain_links(_STRONG.sub(r"\2", wide_gaps_as_tabs(raw[index])))
            parts = [Line(text=part) for part in normalise(plain).splitlines() if part]
            # A blank line parts paragraphs (one entry from the next): keep one, as an empty line.
            if not parts and lines and lines[-1].text:
                parts = [Line(text="")]
            lines.extend(parts)
            index += 1
            continue
        rows, index = table
        lines.extend(Line(text=normalise(row), table_row=True) for _, row in table_lines(rows))
    return tuple(lines)


# A list item's marker (a reference list's "[3]" too) and the spaces after it: its text starts
# where they end.
_ITEM_MARKER = re.compile(r"^(\s*)(?:[*•◦▪‣+-]|\d{1,2}[.)]|\[\d{1,3}\])\s+(?=\S)")
_WORD_CUT = re.compile(r"[^\W\d_]-$")


# "On Mon, 30 Nov 2026 at 16:02, Jo Pike <jo@example.com> wrote:" over a quoted message.
_QUOTE_INTRO = re.compile(r"(?i)\bwrote:\s*$")
_QUOTED = re.compile(r"^\s*>")


# A mail's header lines, and those naming its recipients rather than its sender.
_MAIL_FIELD = re.compile(r"(?i)^(?:from|to|cc|bcc|date|sent|subject|reply-to):\s")
_RECIPIENT = re.compile(r"(?i)^(?:to|cc|bcc|reply-to):\s")


def _mail_header(raw: Sequence[str]) -> range:
    """The rows of a mail header ("From: …", "To: …", "Subject: …") that opens the text."""
    end = 0
    while end < len(raw) and _MAIL_FIELD.match(raw[end]):
        end += 1
    return range(end) if end >= 2 else range(0)


def _unquoted(raw: Sequence[str]) -> list[str]:
    """The lines without a quoted e-mail ("On … wrote:" and its "> " lines) or the header's
    recipients: the message a CV was pasted into replies to someone else's, whose name, address
    and words are not the candidate's."""
    lines: list[str] = []
    quoting = False
    header = _mail_header(raw)
    for index, line in enumerate(raw):
        if index in header and _RECIPIENT.match(line):
            lines.append("")  # "To: Talent Team <careers@…>": whom the mail went to
            continue
        following = next((text for text in raw[index + 1 :] if text.strip()), "")
        if _QUOTE_INTRO.search(line) and _QUOTED.match(following):
            quoting = True
            line = ""
        elif quoting and _QUOTED.match(line):
            line = ""
        elif line.strip():
            quoting = False
        lines.append(line)
    return lines


def _items_joined(raw: Sequence[str]) -> list[str]:
    """Each list item on one line: the lines under an item ("* CISSP (ISC2) -- May-2021 --" /
    "  ID: 443817"), indented to where its text starts, go on with it, as in Markdown. A
    blank line, a line further left or another item ends it."""
    lines: list[str] = []
    text_at: int | None = None
    # The width the text was wrapped at: its longest line that could have been broken.
    width = max((len(line.rstrip()) for line in raw if " " in line.strip()), default=0)
    for line in raw:
        indent = len(line) - len(line.lstrip(" "))
        if (
            text_at is not None
            and line.strip()
            and indent >= text_at
            and (not _ITEM_MARKER.match(line) or _dash_wrapped(lines[-1], line, width))
        ):
            glue = "" if _WORD_CUT.search(lines[-1]) else " "
            if glue and _field_of_its_own(lines[-1], line.strip(), width):
                glue = "\t"
            lines[-1] = f"{lines[-1].rstrip()}{glue}{line.strip()}"
            continue
        marker = _ITEM_MARKER.match(line)
        text_at = marker.end() if marker and marker.end() >= 2 else None
        lines.append(line)
    return lines


def _dash_wrapped(above: str, line: str, width: int) -> bool:
    """ "* Level 2 Award for … Industry" over "  - Highfield Qualifications. Issued 2019": a dash
    that would not have fitted on the full line above is the item's own separator, wrapped
    with the text after it, not a nested item's marker."""
    dash = re.match(r"\s*[–—-]\s", line)
    return dash is not None and len(above.rstrip()) + 2 > width


def _field_of_its_own(above: str, line: str, width: int) -> bool:
    """ "Certified Bicycle Mechanic Level 2" over "Velotech Academy" or "Apr 2019 – Apr 2022":
    a body's name or dates alone on a line the one above had room for is a field the author
    set on its own line, not a wrap; so is whatever follows an item that opens with its dates
    alone ("• Dec 2016" over the title)."""
    if len(above.rstrip()) + 1 + len(line.split()[0]) > width:
        return False  # the line above was full: a wrap
    body = not STRONG_SEPARATORS.search(line) and "," not in line and ORGANISATION.search(line)
    return bool(only_dates_in(line) or body or only_dates_in(_ITEM_MARKER.sub("", above)))


def _pipe_cells(line: str) -> list[str] | None:
    """The cells of a Markdown pipe-table line ("| CISSP | ISC2 | 2020 |"); None if it is not
    one. A link's text that names no credential ("[Verify](…)") gives way to its URL."""
    text = line.strip()
    if not text.startswith("|") or text.count("|") < 3:
        return None
    cells = [cell.strip() for cell in text.strip("|").split("|")]
    return [_plain_links(cell) for cell in cells]


def _plain_links(text: str) -> str:
    """Markdown links written out: a link's text that names no credential ("[Verify](…)")
    gives way to its URL, so that the line reads as the entry's link field."""
    return _MARKDOWN_LINK.sub(
        lambda link: link[2] if names_no_credential(link[1]) else f"{link[1]} {link[2]}", text
    )


def _pipe_table_at(raw: Sequence[str], index: int) -> tuple[list[list[str]], int] | None:
    """The rows of a Markdown pipe table whose header is line ``index``, its ruler ("|---|")
    skipped, and the line after it; None when that line is not such a header."""
    header = _pipe_cells(raw[index])
    if header is None or not is_header_row(header):
        return None
    rows = [header]
    end = index + 1
    while end < len(raw) and (cells := _pipe_cells(raw[end])) is not None:
        if not all(_RULER.match(cell) for cell in cells):
            rows.append(cells)
        end += 1
    return rows, end


# A grid table's rule: "+-----+----+" between rows, "+=====+====+" under its header.
_GRID_RULE = re.compile(r"^\s*\+(?:[-=:]+\+){2,}\s*$")
_GRID_ROW = re.compile(r"^\s*\|.*\|\s*$")


def _grid_table_at(raw: Sequence[str], index: int) -> tuple[list[list[str]], int] | None:
    """The rows of a grid table whose top rule is line ``index``, and the line after it; None
    when that line is not such a rule. The rule's "+" marks are where the cells part; the lines
    between two rules are one row, each cell's lines joined (a cell wraps within its column)."""
    if not _GRID_RULE.match(raw[index]):
        return None
    marks = [position for position, char in enumerate(raw[index]) if char == "+"]
    rows: list[list[str]] = []
    cells: list[list[str]] = [[] for _ in marks[1:]]
    end = index + 1
    while end < len(raw) and (_GRID_RULE.match(raw[end]) or _GRID_ROW.match(raw[end])):
        line = raw[end]
        end += 1
        if _GRID_ROW.match(line):
            for column, (left, right) in enumerate(itertools.pairwise(marks)):
                cells[column].append(line[left + 1 : right])
            continue
        if any(cells):
            rows.append([_grid_cell(cell) for cell in cells])
        cells = [[] for _ in marks[1:]]
    return (rows, end) if rows else None


def _grid_cell(lines: Sequence[str]) -> str:
    """A grid cell's lines as one text. A word longer than its column is cut where the column
    ends ("Resuscitatio" / "n Council"): a line that is one word filling the cell, before a line
    that opens in lower case, goes on without a space."""
    pieces: list[str] = []
    for line in lines:
        text = line.strip()
        if not text:
            continue
        above = pieces[-1] if pieces else ""
        full = bool(above) and " " not in above and len(above) >= len(line) - 2
        if full and text[0].islower():
            pieces[-1] = above + text
        else:
            pieces.append(text)
    return join_cell_lines(pieces)


def _pieces(line: str) -> list[tuple[int, str]]:
    """Runs of text set apart by two spaces or more, with where each starts."""
    return [(match.start(), match.group(0)) for match in re.finditer(r"\S+(?: \S+)*", line)]


def _table_at(raw: Sequence[str], index: int) -> tuple[list[list[str]], int] | None:
    """The rows of the table whose header is line ``index``, and the line after it; None when
    that line is not a header."""
    header = _pieces(raw[index])
    if len(header) < 3 or not is_header_row([text for _, text in header]):
        return None
    starts = [start for start, _ in header]
    widest = max(len(line) for line in raw[index:])
    ends = [*(start - 2 for start in starts[1:]), widest]
    rows: list[list[list[str]]] = []
    end = index + 1
    while end < len(raw):
        line = raw[end]
        if not line.strip():
            # A blank line between rows, not after the table: the next line must be a row.
            following = next((text for text in raw[end + 1 :] if text.strip()), "")
            # An indented note ("  Verification URL: …") after it still belongs to the row.
            indented_note = following[:1].isspace() and _ROW_NOTE.match(following)
            if not rows or not (indented_note or len(_cells(following, starts)) >= 2):
                break
            end += 1
            continue
        if _RULE_LINE.match(line):
            end += 1  # the dashes under the header, or between rows: no row of their own
            continue
        cells = _cells(line, starts)
        if rows and len(cells) == 1 and _ROW_NOTE.match(line):
            rows[-1].append([line.strip()])
        # Cells wrap right under their row, never after its note: a note closes the row.
        elif rows and len(rows[-1]) == len(starts) and _wraps(rows[-1], cells, starts, ends):
            for column, value in cells.items():
                rows[-1][column].append(value)
        elif len(cells) >= 2 and 0 in cells:
            rows.append([[cells.get(column, "")] for column in range(len(starts))])
        else:
            break
        end += 1
    if not rows:
        return None
    table = [[text for _, text in header]]
    table.extend([join_cell_lines(cell) for cell in row] for row in rows)
    return table, end


def _cells(line: str, starts: Sequence[float]) -> dict[int, str]:
    """The line's text by column: each run of text goes to the column it starts in, cut again
    where it runs on over a column's start after a single space."""
    cells: dict[int, list[str]] = {}
    for start, text in _pieces(line):
        cuts = [
            int(column) - start
            for column in starts
            if start < column < start + len(text) and text[int(column) - start - 1] == " "
        ]
        bounds = [0, *cuts, len(text)]
        for left, right in itertools.pairwise(bounds):
            piece = text[left:right].strip()
            if not piece:
                continue
            position = start + left
            column = max(i for i, value in enumerate(starts) if position >= value - 1 or i == 0)
            cells.setdefault(column, []).append(piece)
    return {column: " ".join(parts) for column, parts in cells.items()}


def _wraps(
    row: list[list[str]], cells: dict[int, str], starts: Sequence[int], ends: Sequence[int]
) -> bool:
    """Fewer values than the row above, each going on from its cell there, which had no room
    left for its first word."""
    if len(cells) >= sum(1 for cell in row[: len(starts)] if cell[0]):
        return False
    for column, value in cells.items():
        if column >= len(starts):
            return False
        above = row[column][-1] if row[column] else ""
        # Exports wrap a little short of the column's width: two characters of slack.
        width = ends[column] - starts[column] - 2
        first_word = value.split()[0]
        if not above or len(above) + 1 + len(first_word) <= width:
            return False
    return True
