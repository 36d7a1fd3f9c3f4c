"""blind-17's other three layouts, and the group's list: a LibreOffice Writer résumé whose body
is a two-column section (a flat ODT printed by LibreOffice), a Word résumé kept as DOCX whose
body is a real two-column section (``w:cols`` after a continuous section break, not a table),
and a résumé typed into the body of an e-mail.

Made in session 14 by a helper who never read the extractor nor blind-15's or blind-16's files.
"""

from __future__ import annotations

import io
from html import escape

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from tests.extractors.documents import add_hyperlink
from tests.rendered.blind17_contents import EXTRAS
from tests.rendered.blind17_pages import (
    builder,
    id_label,
    index_of,
    jobboard,
    lapsed,
    printed,
    section_name,
)
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import ALL_FIELDS, Layout, display_name, month

_ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)

_WRITER_STYLES = """<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm"
 fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.6cm" fo:margin-left="1.8cm"
 fo:margin-right="1.8cm"><style:columns fo:column-count="2" fo:column-gap="0.8cm">
 <style:column-sep style:width="0.02cm" style:color="#999999" style:height="100%"/>
 </style:columns></style:page-layout-properties><style:header-style>
 <style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/>
 </style:header-style></style:page-layout>
<style:style style:name="Name" style:family="paragraph"><style:text-properties fo:font-size="24pt"
 style:font-name="Liberation Sans" fo:font-weight="bold" fo:color="#2b5797"/></style:style>
<style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties
 fo:margin-bottom="0.35cm" fo:border-bottom="0.06pt solid #2b5797" fo:padding-bottom="0.15cm"/>
 <style:text-properties fo:font-size="10pt" fo:color="#555555"/></style:style>
<style:style style:name="Head" style:family="paragraph"><style:paragraph-properties
 fo:margin-top="0.3cm" fo:margin-bottom="0.12cm"/><style:text-properties
 fo:font-size="11pt" fo:font-weight="bold" fo:color="#2b5797" fo:text-transform="uppercase"
 fo:letter-spacing="0.03cm"/></style:style>
<style:style style:name="HeadNext" style:family="paragraph" style:parent-style-name="Head">
 <style:paragraph-properties fo:break-before="column" fo:margin-top="0cm"/><style:text-properties
 fo:font-size="11pt" fo:font-weight="bold" fo:color="#2b5797" fo:text-transform="uppercase"
 fo:letter-spacing="0.03cm"/></style:style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties
 fo:margin-bottom="0.08cm"/><style:text-properties style:font-name="Liberation Serif"
 fo:font-size="9pt"/></style:style>
<style:style style:name="Entry" style:family="paragraph"><style:paragraph-properties
 fo:margin-top="0.1cm"/><style:text-properties fo:font-size="9.5pt"
 fo:font-weight="bold"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:text-properties
 fo:font-size="8pt" fo:color="#444444"/></style:style>
</office:automatic-styles>
"""


def _master(header: str) -> str:
    return ('<office:master-styles><style:master-page style:name="Standard" '
            f'style:page-layout-name="pm1"><style:header>{header}</style:header>'
            "</style:master-page></office:master-styles>")  # fmt: skip


