"""Blind-9's Word résumés (python-docx): one kept as DOCX, one printed to PDF by LibreOffice.

``blind9_comma_table_docx`` is a résumé laid out by a borderless two-column table, the section
names in a narrow shaded left column and the contents on the right; its certifications are one
comma-separated run in a single cell ("Security+ (CompTIA, May 2021–May 2027, ID …), GIAC …"),
each title hyperlinked to its badge where there is one, the address never printed.
``blind9_per_job_docx`` has no certifications section: each job in the work history, the
current one and two earlier ones (``EARLIER_ROLES``), ends with "Certifications earned in this
role:" and the credentials issued while the person held it ("Title — Issuer · issued 2019-11 ·
valid to 2026-12 · No. 3191642", the address printed on the next line), the way candidates
show what each employer sponsored; LibreOffice prints it to A4.
"""

from __future__ import annotations

from typing import Any

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from tests.rendered.blind5_word import _hyperlink as hyperlink
from tests.rendered.contents import Content, Credential
from tests.rendered.docx_layouts import docx_bytes
from tests.rendered.layout import display_name, month

#: Each content's jobs before the current one, newest first: (role, employer, years).
EARLIER_ROLES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "b9-pharmacist": (
        ("PGY1 Pharmacy Resident", "Gulf Coast University Hospital", "2016 – 2017"),
        ("Pharmacy Intern", "H-E-B Pharmacy", "2013 – 2016"),
    ),
    "b9-aviation-engineer": (
        ("B1 Certifying Technician", "Scandinavian Line Maintenance AS", "2016 – 2019"),
        ("Aircraft Mechanic (Cat A)", "Nordic Aero Technics AB", "2011 – 2016"),
    ),
    "b9-teacher": (
        ("Mathematics Teacher", "Maple Ridge Middle School, Naperville, Illinois", "2014 – 2020"),
        ("Student Teacher", "Lincoln Junior High School, Champaign, Illinois", "2013 – 2014"),
    ),
    "b9-soc-analyst": (
        ("SOC Analyst, Tier 1", "Kiezwerk IT-Sicherheit GmbH", "2021 – 2023"),
        ("IT Support Specialist", "Hauptstadt Logistik AG", "2018 – 2021"),
    ),
    "b9-construction-pm": (
        ("Project Manager", "Prairie State Construction Co.", "2017 – 2021"),
        ("Project Engineer", "Calumet General Contractors", "2013 – 2017"),
    ),
    "b9-paralegal": (
        ("Litigation Paralegal", "Sound & Cascade PLLC", "2017 – 2022"),
        ("Legal Assistant", "King County Public Defense", "2015 – 2017"),
    ),
}


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _no_borders(table: Any) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    table._tbl.tblPr.append(borders)


def _details(held: Credential) -> str:
    facts = [held.issuer]
    dated = month(held.issued_on, "mon")
    if held.expires_on:
        dated += f"–{month(held.expires_on, 'mon')}"
    facts.append(dated)
    if held.credential_id:
        facts.append(f"ID {held.credential_id}")
    return f" ({', '.join(facts)})"


