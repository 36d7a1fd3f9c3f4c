"""Blind-11's pages printed by Chromium, and the date words blind-11 uses.

``blind11_portfolio_cards`` is a designer's web portfolio printed from the browser: a
hero, a grid of credential cards three across, each with a round badge of the issuer's
initials, the title, "Issued by …", "Issued Mar 2021 · Expires Mar 2027", "Credential ID …" and a
"View credential →" button whose target is the only place the address is. ``blind11_rirekisho``
follows a Japanese rirekisho written in English: a bordered grid of the personal details, then
"Education / Work History" and "Licenses / Qualifications" tables of Year | Month | entry rows,
each licence entry "Obtained …, …" with its number and validity in the same cell.
"""

from __future__ import annotations

from html import escape

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

# -- a web portfolio printed with credential cards ----------------------------------------------

_PORTFOLIO_STYLE = """
@page { size: A4; margin: 12mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #1f2937; margin: 0; }
nav { display: flex; justify-content: space-between; font-size: 8.5pt; color: #6b7280;
  border-bottom: 1px solid #e5e7eb; padding-bottom: 3mm; }
.hero { padding: 8mm 0 5mm; } .hero h1 { font-size: 24pt; margin: 0; letter-spacing: -.02em; }
.hero p { font-size: 11pt; color: #4b5563; margin: 2mm 0; }
h2 { font-size: 13pt; margin: 7mm 0 3mm; }
.grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; }
.card { border: 1px solid #e5e7eb; border-radius: 3mm; padding: 4mm; break-inside: avoid;
  box-shadow: 0 1px 3px rgba(0,0,0,.08); }
.badge { width: 11mm; height: 11mm; border-radius: 50%; background: #eef2ff; color: #4338ca;
  display: flex; align-items: center; justify-content: center; font-weight: bold; font-size: 8pt; }
.card h3 { font-size: 9.5pt; margin: 2.5mm 0 1mm; } .card .by { color: #4b5563; }
.card .meta { color: #6b7280; font-size: 8pt; margin-top: 1.5mm; }
.btn { display: inline-block; margin-top: 2.5mm; padding: 1.2mm 3mm; border-radius: 5mm;
  background: #4338ca; color: #fff; text-decoration: none; font-size: 8pt; }
.pill { display: inline-block; background: #f3f4f6; border-radius: 3mm; padding: .8mm 2.5mm;
  margin: 0 1.5mm 1.5mm 0; }
"""


def _initials(issuer: str) -> str:
    words = [
        word for word in issuer.replace("(", " ").replace(")", " ").split() if word[0].isupper()
    ]
    return "".join(word[0] for word in words[:2]) or issuer[:2]


def _card(held: Credential) -> str:
    dates = []
    if held.issued_on:
        dates.append(f"Issued {month(held.issued_on, 'mon')}")
    if held.expires_on:
        dates.append(f"Expires {month(held.expires_on, 'mon')}")
    meta = f'<div class="meta">{" · ".join(dates)}</div>' if dates else ""
    if held.credential_id:
        meta += f'<div class="meta">Credential ID {escape(held.credential_id)}</div>'
    button = f'<a class="btn" href="{held.url}">View credential →</a>' if held.url else ""
    return (
        f'<div class="card"><div class="badge">{escape(_initials(held.issuer))}</div>'
        f'<h3>{escape(held.title)}</h3><div class="by">Issued by {escape(held.issuer)}</div>'
        f"{meta}{button}</div>"
    )


def blind11_portfolio_cards(content: Content) -> str:
    links = " · ".join(
        f'<a href="{target}">{escape(text)}</a>' for text, target in content.contact_links
    )
    bullets = "".join(f"<li>{escape(line)}</li>" for line in content.bullets)
    pending = "".join(
        f'<span class="pill">{escape(line)}</span>' for line in content.section_negatives
    )
    skills = "".join(f'<span class="pill">{escape(skill)}</span>' for skill in content.skills)
    return f"""<!doctype html><html><head><meta charset="utf-8">
<style>{_PORTFOLIO_STYLE}</style></head><body>
<nav><span>{escape(content.name.split()[0].lower())}.portfolio</span>
<span>Work · About · Credentials · Contact</span></nav>
<section class="hero"><h1>{escape(display_name(content))}</h1><p>{escape(content.headline)}</p>
<p style="font-size:9pt">{escape(content.location)} · {escape(content.email)} ·
{escape(content.phone)}{" · " + links if links else ""}</p></section>
<h2>About</h2><p>{escape(content.summary)}</p>
<h2>Experience</h2><p><b>{escape(content.role)}</b>, {escape(content.employer)} · 2020 — now</p>
<ul>{bullets}</ul>
<h2>Licenses &amp; certifications</h2>
<div class="grid">{"".join(_card(held) for held in content.credentials)}</div>
<h2>Currently learning</h2><div>{pending}</div>
<h2>Toolbox</h2><div>{skills}</div>
<p style="color:#9ca3af;font-size:7.5pt;margin-top:8mm">© 2026 · Built with Astro · Printed
from the web</p>
</body></html>"""


