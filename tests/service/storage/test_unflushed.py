"""Which writes commit without waiting for PostgreSQL's log flush (``service.storage.unflushed``):
a running job's progress, a job's start and the rate-limit counts, each standing alone (a
``statement_session``); the same writes inside a larger transaction, a job's end, an upload
and everything else still wait for it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, text, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service.crypto import FileCipher
from service.ratelimit import SharedRateLimiter
from service.storage import (
    UploadRepository,
    VerificationRecord,
    VerificationRepository,
    statement_session,
)
from service.storage.unflushed import commits_unflushed
from testkit.factories import WORKSPACE

Sessions = async_sessionmaker[AsyncSession]
CIPHER = FileCipher("a service secret")


@contextmanager
def sent(sessions: Sessions) -> Iterator[list[str]]:
    """The statements sent while the block runs."""
    statements: list[str] = []
    engine = sessions.kw["bind"]

    def note(_connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", note)
    try:
        yield statements
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", note)


def relaxed(statements: list[str]) -> list[bool]:
    return ["set_config" in statement for statement in statements]


async def _queued(sessions: Sessions) -> str:
    async with sessions() as session, session.begin():
        record = await VerificationRepository(session).create(workspace_id=WORKSPACE, origin="api")
        await UploadRepository(session, CIPHER).add(
            verification_id=record.id,
            data=b"%PDF-1.7 r",
            media_type="application/pdf",
            suffix=".pdf",
        )
        return record.id


@pytest.mark.postgres
async def test_the_condition_relaxes_its_own_transaction_s_commit_only(postgres_url: str) -> None:
    from service.storage import create_engine, create_session_factory
    from tests.service.databases import empty_postgres_tables

    empty_postgres_tables(postgres_url)
    engine = create_engine(postgres_url)
    sessions = create_session_factory(engine)
    try:
        verification_id = await _queued(sessions)
        async with sessions() as session, session.begin():
            setting = text("SELECT current_setting('synchronous_commit')")
            assert await session.scalar(setting) == "on"
            await session.execute(
                update(VerificationRecord)
                .where(VerificationRecord.id == verification_id, commits_unflushed())
                .values(progress={})
            )
            assert await session.scalar(setting) == "off"
        async with sessions() as session:
            assert await session.scalar(setting) == "on"
    finally:
        await engine.dispose()


async def test_a_job_s_start_and_progress_standing_alone_commit_unflushed(
    sessions: Sessions,
) -> None:
    verification_id = await _queued(sessions)
    postgresql = sessions.kw["bind"].dialect.name == "postgresql"
    with sent(sessions) as statements:
        async with statement_session(sessions) as session:
            repository = VerificationRepository(session)
            assert await repository.start_with_upload(verification_id) is not None
            assert await repository.set_progress(verification_id, {"c1": {"state": "checking"}})
        # The job's end: what the user is told is done waits for the flush.
        async with statement_session(sessions) as session:
            assert await VerificationRepository(session).finish(
                verification_id, report={"claims": []}, progress={"c1": {"state": "done"}}
            )
    writes = [each for each in statements if each.lstrip().startswith(("WITH", "UPDATE"))]
    assert relaxed(writes) == ([True, True, False] if postgresql else [False, False, False])
    async with sessions() as session:
        stored = await VerificationRepository(session).get(verification_id, workspace_id=WORKSPACE)
    assert stored is not None and stored.progress == {"c1": {"state": "done"}}


async def test_the_same_writes_in_a_transaction_leave_its_commit_flushed(
    sessions: Sessions,
) -> None:
    verification_id = await _queued(sessions)
    with sent(sessions) as statements:
        async with sessions() as session, session.begin():
            repository = VerificationRepository(session)
            assert await repository.start_with_upload(verification_id) is not None
            assert await repository.set_progress(verification_id, {"c1": {"state": "checking"}})
            await SharedRateLimiter(
                name="api-key", limit=5, window=60, sessions=sessions
            ).retry_after("k", session=session)
    assert not any(relaxed(statements))


async def test_a_counted_request_commits_unflushed_and_the_limit_holds(sessions: Sessions) -> None:
    limiter = SharedRateLimiter(
        name="api-key", limit=1, window=60, sessions=sessions, clock=lambda: 1_000_000.0
    )
    with sent(sessions) as statements:
        assert await limiter.retry_after("k") is None
    assert await limiter.retry_after("k") is not None
    postgresql = sessions.kw["bind"].dialect.name == "postgresql"
    assert relaxed(statements[:1]) == [postgresql]
