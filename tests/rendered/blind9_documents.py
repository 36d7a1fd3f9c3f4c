"""Blind-9's Markdown résumé with French headings (pandoc → DOCX) and its plain-text résumé.

``blind9_french_markdown`` is an English-speaking candidate's résumé adapted for a French
employer and kept as the DOCX pandoc makes: the headings are French ("Expérience
professionnelle", "Certifications et licences", "En préparation", "Compétences"), so are the
dates and their words ("obtenu en juillet 2016, valable jusqu'en novembre 2026",
"N° de certificat : 58214", "Vérifier : <adresse>"), while the credential titles and issuers stay
as issued. ``blind9_wrapped_text`` is a plain-text résumé hard-wrapped at 60 columns, as an old
mail client or a careers portal's text box leaves it: headings underlined with dashes, every
entry a bullet whose following lines hang under its first word, dates written "07/2016", the
credential ID on the bullet's last wrapped line and the address alone on a line below.
"""

from __future__ import annotations

import textwrap

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month


def _md(text: str) -> str:
    for mark in ("\\", "*", "_", "[", "]", "<", ">", "#", "`"):
        text = text.replace(mark, "\\" + mark)
    return text


def _french_entry(held: Credential) -> str:
    parts = [f"**{_md(held.title)}**, {_md(held.issuer)}"]
    dated = f"obtenu en {month(held.issued_on, 'fr')}"
    if held.expires_on:
        dated += f", valable jusqu'en {month(held.expires_on, 'fr')}"
    parts.append(dated)
    if held.credential_id:
        parts.append(f"N° de certificat : {_md(held.credential_id)}")
    if held.url:
        parts.append(f"Vérifier : <{held.url}>")
    return "- " + " — ".join(parts)


def blind9_french_markdown(content: Content) -> str:
    links = " · ".join(f"[{_md(text)}]({url})" for text, url in content.contact_links)
    lines = [
        f"# {_md(display_name(content))}",
        "",
        f"**{_md(content.headline)}**  ",
        f"{_md(content.location)} · {_md(content.phone)} · <{content.email}>"
        + (f" · {links}" if links else ""),
        "",
        "## Profil",
        "",
        _md(content.summary),
        "",
        "## Expérience professionnelle",
        "",
        f"### {_md(content.role)} — {_md(content.employer)} (depuis 2020)",
        "",
        *(f"- {_md(bullet)}" for bullet in content.bullets),
        "",
        "## Certifications et licences",
        "",
        *(_french_entry(held) for held in content.credentials),
        "",
        "## En préparation",
        "",
        *(f"- {_md(text)}" for text in content.section_negatives),
        "",
        "## Compétences",
        "",
        " · ".join(_md(skill) for skill in content.skills),
        "",
    ]
    return "\n".join(lines)


_WIDTH = 60


def _hanging(text: str, bullet: str = "  * ") -> list[str]:
    return textwrap.wrap(
        text,
        _WIDTH,
        initial_indent=bullet,
        subsequent_indent=" " * len(bullet),
        break_long_words=False,
        break_on_hyphens=False,
    )


def _heading(title: str) -> list[str]:
    return ["", title, "-" * len(title)]


def _text_entry(held: Credential) -> list[str]:
    text = f"{held.title} -- {held.issuer}. Issued {month(held.issued_on, 'slash')}"
    if held.expires_on:
        text += f"; expires {month(held.expires_on, 'slash')}"
    text += "."
    if held.credential_id:
        text += f" Credential ID: {held.credential_id}"
    lines = _hanging(text)
    return lines + ([f"    {held.url}"] if held.url else [])


def blind9_wrapped_text(content: Content) -> str:
    lines = [
        display_name(content),
        content.headline,
        *textwrap.wrap(f"{content.location} | {content.phone} | {content.email}", _WIDTH),
        *(url for _, url in content.contact_links),
        *_heading("SUMMARY"),
        *textwrap.wrap(content.summary, _WIDTH),
        *_heading("EXPERIENCE"),
        content.role,
        f"{content.employer}, 2020 - present",
        *(line for bullet in content.bullets for line in _hanging(bullet, "  - ")),
        *_heading("LICENSES AND CERTIFICATIONS"),
        *(line for held in content.credentials for line in _text_entry(held)),
        *_heading("IN PROGRESS"),
        *(line for text in content.section_negatives for line in _hanging(text, "  - ")),
        *_heading("SKILLS"),
        *textwrap.wrap(", ".join(content.skills), _WIDTH),
        "",
    ]
    return "\n".join(lines)
