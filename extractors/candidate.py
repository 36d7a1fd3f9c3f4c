"""Who the résumé is about: name, e-mail addresses, phone numbers and profile links."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from extractors.models import Candidate, Line, Link
from extractors.sections import heading_section
from extractors.text import word_set

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
_PHONE = re.compile(r"(?<![\w/.-])(?:\+|00)?\(?\d[\d ()./-]{6,}\d(?![\w/-])")
_NAME_WORD = re.compile(r"^(?:[^\W\d_]\.|[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*\.?)$", re.UNICODE)
_PARTICLES = word_set(
    "de da di do dos das del della der den van von la le du bin ibn al el y e ter ten"
)
# Lines near the top that look like names but are not.
_NOT_NAMES = word_set(
    "curriculum vitae resume résumé cv contact profile summary page personal information"
    " confidential address phone email mobile engineer developer manager analyst designer"
    " consultant architect nurse scientist director specialist officer lead senior junior intern"
    " student administrator assistant coordinator technician accountant devops software data"
    " teacher full stack available seeking university college institute school academy inc"
    " ltd llc gmbh corp corporation company technologies solutions group updated meng bs ms"
    " bsc msc phd mba computer science engineering"
)
_POST_NOMINAL = re.compile(r"^[A-Z][A-Za-z0-9+-]{1,11}$")
_PROFILE_HOSTS = ("linkedin.com", "github.com", "credly.com", "gitlab.com", "youracclaim.com")
# LinkedIn exports put a sidebar of contact details and skills before the name.
_HEAD_LINES = 30
_ID_LABEL = re.compile(r"(?i)(?:\bid|#|\bno\.?|number|licen[cs]e|credential|code)\s*[:#]?\s*$")


def find_candidate(
    head: Sequence[Line], text: str, links: Iterable[Link], urls: Iterable[str]
) -> Candidate:
    """The candidate from the first page's lines, the whole text and every link of a résumé."""
    emails = _unique(match.group(0).rstrip(".") for match in EMAIL.finditer(text))
    link_targets = [link.url for link in links]
    emails = _unique(
        [*emails]
        + [url[len("mailto:") :].split("?")[0] for url in link_targets if url.startswith("mailto:")]
    )
    phones = _unique(_phones(text))
    profiles = _unique(url for url in [*link_targets, *urls] if is_profile(url))
    found = find_name(head)
    return Candidate(
        name=found[1] if found else None,
        emails=tuple(emails),
        phones=tuple(phones),
        profiles=tuple(profiles),
    )


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
    """Which of the first lines holds the name, and the name without post-nominals.

    The name is usually the largest type at the top; failing sizes, the first line that reads
    as a person's name.
    """
    block = name_block(lines)
    return (block[0][0], block[1]) if block else None


def name_block(lines: Sequence[Line]) -> tuple[range, str] | None:
    """The lines that hold the name (two when a narrow sidebar wrapped it: "Priya Raman," /
    "CFA, FRM") and the name without post-nominals."""
    found: list[tuple[range, str, float]] = []
    for index, line in enumerate(lines[:_HEAD_LINES]):
        if index + 1 < len(lines) and _wrapped_name(line, lines[index + 1]):
            joined = f"{line.text.split(chr(9))[0]} {lines[index + 1].text.split(chr(9))[0]}"
            name = _as_name(joined)
            if name is not None:
                found.append((range(index, index + 2), name, line.size or 0.0))
                continue
        name = _as_name(line.text.split("\t")[0])
        if name is not None:
            found.append((range(index, index + 1), name, line.size or 0.0))
    if not found:
        return None
    largest = max(size for _, _, size in found)
    rows, name, _ = next(item for item in found if item[2] == largest)
    return rows, name


def _wrapped_name(first: Line, second: Line) -> bool:
    """Two lines of the same large type, one right under the other: one heading that wrapped."""
    if first.bbox is None or second.bbox is None or first.size is None or second.size is None:
        return False
    if abs(first.size - second.size) > 0.5 or not (first.emphasised and second.emphasised):
        return False
    height = first.bbox[3] - first.bbox[1]
    gap = second.bbox[1] - first.bbox[3]
    return -1.0 <= gap <= 0.6 * height and abs(first.bbox[0] - second.bbox[0]) <= 3.0


def _as_name(line: str) -> str | None:
    candidate = line.strip().strip("|•·").strip()
    if not candidate or "@" in candidate or heading_section(candidate) is not None:
        return None
    # "EMILY RODRIGUEZ, RN, BSN": the name is before the first comma of post-nominals.
    head, *rest = [part.strip() for part in re.split(r"\s*[,|]\s*", candidate)]
    if rest and not all(_POST_NOMINAL.match(part) for part in rest if part):
        return None
    words = head.split()
    if not 2 <= len(words) <= 5:
        return None
    if any(word.lower().strip(".") in _NOT_NAMES for word in words):
        return None
    capitalised = 0
    for word in words:
        if word in _PARTICLES:
            continue
        if not _NAME_WORD.match(word) or not word[0].isupper():
            return None
        capitalised += 1
    if capitalised < 2:
        return None
    return _title_if_shouting(head)


def _title_if_shouting(name: str) -> str:
    letters = [char for char in name if char.isalpha()]
    if not letters or not all(char.isupper() for char in letters):
        return name
    words = []
    for position, word in enumerate(name.split()):
        if position and word.lower() in _PARTICLES:
            words.append(word.lower())  # "DE LA CRUZ" → "de la Cruz"
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)


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
