"""A job posting pasted as JSON (a page's schema.org ``JobPosting``, an ATS export) made the
text a person would read: its title, then each field that says what the role is or needs
under a heading of its own, and its benefits under "Benefits"; the organisation, the place,
the pay and the dates are left out."""

from __future__ import annotations

import json
import re
from typing import Any

from extractors.role_text import PREFERRED_HEADING, REQUIRED_HEADING

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
        return text
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
