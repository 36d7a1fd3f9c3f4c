"""Résumés verified per second, end to end, and the CPU each costs the service.

Starts the real service as separate processes (``credlens serve``, and ``credlens worker``
processes for the scale-out runs), submits two-page PDF résumés through the REST API, each
with three Open Badges 2.0 links on a fake issuer on loopback that answers after ``--delay``
seconds, and waits until every verification is done. The bench asks how many are done once
every ``--poll`` seconds (one list request; each costs the web process, PostgreSQL and the
bench a few milliseconds, on 2 cores taken from the workers, and a late notice changes no
figure: the run ends at the last ``finished_at``), and the fake issuer is a plain asyncio
server (``bench.fake_issuer``), so it spends little of the machine on itself; the CPU
figures are those of the service's processes and their reading workers only, read from
/proc.

    .venv/bin/python -m bench.throughput [--resumes 40] [--workers 4] [--delay 0.1]
    .venv/bin/python -m bench.throughput --postgres --processes 1 2   # procrastinate, N workers

    .venv/bin/python -m bench.throughput --postgres --processes 1 2 --placement free pinned \
        --repeat 3                                   # scale-out, alternating, lowest of 3
    .venv/bin/python -m bench.throughput --postgres --processes 1 2 --placement pinned \
        --resumes 40 200                             # the same at two run lengths

Before the clock starts, each run's service is warmed up (``warm_up``): a round of
résumés, a full set of jobs for each worker process, verified on a second fake issuer, as a
service that has been running has done; what a process does once (its database connections
opened, each statement compiled, the outbound client's and the JSON-LD reader's first use)
is then not in the run. The timed run's issuer is new to the service, so its cold chain
(each process's first jobs asking the assertion, then the badge class, then the issuer's
profile) stays in the run. ``--cold`` times a service just started, as before
(docs/performance.md, eleventh pass).

With ``--postgres`` each run gets a fresh PostgreSQL database, the web process runs no jobs
and ``--processes`` lists how many ``credlens worker`` processes to run in turn; the ratio of
each to the first is printed, beside its ceiling: the cores the service may use ÷ those the
first run used. ``--placement pinned`` gives each worker process (and its readers) a core of
its own (see ``bench.service_processes``), so the ratio is the scale-out a second machine
gives. ``--repeat`` runs every configuration that many times, alternating, and the summary
takes each one's lowest wall time: on a shared machine, the run least disturbed. Several
``--resumes`` run each configuration at each length (alternating) and print each length's
summary, then each configuration's marginal rate, (longer − shorter) ÷ (its wall time −
the shorter's): a run's start and drain cost about the same time however long it is, and
weigh more in the shorter run, the more so the faster it goes. Each worker process logs to
a file of its own, and each run prints, per process, the jobs it took, its start gap and its
tail gap (``bench.job_timeline``); the summary prints them for the runs it compares, with the
load. ``--logs DIR`` keeps the logs and each run's job moments. ``--profile
FILE`` records the service with py-spy (all its processes) into a collapsed-stack file for
``bench.profile_job``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import httpx
import weasyprint

from bench import job_timeline, pg_costs
from bench.extract_speed import EXPERIENCE_HTML
from bench.fake_issuer import EMAIL, issuer_on_loopback
from bench.service_processes import (
    CREDLENS,
    Placement,
    Service,
    make_key,
    profiling,
    running_service,
    service_environment,
    tree_cpu,
    wait_until_idle,
)
from bench.throughput_runs import Run, describe, marginal, summarise


def resume_pdf(number: int) -> bytes:
    """A two-page résumé: contact, experience, certifications without links, skills."""
    html = (
        "<html><head><style>@page { size: A4; margin: 18mm }"
        " body { font-family: 'DejaVu Sans'; font-size: 10pt }</style></head><body>"
        f"<h1>Candidate Number{number}</h1><p>{EMAIL} · +33 6 12 34 56 {number % 100:02d}</p>"
        "<h2>Summary</h2><p>Platform engineer with twelve years in cloud infrastructure.</p>"
        f"<h2>Experience</h2>{EXPERIENCE_HTML}"
        "<h2>Certifications</h2>"
        "<p>AWS Certified Solutions Architect – Associate · Amazon Web Services · 2023</p>"
        "<p>Certified Kubernetes Administrator (CKA) · The Linux Foundation · 2024</p>"
        "<h2>Skills</h2><p>AWS, Kubernetes, Terraform, Python, Go, PostgreSQL</p>"
        "</body></html>"
    )
    data: bytes = weasyprint.HTML(string=html).write_pdf()
    return data


# --- driving it ----------------------------------------------------------------------------


async def warm_up(
    service: Service, key: str, issuer: str, resumes: Sequence[bytes], slots: int
) -> list[int]:
    """Verify ``resumes`` before the clock starts, on another issuer, and wait until the
    service is at rest again; returns how many each worker process ran.

    A service that has been running has done what a process does on its first jobs only:
    its database connections opened (the web's eight uploads at once, each worker's four
    jobs), each statement compiled once, the outbound client's first requests (the HTTP
    parser's patterns compiled), the JSON-LD contexts processed, the look-alike and title
    tables built. None of that is throughput, and it weighs twice as much in a run half as
    long. The other issuer (another port: other URLs, other connections) leaves the timed
    run's issuer documents unknown to every process, so each still meets its issuer's cold
    chain (assertion, badge class, profile) in the run, as a service does with each new
    issuer. Up to three rounds, until every worker process ran a full set of jobs."""
    headers = {"Authorization": f"Bearer {key}"}
    workers = max(len(service.processes) - 1, 0)
    ran = [0] * workers
    async with httpx.AsyncClient(base_url=service.base_url, headers=headers, timeout=120) as client:

        async def submit(number: int, data: bytes) -> str:
            links = [f"{issuer}/assertions/{number * 3 + offset}" for offset in range(3)]
            response = await client.post(
                "/api/v1/verifications",
                files={"file": (f"w{number}.pdf", data, "application/pdf")},
                data={"link": links, "email": EMAIL},
            )
            response.raise_for_status()
            identifier: str = response.json()["id"]
            return identifier

        for _ in range(3):
            started = time.time()
            ids = await asyncio.gather(*(submit(n, data) for n, data in enumerate(resumes)))
            while True:
                await asyncio.sleep(0.25)
                statuses = [
                    (await client.get(f"/api/v1/verifications/{each}")).json()["status"]
                    for each in ids
                ]
                if "failed" in statuses:
                    raise RuntimeError("a warm-up verification failed")
                if all(status == "done" for status in statuses):
                    break
            if workers:
                jobs = await _logged_jobs(service, dict.fromkeys(ids, started), started)
                for job in jobs:
                    ran[job.process] += 1
            if all(count >= slots for count in ran):
                break
    wait_until_idle(service.pids)
    return ran


async def drive(
    service: Service,
    key: str,
    issuer: str,
    resumes: Sequence[bytes],
    poll: float,
    meter: pg_costs.Meter,
) -> Run:
    """Submit every résumé (eight uploads at a time), then ask every ``poll`` seconds how
    many are done; returns the wall-clock time, the service's CPU and each one's latency.

    The run ends when the last verification finished (its ``finished_at``, on this machine's
    clock), not when a poll noticed it: a poll every second would add half a second on
    average to a run of a few seconds."""
    headers = {"Authorization": f"Bearer {key}"}
    submitted: dict[str, float] = {}
    accepted: dict[str, float] = {}
    finished: dict[str, float] = {}
    uploads = asyncio.Semaphore(8)
    async with httpx.AsyncClient(base_url=service.base_url, headers=headers, timeout=120) as client:

        async def submit(number: int, data: bytes) -> None:
            links = [f"{issuer}/assertions/{number * 3 + offset}" for offset in range(3)]
            async with uploads:
                started = time.time()
                response = await client.post(
                    "/api/v1/verifications",
                    files={"file": (f"r{number}.pdf", data, "application/pdf")},
                    data={"link": links, "email": EMAIL},
                )
            response.raise_for_status()
            submitted[response.json()["id"]] = started
            accepted[response.json()["id"]] = time.time()  # its job is queued by now

        async def count_done() -> None:
            cursor: str | None = None
            while True:
                params = {
                    "status": "done",
                    "limit": "100",
                    **({"cursor": cursor} if cursor else {}),
                }
                page = (await client.get("/api/v1/verifications", params=params)).json()
                for item in page["items"]:
                    if item["id"] in submitted:  # not the warm-up's
                        finished.setdefault(item["id"], _timestamp(item["finished_at"]))
                cursor = page.get("next_cursor")
                if not cursor:
                    return

        load_before = os.getloadavg()[0]
        cpu_before = tree_cpu(service.pids)
        each_before = [sum(tree_cpu([pid])) for pid in service.pids]
        meter.start(service.pids)
        started = time.time()
        submitting = asyncio.gather(*(submit(n, data) for n, data in enumerate(resumes)))
        while len(finished) < len(resumes):
            await asyncio.sleep(poll)
            await count_done()
            if submitting.done():
                submitting.result()  # a failed upload ends the bench with its error
        await submitting
        wall = max(finished.values()) - started
        costs = meter.stop()
        cpu_after = tree_cpu(service.pids)
        each_after = [sum(tree_cpu([pid])) for pid in service.pids]
        failed = (await client.get("/api/v1/verifications", params={"status": "failed"})).json()
        if failed["items"]:
            raise RuntimeError(f"{len(failed['items'])} verifications failed")
    jobs = await _logged_jobs(service, accepted, started)
    latencies = [finished[id] - submitted[id] for id in submitted]
    return Run(
        len(resumes),
        wall,
        service_cpu=cpu_after[0] - cpu_before[0],
        sandbox_cpu=cpu_after[1] - cpu_before[1],
        latencies=latencies,
        load=(load_before, os.getloadavg()[0]),
        by_process=[after - before for before, after in zip(each_before, each_after, strict=True)],
        costs=costs,
        uploaded=max(accepted.values()) - started,
        finishes=sorted(moment - started for moment in finished.values()),
        jobs=jobs,
    )


async def _logged_jobs(
    service: Service, queued: dict[str, float], started: float
) -> list[job_timeline.Job]:
    """The run's jobs from the worker processes' logs (none without worker processes). A
    job's end is logged just after its verification's ``finished_at`` is committed: wait
    a moment for the last."""
    jobs: list[job_timeline.Job] = []
    for _ in range(20):
        jobs = job_timeline.read_jobs(service.logs[1:], queued, started)
        if len(service.logs) == 1 or len(jobs) >= len(queued):
            break
        await asyncio.sleep(0.1)
    return jobs


def _timestamp(value: str) -> float:
    """A ``finished_at`` of the API as seconds since the epoch (UTC when it names no zone)."""
    moment = datetime.fromisoformat(value)
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--resumes", type=int, nargs="+", default=[40], help="résumés a run (several: each)"
    )
    parser.add_argument("--workers", type=int, default=4, help="jobs at once per process")
    parser.add_argument("--delay", type=float, default=0.1, help="the issuer's answer time")
    parser.add_argument(
        "--poll",
        type=float,
        default=1.0,
        help="seconds between progress asks (each costs the web process, PostgreSQL and the bench)",
    )
    parser.add_argument("--postgres", action="store_true", help="procrastinate on PostgreSQL")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="time the service's first jobs too (no untimed warm-up round before the run)",
    )
    parser.add_argument("--processes", type=int, nargs="+", default=[1])
    parser.add_argument(
        "--placement",
        nargs="+",
        choices=["free", "pinned"],
        default=["free"],
        help="free: any core; pinned: each worker process on a core of its own",
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs of each, alternating")
    parser.add_argument("--profile", type=Path, default=None)
    parser.add_argument(
        "--logs",
        type=Path,
        default=None,
        help="keep each run's process logs in this folder (one file a process)",
    )
    parser.add_argument(
        "--statements",
        action="store_true",
        help="log and count every statement the service sends PostgreSQL (a diagnostic)",
    )
    arguments = parser.parse_args(argv)

    sizes: list[int] = arguments.resumes
    print(f"making {max(sizes)} two-page PDF résumés …", file=sys.stderr)
    resumes = [resume_pdf(number) for number in range(max(sizes))]
    # The warm-up's own résumés (other numbers: nothing of the run's is seen before it).
    warming = [] if arguments.cold else [resume_pdf(10_000 + number) for number in range(8)]
    engine = "PostgreSQL + procrastinate" if arguments.postgres else "SQLite, embedded queue"
    print(
        f"{' or '.join(map(str, sizes))} two-page PDF résumés × 3 badge links, "
        "issuer answering after "
        f"{arguments.delay * 1000:.0f} ms, {engine}, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f} at the start"
    )
    counts: list[int] = arguments.processes if arguments.postgres else [0]
    placements: list[Placement] = arguments.placement
    runs: dict[int, dict[tuple[Placement, int], list[Run]]] = {size: {} for size in sizes}
    with (
        issuer_on_loopback(arguments.delay) as (issuer, issuer_thread),
        issuer_on_loopback(arguments.delay) as (other_issuer, _),
        tempfile.TemporaryDirectory() as folder,
    ):
        for repetition in range(arguments.repeat):
            for size in sizes:
                for placement in placements:
                    for processes in counts:
                        data_dir = Path(folder) / f"run-{repetition}-{size}-{placement}-{processes}"
                        if arguments.logs is not None:  # the logs' folder is the data's parent
                            arguments.logs.mkdir(parents=True, exist_ok=True)
                            data_dir = arguments.logs / data_dir.name
                        run = one_run(
                            arguments,
                            placement,
                            processes,
                            data_dir,
                            (issuer, issuer_thread),
                            resumes[:size],
                            (other_issuer, warming),
                        )
                        runs[size].setdefault((placement, processes), []).append(run)
                        label = (
                            f"{size} résumés, {placement}, {processes} worker process"
                            f"{'es' if processes > 1 else ''} × {arguments.workers} jobs"
                            if arguments.postgres
                            else f"{size} résumés, {placement}, one process, "
                            f"{arguments.workers} embedded workers"
                        )
                        describe(label, run, placement)
    for size in sizes:
        if len(sizes) > 1:
            print(f"{size} résumés a run:")
        summarise(runs[size], placements)
    if len(sizes) > 1:
        marginal(runs[min(sizes)], runs[max(sizes)], placements)


def one_run(
    arguments: argparse.Namespace,
    placement: Placement,
    processes: int,
    data_dir: Path,
    issuer: tuple[str, int | None],
    resumes: Sequence[bytes],
    warming: tuple[str, Sequence[bytes]],
) -> Run:
    """The service started afresh (a new database), warmed on ``warming``'s issuer and
    résumés unless they are none (``--cold``), then the résumés driven through it."""
    with contextlib.ExitStack() as stack:
        database_url = None
        if arguments.postgres:
            from testkit.postgres import throwaway_postgres_database

            database_url = stack.enter_context(throwaway_postgres_database())
        meter = pg_costs.Meter(
            pg_costs.database_name(database_url) if database_url else None, issuer[1]
        )
        if arguments.statements and database_url:
            stack.enter_context(meter.logging_statements())
        environment = service_environment(
            data_dir, database_url, 0 if arguments.postgres else arguments.workers
        )
        subprocess.run(  # migrate before the processes race to
            [str(CREDLENS), "apikey", "list"],
            env=environment,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        key = make_key(environment)
        service = stack.enter_context(
            running_service(
                environment,
                worker_processes=processes,
                concurrency=arguments.workers,
                log=data_dir.parent / f"{data_dir.name}.log",
                placement=placement,
            )
        )
        slots = arguments.workers
        if warming[1]:
            count = slots * max(processes, 1)
            batch = [warming[1][number % len(warming[1])] for number in range(count)]
            ran = asyncio.run(warm_up(service, key, warming[0], batch, slots))
            print(f"  warmed up, untimed: {count} résumés on another issuer, by process {ran}")
        with profiling(service, arguments.profile):
            run = asyncio.run(drive(service, key, issuer[0], resumes, arguments.poll, meter))
        run.slots = arguments.workers
        if arguments.logs is not None:  # beside the logs: each job's moments, for a closer look
            moments = [dataclasses.asdict(job) for job in run.jobs]
            data_dir.with_suffix(".jobs.json").write_text(json.dumps(moments, indent=1))
        return run


if __name__ == "__main__":
    main()
