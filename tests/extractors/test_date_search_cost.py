"""The date reader's shortcuts: a text with no year, clipped year or era is not searched with
the long date pattern, and what it remembers of a résumé's words lasts one reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import extract
from extractors.dates import _DATE, _MAY_HOLD_DATE, find_dates, only_dates_in

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "files"


@pytest.mark.parametrize(
    "text",
    [
        "Jan 2023",
        "mai/2024",
        "May '23",
        "Apr ’19",
        "05/03/2021",
        "03/2024",
        "2021. 03.",
        "2020-05",
        "2020年3月",
        "2021. március",
        "令和元年4月",
        "平成31年",
        "since 2019",
    ],
)
def test_every_kind_of_date_passes_the_shortcut(text: str) -> None:
    assert _MAY_HOLD_DATE.search(text)
    assert find_dates(text)


def test_no_line_of_the_corpus_that_the_shortcut_passes_over_holds_a_date() -> None:
    lines = {
        line
        for path in CORPUS.iterdir()
        if path.suffix in {".txt", ".md"}
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    }
    passed_over = [line for line in lines if not _MAY_HOLD_DATE.search(line)]
    assert len(passed_over) > 100
    assert [line for line in passed_over if _DATE.search(line)] == []


def test_what_the_date_reader_kept_of_a_resume_is_gone_after_its_reading() -> None:
    only_dates_in("Jan 2023 – Mar 2024")
    resume = "Ana Souza\n\nCertifications\nCompTIA Security+, 2023 – 2026\n"
    extract(resume.encode(), "ana.txt")
    assert only_dates_in.cache_info().currsize == 0
