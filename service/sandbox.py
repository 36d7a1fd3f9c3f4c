"""The process's shared sandbox, and the entry points that read résumés and render reports in
it: a hostile file costs one worker process, never the service (``service.sandbox_pool``
holds the pool, its limits and its errors)."""

from __future__ import annotations

import collections
import contextlib
import gc
import hashlib
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import PurePath
from typing import TYPE_CHECKING

import extractors
from extractors import Extraction, ExtractionError
from service.sandbox_pool import (
    DEFAULT_PRELOAD,
    MAX_RESIDENT_BYTES,
    MAX_TASKS_PER_WORKER,
    READERS,
    Limits,
    ParseTimeoutError,
    ResourceLimitError,
    Sandbox,
    SandboxError,
    WorkerCrashedError,
    timed_out,
)

if TYPE_CHECKING:
    # Imported where a report is rendered: a command that only reads résumés never pays for it.
    import reports

__all__ = [
    "DEFAULT_PRELOAD",
    "MAX_RESIDENT_BYTES",
    "MAX_TASKS_PER_WORKER",
    "READERS",
    "RENDER_RETRY_AFTER_SECONDS",
    "Limits",
    "ParseTimeoutError",
    "RecentExtractions",
    "ReportRenderError",
    "ResourceLimitError",
    "Sandbox",
    "SandboxError",
    "UnreadableResumeError",
    "WorkerCrashedError",
    "check_isolated",
    "cpu_time_limit",
    "default_sandbox",
    "extract_in_process",
    "extract_isolated",
    "reads_in_process",
    "recent_extractions",
    "remember_extraction",
    "render_pdf_isolated",
    "sandbox_in_use",
    "warm_readers",
]

#: How long a client is asked to wait before asking for a PDF report that failed to render.
RENDER_RETRY_AFTER_SECONDS = 30


class UnreadableResumeError(ExtractionError):
    """A résumé whose reading the sandbox stopped (a limit hit, the worker lost): answered
    like any other unreadable résumé (a 4xx with the message), not as a server fault."""


class ReportRenderError(Exception):
    """The PDF report could not be rendered in the sandbox (a limit hit, the worker lost).

    Nothing is wrong with the résumé, and a busy machine is the likely cause: the service
    answers 503 with ``Retry-After`` (``RENDER_RETRY_AFTER_SECONDS``).
    """


_default: Sandbox | None = None
_default_lock = threading.Lock()


_WARM_UP_RESUME = (
    b"Warm Up\nwarm.up@example.com\n\nCertifications\n"
    b"Certified Kubernetes Administrator (CKA), The Linux Foundation, 2022\n"
    b"\nSkills\nPython, Kubernetes\n"
)


def warm_readers() -> None:
    """Read a small text résumé, so a worker builds the readers' caches before real work,
    then take what it built out of the cyclic collector's sight: the spaCy vocabularies and
    the catalog's matchers are hundreds of thousands of objects that live as long as the
    process, and re-scanning them cost a full collection (~90 ms) every few résumés. The
    patterns the readers compile on first use are compiled here too, once, not in each
    reader on its first résumé; so are the catalog's phrases, which a process reading one
    résumé adds only as its lines could hold them."""
    extractors.extract(_WARM_UP_RESUME, "warm-up.txt", max_pages=1)
    extractors.compile_lazy_patterns()
    extractors.add_every_phrase()
    gc.collect()
    gc.freeze()


def default_sandbox() -> Sandbox:
    """The process's shared sandbox, created on first use with one warm worker per CPU.

    Call it once at start-up (``default_sandbox().start()``) to have the workers warm before
    the first upload.
    """
    global _default
    with _default_lock:
        if _default is None:
            _default = Sandbox(workers=max(2, os.cpu_count() or 2), warm_up=warm_readers)
        return _default


@contextlib.contextmanager
def sandbox_in_use(sandbox: Sandbox) -> Iterator[Sandbox]:
    """Make ``sandbox`` the process's shared one while the block runs; then close it and put
    back the one before.

    A command sizes its sandbox to its work: reading one résumé needs one worker that
    preloads only the readers, not a pool that also loads the report renderer.
    """
    global _default
    with _default_lock:
        previous, _default = _default, sandbox
    try:
        yield sandbox
    finally:
        with _default_lock:
            _default = previous
        sandbox.close()


