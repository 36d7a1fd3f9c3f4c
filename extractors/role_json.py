"""A job posting pasted as JSON (a page's schema.org ``JobPosting``, an ATS export, an API's
response with its request and status lines above it) or exported
as TOML (a requisition's ``[requirements]`` with ``must`` and ``nice`` arrays) or as CSV (a
header and a row: ``must_have``, ``nice_to_have``, ``benefits`` fields) made the text a
person would read: its title, then each field that says what the role is or needs under a
heading of its own, and its benefits under "Benefits"; the organisation, the place, the pay,
the dates and the people (hiring manager, recruiter) are left out."""

from __future__ import annotations

import csv
import json
import re
import tomllib
from typing import Any

from extractors.role_exports import (
    code_object,
    grouped,
    hcl_document,
    sql_document,
    yaml_document,
)
from extractors.role_text import (
    IGNORED_HEADING,
    LABEL_WORDS,
    NOT_ASKED_HEADING,
    PEOPLE_FIELD,
    PREFERRED_HEADING,
    REQUIRED_HEADING,
)

# schema.org JobPosting's fields, under the heading a posting written for people gives them.
_HEADINGS = {
    "description": "Job description",
    "summary": "Job description",
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
    stripped = _response_body(text.strip())
    if not stripped.startswith("{"):
        return _toml_text(text) or _csv_text(text) or text
    try:
        posting = json.loads(stripped)
    except ValueError:
        return text
    if not isinstance(posting, dict):
        return text
    posting = _enveloped(posting)
    title = posting.get("title")
    lines = [title] if isinstance(title, str) else []
    for key, value in posting.items():
        heading = _HEADINGS.get(key) or _heading_of(key)
        values = _strings(value)
        if heading and values:
            lines += ["", f"{heading}:", *values]
    return "\n".join(lines)


# An API call's request and status lines, and the response's headers, above its JSON body
# ("GET /v2/requisitions/REQ-1", "200 OK", "HTTP/1.1 200 OK", "Content-Type: …").
_REQUEST_LINE = re.compile(
    r"^(?:(?:GET|POST|PUT|PATCH)\s+\S+(?:\s+HTTP/[\d.]+)?|HTTP/[\d.]+\s+\d{3}\b.*)$"
)
_RESPONSE_LINE = re.compile(
    r"^(?:HTTP/[\d.]+\s+)?\d{3}(?:\s+[A-Za-z][A-Za-z ]*)?$|^[A-Za-z][\w-]*:\s.*$"
)


def _response_body(text: str) -> str:
    """The JSON body of an API call pasted with its request line (and the status line and
    headers after it); ``text`` itself when it is not that."""
    lines = text.splitlines()
    if not lines or not _REQUEST_LINE.match(lines[0].strip()):
        return text
    for number, line in enumerate(lines[1:], start=1):
        if line.lstrip().startswith("{"):
            return "\n".join(lines[number:]).strip()
        if line.strip() and not _RESPONSE_LINE.match(line.strip()):
            return text
    return text


def _enveloped(posting: dict[str, Any]) -> dict[str, Any]:
    """The posting inside an API's envelope (``{"data": {"title": …}, "meta": {…}}``): while
    the object has no title of its own and one of its fields is an object that has, that one."""
    while not any(isinstance(posting.get(key), str) for key in _TITLE_KEYS):
        inner = [
            value
            for value in posting.values()
            if isinstance(value, dict) and any(isinstance(value.get(k), str) for k in _TITLE_KEYS)
        ]
        if len(inner) != 1:
            break
        posting = inner[0]
    return posting


def exported_text(text: str) -> str | None:
    """A job ad kept as a program's object, as YAML or as SQL inserts
    (``extractors.role_exports``) as lines, as a TOML requisition is read; None for anything
    else. Read before the text's layout is (its indented lines are its structure, not wrapped
    items)."""
    document = sql_document(text) or hcl_document(text)
    if document is None and ":" not in text:
        return None
    document = document or code_object(text) or yaml_document(text)
    return _document_text(document) if document is not None else None


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
        # entries with a name and a priority ("[{"name": "SQL", "priority": "must"}]"), each
        # priority a heading over its names
        # (entries that list their own alternatives are read one by one)
        entries = any(isinstance(item, dict) and _entry(item) is not None for item in value)
        groups = value if entries else grouped(value)
        if isinstance(groups, dict):
            return [
                line
                for standing, names in groups.items()
                for line in ("", f"{standing.capitalize()}:", *(f"- {name}" for name in names))
            ]
        return [f"- {each}" for item in value for each in _strings(item)]
    if isinstance(value, dict):
        entry = _entry(value)
        if entry is not None:
            return entry
        lines: list[str] = []
        for key, item in value.items():
            if key.startswith("@"):
                continue
            values = _strings(item)
            # a field of its parent's that says its standing: "qualifications": {"required":
            # [...], "preferred": [...]}
            heading = _standing_key(key)
            lines += ["", f"{heading}:", *values] if heading and values else values
        return lines
    return []


# An entry's own words, and the names it offers as alternatives: {"type": "certification",
# "text": "One associate-level certification from the list", "match": "any", "items": [...]}.
_TEXT_FIELDS = ("text", "name", "label", "requirement", "description", "value")
_ALTERNATIVES_FIELDS = ("items", "options", "any_of", "anyOf", "one_of", "oneOf", "alternatives")
_ALL_MATCH = ("all", "every", "each", "and")


def _entry(entry: dict[str, Any]) -> list[str] | None:
    """An entry of a requirement's text and the names it lists as lines, or None when the
    object is not one: its names as one line of alternatives ("A or B") unless its ``match``
    says all are needed; its text when it lists none. Its type and other codes are not
    words of the posting."""
    text = next((entry[key] for key in _TEXT_FIELDS if isinstance(entry.get(key), str)), None)
    listed = next((entry[k] for k in _ALTERNATIVES_FIELDS if isinstance(entry.get(k), list)), None)
    if text is None or listed is None:
        return None
    names = [item.strip() for item in listed if isinstance(item, str) and item.strip()]
    if not names:
        return [text] if text.strip() else []
    if str(entry.get("match", "any")).strip().casefold() in _ALL_MATCH:
        return names
    return [" or ".join(names)]


_STANDING_KEY = re.compile(r"(?i)^(?:required|mandatory|must(?:\s+haves?)?|essential|minimum)$")


def _standing_key(key: str) -> str | None:
    """A field's name as a heading when it says the standing of what it holds ("required",
    "preferred", "nice_to_have", "not_required"), else None."""
    words = _WORD_BREAK.sub(" ", key).strip().capitalize()
    if (
        _STANDING_KEY.match(words)
        or REQUIRED_HEADING.match(words)
        or PREFERRED_HEADING.search(words)
        or NOT_ASKED_HEADING.match(words)
    ):
        return words
    return None


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
    return _document_text(document)


def _document_text(document: dict[str, Any]) -> str | None:
    """A requisition's fields as lines (see ``_toml_text``), or None when none names what the
    role needs."""
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
        elif values and key in _HEADINGS:  # "description": what the role does
            lines += ["", f"{_HEADINGS[key]}:", *values]
    return lines


# A CSV header's field names ("req_id,title,must_have,nice_to_have,benefits").
_CSV_FIELD = re.compile(r"[A-Za-z][\w ]{0,39}")


def _csv_text(text: str) -> str | None:
    """A requisition exported as a CSV header and a row as lines of text (as ``_toml_text``
    reads a TOML one), or None when ``text`` is not that: its first line names three or more
    fields, one of them requirements, and its second line has as many values. A second row
    is another requisition, left out."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or lines[0].count(",") < 2:
        return None
    try:
        header, row = list(csv.reader(lines[:2]))[:2]
    except (csv.Error, ValueError):
        return None
    names = [name.strip() for name in header]
    if len(row) != len(names) or not all(_CSV_FIELD.fullmatch(name) for name in names):
        return None
    words = [_WORD_BREAK.sub(" ", name).strip().capitalize() for name in names]
    if not any(REQUIRED_HEADING.match(each) or PREFERRED_HEADING.search(each) for each in words):
        return None
    record = dict(zip(names, (value.strip() for value in row), strict=True))
    titles = [record[key] for key in _TITLE_KEYS if record.get(key)]
    return "\n".join([*titles[:1], *_toml_fields(record)])
