"""blind-23's two pages printed by Chromium.

``cards`` is an online builder's download (Novorésumé/Zety-like, its own HTML and CSS): a
coloured header with the name, headline and a row of contact details each after a small SVG
icon; a main column (profile, work experience, then the certificates as "cards" two to a row,
each with a rosette icon, the title, the issuer in the accent colour, a calendar icon before the
dates, an "EXPIRED" pill on a lapsed one, a "#" icon before the number and a chain icon before a
"Verify" link whose address is only its target) beside a grey sidebar (skills as tags, the
education, what is in progress).

``phone`` is a résumé made in a phone app and exported as one tall, narrow page (the app's
"continuous page" PDF, 108 mm wide): every entry a block of small grey capital labels over their
values ("ISSUED BY", "DATE ISSUED", "EXPIRY DATE", "CREDENTIAL NUMBER", "LINK"), "Does not
expire" where a credential has no expiry, and the address written out as the link's text.

Made in session 17 by a helper (a23) who never read the extractor nor its tests.
"""

from __future__ import annotations

from html import escape

from tests.rendered.blind23_contents import (
    EXTRAS,
    id_label,
    lapsed,
    section_name,
    style_of,
)
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

_ICONS = {
    "pin": '<path d="M8 1a5 5 0 0 0-5 5c0 4 5 9 5 9s5-5 5-9a5 5 0 0 0-5-5zm0 7a2 2 0 1 1 0-4 2 2 '
    '0 0 1 0 4z"/>',
    "phone": '<path d="M3 1h3l1 4-2 1a9 9 0 0 0 5 5l1-2 4 1v3a1 1 0 0 1-1 1A13 13 0 0 1 2 2a1 1 '
    '0 0 1 1-1z"/>',
    "mail": '<path d="M1 3h14v10H1zm1 1v.5l6 4 6-4V4z"/>',
    "award": '<circle cx="8" cy="6" r="5"/><path d="M5 10l-1 6 4-2 4 2-1-6z"/>',
    "calendar": '<path d="M2 3h12v12H2zm1 3v8h10V6zM4 1h2v3H4zm6 0h2v3h-2z"/>',
    "hash": '<path d="M5 1h2l-1 4h3l1-4h2l-1 4h3v2h-3.5l-1 3H14v2h-3l-1 4H8l1-4H6l-1 4H3l1-4H1'
    'v-2h3.5l1-3H2V5h3z"/>',
    "link": '<path d="M6 10l4-4M4 8l-2 2a3 3 0 0 0 4 4l2-2M12 8l2-2a3 3 0 0 0-4-4L8 4" '
    'stroke="currentColor" stroke-width="1.6" fill="none"/>',
}


def _icon(name: str) -> str:
    return (
        f'<svg class="icon" viewBox="0 0 16 16" width="11" height="11" fill="currentColor" '
        f'aria-hidden="true">{_ICONS[name]}</svg>'
    )


CARDS_STYLE = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.2pt;
       color: #2d2d2d; }
