"""Blind-10's Word résumés (python-docx) and its text: a US federal résumé printed to PDF by
LibreOffice, a competency matrix kept as DOCX, and a two-column page as a PDF-to-text tool
leaves it.

``blind10_federal_docx`` follows the résumé a US government job site's builder exports: the
work history with hours per week, series and grade, supervisor and "Duties, Accomplishments and
Related Skills"; then "Certificates and Licenses", each credential a title followed by labelled
fields ("Issuing organization:", "Date received: 08/2014" and "Expiration date: 05/2029" on one
line parted by a tab, "License/certificate number:", "Verification URL:"), and "Additional
Information". ``blind10_skills_matrix`` is a competency matrix in a Word table: each row a
competency, its rating in filled and empty dots ("●●●●○"), the certification that evidences it
(the title, the issuer under it and a "Verify ↗" hyperlink whose address is not printed), the
months issued and valid to, and the credential number, with "—" where there is none; rows of
skills evidenced by experience alone sit among them. ``blind10_columns_text`` is what
``pdftotext -layout`` makes of a two-column résumé: the sidebar (contact, links, skills) and the
main column (profile, licences and certifications, experience, in progress) side by side on the
same lines, parted by runs of spaces.
"""

from __future__ import annotations

import textwrap
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

from tests.rendered.blind5_word import _hyperlink as hyperlink
from tests.rendered.contents import Content, Credential
from tests.rendered.docx_layouts import docx_bytes, word_page
from tests.rendered.layout import display_name, month


def _base(font: str, size: float) -> Any:
    return word_page(font, size, side=2, top=1.8, space_after=2, width=21.59, height=27.94)


# -- a US federal résumé -----------------------------------------------------------------------

_SUPERVISORS = ("Janet Morales", "Keith Anand", "Ruth Okafor", "Piotr Zieliński", "Dana Hughes",
                "Luis Carranza")  # fmt: skip


def _federal_heading(document: Any, text: str) -> None:
    run = document.add_paragraph().add_run(text.upper())
    run.bold, run.font.size = True, Pt(11)


def _federal_credential(document: Any, held: Credential) -> None:
    document.add_paragraph().add_run(held.title).bold = True
    document.add_paragraph(f"Issuing organization: {held.issuer}")
    dated = f"Date received: {month(held.issued_on, 'slash')}" if held.issued_on else ""
    if held.expires_on:
        dated += f"\tExpiration date: {month(held.expires_on, 'slash')}"
    if dated:
        document.add_paragraph(dated)
    if held.credential_id:
        document.add_paragraph(f"License/certificate number: {held.credential_id}")
    if held.url:
        document.add_paragraph(f"Verification URL: {held.url}")
    document.add_paragraph()


def blind10_federal_docx(content: Content) -> bytes:
    document = _base("Liberation Serif", 10.5)
    name = document.add_paragraph().add_run(display_name(content))
    name.bold, name.font.size = True, Pt(15)
    document.add_paragraph(content.location)
    document.add_paragraph(f"Mobile: {content.phone}\nEmail: {content.email}")
    for text, url in content.contact_links:
        document.add_paragraph(f"{text}: {url}")
    document.add_paragraph(
        "Citizenship: United States Citizen | Veterans' Preference: No | Federal status: "
        "Not a current federal employee"
    )
    _federal_heading(document, "Work Experience")
    document.add_paragraph().add_run(content.employer).bold = True
    document.add_paragraph(content.location)
    document.add_paragraph("01/2020 - Present\tHours per week: 40\tSalary: on request")
    document.add_paragraph().add_run(content.role).bold = True
    document.add_paragraph("Duties, Accomplishments and Related Skills:")
    document.add_paragraph(content.summary)
    for bullet in content.bullets:
        document.add_paragraph(f"• {bullet}")
    supervisor = _SUPERVISORS[len(content.name) % len(_SUPERVISORS)]
    document.add_paragraph(f"Supervisor: {supervisor} ({content.phone[:-4]}0100)\t"
                           "Okay to contact this Supervisor: Yes")  # fmt: skip
    _federal_heading(document, "Certificates and Licenses")
    for held in content.credentials:
        _federal_credential(document, held)
    _federal_heading(document, "Additional Information")
    document.add_paragraph("Working toward:")
    for text in content.section_negatives:
        document.add_paragraph(f"• {text}")
    document.add_paragraph(f"Skills: {'; '.join(content.skills)}")
    return docx_bytes(document)


