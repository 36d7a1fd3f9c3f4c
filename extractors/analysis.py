"""From a read Document to the candidate, their claims and their skills."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from extractors.candidate import candidate_named
from extractors.catalog import CatalogEntry, load_catalog, load_skills
from extractors.claim_text import CREDENTIAL_SECTIONS, ICON, IN_CAPITALS, ClaimLine
from extractors.claims import finder_for
from extractors.dates import only_dates_in
from extractors.label_pairs import one_language_label
from extractors.models import Document, Extraction, Line, Link
from extractors.names import name_block
from extractors.prose_lines import prose_sentences
from extractors.reading import TEXT_MEDIA_TYPE, read
from extractors.sections import (
    Section,
    heading_section,
    inline_heading,
    lists_under_entry,
    status_heading,
    unspaced_capitals,
    without_section_number,
)
from extractors.short_names import short_name
from extractors.skills import skill_finder
from extractors.text import find_urls
from extractors.wrapped_lines import (
    join_wrapped,
    paragraph_goes_on,
    same_run,
    tail_of,
    with_wrapped,
)


def extract(data: bytes, filename: str, *, max_pages: int = 20) -> Extraction:
    """Read a résumé and find who it is about and what credentials it claims."""
    # What the date reader kept of this résumé's words is for this résumé alone: none of it
    # outlives the reading, nor serves the next résumé.
    only_dates_in.cache_clear()
    try:
        return analyse(read(data, filename, max_pages=max_pages))
    finally:
        only_dates_in.cache_clear()


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
    section_level = _section_outline_level(document)
    heading_styles = _heading_styles(document, body_size)
    title_sizes = _capital_title_sizes(document)
    # A text résumé's paragraphs are wrapped by hand; a Word paragraph is one line already.
    plain_text = document.media_type == TEXT_MEDIA_TYPE
    heading_size: float | None = None
    group: str | None = None
    # A list under one job ("Certifications earned in this role:"): its margin and the section
    # it sits in, which the first line back at that margin returns to.
    sublist: tuple[float, Section] | None = None
    for page in document.pages:
        page_lines = page.lines or tuple(Line(text=text) for text in page.text.splitlines())
        blank_before = False
        run_in = False
        # A text that underlines its headings sets a status without a rule as an entry's.
        ruled = plain_text and any(
            _RULE.fullmatch(item.text.strip()) and heading_section(above.text) is not None
            for above, item in itertools.pairwise(page_lines)
        )
        # A text that sets its headings after a blank line, right over their lines ("Skills" /
        # "Python, SQL"), sets a status heading the same way.
        bare = plain_text and not ruled and _headings_over_their_lines(page_lines)
        wrapped_heading = -1  # the position of a heading whose words go on on the next line
        for position, line in enumerate(page_lines):
            # A ruled line ("-----", "=====") underlines a heading in a text résumé: it is
            # decoration, neither an entry nor a part of one.
            if not line.text.strip() or _RULE.fullmatch(line.text.strip()):
                blank_before = blank_before or not line.text.strip()
                continue
            after_blank, blank_before = blank_before, False
            if sublist is not None and line.bbox is not None and line.bbox[0] <= sublist[0] + 1:
                section, sublist = sublist[1], None
            heading = heading_section(line.text)
            # "Advanced Rope Access Technician" / "Certificate", "AWS Certified Welder – 6G
            # Pipe," / "GTAW/SMAW": the end of a title that wrapped, not a heading.
            tail = bool(position) and tail_of(page_lines[position - 1], line)
            if heading is not None and tail:
                heading = None
            if tail and position - 1 == wrapped_heading:
                continue  # "DEVELOPMENT" under "PROFESSIONAL": read with it, as its heading
            if heading is None and not tail:
                # A narrow sidebar wraps its heading ("PROFESSIONAL" / "DEVELOPMENT"): the
                # heading is all its words, as a reader takes it.
                heading = _wrapped_heading(line, page_lines, position)
                wrapped_heading = position if heading is not None else -1
            is_name = page.number == 1 and position in name_rows
            if is_name and section is not Section.HEADER and _column_top(page_lines, position):
                # The name heads the résumé in whatever column it stands: a sidebar read
                # first ("Certifications" at its foot) does not take in the main column's
                # name and headline ("Licensed Plumber & Gasfitter") atop the next column.
                section, heading_size, group, sublist = Section.HEADER, None, None, None
            # A text résumé underlines its headings ("IN PROGRESS" over "-----------"): one it has
            # no word for still ends the section before it, like a larger or bold one.
            underlined = position + 1 < len(page_lines) and _RULE.fullmatch(
                page_lines[position + 1].text.strip()
            )
            if (
                heading is None
                and not (is_name or tail)
                and (
                    _looks_like_heading(_with_tail(line, page_lines, position), body_size)
                    or (underlined and _heading_shaped(without_section_number(line.text)))
                    or _styled_as_section(line, section_level)
                    or _in_heading_style(line, heading_styles)
                )
            ):
                if (
                    heading_size is not None
                    and line.size is not None
                    and line.size < heading_size - 0.5
                ):
                    # Smaller than the section's own heading: a group inside it ("AWS"),
                    # unless titles that no heading could be are set in its bold capitals
                    # ("ENROLLED AGENT (EA)" among "LEVEL 3 NVQ DIPLOMA IN … (2357)"): an
                    # entry's title, as they are; and so is a card's first line, the title of
                    # the entry the card is drawn round.
                    # A status in that smaller type ("Working towards" under "What's next")
                    # heads what is not held yet, as a heading of that wording does.
                    if status_heading(line.text):
                        heading = Section.NOT_HELD
                    elif not (line.emphasised and line.size in title_sizes) and not line.opens_card:
                        group = line.text.strip()
                        continue
                    else:
                        heading = None
                # A heading credlens has no word for ("Presentations", "Writing") still ends
                # the section before it; a status set as a heading ("IN PROGRESS", "En
                # préparation") heads what is not held yet.
                else:
                    heading = Section.NOT_HELD if status_heading(line.text) else Section.OTHER
            elif heading is None and not (is_name or tail) and _status_in_capitals(line.text):
                # "📚 IN PROGRESS": a status in capitals after an icon, as an app sets its
                # headings, heads what is not held yet, in plain text too. (Without the icon or
                # a rule under it, the words may be the status of the entry beside them.)
                heading = Section.NOT_HELD
            elif (
                (
                    plain_text
                    and after_blank
                    and (
                        _blank_after(page_lines, position)
                        or (line.text.strip().isupper() and not ruled)
                        or bare
                    )
                )
                or _LABEL_END.search(line.text)
                or line.term
            ) and status_heading(line.text):
                # "Working towards" alone between blank lines in a text résumé, "EM ANDAMENTO"
                # in capitals after a blank line over its list where no heading is underlined,
                # "Pursuing:-" with nothing after its colon, a definition list's term, in any: a
                # status that labels the list below heads what is not held yet, as a heading;
                # inside an entry it would be its status.
                heading = Section.NOT_HELD
            if heading is not None:
                sublist = None
                if lists_under_entry(line.text) and line.bbox is not None:
                    sublist = (line.bbox[0], section)
                section = heading
                heading_size = line.size
                group = None
                continue
            # "Organisme / Issuer : …": a field labelled in two languages, read in one.
            text = one_language_label(line.text)
            inline = inline_heading(text)
            # "Licences & certifications: CKA, CNCF, 2022; Crane Operator Licence, …" run on
            # over the lines below: the paragraph is one line of items, however it wrapped.
            if (
                run_in
                and inline is None
                and position
                and paragraph_goes_on(
                    page_lines[position - 1], line, after_blank, hard_wrapped=plain_text
                )
            ):
                result[-1] = with_wrapped(result[-1], line, _links_on(line, position, page.links))
                continue
            run_in = False
            content_start = 0
            line_section = section
            # A table headed "Certification | Issued | Credential no." under "Competency matrix".
            if line.credentials_row and section not in (*CREDENTIAL_SECTIONS, Section.NOT_HELD):
                line_section = Section.CREDENTIALS
            # "Certifications: PMP, CSM" holds claims in its own line; "Course: Databases"
            # under Education does not make what follows a list of courses.
            if inline is not None and inline[0] is Section.CREDENTIALS:
                line_section, rest = inline
                content_start = len(text) - len(rest)
                run_in = True
            result.append(
                ClaimLine(
                    index=len(result),
                    text=text,
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
                    card=(page.number, line.card) if line.card else None,
                )
            )
    joined = prose_sentences(
        join_wrapped(
            result,
            separate_items or (lambda _first, _second: False),
            one_name or (lambda _first, _second: False),
        )
    )
    return [
        replace(
            line,
            index=index,
            before=joined[index - 1].text if index and same_run(joined[index - 1], line) else "",
            after=(
                joined[index + 1].text
                if index + 1 < len(joined) and same_run(line, joined[index + 1])
                else ""
            ),
        )
        for index, line in enumerate(joined)
    ]


_RULE = re.compile(r"[-=_~*#·.]{3,}")
# A label's colon with nothing after it ("Pursuing:", the Indian CV's "Pursuing:-").
_LABEL_END = re.compile(r":-?\s*$")


def _headings_over_their_lines(lines: Sequence[Line]) -> bool:
    """Two known headings at least stand after a blank line with their first line right under
    them, and none with a blank line under it: the way this text sets its headings."""
    after_blank = [
        position
        for position in range(1, len(lines) - 1)
        if not lines[position - 1].text.strip() and heading_section(lines[position].text)
    ]
    return len(after_blank) >= 2 and not any(_blank_after(lines, p) for p in after_blank)


def _blank_after(lines: Sequence[Line], position: int) -> bool:
    """The line is the page's last, or a blank line follows it."""
    return position + 1 >= len(lines) or not lines[position + 1].text.strip()


