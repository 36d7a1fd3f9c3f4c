"""Blind-12's pages printed by Chromium, and the date words blind-12 uses.

``blind12_infographic`` is a Canva-style infographic one-pager: a coloured header with a round
initials "photo", contact details each behind an emoji icon, skill bars drawn as filled
tracks, and the credentials as a ribbon of rosettes across the page (a circle holding the
short name, the full title and issuer under it, "Since Mar 2021 · Renew Mar 2027", "#ID" and a
"🔗 verify" link whose address is only its target), then the experience and a "Working towards"
strip. ``blind12_citations`` is an academic CV typeset like LaTeX: a centred small-capitals
name, sections numbered "1.", "2.", and "Professional Development" entries numbered [1], [2]
in a reference list's style ("Issuer (2021). *Title*. Credential no. 1523847. Valid until
April 2026. https://…"). ``blind12_two_page`` is a two-page résumé with a running header (the
name, the headline and "Résumé") and footer (the e-mail and "Confidential — references on
request") repeated on each page (a table's header and footer rows, which the browser
repeats), whose licences and certifications run from page one onto page two, the page
breaking after half of them; each entry a bold title, "Issuer — issued 2021-03, expires
2027-03" and "Credential ID … | Verify: <address>".
"""

from __future__ import annotations

from html import escape

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split()[:2])


# -- a Canva-style infographic one-pager ---------------------------------------------------------

_INFO_STYLE = """
@page { size: A4; margin: 0; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; color: #263238; margin: 0; }
header { background: #00695c; color: #fff; padding: 8mm 12mm; display: flex; gap: 7mm;
  align-items: center; }
.photo { width: 26mm; height: 26mm; border-radius: 50%; background: #ffca28; color: #00695c;
  font-size: 22pt; font-weight: bold; display: flex; align-items: center;
  justify-content: center; flex: none; }
h1 { margin: 0; font-size: 19pt; letter-spacing: .02em; } .role { font-size: 11pt;
  color: #b2dfdb; }
.contact { display: grid; grid-template-columns: 1fr 1fr; gap: 1mm 6mm; margin-top: 2mm;
  font-size: 8pt; } .contact a { color: #fff; }
.row { display: flex; gap: 8mm; padding: 4mm 12mm; }
.about { flex: 3; } .bars { flex: 2; }
h2 { font-size: 10pt; color: #00695c; text-transform: uppercase; letter-spacing: .08em;
  margin: 3mm 0 2mm; }
.bar { margin-bottom: 1.6mm; } .track { height: 2.2mm; background: #e0f2f1;
  border-radius: 1mm; } .fill { height: 100%; background: #26a69a; border-radius: 1mm; }
.ribbon { background: #e0f2f1; padding: 3mm 8mm 4mm; display: flex; flex-wrap: wrap;
  justify-content: center; gap: 3mm 2mm; }
.medal { width: 42mm; text-align: center; break-inside: avoid; }
.rosette { width: 15mm; height: 15mm; margin: 0 auto 1mm; border-radius: 50%;
  background: #ffca28; border: 1.2mm solid #00897b; font-size: 6pt; font-weight: bold;
  display: flex; align-items: center; justify-content: center; padding: .5mm;
  overflow: hidden; }
.medal .t { font-weight: bold; font-size: 7.8pt; } .medal .s { font-size: 7pt; color: #546e7a; }
.medal a { color: #00695c; font-size: 7pt; }
.strip { margin: 0 12mm; padding: 2mm 3mm; border: 1px dashed #26a69a; font-size: 8pt; }
ul { margin: 1mm 0; padding-left: 4mm; }
"""

_ICONS = ("✉", "☎", "📍")


def _medal(held: Credential) -> str:
    lines = [f'<div class="rosette">{escape(held.short)}</div>',
             f'<div class="t">{escape(held.title)}</div>',
             f'<div class="s">{escape(held.issuer)}</div>']  # fmt: skip
    dated = []
    if held.issued_on:
        dated.append(f"Since {month(held.issued_on, 'mon')}")
    if held.expires_on:
        dated.append(f"Renew {month(held.expires_on, 'mon')}")
    if dated:
        lines.append(f'<div class="s">{" · ".join(dated)}</div>')
    if held.credential_id:
        lines.append(f'<div class="s">#{escape(held.credential_id)}</div>')
    if held.url:
        lines.append(f'<a href="{escape(held.url)}">🔗 verify</a>')
    return f'<div class="medal">{"".join(lines)}</div>'


