"""blind-20's layouts (session 15, a20, who never read the extractor nor its tests): six recipes
no earlier group used, over the six contents of ``blind20_contents.py``.

- ``blind20-scan-pdf``: the printed résumé scanned by a phone app with OCR: page images with an
  invisible text layer in Tesseract's "GlyphLessFont" (``blind20_scan.py``).
- ``blind20-rotated-pdf``: a landscape résumé whose pages are portrait with ``/Rotate 90``, the
  content drawn turned, as ps2pdf leaves a landscape print (``blind20_sheets.py``).
- ``blind20-twoup-pdf``: a two-page résumé printed "2 pages per sheet": both pages Form
  XObjects scaled side by side on one landscape sheet (``blind20_sheets.py``).
- ``blind20-altchunk-docx``: a web builder's "Download as Word": a DOCX whose body is one
  ``w:altChunk`` and whose résumé is an HTML page in ``word/afchunk.mht`` (html-docx-js's way).
- ``blind20-lynx-text``: an HTML résumé dumped to text by a text browser (``lynx -dump``): links
  as ``[3]Verify``, their addresses listed under "References" at the bottom.
- ``blind20-notepad-text``: a résumé kept in Notepad and saved as "Unicode": UTF-16 LE with a
  byte-order mark, CRLF line ends, fields after tabs.
"""

from __future__ import annotations

import html
import io
import textwrap
import zipfile

from tests.rendered.blind20_scan import scanned
from tests.rendered.blind20_sheets import lapsed, rotated, two_up
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import ALL_FIELDS, Layout, display_name, month

# -- a web builder's DOCX: one altChunk, the résumé an MHT part -------------------------------

_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
  <Override PartName="/word/afchunk.mht" ContentType="message/rfc822"/>
</Types>"""  # noqa: E501

_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document.xml" Id="R09c83fafc067488e" />
</Relationships>"""  # noqa: E501

_DOCUMENT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:ns6="http://schemas.openxmlformats.org/schemaLibrary/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:ns8="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:ns9="http://schemas.openxmlformats.org/drawingml/2006/lockedCanvas" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word">
  <w:body>
    <w:altChunk r:id="htmlChunk" />
    <w:sectPr>
      <w:pgSz w:w="11906" w:h="16838" w:orient="portrait" />
      <w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/>
    </w:sectPr>
  </w:body>
</w:document>"""  # noqa: E501

_DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="/word/afchunk.mht" Id="htmlChunk" />
</Relationships>"""  # noqa: E501

_MHT = """MIME-Version: 1.0
Content-Type: multipart/related;
    type="text/html";
    boundary="----=mhtDocumentPart"


------=mhtDocumentPart
Content-Type: text/html;
    charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Content-Location: file:///C:/fake/document.html

{page}

------=mhtDocumentPart--
"""


def _row(held: Credential) -> str:
    def cell(text: str) -> str:
        return f'<td style="padding:4px 6px;border-bottom:1px solid #ddd">{text}</td>'

    link = f'<a href="{html.escape(held.url)}">Verify</a>' if held.url else ""
    expiry = month(held.expires_on, "slash") + (" (expired)" if lapsed(held) else "")
    return "<tr>" + "".join(cell(text) for text in (
        f"<b>{html.escape(held.title)}</b>", html.escape(held.issuer),
        html.escape(held.credential_id or ""), month(held.issued_on, "slash"), expiry, link,
    )) + "</tr>"  # fmt: skip


def builder_page(content: Content) -> str:
    """The builder's HTML, as it hands it to html-docx-js."""
    links = " | ".join(f'<a href="{url}">{text}</a>' for text, url in content.contact_links)
    heads = "".join(f'<th style="text-align:left;padding:4px 6px;background:#e8eef5">{h}</th>'
                    for h in ("Certification", "Issuing organisation", "Credential ID",
                              "Earned", "Expires", ""))  # fmt: skip
    rows = "".join(_row(held) for held in content.credentials)
    pending = "".join(f"<li>{html.escape(line)}</li>" for line in content.section_negatives)
    bullets = "".join(f"<li>{html.escape(bullet)}</li>" for bullet in content.bullets)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Resume</title></head>
