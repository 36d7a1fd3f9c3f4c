"""Blind-14's Word résumés and its text, and the list of its six layouts.

``blind14_bilingual_docx`` is a French and English CV as written in Morocco or Québec, printed
to PDF by LibreOffice: every heading in both languages ("CERTIFICATIONS PROFESSIONNELLES /
PROFESSIONAL CERTIFICATIONS"), each credential a bold title then field lines whose labels are in
both languages, set on tab stops ("Organisme / Issuer :", "Obtenu / Issued :", "Valide jusqu'à /
Valid until :", "N° / No. :", "Vérification / Verify :"), French dates ("mars 2024"), and "EN
COURS / IN PROGRESS" for what is not held. ``blind14_tracked_docx`` is a Word CV sent with
Track Changes still on, kept as DOCX: its credentials a table grouped by awarding body, the
body's cell merged down over its rows (``w:vMerge``); the first credential that expires was
renewed with the change tracked (the old dates deleted, ``w:del``/``w:delText``, the new ones
inserted, ``w:ins``) and the last row was added as a tracked insertion. ``blind14_notepad_text``
is a Word résumé copied into a plain-text box: table cells parted by tabs, a cell's second
paragraph (the address) on a line of its own, bullets left as "•" and a tab, headings as typed.
"""

from __future__ import annotations

from typing import Any

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from tests.rendered.blind14_pages import blind14_sheet, blind14_site
from tests.rendered.blind14_tex import blind14_tex
from tests.rendered.contents import Content, Credential
from tests.rendered.docx_layouts import docx_bytes, word_page
from tests.rendered.layout import ALL_FIELDS, Layout, display_name, month


def _base(font: str, size: float) -> Any:
    return word_page(font, size, side=2.0, top=1.6, space_after=1.5)


# -- a bilingual French / English CV --------------------------------------------------------------


def _bi_heading(document: Any, french: str, english: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(9)
    run = paragraph.add_run(f"{french.upper()} / {english.upper()}")
    run.bold, run.font.size = True, Pt(10.5)
    run.font.color.rgb = RGBColor(0x8B, 0x1E, 0x3F)
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"),
                        ("w:color", "8B1E3F")):  # fmt: skip
        bottom.set(qn(name), value)
    border.append(bottom)
    paragraph._p.get_or_add_pPr().append(border)


def _bi_field(document: Any, label: str, value: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(5.9), WD_TAB_ALIGNMENT.LEFT)
    paragraph.paragraph_format.left_indent = Cm(0.5)
    paragraph.paragraph_format.space_after = Pt(0)
    label_run = paragraph.add_run(f"{label} :")
    label_run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    paragraph.add_run(f"\t{value}")


def _bi_credential(document: Any, held: Credential) -> None:
    title = document.add_paragraph()
    title.paragraph_format.space_before = Pt(5)
    title.paragraph_format.space_after = Pt(0)
    title.add_run(held.title).bold = True
    _bi_field(document, "Organisme / Issuer", held.issuer)
    if held.issued_on:
        _bi_field(document, "Obtenu / Issued", month(held.issued_on, "fr"))
    if held.expires_on:
        _bi_field(document, "Valide jusqu'à / Valid until", month(held.expires_on, "fr"))
    if held.credential_id:
        _bi_field(document, "N° / No.", held.credential_id)
    if held.url:
        _bi_field(document, "Vérification / Verify", held.url)


def blind14_bilingual_docx(content: Content) -> bytes:
    document = _base("Liberation Serif", 10.5)
    name = document.add_paragraph().add_run(display_name(content))
    name.bold, name.font.size = True, Pt(18)
    document.add_paragraph().add_run(content.headline).italic = True
    _bi_field(document, "Adresse / Address", content.location)
    _bi_field(document, "Téléphone / Phone", content.phone)
    _bi_field(document, "Courriel / E-mail", content.email)
    for _, url in content.contact_links:
        _bi_field(document, "Profil / Profile", url)
    _bi_heading(document, "Profil", "Profile")
    document.add_paragraph(content.summary)
    _bi_heading(document, "Expérience professionnelle", "Work experience")
    document.add_paragraph().add_run(f"{content.role} — {content.employer}").bold = True
    document.add_paragraph("Depuis janvier 2020 / Since January 2020").runs[0].italic = True
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    _bi_heading(document, "Certifications professionnelles", "Professional certifications")
    for held in content.credentials:
        _bi_credential(document, held)
    _bi_heading(document, "En cours", "In progress")
    for text in content.section_negatives:
        document.add_paragraph(text, style="List Bullet")
    _bi_heading(document, "Compétences et langues", "Skills and languages")
    document.add_paragraph(" | ".join(content.skills))
    return docx_bytes(document)


# -- a Word CV with Track Changes still on ---------------------------------------------------------

_AUTHOR = {"w:author": "Microsoft Office User", "w:date": "2026-11-28T19:42:00Z"}


def _revision(kind: str, number: int) -> Any:
    element = OxmlElement(kind)
    element.set(qn("w:id"), str(number))
    for name, value in _AUTHOR.items():
        element.set(qn(name), value)
    return element


