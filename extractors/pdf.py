"""PDF résumés: words by position → columns → lines in reading order, and the links over them."""

from __future__ import annotations

import contextlib
import io
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from extractors.models import Document, ExtractionError, Line, Link, Page
from extractors.pdf_cards import drawn_boxes
from extractors.pdf_cells import date_cells
from extractors.pdf_fields import field_words, has_form
from extractors.pdf_gutter import gutter_headings
from extractors.pdf_layout import group_lines, in_rect, median
from extractors.pdf_lines import build_line
from extractors.pdf_marks import mark_shapes, without_marks
from extractors.pdf_objects import build_objects_quickly
from extractors.pdf_panels import Region, panel_regions, with_panels
from extractors.pdf_tables import looks_tabular, rows_across_pages, with_tables
from extractors.pdf_turned import turned_words
from extractors.pdf_two_up import two_up_halves
from extractors.pdf_words import Word
from extractors.text import normalise

MEDIA_TYPE = "application/pdf"
NO_TEXT_LAYER = "no text layer (scanned?): the PDF has pages but no text to read"

# Bullets a Word or LibreOffice export sets in the Symbol or Wingdings font come as private-use
# code points, which ``normalise`` drops as icon junk: they are a list's bullets, kept as such.
_SYMBOL_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪"})
# Tighter than pdfplumber's default 3: LaTeX output otherwise merges words into one.
_X_TOLERANCE = 1.5
# Bounds on work per page, whatever the PDF holds.
_MAX_LINKS_PER_PAGE = 300


def read_pdf(data: bytes, filename: str, *, max_pages: int) -> Document:
    """Read a PDF's pages in reading order; raise ExtractionError on anything unreadable."""
    with _opened(data, max_pages=max_pages) as pdf:
        # Running lines go first: a table's row at the foot of one page and its rest (or its
        # header's repeat) atop the next meet only without the page's footer between them.
        columns: set[tuple[float, float]] = set()  # margin headings' columns (``pdf_gutter``)
        form = has_form(pdf)  # filled fields' answers are read only from a form's pages
        pages = without_running_lines(
            tuple(_read_page(page, columns, form=form) for page in pdf.pages)
        )
        pages = rows_across_pages(pages)
    warnings = () if any(page.text.strip() for page in pages) else (NO_TEXT_LAYER,)
    return Document(filename=filename, media_type=MEDIA_TYPE, pages=pages, warnings=warnings)


def check_pdf(data: bytes, *, max_pages: int) -> None:
    """Open a PDF and count its pages without reading them: the ExtractionError ``read_pdf``
    would raise for a file that is damaged past opening, locked or too long, at a small part
    of a read's cost (no page's content is parsed)."""
    with _opened(data, max_pages=max_pages):
        pass


