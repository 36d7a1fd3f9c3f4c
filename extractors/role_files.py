"""A job description kept in a file format whose marks are not its words, made the lines a
person reading it sees: a calendar invite (iCalendar: folded lines, escapes, the event's
description), a raw e-mail message (its headers, its MIME parts, quoted-printable), subtitles
(SRT: cue numbers and times, sentences running across cues), a screen reader's speech log
("heading level 2", "bullet", "out of list", landmarks) and ``tree`` output (a directory per
heading, a file per item)."""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage

# -- iCalendar (RFC 5545) -------------------------------------------------------------------

_CALENDAR = re.compile(r"(?m)^BEGIN:V(?:CALENDAR|EVENT)\r?$")
_FOLD = re.compile(r"\r?\n[ \t]")
_PROPERTY = re.compile(r"^([A-Za-z][\w-]*)((?:;[^:\n]*)?):(.*)$")
_ESCAPE = re.compile(r"\\([nN,;\\])")


def _calendar_text(text: str) -> str:
    """An invite's descriptions, unfolded and unescaped, else its summaries: the organiser,
    attendees, location and codes are the meeting's, not the posting's words."""
    said: dict[str, list[str]] = {"DESCRIPTION": [], "SUMMARY": []}
    depth: list[str] = []
    for line in _FOLD.sub("", text).splitlines():
        field = _PROPERTY.match(line.strip())
        if field is None:
            continue
        name, value = field.group(1).upper(), field.group(3)
        if name in ("BEGIN", "END"):
            if name == "BEGIN":
                depth.append(value.strip().upper())
            elif depth:
                depth.pop()
            continue
        # an alarm's own description ("Reminder") is the alarm's
        if name in said and depth and depth[-1] in ("VEVENT", "VTODO", "VJOURNAL"):
            said[name].append(_ESCAPE.sub(_unescaped, value))
    return "\n\n".join(said["DESCRIPTION"] or said["SUMMARY"])


def _unescaped(escape: re.Match[str]) -> str:
    mark = escape.group(1)
    return "\n" if mark in "nN" else mark


# -- a raw e-mail message --------------------------------------------------------------------

_HEADER = re.compile(r"^[A-Za-z][\w-]*:[ \t]")
_MIME_HEADER = re.compile(r"(?im)^(?:MIME-Version|Content-Type|Content-Transfer-Encoding):")
_SENDER_HEADER = re.compile(r"(?im)^(?:From|Received|Return-Path|Message-ID):")


def _message_text(text: str) -> str | None:
    """A raw message's text: its plain part (or its HTML one, the same words), decoded; the
    headers go. None when ``text`` does not open with a message's MIME headers."""
    head = text.lstrip().split("\n\n", 1)[0]
    if not _HEADER.match(head) or not (_MIME_HEADER.search(head) and _SENDER_HEADER.search(head)):
        return None
    message = email.message_from_string(text.lstrip(), policy=email.policy.default)
    if not isinstance(message, EmailMessage):
        return None
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return None
    try:
        content = body.get_content()
    except (LookupError, ValueError):
        return None
    return content if isinstance(content, str) else None


# -- SRT subtitles ---------------------------------------------------------------------------

_CUE_TIME = re.compile(
    r"^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\b.*$"
)
_CUES_IN_TEXT = 2
_SOUND = re.compile(r"^\s*[\[(♪][^\])]*[\])♪]?\s*$")
_SENTENCE_END = re.compile(r"[.!?…:]['\"’”)]*\s*$")


def _subtitles_text(text: str) -> str | None:
    """Subtitles as what is said: cue numbers, times and sounds ("[music fades]") go, and a
    sentence running on over cues is one line. None when ``text`` is not SRT."""
    lines = text.splitlines()
    if sum(bool(_CUE_TIME.match(line)) for line in lines) < _CUES_IN_TEXT:
        return None
    said: list[str] = []
    running = False
    for number, line in enumerate(lines):
        words = line.strip()
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if not words or _CUE_TIME.match(line) or _SOUND.match(words):
            continue
        if words.isdigit() and _CUE_TIME.match(following):
            continue
        if running and said:
            said[-1] = f"{said[-1]} {words}"
        else:
            said.append(words)
        # the first line said, ending its cue, is a title ("Warehouse Supervisor")
        cue_ends = not following.strip() or _CUE_TIME.match(following) is not None
        running = not _SENTENCE_END.search(words) and not (len(said) == 1 and cue_ends)
    return "\n".join(said)


