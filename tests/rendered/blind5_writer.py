"""The "blind-5" LibreOffice Writer CV and plain-text résumé.

* ``blind5_writer_fodt``: a CV written in LibreOffice Writer (a flat ODT, ``.fodt``) and exported
  to PDF by LibreOffice itself: each section a heading with a rule under it, then a borderless
  two-column table, the dates on the left ("05/2023 – 05/2026"), the entry on the right: title in
  bold, then issuer, credential ID and the verification URL as a hyperlink showing the URL.
* ``blind5_plain_text``: the résumé pasted into a job board's plain-text box (or Word's "Save as
  plain text"): capitals and dashes for headings, each certification on an indented block.

Written by an author who never read the extractor. The document links nothing outside itself.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)

_STYLES = """
<office:font-face-decls>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.06cm"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="9.5pt" fo:color="#222222"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Name" style:family="paragraph">
  <style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="#7a2e1f"/>
 </style:style>
 <style:style style:name="Headline" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="11pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Section" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.15cm"
   fo:border-bottom="0.5pt solid #7a2e1f" fo:padding-bottom="0.05cm"/>
  <style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="#7a2e1f"/>
 </style:style>
 <style:style style:name="Entry" style:family="paragraph">
  <style:text-properties fo:font-size="10pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph">
  <style:text-properties fo:font-size="8.5pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="When" style:family="paragraph">
  <style:text-properties fo:font-size="8.5pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Internet_20_link" style:display-name="Internet Link"
  style:family="text">
  <style:text-properties fo:color="#1a4d8f" style:text-underline-style="solid"
   style:text-underline-width="auto" style:text-underline-color="font-color"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="1.8cm" fo:margin-bottom="1.6cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
 </style:page-layout>
 <style:style style:name="Grid" style:family="table">
  <style:table-properties style:width="17cm" table:align="left"/>
 </style:style>
 <style:style style:name="Grid.A" style:family="table-column">
  <style:table-column-properties style:column-width="3.6cm"/>
 </style:style>
 <style:style style:name="Grid.B" style:family="table-column">
  <style:table-column-properties style:column-width="13.4cm"/>
 </style:style>
 <style:style style:name="Grid.cell" style:family="table-cell">
  <style:table-cell-properties fo:padding-top="0.04cm" fo:padding-bottom="0.16cm"
   fo:padding-left="0cm" fo:padding-right="0.2cm" fo:border="none"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
"""


def _p(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def _link(url: str, text: str) -> str:
    return (
        f'<text:a xlink:type="simple" xlink:href={quoteattr(url)} '
        f'text:style-name="Internet_20_link">{escape(text)}</text:a>'
    )


def _row(left: str, right: str) -> str:
    cell = '<table:table-cell table:style-name="Grid.cell" office:value-type="string">'
    return (
        f"<table:table-row>{cell}{left}</table:table-cell>"
        f"{cell}{right}</table:table-cell></table:table-row>"
    )


def _grid(rows: list[str], name: str) -> str:
    return (
        f'<table:table table:name="{name}" table:style-name="Grid">'
        '<table:table-column table:style-name="Grid.A"/>'
        '<table:table-column table:style-name="Grid.B"/>'
        f"{''.join(rows)}</table:table>"
    )


def _slash_span(held: Credential) -> str:
    issued = month(held.issued_on, "slash")
    return f"{issued} – {month(held.expires_on, 'slash')}" if held.expires_on else issued


def _fodt_cert(held: Credential) -> str:
    right = [_p("Entry", held.title), _p("Standard", held.issuer)]
    if held.credential_id:
        right.append(_p("Small", f"Credential ID: {held.credential_id}"))
    if held.url:
        right.append(f'<text:p text:style-name="Small">{_link(held.url, held.url)}</text:p>')
    return _row(_p("When", _slash_span(held)), "".join(right))


def blind5_writer_fodt(content: Content) -> str:
    """A Writer CV: rule-headed sections over two-column borderless tables, dates on the left."""
    links = " · ".join(_link(url, text) for text, url in content.contact_links)
    contact = escape(f"{content.email} · {content.phone} · {content.location}")
    job = [_p("Entry", content.role), _p("Standard", content.employer)]
    job.extend(_p("Standard", f"• {bullet}") for bullet in content.bullets)
    certs = [_fodt_cert(held) for held in content.credentials]
    certs.extend(_row(_p("When", ""), _p("Standard", line)) for line in content.section_negatives)
    body = "".join(
        [
            _p("Name", display_name(content)),
            _p("Headline", content.headline),
            f'<text:p text:style-name="Standard">{contact}</text:p>',
            f'<text:p text:style-name="Standard">{links}</text:p>' if links else "",
            _p("Section", "Profile"),
            _p("Standard", content.summary),
            _p("Section", "Professional experience"),
            _grid([_row(_p("When", "03/2021 – today"), "".join(job))], "Experience"),
            _p("Section", "Certifications"),
            _grid(certs, "Certifications"),
            _p("Section", "Skills"),
            _p("Standard", ", ".join(content.skills)),
        ]
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {_NAMESPACES} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        f"{_STYLES}<office:body><office:text>{body}</office:text></office:body></office:document>\n"
    )


def _text_cert(held: Credential) -> list[str]:
    issued = month(held.issued_on, "mon")
    dates = f"{issued} - {month(held.expires_on, 'mon')}" if held.expires_on else issued
    lines = [held.title, f"  {held.issuer}, {dates}"]
    if held.credential_id:
        lines.append(f"  Credential ID: {held.credential_id}")
    if held.url:
        lines.append(f"  {held.url}")
    return [*lines, ""]


def _heading(title: str) -> list[str]:
    return ["", title.upper(), "-" * len(title)]


def blind5_plain_text(content: Content) -> str:
    """A plain-text résumé as a job board's text box keeps it."""
    lines = [
        display_name(content).upper(),
        content.headline,
        f"{content.location} · {content.phone} · {content.email}",
        *(f"{text}: {url}" for text, url in content.contact_links),
        *_heading("Profile"),
        content.summary,
        *_heading("Experience"),
        f"{content.role}, {content.employer} (Mar 2021 - present)",
        *(f"- {bullet}" for bullet in content.bullets),
        *_heading("Certifications"),
    ]
    for held in content.credentials:
        lines.extend(_text_cert(held))
    lines.extend(content.section_negatives)
    lines.extend([*_heading("Skills"), ", ".join(content.skills), ""])
    return "\n".join(lines)
