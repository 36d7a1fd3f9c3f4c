"""Worker processes with memory and time limits: hostile work is stopped, the service lives on."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import docx
import pytest
import weasyprint

import extractors
import reports
from extractors import ExtractionError
from service.sandbox import (
    Limits,
    ParseTimeoutError,
    RecentExtractions,
    ReportRenderError,
    ResourceLimitError,
    Sandbox,
    UnreadableResumeError,
    WorkerCrashedError,
    extract_isolated,
    recent_extractions,
    render_pdf_isolated,
    sandbox_in_use,
)
from testkit.factories import numbered_resume
from testkit.sample_reports import three_claim_report
from tests.extractors.documents import flate_bomb_pdf

_MIB = 2**20
TIGHT = Limits(memory_bytes=256 * _MIB, cpu_seconds=20, wall_seconds=30)


# Two objects that refer to each other: pdfminer's resolve1 follows them for ever (found by
# the atheris readers harness; in-process it never returns).
CIRCULAR_PDF = (
    b"%PDF-1.4\n1 0 obj\n2 0 R\nendobj\n2 0 obj\n1 0 R\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


RESUME_HTML = """<html><body>
<h1>Ada Example</h1><p>ada@example.com ·
<a href="https://www.credly.com/badges/0b6c8f1e-1111-4222-8333-944455556666">Credly badge</a></p>
<h2>Certifications</h2>
<ul><li>AWS Certified Solutions Architect – Associate, Amazon Web Services, 2023</li>
<li>Certified Kubernetes Administrator (CKA), The Linux Foundation, 2022</li></ul>
<h2>Experience</h2><p>Platform engineer, Example Ltd, 2019–2024. Python, Terraform, Kubernetes.</p>
</body></html>"""


def resume_pdf() -> bytes:
    pdf: bytes = weasyprint.HTML(string=RESUME_HTML).write_pdf()
    return pdf


def resume_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Ada Example", level=1)
    document.add_paragraph("ada@example.com")
    document.add_heading("Certifications", level=2)
    document.add_paragraph("AWS Certified Solutions Architect – Associate, Amazon Web Services")
    document.add_paragraph("Certified Kubernetes Administrator (CKA), The Linux Foundation, 2022")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


RESUME_TEXT = (
    b"Ada Example\nada@example.com\n\nCertifications\n"
    b"Certified Kubernetes Administrator (CKA), The Linux Foundation, 2022\n"
)


# Top-level so a worker can import them by name.


def spin_forever() -> None:
    while True:
        pass


def spin_telling(path: str) -> None:
    """Spin for ever, writing to ``path`` every 50 ms of CPU time how much it has used."""
    started = time.process_time()
    told = 0.0
    while True:
        used = time.process_time() - started
        if used - told >= 0.05:
            Path(path).write_text(f"{used:.3f}", encoding="ascii")
            told = used


def sleep_forever() -> None:
    while True:
        time.sleep(60)


def allocate(mib: int) -> int:
    return len(bytearray(mib * _MIB))


def refuse(message: str) -> None:
    raise ExtractionError(message)


class Unpicklable(Exception):
    def __init__(self, handle: object) -> None:
        super().__init__("cannot cross a pipe")
        self.handle = handle


def raise_unpicklable() -> None:
    raise Unpicklable(lambda: None)


def crash() -> None:
    os.kill(os.getpid(), signal.SIGSEGV)


def add(first: int, second: int, *, times: int = 1) -> int:
    return (first + second) * times


_warmed = False


_hoard: list[bytes] = []


def hoard(mib: int) -> int:
    """Keep ``mib`` MiB alive (and resident) in the worker after the task, as a leak would."""
    _hoard.extend(b"x" * _MIB for _ in range(mib))
    return os.getpid()


def resident_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / _MIB


def mark_warm() -> None:
    global _warmed
    _warmed = True


def was_warmed() -> bool:
    return _warmed


async def eventually(condition: Callable[[], bool], seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    pool = Sandbox(workers=2)
    yield pool
    pool.close()


async def test_results_and_keyword_arguments_come_back(sandbox: Sandbox) -> None:
    assert await sandbox.run(TIGHT, add, 2, 3, times=4) == 20


async def test_the_functions_own_exceptions_come_back_as_themselves(sandbox: Sandbox) -> None:
    with pytest.raises(ExtractionError, match=r"^the PDF is encrypted$") as caught:
        await sandbox.run(TIGHT, refuse, "the PDF is encrypted")
    assert type(caught.value) is ExtractionError
    with pytest.raises(RuntimeError, match="Unpicklable: cannot cross a pipe"):
        await sandbox.run(TIGHT, raise_unpicklable)


async def test_a_flate_bomb_pdf_is_stopped_and_the_next_file_parses() -> None:
    bomb = flate_bomb_pdf()
    assert len(bomb) < 400 * 1024
    with pytest.raises(UnreadableResumeError, match="more than 256 MiB to read") as caught:
        await extract_isolated(bomb, "bomb.pdf", max_pages=10, limits=TIGHT)
    assert isinstance(caught.value, ExtractionError)
    assert isinstance(caught.value.__cause__, ResourceLimitError)
    extraction = await extract_isolated(resume_pdf(), "resume.pdf", max_pages=10, limits=TIGHT)
    assert extraction.candidate.name == "Ada Example"


async def test_a_pdf_that_makes_pdfminer_spin_is_stopped_and_the_next_file_parses() -> None:
    # The wall-clock limit is far above the CPU one: on a machine shared by many, the worker
    # may get a tenth of a core, and it is the CPU limit that must stop it.
    limits = Limits(memory_bytes=256 * _MIB, cpu_seconds=2, wall_seconds=60)
    started = time.monotonic()
    with pytest.raises(UnreadableResumeError, match="more than 2 s of CPU time") as caught:
        await extract_isolated(CIRCULAR_PDF, "loop.pdf", max_pages=10, limits=limits)
    assert isinstance(caught.value.__cause__, ParseTimeoutError)
    assert time.monotonic() - started < 60
    extraction = await extract_isolated(resume_pdf(), "resume.pdf", max_pages=10, limits=limits)
    assert extraction.candidate.name == "Ada Example"


async def test_an_allocation_past_the_limit_is_a_resource_limit_error(sandbox: Sandbox) -> None:
    limits = Limits(memory_bytes=128 * _MIB, cpu_seconds=10, wall_seconds=20)
    with pytest.raises(ResourceLimitError, match="more than 128 MiB"):
        await sandbox.run(limits, allocate, 512)
    # The limit is the task's own: what the warm worker already maps does not count.
    assert await sandbox.run(limits, allocate, 64) == 64 * _MIB


async def test_work_that_never_ends_is_stopped_by_the_wall_clock(sandbox: Sandbox) -> None:
    limits = Limits(memory_bytes=64 * _MIB, cpu_seconds=60, wall_seconds=1.0)
    started = time.monotonic()
    with pytest.raises(ParseTimeoutError, match="more than 1 s of wall-clock time"):
        await sandbox.run(limits, spin_forever)
    with pytest.raises(ParseTimeoutError, match="more than 1 s of wall-clock time"):
        await sandbox.run(limits, sleep_forever)  # no CPU used: only the wall clock sees it
    assert time.monotonic() - started < 8
    assert await sandbox.run(TIGHT, add, 1, 2) == 3


async def test_work_that_spins_is_stopped_by_the_cpu_limit(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    # What the limit counts is the reader's own CPU time, so that is what is checked: the
    # wall clock says nothing on a machine shared by many (at load 14 on 2 cores the reader
    # may get a tenth of a core), and the wall limit is far above, for the CPU one to strike.
    limits = Limits(memory_bytes=64 * _MIB, cpu_seconds=1, wall_seconds=120)
    report = tmp_path / "cpu-seconds"
    with pytest.raises(ParseTimeoutError, match="more than 1 s of CPU time"):
        await sandbox.run(limits, spin_telling, str(report))
    # The budget is the limit over what the reader had used, rounded up to a whole second.
    assert 0.9 <= float(report.read_text()) <= 2.1


async def test_a_worker_is_reused_and_one_that_crashes_is_replaced(sandbox: Sandbox) -> None:
    first = await sandbox.run(TIGHT, os.getpid)
    assert await sandbox.run(TIGHT, os.getpid) == first
    assert first != os.getpid()
    with pytest.raises(WorkerCrashedError, match="SIGSEGV"):
        await sandbox.run(TIGHT, crash)
    # The replacement starts in the background, ready for the next task.
    assert await eventually(lambda: sandbox.idle_workers == 1)
    assert await sandbox.run(TIGHT, os.getpid) != first


async def test_started_workers_warm_up_before_their_first_task() -> None:
    pool = Sandbox(workers=2, warm_up=mark_warm)
    try:
        pool.start()
        assert pool.idle_workers == 2
        assert await pool.run(TIGHT, was_warmed) is True
    finally:
        pool.close()
    cold = Sandbox(workers=1)
    try:
        assert await cold.run(TIGHT, was_warmed) is False
    finally:
        cold.close()


async def test_a_task_waits_for_the_worker_starting_in_the_background() -> None:
    pool = Sandbox(workers=1, warm_up=mark_warm)
    try:
        pool.start_in_background()
        # Asked at once, the task takes the worker being started and forks no other.
        first = await pool.run(TIGHT, os.getpid)
        assert pool.idle_workers == 1
        assert await pool.run(TIGHT, os.getpid) == first
        assert await pool.run(TIGHT, was_warmed) is True
    finally:
        pool.close()


async def test_one_stuck_task_does_not_hold_up_another(sandbox: Sandbox) -> None:
    stuck = asyncio.create_task(
        sandbox.run(Limits(memory_bytes=64 * _MIB, cpu_seconds=60, wall_seconds=6), sleep_forever)
    )
    assert await sandbox.run(TIGHT, add, 5, 5) == 10
    # Had the second task waited for the first, the first would have timed out by now: an
    # order, not a wall-clock bound, which a loaded machine would break.
    assert not stuck.done()
    with pytest.raises(ParseTimeoutError):
        await stuck


@pytest.mark.parametrize(
    ("data", "filename"),
    [(resume_pdf(), "resume.pdf"), (resume_docx(), "resume.docx"), (RESUME_TEXT, "resume.txt")],
    ids=["pdf", "docx", "text"],
)
async def test_resumes_read_the_same_inside_and_outside(data: bytes, filename: str) -> None:
    inside = await extract_isolated(data, filename, max_pages=10, limits=TIGHT)
    outside = extractors.extract(data, filename, max_pages=10)
    assert inside == outside
    assert inside.claims


async def test_an_unreadable_file_is_an_extraction_error_from_the_worker() -> None:
    with pytest.raises(ExtractionError, match="damaged"):
        await extract_isolated(b"%PDF-1.4\nnot really", "x.pdf", max_pages=10, limits=TIGHT)


async def test_a_report_renders_to_the_same_kind_of_pdf_inside() -> None:
    report = three_claim_report()
    inside = await render_pdf_isolated(report, limits=TIGHT)
    outside = reports.render_pdf(report)
    assert inside.startswith(b"%PDF-")
    assert _text(inside) == _text(outside)
    assert report.candidate.name
    assert report.candidate.name in _text(inside)


async def test_a_render_the_sandbox_stops_is_a_report_error_not_the_resumes() -> None:
    limits = Limits(memory_bytes=512 * _MIB, cpu_seconds=60, wall_seconds=0.001)
    with pytest.raises(ReportRenderError, match="PDF report could not be rendered") as caught:
        await render_pdf_isolated(three_claim_report(), limits=limits)
    assert not isinstance(caught.value, ExtractionError)
    assert isinstance(caught.value.__cause__, ParseTimeoutError)


def _text(pdf: bytes) -> str:
    document = extractors.read(pdf, "report.pdf", max_pages=20)
    return "\n".join(page.text for page in document.pages)


def test_limits_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        Limits(memory_bytes=0)


async def test_the_same_upload_read_again_is_answered_without_a_second_read() -> None:
    recent_extractions.clear()
    first = Sandbox(workers=1)
    with sandbox_in_use(first):
        extraction = await extract_isolated(RESUME_TEXT, "Ana.TXT", max_pages=10, limits=TIGHT)
    closed = Sandbox(workers=1)
    closed.close()
    with sandbox_in_use(closed):
        # The job knows the upload by another name with the same suffix: no worker is asked.
        again = await extract_isolated(RESUME_TEXT, "resume.txt", max_pages=10, limits=TIGHT)
        assert again == extraction
        with pytest.raises(RuntimeError):
            await extract_isolated(RESUME_TEXT + b"\n", "resume.txt", max_pages=10, limits=TIGHT)


def test_recent_extractions_are_kept_for_minutes_and_few() -> None:
    now = [0.0]
    recent = RecentExtractions(size=2, ttl=60, clock=lambda: now[0])
    extraction = extractors.Extraction(candidate=extractors.Candidate(), claims=())
    keys = [RecentExtractions.key(bytes([number]), "r.pdf", 10) for number in range(3)]
    for key in keys:
        recent.put(key, extraction)
    assert recent.get(keys[0]) is None  # the oldest made room
    assert recent.get(keys[2]) is extraction
    now[0] = 61
    assert recent.get(keys[2]) is None


async def test_a_worker_grown_past_its_size_is_replaced() -> None:
    pool = Sandbox(workers=1, max_resident_bytes=300 * _MIB)
    roomy = Limits(memory_bytes=512 * _MIB, cpu_seconds=20, wall_seconds=30)
    try:
        first = await pool.run(roomy, os.getpid)
        assert await pool.run(roomy, hoard, 8) == first  # still small: kept
        assert await pool.run(roomy, hoard, 250) == first  # past 300 MiB after it: retired
        assert await eventually(lambda: pool.idle_workers == 1)
        assert await pool.run(TIGHT, os.getpid) != first
    finally:
        pool.close()


async def test_a_worker_is_retired_after_its_share_of_tasks() -> None:
    pool = Sandbox(workers=1, max_tasks_per_worker=3)
    try:
        pids = [await pool.run(TIGHT, os.getpid) for _ in range(3)]
        assert len(set(pids)) == 1
        assert await eventually(lambda: pool.idle_workers == 1)
        assert await pool.run(TIGHT, os.getpid) != pids[0]
    finally:
        pool.close()


async def test_one_worker_reading_hundreds_of_resumes_does_not_grow() -> None:
    # One worker, never retired, so that what it keeps between résumés shows.
    pool = Sandbox(workers=1, max_tasks_per_worker=10_000, max_resident_bytes=None)
    try:
        pdf = resume_pdf()
        for number in range(60):  # warm: caches, the spaCy pipeline, pdfminer's fonts
            await pool.run(TIGHT, extractors.extract, numbered_resume(number), "r.txt")
        pid = await pool.run(TIGHT, os.getpid)
        before = await pool.run(TIGHT, resident_mib)
        for number in range(60, 360):
            await pool.run(TIGHT, extractors.extract, numbered_resume(number), "r.txt")
            if number % 30 == 0:
                await pool.run(TIGHT, extractors.extract, pdf, "r.pdf")
        after = await pool.run(TIGHT, resident_mib)
        assert await pool.run(TIGHT, os.getpid) == pid
    finally:
        pool.close()

    # 300 résumés more, each with names and words the worker had not seen: under 16 MiB.
    assert after - before < 16, (before, after)
