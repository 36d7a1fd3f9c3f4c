"""The service under a bench: its processes started as a deployment runs them, where on the
machine's cores they may run, and the CPU they and their reading workers use (from /proc).

``Placement``: "free" lets every process run on any core; "pinned" confines each ``credlens
worker`` process, and the sandbox's reading workers it starts, to a core of its own
(``os.sched_setaffinity``, inherited by its children), with the web process on the first
worker's core. Pinned, N worker processes on N cores measure what N one-core machines give
beside one: the scale-out, apart from how many cores one process can already keep busy.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import httpx

from testkit.live_server import free_port

CREDLENS = Path(sys.executable).with_name("credlens")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

Placement = Literal["free", "pinned"]


def usable_cores() -> list[int]:
    """The cores this process may run on, in order."""
    return sorted(os.sched_getaffinity(0))


def cores_allowed(placement: Placement, worker_processes: int) -> int:
    """How many cores the service may use: all of them, or one per worker process (the web
    process shares the first worker's)."""
    cores = len(usable_cores())
    return cores if placement == "free" else min(max(worker_processes, 1), cores)


def _confined_to(placement: Placement, index: int) -> Callable[[], None] | None:
    """What to run in the child before it starts: confine it to its core, if pinned."""
    if placement == "free":
        return None
    cores = usable_cores()
    core = cores[index % len(cores)]

    def confine() -> None:
        os.sched_setaffinity(0, {core})

    return confine


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
    #: Each process's log (its stdout and stderr), in the order of ``processes``.
    logs: list[Path]

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
    environment: dict[str, str],
    *,
    worker_processes: int,
    concurrency: int,
    log: Path,
    placement: Placement = "free",
) -> Iterator[Service]:
    """The web process and ``worker_processes`` worker processes; each writes its own log,
    ``log`` with the process's number before its suffix (``service.0.log`` the web's), so
    the bench can tell which process ran which job (``bench.job_timeline``)."""
    port = free_port()
    commands = [[str(CREDLENS), "serve", "--port", str(port)]] + [
        [str(CREDLENS), "worker", "--concurrency", str(concurrency)]
    ] * worker_processes
    logs = [log.with_name(f"{log.stem}.{number}{log.suffix}") for number in range(len(commands))]
    outputs = [path.open("ab") for path in logs]
    processes = [
        subprocess.Popen(
            command,
            env=environment,
            stdout=output,
            stderr=output,
            # The web process shares the first worker's core.
            preexec_fn=_confined_to(placement, max(number - 1, 0)),
        )
        for number, (command, output) in enumerate(zip(commands, outputs, strict=True))
    ]
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{base_url}/healthz", timeout=2).status_code == 200:
                    break
            if time.monotonic() > deadline or processes[0].poll() is not None:
                raise RuntimeError(f"the service did not start; see {logs[0]}")
            time.sleep(0.2)
        if worker_processes and "CREDLENS_DATABASE_URL" in environment:
            wait_until_listening(environment["CREDLENS_DATABASE_URL"], worker_processes)
        wait_until_idle([process.pid for process in processes])
        yield Service(base_url, processes, logs)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        for output in outputs:
            output.close()


def wait_until_listening(database_url: str, workers: int, *, timeout: float = 120.0) -> None:
    """Wait until ``workers`` worker processes listen for new jobs on the database (their
    LISTEN connection's last statement): a worker still connecting to the database uses no
    CPU, so the service being idle does not say it is ready, and the clock must not start
    while a worker cannot take jobs yet."""
    import psycopg

    conninfo = database_url.replace("postgresql+psycopg://", "postgresql://", 1)
    deadline = time.monotonic() + timeout
    with psycopg.connect(conninfo, autocommit=True) as connection:
        while time.monotonic() < deadline:
            row = connection.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND query LIKE 'LISTEN %'"
            ).fetchone()
            if row is not None and row[0] >= workers:
                return
            time.sleep(0.1)
    raise RuntimeError(f"{workers} worker processes did not start listening in {timeout:g} s")


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
