"""The "blind-3" document layouts (made like those in ``blind3_layouts.py``, blind): a Word file
laid out by a two-column table, an RTF document printed by LibreOffice, a fixed-width plain-text
export from an applicant tracking system, and a Markdown page made standalone by pandoc (with its
own style sheet) and printed by Chromium."""

from __future__ import annotations

import textwrap
from typing import Any

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from tests.rendered.contents import Content, Credential
from tests.rendered.docx_layouts import _hyperlink, docx_bytes
from tests.rendered.layout import display_name, month

_EARLIER_JOB = ("Analyst", "Globex", "Owned the monthly reporting pack and its controls.")
_SCHOOL = ("BSc Mathematics", "University of Leeds")


def _issued_expires(held: Credential) -> str:
    text = f"Issued {month(held.issued_on, 'mon')}"
    if held.expires_on:
        text += f" · Expires {month(held.expires_on, 'mon')}"
    return text


# -- 4. a Word file whose page is a two-column table -------------------------------------------


def _shade(cell: Any, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _cell_heading(cell: Any, text: str) -> None:
    paragraph = cell.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(10)
    run = paragraph.add_run(text.upper())
    run.bold = True
    run.font.size = Pt(10.5)
    run.font.color.rgb = RGBColor(0x2E, 0x4A, 0x62)


def blind3_docx_table_page(content: Content) -> bytes:
    """A Word template's page: one borderless table row, a shaded left cell with the name,
    contact details, skills and education, the right cell with the profile, the experience and
    the certifications as a bulleted list whose titles are hyperlinks ("License No." before the
    number). Kept as DOCX, not printed."""
    document: Any = docx.Document()
    document.styles["Normal"].font.name = "DejaVu Sans"
    document.styles["Normal"].font.size = Pt(9.5)
    for section in document.sections:
        section.left_margin = section.right_margin = Cm(1.3)
        section.top_margin = section.bottom_margin = Cm(1.3)
    table = document.add_table(rows=1, cols=2)
    table.autofit = False
    left, right = table.rows[0].cells
    # Word reads the grid's widths, LibreOffice the cells': set both, as Word itself saves.
    for column, cell, width in zip(table.columns, (left, right), (Cm(6.2), Cm(12.2)), strict=True):
        column.width = cell.width = width
    _shade(left, "E6EDF3")

    name = left.paragraphs[0].add_run(display_name(content))
    name.bold = True
    name.font.size = Pt(17)
    left.add_paragraph(content.headline).runs[0].italic = True
    _cell_heading(left, "Contact")
    for line in (content.email, content.phone, content.location):
        left.add_paragraph(line)
    for text, url in content.contact_links:
        _hyperlink(left.add_paragraph(), url, text)
    _cell_heading(left, "Skills")
    for skill in content.skills:
        left.add_paragraph(skill, style="List Bullet")
    _cell_heading(left, "Education")
    left.add_paragraph(_SCHOOL[0]).runs[0].bold = True
    left.add_paragraph(f"{_SCHOOL[1]}, 2010 – 2014")

    right.paragraphs[0].add_run("PROFILE").bold = True
    right.add_paragraph(content.summary)
    _cell_heading(right, "Experience")
    right.add_paragraph().add_run(f"{content.role} — {content.employer}").bold = True
    right.add_paragraph("2019 – Present")
    for bullet in content.bullets:
        right.add_paragraph(bullet, style="List Bullet")
    right.add_paragraph().add_run(f"{_EARLIER_JOB[0]} — {_EARLIER_JOB[1]}").bold = True
    right.add_paragraph("2014 – 2019")
    right.add_paragraph(_EARLIER_JOB[2], style="List Bullet")
    _cell_heading(right, "Certifications")
    for held in content.credentials:
        item = right.add_paragraph(style="List Bullet")
        if held.url:
            _hyperlink(item, held.url, held.title)
        else:
            item.add_run(held.title).bold = True
        rest = f" – {held.issuer}. {_issued_expires(held)}"
        if held.credential_id:
            rest += f". License No. {held.credential_id}"
        item.add_run(rest)
    for line in content.section_negatives:
        right.add_paragraph(line, style="List Bullet")
    return docx_bytes(document)


# -- 5. an RTF document (as TextEdit or WordPad save it), printed by LibreOffice ---------------


def _rtf_text(text: str) -> str:
    out = []
    for character in text:
        if character in "\\{}":
            out.append("\\" + character)
        elif ord(character) > 127:
            out.append(f"\\u{ord(character)}?")
        else:
            out.append(character)
    return "".join(out)


def _rtf_link(url: str, text: str) -> str:
    return (
        f'{{\\field{{\\*\\fldinst{{HYPERLINK "{url}"}}}}'
        f"{{\\fldrslt{{\\ul\\cf2 {_rtf_text(text)}}}}}}}"
    )


_RTF_MIDDLE_DOT = "  \\u183?  "
_RTF_SECTION = "\\pard\\sb220\\sa80\\brdrb\\brdrs\\brdrw10\\brsp20\\b\\fs21 {}\\b0\\fs19\\par\n"


def blind3_rtf(content: Content) -> str:
    """A serif RTF résumé: centred name, sections ruled underneath, each credential a line
    "Title, Issuer" with "(Mon YYYY–present)" or "(Mon YYYY–Mon YYYY)" at a right tab, and a
    second line "Cert. no. …" and the URL as a hyperlink field showing itself."""
    links = " | ".join(_rtf_link(url, text) for text, url in content.contact_links)
    contact = " | ".join(
        _rtf_text(part) for part in (content.location, content.phone, content.email)
    )
    parts = [
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman DejaVu Serif;}}",
        "{\\colortbl;\\red0\\green0\\blue0;\\red26\\green86\\blue176;}",
        "\\paperw11906\\paperh16838\\margl1247\\margr1247\\margt1134\\margb1134\\f0\\fs19\n",
        f"\\pard\\qc\\b\\fs34 {_rtf_text(display_name(content))}\\b0\\fs19\\par\n",
        f"\\pard\\qc\\i {_rtf_text(content.headline)}\\i0\\par\n",
        f"\\pard\\qc {contact}{' | ' + links if links else ''}\\par\n",
        _RTF_SECTION.format("SUMMARY"),
        f"\\pard\\sa60 {_rtf_text(content.summary)}\\par\n",
        _RTF_SECTION.format("PROFESSIONAL EXPERIENCE"),
        f"\\pard\\tqr\\tx9412 {{\\b {_rtf_text(content.role)}}}, "
        f"{_rtf_text(content.employer)}\\tab 2019\\u8211?present\\par\n",
        *(f"\\pard\\fi-200\\li400 \\u8226?\\tab {_rtf_text(b)}\\par\n" for b in content.bullets),
        f"\\pard\\tqr\\tx9412 {{\\b {_EARLIER_JOB[0]}}}, {_EARLIER_JOB[1]}\\tab 2014\\u8211?2019"
        "\\par\n",
        f"\\pard\\fi-200\\li400 \\u8226?\\tab {_EARLIER_JOB[2]}\\par\n",
        _RTF_SECTION.format("LICENSES AND CERTIFICATIONS"),
    ]
    for held in content.credentials:
        until = month(held.expires_on, "mon") if held.expires_on else "present"
        when = f"({month(held.issued_on, 'mon')}\\u8211?{until})"
        parts.append(
            f"\\pard\\sb60\\tqr\\tx9412 {{\\b {_rtf_text(held.title)}}}, "
            f"{_rtf_text(held.issuer)} \\tab {when}\\par\n"
        )
        second = []
        if held.credential_id:
            second.append(f"Cert. no. {_rtf_text(held.credential_id)}")
        if held.url:
            # Typed into the document, the URL is turned into a link showing itself; LibreOffice
            # prints an RTF field's text without a link annotation, so the URL has to be seen.
            second.append(_rtf_link(held.url, held.url))
        if second:
            parts.append(f"\\pard\\li284 {_RTF_MIDDLE_DOT.join(second)}\\par\n")
    parts.extend(f"\\pard\\sb60 {_rtf_text(line)}\\par\n" for line in content.section_negatives)
    parts += [
        _RTF_SECTION.format("EDUCATION"),
        f"\\pard\\tqr\\tx9412 {{\\b {_SCHOOL[0]}}}, {_SCHOOL[1]}\\tab 2010\\u8211?2014\\par\n",
        _RTF_SECTION.format("SKILLS"),
        f"\\pard {_rtf_text(', '.join(content.skills))}\\par\n",
        "}\n",
    ]
    return "".join(parts)


