"""What a throughput run costs outside the service's own processes: the PostgreSQL backends
serving its database, and the bench's process (its uploads and polling, and the fake issuer's
thread); and, on request, every statement the service sent, by kind and by process.

On two cores these compete with the worker processes for the same CPU, so their CPU per
résumé bounds what a second worker process can add.

The statement log uses PostgreSQL's own ``log_statement = 'all'``, set on the run's database
only (``ALTER DATABASE``), and reads the server's log file: it needs a local server whose log
this user may read (``--statements`` is a diagnostic, off by default).
"""

from __future__ import annotations

import contextlib
import os
import re
import resource
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg import sql

from bench.service_processes import CLOCK_TICKS, process_tree
from testkit.postgres import POSTGRES_ADMIN_CONNINFO

#: Where Debian's PostgreSQL writes its log (stderr of the cluster's postmaster).
SERVER_LOG = Path(os.environ.get("CREDLENS_BENCH_PG_LOG", "/var/log/postgresql/"))


def database_name(url: str) -> str:
    return url.rsplit("/", 1)[1].split("?", 1)[0]


def _admin() -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(POSTGRES_ADMIN_CONNINFO, autocommit=True, connect_timeout=3)


def _cpu_of(pid: int) -> float | None:
    """CPU seconds of a process, to the nanosecond (the scheduler's own count): a backend's
    share of a résumé is a few milliseconds, below /proc/PID/stat's 10 ms ticks."""
    try:
        with open(f"/proc/{pid}/schedstat", encoding="ascii") as stat:
            return int(stat.read().split()[0]) / 1e9
    except (OSError, IndexError, ValueError):
        return None


@dataclass
class Backends:
    """The server processes serving one database, each with its client's port, and the CPU
    of the whole server so far (every database's backends, those that exited included)."""

    cpu: dict[int, float]
    client_port: dict[int, int]
    server: float = 0.0


def backends(database: str) -> Backends:
    with _admin() as admin:
        rows = admin.execute(
            "SELECT pid, client_port FROM pg_stat_activity WHERE datname = %s", (database,)
        ).fetchall()
        (server_pid,) = admin.execute("SELECT pg_backend_pid()").fetchone() or (0,)
    cpu: dict[int, float] = {}
    ports: dict[int, int] = {}
    for pid, port in rows:
        assert isinstance(pid, int)
        if (seconds := _cpu_of(pid)) is not None:
            cpu[pid] = seconds
            ports[pid] = port if isinstance(port, int) else -1
    # The postmaster is this connection's backend's parent; its tree holds every backend,
    # and the CPU of those that exited (connections a pool closed) in its reaped children's.
    postmaster = _parent_of(int(server_pid)) if isinstance(server_pid, int) else None
    total = sum(sum(pair) for pair in process_tree([postmaster]).values()) if postmaster else 0.0
    return Backends(cpu, ports, total)


