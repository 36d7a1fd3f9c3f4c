"""Migrations build the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, inspect, text
from sqlalchemy.ext.asyncio import AsyncEngine

from service.migrations import current_revision, upgrade, upgrade_async
from service.storage import Base, UnsupportedDatabaseError, create_engine, database_url


def _differences(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


async def test_migrated_schema_matches_the_models(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        tables = set(await connection.run_sync(lambda c: inspect(c).get_table_names()))
        differences = await connection.run_sync(_differences)
        revision = await connection.run_sync(current_revision)
    assert set(Base.metadata.tables) <= tables
    assert differences == []
    assert revision == "0001"


async def test_upgrading_again_changes_nothing(database_url: str, engine: AsyncEngine) -> None:
    await upgrade_async(engine)
    async with engine.connect() as connection:
        assert await connection.run_sync(current_revision) == "0001"
        assert await connection.run_sync(_differences) == []


async def test_upgrade_async_migrates_a_fresh_sqlite_database(tmp_path: Path) -> None:
    engine = create_engine(database_url(data_dir=tmp_path / "var"))
    try:
        await upgrade_async(engine)
        async with engine.connect() as connection:
            assert await connection.run_sync(current_revision) == "0001"
            mode = (await connection.execute(text("PRAGMA journal_mode"))).scalar_one()
            foreign_keys = (await connection.execute(text("PRAGMA foreign_keys"))).scalar_one()
    finally:
        await engine.dispose()
    assert (tmp_path / "var" / "credlens.db").is_file()
    assert mode == "wal"
    assert foreign_keys == 1


def test_sync_upgrade_creates_the_data_directory(tmp_path: Path) -> None:
    url = database_url(data_dir=tmp_path / "nested" / "var")
    upgrade(url)
    assert (tmp_path / "nested" / "var" / "credlens.db").is_file()


def test_configured_url_wins_over_the_data_directory(tmp_path: Path) -> None:
    configured = "postgresql+psycopg://postgres@127.0.0.1/credlens"
    assert database_url(data_dir=tmp_path, configured=configured) == configured
    assert database_url(data_dir=tmp_path).startswith("sqlite+aiosqlite:///")


@pytest.mark.parametrize(
    "url", ["mysql+pymysql://u@h/db", "sqlite:///plain.db", "postgresql+asyncpg://u@h/db"]
)
def test_other_backends_are_refused_clearly(url: str) -> None:
    with pytest.raises(UnsupportedDatabaseError, match="unsupported database URL"):
        create_engine(url)
