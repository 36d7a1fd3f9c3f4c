"""A job's progress writes, coalesced: every entry written, each caller back only once its
entry is, in fewer transactions than entries (real SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service.progress import ProgressWriter
from service.storage import VerificationRepository
from testkit.factories import WORKSPACE

Sessions = async_sessionmaker[AsyncSession]


async def new_verification(sessions: Sessions) -> str:
    async with sessions() as session, session.begin():
        record = await VerificationRepository(session).create(workspace_id=WORKSPACE, origin="api")
        return record.id


async def stored_progress(sessions: Sessions, verification_id: str) -> dict[str, Any]:
    async with sessions() as session:
        record = await VerificationRepository(session).get(verification_id, workspace_id=WORKSPACE)
    assert record is not None
    return dict(record.progress)


def writer_for(sessions: Sessions, verification_id: str) -> ProgressWriter:
    async def write(entries: dict[str, dict[str, Any]]) -> None:
        async with sessions() as session, session.begin():
            await VerificationRepository(session).record_progress_of(verification_id, entries)

    return ProgressWriter(write)


async def test_claims_ending_together_are_written_together_each_before_its_caller_returns(
    sessions: Sessions,
) -> None:
    verification_id = await new_verification(sessions)
    writer = writer_for(sessions, verification_id)
    await writer.add({f"c{n}": {"state": "checking"} for n in range(12)})
    seen_on_return: dict[str, dict[str, Any]] = {}

    async def claim_ends(number: int, after: float) -> None:
        await asyncio.sleep(after)
        await writer.add({f"c{number}": {"state": "done", "verdict": "verified"}})
        seen_on_return[f"c{number}"] = (await stored_progress(sessions, verification_id))[
            f"c{number}"
        ]

    # Six end in one turn of the event loop, six others spread over a few writes' time.
    await asyncio.gather(
        *(claim_ends(n, 0) for n in range(6)), *(claim_ends(n, 0.002 * n) for n in range(6, 12))
    )

    done = {"state": "done", "verdict": "verified"}
    assert seen_on_return == {f"c{n}": done for n in range(12)}
    assert await stored_progress(sessions, verification_id) == {f"c{n}": done for n in range(12)}
    assert writer.writes < 1 + 12  # the first write, then fewer than one per claim
    assert writer.writes <= 1 + 1 + 6  # the six that ended together went in one write


async def test_a_later_entry_for_a_claim_replaces_the_earlier(sessions: Sessions) -> None:
    verification_id = await new_verification(sessions)
    writer = writer_for(sessions, verification_id)

    await asyncio.gather(
        writer.add({"c1": {"state": "checking"}, "c2": {"state": "checking"}}),
        writer.add({"c1": {"state": "done", "verdict": "unverified"}}),
    )
    await writer.add({"c1": {"state": "done", "verdict": "verified"}})

    assert await stored_progress(sessions, verification_id) == {
        "c1": {"state": "done", "verdict": "verified"},
        "c2": {"state": "checking"},
    }


async def test_a_failed_write_fails_every_caller_whose_entry_it_carried() -> None:
    calls: list[dict[str, Any]] = []

    async def write(entries: dict[str, dict[str, Any]]) -> None:
        calls.append(entries)
        await asyncio.sleep(0.01)
        if len(calls) == 2:
            raise ConnectionError("the database went away")

    writer = ProgressWriter(write)
    first = asyncio.ensure_future(writer.add({"c0": {}}))
    await asyncio.sleep(0)  # c0's write is under way: the next three wait for it, together
    results = await asyncio.gather(
        *(writer.add({f"c{n}": {}}) for n in range(1, 4)), return_exceptions=True
    )
    await first
    await writer.add({"c4": {}})  # the writer goes on after a failure

    assert [set(call) for call in calls] == [{"c0"}, {"c1", "c2", "c3"}, {"c4"}]
    assert all(isinstance(result, ConnectionError) for result in results)


@pytest.mark.parametrize("claims", [1, 5])
async def test_one_claim_at_a_time_is_one_write_each(sessions: Sessions, claims: int) -> None:
    verification_id = await new_verification(sessions)
    writer = writer_for(sessions, verification_id)

    for number in range(claims):
        await writer.add({f"c{number}": {"state": "done"}})

    assert writer.writes == claims
    assert len(await stored_progress(sessions, verification_id)) == claims
