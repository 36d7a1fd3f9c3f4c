"""Writing one résumé in one form: the knobs a perturbation turns, as plain text or DOCX.

A ``Style`` holds every choice of form the metamorphic axes vary (see ``axes.py``); its
defaults are the known-good form every perturbation starts from. Only the form changes: the
person, the credentials and every field of them stay the same, so a recruiter reads the same
claims from every rendering.
"""

from __future__ import annotations

import io
import re
import textwrap
from dataclasses import dataclass

from docx import Document as new_docx

from testkit.metamorphic.resumes import Credential, Resume

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FULL_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip
SECTIONS_BEFORE = ("Summary", "Experience")
SECTIONS_AFTER = ("Skills",)


@dataclass(frozen=True)
class Style:
    """One form of the résumé; the defaults are the form every perturbation starts from."""

    heading: str = "Certifications"
    #: "upper", "title" (Title Case) or "as written".
    heading_case: str = "upper"
    heading_colon: bool = False
    #: "=" or "-": a rule of it under every heading.
    heading_rule: str = ""
    #: Headings numbered in order ("3. Certifications").
    heading_numbers: bool = False
    #: Written before the credential ID, with its own punctuation ("Credential ID: ").
    id_label: str = "Credential ID: "
    #: A key of ``DATE_FORMS``.
    dates: str = "range"
    #: Between title, issuer and dates: a string, "parens" (the rest in brackets after the
    #: first field) or "below" (each field on its own line).
    separator: str = " – "
    #: Before each entry: a string, "numbered" or "" (none).
    bullet: str = "• "
    #: Which field leads: "title", "issuer" or "date".
    order: str = "title"
    blank_between: bool = True
    #: Every line wrapped at this many columns, as a text editor hard-wraps (None: not).
    wrap: int | None = None
    #: "text", or a DOCX form: "docx-paragraphs", "docx-list", "docx-headings", "docx-table".
    form: str = "text"


def _month(date: str, months: tuple[str, ...]) -> str:
    year, month = date.split("-")[:2]
    return f"{months[int(month) - 1]} {year}"


def _slash(date: str) -> str:
    year, month = date.split("-")[:2]
    return f"{month}/{year}"


def _dates(credential: Credential, form: str) -> str:
    """The credential's dates in one written form."""
    issued, expires = credential.issued_on, credential.expires_on
    if issued is None:
        return ""
    if form == "years":
        return f"{issued[:4]} – {expires[:4]}" if expires else issued[:4]
    if form == "iso":
        return f"{issued[:7]} – {expires[:7]}" if expires else issued[:7]
    if form == "slash":
        return f"{_slash(issued)} – {_slash(expires)}" if expires else _slash(issued)
    months = FULL_MONTHS if form == "full" else MONTHS
    start = _month(issued, months)
    end = _month(expires, months) if expires else None
    if form == "issued-expires":
        return f"Issued {start} · Expires {end}" if end else f"Issued {start}"
    if form == "valid-until":
        return f"{start}, valid until {end}" if end else start
    return f"{start} – {end}" if end else start


#: Every written form of dates, and how precise it is.
DATE_FORMS = {
    "range": "month",
    "full": "month",
    "slash": "month",
    "iso": "month",
    "issued-expires": "month",
    "valid-until": "month",
    "years": "year",
}


def _fields(credential: Credential, style: Style) -> list[str]:
    title, issuer, dates = credential.title, credential.issuer, _dates(credential, style.dates)
    ordered = {
        "title": [title, issuer, dates],
        "issuer": [issuer, title, dates],
        "date": [dates, title, issuer],
    }[style.order]
    return [field for field in ordered if field]


def entry_lines(credential: Credential, style: Style, number: int) -> list[str]:
    """One credential's lines, its bullet and continuation indent included."""
    fields = _fields(credential, style)
    if style.separator == "below":
        head = fields
    elif style.separator == "parens":
        head = [f"{fields[0]} ({', '.join(fields[1:])})"]
    else:
        head = [style.separator.join(fields)]
    tail = []
    if credential.credential_id:
        tail.append(f"{style.id_label}{credential.credential_id}")
    if credential.url:
        tail.append(credential.url)
    bullet = f"{number}. " if style.bullet == "numbered" else style.bullet
    indent = " " * len(bullet)
    lines = [bullet + head[0], *(indent + line for line in head[1:] + tail)]
    return lines


