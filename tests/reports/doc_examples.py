"""The worked examples of docs/scoring.md, read as the doc shows them: rows, a figure, reasons.

Each test module turns the cells into the values it computes with; this module only finds them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

SCORING_DOC = Path(__file__).resolve().parents[2] / "docs" / "scoring.md"


@dataclass
class DocExample:
    title: str
    #: The table's rows below its header, each as its stripped cells.
    rows: list[tuple[str, ...]] = field(default_factory=list)
    #: The bold figure the example ends on ("68", "none"), None where it has none.
    figure: str | None = None
    reasons: list[str] = field(default_factory=list)


def doc_examples(heading: str, figure: str) -> list[DocExample]:
    """The examples under headings that open ``### {heading}``, up to the next section.

    ``figure`` is the label before the bold result: "Overall score", "Evidence strength".
    """
    result = re.compile(rf"{re.escape(figure)}: \*\*(\w+)\*\*")
    found: list[DocExample] = []
    for line in SCORING_DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"### {heading}"):
            found.append(DocExample(title=line.removeprefix("### ")))
        elif not found:
            continue
        elif line.startswith("## "):
            break
        elif line.startswith("| ") and not line.startswith("| claim"):
            cells = tuple(cell.strip() for cell in line.strip("|").split("|"))
            if set(cells[1]) <= {"-", " "}:
                continue
            found[-1].rows.append(cells)
        elif match := result.search(line):
            found[-1].figure = match[1]
        elif line.startswith("- "):
            found[-1].reasons.append(line.removeprefix("- "))
    return found
