"""A job's end, ``VerificationRepository.finish_with_evidence``, on real SQLite and
PostgreSQL: the report, its progress and its evidence, in order, as ``finish`` and
``EvidenceRepository.add_by_claim`` write them; on PostgreSQL one statement, standing alone;
nothing for a verification erased before its end."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service.storage import (
    EvidenceRecord,
    EvidenceRepository,
    VerificationRepository,
    VerificationStatus,
    statement_session,
)
from testkit.factories import WORKSPACE
from verifiers import Evidence

Sessions = async_sessionmaker[AsyncSession]
FETCHED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def item(number: int, content_type: str | None = "application/json") -> Evidence:
    return Evidence(
        url=f"https://issuer.example/{number}",
        status_code=200 if number % 2 else 404,
        fetched_at=FETCHED.replace(minute=number),
        sha256=f"{number:064d}",
        content_type=content_type,
    )


@contextlib.asynccontextmanager
async def job_end_session(sessions: Sessions) -> AsyncIterator[AsyncSession]:
    """What the job uses: each statement standing alone on PostgreSQL, a transaction on
    SQLite (where the end is two statements)."""
    async with sessions() as probe:
        dialect = probe.bind.dialect.name if probe.bind is not None else ""
    if dialect == "postgresql":
        async with statement_session(sessions) as session:
            yield session
    else:
        async with sessions() as session, session.begin():
            yield session


async def new_verification(sessions: Sessions) -> str:
    async with sessions() as session, session.begin():
        record = await VerificationRepository(session).create(workspace_id=WORKSPACE, origin="api")
        return record.id


async def test_a_job_s_end_writes_the_report_and_its_evidence_in_order(sessions: Sessions) -> None:
    verification_id = await new_verification(sessions)
    by_claim = {"c2": [item(1), item(2, None)], "c1": [], "c3": [item(3)]}
    report: dict[str, Any] = {"claims": [{"id": "c2"}, {"id": "c1"}, {"id": "c3"}]}
    progress = {
        key: {"title": key, "state": "done", "verdict": "verified"} for key in ("c2", "c1", "c3")
    }
    sent: list[tuple[str, bool]] = []

    def statement(connection: Any, _cursor: Any, text: str, *_: Any) -> None:
        autocommit = connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT"
        sent.append((text.split()[0].upper(), autocommit))

    async with job_end_session(sessions) as session:
        engine = session.bind.sync_engine  # type: ignore[union-attr]
        dialect = engine.dialect.name
        event.listen(engine, "before_cursor_execute", statement)
        try:
            finished = await VerificationRepository(session).finish_with_evidence(
                verification_id,
                report=report,
                search_text="c2 | c1 | c3",
                progress=progress,
                evidence=by_claim,
            )
        finally:
            event.remove(engine, "before_cursor_execute", statement)

    assert finished
    async with sessions() as session:
        done = await VerificationRepository(session).get(verification_id, workspace_id=WORKSPACE)
        rows = await EvidenceRepository(session).list_for(verification_id, workspace_id=WORKSPACE)
    assert done is not None and done.status == VerificationStatus.DONE
    assert done.report == report and done.progress == progress and done.error is None
    assert done.finished_at is not None and done.search_text == "c2 | c1 | c3"
    expected = [("c2", item(1)), ("c2", item(2, None)), ("c3", item(3))]
    assert [
        (row.claim_key, row.url, row.status_code, row.fetched_at, row.sha256, row.content_type)
        for row in rows
    ] == [
        (key, e.url, e.status_code, e.fetched_at, e.sha256, e.content_type) for key, e in expected
    ]
    if dialect == "postgresql":
        # One statement, its own transaction: no BEGIN, no COMMIT, nothing read first.
        assert sent == [("WITH", True)]
    else:
        verbs = [verb for verb, _ in sent]
        assert verbs[0] == "UPDATE" and set(verbs[1:]) == {"INSERT"}


async def test_a_job_s_end_without_evidence_is_the_report_alone(sessions: Sessions) -> None:
    verification_id = await new_verification(sessions)
    async with job_end_session(sessions) as session:
        assert await VerificationRepository(session).finish_with_evidence(
            verification_id, report={"claims": []}, search_text=None, progress={}, evidence={}
        )
    async with sessions() as session:
        done = await VerificationRepository(session).get(verification_id, workspace_id=WORKSPACE)
    assert done is not None and done.status == VerificationStatus.DONE
    assert done.report == {"claims": []}


async def test_a_verification_erased_before_its_job_s_end_gets_no_evidence(
    sessions: Sessions,
) -> None:
    async with job_end_session(sessions) as session:
        finished = await VerificationRepository(session).finish_with_evidence(
            "erased-meanwhile",
            report={"claims": []},
            search_text=None,
            progress={},
            evidence={"c1": [item(1)]},
        )
    assert not finished
    async with sessions() as session:
        left = (await session.scalars(select(EvidenceRecord))).all()
    assert left == []
