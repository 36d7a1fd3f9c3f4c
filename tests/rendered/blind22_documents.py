"""blind-22's layouts (session 16, a22, who never read the extractor nor its tests): six ways a
résumé file gets made that no earlier group used, over the six contents of
``blind22_contents.py``.

- ``blind22-cover-letter-pdf``: one application PDF as a job board asks for it: a cover letter
  on page one (naming some credentials in its prose, and what is still in progress), the résumé
  after it, a page of referees at the end (Chromium).
- ``blind22-type3-pdf``: printed from a desktop application through a print driver and
  Ghostscript, every font Type 3, codes in the order of first use, only a ToUnicode map to say
  what they are (``blind22_pdf.py``).
- ``blind22-edited-pdf``: exported from Word, then corrected in Acrobat: an incremental update
  over the first revision, whose wrong number and year stay in the file (``blind22_pdf.py``).
- ``blind22-strict-docx``: Word's "Strict Open XML Document" (``blind22_word.py``).
- ``blind22-reviewed-docx``: back from a career coach with tracked moves, a corrected number,
  a formatting change and comments left in (``blind22_word.py``).
- ``blind22-ansi-text``: Word's "Save as Plain Text" with Windows' default encoding: bytes in
  Windows-1252 (not UTF-8: "é" is one byte 0xE9, "–" is 0x96, "•" 0x95), CRLF line ends, the
  list bullets written "•" and a tab, Word's smart apostrophes.
"""

from __future__ import annotations

import html

from tests.rendered.blind22_pdf import edited_pdf, type3_pdf
from tests.rendered.blind22_word import dates, lapsed, reviewed_docx, strict_docx
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import ALL_FIELDS, Layout, display_name, month

# -- a cover letter, the résumé, the referees: one PDF -------------------------------------

_STYLE = """
@page { size: A4; margin: 20mm 20mm 18mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #222;
       line-height: 1.4; margin: 0; }
.letter p { margin: 0 0 10px; }
.sender { text-align: right; font-size: 9.5pt; margin-bottom: 24px; }
.page { break-before: page; }
h1 { font-size: 22pt; margin: 0; color: #0b3954; }
.headline { font-size: 11.5pt; color: #555; margin: 2px 0 6px; }
.contact { font-size: 9pt; color: #444; }
h2 { font-size: 10.5pt; letter-spacing: 1.5px; text-transform: uppercase; color: #0b3954;
     border-bottom: 1px solid #9ab; padding-bottom: 2px; margin: 16px 0 6px; }
.cert { display: flex; justify-content: space-between; margin-top: 6px; }
.cert b { font-size: 10pt; }
.sub { font-size: 9pt; color: #444; margin-left: 12px; }
.sub a { color: #0b62a4; }
ul { margin: 4px 0 0 18px; padding: 0; }
"""


def _held_names(content: Content) -> str:
    titles = [held.title for held in content.credentials if not lapsed(held)][:2]
    return " and the ".join(titles)


def _letter(content: Content) -> str:
    pending = content.section_negatives[0].split(":")[0]
    return f"""<div class="letter">
<div class="sender">{html.escape(content.name)}<br>{html.escape(content.location)}<br>
{html.escape(content.phone)}<br>{html.escape(content.email)}<br><br>7 December 2026</div>
<p>Hiring Manager<br>Talent Acquisition</p>
<p><b>Re: {html.escape(content.role)}</b></p>
<p>Dear Hiring Manager,</p>
<p>I am writing to apply for the position advertised on your careers page. For the last eight
years I have worked as {html.escape(content.role.lower())} at
{html.escape(content.employer)}, and my résumé follows this letter.</p>
<p>{html.escape(content.bullets[0])} I hold the {html.escape(_held_names(content))}, and I am
working towards the {html.escape(pending)}, as the résumé sets out.</p>
<p>I would welcome the chance to talk about how I could help your team. Thank you for your
time and consideration.</p>
<p>Yours sincerely,</p><p>{html.escape(content.name)}</p></div>"""


