"""The lines of a job description as written for people: HTML and odd spaces made plain,
emoji before headings set aside, lines that a window or an e-mail wrapped joined again."""

from __future__ import annotations

import html
import re
import unicodedata

from extractors.language_data import plain_scripts
from extractors.role_labels import without_label
from extractors.role_text import (
    BULLET,
    IGNORED_HEADING,
    MARKDOWN_HEADING,
    MAX_HEADING_WORDS,
    PREFERRED_CLAUSE,
    PREFERRED_HEADING,
    REQUIRED_HEADING,
    Standing,
)
from extractors.text import normalise

# HTML pasted as text: tags that break lines, list items, cells; the rest goes.
_HTML_BREAK = re.compile(
    # a row breaks the line where it opens, so the rows of a table stay together
    r"(?i)<\s*(?:br|/?p|/?div|/?ul|/?ol|/?h[1-6]|tr|/?table|/?section)\b[^>]*>"
)
_HTML_ITEM = re.compile(r"(?i)<\s*li\b[^>]*>")
_HTML_CELL = re.compile(r"(?i)<\s*t[dh]\b[^>]*>")
# (a question in angle brackets is none: "<Has supported Windows 11 users?>")
_HTML_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s(?:[^<>?\"']|\"[^\"]*\"|'[^']*')*)?/?>")
# Tags that end a line of text (<dt>, <dd>, <article>, an XML export's own <item>): all but
# the inline ones and a list's or a table's (read above), which go without a trace.
_HTML_TAG_NAME = re.compile(r"</?([A-Za-z][\w-]*)")
_KEPT_TAG = re.compile(
    r"a|abbr|b|bdi|bdo|big|body|caption|center|cite|code|col|colgroup|data|del|dfn|em|font|head"
    r"|html|i|img|input|ins|kbd|label|li|link|mark|meta|q|s|samp|script|small|span|strike|strong"
    r"|style|sub|sup|tbody|td|tfoot|th|thead|time|tr|tt|u|var|wbr"
)


def _tag_text(tag: re.Match[str]) -> str:
    named = _HTML_TAG_NAME.match(tag.group())
    name = named.group(1).lower() if named else ""
    return "" if _KEPT_TAG.fullmatch(name) else "\n"


# An XML export's element whose name is a heading ("<nice_to_have>", "<requirements>").
_XML_SECTION = re.compile(r"<([A-Za-z][\w-]*)>")


def _section_heading(tag: re.Match[str]) -> str:
    name = re.sub(r"[_-]+", " ", tag.group(1)).strip()
    heads = (
        PREFERRED_HEADING.search(name)
        or IGNORED_HEADING.match(name)
        or REQUIRED_HEADING.match(name)
    )
    return f"\n{name}:\n" if heads else tag.group()


def plain_text(text: str) -> str:
    """A job description as lines of text: HTML tags and entities resolved (a description
    pasted from a web page or an ATS export), odd spaces and dashes made plain."""
    if _HTML_TAG.search(text):
        text = _HTML_BREAK.sub("\n", text)
        text = _HTML_ITEM.sub("\n- ", text)
        text = _HTML_CELL.sub(" | ", text)
        text = _HTML_TAG.sub(_tag_text, _XML_SECTION.sub(_section_heading, text))
    return plain_scripts(normalise(html.unescape(text)))


# A page's footer or header in text pulled from a PDF ("Acme Health – HR   Page 1 of 2").
PAGE_FOOTER = re.compile(r"(?i)\bpage\s+\d{1,3}\s+(?:of|/)\s+\d{1,3}\s*$")


_SHORTCODES = re.compile(r"^\s*(?::[a-z0-9_+-]{2,40}:\s*)+(?=\S)")


def undecorated(line: str) -> str:
    """A line without the emoji or symbols it opens with ("✅ What you need"); a page's
    footer is nothing."""
    if PAGE_FOOTER.search(line):
        return ""
    # A chat's emoji written as shortcodes (":sparkles: Bonus", ":small_blue_diamond: C++").
    line = _SHORTCODES.sub("", line) or line
    start = 0
    while start < len(line) and (
        unicodedata.category(line[start]) in ("So", "Sk", "Cn", "Co", "Mn", "Cf")
        or line[start].isspace()
    ):
        start += 1
    return line[start:] if start and start < len(line) else line


# A line that ends a sentence or heads what follows; one that ends mid-phrase.
_ENDED = re.compile(r"[.!?:;]\W*$")
_JOINER_END = re.compile(
    r"(?i)(?:,|&|\b(?:and|or|with|of|in|on|for|to|the|a|an|as|including|such\s+as|like|using))\s*$"
)
_JOINER_START = re.compile(r"^(?:and|or|with|of|in|on|for|to|the|a|an|as|including|using)\b")
_TAIL = 200
# A sentence that ends inside a line ("… today. As promised"), not an abbreviation's stop:
# the abbreviation is looked for where it ends, once the letter before the stop is read.
_INNER_SENTENCE_END = re.compile(
    r"[a-z0-9)](?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bvs)(?<!\bincl)(?<!\bInc)(?<!\bLtd)"
    r"(?<!\bNo)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)[.!?]\s+[A-Z]"
)
# Wrapped prose is flush: its lines but the last are about as long as the longest.
_FLUSH = 0.6
_WRAP_WIDTH = 50


def unwrapped(lines: list[str]) -> list[str]:
    """Lines with their wrapped continuations joined: an item that goes on in lower case or
    after "with", "and", a comma; and prose that a mail client wrapped (a paragraph with a
    sentence ending inside a line, whose long lines end mid-sentence)."""
    joined: list[str] = []
    paragraph_is_prose = False
    for number, line in enumerate(lines):
        if not line.strip():
            joined.append(line)
            paragraph_is_prose = False
            continue
        if number == 0 or not lines[number - 1].strip() or _titles(lines, number - 1):
            paragraph_is_prose = _is_prose(lines, number)
        if (
            joined
            and joined[-1].strip()
            and not _heads_paragraph(lines, number)
            and _continues(joined[-1], line, paragraph_is_prose)
        ):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def _titles(lines: list[str], number: int) -> bool:
    """Whether line ``number`` is a heading over the paragraph under it ("KEY DUTIES" over
    wrapped prose): a paragraph's first line, in capitals or a heading's words; the prose
    under it is judged without it."""
    line = lines[number].strip()
    first = number == 0 or not lines[number - 1].strip()
    return first and bool(line) and (line.isupper() or _heads(line))


def _heads_paragraph(lines: list[str], number: int) -> bool:
    """Whether the line before ``number`` heads the paragraph it opens ("The platform you'll
    work on" over "Our data platform runs on …"), though it ends in a word that joins: a
    few words, under a blank line, less than half as long as the line under it, which opens
    with a capital. A wrap's first line is about as long as the next."""
    if number < 1:
        return False
    before, line = lines[number - 1].strip(), lines[number].strip()
    first = number == 1 or not lines[number - 2].strip()
    return (
        first
        and line[:1].isupper()
        and len(before.split()) <= MAX_HEADING_WORDS
        and 2 * len(before) < len(line)
    )


def _is_prose(lines: list[str], start: int) -> bool:
    """Whether the paragraph from ``start`` is prose a mail client wrapped: a sentence ends
    inside one of its lines and its lines are flush (a list of unbulleted lines is not)."""
    paragraph: list[str] = []
    for line in lines[start:]:
        if not line.strip():
            break
        if _structural(line):
            return False
        paragraph.append(line.strip())
    if len(paragraph) < 2 or not any(_INNER_SENTENCE_END.search(line) for line in paragraph):
        return False
    widest = max(len(line) for line in paragraph)
    return widest >= _WRAP_WIDTH and all(len(line) >= _FLUSH * widest for line in paragraph[:-1])


def _structural(line: str) -> bool:
    stripped = line.strip()
    return bool(BULLET.match(stripped) or MARKDOWN_HEADING.match(stripped)) or stripped[:1] == "|"


def _continues(before: str, line: str, prose: bool) -> bool:
    # Only the end of the line so far is looked at: a line joined many times grows long.
    tail = before[-_TAIL:]
    if _structural(line) or before.lstrip()[:1] in ("|", "#") or _ENDED.search(tail):
        return False
    # "…, that's a" / "bonus.": a word that ends a sentence left hanging, however it reads.
    joined_word = _JOINER_END.search(tail) is not None
    if joined_word and line[:1].islower() and not line.rstrip().endswith(":"):
        return undecorated(line) == line
    if undecorated(line) != line or _heads(line):
        return False
    if joined_word:
        return True
    long_before = len(tail.split()) > MAX_HEADING_WORDS + 1
    if line[:1].islower():
        return bool(_JOINER_START.match(line) or BULLET.match(before) or long_before)
    return prose and long_before


_NAME_EDGE_BEFORE = re.compile(r"(?:^|\s)[A-Z0-9][\w+#.&/-]*$")
_NAME_EDGE_AFTER = re.compile(r"^[A-Z0-9(–—-]")


def may_wrap_name(before: str, line: str) -> bool:
    """Whether ``line`` may go on with a name ``before`` began, neither a list's item nor a
    heading of its own ("AWS Certified Solutions" / "Architect – Associate"): a word in
    capitals ends the one and opens the other (``role_names`` then says if a name runs over)."""
    before, text = before.rstrip(), line.strip()
    return bool(
        before.strip()
        and text
        and "|" not in before + text
        and _NAME_EDGE_BEFORE.search(before)
        and _NAME_EDGE_AFTER.match(text)
        and not (_structural(line) or _heads(before) or _heads(text))
    )


def _heads(line: str) -> bool:
    """A line that heads what follows ("Nice to have", "Benefits:", "Key skills: …") starts a
    line of its own even after a comma."""
    text = line.strip()
    if text.endswith(":") or without_label(text)[1]:
        return True
    name = text.rstrip("?").strip()
    return len(name.split()) <= MAX_HEADING_WORDS and bool(
        PREFERRED_HEADING.search(name)
        or IGNORED_HEADING.match(name)
        or REQUIRED_HEADING.match(name)
    )


_SECTION_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s")


def heads_outline(lines: list[str], number: int) -> bool:
    """Whether a numbered line heads an outline's parts: the next line with words is numbered
    as its first part ("4. The panel will also give credit for" over "4.1 Python …") or is
    an item of a list that is not numbered ("- Experience with Apache Spark")."""
    own = _SECTION_NUMBER.match(lines[number])
    if own is None:
        return False
    after = next((line.strip() for line in lines[number + 1 :] if line.strip()), "")
    bullet = BULLET.match(after)
    if bullet and not bullet.group().strip()[:1].isdigit():
        return True
    return re.match(rf"{own.group(1)}\.1\b", after) is not None


def opens_section(text: str, lines: list[str], number: int) -> bool:
    """Whether a short line naming nothing heads a section rather than being one more of
    a list's unbulleted lines ("Nice to have / Kafka / A sense of humour / Terraform"): it
    ends in a colon, is in capitals or in heading words, or stands apart (a blank line
    before or after it, or bullets after it)."""
    stripped = text.strip()
    name = stripped.rstrip(":?").strip()
    if stripped.endswith(":") or name.isupper() or _heads(name):
        return True
    before = lines[number - 1].strip() if number > 0 else ""
    after = lines[number + 1].strip() if number + 1 < len(lines) else ""
    return not before or not after or _structural(after)


# A checklist's legend: "✔ = you need it   ✘ = you don't   ★ = would help".
# A symbol is one mark or a short run of them: a rating in dots ("●●○ = strong plus").
_LEGEND_PAIR = re.compile(
    r"([^\w\s=]{1,5}?)\ufe0f?\s*=\s*([^=]+?)(?=\s+[^\w\s=]{1,5}?\ufe0f?\s*=|\s*$)"
)
_LEGEND_NO = re.compile(r"(?i)\b(?:don't|do\s+not|doesn't|does\s+not|won't|not|no|never|skip)\b")


def legend(lines: list[str]) -> tuple[set[int], dict[str, Standing]]:
    """The lines of a checklist's legend and what each of its symbols says: a line of two or
    more "symbol = meaning" pairs, or two or more lines of one pair each, one under another
    ("★★★ = must have" / "★★☆ = nice to have"); a meaning that negates ("you don't") names
    nothing needed."""
    run: list[int] = []
    for number, line in enumerate([*lines, ""]):
        pairs = list(_LEGEND_PAIR.finditer(line.strip())) if "=" in line else []
        if pairs and "".join(p.group() for p in pairs).count("=") != line.count("="):
            pairs = []
        if len(pairs) >= 2:
            return {number}, _meanings(pairs)
        if len(pairs) == 1 and pairs[0].group() == line.strip():
            run.append(number)
            continue
        if len(run) >= 2:
            return set(run), _meanings(
                [pair for at in run for pair in _LEGEND_PAIR.finditer(lines[at].strip())]
            )
        run = []
    return set(), {}


def _meanings(pairs: list[re.Match[str]]) -> dict[str, Standing]:
    return {pair.group(1): _meaning(pair.group(2)) for pair in pairs}


def _meaning(meaning: str) -> Standing:
    """What a legend's or a key's meaning says: nothing needed, preferred or required."""
    if _LEGEND_NO.search(meaning):
        return Standing.IGNORED
    if PREFERRED_CLAUSE.search(meaning) or PREFERRED_HEADING.search(meaning):
        return Standing.PREFERRED
    return Standing.REQUIRED


# A record's key to its codes, over one or two lines: "CODES: REQ = required at hire; PREF =
# preferred; NREQ = listed for the family, not required for this position.", "KEY: E =
# essential, D = desirable".
_CODE_KEY = re.compile(r"(?i)^\s*(?:codes?|key|legend)\s*:\s*(?=[A-Z]{1,8}\s*=)")
_CODE_PAIR = re.compile(
    r"\b([A-Z]{1,8})\s*=\s*([^;=]+?)(?=\s*;|\s*,?\s+[A-Z]{1,8}\s*=|\s*[.;,]?\s*$)"
)


def coded_lines(lines: list[str]) -> tuple[set[int], dict[int, Standing]]:
    """The lines a record's key to its codes decides: those it says name nothing needed
    ("SKL-NREQ : Six Sigma" under "NREQ = … not required") with the key's own lines, and
    the standing it gives the others ("SKL-D : Tableau" under "D = desirable")."""
    for number, line in enumerate(lines):
        if not _CODE_KEY.match(line):
            continue
        key = [number]
        after = lines[number + 1] if number + 1 < len(lines) else ""
        if after[:1].isspace() and after.strip():
            key.append(number + 1)  # the key wrapped onto an indented line
        text = " ".join(lines[each].strip() for each in key)
        meanings = {code: _meaning(meaning) for code, meaning in _CODE_PAIR.findall(text)}
        coded = re.compile(rf"^\s*(?:[A-Z]+-)?({'|'.join(meanings)})\s*:") if meanings else None
        skipped, standings = set(key), {}
        for at, each in enumerate(lines):
            code = coded.match(each) if coded else None
            if code is None or at in skipped:
                continue
            if meanings[code.group(1)] is Standing.IGNORED:
                skipped.add(at)
            else:
                standings[at] = meanings[code.group(1)]
        return skipped, standings
    return set(), {}


def legend_symbol(line: str, symbols: dict[str, Standing]) -> Standing | None:
    """What the legend's symbol opening ``line`` says, the longest symbol first ("●●○" is not
    "●●●")."""
    opening = line.lstrip()
    for symbol in sorted(symbols, key=len, reverse=True):
        if opening.startswith(symbol):
            return symbols[symbol]
    return None


# A rule under or over a heading ("==========", "----------").
_RULE_LINE = re.compile(r"^\s*([=\-*#_~])\1{4,}\s*$")
_ROLE_NUMBER = re.compile(
    r"(?i)^\W*(?:\d{1,2}[.)]|#\d{1,2}|(?:role|job|position)\s+\d{1,2}\s*:?)\s*"
)
_ROLE_NAME_END = re.compile(r"\s+[-–—|·]\s+|[,(|·]")


def other_roles(lines: list[str]) -> set[int]:
    """The lines of the other roles in a posting that lists several under headings ruled
    underneath ("2) NETWORK ENGINEER - Phoenix" / "====="): the posting is about the role its
    first line names, so the sections headed by the others are not its own. Empty unless one
    such heading names the first line's role and another does not."""
    title = next((line.strip().casefold() for line in lines if line.strip()), "")
    texts = [line.strip() for line in lines]
    headings: list[tuple[int, bool]] = []  # line, whether it names the first line's role
    for number, text in enumerate(texts):
        after = texts[number + 1] if number + 1 < len(texts) else ""
        if after[:1] not in "=-*#_~" or not _RULE_LINE.match(after) or _RULE_LINE.match(text):
            continue
        if not text or _heads(text):
            continue
        name = _ROLE_NAME_END.split(_ROLE_NUMBER.sub("", text), maxsplit=1)[0]
        name = " ".join(name.split()).casefold()
        named = len(name) > 2 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title)
        headings.append((number, bool(named)))
    if not any(ours for _, ours in headings) or all(ours for _, ours in headings):
        return set()
    skipped: set[int] = set()
    for index, (start, ours) in enumerate(headings):
        end = headings[index + 1][0] if index + 1 < len(headings) else len(lines)
        if not ours:
            skipped.update(range(start, end))
    return skipped


