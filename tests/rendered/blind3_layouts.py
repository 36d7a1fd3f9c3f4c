"""The "blind-3" HTML layouts: made in session 5 by a helper who did not read the extractor, by
recipes none of the other layouts use, and never tuned on. They copy how 2026 résumé builders
lay a page out (a coloured right sidebar with SVG icons, a timeline with a dated gutter, a grid
of credential cards with "Verify" buttons); Chromium prints them. The document recipes (DOCX,
RTF, plain text, Markdown) are in ``blind3_documents.py``.
"""

from __future__ import annotations

from html import escape

from tests.rendered.contents import Content, Credential
from tests.rendered.html_layouts import _education, _page
from tests.rendered.layout import display_name, month

# Inline SVG icons, as builders draw them (no text in them, so nothing for a reader to read).
_ICONS = {
    "mail": "<path d='M2 4h20v16H2z M2 4l10 8 10-8' fill='none' stroke='currentColor'/>",
    "phone": "<path d='M6 2h5l2 5-3 2a12 12 0 0 0 5 5l2-3 5 2v5a2 2 0 0 1-2 2A18 18 0 0 1 4 4a2"
    " 2 0 0 1 2-2z' fill='none' stroke='currentColor'/>",
    "pin": "<path d='M12 22s7-7 7-12a7 7 0 0 0-14 0c0 5 7 12 7 12z' fill='none'"
    " stroke='currentColor'/><circle cx='12' cy='10' r='2.5' fill='currentColor'/>",
    "link": "<path d='M10 14l4-4 M8 12l-3 3a3 3 0 0 0 4 4l3-3 M16 12l3-3a3 3 0 0 0-4-4l-3 3'"
    " fill='none' stroke='currentColor'/>",
    "award": "<circle cx='12' cy='9' r='6' fill='none' stroke='currentColor'/><path d='M8 14l-2"
    " 8 6-3 6 3-2-8' fill='none' stroke='currentColor'/>",
    "shield": "<path d='M12 2l9 4v6c0 5-4 9-9 10-5-1-9-5-9-10V6z' fill='currentColor'/>",
}


def _icon(name: str, size: str = "9pt") -> str:
    return (
        f"<svg class='icon' width='{size}' height='{size}' viewBox='0 0 24 24'"
        f" stroke-width='2'>{_ICONS[name]}</svg>"
    )


def _bullets(content: Content) -> str:
    return "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)


def _jobs(content: Content, heading: str) -> str:
    return (
        f"<h2>{heading}</h2>"
        f"<p class='job'><b>{escape(content.role)}</b></p>"
        f"<p class='muted'>{escape(content.employer)} | 2019 – Present</p>"
        f"<ul>{_bullets(content)}</ul>"
        "<p class='job'><b>Analyst</b></p><p class='muted'>Globex | 2014 – 2019</p>"
        "<ul><li>Owned the monthly reporting pack and its controls.</li></ul>"
    )


# -- 1. a builder page with a coloured right sidebar -----------------------------------------


def _sidebar_credential(held: Credential) -> str:
    when = month(held.issued_on, "mon")
    if held.expires_on:
        when += f" – {month(held.expires_on, 'mon')}"
    lines = [
        f"<p class='cert-title'>{_icon('award')} {escape(held.title)}</p>",
        f"<p>{escape(held.issuer)}</p>",
        f"<p class='faint'>{when}</p>",
    ]
    if held.credential_id:
        lines.append(f"<p class='faint'>Credential ID {escape(held.credential_id)}</p>")
    if held.url:
        lines.append(
            f"<p><a href='{escape(held.url)}'>{_icon('link', '8pt')} Show credential</a></p>"
        )
    return f"<div class='cert'>{''.join(lines)}</div>"