<body style="font-family:Calibri, Arial, sans-serif;font-size:11pt">
<h1 style="font-size:24pt;color:#1f3864;margin:0">{html.escape(display_name(content))}</h1>
<p style="font-size:13pt;color:#555;margin:0">{html.escape(content.headline)}</p>
<p>{html.escape(content.location)} | {html.escape(content.phone)} | <a href="mailto:{content.email}">{content.email}</a> | {links}</p>
<h2 style="color:#1f3864;font-size:14pt">Professional Summary</h2>
<p>{html.escape(content.summary)}</p>
<h2 style="color:#1f3864;font-size:14pt">Work Experience</h2>
<p><b>{html.escape(content.role)}</b> — {html.escape(content.employer)}, 02/2018 – Present</p>
<ul>{bullets}</ul>
<h2 style="color:#1f3864;font-size:14pt">Licenses &amp; Certifications</h2>
<table style="border-collapse:collapse;width:100%;font-size:10pt">
<tr>{heads}</tr>{rows}</table>
<p><i>In progress</i></p><ul>{pending}</ul>
<h2 style="color:#1f3864;font-size:14pt">Skills</h2>
<p>{html.escape(", ".join(content.skills))}</p>
</body></html>"""  # noqa: E501


def altchunk_docx(content: Content) -> bytes:
    page = builder_page(content).replace("=", "=3D")  # html-docx-js's quoted-printable
    out = io.BytesIO()
    parts = (("[Content_Types].xml", _TYPES), ("_rels/.rels", _RELS),
             ("word/document.xml", _DOCUMENT), ("word/afchunk.mht", _MHT.format(page=page)),
             ("word/_rels/document.xml.rels", _DOCUMENT_RELS))  # fmt: skip
    with zipfile.ZipFile(out, "w") as package:
        for name, text in parts:  # the builder's export time, fixed so the file stays the same
            stamped = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 9, 14, 2))
            package.writestr(stamped, text, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


# -- lynx -dump ---------------------------------------------------------------------------------


class _Dump:
    """Text as ``lynx -dump`` lays it out: paragraphs indented 3, list items "* " at 5 (their
    lines carried on at 7), wrapped to 78 columns, each link "[n]" before its text."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.links: list[str] = []

    def link(self, url: str, text: str) -> str:
        self.links.append(url)
        return f"[{len(self.links)}]{text}"

    def heading(self, text: str) -> None:
        self.lines.extend(["", text, ""])

    def paragraph(self, text: str, indent: int = 3) -> None:
        self.lines.extend(textwrap.wrap(text, 78, initial_indent=" " * indent,
                                        subsequent_indent=" " * indent, break_long_words=False,
                                        break_on_hyphens=False))  # fmt: skip

    def item(self, text: str) -> None:
        self.lines.extend(textwrap.wrap(text, 78, initial_indent="     * ",
                                        subsequent_indent=" " * 7, break_long_words=False,
                                        break_on_hyphens=False))  # fmt: skip

    def text(self) -> str:
        refs = [f"{number:4d}. {url}" for number, url in enumerate(self.links, start=1)]
        return "\n".join([*self.lines, "", "References", "", *refs]) + "\n"


def lynx_dump(content: Content) -> str:
    dump = _Dump()
    dump.lines.append(display_name(content))
    dump.lines.append("")
    dump.paragraph(content.headline)
    mail = dump.link("mailto:" + content.email, content.email)
    profiles = "".join(f" | {dump.link(url, text)}" for text, url in content.contact_links)
    dump.paragraph(f"{content.location} | {content.phone} | {mail}{profiles}")
    dump.heading("About")
    dump.paragraph(content.summary)
    dump.heading("Experience")
    dump.paragraph(f"{content.role} -- {content.employer} (2018 - present)")
    dump.lines.append("")
    for bullet in content.bullets:
        dump.item(bullet)
    dump.heading("Certifications")
    for held in content.credentials:
        parts = [f"{held.title} — {held.issuer}.", f"Issued {month(held.issued_on, 'mon.')}"]
        if held.expires_on:
            verb = "expired" if lapsed(held) else "expires"
            parts[-1] += f", {verb} {month(held.expires_on, 'mon.')}"
        parts[-1] += "."
        if held.credential_id:
            parts.append(f"Credential ID {held.credential_id}.")
        if held.url:
            parts.append(dump.link(held.url, "Verify"))
        dump.item(" ".join(parts))
    dump.lines.append("")
    dump.paragraph("Working on:")
    dump.lines.append("")
    for line in content.section_negatives:
        dump.item(line)
    dump.heading("Skills")
    dump.paragraph(" / ".join(content.skills))
    return dump.text()


# -- Notepad, saved as "Unicode" --------------------------------------------------------------


def notepad_unicode(content: Content) -> bytes:
    lines = [display_name(content).upper(), content.headline,
             f"{content.location}\t{content.phone}\t{content.email}",
             *(f"{text}:\t{url}" for text, url in content.contact_links),
             "", "PROFILE", content.summary, "", "EXPERIENCE",
             f"{content.role}, {content.employer}\t2018 - present",
             *(f"- {bullet}" for bullet in content.bullets),
             "", "LICENCES & CERTIFICATIONS"]  # fmt: skip
    for held in content.credentials:
        lines.append(held.title)
        lines.append(f"\tIssuer:\t\t{held.issuer}")
        if held.credential_id:
            lines.append(f"\tNumber:\t\t{held.credential_id}")
        if held.expires_on:
            valid = f"{month(held.issued_on, 'mon-dash')} to {month(held.expires_on, 'mon-dash')}"
            lines.append(f"\tValid:\t\t{valid}" + (" (lapsed)" if lapsed(held) else ""))
        else:
            lines.append(f"\tAwarded:\t{month(held.issued_on, 'mon-dash')}")
        if held.url:
            lines.append(f"\tVerify:\t\t{held.url}")
    lines.extend(["", "Not yet held:", *(f"- {line}" for line in content.section_negatives),
                  "", "SKILLS", ", ".join(content.skills), ""])  # fmt: skip
    return "\ufeff".encode("utf-16-le") + "\r\n".join(lines).encode("utf-16-le")


BLIND20_LAYOUTS: tuple[Layout, ...] = tuple(
    Layout(key, renderer, build, ALL_FIELDS, held_out=True, group="blind-20")
    for key, renderer, build in (
        ("blind20-scan-pdf", "pdf", scanned),
        ("blind20-rotated-pdf", "pdf", rotated),
        ("blind20-twoup-pdf", "pdf", two_up),
        ("blind20-altchunk-docx", "python-docx", altchunk_docx),
        ("blind20-lynx-text", "text", lynx_dump),
        ("blind20-notepad-text", "text", notepad_unicode),
    )
)
