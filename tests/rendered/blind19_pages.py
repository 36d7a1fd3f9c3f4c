"""blind-19's two Chromium pages and the words its layouts share.

``canva`` is a design tool's résumé (Canva-like) exported to PDF: every block of text is a text
box placed absolutely on the page, and the page's code lists them in the design's layer order,
not in reading order: the backgrounds, the name, the headings, the credentials' titles, the
body text, and last the credentials' dates and details, added after the rest (each date box
right-aligned beside its title, each detail box under it, a "Verify ↗" box whose address is
only its link's target).

``flowcv`` is an online builder's one-column résumé (FlowCV/Kickresume-like) whose
certificates are a two-column list (CSS ``column-count: 2``): each entry its title (the link to
its address when it has one), its issuer, its dates and its number, read down the first column
and then down the second.

Made in session 15 by a helper (a19) who never read the extractor nor its tests.
"""

from __future__ import annotations

from html import escape

from tests.rendered.blind19_contents import BLIND19_CONTENTS, EXTRAS
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

#: The month the résumés were written in: an expiry before it is written as lapsed.
NOW = "2026-12"


def lapsed(credential: Credential) -> bool:
    return bool(credential.expires_on) and str(credential.expires_on) < NOW


def index_of(content: Content) -> int:
    return [c.key for c in BLIND19_CONTENTS].index(content.key)


def section_name(content: Content, offset: int) -> str:
    names = ("Certifications", "Licenses & Certifications", "Certifications & Licenses",
             "Credentials", "Certificates", "Professional Certifications",
             "Licences & Certifications", "Certifications & Training")  # fmt: skip
    return names[(index_of(content) + offset) % len(names)]


def id_label(credential: Credential) -> str:
    """How the résumé names a credential's number: a licence's, a member's, a card's."""
    if "Licen" in credential.title:
        return "Licence No." if "SIA" in credential.title else "License #"
    if credential.issuer == "AAPC":
        return "Member ID"
    if "Heart" in credential.issuer or "Red Cross" in credential.issuer:
        return "eCard" if "Heart" in credential.issuer else "Certificate ID"
    if "FINRA" in credential.issuer:
        return "CRD#"
    return "Credential ID"


def dates(held: Credential, style: str) -> str:
    """The dates as "Mar 2024 – Mar 2027", "Mar 2021 – May 2024 (expired)", or the issue date
    alone."""
    issued = month(held.issued_on, style)
    if not held.expires_on:
        return issued
    ended = f"{issued} – {month(held.expires_on, style)}"
    return ended + " (expired)" if lapsed(held) else ended


