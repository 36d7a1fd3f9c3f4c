"""A DOCX whose credentials are a definition list (a Markdown résumé kept by pandoc, or a term
over paragraphs indented under it): each term opens an entry, its definitions are the entry's
issuer, number, dates and address, and one entry's last line never runs into the next title."""

from __future__ import annotations

import io

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Cm

from extractors import extract

_ENTRIES = (
    (
        "Hazardous Materials Transport – Class 7 Radioactive",
        ("ADR Academy", "Licence / certificate number HMT7-2291-0457", "Awarded May 2021"),
    ),
    (
        "Forklift Operator Licence – Counterbalance",
        ("RTITB", "Licence / certificate number RT-58812", "Awarded June 2019"),
    ),
    (
        "Certified Supply Chain Professional (CSCP)",
        ("APICS", "Awarded March 2020; renewal due March 2025"),
    ),
)


def _resume(*, styled: bool) -> bytes:
    document = docx.Document()
    if styled:
        term = document.styles.add_style("Definition Term", WD_STYLE_TYPE.PARAGRAPH)
        definition = document.styles.add_style("Definition", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Henrik Aaltonen", style="Heading 1")
    document.add_paragraph("Warehouse Operations Lead · henrik.aaltonen@example.fi")
    document.add_paragraph("Certifications and licences", style="Heading 2")
    for title, lines in _ENTRIES:
        document.add_paragraph(title, style=term if styled else None)
        for line in lines:
            paragraph = document.add_paragraph(line, style=definition if styled else None)
            if not styled:
                paragraph.paragraph_format.left_indent = Cm(1)
    document.add_paragraph("Working towards", style=term if styled else None)
    for line in ("Certified Logistics Associate (CLA), APICS, 2026", "Lean Warehouse Diploma"):
        paragraph = document.add_paragraph(line, style=definition if styled else None)
        if not styled:
            paragraph.paragraph_format.left_indent = Cm(1)
    document.add_paragraph("Experience", style="Heading 2")
    document.add_paragraph("Shift lead at a Tampere cross-dock, 2016 – today.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _claims(data: bytes) -> dict[str, tuple[str | None, str | None, str | None]]:
    extraction = extract(data, "resume.docx")
    return {
        claim.title: (claim.issuer, claim.credential_id, claim.issued_on)
        for claim in extraction.claims
    }


def test_each_term_of_a_styled_definition_list_opens_an_entry() -> None:
    claims = _claims(_resume(styled=True))
    assert claims["Hazardous Materials Transport – Class 7 Radioactive"] == (
        "ADR Academy",
        "HMT7-2291-0457",
        "2021-05",
    )
    assert claims["Forklift Operator Licence – Counterbalance"] == (
        "RTITB",
        "RT-58812",
        "2019-06",
    )
    assert "RTITB" not in claims and "ADR Academy" not in claims


def test_a_status_term_heads_what_is_not_held_yet() -> None:
    for styled in (True, False):
        claims = _claims(_resume(styled=styled))
        # The catalogue knows ASCM's CSCP: its title is the catalogue's, without the letters.
        assert claims["Certified Supply Chain Professional"] == ("ASCM", None, "2020-03")
        assert not any("Logistics Associate" in title or "Lean" in title for title in claims)


def test_a_term_over_paragraphs_indented_under_it_opens_an_entry() -> None:
    claims = _claims(_resume(styled=False))
    assert claims["Forklift Operator Licence – Counterbalance"] == (
        "RTITB",
        "RT-58812",
        "2019-06",
    )
    assert "RTITB" not in claims