# -- 6. a fixed-width plain-text export from an applicant tracking system ----------------------

_WIDTH = 96
#: (heading, width) of the certification columns; text wraps inside its own column.
_COLUMNS = (
    ("CREDENTIAL", 34),
    ("ISSUER", 22),
    ("ISSUED", 8),
    ("EXPIRES", 8),
    ("CREDENTIAL ID", 18),
)


def _fixed_row(cells: list[str]) -> list[str]:
    wrapped = [
        textwrap.wrap(cell, width) or [""] for cell, (_, width) in zip(cells, _COLUMNS, strict=True)
    ]
    lines = []
    for index in range(max(len(column) for column in wrapped)):
        pieces = [
            (column[index] if index < len(column) else "").ljust(width)
            for column, (_, width) in zip(wrapped, _COLUMNS, strict=True)
        ]
        lines.append(" ".join(pieces).rstrip())
    return lines


def _wrapped(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(text, _WIDTH, initial_indent=indent, subsequent_indent=indent)


def blind3_ats_text(content: Content) -> str:
    """A plain-text candidate export: labelled header fields, then sections under dashed rules,
    the certifications a fixed-width table (MM/YYYY dates; long titles and issuers wrap inside
    their column) with each verification URL on an indented line below its row."""
    rule = "=" * _WIDTH
    lines = [
        rule,
        f"CANDIDATE:   {display_name(content)}",
        f"POSITION:    {content.headline}",
        f"EMAIL:       {content.email:<36}PHONE: {content.phone}",
        f"LOCATION:    {content.location}",
        *(f"{text.upper() + ':':<13}{url}" for text, url in content.contact_links),
        rule,
        "",
        "SUMMARY",
        "-------",
        *_wrapped(content.summary),
        "",
        "WORK HISTORY",
        "------------",
        f"{'06/2019 - PRESENT':<22}{content.role} | {content.employer}",
        *(line for bullet in content.bullets for line in _wrapped(f"* {bullet}", " " * 22)),
        f"{'09/2014 - 05/2019':<22}{_EARLIER_JOB[0]} | {_EARLIER_JOB[1]}",
        *_wrapped(f"* {_EARLIER_JOB[2]}", " " * 22),
        "",
        "CERTIFICATIONS / LICENSES",
        "-------------------------",
        *_fixed_row([heading for heading, _ in _COLUMNS]),
        " ".join("-" * width for _, width in _COLUMNS),
    ]
    for held in content.credentials:
        lines += _fixed_row(
            [
                held.title,
                held.issuer,
                month(held.issued_on, "slash"),
                month(held.expires_on, "slash"),
                held.credential_id or "",
            ]
        )
        if held.url:
            lines.append(f"    Verification URL: {held.url}")
    lines += ["", *content.section_negatives, ""]
    lines += ["EDUCATION", "---------", f"{'2010 - 2014':<22}{_SCHOOL[0]} | {_SCHOOL[1]}", ""]
    lines += ["SKILLS", "------", *_wrapped(", ".join(content.skills)), ""]
    return "\n".join(lines)


# -- 7. Markdown → pandoc (standalone, its own style sheet) → HTML → Chromium -------------------

_MARKDOWN_STYLE = (
    "<style>html { background: #fff; } body { font-family: 'DejaVu Sans', sans-serif;"
    " font-size: 9.5pt; max-width: none;"
    " margin: 0; padding: 0; color: #1d1d1d; } @page { size: A4; margin: 15mm; }"
    " header#title-block-header { border-bottom: 2pt solid #0b7a75; margin-bottom: 6pt; }"
    " h1.title { font-size: 22pt; margin: 0; text-align: left; } p.subtitle { font-size: 11pt;"
    " color: #0b7a75; margin: 0 0 4pt; text-align: left; } h1 { font-size: 12pt; color: #0b7a75;"
    " margin: 10pt 0 3pt; } table { border-collapse: collapse; width: 100%; font-size: 8pt; }"
    " th { background: #0b7a75; color: #fff; text-align: left; padding: 3pt; }"
    " td { border-bottom: 0.5pt solid #ccc; padding: 3pt; vertical-align: top; }"
    " a { color: #0b7a75; }</style>"
)


def _host(url: str) -> str:
    host = url.split("://", 1)[1].split("/", 1)[0]
    return host.removeprefix("www.")


def blind3_markdown_standalone(content: Content) -> str:
    """Markdown with a YAML title block (the name with its post-nominals, the headline as the
    subtitle) and its style sheet in ``header-includes``; the certifications a pipe table
    Credential | Issuer | Issued | Expires | Credential ID | Link, "No expiry" where none, the
    link cell showing the site's name."""
    links = " · ".join(f"[{text}]({url})" for text, url in content.contact_links)
    contact = " · ".join(
        [content.email, content.phone, content.location, *([links] if links else [])]
    )
    rows = [
        "| Credential | Issuer | Issued | Expires | Credential ID | Link |",
        "|:-----------|:-------|:-------|:--------|:--------------|:-----|",
    ]
    for held in content.credentials:
        expires = month(held.expires_on, "mon") if held.expires_on else "No expiry"
        link = f"[{_host(held.url)}]({held.url})" if held.url else "—"
        rows.append(
            f"| {held.title} | {held.issuer} | {month(held.issued_on, 'mon')} | {expires} | "
            f"{held.credential_id or '—'} | {link} |"
        )
    return "\n".join(
        [
            "---",
            f'title: "{display_name(content)}"',
            f'subtitle: "{content.headline}"',
            f'pagetitle: "{content.name} – Résumé"',
            "header-includes: |",
            f"  {_MARKDOWN_STYLE}",
            "---",
            "",
            contact,
            "",
            "# Summary",
            "",
            content.summary,
            "",
            "# Certifications",
            "",
            *rows,
            "",
            *(f"- {line}" for line in content.section_negatives),
            "",
            "# Experience",
            "",
            f"**{content.role}** — {content.employer} (2019–present)",
            "",
            *(f"- {bullet}" for bullet in content.bullets),
            "",
            f"**{_EARLIER_JOB[0]}** — {_EARLIER_JOB[1]} (2014–2019)",
            "",
            f"- {_EARLIER_JOB[2]}",
            "",
            "# Education",
            "",
            f"**{_SCHOOL[0]}**, {_SCHOOL[1]} (2010–2014)",
            "",
            "# Skills",
            "",
            " · ".join(content.skills),
            "",
        ]
    )
