"""Blind-15's résumé made as a slide deck in LibreOffice Impress and printed to PDF.

``blind15_slides`` writes a flat ODP (the presentation as one XML file) that LibreOffice Impress
prints to PDF (the "fodp+libreoffice" renderer), one landscape 16:9 page per slide, as people
who live in presentation software make a "visual CV": a title slide with the name (and
post-nominals), the headline and the contact details; an "About me" slide with the profile
on the left and the current role with its bullets on the right; a "Licences & certifications"
slide whose credentials are cards in a grid of three columns, each a bold title, the issuer,
"Issued May 2022 · Expires May 2025", "Credential ID …" and the address without its scheme
(the link's target keeps it whole), wrapped inside the card; a last slide with what is being
worked towards and the skills. Every slide carries a running footer with the name and the slide
number, and the shapes of a slide are drawn backgrounds first, then text boxes.
"""

from __future__ import annotations

from html import escape

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

_NAMESPACES = " ".join(
    f'xmlns:{prefix}="urn:oasis:names:tc:opendocument:xmlns:{name}"'
    for prefix, name in (
        ("office", "office:1.0"),
        ("style", "style:1.0"),
        ("text", "text:1.0"),
        ("draw", "drawing:1.0"),
        ("fo", "xsl-fo-compatible:1.0"),
        ("svg", "svg-compatible:1.0"),
        ("presentation", "presentation:1.0"),
    )
)

_STYLES = """<office:font-face-decls>
<style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
</office:font-face-decls>
<office:automatic-styles>
<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm"
 fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="28cm"
 fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout>
<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties
 draw:fill="solid" draw:fill-color="#fbfaf7" presentation:display-footer="false"
 presentation:display-page-number="false"/></style:style>
<style:style style:name="box" style:family="graphic"><style:graphic-properties draw:stroke="none"
 draw:fill="none" draw:textarea-vertical-align="top" draw:auto-grow-height="true"
 fo:padding-top="0.1cm" fo:padding-bottom="0.1cm" fo:padding-left="0.2cm"
 fo:padding-right="0.2cm" fo:wrap-option="wrap"/></style:style>
<style:style style:name="band" style:family="graphic"><style:graphic-properties
 draw:stroke="none" draw:fill="solid" draw:fill-color="#3d2c8d"/></style:style>
<style:style style:name="card" style:family="graphic"><style:graphic-properties
 draw:stroke="solid" svg:stroke-color="#c9c2ea" svg:stroke-width="0.03cm" draw:fill="solid"
 draw:fill-color="#ffffff"/></style:style>
<style:style style:name="accent" style:family="graphic"><style:graphic-properties
 draw:stroke="none" draw:fill="solid" draw:fill-color="#f2a541"/></style:style>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties
 fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="DejaVu Sans"
 fo:font-size="11pt" fo:color="#2b2b3a"/></style:style>
<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties
 fo:margin-left="0.45cm" fo:text-indent="-0.35cm" fo:margin-bottom="0.12cm"/>
 <style:text-properties style:font-name="DejaVu Sans" fo:font-size="11pt"
 fo:color="#2b2b3a"/></style:style>
<style:style style:name="name" style:family="text"><style:text-properties fo:font-size="34pt"
 fo:font-weight="bold" fo:color="#3d2c8d"/></style:style>
<style:style style:name="lead" style:family="text"><style:text-properties fo:font-size="17pt"
 fo:color="#f2a541"/></style:style>
<style:style style:name="h" style:family="text"><style:text-properties fo:font-size="24pt"
 fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="b" style:family="text"><style:text-properties fo:font-size="12pt"
 fo:font-weight="bold" fo:color="#3d2c8d"/></style:style>
<style:style style:name="s" style:family="text"><style:text-properties fo:font-size="9.5pt"
 fo:color="#5c5870"/></style:style>
<style:style style:name="u" style:family="text"><style:text-properties fo:font-size="8pt"
 fo:color="#1a6fb0"/></style:style>
<style:style style:name="f" style:family="text"><style:text-properties fo:font-size="8pt"
 fo:color="#8a8798"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1"
 draw:style-name="dp1"/></office:master-styles>"""


def _span(text: str, style: str) -> str:
    return f'<text:span text:style-name="{style}">{escape(text)}</text:span>'


def _link(text: str, url: str, style: str) -> str:
    return (
        f'<text:span text:style-name="{style}"><text:a xlink:type="simple" '
        f'xlink:href="{escape(url)}">{escape(text)}</text:a></text:span>'
    )


def _paragraph(*spans: str, style: str = "P") -> str:
    return f'<text:p text:style-name="{style}">{"".join(spans)}</text:p>'


def _box(x: float, y: float, width: float, height: float, paragraphs: list[str]) -> str:
    return (
        f'<draw:frame draw:style-name="box" svg:x="{x}cm" svg:y="{y}cm" svg:width="{width}cm" '
        f'svg:height="{height}cm"><draw:text-box>{"".join(paragraphs)}</draw:text-box>'
        "</draw:frame>"
    )


