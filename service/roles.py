"""The role a verification is judged against: taken from a form, the API, a webhook or a file,
checked, stored with the verification, and read again whenever its report is rebuilt.

Stored as ``{"text": "…"}`` for a job description, or as given for a structured role
(``{"required": [...], "preferred": [...]}``); ``extractors.read_role`` refuses a ``text`` key
in a structured role, so the two never mix.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import extractors
from extractors import ExtractionError, Role, RoleError, read_role
from service.sandbox import Limits, SandboxError, default_sandbox
from service.uploads import UploadRejected, check_upload

#: The largest job description file taken (PDF, DOCX or text); its text is capped apart.
MAX_ROLE_FILE_BYTES = 2 * 2**20
#: The pages of a job description file read.
MAX_ROLE_PAGES = 10

_ITEM_TEXT = {"type": "string", "maxLength": extractors.MAX_ITEM_CHARS}
#: One item of a structured role as the OpenAPI document describes it: a name ("CISSP or
#: CISM"), or a counted list met by ``at_least`` of its names (any one when left out).
ROLE_ITEM_SCHEMA: dict[str, Any] = {
    "anyOf": [
        _ITEM_TEXT,
        {
            "type": "object",
            "properties": {
                "at_least": {"type": "integer", "minimum": 1},
                "any_of": {"type": "array", "items": _ITEM_TEXT, "minItems": 1},
            },
            "required": ["any_of"],
            "additionalProperties": False,
        },
    ]
}
#: A role: a job description, or ``{"required": [...], "preferred": [...]}``.
ROLE_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "maxLength": extractors.MAX_ROLE_CHARS},
        {
            "type": "object",
            "properties": {
                "required": {"type": "array", "items": ROLE_ITEM_SCHEMA},
                "preferred": {"type": "array", "items": ROLE_ITEM_SCHEMA},
            },
            "additionalProperties": False,
        },
    ]
}
#: What every role field's description says of the structured form.
STRUCTURED_ROLE = (
    '{"required": [...], "preferred": [...]} naming credentials or skills, each item a string '
    '("CISSP or CISM") or {"at_least": n, "any_of": [...]} (n of the names needed)'
)


class BadRole(ValueError):
    """A role that cannot be used; the message is one sentence, safe to show."""


def checked(given: str | Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The role as stored: None when none was given, else read once to refuse a bad one.

    A string that is a JSON object is a structured role ("role" as a form field).
    """
    if given is None:
        return None
    if isinstance(given, str):
        if not given.strip():
            return None
        if given.lstrip().startswith("{"):
            try:
                parsed = json.loads(given)
            except ValueError:
                raise BadRole("The role starts with { but is not a JSON object.") from None
            return checked(parsed) if isinstance(parsed, dict) else _refuse()
        _read({"text": given.strip()})
        return {"text": given.strip()}
    if not isinstance(given, Mapping):
        return _refuse()
    stored = {str(key): value for key, value in given.items()}
    _read(stored)
    return stored


def _refuse() -> dict[str, Any]:
    raise BadRole('The role must be text or {"required": [...], "preferred": [...]}.')


def _read(stored: Mapping[str, Any]) -> Role:
    given: str | Mapping[str, Any] = stored
    if "text" in stored:
        if len(stored) > 1 or not isinstance(stored["text"], str):
            raise BadRole('A role is {"text": "…"} or {"required": [...], "preferred": [...]}.')
        given = stored["text"]
    try:
        return read_role(given)
    except RoleError as error:
        raise BadRole(str(error)) from None


def warm() -> None:
    """Build the reader's matchers now (a second or more, once per process), so the first
    role read later is quick; call it off the event loop."""
    read_role("")


def stored_role(stored: Mapping[str, Any] | None) -> Role | None:
    """The role a verification was asked with, read again (None when it had none)."""
    return None if not stored else _read(stored)


async def role_file_text(data: bytes, filename: str, *, limits: Limits) -> str:
    """The text of an uploaded job description: a text file as it is; a PDF or DOCX is
    checked like a résumé and read in a sandbox worker under ``limits``. Raises ``BadRole``."""
    try:
        media_type = check_upload(data, filename, max_bytes=MAX_ROLE_FILE_BYTES)
    except UploadRejected as error:
        raise BadRole(f"The job description file: {error}.") from None
    if media_type == "text/plain":
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise BadRole("The job description file is not UTF-8 text.") from None
    try:
        document = await default_sandbox().run(
            limits, extractors.read, data, filename, max_pages=MAX_ROLE_PAGES
        )
    except SandboxError:
        raise BadRole("The job description file could not be read in time.") from None
    except ExtractionError as error:
        raise BadRole(f"The job description file: {error}.") from None
    text: str = document.text
    return text
