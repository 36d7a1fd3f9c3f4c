"""Blind-6's document résumés: a Word template printed by LibreOffice, a pandoc DOCX, text.

``blind6_gdocs_docx`` follows the Google Docs / Word "modern" templates people fill in and
export as PDF: a large name, a coloured contact line, small-caps headings, and "Licenses &
certifications" as paragraphs — the title in bold with the issuer after a comma, the dates
in full months, then a second line with the credential ID and the URL written out (LibreOffice
keeps no link annotation, so a URL only counts when its text is on the page).
``blind6_pandoc_markdown`` is a Markdown résumé turned into DOCX by pandoc and sent as DOCX: a
bullet per certification, the issuer after an em dash, "MM/YYYY" dates, the ID in code and a
"[verify]" hyperlink. ``blind6_jobboard_text`` is the plain text a job board's "download as
text" gives: upper-case headings, each certification on stacked lines ("Issued May 2024 ·
Expires May 2027", "Credential ID …", the URL).
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from tests.rendered.blind6_pages import full_name
from tests.rendered.contents import Content
from tests.rendered.layout import month, span

_ACCENT = RGBColor(0xC2, 0x41, 0x0C)


def _heading(document: object, text: str) -> None:
    paragraph = document.add_paragraph()  # type: ignore[attr-defined]
    paragraph.paragraph_format.space_before = Pt(12)
    paragraph.paragraph_format.space_after = Pt(3)
    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(11)
    run.font.small_caps = True
    run.font.color.rgb = _ACCENT


def blind6_gdocs_docx(content: Content) -> bytes:
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Liberation Serif"  # type: ignore[attr-defined]
    style.font.size = Pt(10.5)  # type: ignore[attr-defined]
    name = document.add_paragraph()
    run = name.add_run(full_name(content))
    run.font.size = Pt(26)
    run.bold = True
    headline = document.add_paragraph()
    headline.add_run(content.headline).italic = True
    contact = document.add_paragraph()
    parts = [content.location, content.phone, content.email]
    parts += [text for text, _ in content.contact_links]
    contact_run = contact.add_run("  |  ".join(parts))
    contact_run.font.color.rgb = _ACCENT
    contact_run.font.size = Pt(9)

    _heading(document, "Summary")
    document.add_paragraph(content.summary)

    _heading(document, "Experience")
    job = document.add_paragraph()
    job.add_run(f"{content.employer}, ").bold = True
    job.add_run(f"{content.role}")
    right = document.add_paragraph("April 2021 – present")
    right.alignment = WD_ALIGN_PARAGRAPH.LEFT
    right.runs[0].italic = True
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")

    _heading(document, "Licenses & Certifications")
    for held in content.credentials:
        first = document.add_paragraph()
        first.paragraph_format.space_after = Pt(0)
        first.add_run(held.title).bold = True
        first.add_run(f", {held.issuer} — {span(held, 'full', ' to ')}")
        details = []
        if held.credential_id:
            details.append(f"Credential ID {held.credential_id}")
        if held.url:
            details.append(held.url)
        if details:
            second = document.add_paragraph()
            second.paragraph_format.space_after = Pt(4)
            second_run = second.add_run("   " + "   ·   ".join(details))
            second_run.font.size = Pt(9)
            second_run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    _heading(document, "Professional Development")
    for text in content.section_negatives:
        document.add_paragraph(text, style="List Bullet")

    _heading(document, "Skills")
    document.add_paragraph(", ".join(content.skills))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _markdown_escape(text: str) -> str:
    return text.replace("*", r"\*").replace("_", r"\_")


def blind6_pandoc_markdown(content: Content) -> str:
    links = " · ".join(f"[{text}]({url})" for text, url in content.contact_links)
    lines = [
        f"# {full_name(content)}",
        "",
        f"**{content.headline}** · {content.location}  ",
        f"{content.email} · {content.phone}" + (f" · {links}" if links else ""),
        "",
        "## Profile",
        "",
        content.summary,
        "",
        "## Experience",
        "",
        f"### {content.role} — {content.employer}",
        "",
        "*2021 – present*",
        "",
        *(f"- {bullet}" for bullet in content.bullets),
        "",
        "## Certifications",
        "",
    ]
    for held in content.credentials:
        when_held = span(held, "slash", "–")
        entry = f"- **{_markdown_escape(held.title)}** — {held.issuer} ({when_held})"
        if held.credential_id:
            entry += f". ID `{held.credential_id}`"
        if held.url:
            entry += f". [verify]({held.url})"
        lines.append(entry)
    lines += [
        "",
        "## Other",
        "",
        *(f"- {text}" for text in content.section_negatives),
        "",
        "## Skills",
        "",
        ", ".join(content.skills),
        "",
    ]
    return "\n".join(lines)


def blind6_jobboard_text(content: Content) -> str:
    lines = [
        full_name(content),
        content.headline,
        content.location,
        content.email,
        content.phone,
        *(url for _, url in content.contact_links),
        "",
        "SUMMARY",
        "",
        content.summary,
        "",
        "WORK EXPERIENCE",
        "",
        content.role,
        f"{content.employer} - {content.location}",
        "April 2021 to Present",
        *(f"- {bullet}" for bullet in content.bullets),
        "",
        "CERTIFICATIONS AND LICENSES",
        "",
    ]
    for held in content.credentials:
        lines += [held.title, held.issuer]
        issued = f"Issued {month(held.issued_on, 'mon')}"
        if held.expires_on:
            issued += f" · Expires {month(held.expires_on, 'mon')}"
        lines.append(issued)
        if held.credential_id:
            lines.append(f"Credential ID {held.credential_id}")
        if held.url:
            lines.append(held.url)
        lines.append("")
    lines += [
        "ADDITIONAL INFORMATION",
        "",
        *content.section_negatives,
        "",
        "SKILLS",
        "",
        *(f"- {skill}" for skill in content.skills),
        "",
    ]
    return "\n".join(lines)
