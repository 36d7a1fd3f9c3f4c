"""PDF résumés: words by position → columns → lines in reading order, and the links over them."""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from extractors.models import Document, ExtractionError, Line, Link, Page
from extractors.tables import join_cell_lines, row_texts
from extractors.text import normalise

MEDIA_TYPE = "application/pdf"
NO_TEXT_LAYER = "no text layer (scanned?): the PDF has pages but no text to read"

# Tighter than pdfplumber's default 3: LaTeX output otherwise merges words into one.
_X_TOLERANCE = 1.5
# A gutter must be this wide (points) and leave this share of the words on each side.
_MIN_GUTTER = 9.0
_MIN_SIDE_SHARE = 0.12
# Beside a narrow date column, most lines share a baseline with a line across the gutter:
# that is a table, read row by row, not two columns.
_ROW_ALIGNED_SHARE = 0.6
# Fewer rows than this sharing a gap are a line with a right-aligned date, not columns.
_MIN_RUN_ROWS = 3
# Bounds on work per page, whatever the PDF holds.
_MAX_LINKS_PER_PAGE = 300
_MAX_ROWS_FOR_COLUMNS = 400
# A page looks tabular when this many of its lines hold three cells or more; only then is the
# table finder (tens of milliseconds a page) run.
_TABULAR_LINES = 2


@dataclass(frozen=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool
    size: float

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.top + self.bottom) / 2


def read_pdf(data: bytes, filename: str, *, max_pages: int) -> Document:
    """Read a PDF's pages in reading order; raise ExtractionError on anything unreadable."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            count = len(pdf.pages)
            if count == 0:
                raise ExtractionError("the PDF has no pages")
            if count > max_pages:
                raise ExtractionError(
                    f"the PDF has {count} pages, more than the {max_pages} a résumé may have"
                )
            pages = _without_running_lines(tuple(_read_page(page) for page in pdf.pages))
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
    warnings = () if any(page.text.strip() for page in pages) else (NO_TEXT_LAYER,)
    return Document(filename=filename, media_type=MEDIA_TYPE, pages=pages, warnings=warnings)


def _without_running_lines(pages: tuple[Page, ...]) -> tuple[Page, ...]:
    """Pages without the header and footer lines every page repeats ("Jane Doe · CV 2")."""
    if len(pages) < 2:
        return pages

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.casefold())

    edges = [{key(line) for line in (*page.lines[:2], *page.lines[-2:])} for page in pages]
    seen: dict[str, int] = {}
    for keys in edges:
        for text in keys:
            seen[text] = seen.get(text, 0) + 1
    running = {text for text, count in seen.items() if count >= max(2, len(pages) // 2 + 1)}
    if not running:
        return pages
    cleaned = []
    for number, (page, keys) in enumerate(zip(pages, edges, strict=True)):
        # The first page's header is where the name and contact details are: keep it there.
        edge_lines = {*page.lines[:2], *page.lines[-2:]} if number else {*page.lines[-2:]}
        lines = tuple(
            line for line in page.lines if not (line in edge_lines and key(line) in running)
        )
        if len(lines) == len(page.lines) or not keys:
            cleaned.append(page)
            continue
        # Links keep their boxes; a link on a dropped line still sits where it was.
        text = "\n".join(line.text for line in lines)
        cleaned.append(page.model_copy(update={"lines": lines, "text": text}))
    return tuple(cleaned)


def _describe(error: object) -> str:
    text = str(error).strip().splitlines()
    return text[0][:120] if text else type(error).__name__


def _read_page(page: Any) -> Page:
    raw_words = page.extract_words(
        x_tolerance=_X_TOLERANCE, keep_blank_chars=False, extra_attrs=["fontname", "size"]
    )
    words = [
        _Word(
            text=word["text"],
            x0=float(word["x0"]),
            x1=float(word["x1"]),
            top=float(word["top"]),
            bottom=float(word["bottom"]),
            bold="bold" in str(word.get("fontname", "")).lower(),
            size=float(word.get("size") or 0.0),
        )
        for word in raw_words
    ]
    lines = _reading_order(words, float(page.width))
    body_size = _median([word.size for word in words]) if words else 0.0
    built = tuple(_line(line, body_size) for line in lines)
    built = tuple(line for line in built if line.text)
    if _looks_tabular(built):
        built = _with_tables(page, words, built, body_size)
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


def _looks_tabular(lines: Sequence[Line]) -> bool:
    return sum(1 for line in lines if line.text.count("\t") >= 2) >= _TABULAR_LINES


def _with_tables(
    page: Any, words: Sequence[_Word], lines: tuple[Line, ...], body_size: float
) -> tuple[Line, ...]:
    """The page's lines with each table read row by row: one line per row, its cells whole (a
    title or an ID that wrapped inside its cell joined again), in place of the fragments the
    rows were cut into. Ruled tables are found by pdfplumber's table finder; tables without
    rules by their columns of cells."""
    found: list[tuple[tuple[float, float, float, float], list[list[str]], list[_Box]]] = []
    try:
        ruled = [
            table
            for table in (page.find_tables() if page.edges else [])
            if len(table.rows) >= 2 and max(len(row.cells) for row in table.rows) >= 2
        ]
    except Exception:  # a table the finder cannot make sense of is read as plain lines
        ruled = []
    for table in ruled:
        x0, top, x1, bottom = table.bbox
        inside = [w for w in words if x0 <= w.centre[0] <= x1 and top <= w.centre[1] <= bottom]
        rows = [
            [
                _cell_text([word for word in inside if cell is not None and _inside(word, cell)])
                for cell in row.cells
            ]
            for row in table.rows
        ]
        boxes = [_rounded(row.bbox) for row in table.rows]
        found.append((_rounded(table.bbox), rows, boxes))
    taken = [box for box, _, _ in found]
    free = [word for word in words if not any(_point_in(word.centre, box) for box in taken)]
    found.extend(_unruled_tables(free))
    result = list(lines)
    for bbox, rows, boxes in found:
        table_lines = [
            Line(text=text, bbox=boxes[index], size=round(body_size, 1) or None, table_row=True)
            for index, text in row_texts(rows)
        ]
        kept = [line for line in result if line.bbox is None or not _within(line.bbox, bbox)]
        position = next(
            (
                index
                for index, line in enumerate(kept)
                if line.bbox is not None
                and line.bbox[1] >= bbox[3] - 1
                and line.bbox[0] < bbox[2]
                and line.bbox[2] > bbox[0]
            ),
            len(kept),
        )
        result = kept[:position] + table_lines + kept[position:]
    return tuple(result)


_Box = tuple[float, float, float, float]


def _rounded(box: Sequence[float]) -> _Box:
    x0, top, x1, bottom = (round(float(value), 1) for value in box)
    return x0, top, x1, bottom


def _point_in(point: tuple[float, float], box: _Box) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


def _cell_text(words: Sequence[_Word]) -> str:
    return normalise(
        join_cell_lines([" ".join(w.text for w in line) for line in _group_lines(words)])
    )


def _cells(line: Sequence[_Word], starts: Sequence[float] = ()) -> list[list[_Word]]:
    """A line's words cut where a gap is wider than a couple of letters (as ``_line`` does),
    and where a word starts at one of the table's columns (a full cell runs up to the next)."""
    cells = [[line[0]]]
    for previous, word in itertools.pairwise(line):
        at_column = any(abs(word.x0 - start) <= 2.5 for start in starts)
        if at_column or word.x0 - previous.x1 > max(min(previous.size, word.size), 6.0) * 1.5:
            cells.append([word])
        else:
            cells[-1].append(word)
    return cells


