"""blind-21's two pages printed by Chromium.

``builder`` is an online résumé builder's download (Resume.io-like, its own HTML and CSS): the
name and headline over a thin rule, a main column (profile, employment history, then the
credentials as the builder's "Courses" section: "Title, Issuer" as one heading line, the dates in
small grey capitals under it, "Credential ID …" and a "Verify credential" link whose address is
only its target) and a narrow right column of details, links and skills.

``pages`` is an Apple-Pages-like two-column résumé exported to PDF: a wide name across the top,
then a narrow left column (contact, the credentials, skills, education) beside a wide right one
(profile, experience); each credential in the narrow column its title in bold wrapping over two
or three lines, the issuer, "Mar 2021 — Mar 2024 · expired" with em dashes, the number in a
lighter grey and the address as the visible text of its link, broken where it must be.

Made in session 16 by a helper (a21) who never read the extractor nor its tests.
"""

from __future__ import annotations

from html import escape

from tests.rendered.blind21_contents import (
    EXTRAS,
    id_label,
    lapsed,
    section_name,
    style_of,
    when,
)
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

BUILDER_STYLE = """
@page { size: A4; margin: 14mm 0 14mm 0; }
body { margin: 0 16mm; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.6pt;
       color: #1c1c1c; }
header h1 { font-size: 24pt; margin: 0; font-weight: 600; }
header p { margin: 2px 0 0; color: #555; font-size: 10.5pt; }
header { border-bottom: 1px solid #ccc; padding-bottom: 8px; margin-bottom: 12px; }
.grid { display: flex; gap: 9mm; }
.main { flex: 1; }
.side { width: 48mm; font-size: 8.8pt; }
h2 { font-size: 12pt; margin: 14px 0 6px; font-weight: 600; }
.side h2 { font-size: 10pt; }
.item { margin-bottom: 9px; break-inside: avoid; }
.item h3 { font-size: 10pt; margin: 0; font-weight: 600; }
.when { font-size: 7.6pt; color: #888; text-transform: uppercase; letter-spacing: .6px;
        margin: 2px 0; }
.meta { font-size: 8.6pt; color: #333; }
.meta a { color: #1a73e8; text-decoration: none; }
ul { margin: 3px 0 0 14px; padding: 0; }
.bar { height: 3px; background: #e3e3e3; margin: 2px 0 6px; }
.bar span { display: block; height: 3px; background: #1a73e8; }
"""


def _courses(content: Content) -> str:
    style = style_of(content, 3)
    parts = []
    for held in content.credentials:
        meta = []
        if held.credential_id:
            meta.append(f"{escape(id_label(held))}: {escape(held.credential_id)}")
        if held.url:
            meta.append(f'<a href="{escape(held.url)}">Verify credential</a>')
        parts.append(
            f'<div class="item"><h3>{escape(held.title)}, {escape(held.issuer)}</h3>'
            f'<div class="when">{escape(when(held, style, expiry=" — "))}</div>'
            f'<div class="meta">{" &nbsp;·&nbsp; ".join(meta)}</div></div>'
        )
    return "".join(parts)


def builder(content: Content) -> str:
    """A Resume.io-like builder's résumé."""
    extra, style = EXTRAS[content.key], style_of(content, 3)
    title, employer, years = extra.earlier
    links = "".join(f'<p><a href="{escape(target)}">{escape(text)}</a></p>'
                    for text, target in content.contact_links)  # fmt: skip
    skills = "".join(
        f'<div>{escape(skill)}</div><div class="bar"><span style="width:{90 - 8 * n}%"></span>'
        "</div>"
        for n, skill in enumerate(content.skills)
    )
    pending = "".join(f"<li>{escape(text)}</li>" for text in content.section_negatives)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{escape(content.name)} - Resume</title><style>{BUILDER_STYLE}</style></head><body>