def blind9_comma_table_docx(content: Content) -> bytes:
    document = Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(1.5)
    normal = document.styles["Normal"]
    normal.font.name = "Liberation Sans"
    normal.font.size = Pt(10)
    name = document.add_paragraph().add_run(display_name(content))
    name.bold, name.font.size = True, Pt(18)
    document.add_paragraph(
        f"{content.headline} · {content.location} · {content.phone} · {content.email}"
    )
    rows = ("Profile", "Experience", "Certifications", "Working on", "Skills")
    table = document.add_table(rows=len(rows), cols=2)
    _no_borders(table)
    for row, label in zip(table.rows, rows, strict=True):
        row.cells[0].width, row.cells[1].width = Cm(3.6), Cm(14.4)
        _shade(row.cells[0], "E8EEF4")
        run = row.cells[0].paragraphs[0].add_run(label.upper())
        run.bold, run.font.size = True, Pt(9)
        run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    profile, experience, certifications, pending, skills = (row.cells[1] for row in table.rows)
    profile.paragraphs[0].text = content.summary
    if content.contact_links:
        links = profile.add_paragraph()
        for text, url in content.contact_links:
            hyperlink(links, url, text)
    experience.paragraphs[0].add_run(f"{content.role}, {content.employer} (2020–)").bold = True
    for bullet in content.bullets:
        experience.add_paragraph(f"• {bullet}")
    run_in = certifications.paragraphs[0]
    for index, held in enumerate(content.credentials):
        if index:
            run_in.add_run(", ")
        if held.url:
            hyperlink(run_in, held.url, held.title)
        else:
            run_in.add_run(held.title)
        run_in.add_run(_details(held))
    run_in.add_run(".")
    pending.paragraphs[0].text = "; ".join(content.section_negatives) + "."
    skills.paragraphs[0].text = ", ".join(content.skills)
    return docx_bytes(document)


def _start_year(years: str) -> int:
    return int(years.split("–")[0])


def _by_role(content: Content) -> list[tuple[str, str, str, list[Credential]]]:
    """The jobs newest first, each with the credentials issued while it was held (those older
    than the first job under the first job)."""
    earlier = EARLIER_ROLES[content.key]
    current_start = int(earlier[0][2].split("–")[1])
    jobs = [(content.role, content.employer, f"{current_start} – present"), *earlier]
    starts = [current_start, *(_start_year(years) for _, _, years in earlier)]
    earned: list[list[Credential]] = [[] for _ in jobs]
    for held in content.credentials:
        year = int((held.issued_on or "0")[:4])
        index = next((i for i, start in enumerate(starts) if year >= start), len(jobs) - 1)
        earned[index].append(held)
    return [(*job, held) for job, held in zip(jobs, earned, strict=True)]


def _job_credential(document: Any, held: Credential) -> None:
    facts = [f"{held.title} — {held.issuer}", f"issued {month(held.issued_on, 'iso')}"]
    if held.expires_on:
        facts.append(f"valid to {month(held.expires_on, 'iso')}")
    if held.credential_id:
        facts.append(f"No. {held.credential_id}")
    entry = document.add_paragraph(" · ".join(facts), style="List Bullet 2")
    if held.url:
        entry.add_run().add_break(WD_BREAK.LINE)
        entry.add_run(held.url).font.size = Pt(8.5)


def blind9_per_job_docx(content: Content) -> bytes:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.name = "Liberation Serif"
    normal.font.size = Pt(10.5)
    document.add_heading(display_name(content), level=0)
    document.add_paragraph(f"{content.headline}\n{content.location} | {content.phone} | "
                           f"{content.email}")  # fmt: skip
    document.add_heading("Summary", level=1)
    document.add_paragraph(content.summary)
    document.add_heading("Work history", level=1)
    for index, (role, employer, years, earned) in enumerate(_by_role(content)):
        heading = document.add_paragraph()
        heading.add_run(f"{role}, {employer}").bold = True
        heading.add_run(f"\t{years}").italic = True
        if index == 0:
            for bullet in content.bullets:
                document.add_paragraph(bullet, style="List Bullet")
        else:
            document.add_paragraph(
                "The same kind of work at a smaller scale (details on request).",
                style="List Bullet",
            )
        if earned:
            document.add_paragraph().add_run("Certifications earned in this role:").italic = True
            for held in earned:
                _job_credential(document, held)
    document.add_heading("Working towards", level=1)
    for text in content.section_negatives:
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Skills", level=1)
    document.add_paragraph(" · ".join(content.skills))
    if content.contact_links:
        document.add_paragraph(" · ".join(text for text, _ in content.contact_links))
    return docx_bytes(document)
