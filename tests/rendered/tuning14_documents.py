"""Tuning-14's layouts: six ways continental European CVs are made, none used by another group.

- ``lebenslauf-pdf`` (Chromium, German): the name and contact in a shaded header box, a running
  header and footer repeated on every page (a table's header and footer groups, which Chromium
  repeats), the body justified with soft hyphens, so words break at line ends; each credential a
  row with "seit Mai 2020" in a date column and "Zertifikats-Nr. … · gültig bis 05/2026" under its
  title; the certifications start low on page one and carry on to page two.
- ``narrativo-pdf`` (DOCX printed by LibreOffice, Spanish): the credentials told in running
  sentences ("En marzo de 2021 obtuve la certificación …, expedida por …, N.º …, válida hasta …"),
  justified and hyphenated at soft hyphens; the name with its post-nominals.
- ``punto-docx`` (Markdown → DOCX by pandoc, Italian): each credential one line whose fields are
  parted by "·" ("**Title** · Issuer · n. … · conseguita a giugno 2021 · valida fino a …").
- ``naglowek-docx`` (python-docx, Polish): the name in a shaded box in the Word page header
  (repeated on every page), the data-processing consent clause in the footer, the credentials
  one line each parted by "|" ("Title | Issuer | nr … | od 03.2021 | ważny do maja 2026"), the
  address only behind a "weryfikacja" hyperlink.
- ``typeset-pdf`` (the PDF's bytes, Dutch): see ``tuning14_pdf.py``.
- ``portal-text`` (text, Portuguese): a job portal's text export in capitals headings, each
  credential "Title – Issuer | Nº … | emitido em mai/2024 | válido até mai/2026", wrapped at 76.
"""

from __future__ import annotations

import html
import textwrap
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from tests.rendered.blind5_word import _hyperlink as hyperlink
from tests.rendered.contents import Content, Credential
from tests.rendered.docx_layouts import docx_bytes, word_page
from tests.rendered.layout import ALL_FIELDS, Layout, display_name
from tests.rendered.tuning14_pdf import tuning14_typeset
from tests.rendered.tuning14_words import GERMAN, ITALIAN, POLISH, PORTUGUESE, SPANISH, soft_hyphens

# -- a German Lebenslauf with a header box and a running header (Chromium) -----------------------

_LEBENSLAUF_STYLE = """
@page { size: A4; margin: 12mm 16mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.6pt; color: #222; margin: 0; }
table.page { width: 100%; border-collapse: collapse; }
thead td { font-size: 7.5pt; color: #777; border-bottom: 0.5pt solid #aaa; padding-bottom: 2mm; }
tfoot td { font-size: 7.5pt; color: #777; border-top: 0.5pt solid #aaa; padding-top: 2mm; }
.box { background: #1f3a5f; color: white; padding: 6mm 7mm; margin: 4mm 0 6mm; }
.box h1 { margin: 0 0 2mm; font-size: 20pt; }
.box p { margin: 0; font-size: 9pt; }
h2 { font-size: 11pt; color: #1f3a5f; border-bottom: 1pt solid #1f3a5f; margin: 6mm 0 3mm; }
p, li { text-align: justify; hyphens: manual; }
.row { display: flex; margin-bottom: 3mm; break-inside: avoid; }
.when { width: 34mm; flex: none; color: #555; }
.what { flex: 1; }
.spacer { height: 118mm; }
"""


def _lebenslauf_entry(held: Credential) -> str:
    when = f"{GERMAN.since} {GERMAN.month(held.issued_on)}" if held.issued_on else ""
    said = [html.escape(held.issuer)]
    if held.credential_id:
        said.append(f"Zertifikats-Nr. {html.escape(held.credential_id)}")
    if held.expires_on:
        said.append(f"gültig bis {GERMAN.month(held.expires_on, numeric='/')}")
    link = ""
    if held.url:
        link = f'<br>Nachweis: <a href="{held.url}">{html.escape(held.url)}</a>'
    return (
        f'<div class="row"><div class="when">{when}</div><div class="what">'
        f"<b>{html.escape(held.title)}</b><br>{' · '.join(said)}{link}</div></div>"
    )


