"""Blind-15's Word file and its AsciiDoc text, and the list of its six layouts.

``blind15_fields_docx`` is a Word CV kept as DOCX whose links are field codes rather than
``w:hyperlink`` elements, as Word leaves them when a CV was pasted from a web page or converted
from another word processor: the contact links as simple fields (``w:fldSimple`` with
``HYPERLINK "…"``), each credential's link as a complex field (``w:fldChar`` begin, the
``w:instrText`` holding ``HYPERLINK "https://…"``, separate, the shown text "verify", end). Each
credential is one paragraph, "Title, Issuer, May 2022 – May 2025", the link after it, and its
credential number in a footnote ("Credential no. …") whose mark follows the title; the footnotes
are a part of their own (``word/footnotes.xml``).

``blind15_asciidoc_text`` is an AsciiDoc résumé sent as its source text, as engineers who keep
their CV in a repository do: the document title and author line, attribute entries, "==" section
titles, an AsciiDoc table ("|===", one cell a line, ``[cols=…]``) for the credentials whose last
cell holds the link macro ``https://…[Credly badge]`` and the ID after a hard line break (" +"),
ISO months ("2022-05"), and what is under way in a "[NOTE]" block.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape, quoteattr

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

from tests.rendered.blind15_pages import blind15_gulf, blind15_timeline
from tests.rendered.blind15_slides import blind15_slides
from tests.rendered.blind15_words import blind15_design
from tests.rendered.contents import Content, Credential
from tests.rendered.docx_layouts import docx_bytes, word_page
from tests.rendered.layout import ALL_FIELDS, Layout, display_name, month

# -- a Word CV whose links are field codes, its IDs in footnotes ---------------------------------

_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_RUN_LINK = '<w:rPr><w:color w:val="1F5FAD"/><w:u w:val="single"/></w:rPr>'


def _simple_field(paragraph: Any, url: str, text: str) -> None:
    field = parse_xml(
        f"<w:fldSimple {nsdecls('w')} w:instr={quoteattr(f' HYPERLINK {chr(34)}{url}{chr(34)} ')}>"
        f'<w:r>{_RUN_LINK}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:fldSimple>'
    )
    paragraph._p.append(field)


def _complex_field(paragraph: Any, url: str, text: str) -> None:
    runs = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "{escape(url)}" </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r>{_RUN_LINK}<w:t>{escape(text)}</w:t></w:r>",
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    )
    for run in runs:
        paragraph._p.append(parse_xml(run.replace("<w:r>", f"<w:r {nsdecls('w')}>", 1)))


def _footnote_mark(paragraph: Any, number: int) -> None:
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    align = OxmlElement("w:vertAlign")
    align.set(qn("w:val"), "superscript")
    properties.append(align)
    run.append(properties)
    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), str(number))
    run.append(reference)
    paragraph._p.append(run)


def _footnotes_xml(notes: list[str]) -> bytes:
    separators = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
    )
    body = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr>'
        '<w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(note)}</w:t>'
        "</w:r></w:p></w:footnote>"
        for number, note in enumerate(notes, start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:footnotes {nsdecls('w')}>{separators}{body}</w:footnotes>"
    ).encode()


def _field_credential(document: Any, held: Credential, notes: list[str]) -> None:
    paragraph = document.add_paragraph(style="List Bullet")
    paragraph.add_run(held.title).bold = True
    if held.credential_id:
        notes.append(f"Credential no. {held.credential_id}.")
        _footnote_mark(paragraph, len(notes))
    dates = month(held.issued_on, "mon")
    if held.expires_on:
        dates += f" – {month(held.expires_on, 'mon')}"
    paragraph.add_run(f", {held.issuer}, {dates}")
    if held.url:
        paragraph.add_run(" (")
        _complex_field(paragraph, held.url, "verify")
        paragraph.add_run(")")


def blind15_fields_docx(content: Content) -> bytes:
    document = word_page("Cambria", 10.5, side=2.2, top=1.8, space_after=3)
    name = document.add_paragraph().add_run(display_name(content))
    name.bold, name.font.size = True, Pt(19)
    name.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    document.add_paragraph(content.headline).runs[0].italic = True
    contact = document.add_paragraph(f"{content.location} · {content.phone} · ")
    _simple_field(contact, f"mailto:{content.email}", content.email)
    for text, url in content.contact_links:
        contact.add_run(" · ")
        _simple_field(contact, url, text)
    document.add_heading("Profile", level=1)
    document.add_paragraph(content.summary)
    document.add_heading("Professional experience", level=1)
    document.add_paragraph().add_run(f"{content.role}, {content.employer}").bold = True
    document.add_paragraph("2019 – present").runs[0].italic = True
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    document.add_heading("Certifications and licences", level=1)
    notes: list[str] = []
    for held in content.credentials:
        _field_credential(document, held, notes)
    document.add_heading("Currently pursuing", level=1)
    for text in content.section_negatives:
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Skills and languages", level=1)
    document.add_paragraph(", ".join(content.skills))
    if notes:
        part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES, _footnotes_xml(notes),
                    document.part.package)  # fmt: skip
        document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    return docx_bytes(document)


# -- an AsciiDoc résumé as its source text ---------------------------------------------------------


def _adoc_rows(content: Content) -> str:
    rows = []
    for held in content.credentials:
        proof = []
        if held.url:
            site = "Credly badge" if "credly.com" in held.url else "Verify online"
            proof.append(f"{held.url}[{site}]")
        if held.credential_id:
            proof.append(f"ID: {held.credential_id}")
        cells = (held.title, held.issuer, month(held.issued_on, "iso"),
                 month(held.expires_on, "iso") or "–", " +\n".join(proof) or "–")  # fmt: skip
        rows.append("\n".join(f"|{cell}" for cell in cells))
    return "\n\n".join(rows)


def blind15_asciidoc_text(content: Content) -> str:
    links = " | ".join(f"{url}[{text}]" for text, url in content.contact_links)
    contact = " | ".join(
        part
        for part in (content.location, content.phone, f"mailto:{content.email}[]", links)
        if part
    )
    bullets = "\n".join(f"* {bullet}" for bullet in content.bullets)
    pending = "\n".join(f"* {text}" for text in content.section_negatives)
    return f"""= {display_name(content)}
{content.name} <{content.email}>
:description: {content.headline}
:doctype: article
:icons: font
:sectanchors:

[.lead]
{content.headline} +
{contact}

== Profile

{content.summary}

== Experience

=== {content.role}, {content.employer}
_2019 – present_

{bullets}

== Licences & certifications

[cols="3,2,1,1,2",options="header"]
|===
|Credential |Issued by |Earned |Expires |Verification

{_adoc_rows(content)}
|===

[NOTE]
.Working towards
====
{pending}
====

== Skills

{", ".join(content.skills)}
"""


BLIND15_LAYOUTS: tuple[Layout, ...] = tuple(
    Layout(key, renderer, build, ALL_FIELDS, held_out=True, group="blind-15")
    for key, renderer, build in (
        ("blind15-timeline-pdf", "chromium", blind15_timeline),
        ("blind15-gulf-pdf", "chromium", blind15_gulf),
        ("blind15-slides-pdf", "fodp+libreoffice", blind15_slides),
        ("blind15-design-pdf", "pdf", blind15_design),
        ("blind15-fields-docx", "python-docx", blind15_fields_docx),
        ("blind15-asciidoc-text", "text", blind15_asciidoc_text),
    )
)
