"""Blind-11's documents, and the group's layouts as generate.py registers them.

``blind11_twocol_docx`` is a Word résumé kept as DOCX whose "Certifications & Licences" section
is a continuous section of two newspaper columns, each credential one bulleted paragraph
"Title – Issuer, Mar 2021–Mar 2027, Licence no. …" with a "Verify" hyperlink at its end.
``blind11_keyfacts_docx`` is a recruitment agency's CV template printed by LibreOffice: a shaded
"Key facts" table (current role, location, notice period, key credentials by their short
names), a profile, then "Qualifications & Tickets" with each title in capitals over a grey line
"Issuer | Issued 03/2021 | Renewal due 03/2027 | Ref: …" and the address on its own line.
``blind11_table_markdown`` is a Markdown résumé whose credentials are one pipe table
(Certification | Issuing body | Awarded | Valid to | Number / link), made an ODT by pandoc and a
PDF by LibreOffice. ``blind11_app_text`` is what a phone résumé-builder app shares as plain
text: a symbol before each heading ("🏅 LICENSES & CERTIFICATIONS"), each credential its title
on one line and under it "Issuer · Issued Mar 2021 · Expires Mar 2027", "ID: …" and "🔗 <address>"
indented, and the app's footer.
"""

from __future__ import annotations

from typing import Any

from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from tests.rendered.blind5_word import _hyperlink as hyperlink
from tests.rendered.blind11_pages import blind11_portfolio_cards, blind11_rirekisho
from tests.rendered.contents import Content, Credential
from tests.rendered.docx_layouts import docx_bytes, word_page
from tests.rendered.layout import ALL_FIELDS, Layout, display_name, month


def _base(font: str, size: float) -> Any:
    return word_page(font, size, side=1.9, top=1.6, space_after=2)


def _columns(section: Any, number: int) -> None:
    properties = section._sectPr
    columns = properties.find(qn("w:cols"))
    if columns is None:
        columns = OxmlElement("w:cols")
        properties.append(columns)
    columns.set(qn("w:num"), str(number))
    columns.set(qn("w:space"), "567")


def _span(held: Credential) -> str:
    issued, expires = month(held.issued_on, "mon"), month(held.expires_on, "mon")
    return f"{issued}–{expires}" if expires else issued


# -- two columns of bulleted credentials ---------------------------------------------------------


def blind11_twocol_docx(content: Content) -> bytes:
    document = _base("Calibri", 10)
    title = document.add_paragraph()
    run = title.add_run(display_name(content))
    run.bold, run.font.size = True, Pt(20)
    document.add_paragraph(content.headline).runs[0].font.size = Pt(12)
    contact = [
        content.email,
        content.phone,
        content.location,
        *(t for t, _ in content.contact_links),
    ]
    document.add_paragraph(" | ".join(contact))
    document.add_heading("Summary", level=2)
    document.add_paragraph(content.summary)
    document.add_heading("Experience", level=2)
    document.add_paragraph().add_run(
        f"{content.role}, {content.employer} (2019 – Present)"
    ).bold = True
    for line in content.bullets:
        document.add_paragraph(line, style="List Bullet")
    _columns(document.add_section(WD_SECTION.CONTINUOUS), 2)
    document.add_heading("Certifications & Licences", level=2)
    for held in content.credentials:
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(held.title).bold = True
        fields = [held.issuer, _span(held)]
        if held.credential_id:
            fields.append(f"Licence no. {held.credential_id}")
        paragraph.add_run(" – " + ", ".join(field for field in fields if field))
        if held.url:
            paragraph.add_run(" ")
            hyperlink(paragraph, held.url, "Verify")
    for line in content.section_negatives:
        document.add_paragraph(line, style="List Bullet")
    _columns(document.add_section(WD_SECTION.CONTINUOUS), 1)
    document.add_heading("Skills", level=2)
    document.add_paragraph(", ".join(content.skills))
    return docx_bytes(document)


# -- an agency's "Key facts" CV ------------------------------------------------------------------


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _slashed(value: str | None) -> str:
    if not value or "-" not in value:
        return value or ""
    year, number = value.split("-")
    return f"{number}/{year}"


