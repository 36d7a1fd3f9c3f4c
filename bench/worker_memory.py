"""Whether one reading worker grows over many résumés: its resident memory as they pass.

    .venv/bin/python -m bench.worker_memory [--resumes 1000] [--pdf-every 10]

One sandbox worker, never retired (no task or size limit), reads ``--resumes`` text résumés
that each name a new candidate, issuer and skills, and every ``--pdf-every``-th a two-page
PDF; its resident memory is printed every hundred, and the growth after the first hundred
(the warm-up: caches, the spaCy pipeline, pdfminer's fonts). The service retires a worker
after ``MAX_TASKS_PER_WORKER`` tasks or past ``MAX_RESIDENT_BYTES`` anyway; this shows what
it would keep without that.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
from collections.abc import Sequence

import extractors
from bench.extract_speed import typical_resume
from service.sandbox import Limits, Sandbox
from testkit.factories import numbered_resume


def resident_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


async def run(resumes: int, pdf_every: int) -> None:
    pool = Sandbox(workers=1, max_tasks_per_worker=10**9, max_resident_bytes=None)
    limits = Limits()
    pdf = typical_resume()
    started = time.perf_counter()
    baseline: float | None = None
    try:
        for number in range(resumes):
            await pool.run(limits, extractors.extract, numbered_resume(number), "r.txt")
            if pdf_every and number % pdf_every == 0:
                await pool.run(limits, extractors.extract, pdf, "r.pdf")
            if (number + 1) % 100 == 0:
                resident = await pool.run(limits, resident_mib)
                baseline = resident if baseline is None else baseline
                print(
                    f"  after {number + 1:5d} résumés  {resident:7.1f} MiB"
                    f"  (+{resident - baseline:5.1f} since the first hundred)"
                    f"  {time.perf_counter() - started:6.1f} s"
                )
    finally:
        pool.close()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resumes", type=int, default=1000)
    parser.add_argument("--pdf-every", type=int, default=10)
    arguments = parser.parse_args(argv)
    print(f"one reading worker, {arguments.resumes} résumés (a PDF every {arguments.pdf_every})")
    asyncio.run(run(arguments.resumes, arguments.pdf_every))


if __name__ == "__main__":
    main()
