"""blind-19's two text résumés, and the group's list of layouts.

``linkedin_text`` is a text résumé whose "Licenses & certifications" were copied from the
candidate's profile page in a browser and pasted under the rest: each entry the lines the page
shows ("AAPC logo", the title, the issuer, "Issued Sep 2017 · Expires Sep 2027", "Credential ID
…", "Skills: …", "Show credential"). The button's address does not survive the copy, so the
layout shows no address and the labels hold none (``shows`` without "url").

``ats_text`` is the résumé pasted into an applicant-tracking system's plain-text box, which
hard-wraps it at 70 columns: headings with a colon, "*" bullets, each credential one run-on
paragraph ("Title - Issuer. Issued 03/2024, expires 03/2027. License #: …. Verify at https://…")
wrapped across lines, an address never broken.

Made in session 15 by a helper (a19) who never read the extractor nor its tests.
"""

from __future__ import annotations

import textwrap

from tests.rendered.blind19_contents import EXTRAS
from tests.rendered.blind19_pages import (
    canva,
    flowcv,
    id_label,
    index_of,
    lapsed,
    section_name,
)
from tests.rendered.blind19_word import gdocs, textbox
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import ALL_FIELDS, Layout, display_name, month


def _logo(issuer: str) -> str:
    """The alt text LinkedIn gives an issuer's logo: the company page's name."""
    short = issuer.split(" (")[-1].rstrip(")") if issuer.endswith(")") else issuer
    return f"{short} logo"


def _linkedin_entry(held: Credential, skills: tuple[str, ...]) -> list[str]:
    lines = [_logo(held.issuer), held.title, held.issuer]
    when = f"Issued {month(held.issued_on, 'mon')}"
    if held.expires_on:
        word = "Expired" if lapsed(held) else "Expires"
        when += f" · {word} {month(held.expires_on, 'mon')}"
    lines.append(when)
    if held.credential_id:
        lines.append(f"Credential ID {held.credential_id}")
    if skills:
        lines.append("Skills: " + " · ".join(skills))
    if held.url:
        lines.append("Show credential")
    return [*lines, ""]


def linkedin_text(content: Content) -> str:
    """A text résumé with its certifications pasted from a profile page."""
    extra = EXTRAS[content.key]
    lines = [display_name(content), content.headline,
             f"{content.location} | {content.phone} | {content.email}",
             *(f"{text}: {target}" for text, target in content.contact_links), "",
             "SUMMARY", content.summary, "", "EXPERIENCE",
             f"{content.role} - {content.employer} ({month(extra.since, 'mon')} - Present)",
             *(f"- {bullet}" for bullet in content.bullets),
             f"{extra.earlier[0]} - {extra.earlier[1]} ({extra.earlier[2]})", "",
             "Licenses & certifications", ""]  # fmt: skip
    for number, held in enumerate(content.credentials):
        lines += _linkedin_entry(held, content.skills[:2] if number == 0 else ())
    lines += [
        "Working on:",
        *(f"- {text}" for text in content.section_negatives),
        "",
        "EDUCATION",
        *extra.education,
        "",
        "SKILLS",
        ", ".join(content.skills),
        "",
    ]
    return "\n".join(lines)


def _wrap(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(text, 70, initial_indent=indent, subsequent_indent=" " * len(indent),
                         break_long_words=False, break_on_hyphens=False)  # fmt: skip


def _ats_paragraph(held: Credential, style: str) -> str:
    text = f"{held.title} - {held.issuer}. Issued {month(held.issued_on, style)}"
    if held.expires_on:
        word = "expired" if lapsed(held) else "expires"
        text += f", {word} {month(held.expires_on, style)}"
    text += "."
    if held.credential_id:
        text += f" {id_label(held)}: {held.credential_id}."
    if held.url:
        text += f" Verify at {held.url}"
    return text


def ats_text(content: Content) -> str:
    """The résumé as an ATS's plain-text box keeps it, hard-wrapped at 70 columns."""
    extra = EXTRAS[content.key]
    style = ("slash", "mon", "full")[index_of(content) % 3]
    lines = [display_name(content), content.headline,
             *_wrap(f"{content.location} * {content.phone} * {content.email}"), "",
             "Summary:", *_wrap(content.summary), "", "Work Experience:",
             *_wrap(f"{content.role}, {content.employer}, {month(extra.since, style)} to "
                    "present"),
             *(line for bullet in content.bullets for line in _wrap(bullet, "* ")),
             *_wrap(f"{extra.earlier[0]}, {extra.earlier[1]}, {extra.earlier[2]}"), "",
             f"{section_name(content, 5)}:"]  # fmt: skip
    for held in content.credentials:
        lines += _wrap(_ats_paragraph(held, style), "* ")
    lines += ["", "Pending:", *(line for text in content.section_negatives
                                for line in _wrap(text, "* ")), "",
              "Education:", *(line for e in extra.education for line in _wrap(e)), "",
              "Skills:", *_wrap(", ".join(content.skills)),
              *(f"{text}: {target}" for text, target in content.contact_links), ""]  # fmt: skip
    return "\n".join(lines)


BLIND19_LAYOUTS: tuple[Layout, ...] = tuple(
    Layout(key, renderer, build, shows, held_out=True, group="blind-19")
    for key, renderer, build, shows in (
        ("blind19-canva-pdf", "chromium", canva, ALL_FIELDS),
        ("blind19-flowcv-pdf", "chromium", flowcv, ALL_FIELDS),
        ("blind19-textbox-docx", "python-docx", textbox, ALL_FIELDS),
        ("blind19-textbox-pdf", "libreoffice", textbox, ALL_FIELDS),
        ("blind19-gdocs-pdf", "libreoffice", gdocs, ALL_FIELDS),
        ("blind19-linkedin-text", "text", linkedin_text, ALL_FIELDS - {"url"}),
        ("blind19-ats-text", "text", ats_text, ALL_FIELDS),
    )
)