def _unruled_tables(words: Sequence[_Word]) -> list[tuple[_Box, list[list[str]], list[_Box]]]:
    """Tables drawn without rules: runs of lines whose cells start at the same columns.

    A run starts at a line of three cells or more and goes on while lines keep to its columns
    (a cell that wrapped puts a line of fewer cells under its row). Rows are told apart by the
    wider gap between them than between the lines of one row.
    """
    text_lines = _group_lines(words)
    tables: list[tuple[_Box, list[list[str]], list[_Box]]] = []
    index = 0
    while index < len(text_lines):
        first = _cells(text_lines[index])
        if len(first) < 3:
            index += 1
            continue
        columns = [cell[0].x0 for cell in first]
        run = [text_lines[index]]
        wide = 1
        end = index + 1
        while end < len(text_lines):
            line = text_lines[end]
            cells = _cells(line, _clusters(columns))
            height = max(word.bottom - word.top for word in run[-1])
            gap = min(word.top for word in line) - max(word.bottom for word in run[-1])
            aligned = all(_in_column(cell, _clusters(columns)) for cell in cells)
            if gap > 1.5 * height or not (aligned or len(cells) >= 3):
                break
            if len(cells) >= 3:
                wide += 1
                columns.extend(cell[0].x0 for cell in cells)
            run.append(line)
            end += 1
        starts = _clusters(columns)
        if wide >= 2 and len(starts) >= 3:
            tables.append(_table_from_run(run, starts))
            index = end
        else:
            index += 1
    return tables


def _in_column(cell: Sequence[_Word], starts: Sequence[float]) -> bool:
    """The cell starts at a column and ends before the next one: the wrapped part of a cell,
    not a line of running text across the table."""
    for position, start in enumerate(starts):
        if abs(cell[0].x0 - start) <= 2.5:
            following = starts[position + 1] if position + 1 < len(starts) else float("inf")
            return cell[-1].x1 < following - 1.0
    return False


