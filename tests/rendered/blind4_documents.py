"""The "blind-4" documents (made like ``blind4_pages.py``, blind): a German-style tabular CV
in Word printed by LibreOffice (a "Personal details" table holding the name, "MM.YYYY" dates in
a left column, URLs typed out, a dated signature), a British CV kept as DOCX (hanging entries
under "Professional Qualifications", the links as Word hyperlinks) and a résumé written in
Markdown and sent as plain text (GitHub-flavoured, ISO dates, links in Markdown syntax)."""

from __future__ import annotations

from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from tests.extractors.documents import add_hyperlink
from tests.rendered.contents import Content, Credential
from tests.rendered.docx_layouts import docx_bytes
from tests.rendered.layout import FULL_MONTHS, display_name, month

_EARLIER = ("Analyst", "Globex", "Owned the monthly reporting pack and its controls.")


def _dotted(value: str | None) -> str:
    if not value:
        return ""
    year, number = value.split("-")
    return f"{number}.{year}"


def _document(font: str, size: float, margins: tuple[float, float]) -> Any:
    document: Any = docx.Document()
    document.styles["Normal"].font.name = font
    document.styles["Normal"].font.size = Pt(size)
    for section in document.sections:
        section.left_margin = section.right_margin = Cm(margins[0])
        section.top_margin = section.bottom_margin = Cm(margins[1])
    return document


# -- 4. a German-style tabular CV, printed by LibreOffice ---------------------------------------


def _two_columns(document: Any, rows: list[tuple[str, list[str]]]) -> None:
    table = document.add_table(rows=0, cols=2)
    table.autofit = False
    for when, lines in rows:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(4.2), Cm(12.6)
        cells[0].paragraphs[0].add_run(when)
        cells[1].paragraphs[0].add_run(lines[0]).bold = True
        for line in lines[1:]:
            cells[1].add_paragraph(line)
    for column, width in zip(table.columns, (Cm(4.2), Cm(12.6)), strict=True):
        column.width = width