@contextlib.contextmanager
def _opened(data: bytes, *, max_pages: int) -> Iterator[Any]:
    """The open PDF, its page count checked; any failure in the block is an ExtractionError."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            count = len(pdf.pages)
            if count == 0:
                raise ExtractionError("the PDF has no pages")
            if count > max_pages:
                raise ExtractionError(
                    f"the PDF has {count} pages, more than the {max_pages} a résumé may have"
                )
            yield pdf
    except ExtractionError:
        raise
    except PdfminerException as error:
        cause = error.args[0] if error.args else error
        if isinstance(cause, PDFPasswordIncorrect):
            raise ExtractionError(
                "the PDF is password-protected; upload a copy without a password"
            ) from None
        raise ExtractionError(
            f"the PDF is damaged and cannot be read ({_describe(cause)})"
        ) from None
    except RecursionError:
        raise ExtractionError("the PDF is damaged and cannot be read (nested too deep)") from None
    except Exception as error:  # pdfminer raises many kinds on broken files; all mean "corrupt"
        raise ExtractionError(
            f"the PDF is damaged and cannot be read ({_describe(error)})"
        ) from None


# A running header or footer is among a page's first or last lines in reading order: three, as
# a header of two parts ("Name — headline" and "Résumé" beside it) may wrap onto a second line.
_EDGE = 3


def without_running_lines(pages: tuple[Page, ...]) -> tuple[Page, ...]:
    """Pages without the header and footer lines every page repeats ("Jane Doe · CV 2") at
    the same height; body lines that differ only in their numbers ("Credential ID 4411" at the
    foot of one page, "Credential ID 5520" atop the next) stay."""
    if len(pages) < 2:
        return pages

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.casefold())

    edges = [{key(line) for line in (*_top(page), *_foot(page))} for page in pages]
    heights: dict[str, list[float]] = {}
    for page in pages:
        for line in {*_top(page), *_foot(page)}:
            heights.setdefault(key(line), []).append(line.bbox[1] if line.bbox else 0.0)
    needed = max(2, len(pages) // 2 + 1)
    # A running line's height on the most pages, for the texts that repeat often enough.
    running: dict[str, float] = {}
    for text, tops in heights.items():
        at = max(tops, key=lambda top: sum(abs(other - top) <= 2.0 for other in tops))
        if sum(abs(other - at) <= 2.0 for other in tops) >= needed:
            running[text] = at
    # A table's repeated header or footer group (a web page's "thead" / "tfoot") follows the
    # table's last row on a short page, not the page's edge: the same words, digits and all, on
    # the same edge of every page run too, at whatever height.
    floating = {
        "top": set.intersection(*({line.text for line in page.lines[:_EDGE]} for page in pages)),
        "foot": set.intersection(*({line.text for line in page.lines[-_EDGE:]} for page in pages)),
    }
    if not running and not any(floating.values()):
        return pages

    def is_running(line: Line, page: Page) -> bool:
        if line.text in floating["top"] and line in page.lines[:_EDGE]:
            return True
        if line.text in floating["foot"] and line in page.lines[-_EDGE:]:
            return True
        at = running.get(key(line))
        return at is not None and abs((line.bbox[1] if line.bbox else 0.0) - at) <= 2.0

    cleaned = []
    for number, (page, keys) in enumerate(zip(pages, edges, strict=True)):
        # The first page's header is where the name and contact details are: keep it there.
        edge_lines = {*_top(page), *_foot(page)} if number else set(_foot(page))
        lines = tuple(
            line for line in page.lines if not (line in edge_lines and is_running(line, page))
        )
        if not number:
            # The first page's running footer may be the only place the name is: it goes up
            # to the header, out of the body's sections.
            lowest = max((line.bbox[3] for line in lines if line.bbox), default=0.0)
            footer = tuple(
                line
                for line in _foot(page)
                if line not in lines and line.bbox is not None and line.bbox[1] >= lowest
            )
            lines = footer + lines
        if lines == page.lines or not keys:
            cleaned.append(page)
            continue
        # Links keep their boxes; a link on a dropped line still sits where it was.
        text = "\n".join(line.text for line in lines)
        cleaned.append(page.model_copy(update={"lines": lines, "text": text}))
    return tuple(cleaned)


def _top(page: Page) -> list[Line]:
    """A page's first lines read, and its highest lines on the page."""
    placed = sorted(
        (line for line in page.lines if line.bbox),
        key=lambda line: line.bbox[1] if line.bbox else 0.0,
    )
    return _unique([*page.lines[:_EDGE], *placed[:_EDGE]])


def _foot(page: Page) -> list[Line]:
    """A page's last lines read, and its lowest lines on the page: a slide's running footer
    sits at its foot wherever its columns put it in the reading order."""
    placed = sorted(
        (line for line in page.lines if line.bbox),
        key=lambda line: line.bbox[3] if line.bbox else 0.0,
    )
    return _unique([*page.lines[-_EDGE:], *placed[-_EDGE:]])


def _unique(lines: list[Line]) -> list[Line]:
    return [line for index, line in enumerate(lines) if line not in lines[:index]]


def _describe(error: object) -> str:
    text = str(error).strip().splitlines()
    return text[0][:120] if text else type(error).__name__


# The widest gap inside a word of letter-spaced small capitals, in ems of the smaller type.
_SMALL_CAPS_GAP = 0.15


