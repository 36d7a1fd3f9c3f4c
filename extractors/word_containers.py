"""DOCX containers flattened before reading: what Word wraps around its text, unwrapped in place.

Documents made from Word templates put sections, rows, cells and runs inside content controls
(``w:sdt``), custom XML and smart tags; tracked changes wrap runs in ``w:ins`` and ``w:del``;
fields keep their visible result between field characters; drawings come as alternate content
with a fallback. python-docx reads only a paragraph's direct runs and hyperlinks, a body's
direct paragraphs and tables, a table's direct rows and a row's direct cells, so whatever sits
inside one of these wrappers would be lost. Here the tree is rewritten to what Word shows: the
containers' content in their place, deleted text and empty controls' placeholders gone, one
branch of alternate content, and hyperlink fields as ``w:hyperlink`` elements.
"""

from __future__ import annotations

import re
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_ALTERNATE = f"{{{_MC}}}AlternateContent"
_CHOICE = f"{{{_MC}}}Choice"
_FALLBACK = f"{{{_MC}}}Fallback"

# Wrappers whose content Word shows as if it stood in their place. Their own properties
# (``w:sdtPr``, ``w:customXmlPr``, ``w:smartTagPr``) are dropped with them.
_TRANSPARENT = frozenset(
    qn(tag) for tag in ("w:customXml", "w:smartTag", "w:ins", "w:moveTo", "w:dir", "w:bdo", "w:sdt")
)
_PROPERTIES = frozenset(
    qn(tag) for tag in ("w:sdtPr", "w:sdtEndPr", "w:customXmlPr", "w:smartTagPr")
)
# Tracked deletions and a move's source: no longer in the document a reader sees.
_REMOVED = frozenset(qn(tag) for tag in ("w:del", "w:moveFrom"))
_SDT_CONTENT = qn("w:sdtContent")
_FIELD_SIMPLE = qn("w:fldSimple")
_HYPERLINK = qn("w:hyperlink")
_RUN = qn("w:r")
_FIELD_CHAR = qn("w:fldChar")
_INSTRUCTION = qn("w:instrText")
_TEXT = qn("w:t")
_TYPE = qn("w:fldCharType")
_PLACEHOLDER = qn("w:showingPlcHdr")
_VALUE = qn("w:val")
_ROW = qn("w:tr")
_ROW_PROPERTIES = qn("w:trPr")

# ``HYPERLINK "https://…" \o "tip"``: the first quoted (or bare) argument is the address; a
# ``\l`` switch makes it a jump to a bookmark inside the document, not a link.
_HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+(?:"([^"]+)"|(\S+))', re.IGNORECASE)
_BOOKMARK_SWITCH = re.compile(r"\\l\b")


def flatten(root: Any, part: Any) -> None:
    """Rewrite ``root`` (a body, header or footer element) in place to the content Word shows.
    ``part`` holds the relationships a hyperlink field's new ``w:hyperlink`` points through."""
    _choose_alternates(root)
    _drop_deleted_rows(root)
    # Deepest first: a wrapper's content is already flat when the wrapper itself is unwrapped.
    for element in reversed(list(root.iter(*_TRANSPARENT, *_REMOVED))):
        parent = element.getparent()
        if parent is None or parent.tag.endswith("Pr"):
            # ``w:ins``/``w:del`` in run or row properties mark a change, they hold no text.
            continue
        if element.tag in _REMOVED or _shows_placeholder(element):
            parent.remove(element)
        elif element.tag == qn("w:sdt"):
            content = element.find(_SDT_CONTENT)
            _replace(element, list(content) if content is not None else [])
        else:
            _replace(element, [child for child in element if child.tag not in _PROPERTIES])
    for simple in reversed(list(root.iter(_FIELD_SIMPLE))):
        url = _field_url(simple.get(qn("w:instr")) or "")
        runs = list(simple)
        if url is not None and simple.getparent() is not None:
            _replace(simple, [_hyperlink(runs, url, part)] if runs else [])
        else:
            _replace(simple, runs)
    _link_complex_fields(root, part)


