"""A résumé is read once: on arrival, in the sandbox; its job starts from that reading."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from service import audit, verifications
from service.app import create_app
from service.runtime import Runtime
from service.sandbox import Sandbox, recent_extractions, sandbox_in_use
from service.storage import (
    UploadRepository,
    VerificationRecord,
    VerificationRepository,
    VerificationStatus,
)
from service.verifications import VerificationRequest
from testkit.factories import WORKSPACE
from tests.service.conftest import RESUME, settings_for


@asynccontextmanager
async def submitted(tmp_path: Path) -> AsyncIterator[tuple[Runtime, VerificationRecord]]:
    """An app with no workers, and Beth's résumé submitted to it through the API's path."""
    app = create_app(settings_for(tmp_path, workers=0))
    async with app.router.lifespan_context(app):
        runtime: Runtime = app.state.runtime
        record = await verifications.submit(
            runtime=runtime,
            request=VerificationRequest(filename="beth.txt", data=RESUME),
            origin="api",
            workspace_id=WORKSPACE,
            actor=audit.Actor.cli(),
        )
        yield runtime, record


async def test_the_job_starts_from_the_reading_made_on_arrival(tmp_path: Path) -> None:
    async with submitted(tmp_path) as (runtime, record):
        async with runtime.sessions() as session:
            upload = await UploadRepository(session, runtime.cipher).read(record.id)
        assert upload is not None and upload.extraction is not None
        assert b"Beth Kowalczyk" in upload.extraction

        # As in a worker process: nothing read here before, and no reader to read with.
        recent_extractions.clear()
        no_reader = Sandbox(workers=1)
        no_reader.close()
        with sandbox_in_use(no_reader):
            await verifications.execute(runtime=runtime, verification_id=record.id)

        async with runtime.sessions() as session:
            done = await VerificationRepository(session).get(record.id, workspace_id=WORKSPACE)
        assert done is not None
        assert done.status == VerificationStatus.DONE, done.error
        assert done.report is not None
        assert done.report["candidate"]["name"] == "Beth Kowalczyk"


async def test_the_reading_is_stored_encrypted(tmp_path: Path) -> None:
    async with submitted(tmp_path) as (_, record):
        pass
    # The database with its write-ahead log, if one is left.
    database = b"".join(path.read_bytes() for path in (tmp_path / "var").glob("credlens.db*"))
    assert record.id.encode() in database
    assert b"Beth Kowalczyk" not in database
    assert b"Kowalczyk" not in database
