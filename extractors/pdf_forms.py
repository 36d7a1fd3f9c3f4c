"""A form's labels beside their values on a PDF page: "Issuer:" over "Issued:" in one column,
"Amazon Web Services" and "March 2024" on their baselines at a tab stop to the right. The gap
between the two is as wide as a gutter, but a recruiter reads each label with its value, row
by row, never the labels as a column of their own."""

from __future__ import annotations

from collections.abc import Sequence

from extractors.pdf_words import Word

# Baselines this close (points) are one row.
_SAME_ROW = 1.0
# Labels on values' rows at least, for a run of rows to read as a form.
_MIN_LABELS = 2


def labels_beside_values(left: Sequence[Sequence[Word]], right: Sequence[Sequence[Word]]) -> bool:
    """Every left line on the baseline of a right one ends in a colon (a label: "Issuer:",
    "Organisme / Issuer :"), two of them at least and more than the left lines off those
    baselines (a long value that wrapped back under its label): the rows are a form's."""
    baselines = [line[0].bottom for line in right if line]
    beside = [
        line
        for line in left
        if line and any(abs(line[-1].bottom - baseline) <= _SAME_ROW for baseline in baselines)
    ]
    return (
        len(beside) >= _MIN_LABELS
        and 2 * len(beside) > len(left)
        and all(line[-1].text.endswith(":") for line in beside)
    )
