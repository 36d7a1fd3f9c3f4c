"""Text turned a quarter turn on the page: a section's heading set up the left margin, reading
upwards ("CERTIFICATIONS" from the foot of the section to its top), or down a side bar.

pdfplumber reads turned glyphs a column at a time from the top down, so a heading that reads
upwards comes out as its letters backwards, one or two a line ("E", "L", "I", "F", "O", "R",
"P"). A reader turns the head, reads the word the way it runs and takes it where the eye meets
it: at its top end beside the section's first line. Each run of turned glyphs is read in its own
direction, its words cut where the glyphs leave a space, and set as one flat line of words at
the run's top, in its column, so that the page's margin headings (``pdf_gutter``) find it there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from extractors.pdf_words import Word

# Glyphs whose baselines are this close (points, across the run) are one run of text.
_SAME_BASELINE = 1.5
# A gap along the run wider than this share of the type size is a word space; wider than the
# larger one, the run ends (another heading further along the margin).
_WORD_GAP, _RUN_GAP = 0.2, 1.2
# A bound on work per page, whatever the PDF holds.
_MAX_TURNED = 2000


def is_turned(char: Mapping[str, Any]) -> bool:
    """A glyph set a quarter turn either way (its text matrix's diagonal empty)."""
    matrix = char.get("matrix")
    if not char.get("upright", True) and matrix and len(matrix) >= 4:
        a, b, c, d = (float(value) for value in matrix[:4])
        return abs(a) < 1e-6 and abs(d) < 1e-6 and b * c < 0
    return False


def turned_words(chars: Sequence[Mapping[str, Any]]) -> list[Word]:
    """The page's quarter-turned glyphs as flat words, each run at its top end."""
    turned = [char for char in chars if is_turned(char)][:_MAX_TURNED]
    runs: list[list[Mapping[str, Any]]] = []
    for char in sorted(turned, key=lambda char: (_upwards(char), _baseline(char))):
        run = next(
            (
                run
                for run in runs
                if _upwards(run[0]) == _upwards(char)
                and abs(_baseline(run[0]) - _baseline(char)) <= _SAME_BASELINE
            ),
            None,
        )
        if run is None:
            runs.append([char])
        else:
            run.append(char)
    words: list[Word] = []
    for run in runs:
        for piece in _pieces(run):
            words.extend(_flat(piece))
    return words


def _upwards(char: Mapping[str, Any]) -> bool:
    """The glyph reads from the page's foot towards its top (turned anticlockwise)."""
    return float(char["matrix"][1]) > 0


def _baseline(char: Mapping[str, Any]) -> float:
    """The x of the turned run's baseline (the text matrix's origin)."""
    return round(float(char["matrix"][4]), 1)


def _size(char: Mapping[str, Any]) -> float:
    """The type size: a turned glyph's box is as wide as the type is high."""
    return float(char["x1"]) - float(char["x0"])


def _pieces(run: Sequence[Mapping[str, Any]]) -> list[list[Mapping[str, Any]]]:
    """A run's glyphs in reading order, cut where a gap along it is a heading's end."""
    upwards = _upwards(run[0])
    ordered = sorted(run, key=lambda char: -float(char["bottom"]) if upwards else char["top"])
    pieces: list[list[Mapping[str, Any]]] = []
    for char in ordered:
        if pieces and _gap(pieces[-1][-1], char, upwards) <= _RUN_GAP * _size(char):
            pieces[-1].append(char)
        else:
            pieces.append([char])
    return pieces


def _gap(before: Mapping[str, Any], after: Mapping[str, Any], upwards: bool) -> float:
    if upwards:
        return float(before["top"]) - float(after["bottom"])
    return float(after["top"]) - float(before["bottom"])


def _flat(piece: Sequence[Mapping[str, Any]]) -> list[Word]:
    """The piece's words side by side on one line at its top end, in its column."""
    upwards = _upwards(piece[0])
    size = max(_size(char) for char in piece)
    top = min(float(char["top"]) for char in piece)
    left = min(float(char["x0"]) for char in piece)
    texts: list[str] = []
    word = ""
    previous: Mapping[str, Any] | None = None
    for char in piece:
        text = str(char.get("text", ""))
        spaced = previous is not None and _gap(previous, char, upwards) > _WORD_GAP * size
        if text.isspace() or spaced:
            if word:
                texts.append(word)
            word = ""
        if not text.isspace():
            word += text
        previous = char
    if word:
        texts.append(word)
    # The words share the run's own column (as wide as its type is high): flat, they would
    # reach across the text beside the margin.
    right = max(float(char["x1"]) for char in piece)
    step = (right - left) / max(len(texts), 1)
    bold = any("bold" in str(char.get("fontname", "")).lower() for char in piece)
    return [
        Word(
            text=text,
            x0=left + number * step,
            x1=left + (number + 1) * step - (0.1 if number + 1 < len(texts) else 0.0),
            top=top,
            bottom=top + size,
            bold=bold,
            size=size,
            margin_heading=True,
        )
        for number, text in enumerate(texts)
    ]
