"""docs/scoring.md §8's evidence-strength examples, computed by the code they describe."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from extractors.rigor import Assessment
from reports.models import ClaimRigor, ReportClaim, RigorSource
from reports.rigor import WORDS, evidence_strength, proof_points, rigor_points
from verifiers.models import Assurance, Verdict

SCORING_DOC = Path(__file__).resolve().parents[2] / "docs" / "scoring.md"


@dataclass
class Example:
    title: str
    rows: list[tuple[str, Verdict, Assessment, bool, int | None]] = field(default_factory=list)
    overall: int | None = None
    reasons: list[str] = field(default_factory=list)


def examples() -> list[Example]:
    found: list[Example] = []
    for line in SCORING_DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("### Strength example"):
            found.append(Example(title=line.removeprefix("### ")))
        elif not found:
            continue
        elif line.startswith("## "):
            # The next section ends §8's examples.
            break
        elif line.startswith("| ") and not line.startswith("| claim"):
            title, verdict, assessment, recognised, weighs = (
                cell.strip() for cell in line.strip("|").split("|")
            )
            if set(verdict) <= {"-", " "}:
                continue
            value = None if weighs == "not counted" else int(weighs)
            found[-1].rows.append(
                (title, Verdict(verdict), Assessment(assessment), recognised == "yes", value)
            )
        elif match := re.search(r"Evidence strength: \*\*(\d+|none)\*\*", line):
            found[-1].overall = None if match[1] == "none" else int(match[1])
        elif line.startswith("- "):
            found[-1].reasons.append(line.removeprefix("- "))
    return found


def test_the_document_has_its_strength_examples() -> None:
    found = examples()
    assert len(found) == 4
    assert all(example.rows and example.reasons for example in found)


@pytest.mark.parametrize("example", examples(), ids=lambda example: example.title)
def test_strength_example(example: Example) -> None:
    claims = []
    for number, (title, verdict, assessment, recognised, weighs) in enumerate(example.rows):
        points = rigor_points(assessment, recognised)
        claim = ReportClaim(
            id=f"c{number}",
            title=title,
            verdict=verdict,
            method="example",
            assurance=Assurance.ISSUER,
            strength=None,
            rigor=ClaimRigor(
                assessment=assessment,
                word=WORDS[assessment],
                meter=min(5, (points + 10) // 20),
                points=points,
                recognition="accredited (example body)" if recognised else None,
                takes=WORDS[assessment],
                source=RigorSource.CATALOG,
            ),
        )
        assert proof_points(claim) == weighs, title
        claims.append(claim)
    result = evidence_strength(claims)
    assert result.overall == example.overall
    assert list(result.reasons) == example.reasons
