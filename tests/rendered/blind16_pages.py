"""Blind-16's three pages printed by Chromium, and the words blind-16 writes credentials with.

Ordinary résumés as candidates make them in 2026, each content varied a little (its section's
name, its date style, how an expiry and a number are written):

``blind16_gdocs`` is a Google Docs résumé template printed to PDF: a large name, headings in
the template's colour, each job's and each credential's dates pushed to the right margin as a
tab would ("Mar 2024 – Mar 2027"), the credential's issuer after a comma, its number and its
address (the address visible, pasted as it is) on a smaller line below.

``blind16_canva`` is an online builder's two-column page (Canva, Zety): a coloured sidebar with
the initials in a circle, the contact details, skills and the credentials (title in bold,
issuer, dates, "ID: …", a "Verify ↗" link whose address is only the link's target), the main
column with the profile, the experience and what is coming next.

``blind16_linkedin`` is a professional network's "Save to PDF" profile: a grey left column
with "Contact", "Top Skills", "Languages" and "Certifications" (the certifications' names only,
as that export writes them), the main column with the name, headline, location, "Summary" and
"Experience" with durations ("January 2020 - Present (6 years 11 months)").
"""

from __future__ import annotations

from html import escape

from tests.rendered.blind16_contents import BLIND16_CONTENTS
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

SECTION_NAMES = (
    "Certifications",
    "Licenses & Certifications",
    "Professional Development",
    "Credentials",
    "Training",
    "Licences and Certificates",
    "Certifications & Training",
    "Licenses and Certifications",
)


def variant(content: Content) -> int:
    """The content's place in the group: each layout varies its small choices by it."""
    return next(i for i, c in enumerate(BLIND16_CONTENTS) if c.key == content.key)


def section16(content: Content, layout: int) -> str:
    return SECTION_NAMES[(variant(content) + layout) % len(SECTION_NAMES)]


_STYLES = ("mon", "full", "slash", "mon", "full")


def span16(held: Credential, content: Content, layout: int) -> str:
    """Issue and expiry, one of the ways people write them."""
    style = _STYLES[(variant(content) + layout) % len(_STYLES)]
    issued = month(held.issued_on, style)
    if not held.expires_on:
        return issued
    expires = month(held.expires_on, style)
    way = (variant(content) + layout) % 4
    if way == 0:
        return f"{issued} – {expires}"
    if way == 1:
        return f"{issued} (expires {expires})"
    if way == 2:
        return f"Issued {issued}, valid until {expires}"
    return f"{issued} · Exp. {expires}"


def _american(content: Content) -> bool:
    return content.phone.startswith("(")


def number16(held: Credential, content: Content) -> str:
    """The credential's number as its holder labels it."""
    if not held.credential_id:
        return ""
    licence = "License" if _american(content) else "Licence"
    if "Licen" in held.title or "Practising" in held.title:
        return f"{licence} No. {held.credential_id}"
    if "Chartered" in held.title:
        return f"Member No. {held.credential_id}"
    return f"Credential ID {held.credential_id}"


# -- a Google Docs template printed to PDF ---------------------------------------------------

_ACCENTS = ("#e06666", "#1c7a8c", "#6d9eeb", "#b45f06", "#38761d", "#674ea7", "#cc0000", "#0b5394")

_GDOCS_STYLE = """
@page { size: Letter; margin: 0.6in 0.75in; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color: #222;
  line-height: 1.3; margin: 0; }
h1 { font-family: 'Liberation Serif', Georgia, serif; font-size: 26pt; font-weight: normal;
  margin: 0 0 2pt; }
.headline { font-size: 11pt; color: #555; margin: 0 0 6pt; }
.contact { font-size: 9.5pt; color: #444; }
h2 { color: ACCENT; font-size: 11.5pt; font-weight: bold; text-transform: uppercase;
  letter-spacing: .4pt; margin: 14pt 0 4pt; }
.row { display: flex; justify-content: space-between; gap: 18pt; margin-top: 5pt; }
.row .when { white-space: nowrap; color: #555; }
.sub { font-size: 9.5pt; color: #555; margin: 1pt 0 0; }
.sub a { color: #1155cc; }
ul { margin: 3pt 0 0 16pt; padding: 0; } li { margin: 1pt 0; }
"""


