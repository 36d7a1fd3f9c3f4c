"""A credentials section's lines grouped into entries: a title line and the lines that tell
more about it (issuer, dates, ID, link), never a neighbour's."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from extractors.claim_text import (
    BULLET,
    CREDENTIAL_ID,
    CREDENTIAL_SECTIONS,
    CREDENTIAL_WORD,
    FIELD_LINE,
    HAS_YEAR,
    ORGANISATION,
    WEB_ADDRESS,
    ClaimLine,
)
from extractors.dated_entries import DATED_TAIL
from extractors.not_held import NOT_HELD
from extractors.text import continues_url


def entry_blocks(
    lines: Sequence[ClaimLine],
    continues_entry: Callable[[str], bool],
    issuer_line: Callable[[Sequence[ClaimLine], ClaimLine, ClaimLine | None], bool],
    names_nothing: Callable[[str], bool] = lambda text: False,
) -> list[list[ClaimLine]]:
    """Lines grouped into entries: in credential sections a title line and its field lines.

    ``names_nothing`` tells a line that names no credential of its own ("NVIDIA, Mar 2025"):
    where blank lines part a section's entries, such a line under a title is that entry's.
    """
    blocks: list[list[ClaimLine]] = []
    paragraphed = _paragraphed(lines)
    bold_titles = _bold_titles(lines)
    for position, line in enumerate(lines):
        following = lines[position + 1] if position + 1 < len(lines) else None
        in_section = line.section in CREDENTIAL_SECTIONS
        continues = (
            in_section
            and blocks
            and blocks[-1][0].section == line.section
            and line.content_start == 0
            # A table row is a whole entry, whatever its first cell holds ("Feb 2015 | …").
            and not line.table_row
            # A blank line ends an entry: a text résumé's entries are its paragraphs.
            and not line.blank_before
            # A card drawn round one entry holds it whole, and none of another card's.
            and (line.card is None or line.card == blocks[-1][0].card)
            and (
                # A dash before dates is punctuation, not a bullet: "— 03/2023 – 03/2026".
                (BULLET.match(line.text) is not None and DATED_TAIL.match(line.text) is not None)
                # Under a title that has no bullet, a line opening with a dash is its tail:
                # "Deep Learning Specialization" / "— DeepLearning.AI, Certificate No. …".
                or (_DASH.match(line.text) is not None and BULLET.match(blocks[-1][0].text) is None)
                or (BULLET.match(line.text) is None and continues_entry(line.text))
                or (BULLET.match(line.text) is None and issuer_line(blocks[-1], line, following))
                # A section whose entries are paragraphs: a line under the title names
                # who issued it and when, whoever that is ("NVIDIA, Mar 2025 – Mar 2027").
                or (
                    paragraphed[position]
                    and BULLET.match(line.text) is None
                    and BULLET.match(blocks[-1][0].text) is None
                    and names_nothing(line.text)
                )
                # A list wrapped onto the next line ("AI tools: OpenCode, Gemini,"), unless
                # the next line is an entry of its own: a credential named and dated ("… 2021
                # -" / "Certified Kubernetes Administrator (CKA), …, 2022"). A web address's
                # closing slash ("credentials.edx.org/…/") ends no list.
                or (
                    _open_list_end(blocks[-1][-1].text)
                    and (names_nothing(line.text) or not HAS_YEAR.search(line.text))
                )
                # The rest of a URL a narrow column broke anywhere ("4c08/public_url").
                or continues_url(blocks[-1][-1].text, line.text)
                # Where each entry's title is set in bold (its dates beside it may be in
                # roman), a line in no bold right under a title is that entry's, however
                # many commas or dashes the issuer's name on it holds ("Ministry of …, …").
                or (
                    bold_titles[position]
                    and len(blocks[-1]) == 1
                    and not blocks[-1][0].plain
                    and line.plain
                    and BULLET.match(line.text) is None
                    and names_nothing(line.text)
                )
            )
        )
        in_card = (
            in_section
            and blocks
            and line.card is not None
            and line.card == blocks[-1][0].card
            and blocks[-1][0].section == line.section
            and not line.table_row
        )
        if continues or in_card:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return blocks


def status_below(block: Sequence[ClaimLine]) -> bool:
    """ "NATE Heat Pump Service" over "exam scheduled 01/2027", "Series 24" over "studying, …":
    a status right under the title, opening its line, says the title is not held yet."""
    if len(block) < 2:
        return False
    below = block[1].text.strip()
    return NOT_HELD.match(below) is not None or _STATUS.match(below) is not None


# "eligible 2027, not yet applied": a line that opens with what is still to come.
_STATUS = re.compile(r"(?i)^(?:eligible|not\s+yet)\b")
_DASH = re.compile(r"^\s*[—–]\s")
_ENDS_IN_ADDRESS = re.compile(WEB_ADDRESS.pattern + "$")


def _open_list_end(text: str) -> bool:
    """The line ends as a list's item that goes on ("Gemini,", "… 2021 -"), not in a web
    address."""
    text = text.rstrip()
    listed = text.endswith((",", "&", " and", "-", "/", "·", "|"))
    return listed and not _ENDS_IN_ADDRESS.search(text)


def _paragraphed(lines: Sequence[ClaimLine]) -> list[bool]:
    """For each line, whether its section parts its entries by blank lines: two or more of
    its lines after the first stand below a blank one."""
    flags: list[bool] = []
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and lines[end].section == lines[start].section:
            continue
        run = lines[start:end]
        parted = sum(line.blank_before for line in run[1:]) >= 2
        flags.extend([parted] * len(run))
        start = end
    return flags


def _bold_titles(lines: Sequence[ClaimLine]) -> list[bool]:
    """For each line, whether its section (of a PDF) opens with a line holding bold type and
    holds two such lines or more, each followed by a line with none: titles in bold over their
    entries' other lines."""
    flags: list[bool] = []
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and lines[end].section == lines[start].section:
            continue
        run = lines[start:end]
        titled = [i for i, line in enumerate(run) if line.bbox is not None and not line.plain]
        styled = (
            len(titled) >= 2
            and titled[0] == 0
            and all(i + 1 < len(run) and run[i + 1].plain for i in titled)
        )
        flags.extend([styled] * len(run))
        start = end
    return flags