def _choose_alternates(root: Any) -> None:
    """Alternate content holds one thing several ways (a DrawingML text box and its VML
    fallback): one branch is read, the first that holds text, so nothing is read twice."""
    while (alternate := next(root.iter(_ALTERNATE), None)) is not None:
        branches = [child for child in alternate if child.tag in (_CHOICE, _FALLBACK)]
        chosen = next((b for b in branches if next(b.iter(_TEXT), None) is not None), None)
        if chosen is None and branches:
            chosen = branches[0]
        _replace(alternate, list(chosen) if chosen is not None else [])


def _drop_deleted_rows(root: Any) -> None:
    """A table row whose deletion is tracked (``w:trPr/w:del``) is gone from what Word shows."""
    for row in list(root.iter(_ROW)):
        properties = row.find(_ROW_PROPERTIES)
        if properties is not None and properties.find(qn("w:del")) is not None:
            parent = row.getparent()
            if parent is not None:
                parent.remove(row)


def _shows_placeholder(element: Any) -> bool:
    """An empty content control shows its template's prompt ("Click or tap here to enter
    text."), which is not the writer's content."""
    if element.tag != qn("w:sdt"):
        return False
    properties = element.find(qn("w:sdtPr"))
    flag = properties.find(_PLACEHOLDER) if properties is not None else None
    return flag is not None and (flag.get(_VALUE) or "true").lower() not in ("0", "false", "off")


def _replace(element: Any, children: list[Any]) -> None:
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    parent.remove(element)


def _field_url(instruction: str) -> str | None:
    match = _HYPERLINK_FIELD.match(instruction)
    if match is None or _BOOKMARK_SWITCH.search(instruction):
        return None
    return (match.group(1) or match.group(2)).strip() or None


def _hyperlink(runs: list[Any], url: str, part: Any) -> Any:
    """A ``w:hyperlink`` around ``runs`` whose relationship in ``part`` targets ``url``."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))
    for run in runs:
        link.append(run)
    return link


class _Field:
    def __init__(self) -> None:
        self.instruction: list[str] = []
        self.result: list[Any] = []
        self.separated = False


def _link_complex_fields(root: Any, part: Any) -> None:
    """A complex field (``fldChar`` begin, ``instrText``, separate, result runs, end) shows its
    result; a HYPERLINK field's result runs become a ``w:hyperlink`` to the instruction's URL.
    The instruction's own runs hold no visible text (python-docx reads no ``instrText``)."""
    open_fields: list[_Field] = []
    finished: list[tuple[str, list[Any]]] = []
    for run in list(root.iter(_RUN)):
        marks = run.findall(_FIELD_CHAR)
        instruction = run.findall(_INSTRUCTION)
        if open_fields and instruction and not open_fields[-1].separated:
            open_fields[-1].instruction.extend(node.text or "" for node in instruction)
        for mark in marks:
            kind = mark.get(_TYPE)
            if kind == "begin":
                open_fields.append(_Field())
            elif kind == "separate" and open_fields:
                open_fields[-1].separated = True
            elif kind == "end" and open_fields:
                field = open_fields.pop()
                url = _field_url("".join(field.instruction))
                if url is not None and field.result:
                    finished.append((url, field.result))
        if not marks and not instruction and open_fields and open_fields[-1].separated:
            open_fields[-1].result.append(run)
    for url, runs in finished:
        # A result that runs over paragraphs becomes one link per paragraph; one that is
        # already inside a hyperlink keeps it.
        groups: list[list[Any]] = []
        for run in runs:
            parent = run.getparent()
            if parent is None or parent.tag == _HYPERLINK:
                continue
            if groups and groups[-1][0].getparent() is parent:
                groups[-1].append(run)
            else:
                groups.append([run])
        for group in groups:
            parent = group[0].getparent()
            index = parent.index(group[0])
            link = _hyperlink(group, url, part)
            parent.insert(index, link)