def _heading(document: Any, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(12)
    paragraph.paragraph_format.space_after = Pt(4)
    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(12)


def _certificate_lines(held: Credential) -> list[str]:
    lines = [held.title, held.issuer]
    if held.credential_id:
        lines.append(f"Certificate no. {held.credential_id}")
    if held.url:
        lines.append(held.url)
    return lines


def blind4_german_tabular(content: Content) -> bytes:
    """A Lebenslauf written in English: "Curriculum Vitae" over a table of personal details
    whose first row is the name; every section a borderless two-column table, the dates
    ("08.2019 – 08.2026", "since 01.2024") on the left; URLs typed out in full; the place, the
    date and the name under it all, as a German CV is signed."""
    document = _document("DejaVu Sans Condensed", 10, (2.2, 2.0))
    title = document.add_paragraph()
    run = title.add_run("Curriculum Vitae")
    run.bold = True
    run.font.size = Pt(18)
    _heading(document, "Personal details")
    personal = [
        ("Name", [display_name(content)]),
        ("Address", [content.location]),
        ("Telephone", [content.phone]),
        ("E-mail", [content.email]),
        *((text, [url]) for text, url in content.contact_links),
    ]
    _two_columns(document, [(label, lines) for label, lines in personal])
    _heading(document, "Professional experience")
    _two_columns(
        document,
        [
            ("03.2019 – today", [f"{content.role}, {content.employer}", *content.bullets]),
            ("09.2014 – 02.2019", [f"{_EARLIER[0]}, {_EARLIER[1]}", _EARLIER[2]]),
        ],
    )
    _heading(document, "Education")
    _two_columns(document, [("10.2010 – 06.2014", ["BSc Mathematics", "University of Leeds"])])
    _heading(document, "Further training and certificates")
    rows = []
    for held in content.credentials:
        when = (
            f"{_dotted(held.issued_on)} – {_dotted(held.expires_on)}"
            if held.expires_on
            else f"since {_dotted(held.issued_on)}"
        )
        rows.append((when, _certificate_lines(held)))
    rows.extend(("", [line]) for line in content.section_negatives)
    _two_columns(document, rows)
    _heading(document, "Skills")
    _two_columns(document, [("IT", [", ".join(content.skills)])])
    _heading(document, "Profile")
    document.add_paragraph(content.summary)
    city = content.location.split(",")[0]
    signed = document.add_paragraph(f"{city}, 01.12.2026")
    signed.paragraph_format.space_before = Pt(24)
    document.add_paragraph(content.name)
    return docx_bytes(document)


# -- 5. a British CV kept as DOCX ---------------------------------------------------------------


def _full(value: str | None) -> str:
    return month(value, "full") if value else ""


def _qualification(document: Any, held: Credential) -> None:
    paragraph = document.add_paragraph()
    layout = paragraph.paragraph_format
    layout.left_indent, layout.first_line_indent = Cm(2.0), Cm(-2.0)
    layout.tab_stops.add_tab_stop(Cm(2.0))
    layout.space_after = Pt(4)
    paragraph.add_run(f"{(held.issued_on or '')[:4]}\t")
    paragraph.add_run(held.title).bold = True
    text = f", {held.issuer}. Awarded {_full(held.issued_on)}"
    if held.expires_on:
        text += f"; renewal due {_full(held.expires_on)}"
    text += "."
    if held.credential_id:
        text += f" Registration number: {held.credential_id}."
    paragraph.add_run(text)
    if held.url:
        paragraph.add_run(" ")
        add_hyperlink(paragraph, held.url, "View certificate", colour="0563C1")


def blind4_british_docx(content: Content) -> bytes:
    """A UK CV written in Word and sent as DOCX: the name centred in capitals, one centred
    contact line, a Personal Statement, then "Professional Qualifications" as hanging entries
    (the year in the margin, "Awarded August 2019; renewal due August 2026", "Registration
    number:", a "View certificate" hyperlink), the employment history after; "References
    available on request" at the end."""
    document = _document("Garamond", 11, (2.0, 1.8))
    name = document.add_paragraph()
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = name.add_run(display_name(content).upper())
    run.bold = True
    run.font.size = Pt(16)
    contact = document.add_paragraph(f"{content.location} • {content.phone} • {content.email}")
    contact.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if content.contact_links:
        links = document.add_paragraph()
        links.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for index, (text, url) in enumerate(content.contact_links):
            if index:
                links.add_run(" • ")
            add_hyperlink(links, url, text, colour="0563C1")
    document.add_heading("Personal Statement", level=2)
    document.add_paragraph(content.summary)
    document.add_heading("Professional Qualifications", level=2)
    for held in content.credentials:
        _qualification(document, held)
    for line in content.section_negatives:
        other = document.add_paragraph(f"\t{line}").paragraph_format
        other.left_indent, other.first_line_indent = Cm(2.0), Cm(-2.0)
        other.tab_stops.add_tab_stop(Cm(2.0))
    document.add_heading("Employment History", level=2)
    job = document.add_paragraph()
    job.add_run(f"{content.employer} — {content.role}").bold = True
    job.add_run(f"\t{FULL_MONTHS[2]} 2019 – present")
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    earlier = document.add_paragraph()
    earlier.add_run(f"{_EARLIER[1]} — {_EARLIER[0]}").bold = True
    earlier.add_run("\tSeptember 2014 – February 2019")
    document.add_paragraph(_EARLIER[2], style="List Bullet")
    document.add_heading("Education", level=2)
    document.add_paragraph("University of Leeds — BSc (Hons) Mathematics, 2:1 (2010 – 2014)")
    document.add_heading("Key Skills", level=2)
    document.add_paragraph("; ".join(content.skills))
    document.add_paragraph("References available on request.")
    return docx_bytes(document)


# -- 6. a Markdown résumé sent as plain text -----------------------------------------------------


def _iso(held: Credential) -> str:
    issued = month(held.issued_on, "iso")
    return f"{issued} → {month(held.expires_on, 'iso')}" if held.expires_on else issued


def blind4_markdown_text(content: Content) -> str:
    """A developer's ``resume.md`` pasted as text: ``#`` headings, "Certifications" straight
    after the summary, each credential a list item — bold title, an em dash, the issuer, ISO
    dates with an arrow — and an indented line with the ID in backticks and a Markdown link."""
    links = " · ".join(f"[{text}]({url})" for text, url in content.contact_links)
    lines = [
        f"# {display_name(content)}",
        "",
        f"**{content.headline}** · {content.location}  ",
        f"<{content.email}> · {content.phone}" + (f" · {links}" if links else ""),
        "",
        "## Summary",
        "",
        content.summary,
        "",
        "## Certifications",
        "",
    ]
    for held in content.credentials:
        lines.append(f"- **{held.title}** — {held.issuer} ({_iso(held)})")
        extras = []
        if held.credential_id:
            extras.append(f"ID `{held.credential_id}`")
        if held.url:
            extras.append(f"[verify]({held.url})")
        if extras:
            lines.append(f"  {' · '.join(extras)}")
    lines.extend(f"- {line}" for line in content.section_negatives)
    lines += [
        "",
        "## Experience",
        "",
        f"### {content.role} @ {content.employer} (2019-03 → present)",
        "",
        *(f"- {bullet}" for bullet in content.bullets),
        "",
        f"### {_EARLIER[0]} @ {_EARLIER[1]} (2014-09 → 2019-02)",
        "",
        f"- {_EARLIER[2]}",
        "",
        "## Education",
        "",
        "- BSc Mathematics, University of Leeds (2010 → 2014)",
        "",
        "## Skills",
        "",
        " ".join(f"`{skill}`" for skill in content.skills),
        "",
    ]
    return "\n".join(lines)