def blind12_infographic(content: Content) -> str:
    said = (content.email, content.phone, content.location)
    contact = [f"{icon} {escape(text)}" for icon, text in zip(_ICONS, said, strict=True)]
    contact += [f'🌐 <a href="{escape(u)}">{escape(t)}</a>' for t, u in content.contact_links]
    bars = "".join(
        f'<div class="bar">{escape(skill)}<div class="track"><div class="fill" '
        f'style="width:{95 - 9 * (index % 5)}%"></div></div></div>'
        for index, skill in enumerate(content.skills)
    )
    bullets = "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)
    working = " &nbsp;•&nbsp; ".join(escape(text) for text in content.section_negatives)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{_INFO_STYLE}</style>
</head><body><header><div class="photo">{escape(_initials(content.name))}</div><div>
<h1>{escape(display_name(content))}</h1><div class="role">{escape(content.headline)}</div>
<div class="contact">{"".join(f"<div>{item}</div>" for item in contact)}</div></div></header>
<div class="row"><div class="about"><h2>About me</h2><p>{escape(content.summary)}</p>
<h2>Experience</h2><b>{escape(content.role)}</b><br>{escape(content.employer)} · 2020 – now
<ul>{bullets}</ul></div><div class="bars"><h2>Skills</h2>{bars}</div></div>
<h2 style="text-align:center">★ Certified ★</h2>
<div class="ribbon">{"".join(_medal(held) for held in content.credentials)}</div>
<h2 style="margin-left:12mm">Working towards</h2><div class="strip">{working}</div>
</body></html>"""


# -- an academic CV typeset like LaTeX -----------------------------------------------------------

_CITE_STYLE = """
@page { size: Letter; margin: 25mm 28mm; }
body { font-family: 'Latin Modern Roman', 'CMU Serif', 'Liberation Serif', serif;
  font-size: 10.5pt; line-height: 1.35; color: #000; }
.name { text-align: center; font-variant: small-caps; font-size: 18pt; letter-spacing: .05em; }
.sub { text-align: center; font-size: 9.5pt; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; border-bottom: .4pt solid #000; }
ol.refs { list-style: none; padding-left: 0; counter-reset: ref; }
ol.refs li { counter-increment: ref; padding-left: 9mm; text-indent: -9mm; margin-bottom: 1.5mm;
  break-inside: avoid; }
ol.refs li::before { content: "[" counter(ref) "]"; display: inline-block; width: 9mm;
  text-indent: 0; }
a { color: #000; text-decoration: none; font-family: 'Liberation Mono', monospace;
  font-size: 9pt; }
"""


def _citation(held: Credential) -> str:
    year = f" ({month(held.issued_on, 'year')})" if held.issued_on else ""
    parts = [f"{escape(held.issuer)}{year}. <i>{escape(held.title)}</i>."]
    if held.credential_id:
        parts.append(f"Credential no. {escape(held.credential_id)}.")
    if held.issued_on and "-" in held.issued_on:
        parts.append(f"Awarded {month(held.issued_on, 'full')}.")
    if held.expires_on:
        parts.append(f"Valid until {month(held.expires_on, 'full')}.")
    if held.url:
        parts.append(f'<a href="{escape(held.url)}">{escape(held.url)}</a>')
    return f"<li>{' '.join(parts)}</li>"


def blind12_citations(content: Content) -> str:
    links = " · ".join(f'<a href="{escape(u)}">{escape(t)}</a>' for t, u in content.contact_links)
    bullets = "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)
    pending = "".join(f"<li>{escape(text)}</li>" for text in content.section_negatives)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{_CITE_STYLE}</style>
</head><body><div class="name">{escape(display_name(content))}</div>
<div class="sub">{escape(content.headline)}<br>{escape(content.location)} · {escape(content.email)}
 · {escape(content.phone)}{"<br>" + links if links else ""}</div>
<h2>1.&nbsp;&nbsp;Profile</h2><p>{escape(content.summary)}</p>
<h2>2.&nbsp;&nbsp;Appointments</h2><p><b>{escape(content.role)}</b>, {escape(content.employer)},
2020–present.</p><ul>{bullets}</ul>
<h2>3.&nbsp;&nbsp;Professional Development</h2><ol class="refs">
{"".join(_citation(held) for held in content.credentials)}</ol>
<h2>4.&nbsp;&nbsp;Current and Planned Study</h2><ul>{pending}</ul>
<h2>5.&nbsp;&nbsp;Skills</h2><p>{escape(", ".join(content.skills))}.</p>
</body></html>"""


# -- a two-page résumé with a running header and footer ------------------------------------------

_TWO_STYLE = """
@page { size: A4; margin: 12mm 18mm 10mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; color: #222; margin: 0; }
table.page { width: 100%; border-collapse: collapse; }
.run-head td { font-size: 8pt; color: #555; border-bottom: 1px solid #999; padding: 0 0 1mm; }
.run-foot td { font-size: 7.5pt; color: #777; border-top: 1px solid #ccc; padding: 1mm 0 0; }
.right { text-align: right; } td.body { padding: 4mm 0; }
h1 { font-size: 22pt; margin: 0 0 1mm; } .headline { font-size: 12pt; color: #1565c0; }
h2 { font-size: 12pt; color: #1565c0; text-transform: uppercase; margin: 6mm 0 2mm;
  border-bottom: 2px solid #1565c0; }
.job { margin-bottom: 4mm; } .job .when { float: right; color: #555; }
.cert { margin-bottom: 3.5mm; break-inside: avoid; } .cert .t { font-weight: bold; }
.cert .m { color: #444; font-size: 9.5pt; }
"""

_EARLIER = (
    ("2016 – 2019", "Earlier role", "Previous employer", (
        "Carried a full caseload from the first year and covered colleagues' leave",
        "Wrote the team's handover template, still in use",
        "Took part in the quarterly quality reviews and case audits",
        "Supported two new starters through their first six months")),
    ("2013 – 2016", "Trainee and first post", "First employer", (
        "Rotated through every part of the operation during the graduate programme",
        "Kept records to the standard the internal auditors set",
        "Volunteered for the community open days and school visits")),
)  # fmt: skip


def _two_cert(held: Credential) -> str:
    meta = escape(held.issuer)
    if held.issued_on:
        meta += f" — issued {month(held.issued_on, 'iso')}"
    if held.expires_on:
        meta += f", expires {month(held.expires_on, 'iso')}"
    tail = []
    if held.credential_id:
        tail.append(f"Credential ID {escape(held.credential_id)}")
    if held.url:
        tail.append(f'Verify: <a href="{escape(held.url)}">{escape(held.url)}</a>')
    extra = f'<div class="m">{" | ".join(tail)}</div>' if tail else ""
    title = f'<div class="t">{escape(held.title)}</div>'
    return f'<div class="cert">{title}<div class="m">{meta}</div>{extra}</div>'


def blind12_two_page(content: Content) -> str:
    bullets = "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)
    earlier = "".join(
        f'<div class="job"><span class="when">{when}</span><b>{role}</b>, {employer}<ul>'
        + "".join(f"<li>{item}</li>" for item in items)
        + "</ul></div>"
        for when, role, employer, items in _EARLIER
    )
    links = " · ".join(f'<a href="{escape(u)}">{escape(t)}</a>' for t, u in content.contact_links)
    half = (len(content.credentials) + 1) // 2  # the page breaks inside the section, here
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{_TWO_STYLE}</style>
</head><body>
<table class="page"><thead><tr class="run-head"><td>{escape(content.name)} —
{escape(content.headline)}</td><td class="right">Résumé</td></tr></thead>
<tfoot><tr class="run-foot"><td>{escape(content.email)} · {escape(content.phone)}</td>
<td class="right">Confidential — references on request</td></tr></tfoot>
<tbody><tr><td class="body" colspan="2">
<h1>{escape(display_name(content))}</h1><div class="headline">{escape(content.headline)}</div>
<p>{escape(content.location)} | {escape(content.email)} | {escape(content.phone)}
{"| " + links if links else ""}</p>
<h2>Summary</h2><p>{escape(content.summary)}</p>
<h2>Experience</h2><div class="job"><span class="when">2020 – Present</span>
<b>{escape(content.role)}</b>, {escape(content.employer)}<ul>{bullets}</ul></div>{earlier}
<h2>Licences &amp; Certifications</h2>
{"".join(_two_cert(held) for held in content.credentials[:half])}
<div style="break-after: page"></div>
{"".join(_two_cert(held) for held in content.credentials[half:])}
<h2>In Progress</h2><ul>{"".join(f"<li>{escape(t)}</li>" for t in content.section_negatives)}</ul>
<h2>Skills</h2><p>{escape(" · ".join(content.skills))}</p>
</td></tr></tbody></table></body></html>"""
