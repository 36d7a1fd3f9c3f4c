"""What isolation costs: extraction of a typical 2-page PDF in a sandbox worker vs in-process.

    python -m bench.sandbox [--repeats 15]

Four figures, each from the PDF bytes in memory:

- in-process: ``extractors.extract`` in this process, after a warm-up (the baseline);
- first call: a brand-new process's first isolated extraction — the fork server starts and
  imports the readers (preload), a worker is forked, the spaCy pipeline is built;
- new worker: a new sandbox's first call once the fork server runs, the worker started on
  demand and not warmed up;
- pre-started: the first call on a worker started ahead with ``warm_up=warm_readers`` (what
  ``Sandbox.start()`` and the background replacement of a stopped worker give);
- warm: later calls on a worker that has read a file before (the steady state).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from bench.extract_speed import typical_resume
from extractors import extract
from service.sandbox import Limits, Sandbox, warm_readers

LIMITS = Limits()


async def _timed(pool: Sandbox, pdf: bytes) -> float:
    started = time.perf_counter()
    await pool.run(LIMITS, extract, pdf, "resume.pdf", max_pages=10)
    return time.perf_counter() - started


async def measure(repeats: int) -> dict[str, float]:
    pdf = typical_resume()
    first_sandbox = Sandbox(workers=1)
    first = await _timed(first_sandbox, pdf)
    warm = [await _timed(first_sandbox, pdf) for _ in range(repeats)]
    first_sandbox.close()
    cold_workers, started_workers = [], []
    for _ in range(max(3, repeats // 3)):
        cold = Sandbox(workers=1)
        cold_workers.append(await _timed(cold, pdf))
        cold.close()
        started = Sandbox(workers=1, warm_up=warm_readers)
        started.start()
        await asyncio.sleep(2)  # the worker warms up while the service waits for an upload
        started_workers.append(await _timed(started, pdf))
        started.close()
    extract(pdf, "resume.pdf", max_pages=10)  # builds the spaCy pipeline, as the worker did
    inline = []
    for _ in range(repeats):
        began = time.perf_counter()
        extract(pdf, "resume.pdf", max_pages=10)
        inline.append(time.perf_counter() - began)
    return {
        "in-process": statistics.median(inline),
        "first call": first,
        "new worker": statistics.median(cold_workers),
        "pre-started": statistics.median(started_workers),
        "warm": statistics.median(warm),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    arguments = parser.parse_args()
    figures = asyncio.run(measure(arguments.repeats))
    baseline = figures["in-process"]
    for name, seconds in figures.items():
        overhead = seconds - baseline
        print(f"{name:>11}: {seconds * 1000:8.1f} ms  (overhead {overhead * 1000:+8.1f} ms)")


if __name__ == "__main__":
    main()
