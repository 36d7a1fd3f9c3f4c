"""blind-17's three Chromium pages: an online résumé builder's PDF (icons, skill bars, a
coloured sidebar), a job board's "Download résumé" PDF, and a hand-made HTML résumé printed
from the browser with its header and footer (date, title, file address, "1/2").

Made in session 14 by a helper who never read the extractor nor blind-15's or blind-16's files.
"""

from __future__ import annotations

from html import escape

from tests.rendered.blind17_contents import BLIND17_CONTENTS, EXTRAS
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import FULL_MONTHS, display_name, month

#: The month the résumés were written in: an expiry before it is written as lapsed.
NOW = "2026-12"


def lapsed(credential: Credential) -> bool:
    return bool(credential.expires_on) and str(credential.expires_on) < NOW


def index_of(content: Content) -> int:
    return [c.key for c in BLIND17_CONTENTS].index(content.key)


def section_name(content: Content, offset: int) -> str:
    names = ("Certifications", "Licenses & Certifications", "Licensure & Certifications",
             "Certificates", "Credentials", "Professional Licenses & Certifications",
             "Certifications & Training", "Licences & Certifications")  # fmt: skip
    return names[(index_of(content) + offset) % len(names)]


def id_label(credential: Credential) -> str:
    if "License" in credential.title or "Licence" in credential.title:
        return "License No."
    if "Commission" in credential.title:
        return "Commission No."
    return "Credential ID"


_ICONS = {
    "mail": '<path d="M2 4h20v16H2z M2 4l10 8 10-8" fill="none" stroke="#fff" stroke-width="2"/>',
    "phone": '<path d="M5 2h5l2 5-3 2a11 11 0 0 0 6 6l2-3 5 2v5a2 2 0 0 1-2 2A19 19 0 0 1 3 4a2 '
    '2 0 0 1 2-2z" fill="#fff"/>',
    "pin": '<path d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7z" fill="#fff"/>',
    "link": '<path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1 M14 10a5 5 0 0 0-7 0l-3 3a5 5 '
    '0 0 0 7 7l1-1" fill="none" stroke="#fff" stroke-width="2"/>',
}


def _icon(name: str) -> str:
    return f'<svg viewBox="0 0 24 24" width="11" height="11">{_ICONS[name]}</svg>'


BUILDER_STYLE = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.6pt;
       color: #263238; }
