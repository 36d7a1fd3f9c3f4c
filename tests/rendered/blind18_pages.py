"""blind-18's two pages printed by real renderers: a CV sent as an HTML e-mail (nested layout
tables, as e-mail templates are built) printed from a webmail's print view by Chromium, and a
LibreOffice Writer résumé whose credentials sit in a frame anchored to the page (a flat ODT
printed by LibreOffice)."""

from __future__ import annotations

from html import escape
from xml.sax.saxutils import escape as xml

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

# -- the e-mail --------------------------------------------------------------------------------

_MAIL_STYLE = """
body { font-family: Arial, Helvetica, sans-serif; font-size: 12.5px; color: #222; margin: 0; }
.bar { font-size: 11px; color: #555; border-bottom: 1px solid #ccc; padding: 6px 0; }
.subject { font-size: 17px; font-weight: bold; margin: 10px 0 2px; }
.meta td { font-size: 11.5px; color: #444; padding: 1px 0; }
table { border-collapse: collapse; }
.wrap { background: #eef1f4; padding: 14px 0; }
.card { background: #fff; width: 620px; }
.hd { background: #12355b; color: #fff; }
.label { font-size: 10.5px; letter-spacing: 1.5px; color: #12355b; font-weight: bold;
         border-bottom: 2px solid #12355b; padding: 12px 0 3px; }
.cell { padding: 5px 0; vertical-align: top; }
.small { font-size: 11px; color: #555; }
a { color: #1a5fb4; }
@page { size: A4; margin: 12mm; }
"""


def _mail_credential(held: Credential) -> str:
    dates = month(held.issued_on, "apos")
    if held.expires_on:
        dates += f" &ndash; {month(held.expires_on, 'apos')}"
    lines = [escape(held.issuer)]
    if held.credential_id:
        lines.append(f"Cert. # {escape(held.credential_id)}")
    link = (
        f'<tr><td colspan="2" class="small">Verify: <a href="{escape(held.url)}">'
        f"{escape(held.url)}</a></td></tr>"
        if held.url
        else ""
    )
    return (
        '<tr><td class="cell"><table width="100%" role="presentation"><tr>'
        f'<td><b>{escape(held.title)}</b></td><td align="right" class="small" width="130">'
        f"{dates}</td></tr>"
        f'<tr><td colspan="2" class="small">{" &nbsp;|&nbsp; ".join(lines)}</td></tr>'
        f"{link}</table></td></tr>"
    )


def _block(label: str, rows: str) -> str:
    return (
        f'<tr><td style="padding:0 24px"><table width="100%" role="presentation">'
        f'<tr><td class="label">{label}</td></tr>{rows}</table></td></tr>'
    )


