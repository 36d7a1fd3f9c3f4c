"""Blind-8's Word résumés (python-docx) and its e-mailed plain-text résumé.

``blind8_functional_docx`` is a *functional* résumé kept as DOCX: no certifications section;
each credential is told in a sentence of the skill area it backs ("Soil fertility — I hold the
Certified Crop Adviser (CCA) from the American Society of Agronomy, awarded April 2022 and valid
until December 2026 (certificate CCA-I-47118; verify at …)."), with the name and e-mail in the
page header and "Page N" in the footer. ``blind8_landscape_docx`` is printed to PDF by
LibreOffice: a landscape page whose first section is the name block across the page, then a
continuous section break into three newspaper columns (profile and experience, certifications,
skills) with column breaks; certifications as "Title / Issuer / 2021/06 → 2027/06 / # ID / URL".
``blind8_email_text`` is a résumé pasted into the body of a reply e-mail: headers, a short
cover note, the résumé as plain text wrapped at 72 columns (certifications as "* Title (Issuer)
-- Apr-2022, exp. Dec-2026 -- ID: … -- URL"), a signature and the recruiter's quoted message.
"""

from __future__ import annotations

import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from tests.rendered.contents import Content, Credential
from tests.rendered.docx_layouts import docx_bytes
from tests.rendered.layout import display_name, month


def _page_field(paragraph: object) -> None:
    run = paragraph.add_run()  # type: ignore[attr-defined]
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _sentence(held: Credential) -> str:
    text = f"I hold the {held.title} from {held.issuer}, awarded {month(held.issued_on, 'full')}"
    if held.expires_on:
        text += f" and valid until {month(held.expires_on, 'full')}"
    extra = []
    if held.credential_id:
        extra.append(f"certificate {held.credential_id}")
    if held.url:
        extra.append(f"verify at {held.url}")
    return text + (f" ({'; '.join(extra)})." if extra else ".")


def blind8_functional_docx(content: Content) -> bytes:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(22)
    normal = document.styles["Normal"]
    normal.font.name = "Liberation Serif"  # type: ignore[attr-defined]
    normal.font.size = Pt(11)  # type: ignore[attr-defined]
    header = section.header.paragraphs[0]
    header.text = f"{content.name}  ·  {content.email}  ·  {content.phone}"
    header.runs[0].font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.add_run("Functional résumé — Page ").font.size = Pt(8)
    _page_field(footer)
    title = document.add_paragraph()
    run = title.add_run(display_name(content))
    run.bold, run.font.size = True, Pt(20)
    document.add_paragraph(f"{content.headline} — {content.location}").runs[0].italic = True
    document.add_heading("Summary of qualifications", level=2)
    document.add_paragraph(content.summary)
    document.add_heading("Areas of expertise", level=2)
    areas = content.skills[: len(content.credentials)]
    for index, area in enumerate(areas):
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{area} — ").bold = True
        bullet = content.bullets[index % len(content.bullets)]
        paragraph.add_run(f"{bullet}. {_sentence(content.credentials[index])}")
    more = document.add_paragraph()
    more.add_run("Also relevant — ").bold = True
    more.add_run(" ".join(f"{text}." for text in content.section_negatives))
    document.add_heading("Employment", level=2)
    document.add_paragraph(f"{content.role}, {content.employer} — 2020 to date")
    document.add_paragraph("Earlier roles in the same field, 2010 – 2020 (details on request)")
    if content.contact_links:
        document.add_heading("Online", level=2)
        for text, _ in content.contact_links:
            document.add_paragraph(text)
    return docx_bytes(document)


def _columns(section: object, count: int) -> None:
    properties = section._sectPr  # type: ignore[attr-defined]
    columns = properties.find(qn("w:cols"))
    if columns is None:
        columns = OxmlElement("w:cols")
        properties.append(columns)
    columns.set(qn("w:num"), str(count))
    columns.set(qn("w:space"), "567")


def _column_break(document: object) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)  # type: ignore[attr-defined]