def _body_size(document: Document) -> float | None:
    sizes = sorted(line.size for page in document.pages for line in page.lines if line.size)
    return sizes[len(sizes) // 2] if sizes else None


def _capital_title_sizes(document: Document) -> frozenset[float]:
    """The sizes of bold capitals that set lines no heading could be (five words or more, or
    a digit: "LEVEL 3 NVQ DIPLOMA IN … (2357)"): entries' titles, a style the document's other
    titles in it share."""
    return frozenset(
        line.size
        for page in document.pages
        for line in page.lines
        if line.size is not None
        and line.emphasised
        and IN_CAPITALS.match(line.text.strip()) is not None
        and len(line.text.split()) >= 2
        and not _heading_shaped(without_section_number(line.text))
    )


def _section_outline_level(document: Document) -> int | None:
    """The outline level (a Word heading style) the document's known section headings carry
    most, None if they carry none."""
    levels = Counter(
        line.outline_level
        for page in document.pages
        for line in page.lines
        if line.outline_level is not None and heading_section(line.text) is not None
    )
    if not levels:
        return None
    most = max(levels.values())
    return min(level for level, count in levels.items() if count == most)


def _heading_styles(document: Document, body_size: float | None) -> frozenset[float]:
    """The sizes of the bold type, larger than the body's, that the document sets its known
    section headings in ("Experiencia profesional", "Certificaciones" in bold 13 points over
    11-point text), where most of its lines in that type are such headings."""
    if body_size is None:
        return frozenset()
    known: Counter[float] = Counter()
    every: Counter[float] = Counter()
    for page in document.pages:
        for line in page.lines:
            if line.size is None or not line.emphasised or line.size < body_size + 1.0:
                continue
            every[line.size] += 1
            if heading_section(line.text) is not None:
                known[line.size] += 1
    return frozenset(
        size for size, count in known.items() if count >= 2 and 2 * count > every[size]
    )


def _in_heading_style(line: Line, sizes: frozenset[float]) -> bool:
    """A line set as the document's known section headings are, shaped as a heading ("En
    curso" in their bold 13 points): a heading of the same rank, whatever its words."""
    return (
        line.emphasised
        and line.size in sizes
        and _heading_shaped(without_section_number(line.text))
    )


def _styled_as_section(line: Line, section_level: int | None) -> bool:
    """A line the writer styled as a heading of the same rank as the sections credlens knows
    ("En préparation" in Heading 2 beside "Certifications" in Heading 2): a section of its own,
    where a deeper one ("Heading 3", an entry's title) is not."""
    return (
        line.outline_level is not None
        and section_level is not None
        and line.outline_level <= section_level
        and _heading_shaped(without_section_number(line.text))
    )


def _with_tail(line: Line, page_lines: Sequence[Line], position: int) -> Line:
    """The line with the next when that is its wrapped end ("CERTIFIED FINANCIAL" / "PLANNER®
    (CFP®)"): a heading is judged by all its words."""
    following = page_lines[position + 1] if position + 1 < len(page_lines) else None
    if following is None or not tail_of(line, following):
        return line
    return line.model_copy(update={"text": f"{line.text} {following.text}"})


def _column_top(page_lines: Sequence[Line], position: int) -> bool:
    """The line stands higher on the page than the line read before it: reading went back up
    to the top of another column."""
    line, before = page_lines[position], page_lines[position - 1] if position else None
    if before is None or line.bbox is None or before.bbox is None:
        return False
    return line.bbox[3] < before.bbox[1]


def _wrapped_heading(line: Line, page_lines: Sequence[Line], position: int) -> Section | None:
    """The section a heading names with the line under it that is its wrapped end, when only
    both together name one: bold, in the heading's type, right under it."""
    joined = _with_tail(line, page_lines, position)
    if joined is line or not (line.emphasised and _heading_shaped(joined.text)):
        return None
    return heading_section(joined.text)


def _heading_shaped(unnumbered: str) -> bool:
    """A few words opening with a capital, with no digit, tab or closing punctuation, and not
    closed by a bracket that abbreviates them: "CERTIFIED FINANCIAL PLANNER® (CFP®)" in bold
    capitals is a credential's name, no heading of a group."""
    text = unspaced_capitals(unnumbered.strip())
    # "EN COURS / IN PROGRESS": a heading in two languages is as long as each of them.
    halves = [half.split() for half in text.split(" / ")]
    if not all(1 <= len(words) <= 4 for words in halves) or any(char.isdigit() for char in text):
        return False
    bracket = _LAST_BRACKET.search(text)
    if bracket is not None and short_name(bracket.group(1), text):
        return False
    return not (text[-1] in ".,;:" or not text[0].isupper() or "\t" in text)


_LAST_BRACKET = re.compile(r"\(([^()]+)\)\s*$")


_ICON = re.compile(ICON)


def _status_in_capitals(text: str) -> bool:
    """A status ("IN PROGRESS", "WORKING TOWARDS") alone on its line, in capitals, after an
    icon."""
    iconed = _ICON.match(text.strip())
    letters = text.strip()[iconed.end() :] if iconed else ""
    return (
        len(letters) >= 4
        and letters.isupper()
        and _heading_shaped(without_section_number(letters))
        and status_heading(letters)
    )


def _looks_like_heading(line: Line, body_size: float | None) -> bool:
    unnumbered = without_section_number(line.text)
    if not _heading_shaped(unnumbered):
        return False
    text = unspaced_capitals(unnumbered.strip())
    larger = body_size is not None and line.size is not None and line.size >= body_size * 1.2
    shouting = line.emphasised and text.isupper() and len(text) >= 4
    # "4.2 Current and planned study": a numbered line in bold over the body's type is an
    # academic CV's heading, even a size or two up only.
    numbered_heading = (
        unnumbered != line.text
        and line.emphasised
        and body_size is not None
        and line.size is not None
        and line.size > body_size + 0.5
    )
    return larger or shouting or numbered_heading


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
