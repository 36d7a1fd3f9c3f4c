"""blind-24's layouts (session 17, a24, who never read the extractor nor its tests nor any
group's misses): six ways software writes a résumé file that no earlier group used, over the six
contents of ``blind24_contents.py``.

- ``blind24-glyph-pdf``: a design tool's export that places every glyph on its own (one
  ``Tm``/``Tj`` per character, kerning and letter-spacing in the positions, no space drawn)
  (``blind24_pdf.py``).
- ``blind24-layers-pdf``: an Illustrator PDF with Acrobat layers, the bought template's sample
  text still there on a hidden layer under the candidate's (``blind24_pdf.py``).
- ``blind24-tagged-pdf``: a page-layout application's tagged PDF: embedded CID subsets
  (Identity-H) with ligature glyphs that ToUnicode maps to their letters, justified lines,
  hyphens marked with ``ActualText`` (``blind24_typeset.py``).
- ``blind24-worn-docx``: a Word file edited since Word 2007: runs cut mid-word, revision ids,
  spelling marks and a bookmark inside words, smart tags, symbol bullets, absolute tabs,
  non-breaking hyphens (``blind24_word.py``).
- ``blind24-smartart-docx``: the credentials in a SmartArt graphic, their text only in the
  diagram's parts (``blind24_word.py``).
- ``blind24-mac-text``: a text file from an old Mac's text editor: UTF-8 with a byte-order mark,
  lines ended by a carriage return alone (no line feed), accented letters decomposed (NFD: "é"
  is "e" and a combining acute accent), non-breaking spaces before numbers.
"""

from __future__ import annotations

import unicodedata

from tests.rendered.blind24_pdf import glyph_pdf, lapsed, layers_pdf
from tests.rendered.blind24_typeset import typeset_pdf
from tests.rendered.blind24_word import smartart_docx, worn_docx
from tests.rendered.contents import Content
from tests.rendered.layout import ALL_FIELDS, Layout, display_name, month


def mac_text(content: Content) -> bytes:
    lines = [
        display_name(content),
        content.headline,
        content.location,
        f"{content.phone} / {content.email}",
        *(f"{text}: {url}" for text, url in content.contact_links),
        "",
        "PROFILE",
        content.summary,
        "",
        "EXPERIENCE",
        f"{content.role}, {content.employer} (2018 to present)",
        *(f"- {bullet}" for bullet in content.bullets),
        "",
        "CERTIFICATIONS & LICENCES",
    ]
    for held in content.credentials:
        lines.append(held.title)
        lines.append(f"    {held.issuer}")
        if held.credential_id:
            lines.append(f"    No.\u00a0{held.credential_id}")
        if not held.expires_on:
            lines.append(f"    Since {month(held.issued_on, 'full')}")
        else:
            state = "lapsed" if lapsed(held) else "current"
            lines.append(
                f"    {month(held.issued_on, 'full')} to {month(held.expires_on, 'full')}, {state}"
            )
        if held.url:
            lines.append(f"    {held.url}")
    lines += [
        "",
        "WORKING TOWARDS",
        *(f"- {line}" for line in content.section_negatives),
        "",
        "SKILLS",
        ", ".join(content.skills),
        "",
    ]
    text = unicodedata.normalize("NFD", "\r".join(lines))
    return text.encode("utf-8-sig")


BLIND24_LAYOUTS: tuple[Layout, ...] = tuple(
    Layout(key, renderer, build, ALL_FIELDS, held_out=True, group="blind-24")
    for key, renderer, build in (
        ("blind24-glyph-pdf", "pdf", glyph_pdf),
        ("blind24-layers-pdf", "pdf", layers_pdf),
        ("blind24-tagged-pdf", "pdf", typeset_pdf),
        ("blind24-worn-docx", "python-docx", worn_docx),
        ("blind24-smartart-docx", "python-docx", smartart_docx),
        ("blind24-mac-text", "text", mac_text),
    )
)
