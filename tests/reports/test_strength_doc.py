"""docs/scoring.md §8's evidence-strength examples, computed by the code they describe."""

from __future__ import annotations

import pytest

from extractors.rigor import Assessment
from reports.models import ClaimRigor, ReportClaim, RigorSource
from reports.rigor import WORDS, evidence_strength, proof_points, rigor_points
from tests.reports.doc_examples import DocExample, doc_examples
from verifiers.models import Assurance, Verdict


def examples() -> list[DocExample]:
    return doc_examples("Strength example", "Evidence strength")


def overall(example: DocExample) -> int | None:
    return None if example.figure in (None, "none") else int(example.figure)


def test_the_document_has_its_strength_examples() -> None:
    found = examples()
    assert len(found) == 4
    assert all(example.rows and example.reasons for example in found)


@pytest.mark.parametrize("example", examples(), ids=lambda example: example.title)
def test_strength_example(example: DocExample) -> None:
    claims = []
    for number, (title, verdict_cell, assessment_cell, recognised_cell, weighs_cell) in enumerate(
        example.rows
    ):
        verdict, assessment = Verdict(verdict_cell), Assessment(assessment_cell)
        recognised = recognised_cell == "yes"
        weighs = None if weighs_cell == "not counted" else int(weighs_cell)
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
    assert result.overall == overall(example)
    assert list(result.reasons) == example.reasons
