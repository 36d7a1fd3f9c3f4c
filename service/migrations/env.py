"""Alembic's entry point: runs migrations on a connection handed over or one it opens."""

from __future__ import annotations

import asyncio
import fcntl
from collections.abc import Iterator
from contextlib import contextmanager

from alembic import context
from sqlalchemy import Connection, text

from service.storage.engine import create_engine
from service.storage.models import Base

#: Any constant will do; it serialises migrations of concurrently starting processes.
_MIGRATION_LOCK_ID = 0x637265646C656E73  # "credlens"


@contextmanager
def _exclusive(connection: Connection) -> Iterator[None]:
    """Several web processes and workers may start together; one migrates, the rest wait."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _MIGRATION_LOCK_ID})
        yield
        return
    database = connection.engine.url.database
    if connection.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    # SQLite has no advisory locks; a lock file beside the database serves on one machine.
    with open(f"{database}.migrate-lock", "a+b") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield
            # The next process reads the schema's version as soon as the lock is free, so the
            # migration is committed here, not later when the caller's transaction block ends
            # (it would find no version and migrate again: "table api_keys already exists").
            connection.commit()
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


def _run_migrations(connection: Connection) -> None:
    with _exclusive(connection):
        _migrate(connection)


def _migrate(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_with_own_engine(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_run_migrations)
    finally:
        await engine.dispose()


def run() -> None:
    if context.is_offline_mode():
        raise SystemExit("credlens migrations run online only")
    handed_over = context.config.attributes.get("connection")
    if isinstance(handed_over, Connection):
        _run_migrations(handed_over)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("no database URL configured for migrations")
    asyncio.run(_run_with_own_engine(url))


run()