.page { display: flex; min-height: 297mm; }
aside { width: 64mm; background: #24445c; color: #fff; padding: 14mm 7mm; box-sizing: border-box; }
main { flex: 1; padding: 14mm 11mm 10mm 10mm; }
h1 { font-size: 25pt; margin: 0; letter-spacing: .5px; color: #24445c; }
.headline { font-size: 12pt; color: #5d7a8c; margin: 2px 0 14px; }
aside h3 { font-size: 10pt; text-transform: uppercase; letter-spacing: 1.5px;
           border-bottom: 1px solid #7fa3bd; padding-bottom: 3px; margin: 16px 0 8px; }
aside .row { margin: 5px 0; display: flex; gap: 6px; align-items: center; font-size: 8.4pt;
             overflow-wrap: anywhere; }
aside a { color: #fff; text-decoration: none; }
.skill { margin: 6px 0; }
.bar { height: 5px; background: #4d6d86; border-radius: 3px; margin-top: 3px; }
.bar span { display: block; height: 5px; background: #9fd3f5; border-radius: 3px; }
main h2 { font-size: 11.5pt; color: #24445c; text-transform: uppercase; letter-spacing: 1px;
          margin: 15px 0 7px; }
.job b { font-size: 10.5pt; } .muted { color: #6b7f8c; font-size: 8.8pt; }
ul { margin: 4px 0 6px 16px; padding: 0; }
.cert { margin: 0 0 8px; } .cert .t { font-weight: bold; color: #1d5f8a; text-decoration: none; }
"""


def builder(content: Content) -> str:
    """An online builder's résumé PDF: name and headline over the main column, a dark sidebar
    with icon rows, skill bars and the education; each credential's title the link to its
    address, its issuer and dates on a muted line, its number on the next."""
    extra = EXTRAS[content.key]
    style = ("mon", "full", "slash")[index_of(content) % 3]
    contact = [("mail", content.email, None), ("phone", content.phone, None),
               ("pin", content.location, None),
               *(("link", text, target) for text, target in content.contact_links)]  # fmt: skip
    rows = "".join(
        f'<div class="row">{_icon(icon)}'
        + (f'<a href="{escape(target)}">{escape(text)}</a>' if target else escape(text))
        + "</div>"
        for icon, text, target in contact
    )
    skills = "".join(
        f'<div class="skill">{escape(skill)}<div class="bar"><span style="width:{level * 20}%">'
        "</span></div></div>"
        for skill, level in zip(content.skills, extra.levels, strict=False)
    )
    certs = []
    for held in content.credentials:
        title = escape(held.title)
        head = f'<a class="t" href="{escape(held.url)}">{title}</a>' if held.url else (
            f'<span class="t">{title}</span>')  # fmt: skip
        dates = month(held.issued_on, style)
        if held.expires_on:
            word = "Expired" if lapsed(held) else "Expires"
            dates += f" · {word} {month(held.expires_on, style)}"
        number = f'<div class="muted">{id_label(held)}: {escape(held.credential_id)}</div>' if (
            held.credential_id) else ""  # fmt: skip
        certs.append(
            f'<div class="cert">{head}<div class="muted">{escape(held.issuer)} | {dates}</div>'
            f"{number}</div>"
        )
    certs.extend(f'<div class="cert"><span class="t">{escape(text)}</span></div>'
                 for text in content.section_negatives)  # fmt: skip
    bullets = "".join(f"<li>{escape(b)}</li>" for b in content.bullets)
    title, employer, years = extra.earlier
    education = "".join(f'<div class="row">{escape(line)}</div>' for line in extra.education)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{BUILDER_STYLE}</style>
</head><body><div class="page"><aside><h3>Contact</h3>{rows}<h3>Skills</h3>{skills}
<h3>Education</h3>{education}</aside><main><h1>{escape(display_name(content))}</h1>
<div class="headline">{escape(content.headline)}</div><h2>Profile</h2>
<p>{escape(content.summary)}</p><h2>Work History</h2><div class="job"><b>{escape(content.role)}
</b><div class="muted">{escape(content.employer)}, {escape(content.location)} ·
{month(extra.since, style)} – Current</div><ul>{bullets}</ul></div><div class="job">
<b>{escape(title)}</b><div class="muted">{escape(employer)} · {escape(years)}</div></div>
<h2>{escape(section_name(content, 0))}</h2>{"".join(certs)}</main></div></body></html>"""


JOBBOARD_STYLE = """
@page { size: Letter; margin: 16mm 18mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #2d2d2d; }
h1 { font-size: 22pt; font-weight: normal; margin: 0 0 4px; }
.contact div { margin: 1px 0; }
h2 { font-size: 13pt; font-weight: normal; border-bottom: 1px solid #d4d2d0; padding-bottom: 4px;
     margin: 20px 0 10px; }
.item { margin: 0 0 12px; } .item b { font-size: 11pt; display: block; }
.grey { color: #767676; } ul { margin: 4px 0; padding-left: 20px; }
"""


def _long_month(value: str | None) -> str:
    if not value or "-" not in value:
        return value or ""
    year, number = value.split("-")
    return f"{FULL_MONTHS[int(number) - 1]} {year}"


def jobboard(content: Content) -> str:
    """A job board's "Download résumé" PDF: grey rules under plain headings, every dated item
    "Month YYYY to Month YYYY" (or "to Present" where nothing ends), the credentials under
    "Certifications and Licenses" with a line of description, and the things in progress in an
    "Additional Information" paragraph."""
    extra = EXTRAS[content.key]
    bullets = "".join(f"<li>{escape(b)}</li>" for b in content.bullets)
    title, employer, years = extra.earlier
    certs = []
    for held in content.credentials:
        ends = _long_month(held.expires_on) if held.expires_on else "Present"
        described = [f"Issued by {held.issuer}."]
        if held.credential_id:
            described.append(f"{id_label(held)} {held.credential_id}.")
        if held.url:
            described.append(held.url)
        certs.append(
            f'<div class="item"><b>{escape(held.title)}</b><div class="grey">'
            f"{_long_month(held.issued_on)} to {ends}</div>"
            f"<div>{escape(' '.join(described))}</div></div>"
        )
    skills = "".join(
        f"<li>{escape(skill)} ({level + 2} years)</li>"
        for skill, level in zip(content.skills, extra.levels, strict=False)
    )
    education = "".join(f'<div class="item">{escape(line)}</div>' for line in extra.education)
    links = "".join(f"<div>{escape(target)}</div>" for _, target in content.contact_links)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{JOBBOARD_STYLE}</style>
</head><body><h1>{escape(display_name(content))}</h1><div class="contact">
<div>{escape(content.headline)}</div><div>{escape(content.location)}</div><div>{escape(content.email)}</div>
<div>{escape(content.phone)}</div>{links}</div><p>{escape(content.summary)}</p>
<h2>Work Experience</h2><div class="item"><b>{escape(content.role)}</b>
<div>{escape(content.employer)} - {escape(content.location)}</div>
<div class="grey">{_long_month(extra.since)} to Present</div>
<ul>{bullets}</ul></div><div class="item"><b>{escape(title)}</b><div>{escape(employer)}</div>
<div class="grey">{escape(years.replace(" – ", " to "))}</div></div><h2>Education</h2>
{education}<h2>Skills</h2><ul>{skills}</ul><h2>Certifications and Licenses</h2>{"".join(certs)}
<h2>Additional Information</h2><p>{escape(" ".join(t + "." for t in content.section_negatives))}
</p></body></html>"""


PRINTED_STYLE = """
body { font-family: Georgia, 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.35;
       max-width: 720px; margin: 0 auto; }
h1 { font-size: 20pt; margin: 0; } header p { margin: 2px 0; color: #444; }
h2 { font-size: 12pt; border-bottom: 2px solid #333; margin: 18px 0 6px; }
li { margin-bottom: 5px; } small { color: #555; font-size: 9pt; } a { color: #0645ad; }
"""


def printed(content: Content) -> tuple[str, str, str]:
    """A résumé written as an HTML page and printed from the browser with "Headers and
    footers" on: the date and the page's title at the top, the file's address and "1/2" at the
    bottom. Returns the page, the header and the footer."""
    extra = EXTRAS[content.key]
    links = " · ".join(f'<a href="{escape(t)}">{escape(t)}</a>' for _, t in content.contact_links)
    items = []
    for held in content.credentials:
        small = [f"issued {month(held.issued_on, 'iso')}"]
        if held.expires_on:
            word = "expired" if lapsed(held) else "valid to"
            small.append(f"{word} {month(held.expires_on, 'iso')}")
        if held.credential_id:
            small.append(f"#{escape(held.credential_id)}")
        if held.url:
            small.append(f'<a href="{escape(held.url)}">{escape(held.url)}</a>')
        items.append(
            f"<li><strong>{escape(held.title)}</strong>, {escape(held.issuer)}<br>"
            f"<small>{' · '.join(small)}</small></li>"
        )
    pending = "".join(f"<li><em>{escape(text)}</em></li>" for text in content.section_negatives)
    bullets = "".join(f"<li>{escape(b)}</li>" for b in content.bullets)
    title, employer, years = extra.earlier
    page = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{escape(content.name)} – Résumé</title><style>{PRINTED_STYLE}</style></head><body>
<header><h1>{escape(display_name(content))}</h1><p>{escape(content.headline)} ·
{escape(content.location)}</p><p>{escape(content.email)} · {escape(content.phone)}
{" · " + links if links else ""}</p></header><h2>About</h2><p>{escape(content.summary)}</p>
<h2>Experience</h2><p><strong>{escape(content.role)}</strong>, {escape(content.employer)}
({extra.since[:4]}–present)</p><ul>{bullets}</ul><p><strong>{escape(title)}</strong>,
{escape(employer)} ({escape(years)})</p><h2>{escape(section_name(content, 2))}</h2>
<ul>{"".join(items)}</ul><p>Working on:</p><ul>{pending}</ul><h2>Education</h2>
<ul>{"".join(f"<li>{escape(line)}</li>" for line in extra.education)}</ul><h2>Skills</h2>
<p>{escape(", ".join(content.skills))}</p></body></html>"""
    stem = content.name.split()[0].lower()
    font = "font-family:Arial,sans-serif;font-size:8px;width:100%;margin:0 9mm;"
    header = (
        f'<div style="{font}display:flex;justify-content:space-between">'
        '<span>12/7/26, 9:14 AM</span><span class="title"></span><span></span></div>'
    )
    footer = (f'<div style="{font}display:flex;justify-content:space-between">'
              f"<span>file:///C:/Users/{stem}/Documents/resume.html</span>"
              '<span><span class="pageNumber"></span>/<span class="totalPages"></span></span>'
              "</div>")  # fmt: skip
    return page, header, footer
