"""The HTML layouts of the rendered corpus, printed to PDF by Chromium."""

from __future__ import annotations

from html import escape

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month, span

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


def html_badge_grid(content: Content) -> str:
    """Credentials as a grid of badges, two a row: title, issuer, dates, number and a verify
    button on lines of their own (a development layout, added in session 4)."""
    cards = []
    for held in content.credentials:
        parts = [f"<p class='title'>{escape(held.title)}</p>", f"<p>{escape(held.issuer)}</p>"]
        dates = f"Earned {month(held.issued_on, 'full')}"
        if held.expires_on:
            dates += f" · Valid until {month(held.expires_on, 'full')}"
        parts.append(f"<p class='muted'>{dates}</p>")
        if held.credential_id:
            parts.append(f"<p class='muted'>Credential # {escape(held.credential_id)}</p>")
        if held.url:
            parts.append(
                f'<p><a class="button" href="{escape(held.url)}">Verify credential ›</a></p>'
            )
        cards.append(f"<div class='badge'>{''.join(parts)}</div>")
    css = (
        ".grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt 14pt; }"
        " .badge { border: 0.8pt solid #c8d3e0; border-radius: 5pt; padding: 6pt 8pt; }"
        " .title { font-weight: bold; font-size: 10pt; } .button { font-size: 8.5pt; }"
    )
    body = (
        f"<h1>{escape(display_name(content))}</h1><p class='muted'>{_contact(content)}</p>"
        + _summary(content)
        + "<h2>Badges &amp; Certifications</h2>"
        + f"<div class='grid'>{''.join(cards)}</div>"
        + _negatives(content)
        + _experience(content)
        + _education()
        + _skills(content)
    )
    return _page(css, body)


def html_date_rail(content: Content) -> str:
    """A narrow rail of dates (MM/YYYY, the range broken over two lines) left of each entry:
    the linked title, then the issuer, then the number (a development layout, session 4)."""
    rows = []
    for held in content.credentials:
        title = escape(held.title)
        if held.url:
            title = f'<a href="{escape(held.url)}">{title}</a>'
        when = month(held.issued_on, "slash")
        if held.expires_on:
            when += f" –<br>{month(held.expires_on, 'slash')}"
        lines = [f"<p><b>{title}</b></p>", f"<p class='muted'>{escape(held.issuer)}</p>"]
        if held.credential_id:
            lines.append(f"<p class='muted'>Licence no. {escape(held.credential_id)}</p>")
        rows.append(
            f"<div class='row'><div class='when'>{when}</div><div>{''.join(lines)}</div></div>"
        )
    css = (
        ".row { display: flex; gap: 10pt; margin-bottom: 6pt; }"
        " .when { flex: 0 0 58pt; color: #555; font-size: 8.5pt; padding-top: 1pt; }"
    )
    body = (
        f"<h1>{escape(display_name(content))}</h1><p class='muted'>{_contact(content)}</p>"
        + _summary(content)
        + _experience(content)
        + "<h2>Certifications</h2>"
        + "".join(rows)
        + _negatives(content)
        + _skills(content)
    )
    return _page(css, body)


def html_wrapper(fragment: str) -> str:
    """A page around an HTML fragment another tool wrote (pandoc)."""
    css = (
        "table { border-collapse: collapse; width: 100%; margin: 4pt 0; }"
        " th { text-align: left; border-bottom: 1pt solid #999; padding: 2pt 5pt; }"
        " td { padding: 2pt 5pt; vertical-align: top; }"
    )
    return _page(css, fragment)
