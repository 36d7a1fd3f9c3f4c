"""Where each worker process stood idle in a throughput run: which jobs it took, when, and
how long it waited for the first and, at the end, for the other process.

Each worker process writes its own log (``bench.service_processes.running_service``);
procrastinate logs every job's start ("Starting job credlens.run_job[…](…, target_id='…')")
and end ("Job … ended with status: …"), stamped to the millisecond. With the moment the
bench's upload of each verification was answered (its job queued), these give, per process:

- the **start gap**: from the run's first upload to the process's first job: waking up, its
  first fetch, or a job that went to the other process;
- the **tail gap**: from the process's last job's end to the run's end (the last
  ``finished_at``): the process idle while the other finishes;
- the **first wave**: from its first job's start to the end of the last of its first
  ``slots`` jobs (the issuer's cache cold, every slot starting at once).

They are read off the service's own clock: under load every gap stretches with the rest of the
run, so they are best compared as shares of the run's wall time, beside the load.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

_STAMP = r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3})"
_STARTED = re.compile(
    _STAMP + r" \S+ procrastinate\S*: Starting job \S+\[\d+\]\(.*target_id='([^']+)'"
)
_ENDED = re.compile(
    _STAMP + r" \S+ procrastinate\S*: Job \S+\[\d+\]\(.*target_id='([^']+)'\) ended"
)


@dataclass(frozen=True)
class Job:
    """One verification's job, its moments in seconds from the run's start."""

    target: str
    process: int
    queued: float
    picked: float
    ended: float


@dataclass(frozen=True)
class ProcessTimeline:
    """One worker process's share of a run, in seconds (see the module's text)."""

    jobs: int
    start_gap: float
    tail_gap: float
    first_wave: float


def _moment(stamp: str) -> float:
    """A log line's stamp (this machine's local time) as seconds since the epoch."""
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").timestamp()


def read_jobs(logs: Sequence[Path], queued: Mapping[str, float], started: float) -> list[Job]:
    """Every job the worker processes logged (``logs[i]`` is process i's), with the moment
    its verification was queued (``queued``, epoch seconds by verification id); moments
    relative to ``started``. Jobs of other verifications are left out."""
    jobs = []
    for index, path in enumerate(logs):
        picked: dict[str, float] = {}
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if (match := _STARTED.match(line)) is not None:
                picked[match[2]] = _moment(match[1])
            elif (match := _ENDED.match(line)) is not None and match[2] in picked:
                target = match[2]
                if target in queued:
                    jobs.append(
                        Job(
                            target,
                            index,
                            queued[target] - started,
                            picked[target] - started,
                            _moment(match[1]) - started,
                        )
                    )
    return sorted(jobs, key=lambda job: job.picked)


def timeline(jobs: Sequence[Job], processes: int, slots: int, wall: float) -> list[ProcessTimeline]:
    """Each worker process's figures; ``wall`` is the run's end, from its start."""
    result = []
    for process in range(processes):
        own = sorted((job for job in jobs if job.process == process), key=lambda job: job.picked)
        if not own:
            result.append(ProcessTimeline(0, wall, wall, 0.0))
            continue
        first = own[:slots]
        result.append(
            ProcessTimeline(
                jobs=len(own),
                start_gap=own[0].picked,
                tail_gap=max(wall - max(job.ended for job in own), 0.0),
                first_wave=max(job.ended for job in first) - own[0].picked,
            )
        )
    return result


def describe(jobs: Sequence[Job], figures: Sequence[ProcessTimeline], slots: int) -> None:
    """Print each process's figures, and the queued→picked wait of the run's jobs."""
    if not jobs:
        print("    job timeline           none (no job lines in the worker processes' logs)")
        return
    waits = sorted(job.picked - job.queued for job in jobs)
    lasted = sorted(job.ended - job.picked for job in jobs)
    print(
        f"    job timeline           queued→picked median {waits[len(waits) // 2]:.2f} s, "
        f"max {waits[-1]:.2f} s; a job lasts median {lasted[len(lasted) // 2]:.2f} s"
    )
    for number, each in enumerate(figures, start=1):
        print(f"      worker {number}: {line(each, slots)}")


def line(figures: ProcessTimeline, slots: int) -> str:
    """One process's figures on one line."""
    return (
        f"{figures.jobs:3d} jobs, start gap {figures.start_gap:.2f} s, tail gap "
        f"{figures.tail_gap:.2f} s, first {slots} jobs done in {figures.first_wave:.2f} s"
    )
