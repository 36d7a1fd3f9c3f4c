"""Engines: SQLite's one connection per process, handed from one session to the next;
PostgreSQL's pool, which keeps what a burst of sessions opened; sessions whose statements
each stand alone."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service.storage import VerificationRepository, statement_session
from service.storage.engine import create_engine, create_session_factory
from testkit.factories import WORKSPACE


async def test_concurrent_sqlite_writers_take_turns_in_order_on_one_connection(
    tmp_path: Path,
) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'credlens.db'}")
    sessions = create_session_factory(engine)
    try:
        async with sessions() as session, session.begin():
            await session.execute(text("CREATE TABLE marks (writer INTEGER, step INTEGER)"))
        order: list[tuple[int, int]] = []

        async def write(writer: int) -> None:
            async with sessions() as session, session.begin():
                for step in range(3):
                    await session.execute(
                        text("INSERT INTO marks VALUES (:writer, :step)"),
                        {"writer": writer, "step": step},
                    )
                    order.append((writer, step))
                    await asyncio.sleep(0)

        await asyncio.gather(*(write(writer) for writer in range(4)))
        connections = {engine.pool.checkedin(), engine.pool.size()}
    finally:
        await engine.dispose()
    # Each transaction ran whole, in the order the writers came: the connection went to the
    # next in line when it was returned (with a pool of connections a writer that found the
    # lock taken slept in SQLite's busy handler while later ones went ahead).
    assert [writer for writer, _ in order] == sorted(writer for writer, _ in order)
    assert connections == {1}


@pytest.mark.postgres
async def test_a_burst_of_sessions_on_postgresql_reuses_the_connections_it_opened(
    postgres_url: str,
) -> None:
    engine = create_engine(postgres_url)
    sessions = create_session_factory(engine)
    opened: list[object] = []
    event.listen(engine.sync_engine, "connect", lambda connection, _: opened.append(connection))

    async def request() -> None:
        async with sessions() as session, session.begin():
            await session.execute(text("SELECT pg_sleep(0.05)"))

    try:
        for _ in range(3):  # eight at once, three times, like eight uploads in a row
            await asyncio.gather(*(request() for _ in range(8)))
    finally:
        await engine.dispose()

    assert len(opened) == 8


class _Stop(Exception):
    """Ends a session's block with an error, as a failed request would."""


async def test_a_statement_session_s_writes_stand_alone_and_the_connection_goes_back_as_it_was(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    with pytest.raises(_Stop):
        async with statement_session(sessions) as session:
            kept = await VerificationRepository(session).create(
                workspace_id=WORKSPACE, origin="api"
            )
            raise _Stop  # nothing to roll back: the INSERT was its own transaction
    with pytest.raises(_Stop):
        async with sessions() as session, session.begin():
            undone = await VerificationRepository(session).create(
                workspace_id=WORKSPACE, origin="api"
            )
            raise _Stop  # the pool's connection is transactional again: this is undone

    async with sessions() as session:
        repository = VerificationRepository(session)
        assert await repository.get(kept.id, workspace_id=WORKSPACE) is not None
        assert await repository.get(undone.id, workspace_id=WORKSPACE) is None