def _p(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def writer(content: Content) -> str:
    """A Writer résumé (File ▸ Export as PDF): the name and contact line in the page header,
    the page itself in two columns with a rule between them (Format ▸ Page Style ▸ Columns), the
    profile, experience and education in the left one, a column break, then the credentials
    and skills in the right one."""
    extra = EXTRAS[content.key]
    style = ("slash", "mon.", "full", "dot")[index_of(content) % 4]
    body = [_p("Head", "Profile"), _p("Body", escape(content.summary)), _p("Head", "Experience"),
            _p("Entry", escape(f"{content.role}, {content.employer}")),
            _p("Small", f"{month(extra.since, style)} – present"),
            *(_p("Body", "• " + escape(b)) for b in content.bullets),
            _p("Entry", escape(f"{extra.earlier[0]}, {extra.earlier[1]}")),
            _p("Small", escape(extra.earlier[2])), _p("Head", "Education"),
            *(_p("Body", escape(line)) for line in extra.education),
            _p("HeadNext", escape(section_name(content, 4)))]  # fmt: skip
    for held in content.credentials:
        body.append(_p("Entry", escape(held.title)))
        line = [escape(held.issuer)]
        if held.credential_id:
            label = id_label(held).replace("Credential ID", "ID")
            line.append(f"{label} {escape(held.credential_id)}")
        dates = month(held.issued_on, style)
        if held.expires_on:
            dates += (" (expired " if lapsed(held) else " – ") + month(held.expires_on, style)
            dates += ")" if lapsed(held) else ""
        line.append(dates)
        body.append(_p("Small", " · ".join(line)))
        if held.url:
            link = escape(held.url)
            anchor = f'<text:a xlink:type="simple" xlink:href="{link}">{link}</text:a>'
            body.append(_p("Small", anchor))
    body.extend(_p("Small", "In progress: " + escape(text)) for text in content.section_negatives)
    body.extend([_p("Head", "Skills"), _p("Body", escape(" · ".join(content.skills)))])
    contact = " | ".join([content.location, content.phone, content.email,
                          *(target for _, target in content.contact_links)])  # fmt: skip
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {_ODF} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        '<office:font-face-decls><style:font-face style:name="Liberation Sans" '
        'svg:font-family="\'Liberation Sans\'"/><style:font-face style:name="Liberation Serif" '
        "svg:font-family=\"'Liberation Serif'\"/></office:font-face-decls>"
        f"{_WRITER_STYLES}"
        + _master(
            _p("Name", escape(display_name(content)))
            + _p("Sub", escape(f"{content.headline} — {contact}"))
        )
        + "<office:body><office:text>"
        + "".join(body)
        + "</office:text></office:body></office:document>"
    )


def _hyperlink(paragraph: Paragraph, url: str) -> None:
    add_hyperlink(paragraph, url, url, "0563C1", style="Hyperlink", underline=True, preserve=False)


def _credential_paragraph(document: Document, held: Credential, style: str) -> None:
    paragraph = document.add_paragraph(style="List Bullet")
    paragraph.add_run(held.title).bold = True
    paragraph.add_run(f" – {held.issuer}")
    details = [f"Issued {month(held.issued_on, style)}"]
    if held.expires_on:
        word = "Expired" if lapsed(held) else "Expires"
        details.append(f"{word} {month(held.expires_on, style)}")
    if held.credential_id:
        details.append(f"{id_label(held)} {held.credential_id}")
    paragraph.add_run().add_break()
    paragraph.add_run(" | ".join(details)).font.size = Pt(8.5)
    if held.url:
        paragraph.add_run().add_break()
        _hyperlink(paragraph, held.url)


