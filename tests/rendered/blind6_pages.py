"""Blind-6's two web-builder résumés, printed to PDF by Chromium.

``blind6_canva_sidebar`` is a designed one-pager as people make them in Canva in 2026: a dark
left sidebar with contact details, skills and the certifications (title, issuer, dates, a
"Verify" link; no credential IDs), the experience on the right. ``blind6_rx_grid`` follows an
open-source builder's theme (Reactive Resume style): a coloured header band, sections in a
two-column grid of cards, each certification with its date flush right, its ID in small type
and its URL written as the link's text without the scheme.
"""

from __future__ import annotations

from html import escape

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import span


def full_name(content: Content) -> str:
    return " ".join([content.name, *content.post_nominals])


_CANVA_STYLE = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #222; font-size: 9.5pt; }
.page { display: grid; grid-template-columns: 72mm 1fr; min-height: 297mm; }
aside { background: #1f3a4d; color: #f1f5f8; padding: 14mm 7mm; }
aside h3 { font-size: 9pt; letter-spacing: .18em; text-transform: uppercase; color: #9fd3c7;
  border-bottom: 1px solid #4d6b7f; padding-bottom: 2px; margin: 16px 0 8px; }
aside p, aside li { margin: 0 0 4px; line-height: 1.35; }
aside ul { padding-left: 14px; margin: 0; }
.initials { width: 26mm; height: 26mm; border-radius: 50%; background: #9fd3c7; color: #1f3a4d;
  font-size: 22pt; font-weight: bold; display: flex; align-items: center;
  justify-content: center; margin: 0 auto 10px; }
.cert { margin-bottom: 9px; }
.cert b { display: block; color: #fff; }
.cert .by { color: #cfe3ee; font-style: italic; }
.cert .when { font-size: 8pt; color: #b7c9d4; }
.cert a { color: #9fd3c7; font-size: 8pt; text-decoration: none; }
.muted { color: #b7c9d4; font-size: 8.5pt; }
main { padding: 14mm 11mm; }
main h1 { font-size: 24pt; margin: 0; color: #1f3a4d; font-weight: 800; }
main h2 { font-size: 12pt; font-weight: normal; color: #3b8c7a; margin: 2px 0 14px; }
main h3 { font-size: 10pt; letter-spacing: .16em; text-transform: uppercase; color: #1f3a4d;
  margin: 18px 0 6px; }
.job b { font-size: 10.5pt; }
.job .at { color: #3b8c7a; }
.job ul { padding-left: 16px; }
"""


def blind6_canva_sidebar(content: Content) -> str:
    initials = "".join(part[0] for part in content.name.split()[:2])
    contact = [content.phone, content.email, content.location]
    contact += [text for text, _ in content.contact_links]
    certs = "".join(
        f'<div class="cert"><b>{escape(held.title)}</b>'
        f'<span class="by">{escape(held.issuer)}</span><br>'
        f'<span class="when">{escape(span(held, "mon", " – "))}</span>'
        + (f' · <a href="{escape(held.url)}">Verify ↗</a>' if held.url else "")
        + "</div>"
        for held in content.credentials
    )
    studying = "".join(f"<li>{escape(text)}</li>" for text in content.section_negatives)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{_CANVA_STYLE}</style>
</head><body><div class="page"><aside>
<div class="initials">{escape(initials)}</div>
<h3>Contact</h3>{"".join(f"<p>{escape(item)}</p>" for item in contact)}
<h3>Skills</h3><ul>{"".join(f"<li>{escape(skill)}</li>" for skill in content.skills)}</ul>
<h3>Certifications</h3>{certs}
<h3>Notes</h3><ul class="muted">{studying}</ul>
</aside><main>
<h1>{escape(full_name(content))}</h1><h2>{escape(content.headline)}</h2>
<h3>Profile</h3><p>{escape(content.summary)}</p>
<h3>Experience</h3>
<div class="job"><b>{escape(content.role)}</b><br><span class="at">{escape(content.employer)}
</span> · 2021 – Present<ul>{"".join(f"<li>{escape(b)}</li>" for b in content.bullets)}</ul>
</div>
</main></div></body></html>"""


_RX_STYLE = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt;
  color: #1c1917; }
header { background: #0f766e; color: #fff; padding: 10mm 12mm 8mm; }
header h1 { margin: 0; font-size: 22pt; }
header .headline { font-size: 11pt; opacity: .9; margin-top: 2px; }
header .contacts { margin-top: 8px; display: flex; flex-wrap: wrap; gap: 4px 16px;
  font-size: 8.5pt; }
header a { color: #fff; }
.body { padding: 6mm 12mm; }
section h2 { font-size: 10.5pt; color: #0f766e; border-bottom: 2px solid #0f766e;
  margin: 12px 0 6px; padding-bottom: 1px; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 18px; }
.item .top { display: flex; justify-content: space-between; gap: 8px; }
.item .top b { font-size: 9.5pt; }
.item .top span { color: #57534e; white-space: nowrap; font-size: 8.5pt; }
.item .sub { color: #44403c; }
.item .small { color: #78716c; font-size: 7.5pt; }
.item a { color: #0f766e; font-size: 8pt; }
.tags span { display: inline-block; background: #ccfbf1; border-radius: 3px; padding: 1px 6px;
  margin: 0 4px 4px 0; font-size: 8.5pt; }
"""


def _rx_card(held: Credential) -> str:
    lines = [
        f'<div class="item"><div class="top"><b>{escape(held.title)}</b>'
        f"<span>{escape(span(held, 'slash', ' - '))}</span></div>",
        f'<div class="sub">{escape(held.issuer)}</div>',
    ]
    if held.credential_id:
        lines.append(f'<div class="small">Credential ID {escape(held.credential_id)}</div>')
    if held.url:
        shown = held.url.removeprefix("https://").removeprefix("www.")
        lines.append(f'<a href="{escape(held.url)}">{escape(shown)}</a>')
    return "".join(lines) + "</div>"


def blind6_rx_grid(content: Content) -> str:
    links = "".join(
        f'<span>↗ <a href="{escape(url)}">{escape(text)}</a></span>'
        for text, url in content.contact_links
    )
    negatives = "".join(f"<li>{escape(text)}</li>" for text in content.section_negatives)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{_RX_STYLE}</style>
</head><body><header><h1>{escape(full_name(content))}</h1>
<div class="headline">{escape(content.headline)}</div>
<div class="contacts"><span>✉ {escape(content.email)}</span><span>☎ {escape(content.phone)}</span>
<span>⌂ {escape(content.location)}</span>{links}</div></header>
<div class="body">
<section><h2>Summary</h2><p>{escape(content.summary)}</p></section>
<section><h2>Experience</h2><div class="item"><div class="top"><b>{escape(content.employer)}</b>
<span>03/2021 - Present</span></div><div class="sub">{escape(content.role)}</div>
<ul>{"".join(f"<li>{escape(b)}</li>" for b in content.bullets)}</ul></div></section>
<section><h2>Certifications</h2><div class="grid">
{"".join(_rx_card(held) for held in content.credentials)}</div></section>
<section><h2>Professional Development</h2><ul>{negatives}</ul></section>
<section><h2>Skills</h2><div class="tags">
{"".join(f"<span>{escape(skill)}</span>" for skill in content.skills)}</div></section>
</div></body></html>"""
