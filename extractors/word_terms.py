"""A definition list in a DOCX (Markdown's ``Term`` over ``:   definition`` lines kept by
pandoc, an HTML ``<dl>`` pasted into Word, a term over paragraphs indented under it): each term
opens an entry, its definitions (issuer, number, dates, address) the entry's lines, as a blank
line before a title opens one in a text résumé. Word keeps no blank paragraph between them, so
without it one credential's last line and the next one's title read as one entry."""

from __future__ import annotations

import re
from typing import Any

from docx.shared import Length
from docx.text.paragraph import Paragraph

# The styles a term is given: pandoc's "Definition Term", LibreOffice's "List Heading" (an
# HTML <dt>), Word's "HTML Definition Term" or a template's "Definition List Term".
_TERM_STYLE = re.compile(r"(?i)^(?:html\s+)?(?:definition\s+(?:list\s+)?term|list\s+heading|dt)$")
# Styles based on styles: a chain longer than this is a loop in a damaged file.
_STYLE_CHAIN = 10


def opens_definition(paragraph: Paragraph, following: Any) -> bool:
    """``paragraph`` is a definition list's term: styled as one, or a paragraph at the margin
    with text whose next block is a paragraph indented under it."""
    if not paragraph.text.strip():
        return False
    if _styled_as_term(paragraph):
        return True
    if not isinstance(following, Paragraph) or not following.text.strip():
        return False
    margin = _indent(paragraph)
    indent = _indent(following)
    return margin == 0 and indent > 0 and not _numbered(following)


def _styled_as_term(paragraph: Paragraph) -> bool:
    style = paragraph.style
    for _ in range(_STYLE_CHAIN):
        if style is None:
            return False
        if _TERM_STYLE.match(style.name or ""):
            return True
        style = style.base_style
    return False


def _indent(paragraph: Paragraph) -> int:
    """The paragraph's left indent in EMU, set on it or on its style (or one it is based on)."""
    indent: Length | None = paragraph.paragraph_format.left_indent
    style = paragraph.style
    for _ in range(_STYLE_CHAIN):
        if indent is not None or style is None:
            break
        indent = style.paragraph_format.left_indent
        style = style.base_style
    return int(indent) if indent is not None else 0


def _numbered(paragraph: Paragraph) -> bool:
    properties = paragraph._p.pPr
    return properties is not None and properties.numPr is not None
