"""blind-23's LibreOffice Writer résumé and its text résumé, and the group's list of layouts.

``writer`` is a résumé written in LibreOffice Writer and saved as Word (File ▸ Save As ▸ Word
2007-365), the DOCX as LibreOffice's own writer makes it (the "fodt+libreoffice-docx" renderer:
a flat ODT converted by ``soffice --convert-to docx``): Writer's "Title" and "Heading 1" styles,
each credential an item of a bulleted Writer list whose first paragraph is the title with its
dates pushed to the right margin by a right tab stop with a dotted leader, and whose next
paragraphs (in the same item, unbulleted) hold "Issuer · Certificate no. …" and the address,
which Writer's AutoCorrect made a link.

``chatbot_text`` is a résumé an assistant chatbot polished, copied out of the chat with its
Markdown and pasted into a text file as it was: the chatbot's opening and closing sentences
left in, headings with emoji ("### 🏅 Certifications"), bold titles, italic dates, "ID:" in
backticks and "[Verify credential](https://…)" links whose address is only in the brackets.

Made in session 17 by a helper (a23) who never read the extractor nor its tests.
"""

from __future__ import annotations

from html import escape

from tests.rendered.blind23_contents import (
    EXTRAS,
    id_label,
    index_of,
    section_name,
    style_of,
    when,
)
from tests.rendered.blind23_pages import cards, phone
from tests.rendered.blind23_word import datepicker, gdocs, spanrows
from tests.rendered.contents import Content
from tests.rendered.layout import ALL_FIELDS, Layout, display_name, month

_ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)

_STYLES = """<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm"
 fo:margin-bottom="0.1cm"/><style:text-properties style:font-name="Liberation Sans"
 fo:font-size="10pt"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"
 style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm"/>
</style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"
 style:class="chapter"><style:paragraph-properties fo:margin-bottom="0.05cm"/>
<style:text-properties fo:font-size="22pt" fo:font-weight="bold" fo:color="#1e4d2b"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard"
 style:class="chapter"><style:paragraph-properties fo:margin-bottom="0.3cm"/>
<style:text-properties fo:font-size="12pt" fo:color="#555555"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
 style:parent-style-name="Standard" style:default-outline-level="1" style:class="text">
<style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.15cm"
 fo:border-bottom="0.5pt solid #1e4d2b" fo:padding-bottom="0.05cm"/>
<style:text-properties fo:font-size="12.5pt" fo:font-weight="bold" fo:color="#1e4d2b"/>
</style:style>
<style:style style:name="Entry" style:family="paragraph" style:parent-style-name="Standard">
<style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0cm"><style:tab-stops>
<style:tab-stop style:position="16.2cm" style:type="right" style:leader-style="dotted"
 style:leader-text="."/></style:tab-stops></style:paragraph-properties>
<style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Detail" style:family="paragraph" style:parent-style-name="Standard">
<style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt"
 fo:color="#444444"/></style:style>
<style:style style:name="Internet_20_link" style:display-name="Internet link"
 style:family="text"><style:text-properties fo:color="#000080"
 style:text-underline-style="solid"/></style:style>
<style:style style:name="Dates" style:family="text"><style:text-properties
 fo:font-weight="normal" fo:color="#555555"/></style:style>
<text:list-style style:name="List_20_1" style:display-name="List 1">
<text:list-level-style-bullet text:level="1" text:bullet-char="•">
<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
<style:list-level-label-alignment text:label-followed-by="listtab"
 text:list-tab-stop-position="0.6cm" fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/>
</style:list-level-properties>
</text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties
 fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.8cm"
 fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>"""


