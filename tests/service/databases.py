"""Real databases for storage and job tests: SQLite in a temporary directory, and a
throwaway database on the machine's PostgreSQL, created per test session and dropped after."""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from service.migrations import upgrade
from service.storage import Base, create_engine, create_session_factory

#: The maintenance database to create test databases from; trust auth on loopback.
POSTGRES_ADMIN_CONNINFO = os.environ.get(
    "CREDLENS_TEST_POSTGRES", "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
)


def _admin_connection() -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(POSTGRES_ADMIN_CONNINFO, autocommit=True, connect_timeout=3)


@contextmanager
def throwaway_postgres_database() -> Iterator[str]:
    """A new, empty PostgreSQL database as a SQLAlchemy URL, dropped on exit; skips the test
    with the reason if the server cannot be reached."""
    try:
        admin = _admin_connection()
    except psycopg.OperationalError as error:
        pytest.skip(f"PostgreSQL is not reachable at {POSTGRES_ADMIN_CONNINFO!r}: {error}")
    name = f"credlens_test_{secrets.token_hex(6)}"
    with admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    info = psycopg.conninfo.conninfo_to_dict(POSTGRES_ADMIN_CONNINFO)
    server = f"{info.get('user', 'postgres')}@{info.get('host')}:{info.get('port', 5432)}"
    try:
        yield f"postgresql+psycopg://{server}/{name}"
    finally:
        with _admin_connection() as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A migrated PostgreSQL database for this test session, as a SQLAlchemy URL."""
    with throwaway_postgres_database() as url:
        upgrade(url)
        yield url


def empty_postgres_tables(url: str) -> None:
    """Remove every row the last test left, keeping the schema and Alembic's version."""
    tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")  # type: ignore[arg-type]


def sqlite_url(directory: Path) -> str:
    return f"sqlite+aiosqlite:///{directory / 'credlens.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database: each test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        url = sqlite_url(tmp_path)
        upgrade(url)
        yield url
        return
    url = request.getfixturevalue("postgres_url")
    empty_postgres_tables(url)
    try:
        yield url
    finally:
        empty_postgres_tables(url)


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url)
    try:
        yield engine
    finally:
        await engine.dispose()


@pytest.fixture
def sessions(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return create_session_factory(engine)
