"""A word pdfplumber read on a PDF page, as every page reader here takes it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Word:
    """A word pdfplumber read, with its box and type."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool
    size: float
    #: The word opens a cell of its row whatever the gap before it (a date cell in another type).
    cell_start: bool = False
    #: The word names a section from the page's left margin, beside its text (``pdf_gutter``).
    margin_heading: bool = False
    #: The word opens a card drawn round an entry (``pdf_cards``): its line starts the entry.
    card_start: bool = False
    #: The card of one entry the word is in (``pdf_cards``), numbered from 1; 0 for none.
    card: int = 0

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.top + self.bottom) / 2
