"""Blind-15's two pages printed by Chromium: a landscape résumé whose credentials sit on a
horizontal date axis, and an Arabic and English CV laid out right to left.

``blind15_timeline`` is a one-page landscape résumé from an infographic builder: a header, a
profile, then "Licences & certifications" as a horizontal timeline: an axis across the page,
one dot per credential in order of issue, the cards alternating above and below the axis, each
joined to its dot by a stem. The issue date ("Mar 2021", a bare year as it is) is written at the
dot, on the axis's other side from the card, not in the card; the card holds the title (a link
to its verification page when there is one, the address itself never written), the issuer,
"valid to …" and "ID …". Under the axis three columns: experience, "Next on the timeline" (what
is not held yet) and skills.

``blind15_gulf`` is a bilingual CV as written in the Gulf states, the page set right to left
(``dir="rtl"``): every heading and label in Arabic then English ("الشهادات المهنية / Professional
Certifications"), the contact details a two-column table of labels and values, the credentials a
ruled table whose first column is on the right ("م" numbers in Arabic-Indic digits, certificate,
issuing body, issue date, expiry, certificate number), each entry's verification address on a
full-width row of its own under it, dates as "03/2024".
"""

from __future__ import annotations

from html import escape

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

# -- a horizontal timeline ---------------------------------------------------------------------

_TIMELINE_STYLE = """
@page { size: A4 landscape; margin: 11mm 15mm; }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.4pt; color: #263238; margin: 0; }
header { display: flex; justify-content: space-between; align-items: flex-end;
  border-bottom: 3px solid #00897b; padding-bottom: 2mm; }
h1 { font-size: 20pt; margin: 0; color: #004d40; font-weight: 700; }
.headline { font-size: 10.5pt; color: #00897b; margin-top: 1mm; }
.contact { text-align: right; font-size: 8pt; line-height: 1.5; color: #455a64; }
.contact a { color: #00695c; text-decoration: none; }
h2 { font-size: 9pt; text-transform: uppercase; letter-spacing: 1.5pt; color: #00897b;
  margin: 3.5mm 0 1.5mm; }
.profile { margin: 0; line-height: 1.45; }
.band { position: relative; height: 80mm; }
.axis { position: absolute; left: 0; right: 0; top: 40mm; height: 0; border-top: 2px solid
  #b0bec5; }
.dot { position: absolute; top: 38.3mm; width: 3.4mm; height: 3.4mm; border-radius: 50%;
  background: #00897b; border: 0.6mm solid #fff; box-shadow: 0 0 0 0.4mm #00897b; }
.stem { position: absolute; width: 0; border-left: 1px dashed #80cbc4; }
.when { position: absolute; font-size: 7.6pt; font-weight: 700; color: #00695c;
  white-space: nowrap; }
.card { position: absolute; border: 1px solid #b2dfdb; border-radius: 2mm; background: #f1faf9;
  padding: 1.6mm 2.2mm; line-height: 1.35; }
.card .t { font-weight: 700; color: #004d40; }
.card .t a { color: #004d40; text-decoration: underline; text-decoration-color: #80cbc4; }
.card .i { color: #37474f; }
.card .m { color: #607d8b; font-size: 7.6pt; }
.cols { display: grid; grid-template-columns: 1.3fr 1fr 1fr; gap: 7mm; }
.cols ul { margin: 0; padding-left: 4mm; line-height: 1.4; }
.role { font-weight: 700; }
.tags span { display: inline-block; background: #e0f2f1; border-radius: 1.5mm;
  padding: 0.3mm 1.8mm; margin: 0 1mm 1mm 0; }
"""

_BAND_WIDTH = 267.0  # the page's width inside its margins, in mm
_GAP = 4.0


def _order(content: Content) -> list[Credential]:
    return sorted(content.credentials, key=lambda held: held.issued_on or "")


def _card(held: Credential, index: int, left: float, width: float) -> str:
    above = index % 2 == 0
    title = escape(held.title)
    if held.url:
        title = f'<a href="{escape(held.url)}">{title}</a>'
    lines = [f'<div class="t">{title}</div>', f'<div class="i">{escape(held.issuer)}</div>']
    if held.expires_on:
        lines.append(f'<div class="m">valid to {month(held.expires_on, "mon")}</div>')
    if held.credential_id:
        lines.append(f'<div class="m">ID {escape(held.credential_id)}</div>')
    place = "bottom: 49mm" if above else "top: 49mm"
    stem = "top: 31mm; height: 8mm" if above else "top: 41mm; height: 8mm"
    when = "top: 42.2mm" if above else "top: 34.2mm"
    dot = left + 2.0
    return (
        f'<div class="card" style="left: {left:.1f}mm; width: {width:.1f}mm; {place}">'
        f"{''.join(lines)}</div>"
        f'<div class="stem" style="left: {dot + 1.7:.1f}mm; {stem}"></div>'
        f'<div class="dot" style="left: {dot:.1f}mm"></div>'
        f'<div class="when" style="left: {dot - 1:.1f}mm; {when}">'
        f"{month(held.issued_on, 'mon')}</div>"
    )


def _band(content: Content) -> str:
    ordered = _order(content)
    count = len(ordered)
    width = (2 * _BAND_WIDTH - _GAP * (count - 1)) / (count + 1)
    step = (_BAND_WIDTH - width) / (count - 1)
    cards = "".join(_card(held, index, index * step, width) for index, held in enumerate(ordered))
    return f'<div class="band"><div class="axis"></div>{cards}</div>'


