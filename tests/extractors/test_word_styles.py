"""Word's own mark of a heading (a "Heading N" style, a style based on one, an outline level)
is heading evidence, on DOCX files written by python-docx."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from extractors import extract, read

_HELD = "AWS Certified Solutions Architect – Associate, Amazon Web Services (2023)"
_JOB = "Senior Security Engineer — Northwind Traders (2019–)"
_PENDING = "Certified Information Systems Security Professional (CISSP), ISC2"


def _outlined(element: object, level: int) -> None:
    properties = element.get_or_add_pPr()  # type: ignore[attr-defined]
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level))
    properties.append(outline)


def _resume(pending_heading: str, how: str) -> bytes:
    """Sections in Heading 2; the list of what is not held yet under ``pending_heading``,
    marked as a heading by ``how``: the built-in style, a style based on it, or an outline
    level on the paragraph itself."""
    document = docx.Document()
    document.add_paragraph("Dana Reyes", style="Title")
    document.add_paragraph("Security Engineer · dana.reyes@example.com")
    document.add_paragraph("Experience", style="Heading 2")
    document.add_paragraph(_JOB, style="Heading 3")
    document.add_paragraph("Led the incident response team for cloud workloads.")
    document.add_paragraph("Certifications", style="Heading 2")
    document.add_paragraph(_HELD)
    if how == "built-in":
        document.add_paragraph(pending_heading, style="Heading 2")
    elif how == "based-on":
        style = document.styles.add_style("CV Section", WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Heading 2"]
        document.add_paragraph(pending_heading, style=style)
    else:
        paragraph = document.add_paragraph(pending_heading)
        _outlined(paragraph._p, 1)
    document.add_paragraph(_PENDING)
    document.add_paragraph("Skills", style="Heading 2")
    document.add_paragraph("Splunk, Python")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("how", ["built-in", "based-on", "outline-level"])
@pytest.mark.parametrize("heading", ["En préparation", "Working toward", "Next up"])
def test_a_heading_by_its_word_style_ends_the_credentials_before_it(heading: str, how: str) -> None:
    # Plain type, no word credlens knows: only the style says "En préparation" is a heading
    # of the same rank as "Certifications", so what is listed under it is not held.
    claims = extract(_resume(heading, how), "resume.docx").claims

    assert [claim.catalog_id for claim in claims] == ["aws-solutions-architect-associate"]


def test_the_outline_level_is_read_from_the_paragraph_or_its_style_chain() -> None:
    page = read(_resume("Next up", "based-on"), "resume.docx").pages[0]
    lines = {line.text: line for line in page.lines}

    assert lines["Certifications"].outline_level == 1
    assert lines["Next up"].outline_level == 1
    assert lines[_JOB].outline_level == 2
    assert lines[_HELD].outline_level is None


def test_a_deeper_heading_style_is_an_entry_not_a_section() -> None:
    # A credential's title styled "Heading 3" under "Certifications" in "Heading 2" is an entry.
    document = docx.Document()
    document.add_paragraph("Dana Reyes", style="Title")
    document.add_paragraph("dana.reyes@example.com")
    document.add_paragraph("Certifications", style="Heading 2")
    document.add_paragraph("Certified Kubernetes Administrator", style="Heading 3")
    document.add_paragraph("The Linux Foundation · 2022")
    document.add_paragraph("Skills", style="Heading 2")
    document.add_paragraph("Kubernetes")
    buffer = io.BytesIO()
    document.save(buffer)

    claims = extract(buffer.getvalue(), "resume.docx").claims

    assert [claim.catalog_id for claim in claims] == ["cka"]