def _cert(held: Credential) -> str:
    sub = [html.escape(held.issuer)]
    if held.credential_id:
        sub.append(f"Credential ID {html.escape(held.credential_id)}")
    if held.url:
        sub.append(f'<a href="{html.escape(held.url)}">Show credential</a>')
    return (f'<div class="cert"><b>{html.escape(held.title)}</b><span>{dates(held)}</span></div>'
            f'<div class="sub">{" · ".join(sub)}</div>')  # fmt: skip


def cover_letter(content: Content) -> str:
    links = " · ".join(f'<a href="{url}">{text}</a>' for text, url in content.contact_links)
    bullets = "".join(f"<li>{html.escape(bullet)}</li>" for bullet in content.bullets)
    pending = "".join(f"<li>{html.escape(line)}</li>" for line in content.section_negatives)
    certs = "".join(_cert(held) for held in content.credentials)
    referees = "".join(f"<p><b>{name}</b><br>{role}<br>Available on request</p>"
                       for name, role in (("Referee 1", "Former line manager"),
                                          ("Referee 2", "Client, project lead")))  # fmt: skip
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{_STYLE}</style></head>
<body>{_letter(content)}
<div class="page">
<h1>{html.escape(display_name(content))}</h1>
<div class="headline">{html.escape(content.headline)}</div>
<div class="contact">{html.escape(content.location)} · {html.escape(content.phone)} ·
{html.escape(content.email)} · {links}</div>
<h2>Summary</h2><p>{html.escape(content.summary)}</p>
<h2>Experience</h2>
<div class="cert"><b>{html.escape(content.role)} — {html.escape(content.employer)}</b>
<span>2018 – present</span></div><ul>{bullets}</ul>
<h2>Licences &amp; Certifications</h2>{certs}
<h2>In progress</h2><ul>{pending}</ul>
<h2>Skills</h2><p>{html.escape(", ".join(content.skills))}</p>
</div>
<div class="page"><h2>Referees</h2>{referees}</div>
</body></html>"""


# -- Word's "Save as Plain Text", Windows-1252 ------------------------------------------------


def ansi_text(content: Content) -> bytes:
    lines = [display_name(content), content.headline,
             f"{content.location} – {content.phone} – {content.email}",
             *(f"{text}: {url}" for text, url in content.contact_links),
             "", "Profile", content.summary, "", "Experience",
             f"{content.role}, {content.employer}\t2018 – present",
             *(f"•\t{bullet}" for bullet in content.bullets),
             "", "Certifications and licences"]  # fmt: skip
    for held in content.credentials:
        fields = [f"{held.title} – {held.issuer}"]
        if held.expires_on:
            verb = "expired" if lapsed(held) else "valid until"
            fields.append(f"issued {month(held.issued_on, 'full')}, {verb} "
                          f"{month(held.expires_on, 'full')}")  # fmt: skip
        else:
            fields.append(f"issued {month(held.issued_on, 'full')}")
        if held.credential_id:
            fields.append(f"licence/certificate no. {held.credential_id}")
        lines.append("•\t" + "; ".join(fields))
        if held.url:
            lines.append(f"\tVerify: {held.url}")
    lines.extend(["", "Working towards", *(f"•\t{line}" for line in content.section_negatives),
                  "", "Skills", ", ".join(content.skills), ""])  # fmt: skip
    text = "\r\n".join(lines).replace("'", "\u2019")  # Word's AutoFormat: smart apostrophes
    return text.encode("cp1252")


BLIND22_LAYOUTS: tuple[Layout, ...] = tuple(
    Layout(key, renderer, build, ALL_FIELDS, held_out=True, group="blind-22")
    for key, renderer, build in (
        ("blind22-cover-letter-pdf", "chromium", cover_letter),
        ("blind22-type3-pdf", "pdf", type3_pdf),
        ("blind22-edited-pdf", "pdf", edited_pdf),
        ("blind22-strict-docx", "python-docx", strict_docx),
        ("blind22-reviewed-docx", "python-docx", reviewed_docx),
        ("blind22-ansi-text", "text", ansi_text),
    )
)
