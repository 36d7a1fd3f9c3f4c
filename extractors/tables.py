"""Tables read the way a person reads them: row by row, each cell whole, under its column's label.

PDF tables (found by pdfplumber's table finder or by their columns), DOCX tables and the
fixed-width tables of plain-text exports go through the same rule, so a certifications table
reads alike whatever made it: the header row ("Certification | Issuer | Issued | Credential
ID", "Credential | Awarded by | Obtained | Valid until | Licence No.") is not content, but what
each column holds is kept before the values it names ("Issued 05/2020", "Expires 05/2026",
"Credential ID 785421"), which is what tells a date of issue from an expiry and a number from a
title. A cell marked empty ("—", "n/a", "No expiry") holds no value, and a link cell's visible
text ("Verify", "www.credly.com") names no credential: its link belongs to the row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from itertools import pairwise

from extractors.lazy_patterns import lazy_pattern
from extractors.script_words import left_to_right_part
from extractors.sections import Section, heading_section

#: Cells of one row are joined with this; claim finding splits fields on it.
CELL_SEPARATOR = " | "


class Column(Enum):
    """What a table's column holds, as its header says."""

    TITLE = "title"
    ISSUER = "issuer"
    ISSUED = "issued"
    EXPIRES = "expires"
    ID = "id"
    LINK = "link"
    DATES = "dates"
    SKILL = "skill"
    STATUS = "status"
    OTHER = "other"


# Header words in the wordings résumés and ATS exports use, each naming one kind of column.
_HEADERS: tuple[tuple[Column, re.Pattern[str]], ...] = tuple(
    (column, lazy_pattern(rf"(?ix)^(?:{pattern})\s*[:.]?$"))
    for column, pattern in (
        (
            Column.EXPIRES,
            r"""(?:date\s+of\s+)?(?:expires?|expiry|expiration|exp\.?)(?:\s+(?:date|on))?
            |valid\s+(?:until|through|thru|to|till)|renewal(?:\s+(?:date|due))?
            |renew(?:s|\s+by)?|good\s+(?:through|until)|until""",
        ),
        (
            Column.ISSUED,
            r"""(?:date\s+)?(?:issued|earned|obtained|awarded|achieved|completed|granted
              |certified|received|acquired|passed)(?:\s+(?:on|date))?
            |(?:issue|award|completion|certification|grant)\s+date|date\s+of\s+issue
            |since|from""",
        ),
        (
            Column.ID,
            r"""(?:credential|certificate|certification|cert\.?|licen[cs]e|registration|member
              (?:ship)?|badge|verification|serial)?\s*(?:id|no|number|num|\#|code)
            |serial""",
        ),
        (
            Column.LINK,
            r"""link|url|verify|verification(?:\s+(?:link|url))?|(?:credential|badge|verify)
            \s+(?:link|url)|view|badge|proof""",
        ),
        (
            Column.ISSUER,
            r"""issuer|issuing\s+(?:body|organi[sz]ation|authority|institution)
            |(?:issued|awarded|granted|certified|conferred)\s+by|organi[sz]ation|provider|vendor
            |(?:accrediting|certifying|awarding)\s+(?:body|organi[sz]ation)|body|authority
            |institution|school|from\s+organi[sz]ation""",
        ),
        (
            Column.TITLE,
            r"""(?:certifications?|certificates?|credentials?|licen[cs]es?|qualifications?
              |awards?|designations?|courses?|programmes?|programs?)(?:\s+(?:name|title))?
            |name|title|credential\s+title""",
        ),
        (Column.DATES, r"dates?|years?|months?|when|period|validity|valid"),
        # A competency matrix's own columns: what is rated, and the rating.
        (
            Column.SKILL,
            r"""(?:core\s+|key\s+)?(?:competenc(?:y|ies|e|es)|skills?(?:\s+areas?)?|areas?(?:\s+of
              \s+expertise)?|expertise|proficiency|rating|self[-\s]?rating|domains?)""",
        ),
        (Column.STATUS, r"(?:current\s+|validity\s+)?(?:status|state)"),
        (Column.OTHER, r"level|type|notes?|score|hours|location|details|category"),
    )
)
# A cell that says its field is empty: a dash, "n/a", "No expiry", "does not expire".
_EMPTY_MARK = re.compile(
    r"""(?ix)^(?:[-–—‒―_.]+|n/?a|none|nil|not\s+applicable|no\s+(?:expiry|expiration|expiration
    \s+date|end\s+date|id)|does\s+not\s+expire|never(?:\s+expires)?|non[-\s]?expiring)$"""
)
# A status column's tag that says whether the credential is still valid ("Active", "Lapsed"):
# what the row's dates say of it, not a word of the claim. A lapsed credential is still the
# candidate's, as an expiry date in the past is; "In progress" or "Planned" says it is not held
# yet, and stays to say so.
_VALIDITY_TAG = re.compile(
    r"(?i)^(?:active|valid|current|verified|in\s+good\s+standing|lapsed|expired|inactive"
    r"|renewal\s+due|due\s+for\s+renewal)$"
)
# The same tag in brackets after a date column's date ("08/2025 (expired)", "03.2021 – 03.2024
# (lapsed)"): the date's status, said again, not the row's claim disowned.
_DATE_STATUS = re.compile(r"(?i)(?<=\d)\s*\((?:lapsed|expired|inactive)\)$")
_DATE_COLUMNS = (Column.ISSUED, Column.EXPIRES, Column.DATES)
# The verb a grid's entry of a credential opens with.
_OBTAINED = re.compile(r"(?i)^(?:obtained|acquired|earned|gained|received|awarded)\s+(?=\S)")
# A rating drawn in marks: "●●●●○", "★★★☆☆", "■■■□□".
_RATING = re.compile(r"^[●○◉◯◐◑⬤⚫⚪★☆✩✪✭■□▪▫◆◇⬛⬜\s]+$")
# A link cell's visible text that is only a word for "open it" or a host name.
_LINK_WORD = re.compile(
    r"""(?ix)^(?:verify|view|link|open|show|see|check|url|badge|proof|here|certificate|credential
    )(?:\s+(?:it|here|credential|badge|certificate|link|online))?\s*[→›»>↗⇗➚➔🔗]?$"""
)
_HOST_ONLY = re.compile(r"(?i)^(?:https?://)?(?:www\.?$|(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}/?$)")
# The label a column's values are read under: the wording claim finding knows.
_LABELS = {Column.ISSUED: "Issued", Column.EXPIRES: "Expires", Column.ID: "Credential ID"}
# A piece of a cell that is one token holding a digit: a wrapped credential ID or URL.
_ID_PIECE = re.compile(r"^\S*\d\S*$|^\S+[-/]$")


