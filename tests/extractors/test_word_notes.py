"""A footnote or endnote marked in an entry's paragraph is read as that entry's: its text is
the entry's last line, as a reader who follows the mark reads it."""

from __future__ import annotations

import io
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import nsdecls, qn

from extractors import extract, read

_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.{}+xml"


def _mark(paragraph: Any, kind: str, number: int) -> None:
    run = OxmlElement("w:r")
    reference = OxmlElement(f"w:{kind}Reference")
    reference.set(qn("w:id"), str(number))
    run.append(reference)
    paragraph._p.append(run)


def _notes_part(document: Any, kind: str, notes: list[str]) -> None:
    body = "".join(
        f'<w:{kind} w:id="{number}"><w:p><w:r><w:{kind}Ref/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:{kind}>'
        for number, note in enumerate(notes, start=1)
    )
    xml = f"<w:{kind}s {nsdecls('w')}>{body}</w:{kind}s>".encode()
    part = Part(PackURI(f"/word/{kind}s.xml"), _CONTENT_TYPE.format(f"{kind}s"), xml,
                document.part.package)  # fmt: skip
    relationship = RELATIONSHIP_TYPE.FOOTNOTES if kind == "footnote" else RELATIONSHIP_TYPE.ENDNOTES
    document.part.relate_to(part, relationship)


def _resume(kind: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("Jonas Everard")
    document.add_paragraph("jonas.everard@example.org")
    document.add_heading("Certifications", level=1)
    first = document.add_paragraph("Certified Energy Manager (CEM)")
    _mark(first, kind, 1)
    first.add_run(", Association of Energy Engineers, Oct 2021")
    second = document.add_paragraph("Certified Information Systems Auditor (CISA)")
    _mark(second, kind, 2)
    second.add_run(", ISACA, Mar 2022")
    document.add_paragraph("Project Management Professional (PMP), PMI, 2019")
    _notes_part(document, kind, ["Credential no. CEM-40917.", "Certification number 22518834."])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_footnote_marked_in_an_entry_gives_the_entry_its_credential_number() -> None:
    claims = {claim.title: claim for claim in extract(_resume("footnote"), "cv.docx").claims}
    assert claims["Certified Energy Manager (CEM)"].credential_id == "CEM-40917"
    assert claims["Certified Energy Manager (CEM)"].issuer == "Association of Energy Engineers"
    assert claims["Certified Information Systems Auditor"].credential_id == "22518834"
    # The entry with no mark takes no one else's note.
    assert claims["Project Management Professional"].credential_id is None


def test_an_endnote_is_read_the_same_way_on_a_line_after_its_paragraph() -> None:
    lines = [line.text for line in read(_resume("endnote"), "cv.docx").pages[0].lines]
    start = lines.index("Certified Energy Manager (CEM), Association of Energy Engineers, Oct 2021")
    assert lines[start + 1] == "Credential no. CEM-40917."
    claims = {claim.title: claim for claim in extract(_resume("endnote"), "cv.docx").claims}
    assert claims["Certified Information Systems Auditor"].credential_id == "22518834"


def test_a_mark_whose_note_is_missing_adds_nothing() -> None:
    document = docx.Document()
    document.add_heading("Certifications", level=1)
    entry = document.add_paragraph("Certified Energy Manager (CEM)")
    _mark(entry, "footnote", 7)
    entry.add_run(", Association of Energy Engineers, Oct 2021")
    buffer = io.BytesIO()
    document.save(buffer)
    lines = [line.text for line in read(buffer.getvalue(), "cv.docx").pages[0].lines]
    assert lines == [
        "Certifications",
        "Certified Energy Manager (CEM), Association of Energy Engineers, Oct 2021",
    ]