def _rect(style: str, x: float, y: float, width: float, height: float) -> str:
    return (
        f'<draw:rect draw:style-name="{style}" svg:x="{x}cm" svg:y="{y}cm" '
        f'svg:width="{width}cm" svg:height="{height}cm"/>'
    )


def _slide(number: int, content: Content, title: str, shapes: list[str], texts: list[str]) -> str:
    backgrounds = [_rect("band", 0, 0, 28, 2.3), _rect("accent", 0, 2.3, 28, 0.12)] if title else []
    heading = [_box(1.2, 0.45, 24, 1.5, [_paragraph(_span(title, "h"))])] if title else []
    running = f"{content.name}  ·  Résumé 2026  ·  {number}"
    footer = _box(1.2, 14.85, 25.6, 0.7, [_paragraph(_span(running, "f"))])
    body = "".join([*backgrounds, *shapes, *heading, *texts, footer])
    return (
        f'<draw:page draw:name="Slide {number}" draw:master-page-name="Default" '
        f'draw:style-name="dp1">{body}</draw:page>'
    )


def _title_slide(content: Content) -> str:
    contact = [
        _paragraph(_span(content.location, "s")),
        _paragraph(_span(content.phone, "s")),
        _paragraph(_link(content.email, f"mailto:{content.email}", "s")),
        *(_paragraph(_link(text, url, "s")) for text, url in content.contact_links),
    ]
    texts = [
        _box(2.0, 4.2, 24, 2.4, [_paragraph(_span(display_name(content), "name"))]),
        _box(2.0, 7.0, 24, 1.2, [_paragraph(_span(content.headline, "lead"))]),
        _box(2.0, 9.2, 14, 4.0, contact),
    ]
    shapes = [_rect("band", 0, 0, 1.0, 15.75), _rect("accent", 2.2, 8.6, 5.0, 0.12)]
    return _slide(1, content, "", shapes, texts)


def _about_slide(content: Content) -> str:
    bullets = [_paragraph(_span(f"▸ {bullet}", "s"), style="PB") for bullet in content.bullets]
    texts = [
        _box(1.2, 3.1, 11.8, 10, [_paragraph(_span(content.summary, "s"))]),
        _box(14.2, 3.1, 12.6, 10, [
            _paragraph(_span(content.role, "b")),
            _paragraph(_span(f"{content.employer}  |  2019 – present", "s")),
            *bullets,
        ]),
    ]  # fmt: skip
    return _slide(2, content, "About me", [_rect("card", 13.8, 2.9, 13.2, 7.6)], texts)


def _card_lines(held: Credential) -> list[str]:
    lines = [_paragraph(_span(held.title, "b")), _paragraph(_span(held.issuer, "s"))]
    dates = f"Issued {month(held.issued_on, 'mon')}"
    if held.expires_on:
        dates += f" · Expires {month(held.expires_on, 'mon')}"
    lines.append(_paragraph(_span(dates, "s")))
    if held.credential_id:
        lines.append(_paragraph(_span(f"Credential ID {held.credential_id}", "s")))
    if held.url:
        shown = held.url.removeprefix("https://").removeprefix("www.")
        lines.append(_paragraph(_link(shown, held.url, "u")))
    return lines


def _credentials_slide(content: Content) -> str:
    shapes, texts = [], []
    for index, held in enumerate(content.credentials):
        x, y = 1.2 + (index % 3) * 8.65, 3.0 + (index // 3) * 5.8
        shapes.append(_rect("card", x, y, 8.2, 5.4))
        shapes.append(_rect("accent", x, y, 0.18, 5.4))
        texts.append(_box(x + 0.3, y + 0.2, 7.7, 5.0, _card_lines(held)))
    return _slide(3, content, "Licences & certifications", shapes, texts)


def _last_slide(content: Content) -> str:
    pending = [
        _paragraph(_span(f"▸ {text}", "s"), style="PB") for text in content.section_negatives
    ]
    skills = [_paragraph(_span(f"▸ {skill}", "s"), style="PB") for skill in content.skills]
    texts = [
        _box(1.2, 3.1, 12.4, 10, [_paragraph(_span("Working towards", "b")), *pending]),
        _box(14.6, 3.1, 12.2, 10, [_paragraph(_span("Skills & languages", "b")), *skills]),
    ]
    return _slide(4, content, "What's next", [], texts)


def blind15_slides(content: Content) -> str:
    slides = "".join((_title_slide(content), _about_slide(content),
                      _credentials_slide(content), _last_slide(content)))  # fmt: skip
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {_NAMESPACES} xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.presentation">
{_STYLES}
<office:body><office:presentation>{slides}</office:presentation></office:body>
</office:document>
"""