def blind15_timeline(content: Content) -> str:
    links = "".join(
        f' · <a href="{escape(url)}">{escape(text)}</a>' for text, url in content.contact_links
    )
    bullets = "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)
    pending = "".join(f"<li>{escape(text)}</li>" for text in content.section_negatives)
    tags = "".join(f"<span>{escape(skill)}</span>" for skill in content.skills)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>{_TIMELINE_STYLE}</style></head><body>
<header><div><h1>{escape(display_name(content))}</h1>
<div class="headline">{escape(content.headline)}</div></div>
<div class="contact">{escape(content.location)} · {escape(content.phone)}<br>
{escape(content.email)}{links}</div></header>
<h2>Profile</h2><p class="profile">{escape(content.summary)}</p>
<h2>Licences &amp; certifications</h2>
{_band(content)}
<div class="cols">
<div><h2>Experience</h2><div class="role">{escape(content.role)}</div>
<div>{escape(content.employer)} · 2019 – today</div><ul>{bullets}</ul></div>
<div><h2>Next on the timeline</h2><ul>{pending}</ul></div>
<div><h2>Skills</h2><div class="tags">{tags}</div></div>
</div></body></html>"""


# -- an Arabic and English CV, right to left ---------------------------------------------------

_GULF_STYLE = """
@page { size: A4; margin: 14mm 14mm 16mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; color: #1b1b1b; margin: 0;
  line-height: 1.45; }
.top { border-bottom: 2px solid #7a1f2b; padding-bottom: 2mm; margin-bottom: 2mm; }
.cv { color: #7a1f2b; font-size: 9pt; }
h1 { font-size: 18pt; margin: 1mm 0 0; }
.headline { color: #444; font-size: 10pt; }
h2 { background: #7a1f2b; color: #fff; font-size: 9.6pt; padding: 1mm 2.5mm; margin: 4mm 0 2mm; }
table { width: 100%; border-collapse: collapse; }
table.facts td { padding: 0.6mm 2mm; vertical-align: top; }
table.facts td.k { width: 44mm; color: #7a1f2b; font-weight: 700; }
table.certs th { background: #f3e5e7; border: 1px solid #c9a1a7; padding: 1mm 1.5mm;
  font-size: 8pt; }
table.certs td { border: 1px solid #c9a1a7; padding: 1mm 1.5mm; vertical-align: top; }
table.certs td.n { text-align: center; width: 7mm; }
table.certs tr.link td { font-size: 7.8pt; color: #555; border-top: none; }
.ltr { direction: ltr; unicode-bidi: embed; }
ul { margin: 0; padding-right: 5mm; }
"""

_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _fact(arabic: str, english: str, value: str) -> str:
    return (
        f'<tr><td class="k">{arabic} / {english}</td>'
        f'<td><span class="ltr">{escape(value)}</span></td></tr>'
    )


def _gulf_rows(content: Content) -> str:
    rows = []
    for number, held in enumerate(content.credentials, start=1):
        cells = (
            f'<td class="n">{str(number).translate(_ARABIC_DIGITS)}</td>'
            f'<td class="ltr">{escape(held.title)}</td>'
            f'<td class="ltr">{escape(held.issuer)}</td>'
            f'<td class="ltr">{month(held.issued_on, "slash")}</td>'
            f'<td class="ltr">{month(held.expires_on, "slash") or "—"}</td>'
            f'<td class="ltr">{escape(held.credential_id or "—")}</td>'
        )
        rows.append(f"<tr>{cells}</tr>")
        if held.url:
            link = f'<a class="ltr" href="{escape(held.url)}">{escape(held.url)}</a>'
            rows.append(f'<tr class="link"><td></td><td colspan="5">رابط التحقق / Verify: '
                        f"{link}</td></tr>")  # fmt: skip
    return "".join(rows)


def blind15_gulf(content: Content) -> str:
    facts = [
        _fact("الاسم", "Name", content.name),
        _fact("العنوان", "Address", content.location),
        _fact("الهاتف", "Mobile", content.phone),
        _fact("البريد الإلكتروني", "E-mail", content.email),
        *(_fact("الملف الشخصي", "Profile", url) for _, url in content.contact_links),
    ]
    bullets = "".join(f'<li class="ltr">{escape(bullet)}</li>' for bullet in content.bullets)
    pending = "".join(f'<li class="ltr">{escape(t)}</li>' for t in content.section_negatives)
    head = (
        "م",
        "الشهادة / Certificate",
        "الجهة المانحة / Issuing body",
        "تاريخ الإصدار / Issued",
        "تاريخ الانتهاء / Expiry",
        "رقم الشهادة / Cert. No.",
    )
    header = "".join(f"<th>{text}</th>" for text in head)
    return f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<style>{_GULF_STYLE}</style></head><body>
<div class="top"><div class="cv">السيرة الذاتية / Curriculum Vitae</div>
<h1 class="ltr">{escape(display_name(content))}</h1>
<div class="headline ltr">{escape(content.headline)}</div></div>
<h2>البيانات الشخصية / Personal Details</h2>
<table class="facts">{"".join(facts)}</table>
<h2>نبذة مهنية / Professional Summary</h2>
<p class="ltr">{escape(content.summary)}</p>
<h2>الخبرة العملية / Work Experience</h2>
<p><b class="ltr">{escape(content.role)}</b> — <span class="ltr">{escape(content.employer)}</span>
<br>٢٠١٩ – حتى الآن / 2019 – Present</p>
<ul>{bullets}</ul>
<h2>الشهادات المهنية / Professional Certifications</h2>
<table class="certs"><tr>{header}</tr>{_gulf_rows(content)}</table>
<h2>قيد الإنجاز / In Progress</h2>
<ul>{pending}</ul>
<h2>المهارات واللغات / Skills and Languages</h2>
<p class="ltr">{" · ".join(escape(skill) for skill in content.skills)}</p>
</body></html>"""
