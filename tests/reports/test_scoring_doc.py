"""docs/scoring.md's worked examples, computed by the code they describe."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from reports.models import ReportClaim
from reports.scoring import claim_points, score
from verifiers.models import Assurance, Verdict

SCORING_DOC = Path(__file__).resolve().parents[2] / "docs" / "scoring.md"


@dataclass
class Example:
    title: str
    rows: list[tuple[str, Verdict, Assurance, int | None]] = field(default_factory=list)
    overall: int | None = None
    reasons: list[str] = field(default_factory=list)


def examples() -> list[Example]:
    found: list[Example] = []
    for line in SCORING_DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("### Example"):
            found.append(Example(title=line.removeprefix("### ")))
        elif not found:
            continue
        elif line.startswith("| ") and not line.startswith("| claim"):
            title, verdict, assurance, points = (
                cell.strip() for cell in line.strip("|").split("|")
            )
            if set(verdict) <= {"-", " "}:
                continue
            value = None if points == "not counted" else int(points)
            found[-1].rows.append((title, Verdict(verdict), Assurance(assurance), value))
        elif match := re.search(r"Overall score: \*\*(\d+)\*\*", line):
            found[-1].overall = int(match[1])
        elif line.startswith("- "):
            found[-1].reasons.append(line.removeprefix("- "))
    return found


def test_the_document_has_its_examples() -> None:
    found = examples()
    assert len(found) == 6
    assert all(example.rows and example.overall is not None for example in found)


@pytest.mark.parametrize("example", examples(), ids=lambda example: example.title)
def test_worked_example(example: Example) -> None:
    claims = []
    for number, (title, verdict, assurance, points) in enumerate(example.rows):
        assert claim_points(verdict, assurance) == points, title
        claims.append(
            ReportClaim(
                id=f"c{number}",
                title=title,
                verdict=verdict,
                method="example",
                assurance=assurance,
                strength=points,
            )
        )
    result = score(claims)
    assert result.overall == example.overall
    assert list(result.reasons) == example.reasons
