"""The "blind-2" layouts: made in session 4 by a helper who did not read the extractor, by
recipes none of the other layouts use, and never tuned on. Their figures are printed apart by
``python -m bench.extraction`` as the blind measure of generalisation."""

from __future__ import annotations

from html import escape
from typing import Any

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm

from tests.rendered.contents import Content, Credential
from tests.rendered.docx_layouts import _docx_history, _docx_start, _docx_tail, docx_bytes
from tests.rendered.html_layouts import (
    _contact,
    _education,
    _experience,
    _negatives,
    _page,
    _skills,
    _summary,
)
from tests.rendered.layout import display_name, month, span


def _definition(held: Credential) -> str:
    parts = [f"<dt>{escape(held.title)}</dt>", f"<dd>Issuing body: {escape(held.issuer)}</dd>"]
    valid = f"since {month(held.issued_on, 'full')}"
    if held.expires_on:
        valid = f"{month(held.issued_on, 'full')} until {month(held.expires_on, 'full')}"
    parts.append(f"<dd>Valid {valid}</dd>")
    if held.credential_id:
        parts.append(f"<dd>Certificate number {escape(held.credential_id)}</dd>")
    if held.url:
        parts.append(f'<dd><a href="{escape(held.url)}">Online record</a></dd>')
    return "".join(parts)


def blind_html_dl_grid(content: Content) -> str:
    """A CSS grid page (named areas: a banner, a wide main column and a narrow aside under it);
    the certifications a definition list, each field in a ``<dd>`` of its own."""
    css = (
        ".page { display: grid; grid-template-columns: 2fr 1fr; column-gap: 14pt;"
        " grid-template-areas: 'banner banner' 'main aside' 'certs certs'; }"
        " .banner { grid-area: banner; background: #eef2f6; padding: 6pt 8pt; }"
        " .main { grid-area: main; } .aside { grid-area: aside; } .certs { grid-area: certs; }"
        " dl { margin: 2pt 0; display: grid; grid-template-columns: 1fr 1fr; column-gap: 16pt; }"
        " dl > div { break-inside: avoid; margin-bottom: 5pt; }"
        " dt { font-weight: bold; } dd { margin: 0 0 0 10pt; color: #444; }"
    )
    items = "".join(f"<div>{_definition(held)}</div>" for held in content.credentials)
    body = (
        f"<div class='page'><div class='banner'><h1>{escape(display_name(content))}</h1>"
        f"<p class='muted'>{_contact(content, ' / ')}</p></div>"
        f"<div class='main'>{_summary(content)}{_experience(content)}</div>"
        f"<div class='aside'>{_skills(content)}{_education()}</div>"
        f"<div class='certs'><h2>Accreditations</h2><dl>{items}</dl>"
        f"{_negatives(content)}</div></div>"
    )
    return _page(css, body)


def blind_html_right_dates(content: Content) -> str:
    """Two columns, the credentials in the right-hand one: the linked title and its dates on
    one line (dates pushed right), the issuer and "#number" on the line below."""
    entries = []
    for held in content.credentials:
        title = escape(held.title)
        if held.url:
            title = f'<a href="{escape(held.url)}">{title}</a>'
        below = escape(held.issuer)
        if held.credential_id:
            below += f" &nbsp; #{escape(held.credential_id)}"
        entries.append(
            f"<div class='entry'><div class='line'><span class='what'>{title}</span>"
            f"<span class='when'>{span(held, 'mon', ' – ')}</span></div>"
            f"<div class='muted'>{below}</div></div>"
        )
    css = (
        ".cols { display: flex; gap: 16pt; } .left { flex: 1.3; } .right { flex: 1; }"
        " .line { display: flex; justify-content: space-between; gap: 6pt; }"
        " .what { font-weight: bold; } .when { white-space: nowrap; color: #555;"
        " font-size: 8.5pt; } .entry { margin-bottom: 5pt; }"
    )
    body = (
        f"<h1>{escape(display_name(content))}</h1><p class='muted'>{_contact(content)}</p>"
        f"<div class='cols'><div class='left'>{_summary(content)}{_experience(content)}"
        f"{_education()}</div><div class='right'><h2>Certified</h2>{''.join(entries)}"
        f"{_negatives(content)}{_skills(content)}</div></div>"
    )
    return _page(css, body)


def blind_docx_tab_list(content: Content) -> bytes:
    """A LibreOffice-printed list under a tab-stopped heading line: each title on a line of its
    own, then the body, the validity (MM/YYYY–MM/YYYY) and a bare number in tab-stopped columns,
    no labels on the fields."""
    document: Any = _docx_start(content)
    _docx_history(document, content)
    document.add_heading("Qualifications", level=1)
    stops = [(Cm(8.5), WD_TAB_ALIGNMENT.LEFT), (Cm(17.9), WD_TAB_ALIGNMENT.RIGHT)]

    def columns(text: str, *, bold: bool = False) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(0.5)
        for position, alignment in stops:
            paragraph.paragraph_format.tab_stops.add_tab_stop(position, alignment)
        paragraph.add_run(text).bold = bold

    columns("Awarding body\tValid\tNumber", bold=True)
    for held in content.credentials:
        document.add_paragraph().add_run(held.title).bold = True
        columns(f"{held.issuer}\t{span(held, 'slash', '–')}\t{held.credential_id or ''}")
    _docx_tail(document, content)
    return docx_bytes(document)
