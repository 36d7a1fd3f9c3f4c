"""Blind-9's pages printed by Chromium, and the date words blind-9 uses.

``blind9_rail_logos`` is a timeline résumé: every experience and credential hangs from a vertical
rail whose left side carries its date stacked as month over year ("MAR" / "2023"), with the
issuer's logo beside the entry (an inline SVG badge whose initials are drawn as text, with an
accessible name, the way exported design templates embed logos), then the title, the issuer, a
"Credential ID · Valid through MAR 2027" line and a "View credential ›" link whose address is
never printed. ``blind9_smallcaps_modern`` follows a word processor's "modern" template: a thin
oversized name, small-capital coloured headings, and each credential's bold title on the left
with its dates right-aligned on the same line ("March 2023 – March 2026", small capitals); the
issuer and "Credential ID" on an italic line below and the address printed in grey under it.
"""

from __future__ import annotations

from html import escape

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month


def _initials(issuer: str) -> str:
    words = [word for word in issuer.replace("(", " ").split() if word[:1].isupper()]
    return "".join(word[0] for word in words[:3]) or issuer[:2].upper()


_PALETTE = ("#264653", "#2a9d8f", "#e76f51", "#6d597a", "#3d5a80", "#bc6c25")


def _logo(issuer: str, index: int) -> str:
    colour = _PALETTE[index % len(_PALETTE)]
    label = escape(f"{issuer} logo")
    return (
        f'<svg class="logo" role="img" aria-label="{label}" width="30" height="30" '
        f'viewBox="0 0 30 30"><title>{label}</title><circle cx="15" cy="15" r="14" '
        f'fill="{colour}"/><text x="15" y="19" font-size="9" text-anchor="middle" fill="#fff" '
        f'font-family="Liberation Sans" font-weight="bold">{escape(_initials(issuer))}</text></svg>'
    )


def _rail(value: str | None) -> str:
    if not value:
        return '<div class="rail"></div>'
    if "-" not in value:
        return f'<div class="rail"><span class="y">{value}</span></div>'
    short, year = month(value, "upper").split()
    return f'<div class="rail"><span class="m">{short}</span><span class="y">{year}</span></div>'


def _rail_credential(held: Credential, index: int) -> str:
    facts = []
    if held.credential_id:
        facts.append(f"Credential ID {escape(held.credential_id)}")
    if held.expires_on:
        facts.append(f"Valid through {month(held.expires_on, 'upper')}")
    meta = f'<div class="meta">{" · ".join(facts)}</div>' if facts else ""
    link = f'<a class="view" href="{escape(held.url)}">View credential ›</a>' if held.url else ""
    return (
        f'<div class="item">{_rail(held.issued_on)}<div class="dot"></div>'
        f'{_logo(held.issuer, index)}<div class="body"><div class="t">{escape(held.title)}'
        f'</div><div class="iss">{escape(held.issuer)}</div>{meta}{link}</div></div>'
    )


_RAIL_STYLE = """
@page { size: A4; margin: 14mm 16mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; color: #1f2933; margin: 0; }
header { display: flex; justify-content: space-between; align-items: flex-end;
  border-bottom: 3px solid #2a9d8f; padding-bottom: 3mm; }
h1 { font-size: 21pt; margin: 0; } .head { color: #2a9d8f; font-size: 11pt; }
.contact { text-align: right; font-size: 8.5pt; line-height: 1.5; color: #52606d; }
h2 { font-size: 10.5pt; letter-spacing: .15em; text-transform: uppercase; color: #264653;
  margin: 6mm 0 3mm; }
.item { display: flex; align-items: flex-start; gap: 3mm; position: relative;
  padding-bottom: 4mm; break-inside: avoid; }
.rail { width: 13mm; text-align: right; flex: none; color: #52606d; line-height: 1.1; }
.rail .m { display: block; font-size: 7.5pt; letter-spacing: .1em; }
.rail .y { display: block; font-size: 11pt; font-weight: bold; color: #264653; }
.dot { flex: none; width: 2.4mm; height: 2.4mm; border-radius: 50%; background: #2a9d8f;
  margin-top: 1mm; box-shadow: 0 0 0 1.2mm #d8f3ef; }
.item::before { content: ""; position: absolute; left: 17.1mm; top: 4mm; bottom: 0;
  border-left: 1px solid #b8c4ce; }
.logo { flex: none; }
.body { flex: 1; } .t { font-weight: bold; font-size: 10pt; } .iss { color: #3e4c59; }
.meta { font-size: 8.5pt; color: #616e7c; } .view { font-size: 8.5pt; color: #e76f51; }
ul { margin: 1mm 0; padding-left: 5mm; } .chips span { display: inline-block;
  border: 1px solid #9fb3c8; border-radius: 3mm; padding: .5mm 2.5mm; margin: 0 1mm 1mm 0; }
"""