def column_of(header: str) -> Column | None:
    """What a header cell says its column holds; None if it is not a column label. A header of
    two names ("Certification / evidence", "Licence & registration") says what its first known
    one says. A label in two languages, one of them written right to left ("تاريخ الإصدار /
    Issued"), says what its other half says."""
    text = " ".join(left_to_right_part(header).split())
    for column, pattern in _HEADERS:
        if pattern.match(text):
            return column
    for part in _ALTERNATIVES.split(text):
        for column, pattern in _HEADERS:
            if part and pattern.match(part):
                return column
    return None


_ALTERNATIVES = re.compile(r"\s*(?:/|&|\+)\s*|\s+(?:or|and)\s+")


def is_empty_mark(value: str) -> bool:
    """A cell that says its field is empty ("—", "n/a", "No expiry")."""
    return bool(_EMPTY_MARK.match(value.strip()))


def names_no_credential(text: str) -> bool:
    """A link's visible text that is only "Verify", "View" or a host name."""
    value = text.strip()
    return bool(_LINK_WORD.match(value) or _HOST_ONLY.match(value))


# A cell that ends with an ID's label and the start of its value, and nothing else after it.
_LABELLED_VALUE = re.compile(
    r"(?i)(?:\b(?:credential|certificate|licen[cs]e)\s+(?:id|no\.?|number)|\bid\b:?|\#)\s*"
    r"[A-Za-z0-9-]+$"
)


_PLAIN_WORD = re.compile(r"^[A-Z]?[a-z]+[.:!↗→›»]*$")
_CAPITALS_AND_DIGITS = re.compile(r"^[A-Z0-9-]+$")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_ID_LABELS = frozenset({"ID", "NO", "NR", "NUMBER", "#"})
_OPENS_ADDRESS = re.compile(r"(?i)^(?:https?://|www\.)")
_ID_TOKEN = re.compile(r"^(?=[A-Za-z]*[0-9-])[A-Za-z0-9-]+$")


