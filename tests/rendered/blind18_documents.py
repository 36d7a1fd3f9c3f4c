"""blind-18's layouts (session 14, b18, who never read the extractor): six recipes no earlier
group used, over the six contents of ``blind18_contents.py``.

- ``blind18-frame-pdf``: a LibreOffice Writer résumé whose credentials are in a frame anchored to
  page one, beside the body that wraps round it (a flat ODT printed by LibreOffice;
  ``blind18_pages.py``).
- ``blind18-mail-pdf``: the CV sent as an HTML e-mail built of nested layout tables, printed from
  the webmail's print view (Chromium; ``blind18_pages.py``).
- ``blind18-form-pdf``: an agency's application form filled in a PDF reader: every answer a filled
  AcroForm text field, shown only by the field's appearance stream (``blind18_forms.py``).
- ``blind18-turned-pdf``: a designer's résumé, each section heading turned 90° up the left
  margin, titles and dates in small capitals made of two sizes of capitals
  (``blind18_forms.py``).
- ``blind18-deflist-docx``: a Markdown résumé whose credentials are a definition list (the title
  the term, issuer, number, dates and address its definitions), kept as pandoc's DOCX.
- ``blind18-jsonresume-text``: a JSON Resume file (``resume.json``) sent as text, the credentials
  its ``certificates`` array, number and expiry in a ``summary`` the schema does not have.
"""

from __future__ import annotations

import json

from tests.rendered.blind18_forms import acroform, vertical
from tests.rendered.blind18_pages import email_print, frame_fodt
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import ALL_FIELDS, Layout, display_name, month


def _definition(held: Credential) -> str:
    lines = [held.title, f":   {held.issuer}"]
    if held.credential_id:
        lines.append(f":   Licence / certificate number {held.credential_id}")
    dates = f"Awarded {month(held.issued_on, 'full')}"
    if held.expires_on:
        dates += f"; renewal due {month(held.expires_on, 'full')}"
    lines.append(f":   {dates}")
    if held.url:
        lines.append(f":   <{held.url}>")
    return "\n".join(lines)


def deflist_markdown(content: Content) -> str:
    links = " · ".join(f"[{text}]({url})" for text, url in content.contact_links)
    credentials = "\n\n".join(_definition(held) for held in content.credentials)
    pending = "\n".join(f":   {line}" for line in content.section_negatives)
    bullets = "\n".join(f"- {bullet}" for bullet in content.bullets)
    return f"""# {display_name(content)}

**{content.headline}**\\
{content.location} · {content.phone} · <{content.email}> · {links}

## About me

{content.summary}

## Certifications and licences

{credentials}

Working towards
{pending}

## Experience

{content.role}
:   {content.employer}, 2016 – today

{bullets}

## Skills

{", ".join(content.skills)}
"""


_COUNTRIES = {
    "Japan": "JP",
    "Colombia": "CO",
    "Uganda": "UG",
    "Argentina": "AR",
    "Kazakhstan": "KZ",
    "Oman": "OM",
}


def json_resume(content: Content) -> str:
    def certificate(held: Credential) -> dict[str, str]:
        entry = {"name": held.title, "date": held.issued_on or "", "issuer": held.issuer}
        if held.url:
            entry["url"] = held.url
        notes = []
        if held.credential_id:
            notes.append(f"Credential ID {held.credential_id}")
        if held.expires_on:
            notes.append(f"valid until {held.expires_on}")
        if notes:
            entry["summary"] = "; ".join(notes)
        return entry

    resume = {
        "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
        "basics": {
            "name": display_name(content),
            "label": content.headline,
            "email": content.email,
            "phone": content.phone,
            "summary": content.summary,
            "location": {
                "city": content.location.split(", ")[0],
                "countryCode": _COUNTRIES[content.location.split(", ")[-1]],
            },
            "profiles": [{"network": text, "url": url} for text, url in content.contact_links],
        },
        "work": [
            {
                "name": content.employer,
                "position": content.role,
                "startDate": "2018-02",
                "highlights": list(content.bullets),
            }
        ],
        "certificates": [certificate(held) for held in content.credentials],
        "projects": [
            {"name": "Not yet held", "highlights": list(content.section_negatives)},
        ],
        "skills": [{"name": skill} for skill in content.skills],
        "meta": {"version": "v1.0.0", "lastModified": "2026-11-30T18:04:11"},
    }
    return json.dumps(resume, ensure_ascii=False, indent=2) + "\n"


BLIND18_LAYOUTS: tuple[Layout, ...] = tuple(
    Layout(key, renderer, build, ALL_FIELDS, held_out=True, group="blind-18")
    for key, renderer, build in (
        ("blind18-frame-pdf", "fodt+libreoffice", frame_fodt),
        ("blind18-mail-pdf", "chromium", email_print),
        ("blind18-form-pdf", "pdf", acroform),
        ("blind18-turned-pdf", "pdf", vertical),
        ("blind18-deflist-docx", "pandoc", deflist_markdown),
        ("blind18-jsonresume-text", "text", json_resume),
    )
)