def _small(document: object, text: str, *, bold: bool = False, color: str = "") -> None:
    paragraph = document.add_paragraph()  # type: ignore[attr-defined]
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(text)
    run.bold, run.font.size = bold, Pt(9)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def blind8_landscape_docx(content: Content) -> bytes:
    document = Document()
    first = document.sections[0]
    first.orientation = WD_ORIENT.LANDSCAPE
    first.page_width, first.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(first, side, Mm(14))
    normal = document.styles["Normal"]
    normal.font.name = "Liberation Sans"  # type: ignore[attr-defined]
    normal.font.size = Pt(9.5)  # type: ignore[attr-defined]
    name = document.add_paragraph().add_run(display_name(content))
    name.bold, name.font.size = True, Pt(22)
    name.font.color.rgb = RGBColor(0x6A, 0x1B, 0x4D)
    links = "   ".join(text for text, _ in content.contact_links)
    document.add_paragraph(
        f"{content.headline}   |   {content.location}   |   {content.email}   |   "
        f"{content.phone}{'   |   ' + links if links else ''}"
    )
    body = document.add_section(WD_SECTION.CONTINUOUS)
    _columns(body, 3)
    _small(document, "PROFILE", bold=True, color="6A1B4D")
    document.add_paragraph(content.summary)
    _small(document, "EXPERIENCE", bold=True, color="6A1B4D")
    _small(document, f"{content.role}", bold=True)
    _small(document, f"{content.employer}, 2020 – today")
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    _column_break(document)
    _small(document, "CERTIFICATIONS & LICENCES", bold=True, color="6A1B4D")
    for held in content.credentials:
        document.add_paragraph().paragraph_format.space_after = Pt(0)
        _small(document, held.title, bold=True)
        _small(document, held.issuer)
        dated = month(held.issued_on, "yslash")
        if held.expires_on:
            dated += f" → {month(held.expires_on, 'yslash')}"
        _small(document, dated, color="555555")
        if held.credential_id:
            _small(document, f"# {held.credential_id}", color="555555")
        if held.url:
            _small(document, held.url, color="1F5F99")
    _column_break(document)
    _small(document, "IN THE PIPELINE", bold=True, color="6A1B4D")
    for text in content.section_negatives:
        document.add_paragraph(text, style="List Bullet")
    _small(document, "SKILLS", bold=True, color="6A1B4D")
    for skill in content.skills:
        document.add_paragraph(skill, style="List Bullet")
    return docx_bytes(document)


def _wrapped(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(text, 72, initial_indent=indent, subsequent_indent="  " if indent else "")


def _email_entry(held: Credential) -> list[str]:
    dated = month(held.issued_on, "mon-dash")
    if held.expires_on:
        dated += f", exp. {month(held.expires_on, 'mon-dash')}"
    parts = [f"{held.title} ({held.issuer})", dated]
    if held.credential_id:
        parts.append(f"ID: {held.credential_id}")
    lines = _wrapped(" -- ".join(parts), "* ")
    return lines + ([f"  {held.url}"] if held.url else [])


def blind8_email_text(content: Content) -> str:
    first = content.name.split()[0]
    lines = [
        f"From: {content.name} <{content.email}>",
        "To: Talent Team <careers@example-recruiting.com>",
        "Date: Tue, 1 Dec 2026 08:14:52 +0000",
        f"Subject: Re: {content.headline} - your CV",
        "",
        "Hi Joanna,",
        "",
        *_wrapped(
            "Thanks for getting back to me. Our mail server strips attachments, so I have "
            "pasted my CV below. Happy to send a PDF another way if you prefer."
        ),
        "",
        "Kind regards,",
        first,
        "",
        "-" * 40,
        display_name(content).upper(),
        content.headline,
        f"{content.location} | {content.phone} | {content.email}",
        *(text for text, _ in content.contact_links),
        "",
        "PROFILE",
        *_wrapped(content.summary),
        "",
        "EXPERIENCE",
        f"{content.role} -- {content.employer} (2020 - present)",
        *(line for bullet in content.bullets for line in _wrapped(bullet, "- ")),
        "",
        "CERTIFICATIONS",
        *(line for held in content.credentials for line in _email_entry(held)),
        "",
        "ONGOING / OTHER",
        *(line for text in content.section_negatives for line in _wrapped(text, "- ")),
        "",
        "SKILLS",
        *_wrapped(", ".join(content.skills)),
        "-" * 40,
        "",
        "On Mon, 30 Nov 2026 at 16:02, Joanna Pike <careers@example-recruiting.com> wrote:",
        f"> Hi {first},",
        ">",
        "> Thank you for your interest in the role. Could you send your CV, with",
        "> your licences or certificates and their numbers, so that we can check",
        "> them before the first interview?",
        ">",
        "> Best wishes,",
        "> Joanna Pike | Talent Partner",
        "",
    ]
    return "\n".join(lines)
