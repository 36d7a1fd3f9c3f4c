"""Migrations build the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text
from sqlalchemy.ext.asyncio import AsyncEngine

from service.migrations import alembic_config, current_revision, upgrade, upgrade_async
from service.storage import Base, UnsupportedDatabaseError, create_engine, database_url
from tests.conftest import REPO_ROOT
from tests.service.databases import throwaway_postgres_database

#: The newest revision, so a new migration needs no edit here.
HEAD = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


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
    assert revision == HEAD


async def test_upgrading_again_changes_nothing(database_url: str, engine: AsyncEngine) -> None:
    await upgrade_async(engine)
    async with engine.connect() as connection:
        assert await connection.run_sync(current_revision) == HEAD
        assert await connection.run_sync(_differences) == []


async def test_upgrade_async_migrates_a_fresh_sqlite_database(tmp_path: Path) -> None:
    engine = create_engine(database_url(data_dir=tmp_path / "var"))
    try:
        await upgrade_async(engine)
        async with engine.connect() as connection:
            assert await connection.run_sync(current_revision) == HEAD
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


async def test_sync_upgrade_also_works_inside_a_running_event_loop(tmp_path: Path) -> None:
    url = database_url(data_dir=tmp_path)
    upgrade(url)
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            assert await connection.run_sync(current_revision) == HEAD
    finally:
        await engine.dispose()


@contextmanager
def _new_database(backend: str, directory: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield database_url(data_dir=directory / "var")
        return
    with throwaway_postgres_database() as url:
        yield url


async def _versions(url: str) -> list[tuple[object, ...]]:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            rows = await connection.execute(text("SELECT version_num FROM alembic_version"))
            return [tuple(row) for row in rows]
    finally:
        await engine.dispose()


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_processes_starting_together_migrate_a_new_database_once(
    backend: str, tmp_path: Path
) -> None:
    # Every process imports first and says so, then all migrate when the test says go.
    script = textwrap.dedent(
        """
        import pathlib, sys, time
        from service.migrations import upgrade

        url, barrier, name = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
        (barrier / name).touch()
        while not (barrier / "go").exists():
            time.sleep(0.005)
        upgrade(url)
        """
    )
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    with _new_database(backend, tmp_path) as url:
        processes = [
            subprocess.Popen(
                [sys.executable, "-c", script, url, str(barrier), f"ready-{index}"],
                cwd=REPO_ROOT,
                stderr=subprocess.PIPE,
            )
            for index in range(4)
        ]
        deadline = time.monotonic() + 60
        while len(list(barrier.glob("ready-*"))) < 4 and time.monotonic() < deadline:
            time.sleep(0.01)
        (barrier / "go").touch()
        errors = [process.communicate(timeout=60)[1] for process in processes]
        versions = asyncio.run(_versions(url))
    assert [process.returncode for process in processes] == [0, 0, 0, 0], errors
    assert versions == [(HEAD,)]


def test_a_sqlite_migration_is_committed_before_the_next_process_may_read_the_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a process waiting on the lock reads the moment it is free, from its own connection.
    import fcntl
    import sqlite3

    (tmp_path / "var").mkdir()
    url = database_url(data_dir=tmp_path / "var")
    seen_at_unlock: list[list[tuple[str]]] = []
    flock = fcntl.flock

    def flock_watching(file: object, operation: int) -> None:
        if operation == fcntl.LOCK_UN:
            with sqlite3.connect(tmp_path / "var" / "credlens.db") as other:
                has_version = other.execute(
                    "SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'"
                ).fetchall()
                versions = (
                    other.execute("SELECT version_num FROM alembic_version").fetchall()
                    if has_version
                    else []
                )
                seen_at_unlock.append(versions)
        flock(file, operation)  # type: ignore[arg-type]

    monkeypatch.setattr(fcntl, "flock", flock_watching)
    upgrade(url)
    assert seen_at_unlock == [[(HEAD,)]]


#: An install from before workspaces: a user, a key, a verification with its résumé.
_OLD_ROWS = [
    "INSERT INTO users (email, password_hash, created_at) "
    "VALUES ('recruiter@example.com', 'scrypt$x', '2026-01-01 00:00:00+00:00')",
    "INSERT INTO api_keys (name, prefix, key_hash, created_at) "
    "VALUES ('greenhouse', 'cl_abc', 'hash-of-the-key', '2026-01-01 00:00:00+00:00')",
    "INSERT INTO verifications (id, status, created_at, updated_at, origin, user_id, api_key_id,"
    " links, progress) VALUES ('v-1', 'done', '2026-01-02 00:00:00+00:00',"
    " '2026-01-02 00:00:00+00:00', 'web', 1, 1, '[]', '{}')",
    "INSERT INTO uploaded_files (id, verification_id, media_type, suffix, size, sha256,"
    " ciphertext, created_at) VALUES ('f-1', 'v-1', 'application/pdf', '.pdf', 3, 'abc',"
    " :blob, '2026-01-02 00:00:00+00:00')",
]


async def _run(url: str, statements: list[str]) -> list[list[tuple[object, ...]]]:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            results = []
            for statement in statements:
                result = await connection.execute(text(statement), {"blob": b"\x00\x01\x02"})
                results.append([tuple(row) for row in result] if result.returns_rows else [])
            return results
    finally:
        await engine.dispose()


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_an_existing_install_moves_into_the_default_workspace(backend: str, tmp_path: Path) -> None:
    with _new_database(backend, tmp_path) as url:
        upgrade(url, "0007")
        asyncio.run(_run(url, _OLD_ROWS))

        upgrade(url)

        workspaces, users, keys, verifications, files = asyncio.run(
            _run(
                url,
                [
                    "SELECT id, name FROM workspaces",
                    "SELECT workspace_id, role FROM users",
                    "SELECT workspace_id, role FROM api_keys",
                    "SELECT workspace_id, user_id, api_key_id FROM verifications",
                    "SELECT id FROM uploaded_files",
                ],
            )
        )
    [(default_id, name)] = workspaces
    assert name == "default"
    assert users == [(default_id, "admin")]
    assert keys == [(default_id, "recruiter")]
    # Moved, not recreated: nothing that refers to these rows was cascaded away.
    assert verifications == [(default_id, 1, 1)]
    assert files == [("f-1",)]


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_named_roles_arrive_empty_beside_an_existing_install_and_leave_cleanly(
    backend: str, tmp_path: Path
) -> None:
    from alembic import command

    role = (
        "INSERT INTO job_roles (workspace_id, name, name_key, ats_job_id, role, created_at,"
        " updated_at) VALUES (1, 'Cloud', 'cloud', '42', '{\"required\": [\"CKA\"]}',"
        " '2026-12-06 00:00:00+00:00', '2026-12-06 00:00:00+00:00')"
    )
    with _new_database(backend, tmp_path) as url:
        upgrade(url, "0007")
        asyncio.run(_run(url, _OLD_ROWS))
        upgrade(url, "0009")

        upgrade(url, "0010")

        roles, verifications = asyncio.run(
            _run(url, ["SELECT count(*) FROM job_roles", "SELECT id FROM verifications"])
        )
        assert roles == [(0,)] and verifications == [("v-1",)]
        asyncio.run(_run(url, [role]))
        # One name (and one job id) per workspace, as the repository relies on.
        with pytest.raises(Exception, match=r"(?i)unique"):
            asyncio.run(_run(url, [role]))
        command.downgrade(alembic_config(url), "0009")
        assert asyncio.run(_versions(url)) == [("0009",)]
        assert asyncio.run(_run(url, ["SELECT id FROM verifications"])) == [[("v-1",)]]
        upgrade(url)
        assert asyncio.run(_run(url, ["SELECT count(*) FROM job_roles"])) == [[(0,)]]