<header><h1>{escape(display_name(content))}</h1><p>{escape(content.headline)}</p></header>
<div class="grid"><div class="main">
<h2>Profile</h2><p>{escape(content.summary)}</p>
<h2>Employment History</h2>
<div class="item"><h3>{escape(content.role)}, {escape(content.employer)}</h3>
<div class="when">{escape(month(extra.since, style))} — Present</div>
<ul>{"".join(f"<li>{escape(b)}</li>" for b in content.bullets)}</ul></div>
<div class="item"><h3>{escape(title)}, {escape(employer)}</h3>
<div class="when">{escape(years)}</div></div>
<h2>{escape(section_name(content, 1))}</h2>{_courses(content)}
<h2>Currently working on</h2><ul>{pending}</ul>
<h2>Education</h2>{"".join(f"<p>{escape(line)}</p>" for line in extra.education)}
</div><div class="side">
<h2>Details</h2><p>{escape(content.location)}</p><p>{escape(content.phone)}</p>
<p>{escape(content.email)}</p>{f"<h2>Links</h2>{links}" if links else ""}
<h2>Skills</h2>{skills}
</div></div></body></html>"""


PAGES_STYLE = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'DejaVu Serif', Georgia, serif; color: #222; font-size: 9.4pt; }
.top { padding: 16mm 16mm 6mm; }
.top h1 { font-family: 'DejaVu Sans', Helvetica, sans-serif; font-size: 30pt; margin: 0;
          font-weight: 300; letter-spacing: 1px; }
.top p { margin: 4px 0 0; font-family: 'DejaVu Sans', sans-serif; color: #b05a2f;
         font-size: 10pt; text-transform: uppercase; letter-spacing: 2px; }
.cols { display: grid; grid-template-columns: 58mm 1fr; column-gap: 9mm; padding: 0 16mm; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; text-transform: uppercase;
     letter-spacing: 1.5px; color: #b05a2f; margin: 14px 0 6px; }
.left { font-size: 8.4pt; line-height: 1.35; }
.cred { margin-bottom: 8px; }
.light { color: #777; }
.cred a { color: #222; overflow-wrap: anywhere; }
.job b { font-size: 10pt; }
ul { padding-left: 14px; margin: 4px 0 8px; }
"""


def _pages_credential(held: Credential, style: str) -> str:
    dates = month(held.issued_on, style)
    if held.expires_on:
        dates += f" — {month(held.expires_on, style)}"
        if lapsed(held):
            dates += " · expired"
    lines = [f"<b>{escape(held.title)}</b>", escape(held.issuer), escape(dates)]
    if held.credential_id:
        lines.append(f'<span class="light">{escape(id_label(held))} '
                     f"{escape(held.credential_id)}</span>")  # fmt: skip
    if held.url:
        lines.append(f'<a href="{escape(held.url)}">{escape(held.url)}</a>')
    return f'<div class="cred">{"<br>".join(lines)}</div>'


def pages(content: Content) -> str:
    """An Apple-Pages-like two-column résumé, the credentials in the narrow column."""
    extra, style = EXTRAS[content.key], style_of(content, 4)
    title, employer, years = extra.earlier
    contact = [content.location, content.phone, content.email,
               *(f"{text}: {target}" for text, target in content.contact_links)]  # fmt: skip
    credentials = "".join(_pages_credential(held, style) for held in content.credentials)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{escape(content.name)}</title><style>{PAGES_STYLE}</style></head><body>
<div class="top"><h1>{escape(display_name(content))}</h1><p>{escape(content.headline)}</p></div>
<div class="cols"><div class="left">
<h2>Contact</h2>{"<br>".join(escape(line) for line in contact)}
<h2>{escape(section_name(content, 2))}</h2>{credentials}
<h2>Skills</h2>{"<br>".join(escape(skill) for skill in content.skills)}
<h2>Education</h2>{"<br>".join(escape(line) for line in extra.education)}
</div><div class="right">
<h2>Profile</h2><p>{escape(content.summary)}</p>
<h2>Experience</h2>
<div class="job"><b>{escape(content.role)}</b><br>{escape(content.employer)} ·
{escape(month(extra.since, style))} — Present
<ul>{"".join(f"<li>{escape(b)}</li>" for b in content.bullets)}</ul></div>
<div class="job"><b>{escape(title)}</b><br>{escape(employer)} · {escape(years)}</div>
<h2>In progress</h2><ul>{"".join(f"<li>{escape(t)}</li>" for t in content.section_negatives)}</ul>
</div></div></body></html>"""
