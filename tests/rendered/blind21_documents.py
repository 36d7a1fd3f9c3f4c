"""blind-21's two text résumés, and the group's list of layouts.

``pdfcopy_text`` is the "bold modern" Word résumé (``blind21_word.modern``) as a candidate sends
it after selecting all the text in a PDF viewer and pasting it: every line of the page a hard
line, words split at line ends by the page's hyphenation ("Pro-" / "fessional"), the tab before
each right-aligned date gone to a single space, the list bullets the Symbol font's private-use
character (U+F0B7), and the page's footer ("Page 1 of 2") left where the page broke.

``webform_text`` is the résumé pasted from Word into a job site's "Paste your résumé" box and
stored as the form keeps it, in Latin-1: dashes and quotes folded to ASCII, Word's bullets
turned to "·" and "o" with a tab, each credential a first-level line "Title - Issuer (dates)"
with its number and address on second-level lines under it.

Made in session 16 by a helper (a21) who never read the extractor nor its tests.
"""

from __future__ import annotations

from tests.rendered.blind21_contents import (
    EXTRAS,
    id_label,
    section_name,
    style_of,
    when,
)
from tests.rendered.blind21_pages import builder, pages
from tests.rendered.blind21_word import italics, modern, softbreak
from tests.rendered.contents import Content
from tests.rendered.layout import ALL_FIELDS, Layout, display_name, month

_WIDTH = 84
_BULLET = "\uf0b7"


def _hyphenated(text: str, width: int = _WIDTH, indent: str = "") -> list[str]:
    """Lines as a justified page sets them: a long plain word that does not fit is split with a
    hyphen, leaving three letters at least on each side; numbers and addresses never are."""
    lines: list[str] = []
    line = indent
    for word in text.split():
        room = width - len(line) - (1 if line.strip() else 0)
        if len(word) <= room:
            line = f"{line} {word}" if line.strip() else line + word
            continue
        if word.isalpha() and len(word) >= 8 and room >= 4:
            cut = min(room - 1, len(word) - 3)
            line = (f"{line} " if line.strip() else line) + word[:cut] + "-"
            word = word[cut:]
        lines.append(line)
        line = " " * len(indent) + word
    if line.strip():
        lines.append(line)
    return lines


def pdfcopy_text(content: Content) -> str:
    """The bold modern résumé as text copied out of a PDF viewer."""
    extra, style = EXTRAS[content.key], style_of(content)
    lines = [display_name(content), content.headline,
             f"{content.location} | {content.phone} | {content.email}",
             *(f"{text}: {target}" for text, target in content.contact_links),
             "PROFILE", *_hyphenated(content.summary), "EXPERIENCE",
             f"{content.role} {month(extra.since, style)} – Present", content.employer,
             *(line for bullet in content.bullets
               for line in _hyphenated(bullet, indent=f"{_BULLET} ")),
             f"{extra.earlier[0]} {extra.earlier[2]}", extra.earlier[1],
             section_name(content, 0).upper()]  # fmt: skip
    for held in content.credentials:
        lines += _hyphenated(f"{held.title} {when(held, style)}")
        detail = held.issuer
        if held.credential_id:
            detail += f" | {id_label(held)} {held.credential_id}"
        lines += _hyphenated(detail)
        if held.url:
            lines.append(held.url)
    lines += ["IN PROGRESS", *(line for text in content.section_negatives
                               for line in _hyphenated(text, indent=f"{_BULLET} ")),
              "EDUCATION", *extra.education, "SKILLS",
              *_hyphenated(" • ".join(content.skills))]  # fmt: skip
    # The page broke two lines into the credentials: its footer came along in the copy.
    at = lines.index(section_name(content, 0).upper()) + 3
    lines[at:at] = [f"{content.name} – Curriculum Vitae Page 1 of 2"]
    return "\n".join(lines) + "\n"


_FOLDED = {"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "•": "·", "…": "..."}


def _latin1(text: str) -> str:
    for wide, narrow in _FOLDED.items():
        text = text.replace(wide, narrow)
    return text.encode("latin-1", errors="replace").decode("latin-1")


def webform_text(content: Content) -> str:
    """The résumé as a job site's "Paste your résumé" box stores it."""
    extra, style = EXTRAS[content.key], style_of(content, 5)
    lines = [display_name(content), f"{content.headline}", content.location,
             f"Phone: {content.phone}", f"Email: {content.email}",
             *(f"{text}: {target}" for text, target in content.contact_links), "",
             "Profile", content.summary, "", "Employment",
             f"{content.role}\t{content.employer}\t{month(extra.since, style)} - present",
             *(f"·\t{bullet}" for bullet in content.bullets),
             "\t".join(extra.earlier), "", section_name(content, 4)]  # fmt: skip
    for held in content.credentials:
        lines.append(f"·\t{held.title} - {held.issuer} ({when(held, style, expiry=' - ')})")
        if held.credential_id:
            lines.append(f"o\t{id_label(held)}: {held.credential_id}")
        if held.url:
            lines.append(f"o\tVerify: {held.url}")
    lines += [
        "",
        "Not yet completed",
        *(f"·\t{text}" for text in content.section_negatives),
        "",
        "Education",
        *extra.education,
        "",
        "Skills",
        ", ".join(content.skills),
        "",
    ]
    return _latin1("\n".join(lines))


BLIND21_LAYOUTS: tuple[Layout, ...] = tuple(
    Layout(key, renderer, build, ALL_FIELDS, held_out=True, group="blind-21")
    for key, renderer, build in (
        ("blind21-modern-pdf", "libreoffice", modern),
        ("blind21-builder-pdf", "chromium", builder),
        ("blind21-pages-pdf", "chromium", pages),
        ("blind21-softbreak-docx", "python-docx", softbreak),
        ("blind21-italics-docx", "python-docx", italics),
        ("blind21-pdfcopy-text", "text", pdfcopy_text),
        ("blind21-webform-text", "text", webform_text),
    )
)
