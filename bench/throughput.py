"""Résumés verified per second, end to end, and the CPU each costs the service.

Starts the real service as separate processes (``credlens serve``, and ``credlens worker``
processes for the scale-out runs), submits two-page PDF résumés through the REST API, each
with three Open Badges 2.0 links on a fake issuer on loopback that answers after ``--delay``
seconds, and waits until every verification is done. The bench asks how many are done once
every ``--poll`` seconds (one list request), so it spends next to nothing of the machine on
itself; the CPU figures are those of the service's processes and their reading workers only,
read from /proc.

    .venv/bin/python -m bench.throughput [--resumes 40] [--workers 4] [--delay 0.1]
    .venv/bin/python -m bench.throughput --postgres --processes 1 2   # procrastinate, N workers

With ``--postgres`` each run gets a fresh PostgreSQL database, the web process runs no jobs
and ``--processes`` lists how many ``credlens worker`` processes to run in turn; the ratio of
each to the first is printed. ``--profile FILE`` records the service with py-spy (all its
processes) into a collapsed-stack file for ``bench.profile_job``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx
import uvicorn
import weasyprint
from fastapi import FastAPI
from fastapi.responses import JSONResponse

from bench.extract_speed import EXPERIENCE_HTML
from testkit.live_server import free_port

EMAIL = "candidate@example.org"
SALT = "bench"
CREDLENS = Path(sys.executable).with_name("credlens")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def fake_issuer(delay: float, port: int) -> FastAPI:
    """An Open Badges 2.0 issuer whose every answer takes ``delay`` seconds."""
    issuer = FastAPI()
    base = f"http://127.0.0.1:{port}"
    identity = "sha256$" + hashlib.sha256((EMAIL + SALT).encode()).hexdigest()

    @issuer.get("/assertions/{number}")
    async def assertion(number: int) -> JSONResponse:
        await asyncio.sleep(delay)
        return JSONResponse(
            {
                "@context": "https://w3id.org/openbadges/v2",
                "type": "Assertion",
                "id": f"{base}/assertions/{number}",
                "recipient": {"type": "email", "hashed": True, "salt": SALT, "identity": identity},
                "issuedOn": "2024-01-15T00:00:00Z",
                "badge": f"{base}/badges/{number % 3}",
                "verification": {"type": "hosted"},
            }
        )

    @issuer.get("/badges/{number}")
    async def badge(number: int) -> JSONResponse:
        await asyncio.sleep(delay)
        return JSONResponse(
            {
                "@context": "https://w3id.org/openbadges/v2",
                "type": "BadgeClass",
                "id": f"{base}/badges/{number}",
                "name": f"Bench Badge {number}",
                "description": "A badge for measuring.",
                "image": f"{base}/badge.png",
                "criteria": f"{base}/criteria",
                "issuer": f"{base}/issuer",
            }
        )

    @issuer.get("/issuer")
    async def profile() -> JSONResponse:
        await asyncio.sleep(delay)
        return JSONResponse(
            {
                "@context": "https://w3id.org/openbadges/v2",
                "type": "Issuer",
                "id": f"{base}/issuer",
                "name": "Bench Issuer",
                "url": base,
                "email": "issuer@example.org",
            }
        )

    return issuer


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


# --- the service's processes and their CPU ----------------------------------------------


def _stat(pid: int) -> tuple[int, float, float] | None:
    """The parent pid, the CPU seconds of a process itself and those of its reaped children."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    # Fields after the name: state ppid ... utime(12) stime(13) cutime(14) cstime(15).
    own = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    reaped = (int(fields[13]) + int(fields[14])) / CLOCK_TICKS
    return int(fields[1]), own, reaped


def process_tree(roots: Sequence[int]) -> dict[int, tuple[float, float]]:
    """``roots`` and every process under them (the fork server, reading workers), each with
    its own CPU seconds so far and those of its children that exited and were reaped."""
    stats = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (stat := _stat(int(entry))) is not None:
            stats[int(entry)] = stat
    children: dict[int, list[int]] = {}
    for pid, (parent, _, _) in stats.items():
        children.setdefault(parent, []).append(pid)
    tree, pending = {}, [pid for pid in roots if pid in stats]
    while pending:
        pid = pending.pop()
        tree[pid] = stats[pid][1:]
        pending.extend(children.get(pid, []))
    return tree


def tree_cpu(roots: Sequence[int]) -> tuple[float, float]:
    """CPU seconds used so far by the ``roots`` themselves (web and worker processes), and by
    every process under them (the sandbox's fork server and reading workers)."""
    tree = process_tree(roots)
    own = sum(tree[pid][0] for pid in roots if pid in tree)
    return own, sum(own + reaped for own, reaped in tree.values()) - own


@dataclass
class Service:
    base_url: str
    processes: list[subprocess.Popen[bytes]]

    @property
    def pids(self) -> list[int]:
        return [process.pid for process in self.processes]