def tuning14_lebenslauf(content: Content) -> str:
    contact = " · ".join([content.location, content.phone, content.email])
    bullets = "".join(f"<li>{soft_hyphens(html.escape(b))}</li>" for b in content.bullets)
    entries = "".join(_lebenslauf_entry(held) for held in content.credentials)
    pending = "".join(f"<li>{html.escape(text)}</li>" for text in content.section_negatives)
    running = f"Lebenslauf {html.escape(content.name)} · {html.escape(content.email)}"
    return f"""<!doctype html><html lang="de"><head><meta charset="utf-8">
<style>{_LEBENSLAUF_STYLE}</style></head><body><table class="page">
<thead><tr><td>{running}</td></tr></thead>
<tfoot><tr><td>Vertraulich · Bewerbungsunterlagen · Stand Dezember 2026</td></tr></tfoot>
<tbody><tr><td>
<div class="box"><h1>{html.escape(display_name(content))}</h1>
<p>{html.escape(content.headline)}</p><p>{html.escape(contact)}</p></div>
<h2>{GERMAN.profile}</h2><p>{soft_hyphens(html.escape(content.summary))}</p>
<h2>{GERMAN.experience}</h2>
<div class="row"><div class="when">seit 01/2020</div><div class="what">
<b>{html.escape(content.role)}</b>, {html.escape(content.employer)}<ul>{bullets}</ul></div></div>
<h2>{GERMAN.skills}</h2><p>{" | ".join(html.escape(s) for s in content.skills)}</p>
<div class="spacer"></div>
<h2>{GERMAN.credentials}</h2>{entries}
<h2>{GERMAN.pending}</h2><ul>{pending}</ul>
</td></tr></tbody></table></body></html>"""


# -- Word documents -----------------------------------------------------------------------------


def _base(font: str, size: float) -> Any:
    return word_page(font, size, side=2.2, space_after=3)


def _sentence(held: Credential) -> str:
    """One credential as a Spanish CV tells it in prose."""
    when = SPANISH.month(held.issued_on)
    opening = f"En {when.replace(' ', ' de ')}" if "-" in (held.issued_on or "") else f"En {when}"
    text = f"{opening} obtuve la certificación {held.title}, expedida por {held.issuer}"
    if held.credential_id:
        text += f" (N.º {held.credential_id})"
    if held.expires_on:
        text += f", válida hasta {SPANISH.month(held.expires_on).replace(' ', ' de ')}"
    if held.url:
        text += f"; puede verificarse en {held.url}"
    return text + "."


def tuning14_narrativo(content: Content) -> bytes:
    document = _base("Liberation Serif", 11)
    name = document.add_paragraph().add_run(display_name(content))
    name.bold, name.font.size = True, Pt(18)
    document.add_paragraph(f"{content.headline}\n{content.location} · {content.phone} · "
                           f"{content.email}")  # fmt: skip
    for heading, body in (
        (SPANISH.profile, content.summary),
        (SPANISH.experience, f"{content.role} en {content.employer} (desde enero de 2020). "
                             + " ".join(f"{b}." for b in content.bullets)),
        (SPANISH.credentials, " ".join(_sentence(held) for held in content.credentials)),
        (SPANISH.pending, " ".join(content.section_negatives)),
        (SPANISH.skills, ", ".join(content.skills) + "."),
    ):  # fmt: skip
        document.add_heading(heading, level=2)
        paragraph = document.add_paragraph(soft_hyphens(body))
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return docx_bytes(document)


