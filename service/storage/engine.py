"""Engines and sessions: SQLite under the data directory by default, PostgreSQL by URL."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.ext.asyncio import create_async_engine as _create_async_engine

logger = logging.getLogger(__name__)

#: How long a SQLite writer waits for another's lock before giving up, in milliseconds.
SQLITE_BUSY_TIMEOUT_MS = 15_000
#: A pooled PostgreSQL connection idle longer than this is pinged before it is handed out.
PING_AFTER_IDLE_SECONDS = 30.0

_T = TypeVar("_T")


class UnsupportedDatabaseError(ValueError):
    """The database URL names a backend credlens does not run on."""


def database_url(*, data_dir: Path, configured: str | None = None) -> str:
    """The URL to use: the configured one, else ``credlens.db`` under the data directory."""
    if configured:
        return configured
    return f"sqlite+aiosqlite:///{Path(data_dir).resolve() / 'credlens.db'}"


def is_sqlite(url: str | URL) -> bool:
    """Whether a URL names SQLite."""
    return make_url(url).get_backend_name() == "sqlite"


def _check_supported(url: URL) -> None:
    backend, driver = url.get_backend_name(), url.get_driver_name()
    if (backend, driver) not in {("sqlite", "aiosqlite"), ("postgresql", "psycopg")}:
        raise UnsupportedDatabaseError(
            f"unsupported database URL scheme {url.drivername!r}; use "
            "sqlite+aiosqlite:///path/to/credlens.db or postgresql+psycopg://user@host/db"
        )


def _tune_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers go on while one writer writes; foreign keys make ON DELETE CASCADE work.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Erased résumés and reports are overwritten with zeros, not left in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def create_engine(url: str) -> AsyncEngine:
    """An async engine for the URL, with SQLite tuned for a service (WAL, busy timeout, FKs)."""
    parsed = make_url(url)
    _check_supported(parsed)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # One connection per process: SQLite lets one writer at a time in anyway, and with a
        # pool of them the others waited in SQLite's busy handler, which sleeps in steps of
        # up to 100 ms however soon the lock is free. A webhook acknowledged while four jobs
        # wrote waited up to a second for it (bench.webhook_ack). Waiting for the connection
        # instead is a queue that hands it on the moment it is returned.
        engine = _create_async_engine(
            parsed,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            pool_size=1,
            max_overflow=0,
        )
        event.listen(engine.sync_engine, "connect", _tune_sqlite_connection)
        return engine
    # Ten kept, five more at a burst: SQLAlchemy's default of five kept closed what a burst
    # opened past them (eight uploads at once, a worker's jobs with their progress writes),
    # and each reopened connection cost a new server process, its catalog caches and the
    # dialect's set-up, ≈ 7 ms of CPU. The most a process holds is unchanged (15).
    engine = _create_async_engine(parsed, pool_size=10, max_overflow=5)
    _ping_only_after_idle(engine)
    return engine


def _ping_only_after_idle(engine: AsyncEngine) -> None:
    """Ping a pooled connection at checkout only when it was idle past PING_AFTER_IDLE_SECONDS.

    ``pool_pre_ping`` pinged at every checkout: 9 of a résumé's 34 statements. Connections
    in use come back within seconds; what drops connections — a restart in a quiet hour, an
    idle timeout in the server or a firewall — finds them idle, and those are still pinged.
    A connection lost while in use fails one statement: SQLAlchemy then discards it and every
    pooled connection opened before it, and the work that is safe to repeat is repeated
    (``once_more_if_disconnected``); a job is retried by its queue.
    """
    dialect = engine.sync_engine.dialect

    def note_idle_since(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    def ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.pop("idle_since", None)
        if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_SECONDS:
            return
        try:
            dialect.do_ping(dbapi_connection)
        except dialect.loaded_dbapi.Error as error:
            if dialect.is_disconnect(error, dbapi_connection, None):
                # The pool opens a new connection in its place.
                raise DisconnectionError(str(error)) from error
            raise

    event.listen(engine.sync_engine.pool, "checkin", note_idle_since)
    event.listen(engine.sync_engine.pool, "checkout", ping_if_idle)


def is_disconnect(error: BaseException) -> bool:
    """Whether ``error`` is the loss of the database connection (a server restarted, its
    backend terminated), which SQLAlchemy has invalidated along with the older pooled ones."""
    return isinstance(error, DBAPIError) and error.connection_invalidated


async def once_more_if_disconnected(work: Callable[[], Awaitable[_T]]) -> _T:
    """``work()``, run again once if it lost its database connection.

    Only for work that is safe to repeat as a whole: reads, and writes that leave the same
    rows when done twice, or a transaction (nothing committed until its end). The second run
    gets a new connection: the failure discarded every pooled one opened before it.
    """
    try:
        return await work()
    except DBAPIError as error:
        if not error.connection_invalidated:
            raise
        logger.info("database connection lost (%s); once more on a new one", error.orig)
    return await work()


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded objects usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)


@asynccontextmanager
async def statement_session(
    session_factory: async_sessionmaker[AsyncSession],
) -> AsyncIterator[AsyncSession]:
    """A session each of whose statements is a transaction of its own (autocommit): no BEGIN
    and no COMMIT, two of the four round trips of a one-statement transaction on PostgreSQL
    (the pool's ping and the statement are left). For work whose statements each stand
    alone: a read, a write that is atomic by itself. Nothing to commit; nothing to undo."""
    async with session_factory() as session:
        await session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        yield session


async def fold_write_ahead_log(session_factory: async_sessionmaker[AsyncSession]) -> None:
    """After an erasure, fold SQLite's write-ahead log into the database and empty it.

    ``secure_delete`` zeroes erased rows in the database file, but the write-ahead log keeps
    the pages as they were until a checkpoint, and SQLite checkpoints on its own only when
    the last connection closes or the log grows past a thousand pages. PostgreSQL: nothing.
    """
    async with session_factory() as session:
        connection = await session.connection()
        if connection.dialect.name != "sqlite":
            return
        result = await connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        busy = result.scalar()
    if busy:
        # A reader still holds an older snapshot: the log is folded at the next checkpoint.
        logger.warning(
            "the write-ahead log could not be emptied after an erasure; a reader held it"
        )
