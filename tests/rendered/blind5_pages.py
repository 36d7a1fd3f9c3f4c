"""The "blind-5" web pages, printed to PDF by headless Chromium.

Two ways résumés are made on the web in 2026, written by an author who never read the extractor:

* ``blind5_builder_twocol``: an online résumé builder's two-column template (Canva, Kickresume,
  Enhancv): a dark sidebar with the name, contact details and skills chips beside a main column
  whose certifications are blocks of a title, "Issuer · dates", "Credential ID …" and a
  "Show credential" link whose text names no URL.
* ``blind5_jsonresume``: a JSON Resume theme (``resume export resume.pdf``): one column, the
  ``certificates`` entries as the schema holds them (name, issuer, date, url: no credential ID),
  the date printed as the raw ISO string beside each entry and the URL printed as its own text.

Nothing on either page is fetched: no web fonts, no images, only system fonts.
"""

from __future__ import annotations

from html import escape

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

_BUILDER_STYLE = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #1f2933; }
.page { display: grid; grid-template-columns: 68mm 1fr; min-height: 297mm; }
aside { background: #16363f; color: #e6f0f2; padding: 16mm 7mm 10mm 8mm; }
aside .initials { width: 22mm; height: 22mm; border-radius: 50%; background: #2f6f7e;
  color: #fff; font-size: 20pt; display: flex; align-items: center; justify-content: center;
  margin-bottom: 6mm; }
aside h1 { font-size: 17pt; line-height: 1.15; margin: 0 0 2mm; color: #fff; }
aside .headline { color: #9fd3de; font-size: 10pt; margin-bottom: 8mm; }
aside h3 { font-size: 8pt; letter-spacing: 0.15em; text-transform: uppercase; color: #9fd3de;
  border-bottom: 1px solid #2f6f7e; padding-bottom: 1mm; margin: 7mm 0 3mm; }
aside .contact div { margin-bottom: 2mm; word-break: break-all; }
aside a { color: #e6f0f2; }
.chips span { display: inline-block; background: #2f6f7e; border-radius: 3mm;
  padding: 0.8mm 2.5mm; margin: 0 1.5mm 1.5mm 0; font-size: 8pt; }
main { padding: 16mm 12mm 10mm 10mm; }
main h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 0.12em; color: #16363f;
  margin: 0 0 3mm; }
main section { margin-bottom: 8mm; }
.job-head { display: flex; justify-content: space-between; font-weight: bold; }
.job-org { color: #52606d; margin-bottom: 2mm; }
main ul { margin: 0; padding-left: 4.5mm; }
main li { margin-bottom: 1.2mm; }
.cert { border-left: 3px solid #2f6f7e; padding: 0.5mm 0 0.5mm 3mm; margin-bottom: 4mm;
  break-inside: avoid; }
.cert .name { font-weight: bold; font-size: 10pt; }
.cert .meta { color: #52606d; }
.cert .cid { font-size: 8.5pt; color: #52606d; }
.cert a { font-size: 8.5pt; color: #2f6f7e; text-decoration: none; font-weight: bold; }
.pending { color: #52606d; font-style: italic; margin-top: 2mm; }
"""


def _initials(content: Content) -> str:
    return "".join(part[0] for part in content.name.split()[:2])


def _builder_cert(held: Credential) -> str:
    issued = month(held.issued_on, "mon")
    dates = f"{issued} – {month(held.expires_on, 'mon')}" if held.expires_on else issued
    parts = [
        f'<div class="name">{escape(held.title)}</div>',
        f'<div class="meta">{escape(held.issuer)} · {escape(dates)}</div>',
    ]
    if held.credential_id:
        parts.append(f'<div class="cid">Credential ID {escape(held.credential_id)}</div>')
    if held.url:
        parts.append(f'<a href="{escape(held.url)}">Show credential ↗</a>')
    return f'<div class="cert">{"".join(parts)}</div>'


def blind5_builder_twocol(content: Content) -> str:
    """A builder's two-column page: sidebar for identity and skills, certifications as blocks."""
    contact = [
        f"<div>{escape(content.email)}</div>",
        f"<div>{escape(content.phone)}</div>",
        f"<div>{escape(content.location)}</div>",
        *(f'<div><a href="{escape(url)}">{escape(text)}</a></div>'
          for text, url in content.contact_links),
    ]  # fmt: skip
    chips = "".join(f"<span>{escape(skill)}</span>" for skill in content.skills)
    bullets = "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)
    certs = "".join(_builder_cert(held) for held in content.credentials)
    pending = "".join(
        f'<div class="pending">{escape(line)}</div>' for line in content.section_negatives
    )
    return f"""<!doctype html><html><head><meta charset="utf-8">
<title>{escape(content.name)}</title>
<style>{_BUILDER_STYLE}</style></head><body><div class="page">
<aside>
  <div class="initials">{escape(_initials(content))}</div>
  <h1>{escape(display_name(content))}</h1>
  <div class="headline">{escape(content.headline)}</div>
  <h3>Contact</h3><div class="contact">{"".join(contact)}</div>
  <h3>Skills</h3><div class="chips">{chips}</div>
</aside>
<main>
  <section><h2>Profile</h2><p>{escape(content.summary)}</p></section>
  <section><h2>Experience</h2>
    <div class="job-head"><span>{escape(content.role)}</span><span>03/2021 – Present</span></div>
    <div class="job-org">{escape(content.employer)} · {escape(content.location)}</div>
    <ul>{bullets}</ul>
  </section>
  <section><h2>Certifications</h2>{certs}{pending}</section>
</main>
</div></body></html>"""


_JSONRESUME_STYLE = """
@page { size: A4; margin: 18mm 20mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 10pt; color: #222; line-height: 1.35; }
header { text-align: center; margin-bottom: 6mm; }
header h1 { font-size: 22pt; font-weight: normal; margin: 0; letter-spacing: 0.04em; }
header .label { font-style: italic; color: #555; margin: 1mm 0 2mm; }
header .contact { font-size: 9pt; }
header .contact span + span::before { content: " | "; color: #999; }
header a { color: #222; }
h2 { font-variant: small-caps; font-size: 13pt; font-weight: normal; letter-spacing: 0.06em;
  border-bottom: 0.6pt solid #999; margin: 6mm 0 2.5mm; }
.row { display: grid; grid-template-columns: 34mm 1fr; column-gap: 4mm; margin-bottom: 3mm;
  break-inside: avoid; }
.row .when { color: #555; font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt;
  padding-top: 0.6mm; }
.row .what b { font-weight: bold; }
.row .issuer { font-style: italic; }
.row a { color: #1a4d8f; font-size: 8.5pt; font-family: 'DejaVu Sans Mono', monospace; }
.row .valid { font-size: 8.5pt; color: #555; }
ul { margin: 1mm 0 0; padding-left: 5mm; }
.keywords { font-size: 9pt; }
.note { font-size: 9pt; color: #555; }
"""


def _bare(url: str) -> str:
    """The URL as such themes print it: without its scheme."""
    return url.split("://", 1)[1]


def _jsonresume_cert(held: Credential) -> str:
    what = [f"<b>{escape(held.title)}</b>", f'<div class="issuer">{escape(held.issuer)}</div>']
    if held.expires_on:
        what.append(f'<div class="valid">valid until {month(held.expires_on, "iso")}</div>')
    if held.url:
        what.append(f'<a href="{escape(held.url)}">{escape(_bare(held.url))}</a>')
    return (
        f'<div class="row"><div class="when">{month(held.issued_on, "iso")}</div>'
        f'<div class="what">{"".join(what)}</div></div>'
    )


def blind5_jsonresume(content: Content) -> str:
    """A JSON Resume theme's page: certificates by name, issuer, ISO date and a printed URL."""
    profiles = "".join(
        f'<span><a href="{escape(url)}">{escape(text)}</a></span>'
        for text, url in content.contact_links
    )
    bullets = "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)
    certs = "".join(_jsonresume_cert(held) for held in content.credentials)
    notes = "".join(f'<p class="note">{escape(line)}</p>' for line in content.section_negatives)
    return f"""<!doctype html><html><head><meta charset="utf-8">
<title>{escape(content.name)}</title>
<style>{_JSONRESUME_STYLE}</style></head><body>
<header>
  <h1>{escape(display_name(content))}</h1>
  <div class="label">{escape(content.headline)}</div>
  <div class="contact"><span>{escape(content.email)}</span><span>{escape(content.phone)}</span>
    <span>{escape(content.location)}</span>{profiles}</div>
</header>
<h2>Summary</h2><p>{escape(content.summary)}</p>
<h2>Work</h2>
<div class="row"><div class="when">2021-03 — present</div><div class="what">
  <b>{escape(content.employer)}</b><div class="issuer">{escape(content.role)}</div>
  <ul>{bullets}</ul></div></div>
<h2>Certificates</h2>{certs}{notes}
<h2>Skills</h2><p class="keywords">{escape(", ".join(content.skills))}</p>
</body></html>"""