def blind9_rail_logos(content: Content) -> str:
    links = "<br>".join(
        f'<a href="{escape(url)}">{escape(text)}</a>' for text, url in content.contact_links
    )
    bullets = "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)
    credentials = "".join(
        _rail_credential(held, index) for index, held in enumerate(content.credentials)
    )
    pending = "".join(f"<li>{escape(text)}</li>" for text in content.section_negatives)
    chips = "".join(f"<span>{escape(skill)}</span>" for skill in content.skills)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{_RAIL_STYLE}</style>
</head><body><header><div><h1>{escape(display_name(content))}</h1>
<div class="head">{escape(content.headline)}</div></div>
<div class="contact">{escape(content.email)}<br>{escape(content.phone)}<br>
{escape(content.location)}{"<br>" + links if links else ""}</div></header>
<p>{escape(content.summary)}</p>
<h2>Experience</h2>
<div class="item"><div class="rail"><span class="m">SINCE</span><span class="y">2020</span></div>
<div class="dot"></div>{_logo(content.employer, 5)}<div class="body"><div class="t">
{escape(content.role)}</div><div class="iss">{escape(content.employer)}</div>
<ul>{bullets}</ul></div></div>
<h2>Licenses, certifications &amp; badges</h2>{credentials}
<h2>In progress</h2><ul>{pending}</ul>
<h2>Skills</h2><div class="chips">{chips}</div></body></html>"""


_MODERN_STYLE = """
@page { size: Letter; margin: 17mm 19mm; }
body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; color: #333; margin: 0; }
h1 { font-family: 'Liberation Sans', sans-serif; font-weight: 300; font-size: 30pt;
  margin: 0; letter-spacing: .02em; color: #222; }
.tag { font-family: 'Liberation Sans', sans-serif; color: #c0392b; font-size: 11pt; }
.contact { font-size: 9pt; color: #666; margin: 2mm 0 4mm; }
h2 { font-family: 'Liberation Sans', sans-serif; font-variant: small-caps; font-size: 13pt;
  font-weight: normal; letter-spacing: .06em; color: #c0392b; margin: 6mm 0 1.5mm; }
.row { display: flex; justify-content: space-between; align-items: baseline; gap: 6mm;
  margin-top: 2.5mm; }
.row .t { font-weight: bold; } .row .d { font-variant: small-caps; white-space: nowrap;
  color: #555; font-family: 'Liberation Sans', sans-serif; font-size: 9pt; }
.sub { font-style: italic; color: #444; } .url { font-size: 8.5pt; }
.url a { color: #777; text-decoration: none; }
ul { margin: 1mm 0; padding-left: 5mm; }
"""


def _modern_credential(held: Credential) -> str:
    dates = month(held.issued_on, "full")
    if held.expires_on:
        dates += f" – {month(held.expires_on, 'full')}"
    sub = escape(held.issuer)
    if held.credential_id:
        sub += f" · Credential ID: {escape(held.credential_id)}"
    url = (
        f'<div class="url"><a href="{escape(held.url)}">{escape(held.url)}</a></div>'
        if held.url
        else ""
    )
    return (
        f'<div class="row"><span class="t">{escape(held.title)}</span>'
        f'<span class="d">{dates.lower()}</span></div><div class="sub">{sub}</div>{url}'
    )


def blind9_smallcaps_modern(content: Content) -> str:
    contact = " | ".join(
        [escape(content.location), escape(content.phone), escape(content.email)]
        + [f'<a href="{escape(url)}">{escape(text)}</a>' for text, url in content.contact_links]
    )
    bullets = "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)
    credentials = "".join(_modern_credential(held) for held in content.credentials)
    pending = "".join(f"<li>{escape(text)}</li>" for text in content.section_negatives)
    name = escape(display_name(content))
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{_MODERN_STYLE}</style>
</head><body><h1>{name}</h1><div class="tag">{escape(content.headline)}</div>
<div class="contact">{contact}</div><p>{escape(content.summary)}</p>
<h2>Experience</h2>
<div class="row"><span class="t">{escape(content.employer)} — {escape(content.role)}</span>
<span class="d">2020 – present</span></div><ul>{bullets}</ul>
<h2>Certifications &amp; Licenses</h2>{credentials}
<h2>Professional development</h2><ul>{pending}</ul>
<h2>Skills</h2><p>{escape(", ".join(content.skills))}</p></body></html>"""