def _gdocs_credential(held: Credential, content: Content) -> str:
    parts = [escape(number16(held, content))] if held.credential_id else []
    if held.url:
        parts.append(f'<a href="{escape(held.url)}">{escape(held.url)}</a>')
    sub = f'<p class="sub">{" · ".join(parts)}</p>' if parts else ""
    return (
        f'<div class="row"><span><b>{escape(held.title)}</b>, {escape(held.issuer)}</span>'
        f'<span class="when">{escape(span16(held, content, 0))}</span></div>{sub}'
    )


def blind16_gdocs(content: Content) -> str:
    accent = _ACCENTS[variant(content) % len(_ACCENTS)]
    links = "".join(f' | <a href="{escape(u)}">{escape(t)}</a>' for t, u in content.contact_links)
    bullets = "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)
    creds = "".join(_gdocs_credential(held, content) for held in content.credentials)
    pending = "".join(f"<li>{escape(text)}</li>" for text in content.section_negatives)
    return f"""<!doctype html><html><head><meta charset="utf-8">
<style>{_GDOCS_STYLE.replace("ACCENT", accent)}</style></head><body>
<h1>{escape(display_name(content))}</h1><p class="headline">{escape(content.headline)}</p>
<div class="contact">{escape(content.location)} | {escape(content.phone)} |
{escape(content.email)}{links}</div>
<h2>Summary</h2><p>{escape(content.summary)}</p>
<h2>Experience</h2>
<div class="row"><span><b>{escape(content.employer)}</b> — <i>{escape(content.role)}</i></span>
<span class="when">Jan 2020 – Present</span></div><ul>{bullets}</ul>
<h2>{escape(section16(content, 0))}</h2>{creds}
<h2>In Progress</h2><ul>{pending}</ul>
<h2>Skills</h2><p>{escape(", ".join(content.skills))}</p>
</body></html>"""


# -- an online builder's two-column page with a coloured sidebar ------------------------------

_SIDEBARS = ("#2f4858", "#3d2c5e", "#1f4e5f", "#5b3a29", "#21409a", "#2d5a3d", "#7a2e3a", "#334")

