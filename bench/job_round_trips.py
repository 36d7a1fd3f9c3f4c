"""What one ``verify`` job asks of the database: statements, transactions and, on PostgreSQL,
round trips, per résumé, counted in the process by SQLAlchemy's events (so the figures do
not depend on the machine's load).

    .venv/bin/python -m bench.job_round_trips --postgres      # a throwaway database
    .venv/bin/python -m bench.job_round_trips                 # SQLite

Stores ``--resumes`` two-page PDF résumés (three Open Badges links each, on a fake issuer on
loopback, as ``bench.throughput`` does) through the service's own submit, then runs their
jobs ``--workers`` at a time with ``service.verifications.execute``, the job handler a worker
calls, and counts what the jobs send. procrastinate's own queries (fetch and finish of each
job, a few a job) are not SQLAlchemy's and not counted here; ``bench.throughput
--statements`` counts everything the server received.

Round trips on PostgreSQL (psycopg, one query at a time): each statement, each ping of a
pooled connection (the dialect's ``do_ping``, whoever calls it: once a checkout with
``pool_pre_ping``, now only after an idle spell), and a transaction's BEGIN and its COMMIT or
ROLLBACK; a statement on an autocommit connection is its own transaction, with neither.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from bench import pg_costs
from bench.pg_costs import shorten
from bench.throughput import EMAIL, issuer_on_loopback, resume_pdf

#: Set while the jobs run: their statements (their own tasks' too) are told from the app's
#: background work's (SQLAlchemy runs events in the context of the task that executes).
IN_A_JOB: ContextVar[bool] = ContextVar("in_a_job", default=False)

#: The marker a connection's ``info`` holds while a transaction on it is counted.
_STATEMENTS_IN_TRANSACTION = "bench_statements_in_transaction"


@dataclass
class Counts:
    """What the counted connections sent."""

    statements: Counter[str] = field(default_factory=Counter)
    #: Transactions that sent at least one statement (BEGIN … COMMIT or ROLLBACK).
    transactions: int = 0
    #: Statements sent on an autocommit connection (each its own transaction).
    autocommitted: int = 0
    #: Connections taken from the pool that it already had.
    reused_checkouts: int = 0
    #: Pings of pooled connections sent.
    pings: int = 0
    #: Autocommitted writes whose commit waits for the log's flush, and those that do not
    #: (``service.storage.unflushed``); each transaction that wrote waits for it too.
    flushed_writes: int = 0
    unflushed_writes: int = 0
    #: CPU seconds of the PostgreSQL backends serving the database while the jobs ran.
    server_cpu: float = 0.0

    @property
    def round_trips(self) -> int:
        return sum(self.statements.values()) + 2 * self.transactions + self.pings


@contextlib.contextmanager
def counting(engine: AsyncEngine) -> Iterator[Counts]:
    """Counts what ``engine`` sends while the block runs."""
    counts = Counts()
    sync_engine = engine.sync_engine
    fresh: set[int] = set()

    def statement(connection: Connection, *arguments: Any) -> None:
        if not IN_A_JOB.get():
            return
        text: str = arguments[1]
        counts.statements[shorten(text)] += 1
        if connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
            counts.autocommitted += 1
            if text.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE", "WITH")):
                if "set_config(" in text:
                    counts.unflushed_writes += 1
                else:
                    counts.flushed_writes += 1
        else:
            info = connection.info
            info[_STATEMENTS_IN_TRANSACTION] = info.get(_STATEMENTS_IN_TRANSACTION, 0) + 1

    def ended(connection: Connection) -> None:
        if connection.info.pop(_STATEMENTS_IN_TRANSACTION, 0):
            counts.transactions += 1

    def connected(dbapi_connection: Any, _record: Any) -> None:
        fresh.add(id(dbapi_connection))

    def checked_out(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        if not IN_A_JOB.get():
            return
        if id(dbapi_connection) in fresh:
            fresh.discard(id(dbapi_connection))  # a new connection is not pinged
        else:
            counts.reused_checkouts += 1

    dialect = sync_engine.dialect
    ping = dialect.do_ping

    def counted_ping(dbapi_connection: Any) -> bool:
        if IN_A_JOB.get():
            counts.pings += 1
        return ping(dbapi_connection)

    dialect.do_ping = counted_ping  # type: ignore[method-assign]
    listeners: list[tuple[Any, str, Any]] = [
        (sync_engine, "before_cursor_execute", statement),
        (sync_engine, "commit", ended),
        (sync_engine, "rollback", ended),
        (sync_engine.pool, "connect", connected),
        (sync_engine.pool, "checkout", checked_out),
    ]
    for target, name, listener in listeners:
        event.listen(target, name, listener)
    try:
        yield counts
    finally:
        for target, name, listener in listeners:
            event.remove(target, name, listener)
        del dialect.do_ping  # the class's again


async def measure(database_url: str | None, resumes: int, workers: int, delay: float) -> None:
    from service import audit, verifications
    from service.app import create_app
    from service.runtime import Runtime
    from service.settings import Settings
    from service.storage import is_sqlite

    documents = [resume_pdf(number) for number in range(resumes)]
    with issuer_on_loopback(delay) as (issuer, _), tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            data_dir=Path(folder),
            database_url=database_url,
            queue_backend="embedded" if database_url is None else "procrastinate",
            workers=0,
            allowed_private_hosts=("127.0.0.1",),
        )
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            runtime: Runtime = app.state.runtime
            ids = []
            for number, data in enumerate(documents):
                record = await verifications.submit(
                    runtime=runtime,
                    request=verifications.VerificationRequest(
                        filename=f"r{number}.pdf",
                        data=data,
                        links=tuple(f"{issuer}/assertions/{number * 3 + n}" for n in range(3)),
                        email=EMAIL,
                    ),
                    origin="api",
                    workspace_id=1,
                    actor=audit.Actor.cli(),
                )
                ids.append(record.id)
            slots = asyncio.Semaphore(workers)

            async def job(verification_id: str) -> None:
                IN_A_JOB.set(True)  # in this job's task, and the tasks it starts
                async with slots:
                    await verifications.execute(runtime=runtime, verification_id=verification_id)

            postgres = not is_sqlite(runtime.engine.url)
            database = pg_costs.database_name(database_url) if database_url else None
            before = pg_costs.backends(database) if database else None
            with counting(runtime.engine) as counts:
                await asyncio.gather(*(job(verification_id) for verification_id in ids))
            if database and before:
                after = pg_costs.backends(database)
                counts.server_cpu = sum(
                    seconds - before.cpu.get(pid, 0.0) for pid, seconds in after.cpu.items()
                )
            done: Counter[str] = Counter()
            for verification_id in ids:
                stored = await verifications.get(
                    runtime=runtime, verification_id=verification_id, workspace_id=1
                )
                done[str(stored.status) if stored else "missing"] += 1
    report(counts, resumes, postgres=postgres, done=done)


def report(counts: Counts, resumes: int, *, postgres: bool, done: Counter[str]) -> None:
    each = float(resumes)
    print(f"{resumes} verify jobs ({dict(done)}), per résumé:")
    print(f"  statements              {sum(counts.statements.values()) / each:6.2f}")
    print(f"  transactions            {counts.transactions / each:6.2f}  (BEGIN … COMMIT/ROLLBACK)")
    print(f"  autocommitted statements {counts.autocommitted / each:5.2f}")
    if postgres:
        print(f"  pool checkouts (reused) {counts.reused_checkouts / each:6.2f}")
        print(f"  pool pings              {counts.pings / each:6.2f}")
        print(f"  round trips             {counts.round_trips / each:6.2f}")
        flushed = (counts.flushed_writes + counts.transactions) / each
        print(
            f"  commits waiting for the log's flush {flushed:.2f}"
            f" (autocommitted writes {counts.flushed_writes / each:.2f}, transactions"
            f" {counts.transactions / each:.2f}); not waiting {counts.unflushed_writes / each:.2f}"
        )
        print(
            f"  PostgreSQL backends' CPU {counts.server_cpu / each * 1000:5.2f} ms"
            " (the database's backends while the jobs ran)"
        )
    for text, number in counts.statements.most_common():
        print(f"    {number / each:6.2f}  {text}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", action="store_true", help="a throwaway PostgreSQL database")
    parser.add_argument("--resumes", type=int, default=12)
    parser.add_argument("--workers", type=int, default=4, help="jobs at once, as a worker runs")
    parser.add_argument("--delay", type=float, default=0.1, help="the issuer's answer time")
    arguments = parser.parse_args(argv)
    with contextlib.ExitStack() as stack:
        url = None
        if arguments.postgres:
            from testkit.postgres import throwaway_postgres_database

            url = stack.enter_context(throwaway_postgres_database())
        asyncio.run(measure(url, arguments.resumes, arguments.workers, arguments.delay))


if __name__ == "__main__":
    main()
