"""Lines a page or a hand wrapped, joined again: a title over two lines, an entry's tail, a
numbered item under its text, a run-in paragraph of credentials."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from extractors.claim_text import BULLET, IN_CAPITALS, OPEN_END, WEB_ADDRESS, ClaimLine
from extractors.column_edges import column_key, column_right_edges
from extractors.dates import find_dates, only_dates_in
from extractors.models import Line, Link
from extractors.sections import Section, heading_section
from extractors.text import find_urls


def same_run(first: ClaimLine, second: ClaimLine) -> bool:
    return first.page == second.page and first.section == second.section


def join_wrapped(
    lines: list[ClaimLine],
    separate_items: Callable[[str, str], bool],
    one_name: Callable[[str, str], bool],
) -> list[ClaimLine]:
    """Lines a PDF wrapped joined again: a bold title over two lines, an entry's tail."""
    # The right edge of each column, measured within one section of one page.
    right_edges = column_right_edges(lines)
    leadings = _leadings(lines)
    spaced = _spaced_lists(lines, leadings)
    hyphenates = _hyphenates(lines)
    joined: list[ClaimLine] = []
    # Where the last line of each joined line ends: the next word fits after it, or not.
    last_right: list[float] = []
    for line in lines:
        previous = joined[-1] if joined else None
        if previous is not None and (
            (
                previous.bbox is not None
                and line.bbox is not None
                and not _spaced_apart(previous, line, leadings)
                and _wrapped(
                    previous, line, right_edges, last_right[-1], _leading_key(line) in spaced
                )
                and not separate_items(previous.text, line.text)
            )
            or _broken_name(previous, line, one_name)
        ):
            bbox = (
                (
                    min(previous.bbox[0], line.bbox[0]),
                    previous.bbox[1],
                    max(previous.bbox[2], line.bbox[2]),
                    line.bbox[3],
                )
                if previous.bbox is not None and line.bbox is not None
                else previous.bbox or line.bbox
            )
            new_links = tuple(link for link in line.links if link not in previous.links)
            # A URL cut at a slash or hyphen continues without a space.
            # A hyphenated word or ID cut at its hyphen ("TDS-2020-" / "558821") too.
            # A URL broken anywhere ("…2d7e1" / "a9b4c08/public_url") goes on without a space.
            joined[-1] = replace(
                previous,
                text=_joined_text(previous.text, line.text, hyphenated=hyphenates),
                bbox=bbox,
                links=previous.links + new_links,
                # A bold title's tail that is not bold makes the whole no longer a bold line.
                emphasised=previous.emphasised and line.emphasised,
                plain=previous.plain and line.plain,
            )
        else:
            joined.append(line)
            last_right.append(0.0)
        last_right[-1] = line.bbox[2] if line.bbox is not None else 0.0
    return joined


_LeadingKey = tuple[int, int, float]


def _leading_key(line: ClaimLine) -> _LeadingKey | None:
    if line.bbox is None or line.size is None:
        return None
    return (line.page, round(line.bbox[0]), round(line.size, 1))


def _leadings(lines: Sequence[ClaimLine]) -> dict[_LeadingKey, float]:
    """The room between two lines of one paragraph in each column and type of each page: the
    least gap between two lines that stand one right under the other at the same left edge."""
    found: dict[_LeadingKey, float] = {}
    for first, second in itertools.pairwise(lines):
        key = _leading_key(first)
        if key is None or key != _leading_key(second) or first.bbox is None or second.bbox is None:
            continue
        gap = second.bbox[1] - first.bbox[3]
        if -1.0 <= gap <= 0.6 * (second.bbox[3] - second.bbox[1]):
            found[key] = min(gap, found.get(key, gap))
    return found


def _spaced_apart(first: ClaimLine, second: ClaimLine, leadings: dict[_LeadingKey, float]) -> bool:
    """A list whose items are parted by more room than its lines' leading ("Public Accounting
    Licence" / "In-Depth Tax Course, Part I" 4.5 points apart where an item's wrapped lines
    stand 1.5 apart): the wider gap parts two items, as a reader sees, however the words fit."""
    key = _leading_key(second)
    if key is None or first.bbox is None or second.bbox is None or key not in leadings:
        return False
    if abs(first.bbox[0] - second.bbox[0]) > 1.0 or first.size != second.size:
        return False
    height = second.bbox[3] - second.bbox[1]
    return second.bbox[1] - first.bbox[3] > leadings[key] + 0.3 * height


