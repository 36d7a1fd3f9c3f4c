"""What this machine gives two CPU-bound processes at once: the ceiling of any 2 ÷ 1 figure.

    python -m bench.core_pair --rounds 8

Each round times one pure-Python loop pinned to one core, then two at once, one pinned to each
core, and prints the throughput ratio (2 × one's wall time ÷ the pair's). The processes share
nothing, so a ratio under 2 is the machine's: cores that share a physical core or a host's
quota. ``bench.throughput``'s 2 ÷ 1 figures cannot beat the median printed here.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor


def _spin(core: int, steps: int) -> float:
    """Run a fixed amount of interpreter work pinned to ``core``; its wall time in seconds."""
    os.sched_setaffinity(0, {core})
    started = time.perf_counter()
    total = 0
    for step in range(steps):
        total += step * step % 7
    return time.perf_counter() - started


def round_ratio(pool: ProcessPoolExecutor, cores: tuple[int, int], steps: int, turn: int) -> float:
    """One round: 2 × one process's wall time ÷ the wall time of two at once."""
    alone = pool.submit(_spin, cores[turn % 2], steps).result()
    started = time.perf_counter()
    pair = [pool.submit(_spin, core, steps) for core in cores]
    for each in pair:
        each.result()
    return 2 * alone / (time.perf_counter() - started)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--steps", type=int, default=20_000_000, help="loop steps per process")
    arguments = parser.parse_args(argv)
    usable = sorted(os.sched_getaffinity(0))
    if len(usable) < 2:
        raise SystemExit("bench.core_pair needs two cores; this process may use one")
    cores = (usable[0], usable[1])
    with ProcessPoolExecutor(max_workers=2) as pool:
        ratios = [
            round_ratio(pool, cores, arguments.steps, turn) for turn in range(arguments.rounds)
        ]
    print(
        f"two CPU-bound processes on cores {cores[0]} and {cores[1]}, load {os.getloadavg()[0]:.1f}"
    )
    print("  2 ÷ 1 by round: " + ", ".join(f"{ratio:.2f}" for ratio in ratios))
    print(
        f"  median {statistics.median(ratios):.2f}×, lowest {min(ratios):.2f}×, "
        f"highest {max(ratios):.2f}×"
    )


if __name__ == "__main__":
    main()