# A project's page with a hiring section: "## We're hiring", "## Join us", "## Careers".
_HIRING_HEADING = re.compile(
    r"(?i)^#{1,6}\s+(?:we(?:'re|\s+are)\s+hiring|(?:now\s+)?hiring|join\s+(?:us|the\s+team|our\s+team)"
    r"|careers?|work\s+(?:with|for)\s+us|open\s+(?:positions|roles)|jobs)\b[\s!:.]*$"
)


def hiring_section(lines: list[str]) -> set[int]:
    """The lines outside a page's hiring section: a Markdown page about something else (a
    project's README: "# tool", "## Install", "## We're hiring", "## License") whose section
    headed as hiring is the role; the sections before it and after it, at its level or above,
    are not. Empty when no such section follows another heading."""
    levels = [
        (number, len(line.lstrip()) - len(line.lstrip().lstrip("#")))
        for number, line in enumerate(lines)
        if re.match(r"^\s*#{1,6}\s", line)
    ]
    for index, (start, level) in enumerate(levels):
        if index == 0 or not _HIRING_HEADING.match(lines[start].strip()):
            continue
        end = next((at for at, deeper in levels[index + 1 :] if deeper <= level), len(lines))
        return set(range(start)) | set(range(end, len(lines)))
    return set()


# A footnote's mark: superscript digits or a dagger (not "*", also a bullet and emphasis).
_MARK = r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[†‡§]+"
_FOOTNOTE = re.compile(rf"^[ \t]*({_MARK})[ \t]*(\S[^\n]*?)[ \t]*$", re.MULTILINE)