def _spaced_lists(
    lines: Sequence[ClaimLine], leadings: dict[_LeadingKey, float]
) -> set[_LeadingKey | None]:
    """The columns and types in which a credentials list parts its items by more room than its
    wrapped lines' leading: lines one right under the other there both ways."""
    tight: set[_LeadingKey | None] = set()
    loose: set[_LeadingKey | None] = set()
    for first, second in itertools.pairwise(lines):
        key = _leading_key(second)
        if (
            key is None
            or key != _leading_key(first)
            or Section.CREDENTIALS is not first.section
            or Section.CREDENTIALS is not second.section
        ):
            continue
        if _spaced_apart(first, second, leadings):
            loose.add(key)
        elif (
            first.bbox is not None
            and second.bbox is not None
            and second.bbox[1] - first.bbox[3] <= 0.6 * (second.bbox[3] - second.bbox[1])
        ):
            tight.add(key)
    return tight & loose


def _hyphenates(lines: Sequence[ClaimLine]) -> bool:
    """The document breaks words at its lines' ends: two lines or more end in a hyphen after a
    small letter, over a line that opens with small letters ("certificaat-" / "nummer",
    "septem-" / "ber 2027")."""
    found = 0
    for first, second in itertools.pairwise(lines):
        if _SPLIT_WORD.search(first.text) and second.text.lstrip()[:1].islower():
            found += 1
            if found >= _SPLIT_WORDS:
                return True
    return False


def _joined_text(first: str, second: str, *, hyphenated: bool = False) -> str:
    """Two wrapped lines as one: a URL cut at a slash or hyphen, a hyphenated word or ID cut
    at its hyphen ("TDS-2020-" / "558821"), a URL broken anywhere ("…2d7e1" /
    "a9b4c08/public_url") go on without a space. In a document that ``hyphenated`` words at
    its lines' ends, a word broken so loses the hyphen ("septem-" / "ber" is "september")."""
    if hyphenated and _SPLIT_WORD.search(first) and second.lstrip()[:1].islower():
        return f"{first.rstrip()[:-1]}{second.lstrip()}"
    glue = (
        ""
        if _CUT_URL.search(first)
        or _CUT_HYPHEN.search(first)
        or (_ENDS_IN_URL.search(first) and _URL_TAIL.match(second))
        else " "
    )
    return f"{first}{glue}{second}"


def paragraph_goes_on(previous: Line, line: Line, after_blank: bool, *, hard_wrapped: bool) -> bool:
    """``line`` carries on the paragraph of ``previous``: right under it in its type on a
    page; in a text wrapped by hand, with no blank line between, under a line that fills the
    width or leaves a list open (a comma, a semicolon, a joining word)."""
    if previous.bbox is not None and line.bbox is not None:
        return tail_of(previous, line)
    # "Issuer: TAFE Queensland" under "Certification: …": a form's next field, not a wrap.
    return (
        hard_wrapped
        and not after_blank
        and (
            bool(_OPEN_ITEM_END.search(previous.text))
            or (len(previous.text.strip()) >= _WRAPPED_WIDTH and not _FORM_LABEL.match(line.text))
        )
    )


def with_wrapped(line: ClaimLine, tail: Line, links: tuple[Link, ...]) -> ClaimLine:
    """``line`` with the wrapped ``tail`` of its paragraph joined on."""
    bbox = line.bbox
    if bbox is not None and tail.bbox is not None:
        bbox = (
            min(bbox[0], tail.bbox[0]),
            bbox[1],
            max(bbox[2], tail.bbox[2]),
            tail.bbox[3],
        )
    return replace(
        line,
        text=_joined_text(line.text, tail.text),
        bbox=bbox,
        links=line.links + tuple(link for link in links if link not in line.links),
    )


def _broken_name(first: ClaimLine, second: ClaimLine, one_name: Callable[[str, str], bool]) -> bool:
    """``second`` goes on with the credential's name that ``first`` broke at a dash."""
    return (
        same_run(first, second)
        and first.section in (Section.CREDENTIALS, Section.COURSES)
        and not (first.table_row or second.table_row or first.name_line)
        and "\t" not in first.text
        and "\t" not in second.text
        and one_name(first.text, second.text)
    )


