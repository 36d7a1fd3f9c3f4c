"""What the upload's check costs beside a full read: CPU seconds per file, in one warm process.

The service opens an upload when it arrives (``extractors.check_readable``: a PDF's pages are
counted, not read) and reads it in its job (``extractors.extract``: the reading and the
analysis). This prints the lowest of ``--runs`` rounds of each, for the two-page résumé
``bench.throughput`` submits and for the PDF résumés in ``../shared/fixtures/resumes`` (their
median and worst; the files are not named).

    .venv/bin/python -m bench.upload_check [--runs 5]
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import extractors
from bench.throughput import resume_pdf
from extractors import ExtractionError

RESUMES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures" / "resumes"


def cpu_seconds(work: Callable[[], object], runs: int) -> float:
    """The lowest CPU time of ``runs`` calls (each a few times over, for the clock's grain)."""
    best = float("inf")
    for _ in range(runs):
        before = time.process_time()
        for _ in range(5):
            work()
        best = min(best, (time.process_time() - before) / 5)
    return best


def costs(data: bytes, name: str, runs: int) -> tuple[float, float, float] | None:
    """The check's, the document read's and the whole extraction's CPU seconds; None for a
    file the check refuses (its cost is then the refusal's)."""
    try:
        extractors.check_readable(data, name)
        extractors.extract(data, name)  # warm: fonts, the matchers
    except ExtractionError:
        return None
    return (
        cpu_seconds(lambda: extractors.check_readable(data, name), runs),
        cpu_seconds(lambda: extractors.read(data, name), runs),
        cpu_seconds(lambda: extractors.extract(data, name), runs),
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args(argv)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # fonts of odd files, per page
    print(f"load average {os.getloadavg()[0]:.1f}; lowest of {arguments.runs} rounds, CPU")
    bench = costs(resume_pdf(0), "resume.pdf", arguments.runs)
    assert bench is not None
    check, read, extract = bench
    print(
        f"  the bench's two-page résumé: check {check * 1000:.1f} ms, read {read * 1000:.1f} ms, "
        f"read + analysis {extract * 1000:.1f} ms (check = {check / extract:.1%} of it)"
    )
    found = [costs(path.read_bytes(), path.name, 1) for path in sorted(RESUMES.glob("*.pdf"))]
    measured = [(check, extract) for check, _, extract in filter(None, found) if extract > 0]
    if measured:
        shares = [check / extract for check, extract in measured]
        print(
            f"  {len(measured)} PDF résumés of the fixtures: check ÷ read + analysis, "
            f"median {statistics.median(shares):.1%}, worst {max(shares):.1%}; the check "
            f"at most {max(check for check, _ in measured) * 1000:.1f} ms, a read + analysis "
            f"{statistics.median(extract for _, extract in measured) * 1000:.0f} ms (median)"
        )


if __name__ == "__main__":
    main()
