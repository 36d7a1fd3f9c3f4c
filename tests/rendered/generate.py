"""Generate the rendered corpus: every content in every layout, through real renderers.

    python -m tests.rendered.generate                 # render every file, write the labels
    python -m tests.rendered.generate --labels-only   # only recompute labels.json
    python -m tests.rendered.generate --only LAYOUT   # re-render one layout's files

A second corpus, made a different way from ``tests/corpus/`` (WeasyPrint and python-docx
writing one house style): the six contents in ``contents.py`` go through fourteen layouts and
three independent renderers — HTML templates printed to PDF by Debian's Chromium (headless,
through Playwright), DOCX templates converted to PDF by LibreOffice, and Markdown turned into
DOCX by pandoc (some of those DOCX then printed by LibreOffice too). Labels are computed from
the contents and from the fields each layout shows; none is written by hand.

Writes ``tests/rendered/files/*`` and ``tests/rendered/labels.json``. The outputs are committed,
so the tests never need the renderers; this script needs ``/usr/bin/chromium``, ``soffice`` and
``pandoc`` (``scripts/bootstrap --dev`` installs them).

Some layouts are *held out*: they were not looked at while the extractor was tuned, and
``bench/extraction.py`` reports them apart, as the honest measure of generalisation.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from tests.extractors.documents import add_hyperlink
from tests.rendered.contents import CONTENTS, Content, Credential

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
CHROMIUM = "/usr/bin/chromium"

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip

#: Fields a layout may leave out; the labels leave out the same.
ALL_FIELDS = frozenset({"issuer", "dates", "id", "url"})


@dataclass(frozen=True)
class Layout:
    """One way to lay a résumé out, and the renderer that makes the file."""

    key: str
    #: "chromium" (HTML → PDF), "libreoffice" (DOCX → PDF), "python-docx" (DOCX as written),
    #: "pandoc" (Markdown → DOCX), "pandoc+libreoffice" (Markdown → DOCX → PDF).
    renderer: str
    build: Callable[[Content], Any]
    shows: frozenset[str] = ALL_FIELDS
    #: The credentials are written by their short names ("CISSP") rather than their titles.
    short_titles: bool = False
    held_out: bool = False

    @property
    def suffix(self) -> str:
        return "docx" if self.renderer in {"pandoc", "python-docx"} else "pdf"


def month(value: str | None, style: str) -> str:
    """A ``YYYY-MM`` date the way a layout writes it."""
    if not value:
        return ""
    year, number = value.split("-")
    index = int(number) - 1
    return {
        "mon": f"{MONTHS[index]} {year}",
        "full": f"{FULL_MONTHS[index]} {year}",
        "slash": f"{number}/{year}",
        "iso": f"{year}-{number}",
    }[style]


def span(credential: Credential, style: str, joiner: str = " – ") -> str:
    issued = month(credential.issued_on, style)
    if credential.expires_on:
        return f"{issued}{joiner}{month(credential.expires_on, style)}"
    return issued


def display_name(content: Content) -> str:
    return ", ".join([content.name, *content.post_nominals])


# -- HTML layouts (Chromium) ----------------------------------------------------------------

_BASE_CSS = """
@page { size: A4; margin: 14mm 15mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.35;
       color: #222; margin: 0; }
h1 { font-size: 21pt; margin: 0 0 2pt; } h2 { font-size: 11.5pt; margin: 11pt 0 4pt;
  text-transform: uppercase; letter-spacing: .04em; color: #1a3d6d; }
p { margin: 0 0 2pt; } ul { margin: 2pt 0 4pt 14pt; padding: 0; }
a { color: #1a56b0; text-decoration: none; } .muted { color: #666; }
"""


def _page(css: str, body: str) -> str:
    head = f"<head><meta charset='utf-8'><style>{_BASE_CSS}{css}</style></head>"
    return f"<html>{head}<body>{body}</body></html>"


def _contact(content: Content, sep: str = " · ") -> str:
    links = sep.join(
        f'<a href="{escape(url)}">{escape(text)}</a>' for text, url in content.contact_links
    )
    parts = [
        escape(content.headline),
        escape(content.location),
        escape(content.email),
        escape(content.phone),
    ]
    return sep.join([*parts, *([links] if links else [])])


def _experience(content: Content) -> str:
    bullets = "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)
    return (
        "<h2>Experience</h2>"
        f"<p><b>{escape(content.role)}</b>, {escape(content.employer)} (2019 – present)</p>"
        f"<ul>{bullets}</ul>"
        "<p><b>Analyst</b>, Globex (2014 – 2019)</p>"
        "<ul><li>Owned the monthly reporting pack and its controls.</li></ul>"
    )


def _summary(content: Content) -> str:
    return f"<h2>Summary</h2><p>{escape(content.summary)}</p>"


def _skills(content: Content) -> str:
    return f"<h2>Skills</h2><p>{escape(', '.join(content.skills))}</p>"


def _education() -> str:
    return "<h2>Education</h2><p><b>BSc Mathematics</b>, University of Leeds (2010 – 2014)</p>"


def _negatives(content: Content, tag: str = "p") -> str:
    return "".join(f"<{tag}>{escape(line)}</{tag}>" for line in content.section_negatives)


def html_classic(content: Content) -> str:
    """One column; "Title , Issuer (Mon YYYY – Mon YYYY)" with the space before the comma."""
    entries = []
    for held in content.credentials:
        line = f"<p><b>{escape(held.title)}</b> , {escape(held.issuer)} ({span(held, 'mon')})</p>"
        extra = []
        if held.credential_id:
            extra.append(f"Credential ID {escape(held.credential_id)}")
        if held.url:
            extra.append(f'<a href="{escape(held.url)}">Show credential</a>')
        entries.append(line + (f"<p class='muted'>{' · '.join(extra)}</p>" if extra else ""))
    body = (
        f"<h1>{escape(display_name(content))}</h1><p class='muted'>{_contact(content)}</p>"
        + _summary(content)
        + _experience(content)
        + "<h2>Licenses &amp; Certifications</h2>"
        + "".join(f"<div style='margin-bottom:4pt'>{entry}</div>" for entry in entries)
        + _negatives(content)
        + _education()
        + _skills(content)
    )
    return _page("", body)


def html_sidebar_left(content: Content) -> str:
    """A dark left sidebar holding the name, contact, skills and a list of short credentials."""
    items = []
    for held in content.credentials:
        name = escape(held.short)
        items.append(
            f'<li><a href="{escape(held.url)}">{name}</a></li>' if held.url else f"<li>{name}</li>"
        )
    items.extend(f"<li>{escape(line)}</li>" for line in content.section_negatives)
    side = (
        f"<div class='side'><h1>{escape(display_name(content))}</h1>"
        f"<p>{escape(content.headline)}</p><h3>Contact</h3><p>{escape(content.email)}</p>"
        f"<p>{escape(content.phone)}</p><p>{escape(content.location)}</p>"
        + "".join(
            f'<p><a href="{escape(url)}">{escape(text)}</a></p>'
            for text, url in content.contact_links
        )
        + "<h3>Skills</h3><ul>"
        + "".join(f"<li>{escape(skill)}</li>" for skill in content.skills)
        + "</ul><h3>Certifications</h3><ul>"
        + "".join(items)
        + "</ul></div>"
    )
    main = f"<div class='main'>{_summary(content)}{_experience(content)}{_education()}</div>"
    css = (
        ".wrap { display: grid; grid-template-columns: 33% 1fr; column-gap: 16pt; }"
        " .side { background: #24344d; color: #f2f2f2; padding: 10pt; min-height: 260mm; }"
        " .side a { color: #cfe0ff; } .side h1 { font-size: 17pt; }"
        " .side h3 { font-size: 10pt; margin: 10pt 0 3pt; text-transform: uppercase; }"
        " .side ul { list-style: none; margin: 0; } @page { margin: 0 12mm 0 0; }"
        " .main { padding-top: 12mm; }"
    )
    return _page(css, f"<div class='wrap'>{side}{main}</div>")


def _table_rows(content: Content) -> str:
    rows = []
    for held in content.credentials:
        link = f'<a href="{escape(held.url)}">Verify</a>' if held.url else ""
        rows.append(
            f"<tr><td>{escape(held.title)}</td><td>{escape(held.issuer)}</td>"
            f"<td>{month(held.issued_on, 'slash')}</td><td>{month(held.expires_on, 'slash')}</td>"
            f"<td class='id'>{escape(held.credential_id or '')}</td><td>{link}</td></tr>"
        )
    return "".join(rows)


def html_cert_table(content: Content) -> str:
    """A ruled table: title cells that wrap, a narrow ID column, "Verify" link cells."""
    table = (
        "<table class='certs'><tr><th>Certification</th><th>Issuer</th><th>Issued</th>"
        f"<th>Expires</th><th>Credential ID</th><th>Link</th></tr>{_table_rows(content)}</table>"
    )
    css = (
        "table.certs { border-collapse: collapse; width: 100%; table-layout: fixed; }"
        " .certs td, .certs th { border: 0.6pt solid #888; padding: 2pt 4pt; vertical-align: top;"
        " text-align: left; font-size: 8.5pt; }"
        " .certs th:nth-child(1) { width: 29% } .certs th:nth-child(2) { width: 20% }"
        " .certs th:nth-child(3), .certs th:nth-child(4) { width: 11% }"
        " .certs th:nth-child(5) { width: 15% } .certs th:nth-child(6) { width: 14% }"
        " .certs td.id { overflow-wrap: anywhere; }"
    )
    body = (
        f"<h1>{escape(display_name(content))}</h1><p class='muted'>{_contact(content)}</p>"
        + _summary(content)
        + _experience(content)
        + f"<h2>Certifications</h2>{table}"
        + _negatives(content)
        + _skills(content)
    )
    return _page(css, body)


def html_unruled_table(content: Content) -> str:
    """An unruled table: a date column, the title (linked), the issuer, the ID."""
    rows = []
    for held in content.credentials:
        title = escape(held.title)
        if held.url:
            title = f'<a href="{escape(held.url)}">{title}</a>'
        ident = f"ID {escape(held.credential_id)}" if held.credential_id else ""
        rows.append(
            f"<tr><td class='when'>{span(held, 'mon')}</td><td><b>{title}</b></td>"
            f"<td>{escape(held.issuer)}</td><td>{ident}</td></tr>"
        )
    css = (
        "table.certs { width: 100%; border-spacing: 0 3pt; } .certs td { vertical-align: top;"
        " padding-right: 8pt; } td.when { width: 24%; color: #555; }"
    )
    body = (
        f"<h1>{escape(display_name(content))}</h1><p class='muted'>{_contact(content)}</p>"
        + _summary(content)
        + f"<h2>Certifications</h2><table class='certs'>{''.join(rows)}</table>"
        + _negatives(content)
        + _experience(content)
        + _skills(content)
    )
    return _page(css, body)


def _stacked_entry(held: Credential, *, url_text: bool) -> str:
    parts = [f"<p><b>{escape(held.title)}</b></p>"]
    dates = f"Issued {month(held.issued_on, 'mon')}"
    if held.expires_on:
        dates += f" · Expires {month(held.expires_on, 'mon')}"
    parts.append(f"<p class='muted'>{escape(held.issuer)} · {dates}</p>")
    if held.credential_id:
        parts.append(f"<p class='muted'>ID: {escape(held.credential_id)}</p>")
    if held.url:
        shown = held.url.split("://", 1)[1] if url_text else "View badge ↗"
        parts.append(f'<p><a href="{escape(held.url)}">{escape(shown)}</a></p>')
    return f"<div class='entry'>{''.join(parts)}</div>"


def html_two_column(content: Content) -> str:
    """A header across the page, then two equal columns: history left, credentials right."""
    entries = "".join(_stacked_entry(held, url_text=True) for held in content.credentials)
    css = (
        ".cols { display: grid; grid-template-columns: 1fr 1fr; column-gap: 22pt; }"
        " .entry { margin-bottom: 5pt; } .right p { overflow-wrap: anywhere; }"
    )
    body = (
        f"<h1>{escape(display_name(content))}</h1><p class='muted'>{_contact(content)}</p>"
        "<div class='cols'><div>"
        + _summary(content)
        + _experience(content)
        + _education()
        + "</div><div class='right'><h2>Certifications</h2>"
        + entries
        + _negatives(content)
        + _skills(content)
        + "</div></div>"
    )
    return _page(css, body)


def html_header_footer(content: Content) -> str:
    """A running header (name, contact) and footer on every page; two pages of text."""
    entries = []
    for held in content.credentials:
        sentence = (
            f"{escape(held.title)} — {escape(held.issuer)}, issued {month(held.issued_on, 'full')}"
        )
        if held.expires_on:
            sentence += f", expires {month(held.expires_on, 'full')}"
        sentence += "."
        if held.credential_id:
            sentence += f" Credential ID: {escape(held.credential_id)}."
        if held.url:
            sentence += f' Verify: <a href="{escape(held.url)}">{escape(held.url)}</a>'
        entries.append(f"<p class='entry'>{sentence}</p>")
    earlier = "".join(
        f"<p><b>Consultant</b>, Client {n} (20{n:02d} – 20{n + 1:02d})</p>"
        "<ul><li>Delivered the quarterly review and the board pack for the programme.</li>"
        "<li>Ran the workshops that set the team's priorities for the year ahead.</li></ul>"
        for n in range(4, 13)
    )
    # Chromium repeats a table's head and foot on every printed page: the usual way HTML
    # résumés get running headers and footers.
    css = (
        "table.page { width: 100%; border-collapse: collapse; table-layout: fixed; }"
        " .top { border-bottom: 1pt solid #1a3d6d; padding-bottom: 3pt; }"
        " .top h1 { font-size: 16pt; } .bottom { font-size: 8pt;"
        " color: #777; text-align: center; padding-top: 6pt; } .entry { margin-bottom: 4pt; }"
        " .entry a { word-break: break-all; } td { vertical-align: top; padding: 0; }"
    )
    head = (
        f"<div class='top'><h1>{escape(display_name(content))}</h1>"
        f"<p class='muted'>{_contact(content)}</p></div>"
    )
    foot = (
        f"<div class='bottom'>{escape(content.name)} · Curriculum Vitae · "
        f"{escape(content.email)}</div>"
    )
    main = (
        _summary(content)
        + "<h2>Professional Certifications</h2>"
        + "".join(entries)
        + _negatives(content)
        + _experience(content)
        + earlier
        + _education()
        + _skills(content)
    )
    body = (
        f"<table class='page'><thead><tr><td>{head}</td></tr></thead>"
        f"<tfoot><tr><td>{foot}</td></tr></tfoot><tbody><tr><td>{main}</td></tr></tbody></table>"
    )
    return _page(css, body)


def html_cards(content: Content) -> str:
    """Credentials as cards, two to a row; the name centred over a rule."""
    cards = "".join(_stacked_entry(held, url_text=False) for held in content.credentials)
    css = (
        "header { text-align: center; border-bottom: 2pt solid #444; margin-bottom: 6pt; }"
        " .cards { display: grid; grid-template-columns: 1fr 1fr; gap: 6pt; }"
        " .entry { border: 0.8pt solid #bbb; border-radius: 4pt; padding: 5pt; }"
    )
    body = (
        f"<header><h1>{escape(display_name(content))}</h1>"
        f"<p class='muted'>{_contact(content, ' | ')}</p></header>"
        + _summary(content)
        + f"<h2>Certifications &amp; Licenses</h2><div class='cards'>{cards}</div>"
        + _negatives(content)
        + _experience(content)
        + _skills(content)
    )
    return _page(css, body)


def html_timeline(content: Content) -> str:
    """A date column beside each entry; the name right-aligned with its post-nominals smaller."""
    rows = []
    for held in content.credentials:
        title = escape(held.title)
        if held.url:
            title = f'<a href="{escape(held.url)}">{title}</a>'
        ident = (
            f"<p class='muted'>Credential ID: {escape(held.credential_id)}</p>"
            if held.credential_id
            else ""
        )
        rows.append(
            f"<div class='row'><div class='when'>{span(held, 'slash', ' –<br>')}</div>"
            f"<div><p><b>{title}</b> | {escape(held.issuer)}</p>{ident}</div></div>"
        )
    post = ", ".join(content.post_nominals)
    css = (
        "header { text-align: right; } header small { font-size: 11pt; color: #555; }"
        " .row { display: flex; gap: 10pt; margin-bottom: 5pt; } .when { width: 18%; flex: none;"
        " color: #555; }"
    )
    body = (
        f"<header><h1>{escape(content.name)}"
        f"{f'<small>, {escape(post)}</small>' if post else ''}</h1>"
        f"<p class='muted'>{_contact(content)}</p></header>"
        + _summary(content)
        + _experience(content)
        + f"<h2>Credentials</h2>{''.join(rows)}"
        + _negatives(content)
        + _skills(content)
    )
    return _page(css, body)


# -- DOCX layouts (python-docx, then LibreOffice) -------------------------------------------


def _hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    add_hyperlink(paragraph, url, text, colour="1A56B0")


def _docx_start(content: Content, *, in_header: bool = False) -> Any:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "DejaVu Sans"
    style.font.size = Pt(9.5)
    for section in document.sections:
        section.left_margin = section.right_margin = Cm(1.8)
        section.top_margin = section.bottom_margin = Cm(1.6)
    contact = " | ".join([content.headline, content.location, content.email, content.phone])
    if in_header:
        header = document.sections[0].header
        name = header.paragraphs[0]
        run = name.add_run(display_name(content))
        run.bold = True
        run.font.size = Pt(16)
        header.add_paragraph(contact)
        footer = document.sections[0].footer
        footer.paragraphs[0].text = f"{content.name} – Résumé – {content.email}"
    else:
        document.add_paragraph(display_name(content), style="Title")
        line = document.add_paragraph(contact)
        for text, url in content.contact_links:
            line.add_run(" | ")
            _hyperlink(line, url, text)
    return document


def _docx_history(document: Any, content: Content) -> None:
    document.add_heading("Summary", level=1)
    document.add_paragraph(content.summary)
    document.add_heading("Experience", level=1)
    document.add_paragraph(f"{content.role}, {content.employer} (2019 – present)").runs[
        0
    ].bold = True
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")


def _docx_tail(document: Any, content: Content) -> None:
    for line in content.section_negatives:
        document.add_paragraph(line)
    document.add_heading("Skills", level=1)
    document.add_paragraph(", ".join(content.skills))


def _saved(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_table(content: Content) -> bytes:
    """A Word table: Certification | Issuing body | Date | Credential ID | Link ("Verify")."""
    document = _docx_start(content)
    _docx_history(document, content)
    document.add_heading("Certifications", level=1)
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    widths = [Cm(5.6), Cm(3.8), Cm(3.2), Cm(2.4), Cm(1.6)]
    for cell, heading in zip(
        table.rows[0].cells,
        ["Certification", "Issuing body", "Date", "Credential ID", "Link"],
        strict=True,
    ):
        cell.text = heading
    for held in content.credentials:
        cells = table.add_row().cells
        cells[0].text = held.title
        cells[1].text = held.issuer
        cells[2].text = span(held, "mon")
        cells[3].text = held.credential_id or ""
        if held.url:
            _hyperlink(cells[4].paragraphs[0], held.url, "Verify")
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    _docx_tail(document, content)
    return _saved(document)


def docx_header(content: Content) -> bytes:
    """Name and contact in the page header, a footer; entries with right-aligned dates."""
    document = _docx_start(content, in_header=True)
    _docx_history(document, content)
    document.add_heading("Licences and Certifications", level=1)
    for held in content.credentials:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(17.4), WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run(f"{held.title}, {held.issuer}").bold = True
        paragraph.add_run(f"\t{span(held, 'full', ' to ')}")
        extra = document.add_paragraph()
        if held.credential_id:
            extra.add_run(f"Licence/Credential no. {held.credential_id}  ")
        if held.url:
            _hyperlink(extra, held.url, "Verify credential")
        if not extra.text and not held.url:
            extra._p.getparent().remove(extra._p)
    _docx_tail(document, content)
    return _saved(document)


def docx_two_columns(content: Content) -> bytes:
    """A two-column section (Word's own columns) after a one-column header."""
    document = _docx_start(content)
    section = document.add_section(WD_SECTION.CONTINUOUS)
    columns = section._sectPr.xpath("./w:cols")
    cols = columns[0] if columns else OxmlElement("w:cols")
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    if not columns:
        section._sectPr.append(cols)
    _docx_history(document, content)
    document.add_heading("Certifications", level=1)
    for held in content.credentials:
        paragraph = document.add_paragraph()
        if held.url:
            _hyperlink(paragraph, held.url, held.title)
        else:
            paragraph.add_run(held.title)
        dates = f"{month(held.issued_on, 'iso')}" + (
            f" to {month(held.expires_on, 'iso')}" if held.expires_on else ""
        )
        paragraph.add_run(f" ({held.issuer}), {dates}")
        if held.credential_id:
            paragraph.add_run(f", ID {held.credential_id}")
    _docx_tail(document, content)
    return _saved(document)


# -- Markdown layouts (pandoc) ----------------------------------------------------------------


def _markdown_head(content: Content) -> list[str]:
    links = " | ".join(f"[{text}]({url})" for text, url in content.contact_links)
    contact = " | ".join(
        [content.headline, content.email, content.phone, *([links] if links else [])]
    )
    bullets = [f"- {bullet}" for bullet in content.bullets]
    return [
        f"# {display_name(content)}",
        "",
        contact,
        "",
        "## Summary",
        "",
        content.summary,
        "",
        "## Experience",
        "",
        f"**{content.role}**, {content.employer} (2019 – present)",
        "",
        *bullets,
        "",
    ]


def _markdown_tail(content: Content) -> list[str]:
    return [
        "",
        *(f"{line}\n" for line in content.section_negatives),
        "## Skills",
        "",
        ", ".join(content.skills),
        "",
    ]


def markdown_list(content: Content) -> str:
    """A bullet per credential: bold title, issuer, dates, ID and a [Verify](…) link."""
    items = []
    for held in content.credentials:
        parts = [f"**{held.title}** — {held.issuer}", span(held, "mon", "–")]
        if held.credential_id:
            parts.append(f"Credential ID: {held.credential_id}")
        if held.url:
            parts.append(f"[Verify]({held.url})")
        items.append("- " + ", ".join(parts))
    return "\n".join(
        [*_markdown_head(content), "## Certifications", "", *items, *_markdown_tail(content)]
    )


def markdown_table(content: Content) -> str:
    """A pipe table of credentials with link cells."""
    rows = [
        "| Credential | Issuer | Earned | Valid until | ID | Link |",
        "|------------------|-----------|--------|--------|-------|------|",
    ]
    for held in content.credentials:
        link = f"[link]({held.url})" if held.url else ""
        rows.append(
            f"| {held.title} | {held.issuer} | {month(held.issued_on, 'mon')} | "
            f"{month(held.expires_on, 'mon')} | {held.credential_id or ''} | {link} |"
        )
    return "\n".join(
        [*_markdown_head(content), "## Certifications", "", *rows, *_markdown_tail(content)]
    )


_NO_LINKS = ALL_FIELDS - {"url"}

LAYOUTS: tuple[Layout, ...] = (
    Layout("html-classic", "chromium", html_classic),
    Layout(
        "html-sidebar-left", "chromium", html_sidebar_left, frozenset({"url"}), short_titles=True
    ),
    Layout("html-cert-table", "chromium", html_cert_table),
    Layout("html-unruled-table", "chromium", html_unruled_table),
    Layout("html-two-column", "chromium", html_two_column),
    Layout("html-header-footer", "chromium", html_header_footer),
    Layout("html-cards", "chromium", html_cards, held_out=True),
    Layout("html-timeline", "chromium", html_timeline, held_out=True),
    Layout("docx-table", "python-docx", docx_table),
    # LibreOffice prints python-docx's hyperlinks as plain text (the PDF has no link
    # annotations), so a reader of these PDFs sees no URL, and the labels carry none.
    Layout("docx-table-pdf", "libreoffice", docx_table, _NO_LINKS),
    Layout("docx-header-pdf", "libreoffice", docx_header, _NO_LINKS),
    Layout("docx-two-column-pdf", "libreoffice", docx_two_columns, _NO_LINKS, held_out=True),
    Layout("markdown-list", "pandoc", markdown_list),
    Layout("markdown-table-pdf", "pandoc+libreoffice", markdown_table, held_out=True),
)


# -- labels -------------------------------------------------------------------------------------


def labels_for(content: Content, layout: Layout) -> list[dict[str, Any]]:
    """The claims a reader of this file sees: the credentials as this layout shows them, and the
    credentials only the post-nominals name."""
    shows = layout.shows
    claims = [
        {
            "title": held.short if layout.short_titles else held.title,
            "issuer": held.issuer if "issuer" in shows else None,
            "url": held.url if "url" in shows else None,
            "credential_id": held.credential_id if "id" in shows else None,
            "issued_on": held.issued_on if "dates" in shows else None,
            "expires_on": held.expires_on if "dates" in shows else None,
        }
        for held in content.credentials
    ]
    claims.extend(
        {"title": held.title, "issuer": held.issuer, "url": None, "credential_id": None,
         "issued_on": None, "expires_on": None}
        for held in content.post_nominal_claims
    )  # fmt: skip
    return claims


def negatives_for(content: Content) -> list[str]:
    contact = [text for text, _ in content.contact_links]
    return [*content.section_negatives, content.summary, *content.bullets, *contact]


# -- rendering ---------------------------------------------------------------------------------


_CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _render_html(jobs: Iterable[tuple[str, Path]]) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=_CHROMIUM_FLAGS,
        )
        page = browser.new_page()
        for html, target in jobs:
            page.set_content(html, wait_until="load")
            page.pdf(
                path=str(target), format="A4", print_background=True, prefer_css_page_size=True
            )
        browser.close()


def _libreoffice_to_pdf(sources: list[Path], folder: Path) -> None:
    if not sources:
        return
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(folder), *map(str, sources)],
            check=True, capture_output=True, timeout=600,
        )  # fmt: skip


def _pandoc(markdown: str, target: Path) -> None:
    subprocess.run(
        ["pandoc", "--from", "markdown", "--to", "docx", "--output", str(target)],
        input=markdown.encode(),
        check=True,
        timeout=120,
    )


def label(content: Content, layout: Layout) -> dict[str, Any]:
    """The labels of one rendered file."""
    return {
        "file": f"files/{layout.key}__{content.key}.{layout.suffix}",
        "layout": layout.key,
        "renderer": layout.renderer,
        "content": content.key,
        "held_out": layout.held_out,
        "name": content.name,
        "emails": [content.email],
        "claims": labels_for(content, layout),
        "negatives": negatives_for(content),
    }


def generate(folder: Path = FILES, only: str | None = None) -> list[dict[str, Any]]:
    """Render every content in every layout (or in the one layout ``only``); return the labels."""
    if only is None and folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    labels: list[dict[str, Any]] = []
    html_jobs: list[tuple[str, Path]] = []
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        to_pdf: list[Path] = []
        for layout in LAYOUTS:
            for content in CONTENTS:
                if only is not None and layout.key != only:
                    labels.append(label(content, layout))
                    continue
                stem = f"{layout.key}__{content.key}"
                target = folder / f"{stem}.{layout.suffix}"
                built = layout.build(content)
                if layout.renderer == "chromium":
                    html_jobs.append((built, target))
                elif layout.renderer == "python-docx":
                    target.write_bytes(built)
                elif layout.renderer == "libreoffice":
                    source = scratch / f"{stem}.docx"
                    source.write_bytes(built)
                    to_pdf.append(source)
                elif layout.renderer == "pandoc":
                    _pandoc(built, target)
                else:  # pandoc+libreoffice
                    source = scratch / f"{stem}.docx"
                    _pandoc(built, source)
                    to_pdf.append(source)
                labels.append(label(content, layout))
        _render_html(html_jobs)
        _libreoffice_to_pdf(to_pdf, folder)
    missing = [label["file"] for label in labels if not (HERE / label["file"]).exists()]
    if missing:
        raise SystemExit(f"not rendered: {missing}")
    return labels


def main() -> None:
    arguments = sys.argv[1:]
    if "--labels-only" in arguments:
        # Relabel the committed files (a layout's shown fields changed) without re-rendering.
        labels = [label(content, layout) for layout in LAYOUTS for content in CONTENTS]
    elif "--only" in arguments:
        # Re-render one layout, leaving the other committed files as they are.
        labels = generate(only=arguments[arguments.index("--only") + 1])
    else:
        labels = generate()
    (HERE / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    size = sum(path.stat().st_size for path in FILES.iterdir())
    print(f"{len(labels)} résumés, {len(LAYOUTS)} layouts, {size / 1e6:.1f} MB in {FILES}")


if __name__ == "__main__":
    main()