def blind3_html_right_sidebar(content: Content) -> str:
    """A builder-style page: the main column left; a coloured sidebar on the right holding the
    name, the contact details with icons, the skills as chips and the certifications."""
    contact = [
        ("mail", escape(content.email)),
        ("phone", escape(content.phone)),
        ("pin", escape(content.location)),
        *(
            ("link", f"<a href='{escape(url)}'>{escape(text)}</a>")
            for text, url in content.contact_links
        ),
    ]
    chips = "".join(f"<span class='chip'>{escape(skill)}</span>" for skill in content.skills)
    certificates = "".join(_sidebar_credential(held) for held in content.credentials)
    certificates += "".join(
        f"<div class='cert'><p class='cert-title'>{_icon('award')} {escape(line)}</p></div>"
        for line in content.section_negatives
    )
    side = (
        f"<aside><h1>{escape(display_name(content))}</h1>"
        f"<p class='headline'>{escape(content.headline)}</p>"
        "<h3>Contact</h3>"
        + "".join(f"<p class='contact'>{_icon(icon)} {text}</p>" for icon, text in contact)
        + f"<h3>Certifications</h3>{certificates}<h3>Skills</h3><div>{chips}</div></aside>"
    )
    main = (
        f"<main><h2>Profile</h2><p>{escape(content.summary)}</p>"
        f"{_jobs(content, 'Work Experience')}{_education()}</main>"
    )
    css = (
        "@page { margin: 0; } body { font-size: 9pt; }"
        " .wrap { display: grid; grid-template-columns: 1fr 36%; min-height: 297mm; }"
        " main { padding: 14mm 10mm 10mm 14mm; }"
        " aside { background: #0f4c5c; color: #eef6f7; padding: 14mm 9mm 10mm 8mm; }"
        " aside h1 { font-size: 18pt; line-height: 1.15; color: #fff; }"
        " aside h3 { font-size: 9pt; letter-spacing: .12em; text-transform: uppercase;"
        " border-bottom: 1pt solid #7fb3bd; margin: 12pt 0 5pt; padding-bottom: 2pt; }"
        " aside a { color: #bfe6ee; } .headline { color: #bfe6ee; font-size: 10pt; }"
        " .contact { margin-bottom: 3pt; } .icon { vertical-align: -1pt; margin-right: 3pt; }"
        " .cert { margin-bottom: 7pt; } .cert-title { font-weight: bold; color: #fff; }"
        " .faint { color: #a9cdd4; font-size: 8pt; }"
        " .chip { display: inline-block; border: 0.7pt solid #7fb3bd; border-radius: 8pt;"
        " padding: 0 5pt; margin: 0 3pt 3pt 0; font-size: 8pt; }"
        " main h2 { color: #0f4c5c; } .job { margin-top: 5pt; }"
    )
    return _page(css, f"<div class='wrap'>{main}{side}</div>")


# -- 2. a timeline with the dates in a left gutter --------------------------------------------


def _gutter_row(when: str, body: str) -> str:
    return f"<div class='row'><div class='gutter'>{when}</div><div class='entry'>{body}</div></div>"


def blind3_html_gutter_timeline(content: Content) -> str:
    """One serif column; every section a timeline (a rule with dots) whose dates stand in a
    right-aligned gutter on its left: "Oct 2021 – present" for a credential that does not
    expire, "Cert #" before the number, the title linked."""
    rows = []
    for held in content.credentials:
        until = month(held.expires_on, "mon") if held.expires_on else "present"
        title = escape(held.title)
        if held.url:
            title = f"<a href='{escape(held.url)}'>{title}</a>"
        body = f"<p class='what'>{title}</p><p><i>{escape(held.issuer)}</i></p>"
        if held.credential_id:
            body += f"<p class='muted'>Cert # {escape(held.credential_id)}</p>"
        rows.append(_gutter_row(f"{month(held.issued_on, 'mon')} – {until}", body))
    rows.extend(_gutter_row("", f"<p>{escape(line)}</p>") for line in content.section_negatives)
    jobs = _gutter_row(
        "2019 – now",
        f"<p class='what'>{escape(content.role)} · {escape(content.employer)}</p>"
        f"<ul>{_bullets(content)}</ul>",
    ) + _gutter_row(
        "2014 – 2019",
        "<p class='what'>Analyst · Globex</p>"
        "<ul><li>Owned the monthly reporting pack and its controls.</li></ul>",
    )
    school = _gutter_row(
        "2010 – 2014", "<p class='what'>BSc Mathematics</p><p>University of Leeds</p>"
    )
    links = " · ".join(
        f"<a href='{escape(url)}'>{escape(text)}</a>" for text, url in content.contact_links
    )
    contact = " · ".join(
        [escape(content.email), escape(content.phone), escape(content.location)]
        + ([links] if links else [])
    )
    body = (
        f"<header><h1>{escape(display_name(content))}</h1>"
        f"<p class='headline'>{escape(content.headline)}</p><p class='muted'>{contact}</p>"
        f"</header><h2>About</h2><p>{escape(content.summary)}</p>"
        f"<h2>Experience</h2><div class='line'>{jobs}</div>"
        f"<h2>Licenses &amp; Certifications</h2><div class='line'>{''.join(rows)}</div>"
        f"<h2>Education</h2><div class='line'>{school}</div>"
        f"<h2>Skills</h2><p>{escape(' / '.join(content.skills))}</p>"
    )
    css = (
        "body { font-family: 'DejaVu Serif', serif; font-size: 9pt; }"
        " header { border-bottom: 0.8pt solid #999; padding-bottom: 4pt; }"
        " .headline { font-size: 11pt; font-style: italic; } h2 { color: #5a2a27; }"
        " .row { display: grid; grid-template-columns: 36mm 1fr; column-gap: 0; }"
        " .gutter { text-align: right; padding: 1pt 9pt 0 0; font-size: 8pt; color: #666;"
        " white-space: nowrap; }"
        " .entry { border-left: 1pt solid #c9b3b0; padding: 0 0 6pt 10pt; position: relative; }"
        " .entry::before { content: ''; position: absolute; left: -3.5pt; top: 3pt;"
        " width: 6pt; height: 6pt; border-radius: 3pt; background: #5a2a27; }"
        " .what { font-weight: bold; } .entry ul { margin-top: 1pt; }"
    )
    return _page(css, body)


