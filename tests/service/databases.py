"""Real databases for storage and job tests: SQLite in a temporary directory, and a
throwaway database on the machine's PostgreSQL, created per test session and dropped after."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from service.migrations import upgrade
from service.storage import Base, create_engine, create_session_factory
from testkit.postgres import throwaway_postgres_database


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
