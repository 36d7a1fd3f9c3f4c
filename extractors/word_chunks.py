"""A DOCX whose body is a web page: ``w:altChunk``.

A web résumé builder's "Download as Word" (html-docx-js and its kind) writes no paragraphs: the
body is one ``w:altChunk`` pointing at the page itself, an MHT (a MIME message whose HTML part is
quoted-printable) or plain HTML, which Word lays out when it opens the file. A reader sees that
page; so the chunk is read as one: its headings, paragraphs and list items as lines, its table
rows under their header as a DOCX table's rows are, its links with the line they sit in.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable, Sequence
from html.parser import HTMLParser
from typing import Any

from docx.oxml.ns import qn

from extractors.models import Line, Link
from extractors.text import normalise

#: Lines and links read from a table's rows: the DOCX reader's own rule for tables.
RowsReader = Callable[[list[list[str]], list[list[Link]], list[Line], list[Link]], None]

_BLOCKS = frozenset(
    (
        *("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "br", "hr", "pre", "blockquote"),
        *("section", "article", "header", "footer", "address", "main", "aside", "nav"),
        *("figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6"),
    )
)
# A paragraph set all in bold or italics reads as a heading of what follows ("In progress").
_EMPHASIS = frozenset({"b", "strong", "i", "em"})
_SKIPPED = frozenset({"head", "title", "style", "script", "template"})
_HEADINGS = {f"h{level}": level - 1 for level in range(1, 7)}


def chunk_html(element: Any, part: Any) -> str | None:
    """The HTML of the ``w:altChunk`` ``element`` points at, or None for a chunk of another kind
    (a DOCX, RTF or text part) or one that is missing."""
    relationship = part.rels.get(element.get(qn("r:id")))
    if relationship is None or relationship.is_external:
        return None
    blob: bytes = relationship.target_part.blob
    if blob.lstrip()[:1] == b"<":
        return blob.decode("utf-8", errors="replace")
    message = email.message_from_bytes(blob, policy=email.policy.default)
    for piece in message.walk():
        if piece.get_content_type() == "text/html":
            content = piece.get_content()
            return content if isinstance(content, str) else None
    return None


def read_chunk(html: str, lines: list[Line], links: list[Link], rows_reader: RowsReader) -> None:
    """Add the lines and links of the page ``html`` to ``lines`` and ``links``."""
    page = _Page(lines, links, rows_reader)
    page.feed(html)
    page.close()
    page.end_line()


class _Page(HTMLParser):
    def __init__(self, lines: list[Line], links: list[Link], rows_reader: RowsReader) -> None:
        super().__init__(convert_charrefs=True)
        self.lines, self.links, self.rows_reader = lines, links, rows_reader
        self.words: list[str] = []
        self.line_links: list[Link] = []
        self.level: int | None = None
        self.emphasised = False
        self.skipping = 0
        self.styled = 0
        # Whether each piece of the line's text so far was set in bold or italics.
        self.pieces: list[bool] = []
        # The last line, if it was a paragraph set all in bold or italics.
        self.styled_line: int | None = None
        self.href: str | None = None
        self.anchor: list[str] = []
        # The table being read: its rows' cells, each row's links, and the cell being read.
        self.rows: list[list[str]] | None = None
        self.row_links: list[list[Link]] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: Sequence[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _EMPHASIS:
            self.styled += 1
        elif tag == "a":
            self.href, self.anchor = dict(attrs).get("href"), []
        elif tag == "table" and self.rows is None:
            self.end_line()
            self.rows, self.row_links = [], []
        elif tag == "tr" and self.rows is not None:
            self.rows.append([])
            self.row_links.append([])
        elif tag in ("td", "th") and self.rows is not None:
            self.cell = []
        elif tag in _BLOCKS and self.cell is None:
            self.end_line()
            if tag in ("ul", "ol") and self.styled_line == len(self.lines) - 1:
                # "In progress" in italics over a list: the list's label, as a definition
                # list's term is its definitions'.
                self.lines[-1] = self.lines[-1].model_copy(update={"term": True})
            self.level = _HEADINGS.get(tag)
            self.emphasised = tag in _HEADINGS
            if tag == "li":
                self.words.append("• ")
        elif tag == "br" and self.cell is not None:
            self.cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _EMPHASIS:
            self.styled = max(0, self.styled - 1)
        elif tag == "a":
            self._end_anchor()
        elif tag in ("td", "th") and self.rows is not None and self.cell is not None:
            if not self.rows:
                self.rows.append([])
                self.row_links.append([])
            self.rows[-1].append(normalise("".join(self.cell)))
            self.cell = None
        elif tag == "table" and self.rows is not None:
            kept = [
                (row, found) for row, found in zip(self.rows, self.row_links, strict=True) if row
            ]
            self.rows, self.row_links = None, []
            self.rows_reader(
                [row for row, _ in kept], [found for _, found in kept], self.lines, self.links
            )
        elif tag in _BLOCKS and self.cell is None:
            self.end_line()

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.href is not None:
            self.anchor.append(data)
        if self.cell is not None:
            self.cell.append(data)
        elif self.rows is None:
            self.words.append(data)
            if data.strip():
                self.pieces.append(self.styled > 0)

    def _end_anchor(self) -> None:
        href, text = self.href, normalise(" ".join("".join(self.anchor).split()))
        self.href = None
        if not href or href.startswith("#"):
            return
        if self.cell is not None and self.row_links:
            self.row_links[-1].append(Link(url=href, text=text, page=1))
        elif self.rows is None:
            self.line_links.append(Link(url=href, text=text, page=1))

    def end_line(self) -> None:
        """The line read so far, if it has words, with the links in it."""
        text = normalise(" ".join("".join(self.words).split()))
        if text.strip("• "):
            line = len(self.lines)
            self.links.extend(link.model_copy(update={"line": line}) for link in self.line_links)
            styled = bool(self.pieces) and all(self.pieces) and self.level is None
            self.styled_line = line if styled else None
            self.lines.append(
                Line(text=text, emphasised=self.emphasised or styled, outline_level=self.level)
            )
        self.words, self.line_links, self.pieces = [], [], []
        self.level, self.emphasised = None, False
