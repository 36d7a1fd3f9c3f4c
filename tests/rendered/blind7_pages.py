"""Blind-7's two designed pages, printed to PDF by Chromium, and the date words blind-7 uses.

``blind7_infographic`` is the three-column "infographic" résumé sold as a template in 2026: a
dark left column with initials, contact details and skills drawn as bars, the experience in the
middle, and a right column of credential tiles — a round badge with the credential's short
name, the title, the issuer, "06/2021 → 06/2027", a "#ID" and a "Verify" link. What the person
is working towards sits under the tiles. ``blind7_footer_band`` is a plain one-column page whose
licences and certifications sit in a coloured band across the foot of the page, two to a row,
each with "Issued Jun 2021 · Valid until Jun 2027", a "Licence/ID no." and its URL written out
without the scheme.
"""

from __future__ import annotations

from html import escape

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month


def bare_url(url: str) -> str:
    return url.removeprefix("https://").removeprefix("http://").removeprefix("www.")


_INFO_STYLE = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; color: #2b2d42; }
.page { display: grid; grid-template-columns: 58mm 1fr 66mm; min-height: 297mm; }
.left { background: #2b2d42; color: #edf2f4; padding: 12mm 6mm; }
.mid { padding: 12mm 7mm; }
.right { background: #f1f3f7; padding: 12mm 6mm; }
.ring { width: 30mm; height: 30mm; border-radius: 50%; border: 3px solid #ef8354;
  margin: 0 auto 8px; display: flex; align-items: center; justify-content: center;
  font-size: 24pt; font-weight: bold; color: #ef8354; }
.left h1 { font-size: 15pt; text-align: center; margin: 0 0 3px; line-height: 1.15; }
.left .role { text-align: center; color: #bfc0c0; font-size: 8.5pt; margin-bottom: 14px; }
.label { text-transform: uppercase; letter-spacing: .2em; font-size: 7.5pt; font-weight: bold;
  color: #ef8354; margin: 14px 0 6px; }
.left p { margin: 0 0 4px; word-break: break-word; }
.skill { margin: 0 0 6px; }
.bar { height: 4px; background: #4f5d75; border-radius: 2px; margin-top: 2px; }
.bar span { display: block; height: 4px; background: #ef8354; border-radius: 2px; }
.mid h2 { font-size: 11pt; color: #2b2d42; margin: 0 0 6px; border-left: 4px solid #ef8354;
  padding-left: 6px; }
.mid section { margin-bottom: 14px; }
.mid .job b { font-size: 9.5pt; }
.mid .job .at { color: #ef8354; font-weight: bold; }
.mid ul { padding-left: 14px; margin: 4px 0; }
.mid li { margin-bottom: 3px; }
.kpis { display: flex; gap: 6px; margin-top: 8px; }
.kpi { flex: 1; border: 1px solid #d5d8e0; border-radius: 6px; padding: 5px; text-align: center; }
.kpi b { display: block; font-size: 13pt; color: #ef8354; }
.tile { background: #fff; border-radius: 8px; padding: 6px; margin-bottom: 7px;
  display: grid; grid-template-columns: 15mm 1fr; gap: 6px; align-items: start;
  box-shadow: 0 1px 2px rgba(0,0,0,.12); }
.badge { width: 15mm; height: 15mm; border-radius: 50%; background: #4f5d75; color: #fff;
  font-size: 5.5pt; font-weight: bold; display: flex; align-items: center;
  justify-content: center; text-align: center; line-height: 1.1; padding: 2px; }
.tile b { display: block; font-size: 8.3pt; line-height: 1.2; }
.tile .by { color: #4f5d75; }
.tile .meta { font-size: 7.3pt; color: #6c757d; }
.tile a { color: #d9633a; font-size: 7.3pt; font-weight: bold; text-decoration: none; }
.next li { font-size: 7.8pt; color: #4f5d75; margin-bottom: 3px; }
.next { padding-left: 12px; margin: 0; }
"""


def _tile(held: Credential) -> str:
    dates = month(held.issued_on, "slash")
    if held.expires_on:
        dates += f" → {month(held.expires_on, 'slash')}"
    meta = [dates]
    if held.credential_id:
        meta.append(f"#{escape(held.credential_id)}")
    link = f'<a href="{escape(held.url)}">Verify ›</a>' if held.url else ""
    return (
        f'<div class="tile"><div class="badge">{escape(held.short)}</div><div>'
        f'<b>{escape(held.title)}</b><span class="by">{escape(held.issuer)}</span><br>'
        f'<span class="meta">{" · ".join(meta)}</span> {link}</div></div>'
    )


def blind7_infographic(content: Content) -> str:
    initials = "".join(part[0] for part in content.name.replace("-", " ").split()[:2])
    contact = [content.phone, content.email, content.location]
    contact += [text for text, _ in content.contact_links]
    skills = "".join(
        f'<div class="skill">{escape(skill)}<div class="bar">'
        f'<span style="width:{95 - 9 * (index % 5)}%"></span></div></div>'
        for index, skill in enumerate(content.skills)
    )
    kpis = "".join(
        f'<div class="kpi"><b>{value}</b>{label}</div>'
        for value, label in (("14+", "years"), (str(len(content.credentials)), "credentials"))
    )
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{_INFO_STYLE}</style>
</head><body><div class="page">
<div class="left"><div class="ring">{escape(initials)}</div>
<h1>{escape(display_name(content))}</h1><div class="role">{escape(content.headline)}</div>
<div class="label">Contact</div>{"".join(f"<p>{escape(item)}</p>" for item in contact)}
<div class="label">Skills</div>{skills}
</div>
<div class="mid">
<section><h2>About me</h2><p>{escape(content.summary)}</p><div class="kpis">{kpis}</div></section>
<section><h2>Work experience</h2><div class="job"><b>{escape(content.role)}</b><br>
<span class="at">{escape(content.employer)}</span> &nbsp;|&nbsp; 2020 – now
<ul>{"".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)}</ul></div></section>
</div>
<div class="right"><div class="label">Credentials</div>
{"".join(_tile(held) for held in content.credentials)}
<div class="label">Next up</div>
<ul class="next">{"".join(f"<li>{escape(text)}</li>" for text in content.section_negatives)}</ul>
</div>
</div></body></html>"""


_BAND_STYLE = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10pt;
  color: #1b1b1b; }
.page { position: relative; height: 297mm; padding: 16mm 18mm 0; }
.name { text-align: center; font-size: 21pt; letter-spacing: .06em; margin: 0; }
.headline { text-align: center; font-style: italic; font-size: 11pt; margin: 3px 0 5px; }
.contact { text-align: center; font-size: 9pt; border-top: 1px solid #999;
  border-bottom: 1px solid #999; padding: 3px 0; }
h2 { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; letter-spacing: .22em;
  text-transform: uppercase; margin: 16px 0 5px; color: #1e4d3a; }
.job-head { display: flex; justify-content: space-between; }
ul { margin: 4px 0; padding-left: 18px; }
li { margin-bottom: 2px; }
.band { position: absolute; left: 0; right: 0; bottom: 0; background: #1e4d3a; color: #f4f1e8;
  padding: 8mm 18mm 10mm; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.5pt; }
.band h2 { color: #f2c14e; margin-top: 0; }
.band .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 14mm; }
.band b { display: block; font-size: 9pt; color: #fff; }
.band .line { color: #d6d2c4; }
.band a { color: #f2c14e; text-decoration: none; }
.band .also { margin-top: 8px; color: #c8c4b5; font-size: 8pt; }
"""


def _band_entry(held: Credential) -> str:
    dated = f"Issued {month(held.issued_on, 'mon')}"
    if held.expires_on:
        dated += f" · Valid until {month(held.expires_on, 'mon')}"
    lines = [f"{escape(held.issuer)} · {dated}"]
    if held.credential_id:
        lines.append(f"Licence/ID no. {escape(held.credential_id)}")
    if held.url:
        lines.append(f'<a href="{escape(held.url)}">{escape(bare_url(held.url))}</a>')
    body = "<br>".join(f'<span class="line">{line}</span>' for line in lines)
    return f"<div><b>{escape(held.title)}</b>{body}</div>"


def blind7_footer_band(content: Content) -> str:
    contact = [content.location, content.phone, content.email]
    contact += [
        f'<a href="{escape(url)}">{escape(text)}</a>' for text, url in content.contact_links
    ]
    contact_line = " &nbsp;•&nbsp; ".join(
        item if item.startswith("<a") else escape(item) for item in contact
    )
    also = "; ".join(escape(text) for text in content.section_negatives)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{_BAND_STYLE}</style>
</head><body><div class="page">
<h1 class="name">{escape(display_name(content))}</h1>
<div class="headline">{escape(content.headline)}</div>
<div class="contact">{contact_line}</div>
<h2>Profile</h2><p>{escape(content.summary)}</p>
<h2>Employment</h2>
<div class="job-head"><span><b>{escape(content.role)}</b>, {escape(content.employer)}</span>
<span>March 2020 – Present</span></div>
<ul>{"".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)}</ul>
<h2>Skills</h2><p>{" · ".join(escape(skill) for skill in content.skills)}</p>
<div class="band"><h2>Licences &amp; Certifications</h2>
<div class="grid">{"".join(_band_entry(held) for held in content.credentials)}</div>
<div class="also">In progress / other: {also}</div></div>
</div></body></html>"""