# -- a competency matrix -----------------------------------------------------------------------

#: Each content's competency for each of its credentials, in the order they are listed.
AREAS: dict[str, tuple[str, ...]] = {
    "b10-dietitian": ("Clinical nutrition practice", "Licensure", "Diabetes education",
                      "Weight management", "Food safety", "Nutrition science",
                      "Nutrition science"),
    "b10-physiotherapist": ("Clinical practice", "Sports physiotherapy", "Manual therapy",
                            "Exercise rehabilitation", "Pitch-side care", "Emergency care",
                            "Anatomy"),
    "b10-underwriter": ("Property-casualty insurance", "Commercial underwriting", "Analytics",
                        "Coverage advice", "Licensing", "Spreadsheet modelling"),
    "b10-game-developer": ("Unity programming", "Unity programming", "Agile delivery",
                           "C++ engineering", "Cloud services", "Game design",
                           "Unreal Engine"),
    "b10-vet-tech": ("Veterinary nursing", "Emergency and critical care", "Patient handling",
                     "Resuscitation", "Patient handling", "Pain management",
                     "Animal welfare"),
    "b10-interpreter": ("Court interpreting", "Court interpreting", "Medical interpreting",
                        "Medical interpreting", "Translation", "Translation"),
}  # fmt: skip

_RATINGS = (5, 4, 4, 5, 3, 4, 3, 4, 5)
_HEADER = ("Competency", "Rating", "Certification / evidence", "Issued", "Valid to",
           "Credential no.")  # fmt: skip


def _dots(rating: int) -> str:
    return "●" * rating + "○" * (5 - rating)


def _matrix_rows(content: Content) -> list[tuple[str, int, Credential | str]]:
    """The competencies in order: two credentials, then a skill evidenced by experience."""
    areas = AREAS[content.key]
    assert len(areas) == len(content.credentials), content.key
    credentialled = [
        (area, _RATINGS[index % len(_RATINGS)], held)
        for index, (area, held) in enumerate(zip(areas, content.credentials, strict=True))
    ]
    rows: list[tuple[str, int, Credential | str]] = []
    skills = list(content.skills)
    for index, row in enumerate(credentialled):
        rows.append(row)
        if index % 2 == 1 and skills:
            rows.append((skills.pop(0), 3 + index % 3, "Experience (on the job)"))
    rows.extend((skill, 3, "Experience (on the job)") for skill in skills)
    return rows


def _matrix_row(cells: Any, area: str, rating: int, evidence: Credential | str) -> None:
    cells[0].text = area
    cells[1].text = _dots(rating)
    if isinstance(evidence, str):
        cells[2].text = evidence
        for cell in cells[3:]:
            cell.text = "—"
        return
    title = cells[2].paragraphs[0]
    title.add_run(evidence.title).bold = True
    issuer = cells[2].add_paragraph()
    issuer.add_run(evidence.issuer).font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if evidence.url:
        hyperlink(cells[2].add_paragraph(), evidence.url, "Verify ↗")
    cells[3].text = month(evidence.issued_on, "mon") or "—"
    cells[4].text = month(evidence.expires_on, "mon") or "—"
    cells[5].text = evidence.credential_id or "—"


