"""From a read Document to the candidate, their claims and their skills."""

from __future__ import annotations

from collections.abc import Sequence

from extractors.candidate import find_candidate, name_line_index
from extractors.catalog import CatalogEntry, load_catalog
from extractors.claims import ClaimLine, finder_for
from extractors.models import Document, Extraction, Line, Link
from extractors.reading import read
from extractors.sections import Section, heading_section, inline_heading
from extractors.text import find_urls


def extract(data: bytes, filename: str, *, max_pages: int = 20) -> Extraction:
    """Read a résumé and find who it is about and what credentials it claims."""
    return analyse(read(data, filename, max_pages=max_pages))


def analyse(document: Document, *, entries: Sequence[CatalogEntry] | None = None) -> Extraction:
    """The candidate and claims in a read document, matched against the catalog (or ``entries``)."""
    catalog_entries = tuple(entries) if entries is not None else load_catalog().entries
    lines = claim_lines(document)
    texts = [line.text for line in lines]
    urls = [url for _, url in find_urls(document.text)]
    candidate = find_candidate(texts, document.links, urls)
    claims = finder_for(catalog_entries).find(lines)
    skills = sorted({skill for claim in claims for skill in claim.skills})
    return Extraction(
        candidate=candidate,
        claims=tuple(claims),
        skills=tuple(skills),
        warnings=document.warnings,
    )


def claim_lines(document: Document) -> list[ClaimLine]:
    """Every line of the document with its section, page, box and the links that sit on it."""
    result: list[ClaimLine] = []
    section = Section.HEADER
    first_page_lines = document.pages[0].lines if document.pages else ()
    name_index = name_line_index([line.text for line in first_page_lines[:12]])
    for page in document.pages:
        page_lines = page.lines or tuple(Line(text=text) for text in page.text.splitlines())
        for position, line in enumerate(page_lines):
            if not line.text.strip():
                continue
            heading = heading_section(line.text)
            if heading is not None:
                section = heading
                continue
            content_start = 0
            inline = inline_heading(line.text)
            if inline is not None:
                section, rest = inline
                content_start = len(line.text) - len(rest)
            result.append(
                ClaimLine(
                    index=len(result),
                    text=line.text,
                    page=page.number,
                    section=section,
                    bbox=line.bbox,
                    links=_links_on(line, position, page.links),
                    content_start=content_start,
                    name_line=page.number == 1 and position == name_index,
                )
            )
    return result


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