def join_small_caps(words: Sequence[Word]) -> list[Word]:
    """Small capitals ("CERTIFICATIONS" set as a tall "C" and a shorter "ERTIFICATIONS")
    come as two words, since the type size changes inside the word: touching words of two
    sizes on one line are one word again, in the larger size, also across a hyphen or before a
    comma ("BRENNAN-KOWALCZYK,", whose marks are in the capitals' size). Letter-spaced small
    capitals leave a sliver between the two (0.06 em: under a point); a space is a quarter of
    an em. A change of size is between the joined word's last run and the next run."""
    joined: list[Word] = []
    tail = 0.0  # the size of the last run joined into ``joined[-1]``
    for word in words:
        last = joined[-1] if joined else None
        if (
            last is not None
            and tail != word.size
            and -0.5 <= word.x0 - last.x1 <= max(0.3, _SMALL_CAPS_GAP * min(tail, word.size))
            and abs(word.bottom - last.bottom) <= 0.25 * max(last.size, word.size)
            and _small_caps_seam(last.text, word.text)
        ):
            joined[-1] = replace(
                last,
                text=last.text + word.text,
                x1=word.x1,
                top=min(last.top, word.top),
                bottom=max(last.bottom, word.bottom),
                bold=last.bold or word.bold,
                size=max(last.size, word.size),
            )
        else:
            joined.append(word)
        tail = word.size
    return joined


# What a word of small capitals may hold where its size changes: a hyphen inside a double name
# ("BRENNAN-" in the small size, "K" in the large) and the comma or full stop after it
# ("REILLY," with the comma in the large size), set as close as its letters.
_SEAM_MARKS = frozenset("-‐,.")


def _small_caps_seam(before: str, after: str) -> bool:
    """Where two runs of type touch, a letter meets a letter, or a hyphen or stop a letter."""
    left, right = before[-1:], after[:1]
    if left.isalpha():
        return right.isalpha() or right in _SEAM_MARKS
    return left in "-‐" and right.isalpha()


def join_letter_spacing(words: Sequence[Word]) -> list[Word]:
    """Capitals set wide apart ("J A N E   D O E") come as one word a letter: a run of single
    letters on one baseline is joined into words again, cut where a gap is clearly wider than
    the run's usual one (the space between two words). A run with no wider gap stays as it is:
    nothing in it says where its words end (``names`` asks the e-mail address). Two capitals
    that a font kerns together ("RT", "AT" in "C E RT I F I C AT I O N S") are letters of the
    run, and so is a comma or an "&" set apart like them: a comma ends the word before it."""
    joined: list[Word] = []
    start = 0
    while start < len(words):
        end = start + 1
        while end < len(words) and _spaced_letters(words[end - 1], words[end]):
            end += 1
        joined.extend(_spaced_words(words[start:end]))
        start = end
    return joined


# Marks set apart among spaced capitals as the letters are ("L I C E N S E S , C E R T …").
_SPACED_MARKS = frozenset(",&+/")


def _letter_piece(word: Word) -> bool:
    """A letter of spaced capitals as pdfplumber gives it: one letter, two capitals kerned
    into one word, or a mark set apart between them."""
    text = word.text
    return (len(text) == 1 and (text.isalpha() or text in _SPACED_MARKS)) or (
        len(text) == 2 and text.isalpha() and text.isupper()
    )


def _spaced_letters(first: Word, second: Word) -> bool:
    size = max(first.size, second.size, 1.0)
    return (
        _letter_piece(first)
        and _letter_piece(second)
        and abs(first.size - second.size) <= 0.5
        and abs(first.bottom - second.bottom) <= 0.25 * size
        and 0 < second.x0 - first.x1 <= 2.5 * size
    )


