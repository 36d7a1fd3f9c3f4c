"""AsciiDoc in a plain-text résumé read as what it shows.

Engineers keep their CV as AsciiDoc and send its source. A reader of the source sees through
the markup: a table ("|===" … "|===") whose cells each start with "|", one a line or several on
a line, is a table of rows as many cells wide as its ``[cols=…]`` says (or as its first line
holds); a link macro ``https://…[Credly badge]`` is a link to that address; a block's title
(".Working towards") is a heading over the block; a block's attribute line ("[NOTE]",
"[.lead]"), its delimiters ("====", "****") and a hard line break's " +" are the markup's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.tables import join_cell_paragraphs, names_no_credential

# The line that opens and closes a table.
_TABLE = re.compile(r"^\s*\|={3,}\s*$")
# A block's attribute list: "[NOTE]", "[.lead]", "[cols="3,2,1",options="header"]".
_ATTRIBUTES = re.compile(r"^\s*\[(?:[A-Za-z.#%][^\]]*)?\]\s*$")
_COLS = re.compile(r"""\bcols\s*=\s*(?:"([^"]*)"|'([^']*)'|([^,\]\s]+))""")
# A cell's start: "|" at the start of a line or after a space, with its optional spec ("2+|",
# "a|", "^.^|"); "\|" is a bar in the text.
_CELL = re.compile(r"(?:^|(?<=\s))[\d.+*<^>adehlmsv]{0,6}(?<!\\)\|")
# A block's title: ".Working towards" (not "..." nor ".5 FTE").
_BLOCK_TITLE = re.compile(r"^\.([^\W\d_][^\n]*)$")
# A delimited block's fence: "====", "****", "____", "--", "++++".
_FENCE = re.compile(r"^\s*(?:={4,}|\*{4,}|_{4,}|\+{4,}|--)\s*$")
_HARD_BREAK = re.compile(r"\s\+$")
# ``https://example.org/badge/1[Credly badge]``, ``mailto:a@b.c[]``, ``link:https://…[text]``.
_LINK_MACRO = re.compile(r"(?:link:)?((?:https?|mailto):[^\s\[\]]+)\[([^\]]*)\]")
# "= Title" on the first line and two "== Section" lines: the text is AsciiDoc.
_DOCUMENT_TITLE = re.compile(r"^=[ \t]+\S")
_SECTION = re.compile(r"^={2,6}[ \t]+\S")
_SECTIONS = 2


def is_asciidoc(lines: Sequence[str]) -> bool:
    """The text is AsciiDoc: its first line is a document title ("= Name") and two lines or
    more are section titles, or it holds a table's fence ("|===")."""
    first = next((line for line in lines if line.strip()), "")
    sections = sum(1 for line in lines if _SECTION.match(line))
    return bool(_DOCUMENT_TITLE.match(first) and sections >= _SECTIONS) or any(
        _TABLE.match(line) for line in lines
    )


def plain_asciidoc(lines: Sequence[str]) -> list[str]:
    """AsciiDoc's block markup taken out of ``lines``, one line for each: a block's title
    without its dot, its attribute line and fences blank (a table's attributes stay, for the
    table), a hard break's " +" gone, a link macro as its address (after its text, when the
    text names a credential)."""
    plain: list[str] = []
    for number, line in enumerate(lines):
        table_next = number + 1 < len(lines) and _TABLE.match(lines[number + 1])
        if (_ATTRIBUTES.match(line) and not table_next) or _FENCE.match(line):
            plain.append("")
            continue
        title = _BLOCK_TITLE.match(line)
        text = title.group(1) if title else _HARD_BREAK.sub("", line.rstrip())
        plain.append(_LINK_MACRO.sub(_link, text))
    return plain


def _link(macro: re.Match[str]) -> str:
    address, text = macro.group(1), macro.group(2).strip()
    if not text or names_no_credential(text) or text.lower() in address.lower():
        return address
    return f"{text} {address}"


def asciidoc_table_at(raw: Sequence[str], index: int) -> tuple[list[list[str]], int] | None:
    """The rows of the AsciiDoc table that opens at line ``index`` (its attribute line, or its
    fence), and the line after its closing fence; None when no table opens there. A header
    row ("|Credential |Issued by |Earned") is the first, read as any table's header is."""
    attributes = ""
    start = index
    if _ATTRIBUTES.match(raw[index]) and index + 1 < len(raw) and _TABLE.match(raw[index + 1]):
        attributes, start = raw[index], index + 1
    elif not _TABLE.match(raw[index]):
        return None
    end = next((n for n in range(start + 1, len(raw)) if _TABLE.match(raw[n])), None)
    if end is None:
        return None
    body = raw[start + 1 : end]
    first = next((line for line in body if line.strip()), "")
    width = _width(attributes) or len(_cells(first))
    cells = _cells("\n".join(body))
    if width < 2 or len(cells) < width:
        return None
    rows = [cells[n : n + width] for n in range(0, len(cells) - width + 1, width)]
    return rows, end + 1


def _cells(text: str) -> list[str]:
    """The cells of a table's text: each from its "|" to the next, its lines (a hard break's,
    or a cell that goes on over lines) read as a word processor's cell's paragraphs."""
    pieces = _CELL.split(text)
    if len(pieces) < 2:
        return []
    return [join_cell_paragraphs(piece.split("\n")) for piece in pieces[1:]]


def _width(attributes: str) -> int:
    """The number of columns a ``cols`` attribute gives: "3,2,1" three, "4*" four, "3" three;
    0 when there is none."""
    found = _COLS.search(attributes)
    if found is None:
        return 0
    spec = next(group for group in found.groups() if group is not None).strip()
    if spec.isdigit():
        return int(spec)
    width = 0
    for item in spec.split(","):
        repeat = re.match(r"\s*(\d+)\*", item)
        width += int(repeat.group(1)) if repeat else 1
    return width
