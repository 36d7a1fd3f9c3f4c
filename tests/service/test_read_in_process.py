"""A command's one text résumé is read in its own process, under a CPU-time limit, and reads
exactly as a sandbox worker reads it; PDFs, DOCX files and large files stay in the sandbox."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractors import ExtractionError
from service import pipeline
from service.sandbox import (
    IN_PROCESS_MAX_BYTES,
    ParseTimeoutError,
    UnreadableResumeError,
    cpu_time_limit,
    extract_in_process,
    reads_in_process,
    recent_extractions,
)
from service.settings import Settings
from testkit.factories import numbered_resume
from tests.conftest import REPO_ROOT, SHARED_FIXTURES

TEXT_RESUMES = sorted(
    [
        SHARED_FIXTURES / "resumes" / "hrhelper_sample.txt",
        *(REPO_ROOT / "tests" / "corpus" / "files").glob("*.txt"),
        *(REPO_ROOT / "tests" / "rendered" / "files").glob("*.txt"),
    ]
)


def test_there_are_text_resumes_to_compare() -> None:
    assert len(TEXT_RESUMES) >= 10


@pytest.mark.parametrize("path", TEXT_RESUMES, ids=lambda path: path.name)
async def test_a_text_resume_reads_in_process_as_in_a_worker(path: Path) -> None:
    data = path.read_bytes()
    settings = Settings()
    assert reads_in_process(data)
    recent_extractions.clear()  # the worker must read it, not answer from what it kept

    here = pipeline.extract_here(data=data, filename=path.name, settings=settings)
    isolated = await pipeline.extract(data=data, filename=path.name, settings=settings)

    assert here == isolated
    assert here.model_dump_json() == isolated.model_dump_json()


def test_credentials_and_bad_text_files_are_answered_as_in_the_sandbox() -> None:
    settings = Settings()
    badge = pipeline.extract_here(
        data=b'{"type": "Assertion"}', filename="b.json", settings=settings
    )
    assert badge.claims[0].payload == '{"type": "Assertion"}'
    with pytest.raises(ExtractionError, match="empty"):
        pipeline.extract_here(data=b"  \n", filename="blank.txt", settings=settings)
    with pytest.raises(ExtractionError, match="JPEG"):
        pipeline.extract_here(data=b"\xff\xd8\xff\xe0" + bytes(64), filename="p", settings=settings)


@pytest.mark.parametrize(
    ("data", "here"),
    [
        (numbered_resume(1), True),
        (b"%PDF-1.7\n...", False),
        (b"\n\n   %PDF-1.4 after blank lines", False),
        (b"junk before it %PDF-1.4", False),
        (b"PK\x03\x04 a DOCX or another ZIP", False),
        (b"x" * (IN_PROCESS_MAX_BYTES + 1), False),
    ],
)
def test_only_small_files_that_cannot_be_pdf_or_zip_are_read_in_process(
    data: bytes, here: bool
) -> None:
    assert reads_in_process(data) is here


def test_a_pdf_is_never_read_in_process() -> None:
    with pytest.raises(ValueError, match="sandbox"):
        extract_in_process(b"%PDF-1.7\n", "cv.pdf", max_pages=1, cpu_seconds=5)


def test_the_cpu_limit_stops_a_runaway_regular_expression() -> None:
    # Catastrophic backtracking: seconds of CPU without the limit, so the test fails, not hangs.
    limit = pytest.raises(ParseTimeoutError, match=r"more than 0\.2 s of CPU time")
    with limit, cpu_time_limit(0.2):
        re.match(r"(a+)+$", "a" * 27 + "b")


async def test_a_read_past_its_cpu_limit_is_an_unreadable_resume_and_the_next_reads() -> None:
    line = "Certified Kubernetes Administrator (CKA), The Linux Foundation, 2022, Python\n"
    long_resume = ("Ana Souza\n\nCertifications\n" + line * 2000).encode()
    with pytest.raises(UnreadableResumeError, match="CPU time") as caught:
        extract_in_process(long_resume, "long.txt", max_pages=20, cpu_seconds=0.001)
    assert isinstance(caught.value.__cause__, ParseTimeoutError)
    # Read as a fresh worker reads it: the stopped read left nothing half-built behind.
    here = extract_in_process(numbered_resume(2), "two.txt", max_pages=20, cpu_seconds=30)
    recent_extractions.clear()
    settings = Settings()
    assert here == await pipeline.extract(
        data=numbered_resume(2), filename="two.txt", settings=settings
    )
