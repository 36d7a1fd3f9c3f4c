"""Where a verification job's CPU goes: py-spy's samples of the service, by stage.

    .venv/bin/python -m bench.throughput --resumes 20 --profile var/job.raw
    .venv/bin/python -m bench.profile_job var/job.raw [--top 15]

Reads py-spy's collapsed stacks (``--format raw``) of every process of the service (the web
process, its embedded workers, the reading workers) and puts each sample in the stage of the
deepest frame that names one: the résumé read by pdfplumber/pdfminer, the analysis (spaCy,
claims), the sandbox's own plumbing, each verifier, JSON-LD, the report (build, JSON, HTML,
PDF), storage, the progress updates, outbound HTTP and the API. Prints each stage's share of
the samples and the functions that took the most samples of their own.
"""

from __future__ import annotations

import argparse
import collections
from collections.abc import Sequence
from pathlib import Path

#: Stages by what a frame's file or function holds, tried in order on each frame.
STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("résumé read: pdfplumber / pdfminer", ("pdfplumber/", "pdfminer/")),
    ("PDF report: WeasyPrint", ("weasyprint/", "pydyf/", "fontTools/", "tinycss2/", "cssselect2/")),
    ("analysis: spaCy", ("spacy/", "thinc/", "srsly/")),
    ("analysis: extractors", ("extractors/",)),
    ("JSON-LD", ("pyld/", "jsonld")),
    ("signatures: cryptography / JOSE", ("cryptography/", "jose", "jwt")),
    ("progress updates", ("service/progress.py", "set_progress", "on_progress", "on_extracted")),
    ("storage: SQLAlchemy / SQLite", ("sqlalchemy/", "aiosqlite/", "sqlite3", "service/storage/")),
    ("jobs: queue", ("service/jobs/", "procrastinate/")),
    ("PostgreSQL driver: psycopg", ("psycopg/", "psycopg_pool/")),
    ("outbound HTTP: httpx / httpcore", ("httpx/", "httpcore/", "h11/", "anyio/")),
    ("verifiers", ("verifiers/",)),
    ("report: build, JSON, HTML", ("reports/", "jinja2/", "markupsafe/")),
    ("pydantic", ("pydantic/", "pydantic_core/")),
    ("sandbox plumbing: pickle, pipe, processes", ("multiprocessing/", "service/sandbox")),
    (
        "API: FastAPI / Starlette / uvicorn / multipart",
        ("fastapi/", "starlette/", "uvicorn/", "multipart/", "service/api.py", "h11"),
    ),
    ("asyncio event loop", ("asyncio/", "uvloop")),
)


#: Leaves where a thread waits rather than works; py-spy counts some of them as active.
IDLE_LEAVES = (
    "aiosqlite/core.py:59)",  # the connection thread waiting for its next statement
    "Condition.wait (",
    "Event.wait (",
    "select (selectors.py",
    "_worker (concurrent/futures/thread.py:81)",  # a pool thread waiting for work
    "Connection._recv (multiprocessing/connection.py",  # a reader waiting for its task
    "Connection._poll (multiprocessing/connection.py",
    "wait (multiprocessing/connection.py",
    "main (multiprocessing/resource_tracker.py",
    "main (multiprocessing/forkserver.py",
)


def is_idle(frames: Sequence[str]) -> bool:
    return any(mark in frames[-1] for mark in IDLE_LEAVES)


def stage_of(frames: Sequence[str]) -> str:
    """The stage of the deepest frame that names one; "other" when none does."""
    for frame in reversed(frames):
        for stage, marks in STAGES:
            if any(mark in frame for mark in marks):
                return stage
    return "other"


def read_samples(path: Path) -> list[tuple[list[str], int]]:
    samples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stack, _, count = line.rpartition(" ")
        if stack and count.isdigit():
            samples.append((stack.split(";"), int(count)))
    return samples


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profile", type=Path)
    parser.add_argument("--top", type=int, default=15)
    arguments = parser.parse_args(argv)
    samples = read_samples(arguments.profile)
    idle = sum(count for frames, count in samples if is_idle(frames))
    samples = [(frames, count) for frames, count in samples if not is_idle(frames)]
    total = sum(count for _, count in samples)
    by_stage: collections.Counter[str] = collections.Counter()
    by_function: collections.Counter[str] = collections.Counter()
    for frames, count in samples:
        by_stage[stage_of(frames)] += count
        by_function[frames[-1]] += count
    print(f"{total} samples of the service's working threads ({idle} of waiting ones left out)")
    for stage, count in by_stage.most_common():
        print(f"  {count / total:6.1%}  {stage}")
    print(f"functions with the most samples of their own (top {arguments.top})")
    for function, count in by_function.most_common(arguments.top):
        print(f"  {count / total:6.1%}  {function[:110]}")


if __name__ == "__main__":
    main()