def word_columns(content: Content) -> bytes:
    """A Word résumé kept as DOCX: name, headline and contact in a one-column first section, a
    continuous section break, then the rest in the section's own two columns (``w:cols``)."""
    extra = EXTRAS[content.key]
    style = ("mon", "full", "mon.")[index_of(content) % 3]
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10)
    name = document.add_paragraph(style="Title")
    name.add_run(display_name(content)).font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    document.add_paragraph(content.headline, style="Subtitle")
    contact = document.add_paragraph(f"{content.email}  •  {content.phone}  •  {content.location}")
    for _, target in content.contact_links:
        contact.add_run("  •  ")
        _hyperlink(contact, target)
    body = document.add_section(WD_SECTION.CONTINUOUS)
    columns = body._sectPr.find(qn("w:cols"))
    if columns is None:
        columns = OxmlElement("w:cols")
        body._sectPr.append(columns)
    columns.set(qn("w:num"), "2")
    columns.set(qn("w:space"), "567")
    columns.set(qn("w:sep"), "1")
    document.add_heading("Summary", level=1)
    document.add_paragraph(content.summary)
    document.add_heading("Experience", level=1)
    document.add_paragraph().add_run(f"{content.role} | {content.employer}").bold = True
    document.add_paragraph(f"{month(extra.since, style)} – Present")
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    document.add_paragraph().add_run(f"{extra.earlier[0]} | {extra.earlier[1]}").bold = True
    document.add_paragraph(extra.earlier[2])
    document.add_heading(section_name(content, 6), level=1)
    for held in content.credentials:
        _credential_paragraph(document, held, style)
    for text in content.section_negatives:
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Education", level=1)
    for line in extra.education:
        document.add_paragraph(line)
    document.add_heading("Skills", level=1)
    document.add_paragraph(", ".join(content.skills))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _mail_line(held: Credential, kind: int) -> str:
    issued = month(held.issued_on, "apos" if kind == 1 else "slash")
    ends = month(held.expires_on, "apos" if kind == 1 else "slash")
    until = f"expired {ends}" if lapsed(held) else f"exp {ends}"
    number = held.credential_id
    if kind == 0:
        line = f"- {held.title} ({held.issuer})" + (f", #{number}" if number else "")
        return line + f", {issued}" + (f", {until}" if held.expires_on else "")
    if kind == 1:
        line = f"- {held.title} - {held.issuer} - got it {issued}"
        line += f", {until}" if held.expires_on else ""
        return line + (f" - ID {number}" if number else "")
    line = f"- {held.issuer}: {held.title}, {issued}" + (f" to {ends}" if held.expires_on else "")
    line += " (expired)" if lapsed(held) else ""
    return line + (f", cert no. {number}" if number else "")


def email(content: Content) -> str:
    """A résumé typed into an e-mail's body: the message's headers, a greeting, the résumé in
    plain lines with dashes for bullets, the credentials one line each with the address on the
    line below, the sign-off with the post-nominals, "Sent from my iPhone"."""
    extra = EXTRAS[content.key]
    kind = index_of(content) % 3
    lines = [f"From: {content.name} <{content.email}>", "To: careers@northside-staffing.example",
             "Date: Mon, 7 Dec 2026 08:14:52 -0600",
             f"Subject: Application - {content.headline} - {content.name}", "",
             "Hello,", "",
             f"I'd like to apply for the {content.headline} opening. My résumé is below, since "
             "the form would not take my attachment.", "", content.summary, "",
             "EXPERIENCE", f"{content.role}, {content.employer} ({extra.since[:4]} - present)",
             *(f"- {b}" for b in content.bullets),
             f"{extra.earlier[0]}, {extra.earlier[1]} ({extra.earlier[2]})", "",
             section_name(content, 1).upper()]  # fmt: skip
    for held in content.credentials:
        lines.append(_mail_line(held, kind))
        if held.url:
            lines.append(f"  {held.url}")
    lines.extend(f"- {text}" for text in content.section_negatives)
    lines.extend(["", "EDUCATION", *extra.education, "", "SKILLS: " + ", ".join(content.skills),
                  "", "Thanks for your time,", display_name(content), content.phone,
                  *(f"{text}: {target}" for text, target in content.contact_links), "",
                  "Sent from my iPhone", ""])  # fmt: skip
    return "\n".join(lines)


BLIND17_LAYOUTS: tuple[Layout, ...] = tuple(
    Layout(key, renderer, build, ALL_FIELDS, held_out=True, group="blind-17")
    for key, renderer, build in (
        ("blind17-builder-pdf", "chromium", builder),
        ("blind17-jobboard-pdf", "chromium", jobboard),
        ("blind17-browser-print-pdf", "chromium-print", printed),
        ("blind17-writer-columns-pdf", "fodt+libreoffice", writer),
        ("blind17-word-columns-docx", "python-docx", word_columns),
        ("blind17-email-text", "text", email),
    )
)
