"""From a read Document to the candidate, their claims and their skills."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from extractors.candidate import candidate_named
from extractors.catalog import CatalogEntry, load_catalog, load_skills
from extractors.claim_text import OPEN_END, WEB_ADDRESS, ClaimLine
from extractors.claims import finder_for
from extractors.column_edges import column_key, column_right_edges
from extractors.dates import find_dates
from extractors.models import Document, Extraction, Line, Link
from extractors.names import name_block
from extractors.reading import TEXT_MEDIA_TYPE, read
from extractors.sections import Section, heading_section, inline_heading, unspaced_capitals
from extractors.skills import skill_finder
from extractors.text import find_urls


def extract(data: bytes, filename: str, *, max_pages: int = 20) -> Extraction:
    """Read a résumé and find who it is about and what credentials it claims."""
    return analyse(read(data, filename, max_pages=max_pages))


def analyse(document: Document, *, entries: Sequence[CatalogEntry] | None = None) -> Extraction:
    """The candidate and claims in a read document, matched against the catalog (or ``entries``)."""
    catalog_entries = tuple(entries) if entries is not None else load_catalog().entries
    if entries is None:
        _build_shipped_matchers()
    finder = finder_for(catalog_entries)
    head = document.pages[0].lines if document.pages else ()
    named = name_block(head)
    lines = claim_lines(
        document,
        separate_items=finder.separate_items,
        one_name=finder.one_name,
        name_rows=named[0] if named else (),
    )
    urls = [url for _, url in find_urls(document.text)]
    candidate = candidate_named(named[1] if named else None, document.text, document.links, urls)
    claims = finder.find(lines)
    skills = skill_finder(load_skills()).find(lines)
    return Extraction(
        candidate=candidate,
        claims=tuple(claims),
        skills=skills,
        warnings=document.warnings,
    )


@cache
def _build_shipped_matchers() -> None:
    """Build the matchers for the shipped catalog once per process, all at once. They live as
    long as the process; a long-lived process may freeze them out of the cyclic collector's
    walks (``service.sandbox.warm_readers`` does)."""
    finder_for(load_catalog().entries)
    skill_finder(load_skills())


def claim_lines(
    document: Document,
    *,
    separate_items: Callable[[str, str], bool] | None = None,
    one_name: Callable[[str, str], bool] | None = None,
    name_rows: Sequence[int] | None = None,
) -> list[ClaimLine]:
    """Every line of the document with its section, page, box and the links that sit on it.

    ``separate_items`` tells two lines that hold two credentials (a list of names in a narrow
    sidebar), which are never joined as one name that wrapped; ``one_name`` tells two lines of a
    credentials section that are one name broken at its dash, joined in any layout (a text
    résumé has no geometry to show a wrap); ``name_rows`` are the first
    page's lines that hold the name, when the caller has found them.
    """
    result: list[ClaimLine] = []
    section = Section.HEADER
    if name_rows is None:
        named = name_block(document.pages[0].lines) if document.pages else None
        name_rows = named[0] if named else ()
    body_size = _body_size(document)
    # A text résumé's paragraphs are wrapped by hand; a Word paragraph is one line already.
    plain_text = document.media_type == TEXT_MEDIA_TYPE
    heading_size: float | None = None
    group: str | None = None
    for page in document.pages:
        page_lines = page.lines or tuple(Line(text=text) for text in page.text.splitlines())
        blank_before = False
        run_in = False
        for position, line in enumerate(page_lines):
            # A ruled line ("-----", "=====") underlines a heading in a text résumé: it is
            # decoration, neither an entry nor a part of one.
            if not line.text.strip() or _RULE.fullmatch(line.text.strip()):
                blank_before = blank_before or not line.text.strip()
                continue
            after_blank, blank_before = blank_before, False
            heading = heading_section(line.text)
            # "Advanced Rope Access Technician" / "Certificate", "AWS Certified Welder – 6G
            # Pipe," / "GTAW/SMAW": the end of a title that wrapped, not a heading.
            tail = bool(position) and _tail_of(page_lines[position - 1], line)
            if heading is not None and tail:
                heading = None
            is_name = page.number == 1 and position in name_rows
            if heading is None and not (is_name or tail) and _looks_like_heading(line, body_size):
                if (
                    heading_size is not None
                    and line.size is not None
                    and line.size < heading_size - 0.5
                ):
                    # Smaller than the section's own heading: a group inside it ("AWS").
                    group = line.text.strip()
                    continue
                # A heading credlens has no word for ("Presentations", "Writing") still ends
                # the section before it.
                heading = Section.OTHER
            if heading is not None:
                section = heading
                heading_size = line.size
                group = None
                continue
            inline = inline_heading(line.text)
            # "Licences & certifications: CKA, CNCF, 2022; Crane Operator Licence, …" run on
            # over the lines below: the paragraph is one line of items, however it wrapped.
            if (
                run_in
                and inline is None
                and position
                and _paragraph_goes_on(
                    page_lines[position - 1], line, after_blank, hard_wrapped=plain_text
                )
            ):
                result[-1] = _with_wrapped(result[-1], line, _links_on(line, position, page.links))
                continue
            run_in = False
            content_start = 0
            line_section = section
            # "Certifications: PMP, CSM" holds claims in its own line; "Course: Databases"
            # under Education does not make what follows a list of courses.
            if inline is not None and inline[0] is Section.CREDENTIALS:
                line_section, rest = inline
                content_start = len(line.text) - len(rest)
                run_in = True
            result.append(
                ClaimLine(
                    index=len(result),
                    text=line.text,
                    page=page.number,
                    section=line_section,
                    bbox=line.bbox,
                    links=_links_on(line, position, page.links),
                    content_start=content_start,
                    name_line=is_name,
                    group=group if line_section is section else None,
                    emphasised=line.emphasised,
                    plain=line.plain,
                    size=line.size,
                    table_row=line.table_row,
                    blank_before=after_blank,
                )
            )
    joined = _join_wrapped(
        result,
        separate_items or (lambda _first, _second: False),
        one_name or (lambda _first, _second: False),
    )
    return [
        replace(
            line,
            index=index,
            before=joined[index - 1].text if index and _same_run(joined[index - 1], line) else "",
            after=(
                joined[index + 1].text
                if index + 1 < len(joined) and _same_run(line, joined[index + 1])
                else ""
            ),
        )
        for index, line in enumerate(joined)
    ]


def _same_run(first: ClaimLine, second: ClaimLine) -> bool:
    return first.page == second.page and first.section == second.section


def _join_wrapped(
    lines: list[ClaimLine],
    separate_items: Callable[[str, str], bool],
    one_name: Callable[[str, str], bool],
) -> list[ClaimLine]:
    """Lines a PDF wrapped joined again: a bold title over two lines, an entry's tail."""
    # The right edge of each column, measured within one section of one page.
    right_edges = column_right_edges(lines)
    joined: list[ClaimLine] = []
    # Where the last line of each joined line ends: the next word fits after it, or not.
    last_right: list[float] = []
    for line in lines:
        previous = joined[-1] if joined else None
        if previous is not None and (
            (
                previous.bbox is not None
                and line.bbox is not None
                and _wrapped(previous, line, right_edges, last_right[-1])
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
                text=_joined_text(previous.text, line.text),
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


def _joined_text(first: str, second: str) -> str:
    """Two wrapped lines as one: a URL cut at a slash or hyphen, a hyphenated word or ID cut
    at its hyphen ("TDS-2020-" / "558821"), a URL broken anywhere ("…2d7e1" /
    "a9b4c08/public_url") go on without a space."""
    glue = (
        ""
        if _CUT_URL.search(first)
        or _CUT_HYPHEN.search(first)
        or (_ENDS_IN_URL.search(first) and _URL_TAIL.match(second))
        else " "
    )
    return f"{first}{glue}{second}"


def _paragraph_goes_on(
    previous: Line, line: Line, after_blank: bool, *, hard_wrapped: bool
) -> bool:
    """``line`` carries on the paragraph of ``previous``: right under it in its type on a
    page; in a text wrapped by hand, with no blank line between, under a line that fills the
    width or leaves a list open (a comma, a semicolon, a joining word)."""
    if previous.bbox is not None and line.bbox is not None:
        return _tail_of(previous, line)
    # "Issuer: TAFE Queensland" under "Certification: …": a form's next field, not a wrap.
    return (
        hard_wrapped
        and not after_blank
        and (
            bool(_OPEN_ITEM_END.search(previous.text))
            or (len(previous.text.strip()) >= _WRAPPED_WIDTH and not _FORM_LABEL.match(line.text))
        )
    )


def _with_wrapped(line: ClaimLine, tail: Line, links: tuple[Link, ...]) -> ClaimLine:
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
        _same_run(first, second)
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
) -> bool:
    """``second`` goes on from ``first``, whose last line ends at ``first_right``."""
    if first.bbox is None or second.bbox is None or not _same_run(first, second):
        return False
    if first.name_line or first.content_start:
        return False
    # Cells side by side (a tab-wide gap, a table row) are a row, not a sentence that wrapped.
    if first.table_row or second.table_row or "\t" in first.text or "\t" in second.text:
        return False
    # A web address alone on its line (a card's link) is a field of its own, unless the line
    # above ends in the address it carries on or leads into it ("… record at").
    if _lone_address(second.text) and not _leads_to_address(first, second):
        return False
    # The next line is still a single line; the first may already be several joined.
    height = second.bbox[3] - second.bbox[1]
    gap = second.bbox[1] - first.bbox[3]
    hanging = _hangs(first.bbox, second.bbox, bold=first.emphasised and second.emphasised)
    if not -1.0 <= gap <= 0.6 * height or (
        abs(first.bbox[0] - second.bbox[0]) > 3.0 and not hanging
    ):
        return False
    ends = first.text.rstrip()
    # "HashiCorp Certified:" / "Terraform Associate (003)": a bold name broken after its colon.
    colon_title = ends.endswith(":") and first.emphasised and second.emphasised
    if ends.endswith((".", ":", ";")) and not _FIELD_LABEL_END.search(ends) and not colon_title:
        return False
    if _BULLET_START.match(second.text) or _NEW_ENTRY_START.match(second.text):
        return False
    # A name that ends in a dash or a joining word ("… Architect –") goes on in the same type.
    if OPEN_END.search(ends) and first.emphasised == second.emphasised:
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
    # A line opening with a field's label ("Earned …", "Credential # …") starts that field.
    if _FIELD_START.match(second.text):
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
_FORM_LABEL = re.compile(r"^\s*[A-Z][\w /&.-]{0,30}:(?:\s|$)")
_OPEN_ITEM_END = re.compile(r"(?:[,;]|\b(?:and|of|in|for|the|to))\s*$", re.IGNORECASE)
_RULE = re.compile(r"[-=_~*#·.]{3,}")
_CUT_HYPHEN = re.compile(r"\S-$")
_ENDS_IN_URL = re.compile(r"(?:https?://|www\.)[^\s]*[A-Za-z0-9]$")
_URL_TAIL = re.compile(r"^[A-Za-z0-9._~%-]*[/=?&_][^\s]*(?:\s|$)")
_CUT_URL = re.compile(r"(?:https?://|www\.)\S*[/-]$")
# "Certificate No." and "ID:" end a line whose value is on the next.
_FIELD_LABEL_END = re.compile(r"(?i)(?:\bno\.|\bid:|#:?|number:)$")
# A year or a month and year before a title opens a new dated entry ("2021 AWS Certified …");
# "Dec. 2017 | License # …" is the tail of the entry above.
_NEW_ENTRY_START = re.compile(
    r"^\s*\(?(?:(?:19|20)\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{4})"
    r"\)?\s+[A-Z]",
    re.IGNORECASE,
)
_FIELD_START = re.compile(
    r"(?i)^\s*(?:issued|earned|obtained|awarded|completed|renewed|expires?\b|expiry|expiration"
    r"|valid\b|verify|show\s+credential|(?:level\s+in\s+)?(?:eqf|nqf|rqf|scqf|fheq|aqf|dqr)\b"
    r"|(?:credential|certificate|licen[cs]e|registration)"
    r"(?:\s*/\s*(?:id\b|no\b))?\s*(?:id\b|\#|no\b|number)|id\b)"
)
_HAS_DATE = re.compile(r"\b(?:19|20)\d{2}\b")
_BULLET_START = re.compile(r"^\s*[•◦▪●○■►▸‣⁃∙·*–-]\s")


def _tail_of(previous: Line, line: Line) -> bool:
    """``line`` is the wrapped end of ``previous``: at its x, right under it, in its type, and
    ``previous`` is not a heading itself."""
    if previous.bbox is None or line.bbox is None or heading_section(previous.text) is not None:
        return False
    height = line.bbox[3] - line.bbox[1]
    gap = line.bbox[1] - previous.bbox[3]
    hanging = _hangs(previous.bbox, line.bbox, bold=previous.emphasised and line.emphasised)
    return (
        (abs(line.bbox[0] - previous.bbox[0]) <= 2.0 or hanging)
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


def _body_size(document: Document) -> float | None:
    sizes = sorted(line.size for page in document.pages for line in page.lines if line.size)
    return sizes[len(sizes) // 2] if sizes else None


def _looks_like_heading(line: Line, body_size: float | None) -> bool:
    text = unspaced_capitals(line.text.strip())
    words = text.split()
    if not 1 <= len(words) <= 4 or any(char.isdigit() for char in text):
        return False
    if text[-1] in ".,;:" or not text[0].isupper() or "\t" in text:
        return False
    larger = body_size is not None and line.size is not None and line.size >= body_size * 1.2
    shouting = line.emphasised and text.isupper() and len(text) >= 4
    return larger or shouting


def _links_on(line: Line, position: int, links: Sequence[Link]) -> tuple[Link, ...]:
    on_line: list[Link] = []
    for link in links:
        if link.line is not None:
            if link.line == position:
                on_line.append(link)
        elif link.bbox is not None and line.bbox is not None and _overlaps(link.bbox, line.bbox):
            on_line.append(link)
    return tuple(on_line)


def _overlaps(link: tuple[float, ...], line: tuple[float, ...]) -> bool:
    """The link's box shares most of its height with the line and some of its width."""
    vertical = min(link[3], line[3]) - max(link[1], line[1])
    horizontal = min(link[2], line[2]) - max(link[0], line[0])
    height = max(min(link[3] - link[1], line[3] - line[1]), 1.0)
    return vertical >= 0.4 * height and horizontal > -2.0