# -- an English rirekisho ------------------------------------------------------------------------

_RIREKISHO_STYLE = """
@page { size: A4; margin: 14mm 15mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 9pt; color: #000; }
.title { font-size: 17pt; letter-spacing: .4em; } .date { text-align: right; font-size: 8.5pt; }
table { width: 100%; border-collapse: collapse; margin-bottom: 4mm; }
td, th { border: 1px solid #000; padding: 1.4mm 2mm; vertical-align: top; }
th { font-weight: normal; background: #f2f2f2; font-size: 8pt; }
td.y { width: 14mm; text-align: center; } td.mo { width: 9mm; text-align: center; }
td.k { width: 30mm; font-size: 8pt; } .nm { font-size: 15pt; }
.photo { width: 30mm; height: 40mm; border: 1px dashed #000; text-align: center;
  font-size: 7pt; color: #555; vertical-align: middle; }
.c { text-align: center; }
"""


def _year_month(value: str | None) -> tuple[str, str]:
    if not value:
        return "", ""
    if "-" not in value:
        return value, ""
    year, number = value.split("-")
    return year, str(int(number))


def _licence_row(held: Credential) -> str:
    year, number = _year_month(held.issued_on)
    extra = []
    if held.credential_id:
        extra.append(f"No. {escape(held.credential_id)}")
    if held.expires_on:
        extra.append(f"valid until {month(held.expires_on, 'dot')}")
    if held.url:
        extra.append(f"verify: {held.url}")
    tail = f" ({'; '.join(extra)})" if extra else ""
    return (
        f'<tr><td class="y">{year}</td><td class="mo">{number}</td>'
        f"<td>Obtained {escape(held.title)}, {escape(held.issuer)}{tail}</td></tr>"
    )


def blind11_rirekisho(content: Content) -> str:
    rows = "".join(_licence_row(held) for held in content.credentials)
    bullets = "".join(
        f'<tr><td class="y"></td><td class="mo"></td><td>{escape(b)}</td></tr>'
        for b in content.bullets
    )
    pending = "<br>".join(escape(line) for line in content.section_negatives)
    return f"""<!doctype html><html><head><meta charset="utf-8">
<style>{_RIREKISHO_STYLE}</style></head><body>
<table style="border:none"><tr><td style="border:none" class="title">RÉSUMÉ (RIREKISHO)</td>
<td style="border:none" class="date">As of December 1, 2026</td></tr></table>
<table><tr><td class="k">Name</td><td class="nm">{escape(display_name(content))}</td>
<td class="photo" rowspan="4">Photo<br>30 × 40 mm</td></tr>
<tr><td class="k">Position sought</td><td>{escape(content.headline)}</td></tr>
<tr><td class="k">Address</td><td>{escape(content.location)}</td></tr>
<tr><td class="k">Phone / E-mail</td><td>{escape(content.phone)} / {escape(content.email)}</td>
</tr></table>
<table><tr><th>Year</th><th>Month</th><th>Education / Work History</th></tr>
<tr><td class="y"></td><td class="mo"></td><td class="c">Work History</td></tr>
<tr><td class="y">2019</td><td class="mo">4</td><td>Joined {escape(content.employer)} as
{escape(content.role)}</td></tr>{bullets}
<tr><td class="y"></td><td class="mo"></td><td>Currently employed</td></tr>
<tr><td class="y"></td><td class="mo"></td><td style="text-align:right">End</td></tr></table>
<table><tr><th>Year</th><th>Month</th><th>Licenses / Qualifications</th></tr>{rows}</table>
<table><tr><td class="k">Motivation / self-PR</td><td>{escape(content.summary)}</td></tr>
<tr><td class="k">Special skills</td><td>{escape(", ".join(content.skills))}</td></tr>
<tr><td class="k">Remarks</td><td>{pending}</td></tr></table>
</body></html>"""
