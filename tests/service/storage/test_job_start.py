"""A job's start, ``VerificationRepository.start_with_upload``, on real SQLite and
PostgreSQL: the verification marked running and returned with its first stored file, as
``start`` and ``UploadRepository.read`` give them; nothing for one that ended or is not
there; on PostgreSQL one statement, standing alone."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service.crypto import FileCipher
from service.storage import (
    UploadRepository,
    VerificationRepository,
    VerificationStatus,
    statement_session,
)
from testkit.factories import WORKSPACE

Sessions = async_sessionmaker[AsyncSession]
CIPHER = FileCipher("a service secret")
FIRST, SECOND = b"%PDF-1.7 the first upload", b"%PDF-1.7 a later one"


async def test_a_job_starts_with_its_first_file_and_never_an_ended_verification(
    sessions: Sessions,
) -> None:
    async with sessions() as session, session.begin():
        repository = VerificationRepository(session)
        uploads = UploadRepository(session, CIPHER)
        with_files, running, no_file, done, failed = [
            (await repository.create(workspace_id=WORKSPACE, origin="api")).id for _ in range(5)
        ]
        by_url = (
            await repository.create(
                workspace_id=WORKSPACE, origin="api", resume_url="https://ats.example/r.pdf"
            )
        ).id
        for data, suffix in ((FIRST, ".pdf"), (SECOND, ".docx")):
            await uploads.add(
                verification_id=with_files, data=data, media_type="application/pdf", suffix=suffix
            )
        await uploads.add(
            verification_id=running, data=SECOND, media_type="application/pdf", suffix=".pdf"
        )
        await repository.start(running)
        await repository.finish(done, report={"claims": []})
        await repository.fail(failed, error="unreadable")

    statements: list[str] = []

    def counted(_connection: Any, _cursor: Any, text: str, *_: Any) -> None:
        statements.append(text.split()[0])

    names = (with_files, running, no_file, by_url, done, failed, "none")
    async with statement_session(sessions) as session:
        engine = session.bind
        assert engine is not None
        event.listen(engine.sync_engine, "before_cursor_execute", counted)
        try:
            repository = VerificationRepository(session)
            started = []
            for name in names:
                statements.clear()
                started.append(await repository.start_with_upload(name))
                if engine.dialect.name == "postgresql":
                    # Marked running and read with its file: one statement, no BEGIN/COMMIT.
                    assert statements == ["WITH"], name
        finally:
            event.remove(engine.sync_engine, "before_cursor_execute", counted)
        opened = [
            None
            if start is None or start[1] is None
            else UploadRepository(session, CIPHER).opened(start[1])
            for start in started
        ]
    async with sessions() as session:
        stored = [
            await VerificationRepository(session).get(name, workspace_id=WORKSPACE)
            for name in names[:-1]
        ]

    assert [start and (start[0].id, start[0].status) for start in started] == [
        (with_files, VerificationStatus.RUNNING),
        (running, VerificationStatus.RUNNING),
        (no_file, VerificationStatus.RUNNING),
        (by_url, VerificationStatus.RUNNING),
        None,
        None,
        None,
    ]
    assert started[3] is not None and started[3][0].resume_url == "https://ats.example/r.pdf"
    assert [upload and (upload.data, upload.suffix) for upload in opened] == [
        (FIRST, ".pdf"),
        (SECOND, ".pdf"),
        None,
        None,
        None,
        None,
        None,
    ]
    assert [record and record.status for record in stored] == [
        VerificationStatus.RUNNING,
        VerificationStatus.RUNNING,
        VerificationStatus.RUNNING,
        VerificationStatus.RUNNING,
        VerificationStatus.DONE,
        VerificationStatus.FAILED,
    ]


async def test_a_started_verification_s_fields_are_those_stored(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        record = await VerificationRepository(session).create(
            workspace_id=WORKSPACE,
            origin="api",
            candidate_email="grace@example.org",
            links=["https://www.credly.com/badges/1"],
            callback_url="https://ats.example.com/hook",
        )
        await VerificationRepository(session).set_progress(record.id, {"c1": {"state": "done"}})
        verification_id = record.id
    async with sessions() as session, session.begin():
        # A retried job: its earlier run's progress comes back with it.
        await VerificationRepository(session).start(verification_id)
        await VerificationRepository(session).set_progress(
            verification_id, {"c1": {"state": "done"}}
        )
    async with statement_session(sessions) as session:
        started = await VerificationRepository(session).start_with_upload(verification_id)
    assert started is not None
    record, file = started
    assert file is None
    assert (record.status, record.error, record.workspace_id) == (
        VerificationStatus.RUNNING,
        None,
        WORKSPACE,
    )
    assert record.links == ["https://www.credly.com/badges/1"]
    assert record.candidate_email == "grace@example.org"
    assert record.callback_url == "https://ats.example.com/hook"
    assert record.progress == {"c1": {"state": "done"}}
    assert record.updated_at.tzinfo is not None and record.updated_at >= record.created_at
