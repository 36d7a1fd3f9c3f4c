"""Blind-8's pages: a two-page résumé printed by Chromium, and a Markdown résumé with a table of
contents (pandoc → standalone HTML → Chromium); and the date words blind-8 uses.

``blind8_two_page`` is the long résumé of someone with many past jobs: a running header with the
name on every page, four earlier positions that fill most of page one, then "Licences &
Certifications" as a table that starts at the foot of page one and carries on onto page two
under its repeated header row (Credential / Awarding body / Valid / Reference), with "06.2021 –
06.2027" dates and a "verify ↗" link. ``blind8_toc_markdown`` is a Markdown résumé as a
developer keeps it in a repository: a YAML title block, ``--toc`` contents list, a definition
list of credentials (the title as the term; "Issuer · Issued Jun 2021 · Expires Jun 2027 · ID …"
and the URL as its definition).
"""

from __future__ import annotations

from html import escape

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

_EARLIER = (
    ("2016 – 2019", "Team member"),
    ("2014 – 2016", "Assistant"),
    ("2012 – 2014", "Trainee"),
    ("2010 – 2012", "Intern"),
)

_STYLE = """
@page { size: A4; margin: 24mm 18mm 18mm 18mm;
  @top-left { content: "NAME — Curriculum Vitae"; font: 8pt 'Liberation Sans'; color: #777; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; color: #222; margin: 0; }
h1 { font-size: 22pt; margin: 0; color: #1d3557; }
.sub { color: #457b9d; font-size: 12pt; margin: 2mm 0 1mm; }
.contact { font-size: 9pt; color: #555; border-bottom: 2px solid #1d3557; padding-bottom: 3mm; }
h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: .08em; color: #1d3557;
  border-bottom: 1px solid #a8dadc; margin: 6mm 0 2mm; }
.job { margin: 0 0 4mm; break-inside: avoid; }
.job b { font-size: 10.5pt; } .job .when { float: right; color: #666; }
.job p { margin: 1mm 0; line-height: 1.35; }
table { width: 100%; border-collapse: collapse; font-size: 9pt; }
thead { display: table-header-group; }
th { background: #1d3557; color: #fff; text-align: left; padding: 2mm; }
td { border-bottom: 1px solid #ddd; padding: 2.2mm 2mm; vertical-align: top; }
tr { break-inside: avoid; }
a { color: #1d6fa5; }
"""


def _row(held: Credential) -> str:
    valid = month(held.issued_on, "dot")
    if held.expires_on:
        valid += f" – {month(held.expires_on, 'dot')}"
    link = f'<br><a href="{escape(held.url)}">verify ↗</a>' if held.url else ""
    return (
        f"<tr><td><b>{escape(held.title)}</b>{link}</td><td>{escape(held.issuer)}</td>"
        f"<td>{valid}</td><td>{escape(held.credential_id or '—')}</td></tr>"
    )


def blind8_two_page(content: Content) -> str:
    style = _STYLE.replace("NAME", content.name.replace('"', ""))
    earlier = "".join(
        f'<div class="job"><span class="when">{years}</span><b>{title}, '
        f"{escape(content.employer.split()[0])} {index + 2}</b>"
        f"<p>{escape(content.bullets[index % len(content.bullets)])}, in an earlier form and "
        "at a smaller scale, reporting to the operations manager and covering two sites.</p>"
        f"<p>{escape(content.summary)}</p></div>"
        for index, (years, title) in enumerate(_EARLIER)
    )
    rows = "".join(_row(held) for held in content.credentials)
    links = " · ".join(
        f'<a href="{escape(url)}">{escape(text)}</a>' for text, url in content.contact_links
    )
    others = "".join(f"<li>{escape(text)}</li>" for text in content.section_negatives)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{style}</style></head>
<body><h1>{escape(display_name(content))}</h1><div class="sub">{escape(content.headline)}</div>
<div class="contact">{escape(content.location)} · {escape(content.phone)} ·
{escape(content.email)}{" · " + links if links else ""}</div>
<h2>Profile</h2><p>{escape(content.summary)}</p>
<h2>Employment history</h2>
<div class="job"><span class="when">2019 – present</span><b>{escape(content.role)},
{escape(content.employer)}</b>{"".join(f"<p>• {escape(b)}</p>" for b in content.bullets)}</div>
{earlier}
<h2>Licences &amp; Certifications</h2>
<table><thead><tr><th>Credential</th><th>Awarding body</th><th>Valid</th><th>Reference</th>
</tr></thead><tbody>{rows}</tbody></table>
<h2>Working towards</h2><ul>{others}</ul>
<h2>Skills</h2><p>{escape(" · ".join(content.skills))}</p>
<h2>References</h2><p>Available on request.</p></body></html>"""


def _md(text: str) -> str:
    for mark in ("\\", "*", "_", "[", "]", "<", ">", "#", "`"):
        text = text.replace(mark, "\\" + mark)
    return text


def _definition(held: Credential) -> list[str]:
    facts = [_md(held.issuer), f"Issued {month(held.issued_on, 'mon')}"]
    if held.expires_on:
        facts.append(f"Expires {month(held.expires_on, 'mon')}")
    if held.credential_id:
        facts.append(f"ID {_md(held.credential_id)}")
    lines = [f"**{_md(held.title)}**", f":   {' · '.join(facts)}"]
    if held.url:
        lines.append(f"    <{held.url}>")
    return [*lines, ""]


def blind8_toc_markdown(content: Content) -> str:
    links = " · ".join(f"[{_md(text)}]({url})" for text, url in content.contact_links)
    lines = [
        "---",
        f"title: {_md(display_name(content))}",
        f"subtitle: {_md(content.headline)}",
        "lang: en",
        "---",
        "",
        f"{_md(content.location)} · <{content.email}> · {_md(content.phone)}"
        + (f" · {links}" if links else ""),
        "",
        "# About",
        "",
        _md(content.summary),
        "",
        "# Experience",
        "",
        f"## {_md(content.role)} — {_md(content.employer)} (2020–now)",
        "",
        *(f"- {_md(bullet)}" for bullet in content.bullets),
        "",
        "# Certifications",
        "",
        *(line for held in content.credentials for line in _definition(held)),
        "## Not yet / no longer",
        "",
        *(f"- {_md(text)}" for text in content.section_negatives),
        "",
        "# Skills",
        "",
        ", ".join(_md(skill) for skill in content.skills),
        "",
    ]
    return "\n".join(lines)


TOC_STYLE = """<style>
body { max-width: 170mm; margin: 12mm auto; font-family: 'DejaVu Serif', serif; font-size: 10pt;
  hyphens: none; color: #1a1a1a; }
header h1.title { font-size: 20pt; margin-bottom: 0; } .subtitle { margin-top: 1mm; color: #555; }
nav#TOC { border: 1px solid #ccc; padding: 2mm 5mm; font-size: 9pt; background: #fafafa; }
nav#TOC::before { content: "Contents"; font-weight: bold; }
h1 { font-size: 13pt; border-bottom: 1px solid #999; } h2 { font-size: 11pt; }
dt { margin-top: 2mm; } dd { margin-left: 6mm; color: #333; }
</style>"""
