"""Many résumés in one process: read or verified concurrently, for the command line.

One process reads and verifies a folder of résumés with its verifiers, outbound client and
sandbox built once; résumés are read in the sandbox's workers (one per core), so a batch
uses every core while the verifications wait on issuers. A file that cannot be read is
recorded as an outcome, and the others are still done.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

if TYPE_CHECKING:
    import reports
    from extractors import Extraction, Role
    from service.settings import Settings

T = TypeVar("T")


class BadInput(Exception):
    """A file that cannot be read or written; the message names it and says why."""


def load(path: Path) -> bytes:
    """The file's bytes; BadInput if it is missing, a directory or unreadable."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BadInput(f"{path}: is a directory, not a résumé file") from None
    except OSError as error:
        raise BadInput(f"{path}: cannot be read ({error.strerror})") from None


def store(path: Path, content: str | bytes) -> None:
    """Write ``content`` to ``path``; BadInput if it cannot be written."""
    try:
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    except OSError as error:
        raise BadInput(f"{path}: cannot be written ({error.strerror})") from None


@dataclass(frozen=True)
class Outcome:
    """What became of one file: its figures and reports, or why it could not be done."""

    path: Path
    error: str | None = None
    claims: int = 0
    verified: int = 0
    score: int | None = None
    written: tuple[Path, ...] = ()


def sandbox_workers(files: int, jobs: int | None) -> int:
    """Reading workers for a batch: one per core, no more than files or jobs at once."""
    cores = os.cpu_count() or 2
    return max(1, min(files, jobs or cores, cores))


class Progress:
    """A one-line progress bar on a terminal; silent when ``stream`` is None (piped output)."""

    WIDTH = 30

    def __init__(self, total: int, label: str, stream: TextIO | None) -> None:
        self.total = total
        self.label = label
        self.done = 0
        self._stream = stream
        self._draw()

    @classmethod
    def on_terminal(cls, total: int, label: str) -> Progress:
        """A bar on stderr when it is a terminal; none when it is piped or redirected."""
        return cls(total, label, sys.stderr if sys.stderr.isatty() else None)

    def advance(self) -> None:
        self.done += 1
        self._draw()

    def close(self) -> None:
        """Erase the bar, so what is printed next starts on a clean line."""
        if self._stream is not None:
            self._stream.write("\r\x1b[K")
            self._stream.flush()

    def _draw(self) -> None:
        if self._stream is None:
            return
        filled = self.WIDTH * self.done // max(1, self.total)
        bar = "#" * filled + "." * (self.WIDTH - filled)
        self._stream.write(f"\r{self.label} [{bar}] {self.done}/{self.total}")
        self._stream.flush()


def report_names(paths: Sequence[Path]) -> list[str]:
    """A distinct file stem per résumé: ``cv``, then ``cv-2`` for a second ``cv.pdf``."""
    taken: set[str] = set()
    names = []
    for path in paths:
        name, number = path.stem or "resume", 1
        while name.lower() in taken:
            number += 1
            name = f"{path.stem or 'resume'}-{number}"
        taken.add(name.lower())
        names.append(name)
    return names


async def bounded(
    items: Sequence[T], jobs: int, work: Callable[[int, T], Awaitable[Outcome]]
) -> list[Outcome]:
    """``work(index, item)`` for every item, ``jobs`` at a time; outcomes in input order."""
    limit = asyncio.Semaphore(jobs)

    async def one(index: int, item: T) -> Outcome:
        async with limit:
            return await work(index, item)

    return list(await asyncio.gather(*(one(index, item) for index, item in enumerate(items))))


async def verify_all(
    paths: Sequence[Path],
    *,
    out_dir: Path,
    jobs: int,
    settings: Settings,
    links: Sequence[str] = (),
    emails: Sequence[str] = (),
    progress: Progress,
    role: Role | None = None,
) -> list[Outcome]:
    """Verify every résumé, ``jobs`` at once, writing NAME.json, NAME.html and NAME.pdf for
    each into ``out_dir``; outcomes in the order given; each judged against ``role``."""
    from extractors import ExtractionError
    from service import pipeline
    from service.sandbox import ReportRenderError

    names = report_names(paths)
    async with pipeline.create_http_client(settings) as client:
        # Built once, so its key and status-list caches serve the whole batch.
        chain = pipeline.verifier_chain(settings)

        async def verify_one(index: int, path: Path) -> Outcome:
            try:
                data = load(path)
                report = await pipeline.run(
                    data=data,
                    filename=path.name,
                    links=links,
                    emails=emails,
                    client=client,
                    settings=settings,
                    chain=chain,
                    role=role,
                )
                written = await write_reports(report, out_dir / names[index], settings)
            except (ExtractionError, ReportRenderError) as error:
                return Outcome(path, error=str(error))
            except BadInput as error:
                return Outcome(path, error=str(error).removeprefix(f"{path}: "))
            finally:
                progress.advance()
            return outcome_of(path, report, written)

        try:
            return await bounded(paths, jobs, verify_one)
        finally:
            progress.close()