def footnotes_inline(text: str) -> str:
    """Footnotes said where their marks are: "CPA or CFA²" with "² Or an equivalent
    designation." below reads "CPA or CFA (Or an equivalent designation)", and the footnote's
    own line goes. A mark with no footnote, or a note whose mark is nowhere else, stays."""
    notes = {match.group(1): match.group(2).rstrip(". ") for match in _FOOTNOTE.finditer(text)}
    if not notes:
        return text
    marks = "|".join(re.escape(mark) for mark in sorted(notes, key=len, reverse=True))
    # A mark right after a word or a bracket, not one opening a line (the notes themselves)
    used = re.compile(rf"(?<=[^\s¹²³⁴⁵⁶⁷⁸⁹⁰†‡§])({marks})(?![¹²³⁴⁵⁶⁷⁸⁹⁰†‡§])")
    found = {match.group(1) for match in used.finditer(text)}
    if not found:
        return text
    text = _FOOTNOTE.sub(lambda note: "" if note.group(1) in found else note.group(0), text)
    return used.sub(lambda mark: f" ({notes[mark.group(1)]})", text)


# A document's own interpretation clause: '"should" denotes a desirable requirement', '"may"
# indicates an optional one' (as contracts, tenders and RFC 2119 define their verbs).
_SOFT_VERB_DEFINED = re.compile(
    r"(?i)[\"“'‘]?\b(should|may|could)\b[\"”'’]?\s+(?:denotes|means|indicates|signifies|marks"
    r"|(?:is|are)\s+used\s+(?:to\s+(?:denote|indicate|mark)|for))\s+(?:an?\s+)?(?:desirable"
    r"|preferred|optional|non-mandatory|recommended|advisory)\b"
)