def join_cell_lines(lines: Sequence[str]) -> str:
    """The text of a cell whose content wrapped over several lines.

    Words that wrapped are joined with a space; an ID or URL that wrapped ("COMP00102233" /
    "4455", "AWS-SCS-" / "4471190") is joined without one.
    """
    pieces = [line.strip() for line in lines if line.strip()]
    # A narrow cell that breaks an ID anywhere ("ICAEW" / "-" / "88372" / "15"): capitals,
    # digits and hyphens only, a digit in them, and no piece that is a year or a label.
    if (
        len(pieces) > 1
        and all(_CAPITALS_AND_DIGITS.match(piece) for piece in pieces)
        and any(char.isdigit() for piece in pieces for char in piece)
        and not any(_YEAR.match(piece) or piece in _ID_LABELS for piece in pieces)
    ):
        return "".join(pieces)
    text = ""
    for piece in pieces:
        if not piece:
            continue
        last = text.rsplit(" ", 1)[-1]
        # A web address on a line of its own opens a field of its own ("CSCO1387" / "https://…").
        opens_address = _OPENS_ADDRESS.match(piece) is not None
        if (
            text
            and not opens_address
            and (
                (text.endswith(("-", "/")) and _ID_PIECE.match(last))
                # "https://www.credly.com" / "/badges/9f4c…": the address's path goes on.
                or (piece.startswith("/") and _OPENS_ADDRESS.match(last) is not None)
                # "Credential ID COMP" / "00102" / "23344": the value of an ID label is one token.
                or (_LABELLED_VALUE.search(text) and _ID_TOKEN.match(piece))
                or (
                    " " not in text
                    and " " not in piece
                    and _ID_PIECE.match(text)
                    and _ID_PIECE.match(text + piece)
                    # "2291847" / "Verify": a word after a number is the link, not the ID's end.
                    and not _PLAIN_WORD.match(piece)
                )
            )
        ):
            text += piece
        else:
            text = f"{text} {piece}" if text else piece
    return text


def join_cell_paragraphs(paragraphs: Sequence[str]) -> str:
    """The text of a cell of a word processor's table, whose paragraphs the writer broke
    on purpose: a title and its issuer under it are two fields ("Title | Issuer"), a link's
    "Verify ↗" under them names no credential. An ID broken over narrow lines still joins."""
    pieces = [piece.strip() for piece in paragraphs if piece.strip()]
    if len(pieces) > 1:
        pieces = [piece for piece in pieces if not names_no_credential(piece)]
    kept = pieces
    joined = join_cell_lines(kept)
    if len(kept) < 2 or " " not in joined or _wrapped(kept) or _labelled(kept):
        return joined
    return CELL_SEPARATOR.join(kept)


def _wrapped(pieces: Sequence[str]) -> bool:
    """Lines that read as one broken phrase: a line ending in a hyphen, a joining word or a
    comma, or the next starting in lower case."""
    return any(
        piece.endswith(("-", ",", "–", "&", "/")) or later[:1].islower()
        for piece, later in pairwise(pieces)
    )


def _labelled(pieces: Sequence[str]) -> bool:
    """A line that is only a field's label ("Credential ID", "Issued:"): its value follows."""
    return any(piece.endswith(":") or column_of(piece) is not None for piece in pieces[:-1])