def email_print(content: Content) -> str:
    first = content.name.split()[0]
    contact = " &middot; ".join(
        [escape(content.location), escape(content.phone)]
        + [
            f'<a href="{escape(url)}" style="color:#cfe3ff">{escape(text)}</a>'
            for text, url in content.contact_links
        ]
    )
    bullets = "".join(f'<tr><td class="cell">&bull; {escape(b)}</td></tr>' for b in content.bullets)
    pending = "".join(
        f'<tr><td class="cell small"><i>{escape(line)}</i></td></tr>'
        for line in content.section_negatives
    )
    credentials = "".join(_mail_credential(held) for held in content.credentials) + pending
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{_MAIL_STYLE}</style>
</head><body>
<div class="bar">Webmail &nbsp;&nbsp; recruitment.desk@northgate-talent.example</div>
<div class="subject">Application: {escape(content.headline)} &ndash; {escape(content.name)}</div>
<div class="small">1 message</div>
<table class="meta" width="100%"><tr><td><b>{escape(content.name)}</b>
&lt;{escape(content.email)}&gt;</td><td align="right">Mon, 7 Dec 2026 at 09:14</td></tr>
<tr><td>To: Northgate Talent &lt;recruitment.desk@northgate-talent.example&gt;</td></tr></table>
<p>Dear recruitment team,</p>
<p>Please find my CV below for the {escape(content.headline)} role. I am happy to share
copies of any certificate.</p><p>Kind regards,<br>{escape(first)}</p>
<table class="wrap" width="100%" role="presentation"><tr><td align="center">
<table class="card" role="presentation">
<tr><td class="hd" style="padding:20px 24px"><table width="100%" role="presentation">
<tr><td style="font-size:24px;font-weight:bold">{escape(display_name(content))}</td></tr>
<tr><td style="font-size:13px;color:#cfe3ff">{escape(content.headline)}</td></tr>
<tr><td style="font-size:11px;padding-top:6px">{contact}</td></tr></table></td></tr>
{_block("SUMMARY", f'<tr><td class="cell">{escape(content.summary)}</td></tr>')}
{
        _block(
            "EXPERIENCE",
            f'<tr><td class="cell"><b>{escape(content.role)}</b>, '
            f"{escape(content.employer)} &nbsp;"
            '<span class="small">2018 &ndash; now</span></td></tr>' + bullets,
        )
    }
{_block("LICENCES &amp; CERTIFICATES", credentials)}
{_block("SKILLS", f'<tr><td class="cell">{escape(", ".join(content.skills))}</td></tr>')}
<tr><td style="padding:14px 24px" class="small">Sent from my phone. This e-mail and any
attachment are confidential.</td></tr>
</table></td></tr></table></body></html>"""


# -- the Writer résumé with its credentials in a page-anchored frame ----------------------------

_FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="1.6cm" fo:margin-bottom="1.6cm" fo:margin-left="1.9cm" fo:margin-right="1.9cm"/>
 </style:page-layout>
 <style:style style:name="fr1" style:family="graphic">
  <style:graphic-properties style:wrap="left" style:number-wrapped-paragraphs="no-limit"
   fo:margin-left="0.45cm" fo:background-color="#f1ede4" draw:fill="solid"
   draw:fill-color="#f1ede4" fo:padding="0.3cm" draw:stroke="none"
   fo:border-left="0.06cm solid #8a6d3b" fo:border-right="none" fo:border-top="none"
   fo:border-bottom="none" style:vertical-pos="from-top" style:vertical-rel="page"
   style:horizontal-pos="from-left" style:horizontal-rel="page"/>
 </style:style>
 <style:style style:name="Name" style:family="paragraph">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="22pt"
   fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Head" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.1cm"
   fo:border-bottom="0.03cm solid #8a6d3b" fo:padding-bottom="0.05cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt"
   fo:font-weight="bold" fo:color="#5a4520" fo:letter-spacing="0.05cm"/>
 </style:style>
 <style:style style:name="Box" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.04cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="BoxTitle" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.22cm" fo:margin-bottom="0.04cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"
   fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Muted" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.04cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"
   fo:font-style="italic" fo:color="#555555"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body><office:text>
"""


def _p(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def _frame_credential(held: Credential) -> str:
    parts = [_p("BoxTitle", xml(held.title)), _p("Box", xml(held.issuer))]
    if held.credential_id:
        parts.append(_p("Box", f"Certificate No.: {xml(held.credential_id)}"))
    dates = f"Issued {month(held.issued_on, 'mon.')}"
    if held.expires_on:
        dates += f", valid to {month(held.expires_on, 'mon.')}"
    parts.append(_p("Box", dates))
    if held.url:
        link = f'<text:a xlink:type="simple" xlink:href="{xml(held.url)}">{xml(held.url)}</text:a>'
        parts.append(_p("Box", link))
    return "".join(parts)


def frame_fodt(content: Content) -> str:
    box = [_p("Head", "CREDENTIALS")]
    box.extend(_frame_credential(held) for held in content.credentials)
    box.append(_p("BoxTitle", "Not yet held"))
    box.extend(_p("Muted", xml(line)) for line in content.section_negatives)
    frame = (
        '<draw:frame draw:style-name="fr1" draw:name="Credentials" text:anchor-type="page" '
        'text:anchor-page-number="1" svg:x="13.1cm" svg:y="5.2cm" svg:width="6.1cm" '
        f'svg:height="21cm" draw:z-index="0"><draw:text-box fo:min-height="21cm">{"".join(box)}'
        "</draw:text-box></draw:frame>"
    )
    links = " · ".join(
        f'<text:a xlink:type="simple" xlink:href="{xml(url)}">{xml(text)}</text:a>'
        for text, url in content.contact_links
    )
    body = [
        frame,
        _p("Name", xml(display_name(content))),
        _p("Standard", f"<text:span>{xml(content.headline)}</text:span>"),
        _p(
            "Standard",
            f"{xml(content.location)} · {xml(content.phone)} · {xml(content.email)} · {links}",
        ),
        _p("Head", "PROFILE"),
        _p("Standard", xml(content.summary)),
        _p("Head", "EXPERIENCE"),
        _p("Standard", f"{xml(content.role)} — {xml(content.employer)}, 2017 – present"),
        *(_p("Standard", f"• {xml(bullet)}") for bullet in content.bullets),
        _p("Head", "SKILLS"),
        *(_p("Standard", xml(skill)) for skill in content.skills),
        _p("Head", "REFERENCES"),
        _p("Standard", "Available on request."),
    ]
    return _FODT_HEAD + "\n".join(body) + "\n</office:text></office:body></office:document>\n"