def _wrapped(
    first: ClaimLine,
    second: ClaimLine,
    right_edges: dict[tuple[int, Section, int], float],
    first_right: float,
    spaced: bool = False,
) -> bool:
    """``second`` goes on from ``first``, whose last line ends at ``first_right``; ``spaced``
    where they stand in a list that parts its items by wider room than this."""
    if first.bbox is None or second.bbox is None:
        return False
    if not same_run(first, second):
        # A numbered item the page's end broke goes on at the top of the next, under its text.
        return (
            second.page == first.page + 1
            and first.section == second.section
            and first.section in (Section.CREDENTIALS, Section.COURSES)
            and _under_item(first, second)
        )
    if first.name_line or first.content_start:
        return False
    # Cells side by side (a tab-wide gap, a table row) are a row, not a sentence that wrapped.
    if first.table_row or second.table_row or "\t" in first.text or "\t" in second.text:
        return False
    # A web address alone on its line (a card's link) is a field of its own, unless the line
    # above ends in the address it carries on or leads into it ("… record at").
    if _lone_address(second.text) and not _leads_to_address(first, second):
        return False
    # Wrapping keeps the type: a line in smaller type under an issuer ("04/2022 → 04/2026 ·
    # #GWO-7715204" under "Global Wind Organisation") is a field of its own.
    if first.size and second.size and abs(first.size - second.size) > 0.5:
        return False
    # The next line is still a single line; the first may already be several joined.
    height = second.bbox[3] - second.bbox[1]
    gap = second.bbox[1] - first.bbox[3]
    hanging = _hangs(first.bbox, second.bbox, bold=first.emphasised and second.emphasised)
    hanging = hanging or _under_bullet(first, second)
    # "1. HDI Support Center Team Lead. HDI. October 2024;" / "2027. Certificate no. …": the
    # next line indented under a numbered item's text, with no number of its own, goes on
    # with the item, whatever ends the line above.
    under_item = _under_item(first, second)
    # A tile's or a centred block's lines share their axis, not their start.
    centred = abs((first.bbox[0] + first.bbox[2]) - (second.bbox[0] + second.bbox[2])) <= 3.0
    if not -1.0 <= gap <= 0.6 * height or (
        abs(first.bbox[0] - second.bbox[0]) > 3.0 and not (hanging or under_item or centred)
    ):
        return False
    if under_item:
        return first.section in (Section.CREDENTIALS, Section.COURSES)
    ends = first.text.rstrip()
    # "HashiCorp Certified:" / "Terraform Associate (003)": a bold name broken after its colon.
    # So is a name in a list whose items stand apart ("Microsoft 365 Certified:" / "Endpoint
    # Administrator", the next item further down).
    colon_title = ends.endswith(":") and (spaced or (first.emphasised and second.emphasised))
    if ends.endswith((".", ":", ";")) and not _FIELD_LABEL_END.search(ends) and not colon_title:
        return False
    if _BULLET_START.match(second.text) or _NEW_ENTRY_START.match(second.text):
        return False
    # A name that ends in a dash or a joining word ("… Architect –") goes on in the same type;
    # so does a line of fields that ends in their separator ("… and Training ·" / "Issued 2023").
    # A month at the line's end and a year opening the next are one date ("Issued Mar" /
    # "2022 · Valid until Mar 2027").
    split_date = _MONTH_END.search(ends) is not None and _YEAR_START.match(second.text) is not None
    if (OPEN_END.search(ends) or _OPEN_SEPARATOR.search(ends) or split_date) and (
        first.emphasised == second.emphasised
    ):
        return first.section in (Section.CREDENTIALS, Section.COURSES)
    # It wrapped if the next line's first word would not have fitted after it.
    right_edge = right_edges.get(column_key(first) or (0, first.section, 0), first.bbox[2])
    size = first.size or height * 0.8
    next_word = second.text.split()[0] if second.text.split() else ""
    # Bold letters are wider: up to 0.7 of the size against 0.55 in regular type.
    letter = 0.7 if second.emphasised else 0.55
    if first_right + size * (0.3 + letter * len(next_word)) <= right_edge:
        return False
    if first.emphasised and second.emphasised:
        return True
    # A bold title over a line with no bold in it is two fields: wrapping keeps the type.
    if first.emphasised and second.plain:
        return False
    # Nor does a line with no bold in it go on in bold capitals: "… | Ref: 1184306" over
    # "NEONATAL/PEDIATRIC RESPIRATORY CARE SPECIALIST (RRT-NPS)" is the next entry's title.
    if first.plain and second.emphasised and IN_CAPITALS.match(second.text.strip()):
        return False
    # A line opening with a field's label ("Earned …", "Credential # …") starts that field.
    if _FIELD_START.match(second.text):
        return False
    # A name with no date over a line of dates alone ("Plumbers Licensing Board of WA" /
    # "March 2018 – March 2027"): the dates are a field of their own, unless the name leads
    # into them ("… issued in" / "March 2018").
    if (
        only_dates_in(second.text)
        and not _HAS_DATE.search(ends)
        and not _LEADS_TO_DATE.search(ends)
    ):
        return False
    # A title closed by its bracketed acronym, over a line of issuer and dates, is two fields.
    if ends.endswith(")") and ends.count("(") == ends.count(")") and _HAS_DATE.search(second.text):
        return False
    # Two lines that each carry a date, the second opening with a name, are two entries: a
    # wrapped entry's tail goes on from a joiner, or opens with the date it carries on with.
    if (
        _HAS_DATE.search(ends)
        and not ends.endswith(("–", "—", "-", ",", "·", "|", " to"))
        and _HAS_DATE.search(second.text)
        and re.match(r"[A-Z][a-z]{3,}", second.text.strip())
        and not find_dates(second.text.strip()[:12])
    ):
        return False
    return first.section in (Section.CREDENTIALS, Section.COURSES)


