"""A job's progress, written behind it: the claims do not wait, every write is the whole
progress in one statement outside a transaction, later entries are never overtaken by
earlier ones, and nothing is written once the job closed its writer (real SQLite and
PostgreSQL)."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from service.progress import ProgressWriter, job_progress
from service.storage import VerificationRecord, VerificationRepository
from testkit.factories import WORKSPACE

Sessions = async_sessionmaker[AsyncSession]


async def running_verification(sessions: Sessions) -> VerificationRecord:
    async with sessions() as session, session.begin():
        repository = VerificationRepository(session)
        record = await repository.create(workspace_id=WORKSPACE, origin="api")
        started = await repository.start(record.id)
    assert started is not None
    return started


async def stored_progress(sessions: Sessions, verification_id: str) -> dict[str, Any]:
    async with sessions() as session:
        record = await VerificationRepository(session).get(verification_id, workspace_id=WORKSPACE)
    assert record is not None
    return dict(record.progress)


async def until_stored(
    sessions: Sessions, verification_id: str, expected: dict[str, Any]
) -> dict[str, Any]:
    """The stored progress once it is ``expected``, or as it is after a second."""
    for _ in range(100):
        progress = await stored_progress(sessions, verification_id)
        if progress == expected:
            break
        await asyncio.sleep(0.01)
    return progress


async def test_the_claims_go_on_while_their_entries_are_written_whole_and_in_order(
    sessions: Sessions,
) -> None:
    record = await running_verification(sessions)
    writer = job_progress(sessions, record.id, record.progress)

    writer.note({f"c{n}": {"state": "checking"} for n in range(12)})
    assert writer.writes == 0  # noted, not waited for
    for n in range(12):
        writer.note({f"c{n}": {"state": "done", "verdict": "verified"}})
        await asyncio.sleep(0.002 * (n % 3))

    done = {f"c{n}": {"state": "done", "verdict": "verified"} for n in range(12)}
    assert await until_stored(sessions, record.id, done) == done
    assert list(await stored_progress(sessions, record.id)) == [f"c{n}" for n in range(12)]
    assert 1 <= writer.writes < 1 + 12  # entries noted during a write go in the next one
    await writer.close()


async def test_a_retried_job_keeps_the_entries_its_earlier_attempt_stored(
    sessions: Sessions,
) -> None:
    record = await running_verification(sessions)
    first = job_progress(sessions, record.id, record.progress)
    earlier = {"c1": {"state": "done", "verdict": "verified"}, "c2": {"state": "checking"}}
    first.note(earlier)
    assert await until_stored(sessions, record.id, earlier) == earlier
    await first.close()
    async with sessions() as session, session.begin():
        again = await VerificationRepository(session).start(record.id)
    assert again is not None

    second = job_progress(sessions, record.id, again.progress)
    second.note({"c2": {"state": "done", "verdict": "expired"}})

    expected = {
        "c1": {"state": "done", "verdict": "verified"},
        "c2": {"state": "done", "verdict": "expired"},
    }
    assert await until_stored(sessions, record.id, expected) == expected
    await second.close()


async def test_a_progress_write_is_one_statement_outside_a_transaction(
    sessions: Sessions, engine: AsyncEngine
) -> None:
    record = await running_verification(sessions)
    writer = job_progress(sessions, record.id, record.progress)
    sent: list[tuple[str, str | None]] = []

    def statement(connection: Any, _cursor: Any, text: str, *_: Any) -> None:
        sent.append((text.split()[0], connection.get_execution_options().get("isolation_level")))

    event.listen(engine.sync_engine, "before_cursor_execute", statement)
    try:
        writer.note({"c1": {"state": "checking"}})
        await until_stored(sessions, record.id, {"c1": {"state": "checking"}})
        await writer.close()
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", statement)

    writes = [(verb, level) for verb, level in sent if verb != "SELECT"]  # not the test's reads
    assert writes == [("UPDATE", "AUTOCOMMIT")]
    assert await stored_progress(sessions, record.id) == {"c1": {"state": "checking"}}


async def test_nothing_is_written_once_the_verification_ended(sessions: Sessions) -> None:
    record = await running_verification(sessions)
    async with sessions() as session, session.begin():
        await VerificationRepository(session).finish(
            record.id, report={"claims": []}, progress={"c1": {"state": "done"}}
        )
    async with sessions() as session, session.begin():
        written = await VerificationRepository(session).set_progress(
            record.id, {"c1": {"state": "checking"}}
        )

    assert not written
    assert await stored_progress(sessions, record.id) == {"c1": {"state": "done"}}


async def test_close_waits_for_the_write_under_way_and_drops_what_is_not_written() -> None:
    written: list[dict[str, Any]] = []
    under_way = asyncio.Event()

    async def write(progress: dict[str, dict[str, Any]]) -> None:
        under_way.set()
        await asyncio.sleep(0.02)
        written.append(progress)

    writer = ProgressWriter(write, {"c0": {"state": "done"}})
    writer.note({"c1": {"state": "checking"}})
    await under_way.wait()
    writer.note({"c1": {"state": "done"}})  # would go in the next write
    await writer.close()
    await asyncio.sleep(0.05)

    assert written == [{"c0": {"state": "done"}, "c1": {"state": "checking"}}]


async def test_a_failed_write_is_carried_by_the_next() -> None:
    written: list[dict[str, Any]] = []

    async def write(progress: dict[str, dict[str, Any]]) -> None:
        if not written:
            written.append({})
            raise ConnectionError("the database went away")
        written.append(progress)

    writer = ProgressWriter(write, {})
    writer.note({"c1": {"state": "checking"}})
    await asyncio.sleep(0.01)  # that write failed; the job went on
    writer.note({"c2": {"state": "checking"}})
    await asyncio.sleep(0.01)
    await writer.close()

    assert written == [{}, {"c1": {"state": "checking"}, "c2": {"state": "checking"}}]
    assert writer.writes == 2
