"""A job description written in a markup or pulled from a source that changes its words, made the
lines a person would read: LaTeX source (its sections, items and comments), text pulled from a
PDF with words hyphenated across lines, a unified diff (the document after the change), a
meeting transcript's times and speakers, a thread's post counters ("(3/6)") and Markdown's
single-star emphasis ("is *not* needed"); an outliner's or a wiki's markup
(``extractors.role_markups``)."""

from __future__ import annotations

import re

from extractors.role_markups import markup_text
from extractors.role_text import IGNORED_HEADING, PREFERRED_HEADING, REQUIRED_HEADING

# LaTeX source: a document class or body, or two of its sectioning and list commands.
_LATEX_DOCUMENT = re.compile(r"\\(?:documentclass|begin\s*\{document\})")
_LATEX_COMMAND_LINE = re.compile(r"(?m)^\s*\\(?:section|subsection|item|begin|end)\b")
_LATEX_COMMENT = re.compile(r"(?m)(?<!\\)%.*$")
_LATEX_PREAMBLE = re.compile(
    r"(?m)^\s*\\(?:documentclass|usepackage|begin|end|maketitle|author|date|newcommand"
    r"|setlength|pagestyle|thispagestyle|vspace|hspace|noindent)\b.*$"
)
_LATEX_SECTION = re.compile(
    r"\\(?:(?:sub){0,2}section|paragraph|chapter)\*?\s*(?:\[[^\]]*\])?\s*\{([^{}]*)\}"
)
_LATEX_ITEM = re.compile(r"\\item\b\s*(?:\[[^\]]*\]\s*)?")
_LATEX_BREAK = re.compile(r"\\\\(?:\s*\[[^\]]*\])?|\\newline\b|\\par\b")
_LATEX_SYMBOLS = {
    r"\&": "&",
    r"\%": "%",
    r"\_": "_",
    r"\#": "#",
    r"\$": "$",
    r"\pounds": "£",
    r"\euro": "€",
    r"\quad": " ",
    r"\qquad": " ",
    r"\ ": " ",
    "{,}": ",",
    "---": "—",
    "--": "–",
    "~": " ",
}
_LATEX_ARGUMENT = re.compile(r"\\[A-Za-z]+\*?\s*(?:\[[^\]]*\]\s*)?\{([^{}]*)\}")
_LATEX_WORD = re.compile(r"\\[A-Za-z]+\*?")


def _latex_text(text: str) -> str:
    """LaTeX source as lines: comments dropped (they are the writer's notes), each section's
    title a heading on a line of its own, each item a bulleted line, and the commands around
    words ("\\emph{or}") leaving the words."""
    text = _LATEX_COMMENT.sub("", text)
    text = _LATEX_PREAMBLE.sub("", text)
    text = _LATEX_SECTION.sub(lambda title: f"\n\n{title.group(1).strip()}\n", text)
    text = _LATEX_ITEM.sub("\n- ", text)
    text = _LATEX_BREAK.sub("\n", text)
    for command, written in _LATEX_SYMBOLS.items():
        text = text.replace(command, written)
    while True:
        unwrapped = _LATEX_ARGUMENT.sub(r"\1", text)
        if unwrapped == text:
            break
        text = unwrapped
    text = _LATEX_WORD.sub("", text).replace("{", "").replace("}", "")
    return "\n".join(line.strip() for line in text.splitlines())


# A word split at a line's end by a hyphen ("de-" / "signs"): in text pulled from a PDF, where
# it happens to many words, the next line joins on.
_SPLIT_WORD = re.compile(r"(?<=[A-Za-z]{2})-[ \t]*\n[ \t]*(?=[a-z]{2})")
_SPLIT_WORDS_IN_TEXT = 2

# An item wrapped under its own text, indented to it ("• Global Industrial Cyber Security" /
# "  Professional (GICSP) certification."): the indented line goes on, unless the item ended
# or heads what follows ("- Nice to have" over indented names).
_BULLETED = re.compile(r"^[ \t]*[•◦▪●■►▸*+–—-][ \t]+(?=\S)")


def _items_joined(text: str) -> str:
    lines: list[str] = []
    goes_on = False  # whether the last line is an item that a wrapped line may continue
    for line in text.split("\n"):
        if goes_on and line[:2].isspace() and line.strip() and not _BULLETED.match(line):
            lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
        else:
            lines.append(line)
        bullet = _BULLETED.match(lines[-1])
        item = lines[-1][bullet.end() :].strip() if bullet else ""
        goes_on = bool(item) and item[-1] not in ".:;!?" and not _heads(item)
    return "\n".join(lines)


def _heads(item: str) -> bool:
    return bool(
        REQUIRED_HEADING.match(item)
        or IGNORED_HEADING.match(item)
        or PREFERRED_HEADING.search(item)
    )


# A thread's post counter at a line's start or end: "(3/6) must: …", "… 🧵 (1/6)".
_POST_COUNTER = re.compile(r"(?m)^[ \t]*\(\d{1,2}/\d{1,2}\)[ \t]*|\(\d{1,2}/\d{1,2}\)[ \t]*$")
_POST_COUNTERS_IN_TEXT = 2

# Markdown's single-star emphasis around words ("is *not* needed"), not a bullet's star.
_STAR_EMPHASIS = re.compile(r"\*(?<![\w*]\*)(?=[^\s*])([^*\n]{1,60}?)(?<=[^\s*])\*(?![\w*])")


# A unified diff of a document ("diff --git", "--- a/…", "+++ b/…", "@@ -1,5 +1,6 @@").
_DIFF_HUNK = re.compile(r"(?m)^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@")
_DIFF_HEADER = re.compile(
    r"^(?:diff --git |index [0-9a-f]+\.\.|--- |\+\+\+ |@@ |new file mode|deleted file)"
)


def _after_change(text: str) -> str:
    """A unified diff as the document after the change: its context and added lines without
    their first column; removed lines, file headers and hunk headers go."""
    kept: list[str] = []
    for line in text.split("\n"):
        if _DIFF_HEADER.match(line) or line.startswith(("-", "\\")):
            continue
        kept.append(line[1:] if line[:1] in (" ", "+") else line)
    return "\n".join(kept)


# A meeting transcript's line: its time and its speaker ("00:01:06 Dana W.: Must have.").
_TRANSCRIPT_TURN = re.compile(
    r"(?m)^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\]?[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,3}?"
    r"[A-Z][\w.'’-]*[ \t]*:[ \t]+"
)
_TURNS_IN_TEXT = 2


def source_text(text: str) -> str:
    """``text`` with the marks of its source made plain (see the module's docstring)."""
    text = markup_text(text)  # Org-mode, MediaWiki
    if _DIFF_HUNK.search(text) and re.search(r"(?m)^\+\+\+ ", text):
        text = _after_change(text)
    if len(_TRANSCRIPT_TURN.findall(text)) >= _TURNS_IN_TEXT:
        text = _TRANSCRIPT_TURN.sub("", text)
    if "\\" in text and (
        _LATEX_DOCUMENT.search(text) or len(_LATEX_COMMAND_LINE.findall(text)) >= 2
    ):
        text = _latex_text(text)
    if len(_SPLIT_WORD.findall(text)) >= _SPLIT_WORDS_IN_TEXT:
        text = _SPLIT_WORD.sub("", text)
    if "\n  " in text or "\n\t" in text:
        text = _items_joined(text)
    if len(_POST_COUNTER.findall(text)) >= _POST_COUNTERS_IN_TEXT:
        text = _POST_COUNTER.sub("", text)
    return _STAR_EMPHASIS.sub(r"\1", text) if "*" in text else text
