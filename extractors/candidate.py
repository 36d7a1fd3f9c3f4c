"""Who the résumé is about: name, e-mail addresses, phone numbers and profile links."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from extractors.models import Candidate, Line, Link
from extractors.names import EMAIL, name_block

_PHONE = re.compile(r"(?<![\w/.-])(?:\+|00)?\(?\d[\d ()./-]{6,}\d(?![\w/-])")
_PROFILE_HOSTS = ("linkedin.com", "github.com", "credly.com", "gitlab.com", "youracclaim.com")
_ID_LABEL = re.compile(r"(?i)(?:\bid|#|\bno\.?|number|licen[cs]e|credential|code)\s*[:#]?\s*$")


def find_candidate(
    head: Sequence[Line], text: str, links: Iterable[Link], urls: Iterable[str]
) -> Candidate:
    """The candidate from the first page's lines, the whole text and every link of a résumé."""
    found = find_name(head)
    return candidate_named(found[1] if found else None, text, links, urls)


def candidate_named(
    name: str | None, text: str, links: Iterable[Link], urls: Iterable[str]
) -> Candidate:
    """The candidate of a name already found, with the contact details in the text and links."""
    text = _BROKEN_ADDRESS.sub(r"\1\2", text)
    emails = _unique(match.group(0).rstrip(".") for match in EMAIL.finditer(text))
    link_targets = [link.url for link in links]
    emails = _unique(
        [*emails]
        + [url[len("mailto:") :].split("?")[0] for url in link_targets if url.startswith("mailto:")]
    )
    phones = _unique(_phones(text))
    profiles = _unique(url for url in [*link_targets, *urls] if is_profile(url))
    return Candidate(
        name=name, emails=tuple(emails), phones=tuple(phones), profiles=tuple(profiles)
    )


# An e-mail address a narrow column broke inside its domain ("jl.garza@gmail.co" / "m",
# "kristine@yahoo." / "com.ph"): a line of a few lower-case letters alone goes on with it.
_BROKEN_ADDRESS = re.compile(r"(?m)([\w.+-]+@[\w.-]+)\n([a-z]{1,6}(?:\.[a-z]{2,3})?)$")


def is_profile(url: str) -> bool:
    """A person's page on LinkedIn, GitHub or a badge platform, not a single credential."""
    parts = urlsplit(url if "://" in url else f"https://{url}")
    host = (parts.hostname or "").removeprefix("www.")
    segments = [segment for segment in parts.path.split("/") if segment]
    if host.endswith("linkedin.com"):
        return len(segments) >= 2 and segments[0] in {"in", "pub"}
    if host in {"github.com", "gitlab.com"}:
        return len(segments) == 1
    if host.endswith(("credly.com", "youracclaim.com")):
        return len(segments) >= 2 and segments[0] == "users"
    return False


def find_name(lines: Sequence[Line]) -> tuple[int, str] | None:
    """Which of the first page's lines holds the name, and the name without post-nominals.

    The name is usually the largest type at the top; failing sizes, the first line that reads
    as a person's name (``names.name_block`` weighs the rest of the evidence).
    """
    block = name_block(lines)
    return (block[0][0], block[1]) if block else None


def _phones(text: str) -> Iterable[str]:
    for match in _PHONE.finditer(text):
        phone = match.group(0).strip()
        digits = re.sub(r"\D", "", phone)
        # Year ranges ("2019 - 2023") and dates look like numbers too.
        if not 7 <= len(digits) <= 15 or re.fullmatch(r"(19|20)\d\d\s*[-/.]\s*(19|20)\d\d", phone):
            continue
        if re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", phone):
            continue
        # "05/2021 - 06/2024" is a span of months; "License # 987654321" is a number, not a line.
        if re.search(r"\b(?:0?[1-9]|1[0-2])[/.-](?:19|20)\d{2}\b", phone):
            continue
        if _ID_LABEL.search(text[max(0, match.start() - 20) : match.start()]):
            continue
        yield phone


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        key = value.lower()
        if value and key not in seen:
            seen[key] = value
    return list(seen.values())
