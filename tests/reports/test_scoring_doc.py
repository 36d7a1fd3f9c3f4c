"""docs/scoring.md's worked examples, computed by the code they describe."""

from __future__ import annotations

import pytest

from reports.models import ReportClaim
from reports.scoring import claim_points, score
from tests.reports.doc_examples import DocExample, doc_examples
from verifiers.models import Assurance, Verdict


def examples() -> list[DocExample]:
    return doc_examples("Example", "Overall score")


def overall(example: DocExample) -> int | None:
    return None if example.figure is None else int(example.figure)


def test_the_document_has_its_examples() -> None:
    found = examples()
    assert len(found) == 6
    assert all(example.rows and example.figure is not None for example in found)


@pytest.mark.parametrize("example", examples(), ids=lambda example: example.title)
def test_worked_example(example: DocExample) -> None:
    claims = []
    for number, (title, verdict_cell, assurance_cell, points_cell) in enumerate(example.rows):
        verdict, assurance = Verdict(verdict_cell), Assurance(assurance_cell)
        points = None if points_cell == "not counted" else int(points_cell)
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
    assert result.overall == overall(example)
    assert list(result.reasons) == example.reasons