def service_environment(data_dir: Path, database_url: str | None, workers: int) -> dict[str, str]:
    environment = {
        **os.environ,
        "CREDLENS_DATA_DIR": str(data_dir),
        "CREDLENS_WORKERS": str(workers),
        "CREDLENS_ALLOWED_PRIVATE_HOSTS": "127.0.0.1",
        "CREDLENS_SECURE_COOKIES": "false",
        # What is measured is the pipeline, not the per-key limit of 600 a minute.
        "CREDLENS_API_REQUESTS_PER_MINUTE": "10000000",
    }
    if database_url is not None:
        environment["CREDLENS_DATABASE_URL"] = database_url
        environment["CREDLENS_QUEUE_BACKEND"] = "procrastinate"
    return environment


@contextlib.contextmanager
def running_service(
    environment: dict[str, str], *, worker_processes: int, concurrency: int, log: Path
) -> Iterator[Service]:
    port = free_port()
    output = log.open("ab")
    processes = [
        subprocess.Popen(
            [str(CREDLENS), "serve", "--port", str(port)],
            env=environment,
            stdout=output,
            stderr=output,
        )
    ]
    processes += [
        subprocess.Popen(
            [str(CREDLENS), "worker", "--concurrency", str(concurrency)],
            env=environment,
            stdout=output,
            stderr=output,
        )
        for _ in range(worker_processes)
    ]
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{base_url}/healthz", timeout=2).status_code == 200:
                    break
            if time.monotonic() > deadline or processes[0].poll() is not None:
                raise RuntimeError(f"the service did not start; see {log}")
            time.sleep(0.2)
        wait_until_idle([process.pid for process in processes])
        yield Service(base_url, processes)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        output.close()


def wait_until_idle(pids: Sequence[int], *, timeout: float = 120.0) -> None:
    """Wait until the service's processes use less than a tenth of a core: the reading
    workers have warmed up, and the clock starts on a service at rest."""
    deadline = time.monotonic() + timeout
    before = sum(tree_cpu(pids))
    while time.monotonic() < deadline:
        time.sleep(1.0)
        now = sum(tree_cpu(pids))
        if now - before < 0.1:
            return
        before = now


def make_key(environment: dict[str, str]) -> str:
    created = subprocess.run(
        [str(CREDLENS), "apikey", "create", "bench"],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return created.stdout.strip()


# --- driving it ----------------------------------------------------------------------------


@dataclass
class Run:
    resumes: int
    wall: float
    #: CPU seconds of the web and worker processes, and of their reading workers.
    service_cpu: float
    sandbox_cpu: float
    latencies: list[float]

    @property
    def cpu(self) -> float:
        return self.service_cpu + self.sandbox_cpu

    @property
    def per_second(self) -> float:
        return self.resumes / self.wall


async def drive(
    service: Service, key: str, issuer: str, resumes: Sequence[bytes], poll: float
) -> Run:
    """Submit every résumé (eight uploads at a time), then ask every ``poll`` seconds how
    many are done; returns the wall-clock time, the service's CPU and each one's latency."""
    headers = {"Authorization": f"Bearer {key}"}
    submitted: dict[str, float] = {}
    finished: dict[str, float] = {}
    uploads = asyncio.Semaphore(8)
    async with httpx.AsyncClient(base_url=service.base_url, headers=headers, timeout=120) as client:

        async def submit(number: int, data: bytes) -> None:
            links = [f"{issuer}/assertions/{number * 3 + offset}" for offset in range(3)]
            async with uploads:
                started = time.perf_counter()
                response = await client.post(
                    "/api/v1/verifications",
                    files={"file": (f"r{number}.pdf", data, "application/pdf")},
                    data={"link": links, "email": EMAIL},
                )
            response.raise_for_status()
            submitted[response.json()["id"]] = started

        async def count_done() -> None:
            cursor: str | None = None
            while True:
                params = {
                    "status": "done",
                    "limit": "100",
                    **({"cursor": cursor} if cursor else {}),
                }
                page = (await client.get("/api/v1/verifications", params=params)).json()
                now = time.perf_counter()
                for item in page["items"]:
                    finished.setdefault(item["id"], now)
                cursor = page.get("next_cursor")
                if not cursor:
                    return

        cpu_before = tree_cpu(service.pids)
        started = time.perf_counter()
        submitting = asyncio.gather(*(submit(n, data) for n, data in enumerate(resumes)))
        while len(finished) < len(resumes):
            await asyncio.sleep(poll)
            await count_done()
            if submitting.done():
                submitting.result()  # a failed upload ends the bench with its error
        await submitting
        wall = time.perf_counter() - started
        cpu_after = tree_cpu(service.pids)
        failed = (await client.get("/api/v1/verifications", params={"status": "failed"})).json()
        if failed["items"]:
            raise RuntimeError(f"{len(failed['items'])} verifications failed")
    latencies = [finished[id] - submitted[id] for id in submitted]
    return Run(
        len(resumes),
        wall,
        service_cpu=cpu_after[0] - cpu_before[0],
        sandbox_cpu=cpu_after[1] - cpu_before[1],
        latencies=latencies,
    )


def describe(label: str, run: Run) -> None:
    print(f"  {label}")
    print(f"    wall time              {run.wall:8.2f} s")
    print(
        f"    throughput             {run.per_second:8.2f} résumés/s "
        f"({run.per_second * 60:.0f}/minute)"
    )
    print(f"    service CPU            {run.cpu:8.2f} s  ({run.cpu / run.resumes:.3f} s/résumé)")
    print(
        f"      web/worker processes {run.service_cpu:8.2f} s  "
        f"({run.service_cpu / run.resumes:.3f} s/résumé)"
    )
    print(
        f"      reading workers      {run.sandbox_cpu:8.2f} s  "
        f"({run.sandbox_cpu / run.resumes:.3f} s/résumé)"
    )
    cores = os.cpu_count() or 1
    print(
        f"    cores used             {run.cpu / run.wall:8.2f} of {cores}  "
        f"(at most {cores / max(run.cpu / run.wall, 0.01):.2f}× more from more processes)"
    )
    print(f"    submit→done p50        {statistics.median(run.latencies):8.2f} s")
    print(f"    submit→done max        {max(run.latencies):8.2f} s")


@contextlib.contextmanager
def issuer_on_loopback(delay: float) -> Iterator[str]:
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(fake_issuer(delay, port), host="127.0.0.1", port=port, log_level="warning")
    )
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True