def _spaced_words(run: Sequence[Word]) -> list[Word]:
    letters = [word for word in run if word.text.isalpha()]
    # Mostly single letters: two capitals are a kerned pair among them, not words of their own
    # ("AI ML CI CD" is a line of short words).
    if len(run) < 4 or 2 * sum(len(word.text) == 1 for word in letters) <= len(letters):
        return list(run)
    gaps = [second.x0 - first.x1 for first, second in itertools.pairwise(run)]
    letter_gap = sorted(gaps)[(len(gaps) - 1) // 2]
    size = max(word.size for word in run)
    cuts = [
        index + 1
        for index, gap in enumerate(gaps)
        if gap > 1.6 * letter_gap and gap - letter_gap > 0.2 * size
    ]
    bounds = [0, *cuts, len(run)]
    pieces = [run[begin:stop] for begin, stop in itertools.pairwise(bounds)]
    # Without a word gap, or with a letter left alone (initials?), the letters stay apart; a
    # mark alone ("&") is a word of its own.
    if not cuts or any(len(piece) == 1 and piece[0].text.isalpha() for piece in pieces):
        return list(run)
    if any(not piece[0].text.isalpha() and len(piece) > 1 for piece in pieces):
        return list(run)  # a word does not open with a comma: not spaced capitals after all
    return [
        replace(
            piece[0],
            text="".join(word.text for word in piece),
            x1=piece[-1].x1,
            top=min(word.top for word in piece),
            bottom=max(word.bottom for word in piece),
            bold=all(word.bold for word in piece),
        )
        for piece in pieces
    ]


def _read_page(page: Any, columns: set[tuple[float, float]], *, form: bool = False) -> Page:
    build_objects_quickly(page)
    raw_words = page.extract_words(
        x_tolerance=_X_TOLERANCE, keep_blank_chars=False, extra_attrs=["fontname", "size"]
    )
    turned: list[Word] = []
    if any(not word.get("upright", True) for word in raw_words):
        # Glyphs a quarter turn round (a heading up the margin) are read the way they run.
        turned = turned_words(page.chars)
        raw_words = [word for word in raw_words if word.get("upright", True)]
    words = [
        Word(
            text=word["text"].translate(_SYMBOL_BULLETS),
            x0=float(word["x0"]),
            x1=float(word["x1"]),
            top=float(word["top"]),
            bottom=float(word["bottom"]),
            bold="bold" in str(word.get("fontname", "")).lower(),
            size=float(word.get("size") or 0.0),
        )
        for word in raw_words
    ]
    words = join_letter_spacing(join_small_caps(without_marks(words, mark_shapes(page))))
    words.extend(turned)
    if form:
        with contextlib.suppress(Exception):  # a broken form costs its answers, not the page
            words = [*words, *field_words(page, words)]
    width, height, boxes = float(page.width), float(page.height), drawn_boxes(page)
    lines: list[list[Word]] = []
    regions: list[Region] = []
    # Two pages printed on one sheet are read a page at a time (``pdf_two_up``).
    for half in two_up_halves(words, width, height) or (words,):
        found = panel_regions(half, width, height, boxes)
        regions.extend(found)
        lines.extend(date_cells(gutter_headings(with_panels(found, width), columns)))
    body_size = median([word.size for word in words]) if words else 0.0
    built = tuple(build_line(line, body_size) for line in lines)
    built = tuple(line for line in built if line.text)
    if looks_tabular(built, group_lines(words)):
        built = with_tables(page, words, built, body_size, [inside for inside, _ in regions])
    try:
        links = _links(page, words)
    except Exception:  # a malformed annotation costs its links, not the page's text
        links = ()
    return Page(
        number=int(page.page_number),
        text="\n".join(line.text for line in built),
        links=links,
        lines=built,
    )


def _links(page: Any, words: Sequence[Word]) -> tuple[Link, ...]:
    """Each URI annotation once, with the words under its rectangle."""
    seen: set[tuple[str, tuple[float, ...]]] = set()
    links: list[Link] = []
    # A résumé has tens of links; thousands of annotations are an attack on the word search.
    for annotation in page.hyperlinks[:_MAX_LINKS_PER_PAGE]:
        uri = annotation.get("uri")
        if not isinstance(uri, str) or not uri.strip():
            continue
        uri = uri.strip()
        rect = (
            round(float(annotation["x0"]), 1),
            round(float(annotation["top"]), 1),
            round(float(annotation["x1"]), 1),
            round(float(annotation["bottom"]), 1),
        )
        # Typst writes two or three annotations per link, one per glyph run or line.
        if (uri, rect) in seen:
            continue
        seen.add((uri, rect))
        covered = [word for word in words if in_rect(word, rect)]
        text = normalise(" ".join(w.text for line in group_lines(covered) for w in line))
        links.append(Link(url=uri, text=text, page=int(page.page_number), bbox=rect))
    return tuple(_merge_split_links(links))


def _merge_split_links(links: list[Link]) -> list[Link]:
    """One link per target on adjacent rows, as a title that wraps gets one rectangle per line."""
    merged: list[Link] = []
    for link in links:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.url == link.url
            and previous.bbox is not None
            and link.bbox is not None
            and 0 <= link.bbox[1] - previous.bbox[3] < (link.bbox[3] - link.bbox[1])
        ):
            bbox = (
                min(previous.bbox[0], link.bbox[0]),
                previous.bbox[1],
                max(previous.bbox[2], link.bbox[2]),
                link.bbox[3],
            )
            text = f"{previous.text} {link.text}".strip()
            merged[-1] = previous.model_copy(update={"text": text, "bbox": bbox})
        else:
            merged.append(link)
    return merged