def _clusters(values: Sequence[float], tolerance: float = 2.5) -> list[float]:
    starts: list[float] = []
    for value in sorted(values):
        if not starts or value - starts[-1] > tolerance:
            starts.append(value)
    return starts


def _table_from_run(
    run: Sequence[Sequence[_Word]], starts: Sequence[float]
) -> tuple[_Box, list[list[str]], list[_Box]]:
    tops = [min(word.top for word in line) for line in run]
    pitches = [later - earlier for earlier, later in itertools.pairwise(tops)]
    closest = min(pitches) if pitches else 0.0
    groups: list[list[Sequence[_Word]]] = [[run[0]]]
    for line, pitch in zip(run[1:], pitches, strict=True):
        if pitch > closest * 1.25:
            groups.append([line])
        else:
            groups[-1].append(line)
    rows: list[list[str]] = []
    boxes: list[_Box] = []
    for group in groups:
        row_words = [word for line in group for word in line]
        cells: list[list[_Word]] = [[] for _ in starts]
        for word in row_words:
            column = max(i for i, x in enumerate(starts) if word.x0 >= x - 2.5 or i == 0)
            cells[column].append(word)
        rows.append([_cell_text(cell) for cell in cells])
        boxes.append(
            (
                round(min(w.x0 for w in row_words), 1),
                round(min(w.top for w in row_words), 1),
                round(max(w.x1 for w in row_words), 1),
                round(max(w.bottom for w in row_words), 1),
            )
        )
    every = [word for line in run for word in line]
    bbox = (
        round(min(w.x0 for w in every) - 1, 1),
        round(min(w.top for w in every) - 1, 1),
        round(max(w.x1 for w in every) + 1, 1),
        round(max(w.bottom for w in every) + 1, 1),
    )
    return bbox, rows, boxes


def _within(box: tuple[float, float, float, float], table: tuple[float, ...]) -> bool:
    x = (box[0] + box[2]) / 2
    y = (box[1] + box[3]) / 2
    return table[0] <= x <= table[2] and table[1] <= y <= table[3]


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def _line(words: Sequence[_Word], body_size: float) -> Line:
    pieces = [words[0].text]
    for previous, word in itertools.pairwise(words):
        # A gap wider than a couple of letters separates cells: a name and an e-mail, a date
        # and a title. Keep it visible as a tab.
        gap = word.x0 - previous.x1
        pieces.append("\t" if gap > max(min(previous.size, word.size), 6.0) * 1.5 else " ")
        pieces.append(word.text)
    text = normalise("".join(pieces))
    bbox = (
        round(min(word.x0 for word in words), 1),
        round(min(word.top for word in words), 1),
        round(max(word.x1 for word in words), 1),
        round(max(word.bottom for word in words), 1),
    )
    emphasised = all(word.bold for word in words) or (
        body_size > 0 and min(word.size for word in words) > body_size * 1.15
    )
    size = round(max(word.size for word in words), 1)
    return Line(text=text, bbox=bbox, emphasised=emphasised, size=size or None)


def _reading_order(words: Sequence[_Word], page_width: float) -> list[list[_Word]]:
    """Lines in reading order: rows top to bottom, except where a run of rows shares an empty
    vertical band (a gutter); there the left column is read before the right one."""
    rows = _group_lines(words)
    if len(rows) > _MAX_ROWS_FOR_COLUMNS:
        return rows  # no résumé page has this many rows; do not search it for columns
    free = [_free_mask(row, page_width) for row in rows]
    ordered: list[list[_Word]] = []
    index = 0
    while index < len(rows):
        end, band = _column_run(rows, free, index)
        if band is None:
            ordered.append(rows[index])
            index += 1
            continue
        middle = (band[0] + band[1]) / 2
        run_words = [word for row in rows[index:end] for word in row]
        left = [word for word in run_words if word.centre[0] < middle]
        right = [word for word in run_words if word.centre[0] >= middle]
        if _rows_aligned(left, right):
            ordered.extend(rows[index:end])  # a table: each row reads across
        else:
            ordered.extend(_group_lines(left))
            ordered.extend(_group_lines(right))
        index = end
    return ordered


def _free_mask(row: Sequence[_Word], page_width: float) -> int:
    """The x positions (one bit per point) that no word of the row covers."""
    width = int(page_width) + 2
    covered = 0
    for word in row:
        start, stop = max(int(word.x0), 0), min(int(word.x1) + 1, width)
        if stop > start:
            covered |= ((1 << (stop - start)) - 1) << start
    return ((1 << width) - 1) & ~covered