async def write_reports(report: reports.Report, stem: Path, settings: Settings) -> tuple[Path, ...]:
    """The report set of one résumé: JSON, HTML, and the PDF rendered in the sandbox."""
    import reports
    from service import pipeline
    from service.sandbox import render_pdf_isolated

    pdf = await render_pdf_isolated(
        report, limits=pipeline.render_limits(settings), tagged=settings.tagged_pdf
    )
    written = (
        (stem.with_name(stem.name + ".json"), reports.render_json(report)),
        (stem.with_name(stem.name + ".html"), reports.render_html(report)),
        (stem.with_name(stem.name + ".pdf"), pdf),
    )
    for path, content in written:
        store(path, content)
    return tuple(path for path, _ in written)


def outcome_of(path: Path, report: reports.Report, written: tuple[Path, ...]) -> Outcome:
    from verifiers import Verdict

    return Outcome(
        path,
        claims=len(report.claims),
        verified=sum(claim.verdict is Verdict.VERIFIED for claim in report.claims),
        score=report.score.overall,
        written=written,
    )


def summary_table(outcomes: Sequence[Outcome]) -> str:
    """One line per résumé: claims found, claims verified, score, and where its reports are."""
    rows = [("résumé", "claims", "verified", "score", "reports")]
    for outcome in outcomes:
        if outcome.error is not None:
            rows.append((str(outcome.path), "-", "-", "-", "not verified"))
            continue
        reports_at = ", ".join(str(path) for path in outcome.written)
        score = "-" if outcome.score is None else str(outcome.score)
        rows.append(
            (str(outcome.path), str(outcome.claims), str(outcome.verified), score, reports_at)
        )
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    lines = []
    for name, *figures, where in rows:
        numbers = [cell.rjust(width) for cell, width in zip(figures, widths[1:], strict=True)]
        lines.append("  ".join([name.ljust(widths[0]), *numbers, where]))
    done = sum(outcome.error is None for outcome in outcomes)
    lines.append(f"{done} of {len(outcomes)} résumés verified")
    return "\n".join(lines) + "\n"


def extraction_text(extraction: Extraction, path: Path | None = None) -> str:
    """What ``credlens extract`` prints for one résumé: an indented JSON document, or with
    ``path`` one line of JSON Lines that names the file."""
    from extractors import extraction_json

    document = extraction_json(extraction)
    if path is not None:
        return json.dumps({"file": str(path), **document}, ensure_ascii=False) + "\n"
    return json.dumps(document, indent=2) + "\n"


async def extract_all(
    paths: Sequence[Path], *, jobs: int, settings: Settings, out: TextIO, lines: bool
) -> list[Outcome]:
    """Read every résumé, ``jobs`` at once, and write what each claims to ``out``: one JSON
    document, or with ``lines`` JSON Lines in the order given, each written as soon as the
    ones before it are."""
    from extractors import ExtractionError
    from service import pipeline

    ready: dict[int, str] = {}
    next_to_write = 0

    def emit(index: int, text: str) -> None:
        nonlocal next_to_write
        ready[index] = text
        while next_to_write in ready:
            out.write(ready.pop(next_to_write))
            next_to_write += 1
        out.flush()

    async def extract_one(index: int, path: Path) -> Outcome:
        try:
            data = load(path)
            extraction = await pipeline.extract(data=data, filename=path.name, settings=settings)
        except ExtractionError as error:
            emit(index, "")
            return Outcome(path, error=str(error))
        except BadInput as error:
            emit(index, "")
            return Outcome(path, error=str(error).removeprefix(f"{path}: "))
        emit(index, extraction_text(extraction, path if lines else None))
        return Outcome(path, claims=len(extraction.claims))

    return await bounded(paths, jobs, extract_one)