# -- a screen reader's speech log ------------------------------------------------------------

_SPOKEN_HEADING = re.compile(r"(?i)^heading\s+level\s+([1-6])\s+(.*)$")
_SPOKEN_ITEM = re.compile(r"(?i)^bullet\s+(.*)$")
# What a screen reader says of the page's layout: lists, landmarks, regions, the document.
_SPOKEN_LAYOUT = re.compile(
    r"(?i)^(?:list\s+with\s+\d+\s+items?|out\s+of\s+(?:list|table|landmark|region)|document"
    r"|(?:banner|navigation|main|contentinfo|complementary|search|region|form)\s+landmark"
    r"|(?:link|button|graphic|visited\s+link|clickable|edit|combo\s+box)\b)(?:\s|$)"
)
_SPOKEN_LINES = 3


def _spoken_text(text: str) -> str | None:
    """A speech log as the page it reads: "heading level 2 X" a heading, "bullet X" an item;
    what it says of links, buttons, lists and landmarks goes (a list of links is the page's
    menu). None when ``text`` is not such a log."""
    lines = [re.sub(r"[ \t]{2,}", " ", line.strip()) for line in text.splitlines()]
    spoken = sum(bool(_SPOKEN_HEADING.match(line) or _SPOKEN_LAYOUT.match(line)) for line in lines)
    if spoken < _SPOKEN_LINES or not any(_SPOKEN_HEADING.match(line) for line in lines):
        return None
    page: list[str] = []
    for line in lines:
        heading = _SPOKEN_HEADING.match(line)
        item = _SPOKEN_ITEM.match(line)
        if heading:
            page += ["", f"{'#' * int(heading.group(1))} {heading.group(2)}"]
        elif item:
            page.append(f"- {item.group(1)}")
        elif not _SPOKEN_LAYOUT.match(line):
            page.append(line)
    return "\n".join(page)


# -- tree output -----------------------------------------------------------------------------

_BRANCH = re.compile(r"^((?:[│|][ \t]{3}|[ \t]{4})*)(?:├──|└──|[|`]--)[ \t]?(.*)$")
_BRANCHES_IN_TEXT = 3


def _tree_text(text: str) -> str | None:
    """``tree`` output as an outline: a directory under the root a heading ("must-have" reads
    "must have:"), a deeper one a line heading the items under it ("one-of:"), a file an item.
    None when ``text`` has no such branches."""
    lines = text.splitlines()
    nodes = [(number, _BRANCH.match(line)) for number, line in enumerate(lines)]
    branches = [(number, match) for number, match in nodes if match]
    if len(branches) < _BRANCHES_IN_TEXT:
        return None
    depth = {number: len(match.group(1)) // 4 for number, match in branches}
    first = branches[0][0]
    outline: list[str] = lines[: max(first - 1, 0)]
    for index, (number, match) in enumerate(branches):
        name = match.group(2).strip()
        after = branches[index + 1][0] if index + 1 < len(branches) else None
        parent = after is not None and depth[after] > depth[number]
        if parent and depth[number] == 0:
            outline += ["", f"{re.sub(r'[-_]+', ' ', name).strip().capitalize()}:"]
        elif parent:
            outline.append(f"{re.sub(r'[-_]+', ' ', name).strip()}:")
        else:
            outline.append(f"- {name}")
    return "\n".join(outline)


# A template's instructions to whoever fills it in, in double angle brackets ("<<List 3–5
# must-haves only. Examples: …>>"): not the posting's words.
_TEMPLATE_NOTE = re.compile(r"<<[^<>]{1,600}?>>")


def file_text(text: str) -> str:
    """``text`` as its reader sees it when it is one of the formats above; else ``text``. A
    template's instructions go whatever the format."""
    if "<<" in text:
        text = "\n".join(
            kept
            for line in text.split("\n")
            if (kept := _TEMPLATE_NOTE.sub("", line)).strip() or not _TEMPLATE_NOTE.search(line)
        )
    if _CALENDAR.search(text):
        return _calendar_text(text)
    for reading in (_message_text, _subtitles_text, _spoken_text, _tree_text):
        read = reading(text)
        if read is not None:
            return read
    return text