def blind10_skills_matrix(content: Content) -> bytes:
    document = _base("Liberation Sans", 9.5)
    name = document.add_paragraph().add_run(display_name(content))
    name.bold, name.font.size = True, Pt(18)
    document.add_paragraph(content.headline).runs[0].font.color.rgb = RGBColor(0x1F, 0x6F, 0x8B)
    document.add_paragraph(f"{content.email} | {content.phone} | {content.location}")
    if content.contact_links:
        links = document.add_paragraph()
        for index, (text, url) in enumerate(content.contact_links):
            if index:
                links.add_run(" | ")
            hyperlink(links, url, text)
    document.add_heading("Profile", level=2)
    document.add_paragraph(content.summary)
    document.add_heading("Competency matrix", level=2)
    document.add_paragraph("Rating: ●●●●● expert · ●●●○○ working knowledge").runs[0].italic = True
    rows = _matrix_rows(content)
    table = document.add_table(rows=len(rows) + 1, cols=len(_HEADER))
    table.style = "Light Grid Accent 1"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, _HEADER, strict=True):
        cell.text = text
    for row, (area, rating, evidence) in zip(table.rows[1:], rows, strict=True):
        _matrix_row(row.cells, area, rating, evidence)
    table.autofit = False
    for index, width in enumerate((3.0, 2.0, 6.2, 1.9, 1.9, 2.6)):
        table.columns[index].width = Cm(width)
        for cell in table.columns[index].cells:
            cell.width = Cm(width)
    document.add_heading("Experience", level=2)
    job = f"{content.role} · {content.employer} · 2020 – present"
    document.add_paragraph().add_run(job).bold = True
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    document.add_heading("Development plan", level=2)
    for text in content.section_negatives:
        document.add_paragraph(text, style="List Bullet")
    return docx_bytes(document)


# -- pdftotext -layout of a two-column page ----------------------------------------------------

_SIDE, _GAP, _MAIN = 40, 4, 70


def _side_column(content: Content) -> list[str]:
    lines = ["CONTACT", content.email, content.phone, content.location]
    lines += [url.removeprefix("https://") for _, url in content.contact_links]
    lines += ["", "SKILLS"]
    for skill in content.skills:
        lines += textwrap.wrap(skill, _SIDE)
    return lines


def _main_entry(held: Credential) -> list[str]:
    lines = textwrap.wrap(held.title, _MAIN)
    dates = month(held.issued_on, "mon")
    if held.expires_on:
        dates += f" – {month(held.expires_on, 'mon')}"
    issued = " | ".join(part for part in (held.issuer, dates) if part)
    lines += [issued] if len(issued) <= _MAIN else [*textwrap.wrap(held.issuer, _MAIN), dates]
    if held.credential_id:
        lines.append(f"Credential ID {held.credential_id}")
    if held.url:
        lines.append(held.url)
    return [*lines, ""]


def _main_column(content: Content) -> list[str]:
    lines = ["PROFILE", *textwrap.wrap(content.summary, _MAIN), "", "LICENCES & CERTIFICATIONS"]
    for held in content.credentials:
        lines += _main_entry(held)
    lines += ["EXPERIENCE", f"{content.role}, {content.employer}", "2020 – present"]
    for bullet in content.bullets:
        lines += textwrap.wrap(bullet, _MAIN, initial_indent="• ", subsequent_indent="  ")
    lines += ["", "IN PROGRESS"]
    for text in content.section_negatives:
        lines += textwrap.wrap(text, _MAIN, initial_indent="• ", subsequent_indent="  ")
    return lines


def blind10_columns_text(content: Content) -> str:
    width = _SIDE + _GAP + _MAIN
    side, main = _side_column(content), _main_column(content)
    body = [
        (left.ljust(_SIDE) + " " * _GAP + right).rstrip()
        for left, right in zip(
            side + [""] * (len(main) - len(side)), main + [""] * (len(side) - len(main)),
            strict=True,
        )
    ]  # fmt: skip
    header = [display_name(content).upper().center(width).rstrip(),
              content.headline.center(width).rstrip(), "", ""]  # fmt: skip
    return "\n".join(header + body) + "\n\f"
