"""Blind-10's pages printed by Chromium, and the date words blind-10 uses.

``blind10_spanish_cv`` is a candidate's résumé adapted for a Spanish employer: a header band with
a round initials "photo", the headings, dates and field names in Spanish ("Certificaciones,
licencias y cursos"; under each title its issuer, then "Expedición: marzo de 2021 · Caducidad:
marzo de 2027", then "Nº de credencial: … · Verificación: <address>"), the titles, issuers and
the rest as the person wrote them.
``blind10_indeed`` follows the PDF a job board makes from its profile: a plain single column,
"Work Experience", "Skills" with years, "Certifications and Licenses" as a title, a "June 2015
to May 2029" (or "to Present") line and a free-text description holding the issuer, the ID and
the address; then the board's skill "Assessments" with their disclaimer, "Links" and
"Additional Information". ``blind10_moderncv`` imitates LaTeX moderncv's "classic" style: a
light first name and a dark last name, contact details right-aligned in italics, each
section a coloured rule in the left column beside its title, and every entry's dates
("08/2014–05/2029") right-aligned in that left column beside "**Title**, *Issuer*, ID 1083472."
with the address on a smaller line below.
"""

from __future__ import annotations

from html import escape

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month


def initials(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split()[:2])


# -- a Spanish CV --------------------------------------------------------------------------------

_SPANISH_STYLE = """
@page { size: A4; margin: 0 0 14mm 0; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; color: #2b2d42; margin: 0; }
.band { background: #1d3557; color: #fff; display: flex; align-items: center; gap: 7mm;
  padding: 9mm 16mm; }
.photo { width: 24mm; height: 24mm; border-radius: 50%; background: #a8dadc; color: #1d3557;
  display: flex; align-items: center; justify-content: center; font-size: 20pt;
  font-weight: bold; flex: none; }
h1 { margin: 0; font-size: 20pt; } .puesto { color: #a8dadc; font-size: 11pt; margin-top: 1mm; }
.datos { font-size: 8.5pt; margin-top: 2mm; line-height: 1.5; }
.datos a { color: #fff; }
main { padding: 2mm 16mm; }
h2 { font-size: 11pt; color: #1d3557; border-left: 4px solid #e63946; padding-left: 2.5mm;
  margin: 6mm 0 2.5mm; text-transform: uppercase; letter-spacing: .04em; }
.cred { margin-bottom: 3mm; break-inside: avoid; } .cred .t { font-weight: bold; }
.cred .f { color: #4a4e69; font-size: 8.8pt; } .cred a { color: #457b9d; }
ul { margin: 1mm 0; padding-left: 5mm; }
"""


def _spanish_credential(held: Credential) -> str:
    facts = []
    if held.issued_on:
        facts.append(f"Expedición: {month(held.issued_on, 'es')}")
    if held.expires_on:
        facts.append(f"Caducidad: {month(held.expires_on, 'es')}")
    more = [" · ".join(facts)] if facts else []
    last = []
    if held.credential_id:
        last.append(f"Nº de credencial: {escape(held.credential_id)}")
    if held.url:
        last.append(f'Verificación: <a href="{escape(held.url)}">{escape(held.url)}</a>')
    more += [" · ".join(last)] if last else []
    lines = "".join(f'<div class="f">{line}</div>' for line in more)
    return (
        f'<div class="cred"><div class="t">{escape(held.title)}</div>'
        f'<div class="f">{escape(held.issuer)}</div>{lines}</div>'
    )


def blind10_spanish_cv(content: Content) -> str:
    links = "".join(
        f' · <a href="{escape(url)}">{escape(text)}</a>' for text, url in content.contact_links
    )
    bullets = "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)
    credentials = "".join(_spanish_credential(held) for held in content.credentials)
    pending = "".join(f"<li>{escape(text)}</li>" for text in content.section_negatives)
    return f"""<!doctype html><html lang="es"><head><meta charset="utf-8">
<style>{_SPANISH_STYLE}</style></head><body>
<div class="band"><div class="photo">{escape(initials(content.name))}</div><div>
<h1>{escape(display_name(content))}</h1><div class="puesto">{escape(content.headline)}</div>
<div class="datos">Correo: {escape(content.email)} · Teléfono: {escape(content.phone)}<br>
Residencia: {escape(content.location)}{links}</div></div></div>
<main><h2>Perfil profesional</h2><p>{escape(content.summary)}</p>
<h2>Experiencia profesional</h2>
<p><b>{escape(content.role)}</b> — {escape(content.employer)} (2020 – actualidad)</p>
<ul>{bullets}</ul>
<h2>Certificaciones, licencias y cursos</h2>{credentials}
<h2>En curso</h2><ul>{pending}</ul>
<h2>Competencias</h2><p>{escape(" · ".join(content.skills))}</p></main></body></html>"""


