"""How fast the ``credlens`` command answers, and reads a batch next to pdfplumber alone.

    .venv/bin/python -m bench.cli [--runs 7] [--batch 100]

1. ``credlens --help`` and ``credlens extract`` of a five-line text résumé, each run ``--runs``
   times in a fresh process: median and fastest wall-clock time, and the CPU seconds of the
   process and all its descendants, its sandbox's fork server and readers included (the
   bench adopts and waits for them) (targets: 0.3 s and 0.6 s).
2. ``credlens extract`` of ``--batch`` two-page PDFs in one command (JSON Lines), against
   pdfplumber's own ``extract_words`` over the same files in this process, one after another:
   the rate ratio (target ≥ 1.7× on 2 cores; one process alone can at best match pdfplumber).

On a shared machine absolute times move from minute to minute; the ratio is measured in the
same run and is the figure to compare. The package's modules are byte-compiled first, as pip
does when it installs credlens: with an editable install and ``PYTHONDONTWRITEBYTECODE`` set
(this machine sets it), every fresh process would otherwise compile them again.
"""

from __future__ import annotations

import argparse
import compileall
import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import pdfplumber

from bench.extract_speed import typical_resume

CREDLENS = Path(sys.executable).with_name("credlens")
REPO_ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("extractors", "verifiers", "reports", "service")
TEXT_RESUME = (
    "Ana Souza\nana.souza@example.com\n\nCertifications\n"
    "AWS Certified Solutions Architect – Associate, Amazon Web Services, 2023\n"
)


def adopt_orphans() -> None:
    """Become the subreaper of this process's descendants (Linux): the command's fork server
    outlives the command by a moment, and its CPU (and its workers') is counted only if
    someone waits for it."""
    import ctypes

    pr_set_child_subreaper = 36
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_child_subreaper, 1, 0, 0, 0)


def reap_orphans() -> None:
    """Wait for every descendant left behind, so their CPU is in ``RUSAGE_CHILDREN``."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(arguments: Sequence[str], cwd: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one ``credlens`` run, which must succeed."""
    cpu = children_cpu()
    started = time.perf_counter()
    subprocess.run(
        [str(CREDLENS), *arguments],
        cwd=cwd,
        env={**os.environ, "CREDLENS_DATA_DIR": str(cwd / "var")},
        stdout=subprocess.DEVNULL,
        check=True,
    )
    wall = time.perf_counter() - started
    reap_orphans()
    return wall, children_cpu() - cpu


def start_up(runs: int, folder: Path) -> None:
    resume = folder / "ana.txt"
    resume.write_text(TEXT_RESUME, encoding="utf-8")
    print(f"start-up, {runs} fresh processes each (after one discarded run)")
    print(f"  {'':32}{'median':>9}{'fastest':>9}{'CPU':>9}   target")
    for label, arguments, target in (
        ("credlens --help", ["--help"], 0.3),
        ("credlens extract (text résumé)", ["extract", str(resume)], 0.6),
    ):
        timed_run(arguments, folder)
        walls, cpus = zip(*(timed_run(arguments, folder) for _ in range(runs)), strict=True)
        print(
            f"  {label:<32}{statistics.median(walls):>8.2f}s{min(walls):>8.2f}s"
            f"{statistics.median(cpus):>8.2f}s   ≤ {target} s"
        )


def pdfplumber_words(data: bytes) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_words()


def batch(count: int, folder: Path) -> None:
    data = typical_resume()
    paths = []
    for number in range(count):
        path = folder / f"resume-{number:03d}.pdf"
        # Each file's bytes differ (a comment after the end), so none is answered from the
        # extractions kept of the last few minutes: every one is read.
        path.write_bytes(data + f"\n% copy {number}\n".encode())
        paths.append(path)
    pdfplumber_words(data)  # warm: imports and font caches
    started = time.perf_counter()
    for path in paths:
        pdfplumber_words(path.read_bytes())
    baseline = time.perf_counter() - started
    ours, cpu = timed_run(["extract", *map(str, paths)], folder)
    cores = os.cpu_count() or 1
    print(f"batch of {count} two-page PDFs ({len(data) // 1024} KiB each), {cores} cores")
    print(f"  pdfplumber extract_words, one process   {baseline:7.2f} s  {count / baseline:6.1f}/s")
    print(
        f"  credlens extract FILE... (JSON Lines)   {ours:7.2f} s  {count / ours:6.1f}/s"
        f"   (CPU of the command and its readers: {cpu:.2f} s)"
    )
    print(f"  ratio {baseline / ours:.2f}x the rate of pdfplumber alone; target ≥ 1.7x")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--batch", type=int, default=100)
    arguments = parser.parse_args(argv)
    for package in PACKAGES:
        compileall.compile_dir(REPO_ROOT / package, quiet=1)
    adopt_orphans()
    with tempfile.TemporaryDirectory() as folder:
        start_up(arguments.runs, Path(folder))
        if arguments.batch:
            batch(arguments.batch, Path(folder))


if __name__ == "__main__":
    main()
