"""Text clean-up shared by every reader, and URLs found in plain text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# PDF fonts without a ToUnicode map leak glyph ids as "(cid:127)"; they carry no text.
_CID_JUNK = re.compile(r"\(cid:\d+\)")
# Icon fonts (Font Awesome in LaTeX and Typst templates) map glyphs to the private use area.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
# Hyphens and dashes come in a dozen code points; matching wants one.
_DASHES = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "–",
        "\u2014": "—",
        "\u2015": "—",
        "\u2212": "-",
        "\ufffe": "-",
        "\u00a0": " ",
        "\u200b": "",
        "\ufeff": "",
    }
)
# LaTeX templates (Awesome-CV) draw a spaced "-" as a soft hyphen; elsewhere it only marks a break.
_SPACED_SOFT_HYPHEN = re.compile(r"(?<=\s)\u00ad(?=\s)")
_SPACES = re.compile(r"[ \f\v]+")
# A tab marks a wide gap between cells of one row (a name and a right-aligned e-mail).
_CELL_GAP = re.compile(r"[ \f\v]*\t[\t \f\v]*")


# A line of letters typed apart, its words set off by wider gaps: "J A N E   D O E".
_SPACED_LETTERS = re.compile(r"^[^\W\d_](?: +[^\W\d_])+$")
_WORD_GAP = re.compile(r" {2,}")


def normalise(text: str) -> str:
    """NFKC, one kind of hyphen, no soft hyphens or glyph junk, single spaces inside lines."""
    text = _PRIVATE_USE.sub("", _CID_JUNK.sub("", text))
    text = _SPACED_SOFT_HYPHEN.sub("-", text)
    text = text.replace("\u00ad", "")
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return "\n".join(
        _CELL_GAP.sub("\t", _SPACES.sub(" ", _spaced_letters(line))).strip()
        for line in text.splitlines()
    )


# In plain text a run of spaces inside a line is the wide gap between cells that a tab or a
# PDF's gap makes ("Wine Specialist  Wine Scholar Guild  Dec 2016"). Only after a word or a
# bracket: after a bullet, a number's point or a sentence's stop it is a typist's habit.
_WIDE_GAP = re.compile(r"(?<=[^\W_]|[)\]])[ ]{2,}(?=\S)")


def wide_gaps_as_tabs(line: str) -> str:
    """A plain-text line with each wide gap inside it written as a tab, as the other readers
    write one; its indent and letters typed apart ("J A N E   D O E") stay as they are."""
    body = line.lstrip(" ")
    if _SPACED_LETTERS.match(body.rstrip(" ")):
        return line
    return line[: len(line) - len(body)] + _WIDE_GAP.sub("\t", body)


def expand_tabs(line: str, stop: int = 8) -> str:
    """Tabs as spaces to the next tab stop, at least two of them: a tab that lands one space
    short of a stop is still a wide gap, not a word's space."""
    out: list[str] = []
    column = 0
    for char in line:
        if char != "\t":
            out.append(char)
            column += 1
            continue
        width = stop - column % stop
        width += stop if width < 2 else 0
        out.append(" " * width)
        column += width
    return "".join(out)


def _spaced_letters(line: str) -> str:
    """Letters typed apart ("J A N E   D O E") joined into the words that the wider gaps mark
    ("JANE DOE"). Without a wider gap nothing says where a word ends: the line stays."""
    stripped = line.strip(" ")
    if not _SPACED_LETTERS.match(stripped) or not _WORD_GAP.search(stripped):
        return line
    words = [word.split(" ") for word in _WORD_GAP.split(stripped)]
    if any(len(letters) < 2 for letters in words):
        return line
    return " ".join("".join(letters) for letters in words)


_URL = re.compile(
    r"""(?xi)
    \b(?:https?://|www\.)                 # a scheme or the www. that stands for one
    [^\s<>"'()\[\]{}]+                    # anything up to a space or a bracket
    |
    \b(?:[a-z0-9-]+\.)*                   # or a bare host on a platform we know
    (?:credly\.com|youracclaim\.com|credential\.net|coursera\.org|udemy\.com|badgr\.com
      |linkedin\.com|github\.com|learn\.microsoft\.com|accredible\.com|certmetrics\.com)
    /[^\s<>"'()\[\]{}]+
    """
)
# A URL that a line break cut: the first part ends with "/", "-", "=", "?" or "&" and the rest
# starts on the next line without a space.
_CONTINUES = ("/", "-", "=", "?", "&", "_", ".")
_CONTINUATION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-._~/?#=&%+]*$")
# A URL broken anywhere (a narrow column, CSS ``break-all``): the next line holds the rest of
# a path ("4c08/public_url") and is not a URL of its own.
_BROKEN_TAIL = re.compile(r"^(?!https?://|www\.)[A-Za-z0-9._~%-]*[/=?&_]\S*$")
_TRAILING_PUNCTUATION = ".,;:!?)]}»\"'"


def _clean_url(url: str) -> str:
    url = url.rstrip(_TRAILING_PUNCTUATION)
    if not url.lower().startswith(("http://", "https://")):
        url = "https://" + url
    return url


def find_urls(text: str) -> Iterator[tuple[int, str]]:
    """Each URL in ``text`` with the index of its line, re-joining URLs cut at a line end."""
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        matches = list(_URL.finditer(line))
        for position, match in enumerate(matches):
            url = match.group(0)
            ends_line = position == len(matches) - 1 and match.end() == len(line.rstrip())
            joined = index
            while (
                ends_line
                and joined + 1 < len(lines)
                and _CONTINUATION.match(lines[joined + 1].strip() or " ")
                and (url.endswith(_CONTINUES) or _BROKEN_TAIL.match(lines[joined + 1].strip()))
            ):
                joined += 1
                url += lines[joined].strip()
            yield index, _clean_url(url)
        index += 1


_URL_PIECE = re.compile(r"(?:(?:https?://|www\.)\S*|^[A-Za-z0-9._~%/?#=&+-]+)$")


def continues_url(previous: str, line: str) -> bool:
    """``line`` holds the rest of a URL that ``previous`` ends with, broken anywhere."""
    return bool(_URL_PIECE.search(previous.strip()) and _BROKEN_TAIL.match(line.strip()))


def word_set(text: str) -> frozenset[str]:
    """The set of space-separated words in ``text``: vocabularies written as one string."""
    return frozenset(text.split())