def _p(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def _list(items: list[str]) -> str:
    return (
        '<text:list text:style-name="List_20_1">'
        + "".join(f"<text:list-item>{item}</text:list-item>" for item in items)
        + "</text:list>"
    )


def writer(content: Content) -> str:
    """A Writer résumé as a flat ODT; LibreOffice saves it as DOCX."""
    extra, style = EXTRAS[content.key], style_of(content, 6)
    items = []
    for held in content.credentials:
        parts = [_p("Entry", f'{escape(held.title)}<text:tab/><text:span text:style-name="Dates">'
                    f"{escape(when(held, style))}</text:span>")]  # fmt: skip
        detail = escape(held.issuer)
        if held.credential_id:
            detail += f" · {escape(id_label(held))} {escape(held.credential_id)}"
        parts.append(_p("Detail", detail))
        if held.url:
            url = escape(held.url)
            parts.append(_p("Detail", f'<text:a xlink:type="simple" xlink:href="{url}" '
                            f'text:style-name="Internet_20_link">{url}</text:a>'))  # fmt: skip
        items.append("".join(parts))
    job = (f"{escape(content.role)}, {escape(content.employer)}<text:tab/>"
           f'<text:span text:style-name="Dates">{escape(month(extra.since, style))} – '
           "present</text:span>")  # fmt: skip
    contact = f"{content.headline} | {content.location} | {content.phone} | {content.email}"
    body = [
        _p("Title", escape(display_name(content))),
        _p("Subtitle", escape(contact)),
        _p("Heading_20_1", "Profile"),
        _p("Text_20_body", escape(content.summary)),
        _p("Heading_20_1", "Work experience"),
        _p("Entry", job),
        _list([_p("Detail", escape(bullet)) for bullet in content.bullets]),
        _p(
            "Entry",
            f"{escape(extra.earlier[0])}, {escape(extra.earlier[1])}<text:tab/>"
            f'<text:span text:style-name="Dates">{escape(extra.earlier[2])}</text:span>',
        ),
        _p("Heading_20_1", escape(section_name(content, 6))),
        _list(items),
        _p("Heading_20_1", "Currently"),
        _list([_p("Detail", escape(text)) for text in content.section_negatives]),
        _p("Heading_20_1", "Education"),
        *(_p("Text_20_body", escape(line)) for line in extra.education),
        _p("Heading_20_1", "Skills"),
        _p("Text_20_body", escape(", ".join(content.skills))),
    ]
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {_ODF} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        '<office:font-face-decls><style:font-face style:name="Liberation Sans" '
        "svg:font-family=\"'Liberation Sans'\"/></office:font-face-decls>"
        + _STYLES
        + "<office:body><office:text>"
        + "".join(body)
        + "</office:text></office:body></office:document>"
    )


_OPENINGS = (
    "Sure! Here's a polished, ATS-friendly version of your résumé:",
    "Absolutely — here is your updated résumé with a cleaner structure:",
)
_CLOSINGS = (
    "Would you like me to tailor this résumé to a specific job posting?",
    "Let me know if you'd like a shorter one-page version or a matching cover letter!",
)


def chatbot_text(content: Content) -> str:
    """A chatbot's Markdown résumé, copied out of the chat as it was."""
    extra, style = EXTRAS[content.key], style_of(content, 7)
    number = index_of(content)
    lines = [_OPENINGS[number % 2], "", "---", "", f"# **{display_name(content)}**",
             f"**{content.headline}**",
             f"📍 {content.location} | 📞 {content.phone} | ✉️ {content.email}", "", "---", "",
             "### 🧑‍💼 Professional Summary", "", content.summary, "",
             "### 💼 Work Experience", "",
             f"**{content.role}** — *{content.employer}*",
             f"*{month(extra.since, style)} – Present*", "",
             *(f"* {bullet}" for bullet in content.bullets), "",
             f"**{extra.earlier[0]}** — *{extra.earlier[1]}*", f"*{extra.earlier[2]}*", "",
             f"### 🏅 {section_name(content, 7)}", ""]  # fmt: skip
    for held in content.credentials:
        dates = when(held, style).replace(" (expired)", ", expired")
        lines.append(f"* **{held.title}** — {held.issuer} *({dates})*")
        details = []
        if held.credential_id:
            details.append(f"{id_label(held)} `{held.credential_id}`")
        if held.url:
            details.append(f"[Verify credential]({held.url})")
        if details:
            lines.append("  " + " · ".join(details))
    lines += ["", "### 📚 In Progress", "", *(f"* {text}" for text in content.section_negatives),
              "", "### 🎓 Education", "", *(f"* {line}" for line in extra.education), "",
              "### 🛠️ Skills", "", " • ".join(content.skills), "", "---", "",
              _CLOSINGS[number % 2], ""]  # fmt: skip
    return "\n".join(lines)


BLIND23_LAYOUTS: tuple[Layout, ...] = tuple(
    Layout(key, renderer, build, ALL_FIELDS, held_out=True, group="blind-23")
    for key, renderer, build in (
        ("blind23-gdocs-docx", "python-docx", gdocs),
        ("blind23-writer-docx", "fodt+libreoffice-docx", writer),
        ("blind23-datepicker-docx", "python-docx", datepicker),
        ("blind23-cards-pdf", "chromium", cards),
        ("blind23-phone-pdf", "chromium", phone),
        ("blind23-spanrows-pdf", "libreoffice", spanrows),
        ("blind23-chatbot-text", "text", chatbot_text),
    )
)