def _under_bullet(first: ClaimLine, second: ClaimLine) -> bool:
    """``second`` starts under the text of the bulleted item ``first`` ("• Professional …" over
    "Department of Education · …"), right of its bullet, with no bullet of its own: where a
    line the item wrapped goes on (whether it did is for the fit of its first word to say)."""
    if first.bbox is None or second.bbox is None:
        return False
    height = second.bbox[3] - second.bbox[1]
    return (
        _BULLET_START.match(first.text) is not None
        and BULLET.match(second.text) is None
        and 0 < second.bbox[0] - first.bbox[0] <= 3 * height
    )


def _under_item(first: ClaimLine, second: ClaimLine) -> bool:
    """``second`` stands under the text of the numbered item ``first`` ("1. HDI …" over
    "2027. Certificate no. …"), right of its number, with no number of its own."""
    if first.bbox is None or second.bbox is None:
        return False
    height = second.bbox[3] - second.bbox[1]
    return (
        _NUMBERED_ITEM.match(first.text) is not None
        and BULLET.match(second.text) is None
        and 0 < second.bbox[0] - first.bbox[0] <= 3 * height
    )


def _lone_address(text: str) -> bool:
    """A web address alone on its line, with its scheme, on a platform credlens knows, or
    bare ("nngroup.com/ux-certification/verify/?id=1043287")."""
    stripped = text.strip()
    return (
        bool(stripped)
        and " " not in stripped
        and (any(True for _ in find_urls(stripped)) or WEB_ADDRESS.fullmatch(stripped) is not None)
    )


# "… record at", "Verify:", "see": words that lead a sentence on into the address below.
_LEADS_ON = re.compile(r"(?:\b(?:at|on|via|see|from|here)|[:,–—-])\s*$", re.IGNORECASE)


def _leads_to_address(first: ClaimLine, second: ClaimLine) -> bool:
    """The line above carries on into the address below: it ends in an address that goes on,
    or a sentence in the same type runs into it."""
    if "/" in (first.text.split() or [""])[-1]:
        return True
    same_type = first.size is None or second.size is None or abs(first.size - second.size) <= 0.5
    return same_type and bool(_LEADS_ON.search(first.text))