def blind11_keyfacts_docx(content: Content) -> bytes:
    document = _base("Arial", 9.5)
    head = document.add_paragraph()
    run = head.add_run(display_name(content).upper())
    run.bold, run.font.size = True, Pt(16)
    run.font.color.rgb = RGBColor(0x0B, 0x3C, 0x5D)
    document.add_paragraph(f"{content.email}  ·  {content.phone}")
    facts = (
        ("Current role", f"{content.role}, {content.employer}"),
        ("Location", content.location),
        ("Notice period", "1 month"),
        ("Key credentials", ", ".join(held.short for held in content.credentials[:3])),
    )
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    document.paragraphs[0].insert_paragraph_before().add_run(
        "Presented by Northgate Talent"
    ).italic = True
    for key, value in facts:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = key, value
        cells[0].paragraphs[0].runs[0].bold = True
        _shade(cells[0], "D9E2F3")
        cells[0].width, cells[1].width = Cm(4), Cm(13)
    document.add_heading("Profile", level=1)
    document.add_paragraph(content.summary)
    document.add_heading("Qualifications & Tickets", level=1)
    for held in content.credentials:
        document.add_paragraph().add_run(held.title.upper()).bold = True
        fields = [held.issuer]
        if held.issued_on:
            fields.append(f"Issued {_slashed(held.issued_on)}")
        if held.expires_on:
            fields.append(f"Renewal due {_slashed(held.expires_on)}")
        if held.credential_id:
            fields.append(f"Ref: {held.credential_id}")
        line = document.add_paragraph().add_run(" | ".join(fields))
        line.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        if held.url:
            document.add_paragraph(held.url).runs[0].font.size = Pt(8.5)
    document.add_heading("Working towards", level=1)
    for line in content.section_negatives:
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Employment", level=1)
    document.add_paragraph().add_run(
        f"{content.employer} — {content.role}, 2019 to date"
    ).bold = True
    for line in content.bullets:
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Skills", level=1)
    document.add_paragraph(" • ".join(content.skills))
    return docx_bytes(document)


# -- a Markdown résumé with a pipe table, through pandoc's ODT -----------------------------------


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def blind11_table_markdown(content: Content) -> str:
    rows = []
    for held in content.credentials:
        address = f"<{held.url}>" if held.url else None
        reference = " ".join(part for part in (held.credential_id, address) if part)
        cells = (held.title, held.issuer, month(held.issued_on, "mon"),
                 month(held.expires_on, "mon") or "—", reference or "—")  # fmt: skip
        rows.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    links = ", ".join(f"[{text}]({target})" for text, target in content.contact_links)
    lines = [
        f"# {display_name(content)}",
        "",
        f"**{content.headline}**  ",
        f"{content.location} · <{content.email}> · {content.phone}"
        + (f" · {links}" if links else ""),
        "",
        "## Profile",
        "",
        content.summary,
        "",
        "## Certifications and licences",
        "",
        "| Certification | Issuer | Date | Until | ID / link |",
        # Widths by the dashes, as a writer sets them so that IDs and addresses fit.
        "|" + "|".join("-" * width for width in (28, 22, 9, 9, 32)) + "|",
        *rows,
        "",
        "*Not yet held:* " + "; ".join(content.section_negatives),
        "",
        "## Experience",
        "",
        f"### {content.role} — {content.employer} (2019–present)",
        "",
        *(f"- {line}" for line in content.bullets),
        "",
        "## Skills",
        "",
        ", ".join(content.skills),
        "",
    ]
    return "\n".join(lines)


# -- a phone app's plain-text share ---------------------------------------------------------------


def blind11_app_text(content: Content) -> str:
    lines = [display_name(content), content.headline, "",
             f"📍 {content.location}", f"✉️ {content.email}", f"📞 {content.phone}",
             *(f"🔗 {target}" for _, target in content.contact_links), "",
             "👤 ABOUT ME", content.summary, "",
             "💼 EXPERIENCE", f"{content.role}", f"{content.employer} | 2019 - Present",
             *(f"- {line}" for line in content.bullets), "",
             "🏅 LICENSES & CERTIFICATIONS"]  # fmt: skip
    for held in content.credentials:
        facts = [held.issuer]
        if held.issued_on:
            facts.append(f"Issued {month(held.issued_on, 'mon')}")
        if held.expires_on:
            facts.append(f"Expires {month(held.expires_on, 'mon')}")
        lines += ["", held.title, "   " + " · ".join(facts)]
        if held.credential_id:
            lines.append(f"   ID: {held.credential_id}")
        if held.url:
            lines.append(f"   🔗 {held.url}")
    lines += ["", "📚 IN PROGRESS", *(f"- {line}" for line in content.section_negatives), "",
              "🛠 SKILLS", ", ".join(content.skills), "",
              "—", "Created with Resume Builder – CV Maker app for Android"]  # fmt: skip
    return "\n".join(lines) + "\n"


BLIND11_LAYOUTS: tuple[Layout, ...] = tuple(
    Layout(key, renderer, build, ALL_FIELDS, held_out=True, group="blind-11")
    for key, renderer, build in (
        ("blind11-app-share-text", "text", blind11_app_text),
        ("blind11-portfolio-cards", "chromium", blind11_portfolio_cards),
        ("blind11-rirekisho", "chromium", blind11_rirekisho),
        ("blind11-twocol-docx", "python-docx", blind11_twocol_docx),
        ("blind11-keyfacts-pdf", "libreoffice", blind11_keyfacts_docx),
        ("blind11-table-odt-pdf", "pandoc-odt+libreoffice", blind11_table_markdown),
    )
)
