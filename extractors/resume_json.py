"""A résumé that is a JSON Resume document (jsonresume.org: ``basics``, ``work``, ``education``,
``certificates``, ``awards`` …, or the older v0.0.x names: ``website``, ``company``,
``awarder``, a ``bio`` with ``firstName`` and ``lastName``), whatever its file is called, made
the text a person would have written from it: the name (post-nominals and all) and the label on
top, the contact lines, then each section under its heading and each entry as its lines (title;
issuer and date; its notes; its address). The text reader then reads that text like any other,
so a certificate becomes a claim, and an award or a degree does or does not, by the rules that
judge them in a typed résumé. Text that is not such a document is left as it is."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

# Fields that only a JSON Resume has at its top (one of them, with a person's name, makes it one).
_RESUME_SECTIONS = frozenset(
    {
        "work",
        "volunteer",
        "education",
        "awards",
        "certificates",
        "publications",
        "skills",
        "languages",
        "interests",
        "references",
        "projects",
    }
)
# The JSON's first brace at the start of a line: a résumé pasted under a note or an e-mail's
# headers, or with its file's byte-order mark.
_OPENING = re.compile(r"^\ufeff?[ \t]*\{", re.MULTILINE)
# Sections written as a person heads them, in the order a résumé has them, with each entry's
# title, issuer, date and end date fields (the first present of each; older names after).
_SECTIONS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    ("certificates", "Certifications", ("name", "title"), ("issuer", "authority"), ("date",)),
    ("awards", "Awards", ("title", "name"), ("awarder", "issuer"), ("date",)),
    ("education", "Education", (), ("institution",), ("startDate",)),
    ("work", "Experience", ("position",), ("name", "company"), ("startDate",)),
    ("volunteer", "Volunteering", ("position",), ("organization", "name"), ("startDate",)),
    ("projects", "Projects", ("name",), ("entity",), ("startDate",)),
    ("publications", "Publications", ("name",), ("publisher",), ("releaseDate", "date")),
)
# An entry's end, expiry and number, under the names people give them beside the schema's.
_END_KEYS = ("endDate", "expiryDate", "expirationDate", "expires", "validUntil")
_NUMBER_KEYS = ("credentialId", "credentialID", "licenseNumber", "licenceNumber", "number", "id")
_ADDRESS_KEYS = ("url", "website")
_NOTE_KEYS = ("summary", "description")


def resume_json_text(text: str) -> str | None:
    """The lines a person would write for ``text`` when it holds a JSON Resume document (any
    words around it are kept after them); None when it does not or its JSON does not parse."""
    for opening in _OPENING.finditer(text):
        start = opening.end() - 1
        try:
            resume, end = json.JSONDecoder().raw_decode(text, start)
        except ValueError:
            continue
        if not _is_resume(resume):
            continue
        around = "\n".join(part.strip() for part in (text[: opening.start()], text[end:]))
        written = "\n".join(_resume_lines(resume))
        return f"{written}\n\n{around.strip()}\n" if around.strip() else f"{written}\n"
    return None


def _is_resume(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    basics = _basics(value)
    return bool(basics and _name(basics)) and bool(_RESUME_SECTIONS & value.keys())


def _basics(resume: dict[str, Any]) -> dict[str, Any] | None:
    basics = resume.get("basics", resume.get("bio"))
    return basics if isinstance(basics, dict) else None


def _name(basics: dict[str, Any]) -> str:
    name = _text(basics.get("name"))
    if name:
        return name
    return " ".join(_text(basics.get(key)) for key in ("firstName", "lastName")).strip()


def _resume_lines(resume: dict[str, Any]) -> Iterator[str]:
    basics = _basics(resume) or {}
    yield _name(basics)
    yield from _present(_text(basics.get("label")))
    contact = [
        value for key in ("email", "phone", *_ADDRESS_KEYS) for value in _values(basics.get(key))
    ]
    yield from _present(" · ".join(contact))
    for profile in _items(basics.get("profiles")):
        yield from _present(_text(profile.get("url")) if isinstance(profile, dict) else "")
    yield from _values(basics.get("websites"))
    summary = _text(basics.get("summary"))
    if summary:
        yield from ("", "Summary", summary)
    for key, heading, titles, issuers, dates in _SECTIONS:
        entries = [entry for entry in _items(resume.get(key)) if isinstance(entry, dict)]
        if entries:
            yield from ("", heading)
            for entry in entries:
                yield from _entry_lines(key, entry, titles, issuers, dates)
                yield ""
    yield from _skill_lines(resume)


def _entry_lines(
    key: str,
    entry: dict[str, Any],
    titles: tuple[str, ...],
    issuers: tuple[str, ...],
    dates: tuple[str, ...],
) -> Iterator[str]:
    title = _first(entry, titles) if titles else _degree(entry)
    issuer = _first(entry, issuers)
    start = _first(entry, dates)
    end = _first(entry, _END_KEYS)
    if key in {"certificates", "awards", "publications"}:
        # a credential's lines: its title, who gave it and when, how long it holds
        yield from _present(title)
        yield from _present(" · ".join(part for part in (issuer, start) if part))
        yield from _present(f"Valid until {end}" if end else "")
    else:
        # a job's, a degree's or a project's: the title, where, and the span of dates
        span = f"{start} – {end or 'present'}" if start else end
        where = ", ".join(part for part in (title, issuer) if part)
        yield from _present(f"{where} ({span})" if where and span else where or span)
    number = _first(entry, _NUMBER_KEYS)
    yield from _present(f"Credential ID {number}" if number else "")
    for note in _NOTE_KEYS:
        yield from _present(_text(entry.get(note)))
    for item in (*_values(entry.get("highlights")), *_values(entry.get("courses"))):
        yield f"- {item}"
    yield from _present(_first(entry, _ADDRESS_KEYS))


def _degree(entry: dict[str, Any]) -> str:
    """An education entry's degree as written: "MSc Structural Engineering"."""
    return " ".join(_text(entry.get(key)) for key in ("studyType", "area") if entry.get(key))


def _skill_lines(resume: dict[str, Any]) -> Iterator[str]:
    skills = []
    for skill in _items(resume.get("skills")):
        if isinstance(skill, dict):
            name, keywords = _text(skill.get("name")), _values(skill.get("keywords"))
            skills.append(f"{name}: {', '.join(keywords)}" if name and keywords else name)
        else:
            skills.append(_text(skill))
    languages = [
        " ".join(_values(language)) if isinstance(language, dict) else _text(language)
        for language in _items(resume.get("languages"))
    ]
    for heading, values in (("Skills", skills), ("Languages", languages)):
        values = [value for value in values if value]
        if values:
            yield from ("", heading, *values)


def _first(entry: dict[str, Any], keys: tuple[str, ...]) -> str:
    return next((_text(entry.get(key)) for key in keys if _text(entry.get(key))), "")


def _text(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _values(value: Any) -> list[str]:
    """A field's words: a string, a list's strings, or an object's (the v0.0.x ``email``
    and ``phone`` objects: ``{"work": …, "personal": …}``)."""
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [text for text in (_text(item) for item in value) if text]
    text = _text(value)
    return [text] if text else []


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _present(line: str) -> Iterator[str]:
    if line:
        yield line