# -- a job board's résumé PDF ------------------------------------------------------------------

_INDEED_STYLE = """
@page { size: Letter; margin: 16mm 18mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; color: #2d2d2d; margin: 0;
  line-height: 1.35; }
h1 { font-size: 22pt; margin: 0 0 1mm; font-weight: bold; }
.who div { color: #595959; } .who .board { font-size: 8.5pt; }
h2 { font-size: 13pt; font-weight: bold; border-bottom: 1px solid #d4d2d0; padding-bottom: 1mm;
  margin: 7mm 0 3mm; }
.entry { margin-bottom: 4mm; break-inside: avoid; } .entry .t { font-weight: bold; }
.entry .when, .entry .where { color: #595959; } .note { font-size: 8.5pt; color: #767676; }
ul { margin: 1mm 0; padding-left: 5mm; } a { color: #2557a7; }
"""


def _indeed_dates(held: Credential) -> str:
    if not held.issued_on:
        return ""
    end = month(held.expires_on, "full") if held.expires_on else "Present"
    return f'<div class="when">{month(held.issued_on, "full")} to {end}</div>'


def _indeed_credential(held: Credential) -> str:
    description = f"Issued by {escape(held.issuer)}."
    if held.credential_id:
        description += f" Credential ID {escape(held.credential_id)}."
    link = f'<div><a href="{escape(held.url)}">{escape(held.url)}</a></div>' if held.url else ""
    return (
        f'<div class="entry"><div class="t">{escape(held.title)}</div>{_indeed_dates(held)}'
        f"<div>{description}</div>{link}</div>"
    )


def _indeed_assessments(content: Content) -> str:
    rows = []
    for skill, level, when in zip(content.skills[:2], ("Highly Proficient", "Proficient"),
                                  ("August 2025", "March 2025"), strict=True):  # fmt: skip
        rows.append(
            f'<div class="entry"><div class="t">{escape(skill)} — {level}</div>'
            f'<div class="when">{when}</div><div>Measures a candidate\'s skill in '
            f"{escape(skill.lower())}.</div><div>Full results: {level}</div></div>"
        )
    return "".join(rows) + (
        '<p class="note">Indeed Assessments provides skills tests that are not indicative of a '
        "license or certification, or continued development in any professional field.</p>"
    )


def blind10_indeed(content: Content) -> str:
    slug = content.name.replace(" ", "-")
    bullets = "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)
    skills = "".join(
        f"<li>{escape(skill)} ({years} years)</li>"
        for skill, years in zip(content.skills, (9, 7, 6, 5, 4, 3, 3, 2, 2), strict=False)
    )
    credentials = "".join(_indeed_credential(held) for held in content.credentials)
    links = "".join(
        f'<div><a href="{escape(url)}">{escape(url)}</a></div>' for _, url in content.contact_links
    )
    additional = "".join(f"<li>{escape(text)}</li>" for text in content.section_negatives)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{_INDEED_STYLE}</style>