def is_header_row(cells: Sequence[str]) -> bool:
    """A row of column labels: no digits, and every cell a label (but one, cut off at the
    page's edge, in a row of four labels or more)."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    if len(filled) < 2 or any(char.isdigit() for cell in filled for char in cell):
        return False
    labels = sum(1 for cell in filled if column_of(cell) is not None)
    # A label only in a right-to-left script ("م", "מס'") beside bilingual ones is a label too.
    labels += sum(1 for cell in filled if not left_to_right_part(cell)) if labels >= 2 else 0
    return labels == len(filled) or (labels >= 4 and labels == len(filled) - 1)


def names_credentials(rows: Sequence[Sequence[str]]) -> bool:
    """The table's header names a column of credentials ("Certification / evidence",
    "Licence", "Credential"), not only a "Name" or "Course" column."""
    start = 1 if len(rows) > 2 and len([c for c in rows[0] if c.strip()]) == 1 else 0
    return start < len(rows) and is_header_row(rows[start]) and _credentials_header(rows[start])


def _credentials_header(header: Sequence[str]) -> bool:
    return any(
        column_of(cell) is Column.TITLE
        and any(heading_section(part) is Section.CREDENTIALS for part in _parts(cell))
        for cell in header
    )


def _parts(header: str) -> list[str]:
    text = " ".join(header.split())
    return [text, *(part for part in _ALTERNATIVES.split(text) if part)]


def _header_within(cells: Sequence[str]) -> bool:
    """A row of labels inside a table that starts another part of it ("Year | Month |
    Licenses / Qualifications" under "Year | Month | Education / Work History"): three cells or
    more, no digit, every cell a label but one."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    if len(filled) < 3 or any(char.isdigit() for cell in filled for char in cell):
        return False
    return sum(1 for cell in filled if column_of(cell) is not None) >= len(filled) - 1


def table_lines(rows: Sequence[Sequence[str]]) -> list[tuple[range, str]]:
    """Each content row of a table as one line, with the rows it came from.

    A leading header row is dropped (a caption row above it is a line of its own); the values
    under its date, number and link columns are read under their labels ("Issued", "Expires",
    "Credential ID"), marks of an empty cell are dropped, and so is a link cell's "Verify". A
    table of label and value pairs ("Certification | CISSP", "Issuer | ISC2") is read one
    credential to a line.
    """
    return [(span, text) for span, text, _ in table_entries(rows)]


def table_entries(rows: Sequence[Sequence[str]]) -> list[tuple[range, str, bool]]:
    """As ``table_lines``, each line with whether it stands under a header that names a column
    of credentials. A row of labels inside the table heads the rows after it in its turn (a
    grid of "Year | Month | entry" parts, one for work and one for licences)."""
    if not rows:
        return []
    if _labels_and_values(rows):
        return [(span, text, False) for span, text in _records(rows)]
    lines: list[tuple[range, str, bool]] = []
    columns: list[Column | None] = []
    start = 0
    filled = [cell.strip() for cell in rows[0] if cell.strip()]
    if len(rows) > 2 and len(filled) == 1 and is_header_row(rows[1]):
        lines.append((range(1), filled[0], False))
        start = 1
    credentials = False
    headers: Sequence[str] = ()
    if is_header_row(rows[start]):
        headers = rows[start]
        columns, credentials = [column_of(cell) for cell in headers], _credentials_header(headers)
        start += 1
    dropped = _context_columns(columns) | _count_columns(rows[start:], columns)
    for index in range(start, len(rows)):
        if index > start and _header_within(rows[index]):
            columns = [column_of(cell) for cell in rows[index]]
            credentials, dropped = _credentials_header(rows[index]), _context_columns(columns)
            headers = rows[index]
            continue
        # "Special skills | EICR, …" under the licences: a row headed by another section's
        # name ends the credentials part.
        first = next((cell.strip() for cell in rows[index] if cell.strip()), "")
        named = heading_section(first)
        if named is None and first and sum(1 for cell in rows[index] if cell.strip()) == 2:
            named = heading_section(first.split()[-1])  # "Special skills | …"
        if credentials and named not in (None, Section.CREDENTIALS):
            credentials = False
        address = _address_row(rows[index])
        if address and lines and lines[-1][0].stop == index and index > start:
            span, text, named_credentials = lines[-1]
            joined = f"{text}{CELL_SEPARATOR}{address}"
            lines[-1] = (range(span.start, index + 1), joined, named_credentials)
            continue
        row = _dated(rows[index], headers)
        cells = [
            text
            for position, cell in _title_first(row, columns)
            if position not in dropped
            and (text := _value(cell, columns[position] if position < len(columns) else None))
        ]
        if cells:
            lines.append((range(index, index + 1), CELL_SEPARATOR.join(cells), credentials))
    return lines


# A web address in a cell, after its label if it has one ("Verify: https://…").
_ADDRESS = re.compile(r"(?i)(?:https?://|www\.)\S+")


def _address_row(row: Sequence[str]) -> str:
    """The web address a row holds when it holds nothing else but its label: a verification
    address set on a full-width row of its own under its entry, the row above's link."""
    filled = [cell.strip() for cell in row if cell.strip()]
    if len(filled) != 1:
        return ""
    found = _ADDRESS.findall(filled[0])
    if len(found) != 1:
        return ""
    rest = filled[0].replace(found[0], " ").strip(" :/|-–—")
    return found[0] if not rest or names_no_credential(rest.rstrip(":").strip()) else ""


_YEAR_LABEL = re.compile(r"(?i)^years?$")
_MONTH_LABEL = re.compile(r"(?i)^months?$")


def _dated(row: Sequence[str], headers: Sequence[str]) -> list[str]:
    """A year and its month in columns of their own ("Year | Month | entry", as a Japanese
    rirekisho's grid has them) read as one date, "07/2014"."""
    cells = list(row)
    years = [i for i, label in enumerate(headers) if _YEAR_LABEL.match(label.strip())]
    months = [i for i, label in enumerate(headers) if _MONTH_LABEL.match(label.strip())]
    if len(years) != 1 or len(months) != 1 or max(years[0], months[0]) >= len(cells):
        return cells
    year, month = cells[years[0]].strip(), cells[months[0]].strip()
    if _YEAR.match(year) and month.isdigit() and 1 <= int(month) <= 12:
        cells[years[0]], cells[months[0]] = f"{int(month):02d}/{year}", ""
    return cells


def _title_first(row: Sequence[str], columns: Sequence[Column | None]) -> list[tuple[int, str]]:
    """The row's cells in reading order, each with its column: where the header puts who
    awarded it before the credential ("Awarding body | Certificate | Achieved"), the credential
    is read first and its issuer after it, as a line names them ("Certificate …, Body")."""
    cells = list(enumerate(row))
    if columns.count(Column.TITLE) != 1 or columns.count(Column.ISSUER) != 1:
        return cells
    title, issuer = columns.index(Column.TITLE), columns.index(Column.ISSUER)
    if not issuer < title < len(cells):
        return cells
    return [*cells[:issuer], cells[title], *cells[issuer:title], *cells[title + 1 :]]


def _count_columns(rows: Sequence[Sequence[str]], columns: Sequence[Column | None]) -> set[int]:
    """Under a header, a column with no label of ours whose cells only count the rows ("1",
    "2", in any digits, "١", "٢"): the rows' numbers, no part of any claim."""
    if not columns:
        return set()
    counted = set()
    for position, column in enumerate(columns):
        values = [row[position].strip() for row in rows if position < len(row)]
        values = [value.rstrip(".") for value in values if value]
        if column is None and len(values) >= 2 and all(_COUNT.match(v) for v in values):
            counted.add(position)
    return counted


_COUNT = re.compile(r"^\d{1,3}$")


def _context_columns(columns: Sequence[Column | None]) -> set[int]:
    """Beside a column of credentials, what is rated and its rating are the row's context, not
    part of its claim ("Commercial underwriting | ●●●●○ | Associate in Commercial ...")."""
    if Column.TITLE not in columns:
        return set()
    return {position for position, column in enumerate(columns) if column is Column.SKILL}


def _value(cell: str, column: Column | None) -> str:
    """A cell's value as a line reads it: under its column's label; empty if it holds none."""
    value = cell.strip()
    if not value or is_empty_mark(value) or _RATING.match(value):
        return ""
    if column in (Column.LINK, None) and names_no_credential(value):
        return ""
    if column is Column.STATUS and _VALIDITY_TAG.match(value):
        return ""
    if column in _DATE_COLUMNS:
        value = _DATE_STATUS.sub("", value)
    if column is Column.TITLE:
        # "Obtained ECS Gold Card – …", "Acquired …": a grid's entry opens with its verb.
        value = _OBTAINED.sub("", value)
    label = _LABELS.get(column) if column is not None else None
    if label and not value.lower().startswith(label.lower()):
        value = f"{label} {value}"
    return value


def _labels_and_values(rows: Sequence[Sequence[str]]) -> bool:
    """Two cells a row at most, most first cells a label and one of them naming the title."""
    pairs = [[cell.strip() for cell in row if cell.strip()] for row in rows]
    pairs = [pair for pair in pairs if pair]
    if len(pairs) < 2 or any(len(pair) > 2 for pair in pairs):
        return False
    labelled = [column_of(pair[0]) for pair in pairs if len(pair) == 2]
    return (
        Column.TITLE in labelled
        and sum(1 for column in labelled if column not in (None, Column.SKILL)) * 5
        >= len(pairs) * 3
    )


def _records(rows: Sequence[Sequence[str]]) -> list[tuple[range, str]]:
    """Label and value rows gathered into one line per credential: a row labelled as a title
    starts the next one."""
    records: list[tuple[range, str]] = []
    first, seen_title = 0, False
    values: list[str] = []
    for index, row in enumerate(rows):
        pair = [cell.strip() for cell in row if cell.strip()]
        if not pair:
            continue
        column = column_of(pair[0]) if len(pair) == 2 else None
        if column is Column.TITLE and seen_title and values:
            records.append((range(first, index), CELL_SEPARATOR.join(values)))
            first, values = index, []
        seen_title = seen_title or column is Column.TITLE
        value = _value(pair[-1], column) if column is not None else " ".join(pair)
        if value:
            values.append(value)
    if values:
        records.append((range(first, len(rows)), CELL_SEPARATOR.join(values)))
    return records