def _parent_of(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return int(stat.read().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def _socket_ports() -> dict[int, int]:
    """Local TCP port of every socket inode on the machine (IPv4 and IPv6)."""
    ports: dict[int, int] = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError), open(table, encoding="ascii") as lines:
            next(lines)
            for line in lines:
                fields = line.split()
                ports[int(fields[9])] = int(fields[1].rsplit(":", 1)[1], 16)
    return ports


def ports_of(roots: Sequence[int]) -> dict[int, int]:
    """Local port → which of ``roots`` (or its children) holds that socket."""
    by_inode = _socket_ports()
    owner: dict[int, int] = {}
    for root in roots:
        for pid in process_tree([root]):
            with contextlib.suppress(OSError):
                for fd in os.listdir(f"/proc/{pid}/fd"):
                    with contextlib.suppress(OSError):
                        target = os.readlink(f"/proc/{pid}/fd/{fd}")
                        if target.startswith("socket:["):
                            inode = int(target[8:-1])
                            if inode in by_inode:
                                owner[by_inode[inode]] = root
    return owner


def bench_cpu(issuer_thread: int | None) -> tuple[float, float]:
    """CPU seconds of this process so far, and of the issuer's thread within it."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    issuer = 0.0
    if issuer_thread is not None:
        with contextlib.suppress(OSError, IndexError):
            with open(f"/proc/self/task/{issuer_thread}/stat", encoding="ascii") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            issuer = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    return usage.ru_utime + usage.ru_stime, issuer


@dataclass
class Costs:
    """CPU seconds outside the service's processes over one run, and statements sent."""

    #: PostgreSQL backends of the run's database, by the service process they serve (index
    #: into the service's processes, the web process first; -1 for none of them).
    server_by_process: dict[int, float] = field(default_factory=dict)
    #: The whole server: every database's backends (other sessions' too), exited ones
    #: included.
    server_total: float = 0.0
    bench: float = 0.0
    issuer: float = 0.0
    #: Statement (shortened, literals out) → how many, and per service process.
    statements: Counter[str] = field(default_factory=Counter)
    statements_by_process: Counter[int] = field(default_factory=Counter)

    @property
    def server(self) -> float:
        return sum(self.server_by_process.values())


class Meter:
    """Measures one run: ``start`` once the service is up, ``stop`` when the run ends."""

    def __init__(self, database: str | None, issuer_thread: int | None) -> None:
        self.database = database
        self.pids: list[int] = []
        self.issuer_thread = issuer_thread
        self._log: Path | None = None
        self._log_offset = 0

    def start(self, service_pids: Sequence[int]) -> None:
        self.pids = list(service_pids)
        if self.database is not None:
            self._backends = backends(self.database)
        self._bench = bench_cpu(self.issuer_thread)
        if self._log is not None:
            self._log_offset = self._log.stat().st_size

    def stop(self) -> Costs:
        bench, issuer = bench_cpu(self.issuer_thread)
        costs = Costs(bench=bench - self._bench[0], issuer=issuer - self._bench[1])
        if self.database is None:
            return costs
        end = backends(self.database)
        owner = ports_of(self.pids)
        costs.server_total = end.server - self._backends.server
        for pid, seconds in end.cpu.items():
            index = self._index(owner, end.client_port[pid])
            spent = seconds - self._backends.cpu.get(pid, 0.0)
            costs.server_by_process[index] = costs.server_by_process.get(index, 0.0) + spent
        if self._log is not None:
            self._read_statements(costs, end, owner)
        return costs

    def _index(self, owner: dict[int, int], port: int) -> int:
        """Which service process (web first) a client port belongs to; -1 for none."""
        return self.pids.index(owner[port]) if port in owner else -1

    @contextlib.contextmanager
    def logging_statements(self) -> Iterator[None]:
        """Every statement on the run's database logged by the server while the block runs
        (for connections opened after it starts: call before the service starts)."""
        assert self.database is not None
        logs = sorted(SERVER_LOG.glob("postgresql-*.log")) if SERVER_LOG.is_dir() else []
        self._log = logs[-1] if logs else SERVER_LOG
        name = sql.Identifier(self.database)
        with _admin() as admin:
            admin.execute(sql.SQL("ALTER DATABASE {} SET log_statement = 'all'").format(name))
        try:
            yield
        finally:
            with contextlib.suppress(psycopg.Error), _admin() as admin:
                admin.execute(sql.SQL("ALTER DATABASE {} RESET log_statement").format(name))

    def _read_statements(self, costs: Costs, end: Backends, owner: dict[int, int]) -> None:
        assert self._log is not None and self.database is not None
        marker = f"@{self.database} "
        line_start = re.compile(r"^\d{4}-\d\d-\d\d \S+ \S+ \[(\d+)\] ")
        statement = re.compile(r"LOG:  (?:statement|execute [^:]*): (.*)")
        with self._log.open("rb") as log:
            log.seek(self._log_offset)
            text = log.read().decode("utf-8", "replace")
        for line in text.splitlines():
            start = line_start.match(line)
            if start is None or marker not in line or (found := statement.search(line)) is None:
                continue
            pid = int(start.group(1))
            index = self._index(owner, end.client_port.get(pid, -1))
            costs.statements[shorten(found.group(1))] += 1
            costs.statements_by_process[index] += 1


def shorten(statement: str) -> str:
    """A statement's kind: literals and parameters out, at most 90 characters."""
    text = re.sub(r"'[^']*'", "?", statement)
    text = re.sub(r"\$\d+|\b\d+\b", "?", text)
    text = " ".join(text.split())
    return text[:90]


def describe(costs: Costs, resumes: int, labels: Sequence[str]) -> None:
    """The run's costs outside the service's processes, per résumé."""
    print(
        f"    bench process          {costs.bench / resumes:8.3f} CPU-s/résumé  "
        f"(of which the fake issuer's thread {costs.issuer / resumes:.3f})"
    )
    if not costs.server_by_process:
        return
    serving = ", ".join(
        f"{labels[index] if 0 <= index < len(labels) else 'other'} {seconds / resumes:.3f}"
        for index, seconds in sorted(costs.server_by_process.items())
    )
    print(f"    PostgreSQL backends    {costs.server / resumes:8.3f} CPU-s/résumé  ({serving})")
    print(
        f"      whole server         {costs.server_total / resumes:8.3f} CPU-s/résumé  "
        "(every database, exited backends included)"
    )
    if costs.statements:
        total = sum(costs.statements.values())
        by = ", ".join(
            f"{labels[index] if 0 <= index < len(labels) else 'other'} {count / resumes:.1f}"
            for index, count in sorted(costs.statements_by_process.items())
        )
        print(f"    statements             {total / resumes:8.1f} per résumé  ({by})")
        for text, count in costs.statements.most_common(25):
            print(f"      {count / resumes:6.2f}  {text}")