</head><body><div class="who"><h1>{escape(display_name(content))}</h1>
<div>{escape(content.headline)}</div><div>{escape(content.location)}</div>
<div>{escape(content.email)}</div><div>{escape(content.phone)}</div>
<div class="board">Email me on Indeed: indeed.com/r/{escape(slug)}/5c1e0a9b4d27f3e8</div></div>
<p>{escape(content.summary)}</p>
<p>Authorized to work in the country where this job is located for any employer</p>
<h2>Work Experience</h2>
<div class="entry"><div class="t">{escape(content.role)}</div>
<div class="where">{escape(content.employer)} - {escape(content.location)}</div>
<div class="when">January 2020 to Present</div><ul>{bullets}</ul></div>
<h2>Skills</h2><ul>{skills}</ul>
<h2>Certifications and Licenses</h2>{credentials}
<h2>Assessments</h2>{_indeed_assessments(content)}
{"<h2>Links</h2>" + links if links else ""}
<h2>Additional Information</h2><ul>{additional}</ul></body></html>"""


# -- LaTeX moderncv, "classic" -----------------------------------------------------------------

_MODERNCV_STYLE = """
@page { size: A4; margin: 15mm 17mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; color: #222; margin: 0; }
.top { display: flex; justify-content: space-between; align-items: flex-start; }
.who { white-space: nowrap; } .first { font-size: 26pt; color: #3873b3; font-weight: 300; }
.last { font-size: 26pt; color: #444; } .post { font-size: 12pt; color: #777; }
.title { font-style: italic; color: #777; font-size: 12pt; margin-top: 1mm; }
.contact { text-align: right; font-size: 8.5pt; font-style: italic; color: #555;
  line-height: 1.6; white-space: nowrap; } .contact a { color: #555; }
.row { display: grid; grid-template-columns: 36mm 1fr; column-gap: 4mm; margin: 1.6mm 0;
  break-inside: avoid; }
.row .d { text-align: right; color: #555; font-size: 9pt; padding-top: .3mm; }
.sect { display: grid; grid-template-columns: 36mm 1fr; column-gap: 4mm; align-items: center;
  margin: 6mm 0 2mm; } .sect .bar { height: 2.2mm; background: #3873b3; }
.sect .name { color: #3873b3; font-size: 13pt; } .small { font-size: 8.5pt; color: #444; }
ul { margin: .5mm 0; padding-left: 4.5mm; } .small a { color: #3873b3; }
"""


def _section(title: str) -> str:
    return f'<div class="sect"><div class="bar"></div><div class="name">{title}</div></div>'


def _moderncv_dates(held: Credential) -> str:
    dates = month(held.issued_on, "slash")
    if held.expires_on:
        dates += f"–{month(held.expires_on, 'slash')}"
    return dates


def _moderncv_entry(held: Credential) -> str:
    parts = [f"<b>{escape(held.title)}</b>", f"<i>{escape(held.issuer)}</i>"]
    if held.credential_id:
        parts.append(f"ID {escape(held.credential_id)}")
    url = (
        f'<div class="small"><a href="{escape(held.url)}">{escape(held.url)}</a></div>'
        if held.url
        else ""
    )
    return (
        f'<div class="row"><div class="d">{_moderncv_dates(held)}</div>'
        f"<div>{', '.join(parts)}.{url}</div></div>"
    )


def blind10_moderncv(content: Content) -> str:
    first, _, last = content.name.partition(" ")
    post = f'<span class="post">, {escape(", ".join(content.post_nominals))}</span>'
    links = "".join(
        f'<br>web: <a href="{escape(url)}">{escape(text)}</a>'
        for text, url in content.contact_links
    )
    bullets = "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)
    credentials = "".join(_moderncv_entry(held) for held in content.credentials)
    pending = "".join(
        f'<div class="row"><div class="d">pending</div><div>{escape(text)}</div></div>'
        for text in content.section_negatives
    )
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{_MODERNCV_STYLE}</style>
</head><body><div class="top"><div><div class="who"><span class="first">{escape(first)}</span>
<span class="last">{escape(last)}</span>{post if content.post_nominals else ""}</div>
<div class="title">{escape(content.headline)}</div></div>
<div class="contact">{escape(content.location)}<br>&#x260E; {escape(content.phone)}<br>
mail: {escape(content.email)}{links}</div></div>
{_section("Summary")}<div class="row"><div class="d"></div><div>{escape(content.summary)}</div>
</div>
{_section("Experience")}<div class="row"><div class="d">2020–today</div><div>
<b>{escape(content.role)}</b>, <i>{escape(content.employer)}</i>, {escape(content.location)}.
<ul class="small">{bullets}</ul></div></div>
{_section("Licences &amp; certifications")}{credentials}
{_section("In progress")}{pending}
{_section("Skills")}<div class="row"><div class="d">Tools &amp; methods</div>
<div>{escape(", ".join(content.skills))}</div></div></body></html>"""
