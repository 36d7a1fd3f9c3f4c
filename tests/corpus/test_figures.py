"""Extraction quality must not fall: the figures ``python -m bench.extraction`` prints.

Thresholds sit a little below the measured values (corpus of 55: claims F1 0.985, links
0.980, IDs 1.000, dates 0.989, name and e-mail 1.000; the 36 real résumés: claims F1 0.983),
so that a change that loses claims fails here rather than in front of a recruiter.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.extraction import REAL, Scores, corpus_cases, real_cases, run
from bench.extraction_score import Case, ExpectedClaim, score
from tests.conftest import need_shared


@pytest.fixture(scope="module")
def corpus() -> Scores:
    return run(corpus_cases())


def test_corpus_has_forty_resumes_in_three_formats() -> None:
    cases = corpus_cases()
    assert len(cases) >= 40
    assert {case.path.suffix for case in cases} == {".pdf", ".docx", ".txt"}
    assert all(case.path.exists() for case in cases)


def test_corpus_claims_links_and_ids(corpus: Scores) -> None:
    assert corpus.claims.f1 >= 0.97, corpus.problems
    assert corpus.links.f1 >= 0.93, corpus.problems
    assert corpus.ids.f1 >= 0.95, corpus.problems
    assert corpus.dates.f1 >= 0.95, corpus.problems


def test_corpus_candidate_name_and_email(corpus: Scores) -> None:
    assert corpus.names.f1 >= 0.95, corpus.problems
    assert corpus.emails.f1 >= 0.95, corpus.problems


def test_real_resumes_read_in_place() -> None:
    need_shared(REAL / "labels.json")
    scores = run(real_cases())

    # Floors just under what they read (claims and names 1.000, session 15): one claim lost of
    # the 59 (F1 0.991) fails here, where the issue's 0.98 let session 15's regression by.
    assert scores.claims.f1 >= 0.995, scores.problems
    assert scores.names.f1 >= 0.99, scores.problems
    assert not [problem for problem in scores.problems if "refused" in problem]


def test_a_refused_file_counts_as_read_with_nothing_found() -> None:
    """A file that should be read and was refused lowers every figure it bears on; a file
    labelled as one to refuse (``expect_error``) counts in none."""
    claims = (ExpectedClaim(title="Certified Kubernetes Administrator", issuer="CNCF"),)
    readable = Case(Path("cv.docx"), "Ana Ruiz", ("ana@example.org",), claims)
    damaged = Case(Path("broken.pdf"), None, (), (), expect_error=True)

    scores = score([(readable, None), (damaged, None)])

    assert (scores.claims.expected, scores.claims.hits, scores.claims.f1) == (1, 0, 0.0)
    assert (scores.names.expected, scores.names.recall) == (1, 0.0)
    assert (scores.emails.expected, scores.emails.recall) == (1, 0.0)
    assert scores.problems == ["cv.docx: refused, but it should be read"]
