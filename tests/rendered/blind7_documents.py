"""Blind-7's academic-style CV (pandoc → ODT → LibreOffice) and its applicant-tracking export.

``blind7_academic_markdown`` is a formal CV with numbered sections, as universities, public
bodies and professional colleges ask for them: "1. Personal details" … "3. Talks, articles and
training delivered" (a long numbered list) and "4. Professional development and certification",
each credential a numbered entry in citation style ("Certified Welding Inspector (CWI).
American Welding Society. June 2021; valid to June 2027. Certificate no. 21061457. <URL>").
pandoc writes it as an OpenDocument text and LibreOffice prints it.
``blind7_workday_text`` is the text an applicant-tracking system exports for a recruiter: a
candidate header, the application's questions, then the profile's sections as "Field: value"
lines; each certification a block of "Certification:", "Issuer:", "Certification Number:",
"Issued Date: 06/2021", "Expiration Date:" and "Attachment / URL:".
"""

from __future__ import annotations

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

_VENUES = (
    "Regional practitioners' meeting",
    "Invited talk, industry association branch evening",
    "Article in the association's quarterly newsletter",
    "Internal training session (half day)",
    "Workshop, annual national conference",
    "Guest lecture, technical college",
)


def _escape(text: str) -> str:
    """Markdown's active characters written as themselves."""
    for mark in ("\\", "*", "_", "[", "]", "<", ">", "#"):
        text = text.replace(mark, "\\" + mark)
    return text


def _surname_initials(content: Content) -> str:
    words = content.name.split()
    particles = {"de", "la", "van", "der", "den", "Van", "Ní", "Dela"}
    cut = next(
        (index for index, word in enumerate(words) if word in particles and index > 0),
        len(words) - 1,
    )
    initials = " ".join(f"{word[0]}." for word in words[:cut])
    return f"{' '.join(words[cut:])}, {initials}"


def _citation(held: Credential) -> str:
    dated = month(held.issued_on, "full")
    if held.expires_on:
        dated += f"; valid to {month(held.expires_on, 'full')}"
    parts = [_escape(held.title), _escape(held.issuer), dated]
    if held.credential_id:
        parts.append(f"Certificate no. {_escape(held.credential_id)}")
    text = ". ".join(part.rstrip(".") for part in parts) + "."
    return text + (f" <{held.url}>" if held.url else "")


def blind7_academic_markdown(content: Content) -> str:
    author = _surname_initials(content)
    talks = [
        f"{author} ({2025 - index}). *{_escape(skill)} in practice: lessons from the field.* "
        f"{_VENUES[index % len(_VENUES)]}."
        for index, skill in enumerate(content.skills)
    ]
    links = "; ".join(f"<{url}>" for _, url in content.contact_links)
    lines = [
        "---",
        f"title: Curriculum Vitae — {display_name(content)}",
        "---",
        "",
        "## 1. Personal details",
        "",
        f"**Name:** {_escape(content.name)}  ",
        f"**Post-nominals:** {', '.join(content.post_nominals) or '—'}  ",
        f"**Position sought:** {_escape(content.headline)}  ",
        f"**Address:** {_escape(content.location)}  ",
        f"**E-mail:** {content.email} · **Telephone:** {content.phone}"
        + (f"  \n**Web:** {links}" if links else ""),
        "",
        "## 2. Present appointment",
        "",
        f"**{_escape(content.role)}**, {_escape(content.employer)}, 2020 – present.",
        "",
        _escape(content.summary),
        "",
        *(f"- {_escape(bullet)}" for bullet in content.bullets),
        "",
        "## 3. Talks, articles and training delivered",
        "",
        *(f"{index}. {talk}" for index, talk in enumerate(talks, start=1)),
        "",
        "## 4. Professional development and certification",
        "",
        "### 4.1 Certificates, licences and registrations held",
        "",
        *(f"{index}. {_citation(held)}" for index, held in enumerate(content.credentials, 1)),
        "",
        "### 4.2 Current and planned study",
        "",
        *(f"- {_escape(text)}" for text in content.section_negatives),
        "",
        "## 5. Skills",
        "",
        ", ".join(_escape(skill) for skill in content.skills) + ".",
        "",
        "## 6. Referees",
        "",
        "Two referees, one of them my present line manager, are available on request.",
        "",
    ]
    return "\n".join(lines)


def _workday_block(held: Credential) -> list[str]:
    lines = [f"  Certification: {held.title}", f"  Issuer: {held.issuer}"]
    lines.append(f"  Certification Number: {held.credential_id or ''}")
    lines.append(f"  Issued Date: {month(held.issued_on, 'slash')}")
    lines.append(f"  Expiration Date: {month(held.expires_on, 'slash')}")
    if held.url:
        lines.append(f"  Attachment / URL: {held.url}")
    return [*lines, ""]


def blind7_workday_text(content: Content) -> str:
    rule = "-" * 64
    websites = [f"  Website: {url}" for _, url in content.contact_links]
    lines = [
        f"Candidate: {content.name}",
        f"Job Application: R-2026-0{len(content.name) * 37 % 900 + 100} {content.headline}",
        "Source: Career Site  |  Stage: Screen  |  Submitted: 11/28/2026",
        rule,
        "APPLICATION QUESTIONS",
        "  Are you legally authorized to work in the country of this job? Yes",
        "  Will you now or in the future require sponsorship? No",
        "  Notice period: 4 weeks",
        rule,
        "MY INFORMATION",
        f"  Legal Name: {content.name}",
        *([f"  Preferred Name: {display_name(content)}"] if content.post_nominals else []),
        f"  Email Address: {content.email}",
        f"  Phone Number: {content.phone}",
        f"  Address: {content.location}",
        *websites,
        rule,
        "MY EXPERIENCE",
        f"  Job Title: {content.role}",
        f"  Company: {content.employer}",
        "  From: 03/2020   To: Current",
        f"  Role Description: {content.summary} " + " ".join(f"{b}." for b in content.bullets),
        "",
        "  Certifications",
        "",
        *(line for held in content.credentials for line in _workday_block(held)),
        "  Skills",
        *(f"  - {skill}" for skill in content.skills),
        "",
        rule,
        "ADDITIONAL INFORMATION",
        "  Is there anything else you would like us to know?",
        *(f"  {text}." for text in content.section_negatives),
        rule,
        "Résumé/CV: attached (1 file)",
        "",
    ]
    return "\n".join(lines)
