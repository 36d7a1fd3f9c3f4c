"""A job posting pasted as JSON (a page's schema.org ``JobPosting``, an ATS export) or exported
as TOML (a requisition's ``[requirements]`` with ``must`` and ``nice`` arrays) made the text a
person would read: its title, then each field that says what the role is or needs under a
heading of its own, and its benefits under "Benefits"; the organisation, the place, the pay,
the dates and the people (hiring manager, recruiter) are left out."""

from __future__ import annotations

import json
import re
import tomllib
from typing import Any

from extractors.role_text import (
    IGNORED_HEADING,
    LABEL_WORDS,
    PEOPLE_FIELD,
    PREFERRED_HEADING,
    REQUIRED_HEADING,
)

# schema.org JobPosting's fields, under the heading a posting written for people gives them.
_HEADINGS = {
    "description": "Job description",
    "responsibilities": "Responsibilities",
    "qualifications": "Qualifications",
    "skills": "Skills",
    "educationRequirements": "Education",
    "experienceRequirements": "Experience",
    "jobBenefits": "Benefits",
    "incentiveCompensation": "Benefits",
}
_WORD_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])|[_-]+")


def posting_text(text: str) -> str:
    """The posting as lines of text when ``text`` is one JSON object, else ``text``."""
    stripped = text.strip()
    if not stripped.startswith("{"):
        return _toml_text(text) or text
    try:
        posting = json.loads(stripped)
    except ValueError:
        return text
    if not isinstance(posting, dict):
        return text
    title = posting.get("title")
    lines = [title] if isinstance(title, str) else []
    for key, value in posting.items():
        heading = _HEADINGS.get(key) or _heading_of(key)
        values = _strings(value)
        if heading and values:
            lines += ["", f"{heading}:", *values]
    return "\n".join(lines)


def _heading_of(key: str) -> str | None:
    """Another field's name as a heading when it names requirements ("preferred_qualifications",
    "minimumQualifications", "niceToHave")."""
    words = _WORD_BREAK.sub(" ", key).strip().capitalize()
    if REQUIRED_HEADING.match(words) or PREFERRED_HEADING.search(words):
        return words
    return None


def _strings(value: Any) -> list[str]:
    """The text in a field: a string, a list's items, an object's fields (not its ``@type``)."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [f"- {each}" for item in value for each in _strings(item)]
    if isinstance(value, dict):
        fields = [item for key, item in value.items() if not key.startswith("@")]
        return [each for item in fields for each in _strings(item)]
    return []


_TITLE_KEYS = ("title", "job_title", "position", "role")


def _toml_text(text: str) -> str | None:
    """A requisition exported as TOML as lines of text, or None when ``text`` is not TOML:
    the title first, then each key that names requirements (``must``, ``nice``,
    ``not_required``, ``skills``) under a heading of its own; tables and keys about the
    offer, the place, the pay or the people are left out."""
    if "=" not in text:
        return None
    try:
        document = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, ValueError):
        return None
    tables = [document, *(v for v in document.values() if isinstance(v, dict))]
    titles = [t[k] for t in tables for k in _TITLE_KEYS if isinstance(t.get(k), str)]
    lines = _toml_fields(document)
    if not lines:
        return None
    return "\n".join([*titles[:1], *lines])


def _toml_fields(table: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for key, value in table.items():
        words = _WORD_BREAK.sub(" ", key).strip().capitalize()
        if key in _TITLE_KEYS or IGNORED_HEADING.match(words) or PEOPLE_FIELD.match(words):
            continue
        if isinstance(value, dict):
            lines += _toml_fields(value)
            continue
        values = _strings(value)
        named = REQUIRED_HEADING.match(words) or PREFERRED_HEADING.search(words)
        if values and (named or LABEL_WORDS.search(words)):
            lines += ["", f"{words}:", *values]
    return lines