def _shade(cell: Any, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _polish_line(paragraph: Any, held: Credential) -> None:
    parts = [held.title, held.issuer]
    if held.credential_id:
        parts.append(f"nr {held.credential_id}")
    if held.issued_on:
        parts.append(f"{POLISH.since} {POLISH.month(held.issued_on, numeric='.')}")
    if held.expires_on:
        parts.append(f"ważny do {POLISH.month(held.expires_on, after=True)}")
    paragraph.add_run(parts[0]).bold = True
    paragraph.add_run(" | " + " | ".join(parts[1:]))
    if held.url:
        paragraph.add_run(" | ")
        hyperlink(paragraph, held.url, "weryfikacja")


def tuning14_naglowek(content: Content) -> bytes:
    document = _base("Liberation Sans", 10)
    header = document.sections[0].header
    box = header.add_table(rows=1, cols=1, width=Cm(16.6))
    cell = box.cell(0, 0)
    _shade(cell, "DCE6F0")
    run = cell.paragraphs[0].add_run(content.name)
    run.bold, run.font.size = True, Pt(16)
    cell.add_paragraph(f"{content.headline} | {content.phone} | {content.email}")
    document.sections[0].footer.paragraphs[0].text = (
        "Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do "
        "realizacji procesu rekrutacji zgodnie z RODO."
    )
    document.add_paragraph(content.location)
    document.add_heading(POLISH.profile, level=2)
    document.add_paragraph(content.summary)
    document.add_heading(POLISH.experience, level=2)
    document.add_paragraph().add_run(
        f"{content.role} | {content.employer} | od 01.2020"
    ).bold = True
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    document.add_heading(POLISH.credentials, level=2)
    for held in content.credentials:
        _polish_line(document.add_paragraph(), held)
    document.add_heading(POLISH.pending, level=2)
    for text in content.section_negatives:
        document.add_paragraph(text)
    document.add_heading(POLISH.skills, level=2)
    document.add_paragraph(" | ".join(content.skills))
    if content.contact_links:
        links = document.add_paragraph()
        for text, url in content.contact_links:
            hyperlink(links, url, text)
    return docx_bytes(document)


# -- Markdown through pandoc (Italian) and a portal's text (Portuguese) -------------------------


def _italian_line(held: Credential) -> str:
    parts = [f"**{held.title}**", held.issuer]
    if held.credential_id:
        parts.append(f"n. {held.credential_id}")
    if held.issued_on:
        parts.append(f"conseguita a {ITALIAN.month(held.issued_on)}")
    if held.expires_on:
        parts.append(f"valida fino a {ITALIAN.month(held.expires_on)}")
    if held.url:
        parts.append(f"<{held.url}>")
    return " · ".join(parts)


def tuning14_punto(content: Content) -> str:
    lines = "\n\n".join(_italian_line(held) for held in content.credentials)
    bullets = "\n".join(f"- {bullet}" for bullet in content.bullets)
    pending = "\n".join(f"- {text}" for text in content.section_negatives)
    return f"""# {display_name(content)}

{content.headline} · {content.location} · {content.phone} · <{content.email}>

## {ITALIAN.profile}

{content.summary}

## {ITALIAN.experience}

**{content.role}** · {content.employer} · dal 2020

{bullets}

## {ITALIAN.credentials}

{lines}

## {ITALIAN.pending}

{pending}

## {ITALIAN.skills}

{" · ".join(content.skills)}
"""


def _portal_line(held: Credential) -> str:
    parts = [f"{held.title} – {held.issuer}"]
    if held.credential_id:
        parts.append(f"Nº {held.credential_id}")
    if held.issued_on:
        parts.append(f"emitido em {PORTUGUESE.month(held.issued_on).replace(' ', '/')}")
    if held.expires_on:
        parts.append(f"válido até {PORTUGUESE.month(held.expires_on).replace(' ', '/')}")
    if held.url:
        parts.append(held.url)
    return textwrap.fill(" | ".join(parts), 76, initial_indent="• ", subsequent_indent="  ",
                         break_long_words=False, break_on_hyphens=False)  # fmt: skip


def tuning14_portal(content: Content) -> str:
    rule = "-" * 76
    certs = "\n".join(_portal_line(held) for held in content.credentials)
    bullets = "\n".join(f"• {b}" for b in content.bullets)
    pending = "\n".join(f"• {text}" for text in content.section_negatives)
    return f"""CURRÍCULO
{rule}
Nome: {display_name(content)}
Cargo pretendido: {content.headline}
Cidade: {content.location}
Telefone: {content.phone}
E-mail: {content.email}
{rule}
{PORTUGUESE.profile.upper()}
{textwrap.fill(content.summary, 76)}

{PORTUGUESE.experience.upper()}
{content.role} – {content.employer} (desde 2020)
{bullets}

{PORTUGUESE.credentials.upper()}
{certs}

{PORTUGUESE.pending.upper()}
{pending}

{PORTUGUESE.skills.upper()}
{" · ".join(content.skills)}
"""


TUNING14_LAYOUTS: tuple[Layout, ...] = tuple(
    Layout(key, renderer, build, ALL_FIELDS, group="tuning-14")
    for key, renderer, build in (
        ("tuning14-lebenslauf-pdf", "chromium", tuning14_lebenslauf),
        ("tuning14-narrativo-pdf", "libreoffice", tuning14_narrativo),
        ("tuning14-punto-docx", "pandoc", tuning14_punto),
        ("tuning14-naglowek-docx", "python-docx", tuning14_naglowek),
        ("tuning14-typeset-pdf", "pdf", tuning14_typeset),
        ("tuning14-portal-text", "text", tuning14_portal),
    )
)