def run_in_items(line: ClaimLine) -> list[ClaimLine]:
    """The items of a line that lists several entries parted by semicolons ("CKA (CNCF, 2022);
    Crane Operator Licence (Port Authority, 2019)"), each as a line of its own with the links
    whose text it holds; none when the line holds one entry. A semicolon inside brackets
    ("(CNCF, 2022; renewed 2024)") parts nothing. A comma right after a bracket that dates
    the entry before it parts entries too ("CKA (CNCF, 2022), Crane Operator Licence (…)"),
    where a title's own comma ("Teacher License, Mathematics (7–12)") does not."""
    content = line.text[line.content_start :]
    items: list[str] = []
    depth, start, opened, dated_close = 0, 0, 0, -1
    for position, char in enumerate(content):
        if char in "([" and depth == 0:
            opened = position
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(char, 0)
        if char in ")]" and depth == 0 and HAS_YEAR.search(content[opened:position]):
            dated_close = position
        after_dates = char == "," and position - 1 == dated_close
        if (char == ";" or after_dates) and depth <= 0:
            items.append(content[start:position])
            start = position + 1
    items.append(content[start:])
    items = [BULLET.sub("", item).strip().rstrip(".").strip() for item in items]
    # Each item opens as a title does; "Awarded April 2023; renewal due April 2026" is one
    # entry's fields parted by a semicolon.
    if len(items) < 2 or not all(item[:1].isupper() or item[:1].isdigit() for item in items):
        return []
    if any(FIELD_LINE.match(item) for item in items[1:]):
        return []
    return [
        replace(
            line,
            text=item,
            content_start=0,
            links=tuple(link for link in line.links if link.text and link.text in item),
        )
        for item in items
    ]