def _column_run(
    rows: Sequence[Sequence[_Word]], free: Sequence[int], start: int
) -> tuple[int, tuple[float, float] | None]:
    """The longest run of rows from ``start`` that share a gutter, and the gutter."""
    best: tuple[int, tuple[float, float] | None] = (start + 1, None)
    shared = free[start]
    left_text = min(word.x0 for word in rows[start])
    right_text = max(word.x1 for word in rows[start])
    for end in range(start + 1, len(rows) + 1):
        if end > start + 1:
            shared &= free[end - 1]
            left_text = min(left_text, *(word.x0 for word in rows[end - 1]))
            right_text = max(right_text, *(word.x1 for word in rows[end - 1]))
        band = _widest_band(shared, left_text, right_text)
        if band is None:
            break
        if end - start >= _MIN_RUN_ROWS and _both_sides(rows[start:end], band):
            best = (end, band)
    return best


def _widest_band(mask: int, left_text: float, right_text: float) -> tuple[float, float] | None:
    """The widest run of free points at least a gutter wide, strictly inside the text."""
    inner_start, inner_stop = int(left_text) + 1, int(right_text)
    if inner_stop - inner_start < _MIN_GUTTER:
        return None
    inner = (mask >> inner_start) & ((1 << (inner_stop - inner_start)) - 1)
    best: tuple[float, float] | None = None
    position = 0
    while inner:
        # Skip covered points, then measure the free run.
        skip = (inner & -inner).bit_length() - 1
        inner >>= skip
        position += skip
        length = (~inner & (inner + 1)).bit_length() - 1
        if length >= _MIN_GUTTER and (best is None or length > best[1] - best[0]):
            best = (float(inner_start + position), float(inner_start + position + length))
        inner >>= length
        position += length
    return best


def _both_sides(rows: Sequence[Sequence[_Word]], band: tuple[float, float]) -> bool:
    """Each side of the band holds a real share of the words of the run."""
    words = [word for row in rows for word in row]
    left = sum(1 for word in words if word.x1 <= band[0] + 0.5)
    right = sum(1 for word in words if word.x0 >= band[1] - 0.5)
    return min(left, right) >= _MIN_SIDE_SHARE * len(words)


def _rows_aligned(left: Sequence[_Word], right: Sequence[_Word]) -> bool:
    """A table rather than two columns: the smaller side's rows share baselines with the other's
    and are few (a date per entry) or short (labels), so each row reads across the gutter."""
    left_lines, right_lines = _group_lines(left), _group_lines(right)
    smaller, larger = sorted((left_lines, right_lines), key=len)
    larger_rows = [line[0].bottom for line in larger]
    aligned = sum(
        1 for line in smaller if any(abs(line[0].bottom - row) <= 1.0 for row in larger_rows)
    )
    if aligned < _ROW_ALIGNED_SHARE * len(smaller):
        return False
    # Newspaper columns align too, but neither side is narrow.
    text_width = max(w.x1 for w in [*left, *right]) - min(w.x0 for w in [*left, *right])
    narrow = (
        min(max(w.x1 for w in side) - min(w.x0 for w in side) for side in (left, right))
        < 0.4 * text_width
    )
    words_per_row = sum(len(line) for line in smaller) / max(len(smaller), 1)
    return narrow and (len(smaller) <= 0.7 * len(larger) or words_per_row <= 3)


def _group_lines(words: Sequence[_Word]) -> list[list[_Word]]:
    """Words with overlapping vertical extents form a line, read left to right."""
    lines: list[list[_Word]] = []
    current: list[_Word] = []
    current_bottom = float("-inf")
    current_top = float("-inf")
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        height = max(word.bottom - word.top, 1.0)
        if current and word.top < current_bottom - height * 0.5 and word.top - current_top < height:
            current.append(word)
            current_bottom = max(current_bottom, word.bottom)
        else:
            if current:
                lines.append(sorted(current, key=lambda w: w.x0))
            current = [word]
            current_top, current_bottom = word.top, word.bottom
    if current:
        lines.append(sorted(current, key=lambda w: w.x0))
    return lines


def _links(page: Any, words: Sequence[_Word]) -> tuple[Link, ...]:
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
        covered = [word for word in words if _inside(word, rect)]
        text = normalise(" ".join(w.text for line in _group_lines(covered) for w in line))
        links.append(Link(url=uri, text=text, page=int(page.page_number), bbox=rect))
    return tuple(_merge_split_links(links))


def _inside(word: _Word, rect: tuple[float, float, float, float]) -> bool:
    x, y = word.centre
    return rect[0] - 1 <= x <= rect[2] + 1 and rect[1] - 1 <= y <= rect[3] + 1


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
