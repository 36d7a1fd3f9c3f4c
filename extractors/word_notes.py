"""Footnotes and endnotes of a DOCX read with the paragraph that marks them.

Word keeps a note's text in a part of its own (``word/footnotes.xml``, ``word/endnotes.xml``);
the body holds only the mark (``w:footnoteReference``, ``w:endnoteReference``), which python-docx
reads as nothing. A reader follows the mark: "Certified Energy Manager¹, AEE, 2021" with the
footnote "¹ Credential no. CEM-28714." is an entry whose credential number is CEM-28714. So each
note's text is set at the end of the paragraph that marks it, on a line of its own (after a line
break), where it reads as that entry's last line, as if the writer had put it there.
"""

from __future__ import annotations

from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

_PARAGRAPH = qn("w:p")
_TEXT = qn("w:t")
_ID = qn("w:id")
# Each kind of note: the relationship to its part, its element there, and its mark in the body.
_KINDS = (
    (RELATIONSHIP_TYPE.FOOTNOTES, qn("w:footnote"), qn("w:footnoteReference")),
    (RELATIONSHIP_TYPE.ENDNOTES, qn("w:endnote"), qn("w:endnoteReference")),
)
# A note longer than this is prose (a remark, a citation), not a field of an entry: read as much.
_NOTE_CHARACTERS = 300


def notes_inline(root: Any, part: Any) -> None:
    """Set the text of each note marked under ``root`` at the end of the paragraph holding its
    mark, after a line break; ``part`` is the document part the notes' parts relate to. A mark
    with no note, or a note with no text, adds nothing."""
    for relationship, tag, mark_tag in _KINDS:
        marks = list(root.iter(mark_tag))
        if not marks:
            continue
        notes = _notes(part, relationship, tag)
        for mark in marks:
            text = notes.get(mark.get(_ID) or "")
            paragraph = next(mark.iterancestors(_PARAGRAPH), None)
            if text and paragraph is not None:
                paragraph.append(_broken_run(text))


def _notes(part: Any, relationship: str, tag: str) -> dict[str, str]:
    """Each note's text by its id, its paragraphs joined by a space."""
    for rel in part.rels.values():
        if rel.reltype != relationship or rel.is_external:
            continue
        element = parse_xml(rel.target_part.blob)
        notes: dict[str, str] = {}
        for note in element.iter(tag):
            paragraphs = (
                "".join(text.text or "" for text in paragraph.iter(_TEXT))
                for paragraph in note.iter(_PARAGRAPH)
            )
            text = " ".join(" ".join(paragraphs).split())
            if text and note.get(_ID) is not None:
                notes[note.get(_ID)] = text[:_NOTE_CHARACTERS]
        return notes
    return {}


def _broken_run(text: str) -> Any:
    """A run of a line break and ``text``."""
    run = OxmlElement("w:r")
    run.append(OxmlElement("w:br"))
    shown = OxmlElement("w:t")
    shown.text = text
    run.append(shown)
    return run