CANVA_STYLE = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; color: #2f2f2f; }
.page { position: relative; width: 210mm; height: 297mm; overflow: hidden; }
.box { position: absolute; margin: 0; }
.bg { position: absolute; }
.name { font-size: 21pt; font-weight: bold; letter-spacing: 1px; color: #1e3d59; }
.head { font-size: 11pt; font-weight: bold; letter-spacing: 2px; color: #1e3d59;
        text-transform: uppercase; }
.t { font-size: 9.4pt; font-weight: bold; line-height: 1.2; }
.d { font-size: 8.4pt; color: #555; text-align: right; }
.s { font-size: 8.2pt; color: #555; line-height: 1.25; }
.p { font-size: 9pt; line-height: 1.35; }
.side { font-size: 8.6pt; color: #fff; line-height: 1.45; }
a { color: #1e6fa8; text-decoration: none; }
"""


def _box(x: float, y: float, width: float, html: str, kind: str, more: str = "") -> str:
    return (f'<div class="box {kind}" style="left:{x}mm;top:{y}mm;width:{width}mm;{more}">'
            f"{html}</div>")  # fmt: skip


def canva(content: Content) -> str:
    """A design tool's résumé: absolutely placed text boxes listed in layer order."""
    extra = EXTRAS[content.key]
    style = ("mon", "slash", "full")[index_of(content) % 3]
    backgrounds = ('<div class="bg" style="left:0;top:0;width:64mm;height:297mm;'
                   'background:#1e3d59"></div><div class="bg" style="left:72mm;top:36mm;'
                   'width:128mm;height:0.6mm;background:#f5b841"></div>')  # fmt: skip
    layers = [backgrounds,
              _box(72, 12, 130, escape(display_name(content)), "name"),
              _box(72, 27, 130, escape(content.headline), "p"),
              _box(72, 42, 128, "Profile", "head"),
              _box(72, 84, 128, "Experience", "head"),
              _box(72, 150, 128, escape(section_name(content, 0)), "head"),
              _box(8, 14, 50, "Contact", "head", "color:#f5b841"),
              _box(8, 96, 50, "Skills", "head", "color:#f5b841"),
              _box(8, 160, 50, "Education", "head", "color:#f5b841")]  # fmt: skip
    tops = [158 + 17 * number for number in range(len(content.credentials))]
    layers += [_box(72, top, 88, escape(held.title), "t")
               for held, top in zip(content.credentials, tops, strict=True)]  # fmt: skip
    contact = [
        content.phone,
        content.email,
        content.location,
        *(f'<a href="{escape(t)}">{escape(x)}</a>' for x, t in content.contact_links),
    ]
    layers += [
        _box(72, 50, 128, escape(content.summary), "p"),
        _box(
            72,
            92,
            128,
            f"<b>{escape(content.role)}</b> · {escape(content.employer)}"
            f"<br>{month(extra.since, style)} – Present",
            "p",
        ),
        _box(76, 102, 124, "<br>".join("• " + escape(b) for b in content.bullets), "p"),
        _box(
            72,
            131,
            128,
            f"<b>{escape(extra.earlier[0])}</b> · "
            f"{escape(extra.earlier[1])} · {escape(extra.earlier[2])}",
            "p",
        ),
        _box(
            8, 22, 50, "<br>".join(c if c.startswith("<a") else escape(c) for c in contact), "side"
        ),
        _box(8, 104, 50, "<br>".join(escape(s) for s in content.skills), "side"),
        _box(8, 168, 50, "<br>".join(escape(e) for e in extra.education), "side"),
    ]
    pending = 158 + 17 * len(content.credentials)
    layers.append(
        _box(
            72,
            pending,
            128,
            "<br>".join("In progress — " + escape(text) for text in content.section_negatives),
            "s",
        )
    )
    for held, top in zip(content.credentials, tops, strict=True):
        layers.append(_box(160, top, 40, escape(dates(held, style)), "d"))
        detail = [escape(held.issuer)]
        if held.credential_id:
            detail.append(f"{id_label(held)} {escape(held.credential_id)}")
        layers.append(_box(72, top + 8.6, 100, " · ".join(detail), "s"))
        if held.url:
            link = f'<a href="{escape(held.url)}">Verify ↗</a>'
            layers.append(_box(176, top + 8.6, 24, link, "s", "text-align:right"))
    return (f'<!doctype html><html><head><meta charset="utf-8"><style>{CANVA_STYLE}</style>'
            f'</head><body><div class="page">{"".join(layers)}</div></body></html>')  # fmt: skip


FLOWCV_STYLE = """
@page { size: A4; margin: 14mm 15mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.3pt; color: #222; }
h1 { font-size: 21pt; margin: 0; color: #0f4c5c; } .sub { font-size: 11pt; color: #555; }
.contact { margin: 6px 0 4px; font-size: 8.8pt; color: #333; }
h2 { font-size: 10.5pt; text-transform: uppercase; letter-spacing: 1.2px; color: #0f4c5c;
     border-bottom: 1.5px solid #0f4c5c; padding-bottom: 2px; margin: 14px 0 7px; }
.row { display: flex; justify-content: space-between; } .muted { color: #666; }
ul { margin: 3px 0 6px 16px; padding: 0; }
.grid { column-count: 2; column-gap: 9mm; }
.entry { break-inside: avoid; margin: 0 0 8px; }
.entry b a, .entry b { color: #0f4c5c; text-decoration: none; }
.entry div { font-size: 8.6pt; }
"""


def flowcv(content: Content) -> str:
    """An online builder's résumé whose certificates are a two-column list."""
    extra = EXTRAS[content.key]
    style = ("slash", "mon", "mon.", "full")[index_of(content) % 4]
    entries = []
    for held in content.credentials:
        title = escape(held.title)
        head = f'<a href="{escape(held.url)}">{title} ↗</a>' if held.url else title
        lines = [escape(held.issuer), escape(dates(held, style))]
        if held.credential_id:
            lines.append(f"{id_label(held)}: {escape(held.credential_id)}")
        entries.append(f'<div class="entry"><b>{head}</b>'
                       + "".join(f'<div class="muted">{line}</div>' for line in lines)
                       + "</div>")  # fmt: skip
    entries += [f'<div class="entry"><b>{escape(t.split(":")[0])}</b><div class="muted">'
                f'{escape(t.split(":", 1)[1].strip())}</div></div>'
                for t in content.section_negatives]  # fmt: skip
    links = "".join(f' · <a href="{escape(t)}">{escape(x)}</a>' for x, t in content.contact_links)
    bullets = "".join(f"<li>{escape(b)}</li>" for b in content.bullets)
    title, employer, years = extra.earlier
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{FLOWCV_STYLE}</style>
</head><body><h1>{escape(display_name(content))}</h1><div class="sub">{escape(content.headline)}
</div><div class="contact">{escape(content.email)} · {escape(content.phone)} ·
{escape(content.location)}{links}</div><h2>Profile</h2><p>{escape(content.summary)}</p>
<h2>Professional Experience</h2><div class="row"><b>{escape(content.role)},
{escape(content.employer)}</b><span class="muted">{month(extra.since, style)} – present</span>
</div><ul>{bullets}</ul><div class="row"><b>{escape(title)}, {escape(employer)}</b>
<span class="muted">{escape(years)}</span></div><h2>{escape(section_name(content, 1))}</h2>
<div class="grid">{"".join(entries)}</div><h2>Education</h2>
{"".join(f"<div>{escape(line)}</div>" for line in extra.education)}<h2>Skills</h2>
<p>{escape(" · ".join(content.skills))}</p></body></html>"""