# -- 3. credential cards, three a row, with a "Verify" button ----------------------------------


def _card(held: Credential) -> str:
    dates = f"Issued {month(held.issued_on, 'mon')}"
    if held.expires_on:
        dates += f" · Expires {month(held.expires_on, 'mon')}"
    parts = [
        f"<div class='logo'>{_icon('shield', '16pt')}</div>",
        f"<p class='title'>{escape(held.title)}</p>",
        f"<p class='issuer'>{escape(held.issuer)}</p>",
        f"<p class='muted'>{dates}</p>",
    ]
    if held.credential_id:
        parts.append(f"<p class='muted id'>ID: {escape(held.credential_id)}</p>")
    if held.url:
        parts.append(f"<a class='verify' href='{escape(held.url)}'>Verify</a>")
    return f"<div class='card'>{''.join(parts)}</div>"


def blind3_html_verify_cards(content: Content) -> str:
    """A centred header, then the certifications first as cards three to a row — a shield
    logo, the title, the issuer, "Issued … · Expires …", an "ID:" line and a "Verify" button —
    and the history under them."""
    links = " | ".join(
        f"<a href='{escape(url)}'>{escape(text)}</a>" for text, url in content.contact_links
    )
    contact = " | ".join(
        [escape(content.location), escape(content.phone), escape(content.email)]
        + ([links] if links else [])
    )
    others = "".join(f"<li>{escape(line)}</li>" for line in content.section_negatives)
    body = (
        f"<header><h1>{escape(display_name(content))}</h1>"
        f"<p class='headline'>{escape(content.headline)}</p><p class='muted'>{contact}</p>"
        f"</header><p class='summary'>{escape(content.summary)}</p>"
        "<h2>Verified Credentials</h2>"
        f"<div class='cards'>{''.join(_card(held) for held in content.credentials)}</div>"
        f"<ul class='others'>{others}</ul>"
        f"{_jobs(content, 'Professional Experience')}{_education()}"
        f"<h2>Core Skills</h2><p>{escape(' • '.join(content.skills))}</p>"
    )
    css = (
        "header { text-align: center; margin-bottom: 6pt; } .headline { font-size: 11pt;"
        " color: #3b5b92; } .summary { text-align: center; margin: 0 12mm 4pt; }"
        " h2 { border-bottom: 1.2pt solid #3b5b92; padding-bottom: 1pt; }"
        " .cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 7pt; }"
        " .card { border: 0.8pt solid #d5dbe5; border-radius: 6pt; padding: 7pt;"
        " background: #f7f9fc; break-inside: avoid; }"
        " .logo { color: #3b5b92; } .title { font-weight: bold; font-size: 9pt;"
        " margin-top: 3pt; } .issuer { color: #333; } .id { font-size: 8pt; }"
        " .verify { display: inline-block; margin-top: 5pt; padding: 2pt 12pt;"
        " background: #3b5b92; color: #fff; border-radius: 9pt; font-size: 8pt;"
        " font-weight: bold; } .others { margin-top: 5pt; }"
    )
    return _page(css, body)
