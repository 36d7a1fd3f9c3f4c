"""Blind-13's pages printed by Chromium, and the date words blind-13 uses.

``blind13_profile`` is a professional network's profile page printed from the browser ("Save as
PDF" on the page itself, not the site's own export): the site's top bar, a cover band, the photo
circle, name, headline, "500+ connections", an "Open to" box, then "About", "Experience" and
"Licenses & certifications" as cards: a square where the issuer's logo image goes, the title in
bold, the issuer, "Issued Mar 2024 · Expires Mar 2027", "Credential ID …", a rounded "Show
credential ↗" button whose address is only its target, and a "Skills:" line of the skills tied
to it; "Show all 6 licenses & certifications →" under the last card, then an "Also working on"
card and a right rail ("People also viewed", a promoted ad). ``blind13_notion`` is a page
exported from a notes app: an emoji icon and a large title, a grey callout holding the contact
details, toggles ("▸ Experience"), and the credentials as an inline database shown as a table
("Aa Name | Issuer | Issued | Expires | ID | Link | Status") whose status is a coloured tag
("Active", "Lapsed"), a link cell showing the address's host and path cut by an ellipsis, and the
pending things in a to-do list of unchecked boxes under "🎯 Goals".
"""

from __future__ import annotations

from html import escape

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

#: Blind-13's "today": a credential expiring before it is shown as lapsed where a layout says so.
TODAY = "2026-12"


def initials(text: str) -> str:
    words = [word for word in text.replace("-", " ").replace("(", " ").split() if word[0].isupper()]
    return "".join(word[0] for word in words[:2]) or text[:2].upper()


# -- a profile page printed from the browser ----------------------------------------------------

_PROFILE_STYLE = """
@page { size: A4; margin: 8mm 8mm; }
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 9pt; color: #191919;
  background: #f4f2ee; margin: 0; }
.bar { background: #fff; border-bottom: 1px solid #ddd; padding: 2mm 4mm; display: flex;
  gap: 6mm; align-items: center; font-size: 7.5pt; color: #666; }
.bar .logo { background: #0a66c2; color: #fff; font-weight: bold; border-radius: 1mm;
  padding: 0 1.2mm; font-size: 10pt; } .bar .search { background: #edf3f8; padding: 1mm 6mm;
  border-radius: 1mm; width: 45mm; }
.wrap { display: flex; gap: 4mm; margin-top: 3mm; } main { flex: 3; } aside { flex: 1.1; }
.card { background: #fff; border: 1px solid #e0dfdc; border-radius: 2mm; margin-bottom: 3mm;
  padding: 4mm 5mm; break-inside: avoid; }
.top { padding: 0 0 4mm; overflow: hidden; } .cover { height: 18mm;
  background: linear-gradient(90deg, #a0b4b7, #d4dde0); }
.photo { width: 24mm; height: 24mm; border-radius: 50%; border: 1mm solid #fff;
  background: #7a8b99; margin: -12mm 0 0 5mm; color: #fff; font-size: 18pt; display: flex;
  align-items: center; justify-content: center; }
.top .who { padding: 0 5mm; } h1 { font-size: 15pt; margin: 1mm 0 0; } .muted { color: #666; }
.blue { color: #0a66c2; font-weight: bold; }
.open { background: #dde7f1; border-radius: 1.5mm; padding: 2mm 3mm; margin: 2mm 5mm 0;
  width: 60mm; font-size: 8pt; }
h2 { font-size: 12pt; margin: 0 0 3mm; }
.item { display: flex; gap: 3mm; padding: 2.5mm 0; border-bottom: 1px solid #eee; }
.item:last-of-type { border-bottom: none; }
.sq { width: 10mm; height: 10mm; flex: none; background: #eef3f8; color: #56687a;
  font-weight: bold; font-size: 8pt; display: flex; align-items: center; justify-content: center; }
.t { font-weight: bold; font-size: 9.5pt; } .s { font-size: 8.3pt; } .g { font-size: 8pt;
  color: #666; }
a.btn { display: inline-block; margin-top: 1.5mm; border: 1px solid #666; border-radius: 4mm;
  padding: .6mm 3mm; color: #444; font-weight: bold; font-size: 8pt; text-decoration: none; }
.all { text-align: center; color: #444; font-weight: bold; border-top: 1px solid #eee;
  padding-top: 2mm; }
aside .card { font-size: 8pt; } .ad { color: #666; font-size: 7pt; }
"""