# '… an item marked MAY is not assessed at all', 'lines marked COULD are not scored': a
# keyword the document says asks for nothing, as written (in capitals, RFC 2119's keywords).
_UNASSESSED_VERB_DEFINED = re.compile(
    r"(?i)\b(?:items?|requirements?|lines?|criteri(?:on|a)|anything)\s+marked\s+[\"“'‘]?"
    r"(?-i:([A-Z]{2,}))[\"”'’]?\s+(?:is|are)\s+not\s+(?:assessed|scored|considered|evaluated"
    r"|checked|required|needed)\b"
)


def defined_verbs(text: str) -> str:
    """A verb the document defines as desirable read in that meaning: under '"should" denotes
    a desirable requirement', "(d) should hold the PMP" reads "preferably hold the PMP"; the
    same verb in a text that does not define it keeps its plain meaning (required). A keyword
    it defines as not assessed ('an item marked MAY is not assessed') reads "is not required
    to" where it is written so, outside quotes."""
    verbs = {match.group(1).casefold() for match in _SOFT_VERB_DEFINED.finditer(text)}
    for verb in verbs:
        text = re.sub(rf"(?i)(?<![\"“'‘])\b{verb}\b(?![\"”'’])", "preferably", text)
    keywords = {match.group(1) for match in _UNASSESSED_VERB_DEFINED.finditer(text)}
    if keywords:
        text = _UNASSESSED_VERB_DEFINED.sub("", text)  # the definitions themselves ask nothing
    for keyword in keywords:
        text = re.sub(rf"(?<![\"“'‘])\b{keyword}\b(?![\"”'’])", "is not required to", text)
    return text