def heading(title: str, style: Style, number: int) -> list[str]:
    """A section heading, and its rule if the style draws one."""
    text = {"upper": title.upper(), "title": title.title()}.get(style.heading_case, title)
    if style.heading_numbers:
        text = f"{number}. {text}"
    if style.heading_colon:
        text += ":"
    return [text, style.heading_rule * len(text)] if style.heading_rule else [text]


def _body(title: str) -> list[str]:
    if title == "Summary":
        return ["Practitioner with a decade of work across teams and clients."]
    if title == "Experience":
        return [
            "Senior Specialist, Northwind Traders (2019 – present)",
            "- Helped the company achieve ISO 27001 certification within a year.",
        ]
    return ["Python, SQL, Excel, Scrum"]


def sections(resume: Resume, style: Style) -> list[tuple[bool, list[str], list[list[str]]]]:
    """Each section: whether it lists the credentials, its heading lines, its blocks (an entry
    or a paragraph), in order."""
    titles = [*SECTIONS_BEFORE, style.heading, *SECTIONS_AFTER]
    out = []
    for number, title in enumerate(titles, start=1):
        listing = title == style.heading
        if listing:
            blocks = [
                entry_lines(credential, style, index)
                for index, credential in enumerate(resume.credentials, start=1)
            ]
        else:
            blocks = [_body(title)]
        out.append((listing, heading(title, style, number), blocks))
    return out


def render_text(resume: Resume, style: Style) -> str:
    """The résumé as plain text."""
    lines = [resume.name, f"{resume.email} · +44 7700 900123", ""]
    for _, head, blocks in sections(resume, style):
        lines += head
        for index, block in enumerate(blocks):
            if index and style.blank_between:
                lines.append("")
            lines += block
        lines.append("")
    if style.wrap:
        lines = [_wrapped(line, style.wrap) for line in lines]
    return "\n".join(lines)


def _wrapped(line: str, width: int) -> str:
    """One line hard-wrapped at ``width``, its continuations indented to where its text starts
    (after its indent and a bullet or number of one or two characters)."""
    if len(line) <= width or " " not in line.strip():
        return line  # an address is not broken
    start = re.match(r" *(?:\S{1,2} (?=\S))?", line)
    indent = " " * (start.end() if start else 0)
    parts = textwrap.wrap(
        line, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )
    return "\n".join(parts) or line


def render(resume: Resume, style: Style) -> tuple[str, bytes]:
    """The résumé as a file: its name and bytes."""
    if style.form == "text":
        return f"{resume.key}.txt", render_text(resume, style).encode("utf-8")
    return f"{resume.key}.docx", _docx(resume, style)


def _docx(resume: Resume, style: Style) -> bytes:
    """The résumé as DOCX: headings bold or Heading-styled; the credentials as paragraphs, a
    bulleted list (Word's "List Bullet" style, no typed bullet) or a table."""
    document = new_docx()
    document.add_paragraph(resume.name)
    document.add_paragraph(f"{resume.email} · +44 7700 900123")
    for listing, head, blocks in sections(resume, style):
        for line in head:
            if style.form == "docx-headings":
                document.add_heading(line, level=1)
            else:
                document.add_paragraph().add_run(line).bold = True
        if listing and style.form == "docx-table":
            _table(document, resume, style)
            continue
        for block in blocks:
            for index, line in enumerate(block):
                if listing and style.form == "docx-list":
                    text = line.removeprefix(style.bullet) if index == 0 else line.strip()
                    document.add_paragraph(text, style="List Bullet" if index == 0 else None)
                else:
                    document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _table(document: object, resume: Resume, style: Style) -> None:
    header = ("Certification", "Issuer", "Date", "Credential ID", "Link")
    table = document.add_table(rows=1, cols=len(header))  # type: ignore[attr-defined]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for credential in resume.credentials:
        cells = table.add_row().cells
        values = (
            credential.title,
            credential.issuer,
            _dates(credential, style.dates),
            credential.credential_id or "",
            credential.url or "",
        )
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