def _tracked(paragraph: Any, deleted: str, inserted: str, number: int) -> None:
    """The old text deleted and the new inserted, both tracked, in one paragraph."""
    if deleted:
        gone = _revision("w:del", number)
        run = OxmlElement("w:r")
        text = OxmlElement("w:delText")
        text.text = deleted
        run.append(text)
        gone.append(run)
        paragraph._p.append(gone)
    if not inserted:
        return
    added = _revision("w:ins", number + 1)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = inserted
    run.append(text)
    added.append(run)
    paragraph._p.append(added)


def _merge(cell: Any, restart: bool) -> None:
    merge = OxmlElement("w:vMerge")
    if restart:
        merge.set(qn("w:val"), "restart")
    cell._tc.get_or_add_tcPr().append(merge)


def _earlier(value: str, years: int) -> str:
    return f"{int(value[:4]) - years}{value[4:]}"


def _tracked_table(document: Any, content: Content) -> None:
    ordered = sorted(content.credentials, key=lambda held: held.issuer)
    renewed = next((held for held in ordered if held.expires_on and held.issued_on), None)
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    head = ("Awarding body", "Certificate", "Achieved", "Expires", "Certificate no.")
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    number = 10
    for index, held in enumerate(ordered):
        row = table.add_row()
        cells = row.cells
        first = index == 0 or ordered[index - 1].issuer != held.issuer
        followed = index + 1 < len(ordered) and ordered[index + 1].issuer == held.issuer
        if first:
            cells[0].paragraphs[0].add_run(held.issuer)
        if not first or followed:
            _merge(cells[0], restart=first)
        issued, expires = month(held.issued_on, "slash"), month(held.expires_on, "slash")
        values = (held.title, issued, expires, held.credential_id or "")
        added = held is ordered[-1] and held is not renewed  # the row added last, tracked
        if added:
            row._tr.get_or_add_trPr().append(_revision("w:ins", number))
            number += 1
        for cell, value in zip(cells[1:], values, strict=True):
            if added:
                _tracked(cell.paragraphs[0], "", value, number)
            elif held is renewed and value and value in (issued, expires):
                old = _earlier(held.issued_on or "", 3) if value == issued else held.issued_on
                _tracked(cell.paragraphs[0], month(old, "slash"), value, number)
            else:
                cell.paragraphs[0].add_run(value)
            number += 2
        if held.url:
            if added:
                _tracked(cells[1].add_paragraph(), "", held.url, number)
                number += 2
            else:
                cells[1].add_paragraph().add_run(held.url).font.size = Pt(8)


def blind14_tracked_docx(content: Content) -> bytes:
    document = _base("Calibri", 10.5)
    heading = document.add_paragraph().add_run("CURRICULUM VITAE")
    heading.font.size, heading.font.color.rgb = Pt(9), RGBColor(0x76, 0x76, 0x76)
    name = document.add_paragraph().add_run(display_name(content))
    name.bold, name.font.size = True, Pt(17)
    document.add_paragraph(content.headline)
    links = [url for _, url in content.contact_links]
    document.add_paragraph(" | ".join([content.location, content.phone, content.email, *links]))
    document.add_heading("Personal statement", level=2)
    document.add_paragraph(content.summary)
    document.add_heading("Employment", level=2)
    document.add_paragraph().add_run(f"{content.employer}, 2020 – present").bold = True
    document.add_paragraph(content.role).runs[0].italic = True
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    document.add_heading("Certificates and licences", level=2)
    _tracked_table(document, content)
    document.add_heading("Currently working towards", level=2)
    for text in content.section_negatives:
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Skills", level=2)
    document.add_paragraph(", ".join(content.skills))
    return docx_bytes(document)


# -- a Word résumé pasted into a plain-text box ---------------------------------------------------


def blind14_notepad_text(content: Content) -> str:
    rows = ["Certification\tIssuing body\tDate\tExpiry\tID / verification"]
    for held in content.credentials:
        dates = (month(held.issued_on, "mon"), month(held.expires_on, "mon"))
        rows.append("\t".join((held.title, held.issuer, *dates, held.credential_id or "")))
        if held.url:
            rows.append(held.url)  # the cell's second paragraph
    contact = "\t".join([content.location, content.phone, content.email,
                         *(text for text, _ in content.contact_links)])  # fmt: skip
    bullets = "\n".join(f"•\t{bullet}" for bullet in content.bullets)
    pending = "\n".join(f"•\t{text}" for text in content.section_negatives)
    return f"""{display_name(content)}
{content.headline}
{contact}

Profile
{content.summary}

Experience
{content.role}\t{content.employer}\t2020 – Present
{bullets}

Certifications & Licences
{chr(10).join(rows)}

In progress
{pending}

Skills
{" • ".join(content.skills)}
"""


BLIND14_LAYOUTS: tuple[Layout, ...] = tuple(
    Layout(key, renderer, build, ALL_FIELDS, held_out=True, group="blind-14")
    for key, renderer, build in (
        ("blind14-site-print", "chromium", blind14_site),
        ("blind14-sheet-pdf", "fods+libreoffice", blind14_sheet),
        ("blind14-tex-pdf", "pdf", blind14_tex),
        ("blind14-bilingual-pdf", "libreoffice", blind14_bilingual_docx),
        ("blind14-tracked-docx", "python-docx", blind14_tracked_docx),
        ("blind14-notepad-text", "text", blind14_notepad_text),
    )
)