_CANVA_STYLE = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; color: #2b2b2b; }
.page { display: grid; grid-template-columns: 68mm 1fr; min-height: 297mm; }
aside { background: SIDE; color: #f4f4f4; padding: 14mm 7mm 10mm 8mm; }
aside h3 { font-size: 9.5pt; letter-spacing: 1.5pt; text-transform: uppercase; margin: 7mm 0 2mm;
  border-bottom: 1px solid rgba(255,255,255,.4); padding-bottom: 1mm; }
.initials { width: 26mm; height: 26mm; border-radius: 50%; background: rgba(255,255,255,.15);
  font-size: 20pt; display: flex; align-items: center; justify-content: center; margin: 0 auto; }
aside p { margin: 0 0 1.5mm; } aside ul { margin: 0; padding-left: 4mm; }
.cred { margin: 0 0 3mm; } .cred b { display: block; } .cred span { display: block; opacity: .85; }
.cred a { color: #ffd479; text-decoration: none; }
main { padding: 16mm 12mm 10mm 10mm; }
main h1 { font-size: 24pt; margin: 0; letter-spacing: .5pt; color: SIDE; }
main .headline { font-size: 11pt; color: #777; margin: 1mm 0 6mm; text-transform: uppercase;
  letter-spacing: 1pt; }
main h2 { font-size: 10.5pt; color: SIDE; text-transform: uppercase; letter-spacing: 1.2pt;
  margin: 7mm 0 2mm; }
.job { display: flex; justify-content: space-between; } .job i { color: #777; }
main ul { padding-left: 5mm; margin: 1.5mm 0; } main li { margin-bottom: 1mm; }
"""


def _canva_credential(held: Credential, content: Content) -> str:
    lines = [f"<b>{escape(held.title)}</b>", f"<span>{escape(held.issuer)}</span>"]
    if held.issued_on:
        lines.append(f"<span>{escape(span16(held, content, 1))}</span>")
    if held.credential_id:
        lines.append(f"<span>ID: {escape(held.credential_id)}</span>")
    if held.url:
        lines.append(f'<span><a href="{escape(held.url)}">Verify ↗</a></span>')
    return f'<div class="cred">{"".join(lines)}</div>'


def blind16_canva(content: Content) -> str:
    side = _SIDEBARS[variant(content) % len(_SIDEBARS)]
    initials = "".join(part[0] for part in content.name.split()[:2])
    links = "".join(f"<p>{escape(text)}</p>" for text, _ in content.contact_links)
    skills = "".join(f"<li>{escape(skill)}</li>" for skill in content.skills)
    creds = "".join(_canva_credential(held, content) for held in content.credentials)
    bullets = "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)
    pending = "".join(f"<li>{escape(text)}</li>" for text in content.section_negatives)
    return f"""<!doctype html><html><head><meta charset="utf-8">
<style>{_CANVA_STYLE.replace("SIDE", side)}</style></head><body><div class="page">
<aside><div class="initials">{escape(initials)}</div>
<h3>Contact</h3><p>{escape(content.phone)}</p><p>{escape(content.email)}</p>
<p>{escape(content.location)}</p>{links}
<h3>Skills</h3><ul>{skills}</ul>
<h3>{escape(section16(content, 1))}</h3>{creds}</aside>
<main><h1>{escape(content.name)}</h1><p class="headline">{escape(content.headline)}</p>
<h2>Profile</h2><p>{escape(content.summary)}</p>
<h2>Work Experience</h2>
<div class="job"><b>{escape(content.role)}</b><i>2020 – Present</i></div>
<p>{escape(content.employer)}</p><ul>{bullets}</ul>
<h2>Currently Working Towards</h2><ul>{pending}</ul>
</main></div></body></html>"""


# -- a professional network's "Save to PDF" profile ---------------------------------------------

_LINKEDIN_STYLE = """
@page { size: Letter; margin: 0.5in 0.5in; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt;
  color: #181818; }
.page { display: grid; grid-template-columns: 2.1in 1fr; gap: 0.3in; }
.left { background: #e8ecef; padding: 0.25in 0.2in; min-height: 9.8in; font-size: 9pt; }
.left h3 { font-size: 11pt; margin: 14pt 0 5pt; color: #000; }
.left p { margin: 0 0 3pt; color: #333; overflow-wrap: anywhere; } .left .muted { color: #666; }
.main h1 { font-size: 24pt; margin: 0.2in 0 4pt; font-weight: normal; }
.main .headline { font-size: 11.5pt; margin: 0 0 3pt; }
.main .where { color: #b0b0b0; font-size: 10pt; margin: 0 0 12pt; }
.main h2 { font-size: 15pt; font-weight: normal; margin: 16pt 0 6pt; }
.main h4 { font-size: 11pt; margin: 8pt 0 1pt; font-weight: normal; }
.main .role { font-size: 10.5pt; margin: 0; } .main .muted { color: #8a8a8a; margin: 0; }
.main p { margin: 0 0 6pt; } .page-no { color: #999; font-size: 8pt; text-align: center; }
"""


def blind16_linkedin(content: Content) -> str:
    handle = content.contact_links[0][1] if content.contact_links else ""
    profile = handle if "linkedin" in handle else ""
    contact = f"<p>{escape(content.email)}</p>"
    if profile:
        short = profile.removeprefix("https://")
        contact += f'<p><a href="{escape(profile)}">{escape(short)}</a> (LinkedIn)</p>'
    skills = "".join(f"<p>{escape(skill)}</p>" for skill in content.skills[:3])
    certs = "".join(f"<p>{escape(held.title)}</p>" for held in content.credentials)
    bullets = "".join(f"<p>- {escape(bullet)}</p>" for bullet in content.bullets)
    pending = " ".join(escape(text) + "." for text in content.section_negatives)
    return f"""<!doctype html><html><head><meta charset="utf-8">
<style>{_LINKEDIN_STYLE}</style></head><body><div class="page">
<div class="left"><h3>Contact</h3>{contact}
<h3>Top Skills</h3>{skills}
<h3>Languages</h3><p>English <span class="muted">(Native or Bilingual)</span></p>
<h3>Certifications</h3>{certs}</div>
<div class="main"><h1>{escape(display_name(content))}</h1>
<p class="headline">{escape(content.headline)}</p><p class="where">{escape(content.location)}</p>
<h2>Summary</h2><p>{escape(content.summary)}</p><p>Next: {pending}</p>
<h2>Experience</h2><h4>{escape(content.employer)}</h4>
<p class="role">{escape(content.role)}</p>
<p class="muted">January 2020 - Present (6 years 11 months)</p>
<p class="muted">{escape(content.location)}</p>{bullets}
<p class="page-no">Page 1 of 1</p></div></div></body></html>"""