# A full stop that ends a field of an entry written as sentences: after a word or a number,
# before a capital or a digit ("Team Lead. HDI. October 2024"), never after an abbreviation
# ("no. 84512", "St. John", "Inc.") or an initial ("M. K.").
_WORD_STOP = (
    r"(?:(?<=[A-Za-z0-9)]{2})|(?<=\s\d))(?<!\bno)(?<!\bNo)(?<!\bSt)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bJr)"
    r"(?<!\bSr)(?<!\bMt)(?<!\bCo)(?<!\bMa)(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\bDept)(?<!\bvs)"
    # A month shortened with a stop ("Jan. 2020", "Sept. 2019", "May. 2024" as some templates
    # write every month) is one date.
    r"(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bMay)(?<!\bJun)(?<!\bJul)(?<!\bAug)(?<!\bSep)"
    r"(?<!\bSept)"
    r"(?<!\bOct)(?<!\bNov)(?<!\bDec)"
    r"\."
)
_FIELD_STOP = re.compile(_WORD_STOP + r"\s+(?=[A-Z0-9])")
# The full stop that ends an entry written as a sentence ("…, Sports Medicine Australia.").
_END_STOP = re.compile(_WORD_STOP + r"\s*$")


def sentence_fields(line: ClaimLine) -> ClaimLine:
    """An entry written as sentences ("HDI Support Center Team Lead. HDI. October 2024."), as
    an academic CV numbers them, with its fields parted as a list's would be ("… · HDI ·
    October 2024"); any other line as it is. Two stops and a year make such an entry."""
    content = line.text[line.content_start :]
    reference = _reference_fields(content)
    if reference is not None:
        return replace(line, text=line.text[: line.content_start] + reference)
    if len(_FIELD_STOP.findall(content)) < 2 or not HAS_YEAR.search(content):
        # "03/2018 ⇥ Certificate of Training …, Commission on Dietetic Registration.": one
        # entry's fields in a sentence, dated or numbered, its full stop none of its last
        # field's (an undated, unnumbered sentence stays one, and no entry).
        if _END_STOP.search(content) and (
            HAS_YEAR.search(content) or CREDENTIAL_ID.search(content)
        ):
            return replace(line, text=line.text[: line.content_start] + content.rstrip()[:-1])
        return line
    fields = _FIELD_STOP.sub(" · ", content.rstrip()).rstrip(".")
    return replace(line, text=line.text[: line.content_start] + fields)


# "[3] Australian Resuscitation Council (2024). Advanced Life Support Level 2 (ALS2). Credential
# no. …": an entry written as a reference list's item, its author (the body that awards it)
# and year first, then its title, then its other fields.
_REFERENCE = re.compile(
    r"^\s*(?:\[\d{1,3}\]|\d{1,2}[.)])\s+(?P<who>\S.*?)\s*\((?P<year>(?:19|20)\d{2})\)\s*[.,:·]?"
    r"\s+(?P<what>\S.*)$"
)
# Where the title ends: a full stop after a word or a bracket ("(CFP®)."), or a "·".
_TITLE_END = re.compile(_WORD_STOP + r"\s+(?=\S)|(?<=\))\.\s+(?=[A-Z0-9])|\s·\s|\.?\s*$")


def _reference_fields(content: str) -> str | None:
    """A reference-style entry's fields with its title first ("Advanced Life Support Level 2
    (ALS2) · Australian Resuscitation Council · Credential no. …"); None for any other line,
    and for "1. CKA (2021). Linux Foundation.", where the bracket dates the title before it and
    a body's name follows."""
    match = _REFERENCE.match(content)
    if match is None:
        return None
    what = match["what"]
    end = _TITLE_END.search(what)
    title = what[: end.start()] if end else what
    rest = what[end.end() :] if end else ""
    if (
        ORGANISATION.search(title)
        and CREDENTIAL_WORD.search(match["who"])
        and not CREDENTIAL_WORD.search(title)
    ):
        return None
    fields = [title.strip(), match["who"]]
    if not HAS_YEAR.search(rest):
        fields.append(match["year"])
    rest = _FIELD_STOP.sub(" · ", rest.rstrip()).rstrip(".").strip()
    return " · ".join([*fields, rest] if rest else fields)