@contextlib.contextmanager
def profiling(service: Service, output: Path | None) -> Iterator[None]:
    """py-spy on every process of the service while the block runs, if asked.

    One recorder per process: py-spy's ``--subprocesses`` misses the reading workers, which
    are the fork server's children rather than the service's.
    """
    if output is None:
        yield
        return
    recorders = [
        subprocess.Popen(
            [
                str(Path(sys.executable).with_name("py-spy")),
                "record",
                "--pid",
                str(pid),
                # Samples of threads holding the GIL only: Python's work, not its waits.
                "--gil",
                "--format",
                "raw",
                "--rate",
                "200",
                "--output",
                f"{output}.{index}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for index, pid in enumerate(process_tree(service.pids))
    ]
    try:
        yield
    finally:
        for recorder in recorders:
            recorder.send_signal(2)  # SIGINT: py-spy writes what it has and exits
        for recorder in recorders:
            recorder.wait(timeout=60)
        with output.open("w", encoding="utf-8") as merged:
            for index in range(len(recorders)):
                part = Path(f"{output}.{index}")
                if part.exists():
                    merged.write(part.read_text(encoding="utf-8"))
                    part.unlink()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resumes", type=int, default=40)
    parser.add_argument("--workers", type=int, default=4, help="jobs at once per process")
    parser.add_argument("--delay", type=float, default=0.1, help="the issuer's answer time")
    parser.add_argument("--poll", type=float, default=0.5, help="seconds between progress asks")
    parser.add_argument("--postgres", action="store_true", help="procrastinate on PostgreSQL")
    parser.add_argument("--processes", type=int, nargs="+", default=[1])
    parser.add_argument("--profile", type=Path, default=None)
    arguments = parser.parse_args(argv)

    print(f"making {arguments.resumes} two-page PDF résumés …", file=sys.stderr)
    resumes = [resume_pdf(number) for number in range(arguments.resumes)]
    cores = os.cpu_count()
    engine = "PostgreSQL + procrastinate" if arguments.postgres else "SQLite, embedded queue"
    print(
        f"{arguments.resumes} two-page PDF résumés × 3 badge links, issuer answering after "
        f"{arguments.delay * 1000:.0f} ms, {engine}, {cores} cores, "
        f"load average {os.getloadavg()[0]:.1f} at the start"
    )
    runs: list[Run] = []
    with issuer_on_loopback(arguments.delay) as issuer, tempfile.TemporaryDirectory() as folder:
        for processes in arguments.processes if arguments.postgres else [0]:
            data_dir = Path(folder) / f"run-{processes}"
            with contextlib.ExitStack() as stack:
                database_url = None
                if arguments.postgres:
                    from testkit.postgres import throwaway_postgres_database

                    database_url = stack.enter_context(throwaway_postgres_database())
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
                        log=Path(folder) / "service.log",
                    )
                )
                with profiling(service, arguments.profile):
                    run = asyncio.run(drive(service, key, issuer, resumes, arguments.poll))
            runs.append(run)
            label = (
                f"{processes} worker process{'es' if processes > 1 else ''} × "
                f"{arguments.workers} jobs"
                if arguments.postgres
                else f"one process, {arguments.workers} embedded workers"
            )
            describe(label, run)
    if len(runs) > 1:
        for processes, run in zip(arguments.processes[1:], runs[1:], strict=True):
            print(
                f"  {processes} processes ÷ {arguments.processes[0]}: "
                f"{run.per_second / runs[0].per_second:.2f}× the throughput"
            )


if __name__ == "__main__":
    main()