# A line wrapped by hand fills most of a text's usual 70-80 columns.
_WRAPPED_WIDTH = 60
# "1. …", "2) …", and a reference list's "[3] …".
_NUMBERED_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|\[\d{1,3}\])\s")
_FORM_LABEL = re.compile(r"^\s*[A-Z][\w /&.-]{0,30}:(?:\s|$)")
_OPEN_ITEM_END = re.compile(r"(?:[,;]|\b(?:and|of|in|for|the|to))\s*$", re.IGNORECASE)
_CUT_HYPHEN = re.compile(r"\S-$")
# A word broken at a line's end by a hyphen: two small letters or more before it.
_SPLIT_WORD = re.compile(r"(?:^|\s)[^\W\d_]*[a-zß-ÿ]{2}-\s*$")
# Lines so broken that say a document hyphenates its words.
_SPLIT_WORDS = 2
_OPEN_SEPARATOR = re.compile(r"\s[·|•]$")
_MONTH_END = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$"
)
_YEAR_START = re.compile(r"^\s*(?:19|20)\d{2}\b")
_ENDS_IN_URL = re.compile(r"(?:https?://|www\.)[^\s]*[A-Za-z0-9]$")
_URL_TAIL = re.compile(r"^[A-Za-z0-9._~%-]*[/=?&_][^\s]*(?:\s|$)")
_CUT_URL = re.compile(r"(?:https?://|www\.)\S*[/?=&_-]$")
# "Certificate No." and "ID:" end a line whose value is on the next; so do a date's label
# ("| Issued:" over "04.2023 | Valid till: 04.2026").
_FIELD_LABEL_END = re.compile(
    r"(?i)(?:\bno\.|\bid:|#:?|number:"
    r"|\b(?:issued|awarded|obtained|expires|expiry|valid\s+(?:till|until|to|through)):)$"
)
# A year or a month and year before a title opens a new dated entry ("2021 AWS Certified …");
# "Dec. 2017 | License # …" is the tail of the entry above.
_NEW_ENTRY_START = re.compile(
    r"^\s*\(?(?:(?:19|20)\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{4})"
    r"\)?\s+[A-Z]",
    re.IGNORECASE,
)
_FIELD_START = re.compile(
    r"(?i)^\s*(?:issued|earned|obtained|awarded|completed|renewed|expires?\b|expiry|expiration|since\b"
    r"|valid\b|verify|show\s+credential|(?:level\s+in\s+)?(?:eqf|nqf|rqf|scqf|fheq|aqf|dqr)\b"
    r"|(?:credential|certificate|licen[cs]e|registration)"
    r"(?:\s*/\s*(?:id\b|no\b))?\s*(?:id\b|\#|no\b|number)|id\b)"
)
_HAS_DATE = re.compile(r"\b(?:19|20)\d{2}\b")
_LEADS_TO_DATE = re.compile(
    r"(?i)\b(?:issued|awarded|earned|obtained|completed|renewed|since|until|till|to|from|in|on"
    r"|expires?|expiring|valid|through|by)$"
)
_BULLET_START = re.compile(r"^\s*[•◦▪●○■►▸‣⁃∙·*–-]\s")


def tail_of(previous: Line, line: Line) -> bool:
    """``line`` is the wrapped end of ``previous``: at its x or centred on its axis (a tile's
    title), right under it, in its type, and ``previous`` is not a heading itself."""
    if previous.bbox is None or line.bbox is None or heading_section(previous.text) is not None:
        return False
    height = line.bbox[3] - line.bbox[1]
    gap = line.bbox[1] - previous.bbox[3]
    hanging = _hangs(previous.bbox, line.bbox, bold=previous.emphasised and line.emphasised)
    centred = abs((line.bbox[0] + line.bbox[2]) - (previous.bbox[0] + previous.bbox[2])) <= 3.0
    return (
        (abs(line.bbox[0] - previous.bbox[0]) <= 2.0 or hanging or centred)
        and -1.0 <= gap <= 0.6 * height
        and (previous.emphasised, previous.size) == (line.emphasised, line.size)
    )


def _hangs(
    first: tuple[float, float, float, float],
    second: tuple[float, float, float, float],
    *,
    bold: bool,
) -> bool:
    """A bold title drawn after an icon or a badge (no text) starts right of the line it wraps
    onto by the icon's width, at most two line heights: it hangs, and goes on below."""
    indent = first[0] - second[0]
    return bold and 0 < indent <= 2.0 * (second[3] - second[1])
