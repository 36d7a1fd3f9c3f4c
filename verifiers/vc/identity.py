"""Is the credential's subject the candidate? Email, hashed identifier, DID or URL, name.

OB 3.0 ``credentialSubject`` carries an ``id`` (a DID, a URL, a ``mailto:``), ``identifier``
objects (``IdentityObject``: an email, a name or an id, plain or hashed) and a ``name``. Names
and emails are compared by ``verifiers.identity`` (shared with the other verifiers); a hash
match is "consistent with", not proof of, identity (verification.md §1.4).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from extractors.models import Candidate
from verifiers.identity import email_matches, match_name
from verifiers.models import Verdict

_EMAIL_TYPES = frozenset({"emailAddress", "email"})
_ID_TYPES = frozenset({"did", "url", "sourcedId", "studentId", "identifier"})


@dataclass(frozen=True)
class SubjectMatch:
    """How the subject compares: ``failure`` None means it is the candidate."""

    detail: str
    failure: Verdict | None = None


def names_match(claimed: str, found: str) -> bool:
    """Whether the résumé's name (``claimed``) and the credential's name are the same person."""
    return match_name(claimed, found).same


def identity_hash(value: str, salt: str, algorithm: str = "sha256") -> str:
    return hashlib.new(algorithm, (value + salt).encode("utf-8")).hexdigest()


def _subjects(credential: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    subject = credential.get("credentialSubject")
    for each in subject if isinstance(subject, list) else [subject]:
        if isinstance(each, Mapping):
            yield each


def match_subject(credential: Mapping[str, Any], candidate: Candidate) -> SubjectMatch:
    """Compare every identifier the subject carries with what the résumé gives."""
    emails = {email.strip().lower() for email in candidate.emails if email.strip()}
    profiles = {profile.strip().rstrip("/") for profile in candidate.profiles if profile.strip()}
    compared: list[str] = []
    for subject in _subjects(credential):
        for identifier in _as_list(subject.get("identifier")):
            if not isinstance(identifier, Mapping):
                continue
            matched = _identifier_match(identifier, emails, profiles, candidate.name, compared)
            if matched is not None:
                return matched
        email = subject.get("email")
        if isinstance(email, str) and emails:
            compared.append("email")
            if email.strip().lower() in emails:
                return SubjectMatch("issued to the candidate's email")
        subject_id = subject.get("id")
        if isinstance(subject_id, str) and subject_id.strip():
            subject_id = subject_id.strip()
            if subject_id.startswith("mailto:") and emails:
                compared.append("email")
                if subject_id.removeprefix("mailto:").lower() in emails:
                    return SubjectMatch("issued to the candidate's email")
            elif profiles:
                compared.append("identifier")
                if subject_id.rstrip("/") in profiles:
                    return SubjectMatch(f"issued to the candidate's identifier {subject_id}")
        name = subject.get("name")
        if isinstance(name, str) and name.strip() and candidate.name:
            compared.append("name")
            if names_match(candidate.name, name):
                return SubjectMatch("issued to the candidate's name")
    if compared:
        kinds = ", ".join(dict.fromkeys(compared))
        return SubjectMatch(
            f"issued to someone else: the subject's {kinds} differ from the candidate's",
            Verdict.MISMATCH,
        )
    return SubjectMatch(
        "the subject could not be compared: the credential and the résumé share no kind of "
        "identifier (email, DID or URL, name)",
        Verdict.UNVERIFIED,
    )


def _identifier_match(
    identifier: Mapping[str, Any],
    emails: set[str],
    profiles: set[str],
    name: str | None,
    compared: list[str],
) -> SubjectMatch | None:
    """One OB 3.0 ``IdentityObject`` against the candidate's emails, identifiers or name."""
    kind = str(identifier.get("identityType") or "")
    value = str(identifier.get("identityHash") or "").strip()
    if kind in _EMAIL_TYPES:
        label, known = "email", emails
    elif kind == "name":
        label, known = "name", {name.strip()} if name and name.strip() else set()
    elif kind in _ID_TYPES:
        label, known = "identifier", profiles
    else:
        return None
    if not value or not known:
        return None
    compared.append(label)
    if identifier.get("hashed"):
        salt = str(identifier.get("salt") or "")
        if email_matches(value, known, hashed=True, salt=salt):
            return SubjectMatch(
                f"the hashed {label} matches the candidate's (consistent with, not proof of, "
                "identity)"
            )
        return None
    if label == "name":
        return (
            SubjectMatch("issued to the candidate's name")
            if name and names_match(name, value)
            else None
        )
    if value.lower().rstrip("/") in {each.lower().rstrip("/") for each in known}:
        return SubjectMatch(f"issued to the candidate's {label}")
    return None


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