def _profile_card(held: Credential, skills: tuple[str, ...]) -> str:
    lines = [
        f'<div class="t">{escape(held.title)}</div>',
        f'<div class="s">{escape(held.issuer)}</div>',
    ]
    if held.issued_on:
        dated = f"Issued {month(held.issued_on, 'mon')}"
        if held.expires_on:
            dated += f" · Expires {month(held.expires_on, 'mon')}"
        lines.append(f'<div class="g">{dated}</div>')
    if held.credential_id:
        lines.append(f'<div class="g">Credential ID {escape(held.credential_id)}</div>')
    if held.url:
        lines.append(f'<a class="btn" href="{escape(held.url)}">Show credential ↗</a>')
    if skills:
        lines.append(f'<div class="s"><b>Skills:</b> {escape(" · ".join(skills))}</div>')
    logo = '<div class="sq"></div>'  # the issuer's logo is an image: no text
    return f'<div class="item">{logo}<div>{"".join(lines)}</div></div>'


def blind13_profile(content: Content) -> str:
    cards = "".join(
        _profile_card(held, content.skills[index % 3 : index % 3 + 2] if index % 2 == 0 else ())
        for index, held in enumerate(content.credentials)
    )
    bullets = "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)
    working = "".join(f"<li>{escape(text)}</li>" for text in content.section_negatives)
    city = content.location.split(",")[0]
    links = "".join(
        f'<div><a href="{escape(u)}">{escape(t)}</a></div>' for t, u in content.contact_links
    )
    count = len(content.credentials)
    skills = "".join(
        f"<div class='item'><div class='t'>{escape(skill)}</div></div>"
        for skill in content.skills[:4]
    )
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{_PROFILE_STYLE}</style>
</head><body><div class="bar"><span class="logo">in</span><span class="search">🔍 Search</span>
<span>Home</span><span>My Network</span><span>Jobs</span><span>Messaging</span>
<span>Notifications</span><span>Me ▾</span></div>
<div class="wrap"><main><div class="card top"><div class="cover"></div>
<div class="photo">{escape(initials(content.name))}</div><div class="who">
<h1>{escape(display_name(content))}</h1><div>{escape(content.headline)}</div>
<div class="muted">{escape(content.location)} · <span class="blue">Contact info</span></div>
<div class="blue">500+ connections</div></div>
<div class="open"><b>Open to work</b><br>{escape(content.headline.split(",")[0])} roles</div></div>
<div class="card"><h2>About</h2><p>{escape(content.summary)}</p></div>
<div class="card"><h2>Experience</h2><div class="item"><div class="sq">
{escape(initials(content.employer))}</div><div><div class="t">{escape(content.role)}</div>
<div class="s">{escape(content.employer)} · Full-time</div><div class="g">Jan 2020 - Present ·
7 yrs</div><div class="g">{escape(city)}</div><ul>{bullets}</ul></div></div></div>
<div class="card"><h2>Licenses &amp; certifications</h2>{cards}
<div class="all">Show all {count} licenses &amp; certifications →</div></div>
<div class="card"><h2>Also working on</h2><ul>{working}</ul></div>
<div class="card"><h2>Skills</h2>{skills}
<div class="all">Show all {len(content.skills)} skills →</div></div></main>
<aside><div class="card"><b>Contact</b><div>{escape(content.email)}</div>
<div>{escape(content.phone)}</div>{links}</div>
<div class="card"><b>People also viewed</b><div>3 profiles in {escape(city)}</div>
<div class="muted">· 2nd</div></div>
<div class="card"><span class="ad">Promoted</span><div>Upskill with a free trial</div></div>
</aside></div></body></html>"""


# -- a page exported from a notes app -------------------------------------------------------------

_NOTION_STYLE = """
@page { size: A4; margin: 16mm 14mm; }
body { font-family: -apple-system, 'Liberation Sans', 'DejaVu Sans', sans-serif;
  font-size: 9.5pt; color: #37352f; line-height: 1.45; }
.icon { font-size: 30pt; } h1 { font-size: 24pt; margin: 1mm 0 3mm; }
.callout { background: #f1f1ef; border-radius: 1mm; padding: 3mm 4mm; display: flex; gap: 3mm; }
h2 { font-size: 14pt; margin: 6mm 0 1mm; } .toggle { font-weight: 600; margin-top: 3mm; }
.toggle::before { content: "▸ "; } .inner { padding-left: 5mm; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; margin-top: 2mm; }
th { color: #787774; font-weight: normal; text-align: left; border-bottom: 1px solid #e9e9e7;
  padding: 1.2mm 1.5mm; }
td { border-bottom: 1px solid #e9e9e7; border-right: 1px solid #e9e9e7; padding: 1.2mm 1.5mm;
  vertical-align: top; } td:last-child { border-right: none; }
.tag { border-radius: 1mm; padding: 0 1.2mm; } .ok { background: #dbeddb; } .no { background:
  #ffe2dd; }
a { color: #37352f; text-decoration: underline; text-decoration-color: #c7c6c3; }
.todo { list-style: none; padding-left: 1mm; } .todo li::before { content: "☐ "; }
.db { color: #787774; font-size: 8pt; margin-top: 3mm; }
"""


def _cut(url: str) -> str:
    """The link cell as the app shows a long address: host and path, cut by an ellipsis."""
    bare = url.split("://", 1)[-1]
    return bare if len(bare) <= 34 else bare[:32] + "…"


def _notion_row(held: Credential) -> str:
    lapsed = held.expires_on is not None and held.expires_on < TODAY
    status = (
        '<span class="tag no">Lapsed</span>' if lapsed else '<span class="tag ok">Active</span>'
    )
    link = f'<a href="{escape(held.url)}">{escape(_cut(held.url))}</a>' if held.url else ""
    cells = (
        f"📄 {escape(held.title)}",
        escape(held.issuer),
        month(held.issued_on, "full"),
        month(held.expires_on, "full"),
        escape(held.credential_id or ""),
        link,
        status,
    )
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


def blind13_notion(content: Content) -> str:
    links = " · ".join(f'<a href="{escape(u)}">{escape(t)}</a>' for t, u in content.contact_links)
    bullets = "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)
    head = "".join(f"<th>{h}</th>" for h in ("Aa Name", "Issuer", "Issued", "Expires", "ID",
                                            "Link", "Status"))  # fmt: skip
    rows = "".join(_notion_row(held) for held in content.credentials)
    todo = "".join(f"<li>{escape(text)}</li>" for text in content.section_negatives)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{_NOTION_STYLE}</style>
</head><body><div class="icon">🧭</div><h1>{escape(display_name(content))}</h1>
<div class="callout"><span>💡</span><div><b>{escape(content.headline)}</b><br>
{escape(content.location)} · {escape(content.email)} · {escape(content.phone)}
{"<br>" + links if links else ""}</div></div>
<h2>About</h2><p>{escape(content.summary)}</p>
<div class="toggle">Experience</div><div class="inner"><b>{escape(content.role)}</b> @
{escape(content.employer)} — 2020 → now<ul>{bullets}</ul></div>
<h2>🏅 Certifications</h2><div class="db">⊞ Table view · {len(content.credentials)} entries</div>
<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>
<h2>🎯 Goals</h2><ul class="todo">{todo}</ul>
<h2>Skills</h2><p>{escape(" · ".join(content.skills))}</p></body></html>"""