class RecentExtractions:
    """The extractions of the résumés read in the last minutes, by their bytes.

    The same bytes read again soon (an upload sent twice, a candidate's résumé read to answer
    an access request and then by its job) are this lookup instead of a second pdfplumber
    pass. Only successful reads are kept, for
    ``ttl`` seconds and at most ``size`` of them: personal data stays in memory no longer
    than a queued job usually waits.
    """

    def __init__(
        self, *, size: int = 256, ttl: float = 120.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._size = size
        self._ttl = ttl
        self._clock = clock
        self._entries: collections.OrderedDict[tuple[bytes, str, int], tuple[float, Extraction]]
        self._entries = collections.OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(data: bytes, filename: str, max_pages: int) -> tuple[bytes, str, int]:
        # The name counts only by its suffix: the job knows the upload as "resume.pdf".
        return hashlib.sha256(data).digest(), PurePath(filename).suffix.lower(), max_pages

    def get(self, key: tuple[bytes, str, int]) -> Extraction | None:
        with self._lock:
            self._forget_expired()
            entry = self._entries.get(key)
            return entry[1] if entry else None

    def put(self, key: tuple[bytes, str, int], extraction: Extraction) -> None:
        with self._lock:
            self._entries[key] = (self._clock() + self._ttl, extraction)
            self._entries.move_to_end(key)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def discard(self, doomed: Callable[[bytes, Extraction], bool]) -> int:
        """Drop the entries ``doomed`` picks by their bytes' SHA-256 digest and reading (an
        erased candidate's); how many."""
        with self._lock:
            keys = [key for key, (_, found) in self._entries.items() if doomed(key[0], found)]
            for key in keys:
                del self._entries[key]
        return len(keys)

    def _forget_expired(self) -> None:
        now = self._clock()
        while self._entries:
            oldest = next(iter(self._entries.values()))
            if oldest[0] > now:
                return
            self._entries.popitem(last=False)


recent_extractions = RecentExtractions()


def remember_extraction(
    data: bytes, filename: str, *, max_pages: int, extraction: Extraction
) -> None:
    """Let ``extract_isolated`` answer ``data`` with ``extraction`` for the next minutes: an
    upload read when it arrived, in another process, need not be read again by its job."""
    recent_extractions.put(RecentExtractions.key(data, filename, max_pages), extraction)


async def extract_isolated(
    data: bytes, filename: str, *, max_pages: int, limits: Limits
) -> Extraction:
    """``extractors.extract`` in a worker: an ExtractionError on a bad file, an
    ``UnreadableResumeError`` (an ExtractionError too) on one the sandbox had to stop.

    The same bytes read again within minutes are answered from ``recent_extractions``.
    """
    key = RecentExtractions.key(data, filename, max_pages)
    extraction = recent_extractions.get(key)
    if extraction is not None:
        return extraction
    try:
        extraction = await default_sandbox().run(
            limits, extractors.extract, data, filename, max_pages=max_pages
        )
    except SandboxError as error:
        raise UnreadableResumeError(str(error)) from error
    recent_extractions.put(key, extraction)
    return extraction


#: The largest text résumé a command reads in its own process; a larger one goes to a worker,
#: which caps its memory too. A text résumé is a few KiB.
IN_PROCESS_MAX_BYTES = 256 * 1024


def reads_in_process(data: bytes) -> bool:
    """Whether a command may read ``data`` in its own process: a small file that cannot be a PDF
    or a ZIP (a DOCX), so it is read as text by Python and regular expressions, which a
    CPU-time limit stops (``extract_in_process``). pdfminer and the ZIP and XML readers, what
    hostile files attack, stay in the sandbox. The test is wider than the readers' own
    sniffing: anything with ``%PDF`` near its start or a ZIP's ``PK`` goes to a worker."""
    return (
        len(data) <= IN_PROCESS_MAX_BYTES
        and b"%PDF" not in data[:1024]
        and not data.startswith(b"PK")
    )


class _CpuTimeUp(BaseException):
    """Raised by the CPU-time alarm; a BaseException, so no ``except Exception`` in the code it
    interrupts can swallow it."""


@contextlib.contextmanager
def cpu_time_limit(seconds: float) -> Iterator[None]:
    """Stop the block with ParseTimeoutError once this process has spent ``seconds`` of CPU in
    it (``ITIMER_PROF``). Python code, ``re`` among it, sees the alarm at once; a native call
    that does not check for signals sees it when it returns. Main thread only (signals)."""
    armed = [True]

    def alarm(signum: int, frame: object) -> None:
        if armed[0]:
            raise _CpuTimeUp

    previous = signal.signal(signal.SIGPROF, alarm)
    try:
        try:
            signal.setitimer(signal.ITIMER_PROF, seconds)
            yield
        finally:
            # Disarmed first: an alarm that comes while the timer is being cancelled is the
            # outer handler's to turn into the error, never a stray exception.
            armed[0] = False
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, previous)
    except _CpuTimeUp:
        raise timed_out(seconds, "CPU") from None


def extract_in_process(
    data: bytes, filename: str, *, max_pages: int, cpu_seconds: float
) -> Extraction:
    """``extractors.extract`` in this process, under a CPU-time limit: for a command reading
    one text résumé (``reads_in_process``), which then starts no second interpreter. An
    ExtractionError on a bad file, an ``UnreadableResumeError`` when the limit stopped it, as
    ``extract_isolated`` gives. Meant for a command that then ends: a read stopped half-way
    leaves nothing half-built in the caches it was filling, but no memory limit applies here,
    hence the size bound of ``reads_in_process``."""
    if not reads_in_process(data):
        raise ValueError("a PDF, a DOCX or a large file is read in the sandbox")
    try:
        with cpu_time_limit(cpu_seconds):
            return extractors.extract(data, filename, max_pages=max_pages)
    except SandboxError as error:
        raise UnreadableResumeError(str(error)) from error


async def check_isolated(data: bytes, filename: str, *, max_pages: int, limits: Limits) -> None:
    """``extractors.check_readable`` in a worker: the ExtractionError a read would raise for a
    file that does not open, at a small part of a read's cost (an ``UnreadableResumeError``
    if the sandbox had to stop even that). Nothing is kept: the job reads the file."""
    try:
        await default_sandbox().run(
            limits, extractors.check_readable, data, filename, max_pages=max_pages
        )
    except SandboxError as error:
        raise UnreadableResumeError(str(error)) from error


async def render_pdf_isolated(
    report: reports.Report, *, limits: Limits, tagged: bool = False
) -> bytes:
    """``reports.render_pdf`` in a worker, so a report that makes WeasyPrint balloon is cut
    off; a ``ReportRenderError`` if it was."""
    import reports

    try:
        return await default_sandbox().run(limits, reports.render_pdf, report, tagged=tagged)
    except SandboxError as error:
        raise ReportRenderError(
            "The PDF report could not be rendered just now; try again in a minute."
        ) from error