header { background: #24466b; color: #fff; padding: 11mm 12mm 7mm; }
header h1 { margin: 0; font-size: 25pt; letter-spacing: .5px; }
header .role { margin: 3px 0 8px; font-size: 11.5pt; color: #cfe0f2; }
header .contact span { margin-right: 14px; white-space: nowrap; }
.icon { vertical-align: -1px; margin-right: 4px; }
.body { display: flex; }
.main { flex: 1; padding: 4mm 8mm 8mm 12mm; }
.side { width: 58mm; background: #eef2f6; padding: 4mm 8mm; min-height: 236mm; }
h2 { color: #24466b; font-size: 11.5pt; text-transform: uppercase; letter-spacing: 1px;
     border-bottom: 2px solid #24466b; padding-bottom: 2px; margin: 12px 0 7px; }
.job b { font-size: 10pt; }
.job .at { color: #2f7ab8; }
.muted { color: #777; font-size: 8.4pt; }
ul { margin: 3px 0 6px 14px; padding: 0; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; }
.card { border: 1px solid #d3dce6; border-radius: 6px; padding: 6px 7px; break-inside: avoid; }
.card .t { font-weight: bold; font-size: 9pt; color: #24466b; }
.card .i { color: #2f7ab8; font-size: 8.4pt; margin: 1px 0 3px; }
.card .f { font-size: 8pt; color: #555; margin-top: 1px; }
.card a { color: #2f7ab8; text-decoration: none; }
.pill { background: #c0392b; color: #fff; border-radius: 6px; font-size: 6.5pt; padding: 0 4px;
        margin-left: 4px; }
.tag { display: inline-block; background: #24466b; color: #fff; border-radius: 3px;
       padding: 1px 5px; margin: 0 3px 4px 0; font-size: 8pt; }
"""


def _card(held: Credential, style: str) -> str:
    dates = month(held.issued_on, style)
    if held.expires_on:
        dates += f" – {month(held.expires_on, style)}"
    pill = '<span class="pill">EXPIRED</span>' if lapsed(held) else ""
    lines = [f'<div class="f">{_icon("calendar")}{escape(dates)}{pill}</div>']
    if held.credential_id:
        lines.append(f'<div class="f">{_icon("hash")}{escape(held.credential_id)}</div>')
    if held.url:
        lines.append(f'<div class="f">{_icon("link")}<a href="{escape(held.url)}">Verify</a></div>')
    return (
        f'<div class="card"><div class="t">{_icon("award")}{escape(held.title)}</div>'
        f'<div class="i">{escape(held.issuer)}</div>{"".join(lines)}</div>'
    )


def cards(content: Content) -> str:
    """A Novorésumé-like builder's résumé, its certificates as cards."""
    extra, style = EXTRAS[content.key], style_of(content, 1)
    title, employer, years = extra.earlier
    contact = (f'<span>{_icon("pin")}{escape(content.location)}</span>'
               f'<span>{_icon("phone")}{escape(content.phone)}</span>'
               f'<span>{_icon("mail")}{escape(content.email)}</span>')  # fmt: skip
    held = "".join(_card(item, style) for item in content.credentials)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{escape(content.name)} – CV</title><style>{CARDS_STYLE}</style></head><body>
<header><h1>{escape(display_name(content))}</h1><div class="role">{escape(content.headline)}</div>
<div class="contact">{contact}</div></header>
<div class="body"><div class="main">
<h2>Profile</h2><p>{escape(content.summary)}</p>
<h2>Work Experience</h2>
<div class="job"><b>{escape(content.role)}</b><br><span class="at">{escape(content.employer)}</span>
<div class="muted">{escape(month(extra.since, style))} – Present</div>
<ul>{"".join(f"<li>{escape(b)}</li>" for b in content.bullets)}</ul></div>
<div class="job"><b>{escape(title)}</b><br><span class="at">{escape(employer)}</span>
<div class="muted">{escape(years)}</div></div>
<h2>{escape(section_name(content, 4))}</h2><div class="grid">{held}</div>
</div><div class="side">
<h2>Skills</h2>{"".join(f'<span class="tag">{escape(s)}</span>' for s in content.skills)}
<h2>Education</h2>{"".join(f"<p>{escape(line)}</p>" for line in extra.education)}
<h2>In Progress</h2><ul>{"".join(f"<li>{escape(t)}</li>" for t in content.section_negatives)}</ul>
</div></div></body></html>"""


PHONE_STYLE = """
@page { size: 108mm 560mm; margin: 0; }
body { margin: 0; padding: 7mm 6mm; font-family: 'DejaVu Sans', Roboto, sans-serif;
       font-size: 9pt; color: #202124; }
h1 { font-size: 17pt; margin: 0; }
.head { color: #0b8043; font-size: 10pt; margin: 2px 0 6px; }
h2 { background: #0b8043; color: #fff; font-size: 9.5pt; padding: 3px 6px; border-radius: 4px;
     margin: 12px 0 6px; }
.block { border-bottom: 1px solid #e0e0e0; padding: 4px 0 6px; }
.block h3 { font-size: 10pt; margin: 0 0 3px; }
.label { font-size: 6.6pt; color: #80868b; text-transform: uppercase; letter-spacing: .6px;
         margin-top: 3px; }
.value { font-size: 8.6pt; }
.value a { color: #1a73e8; overflow-wrap: anywhere; }
p { margin: 2px 0; }
"""


def _field(label: str, value: str) -> str:
    return f'<div class="label">{escape(label)}</div><div class="value">{value}</div>'


def _phone_credential(held: Credential, style: str) -> str:
    expiry = "Does not expire"
    if held.expires_on:
        expiry = month(held.expires_on, style) + (" · Expired" if lapsed(held) else "")
    fields = [_field("Issued by", escape(held.issuer)),
              _field("Date issued", escape(month(held.issued_on, style))),
              _field("Expiry date", escape(expiry))]  # fmt: skip
    if held.credential_id:
        fields.append(_field(id_label(held).rstrip(".").replace(" no", " number"),
                             escape(held.credential_id)))  # fmt: skip
    if held.url:
        url = escape(held.url)
        fields.append(_field("Link", f'<a href="{url}">{url}</a>'))
    return f'<div class="block"><h3>{escape(held.title)}</h3>{"".join(fields)}</div>'


def phone(content: Content) -> str:
    """A phone app's résumé, one tall narrow page of labelled fields."""
    extra, style = EXTRAS[content.key], style_of(content, 2)
    title, employer, years = extra.earlier
    held = "".join(_phone_credential(item, style) for item in content.credentials)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Resume</title><style>{PHONE_STYLE}</style></head><body>
<h1>{escape(display_name(content))}</h1><div class="head">{escape(content.headline)}</div>
<p>{escape(content.phone)}</p><p>{escape(content.email)}</p><p>{escape(content.location)}</p>
<h2>About me</h2><p>{escape(content.summary)}</p>
<h2>Experience</h2>
<div class="block"><h3>{escape(content.role)}</h3>{_field("Company", escape(content.employer))}
{_field("Dates", escape(month(extra.since, style)) + " – Present")}
{_field("Description", "<br>".join(escape(b) for b in content.bullets))}</div>
<div class="block"><h3>{escape(title)}</h3>{_field("Company", escape(employer))}
{_field("Dates", escape(years))}</div>
<h2>{escape(section_name(content, 5))}</h2>{held}
<h2>Goals</h2>{"".join(f"<p>• {escape(t)}</p>" for t in content.section_negatives)}
<h2>Education</h2>{"".join(f"<p>{escape(line)}</p>" for line in extra.education)}
<h2>Skills</h2><p>{escape(" · ".join(content.skills))}</p>
<p style="color:#9aa0a6;font-size:7pt;margin-top:10px">Made with Resume Builder for Android</p>
</body></html>"""
