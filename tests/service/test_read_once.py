"""A résumé is read once, by its job, in the sandbox of whichever process runs it; the upload is
only opened, so that a clearly bad file is still refused at once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import extractors
from extractors import Candidate
from service import audit, verifications
from service.app import create_app
from service.runtime import Runtime
from service.sandbox import RecentExtractions, Sandbox, recent_extractions, sandbox_in_use
from service.settings import Settings
from service.storage import (
    UploadRepository,
    VerificationRecord,
    VerificationRepository,
    VerificationStatus,
)
from service.verifications import VerificationRequest
from testkit.factories import WORKSPACE
from tests.extractors.documents import flate_bomb_pdf, pdf
from tests.service.conftest import RESUME, settings_for

#: Bytes of their own: the reading stored with them is not what reading them finds.
EARLIER_RESUME = RESUME + b"Stored by an earlier version\n"
BETH_PDF = pdf("<h1>Beth Kowalczyk</h1><p>Robotics engineer at Example Robotics</p>")


@asynccontextmanager
async def submitted(
    tmp_path: Path, data: bytes, filename: str, settings: Settings | None = None
) -> AsyncIterator[tuple[Runtime, VerificationRecord]]:
    """An app with no workers (a web process beside worker processes), and a résumé
    submitted to it through the API's path."""
    app = create_app(settings or settings_for(tmp_path, workers=0))
    async with app.router.lifespan_context(app):
        runtime: Runtime = app.state.runtime
        record = await verifications.submit(
            runtime=runtime,
            request=VerificationRequest(filename=filename, data=data),
            origin="api",
            workspace_id=WORKSPACE,
            actor=audit.Actor.cli(),
        )
        yield runtime, record


async def finished(runtime: Runtime, record: VerificationRecord) -> VerificationRecord:
    async with runtime.sessions() as session:
        done = await VerificationRepository(session).get(record.id, workspace_id=WORKSPACE)
    assert done is not None
    return done


async def test_the_upload_is_opened_not_read_and_its_job_reads_it(tmp_path: Path) -> None:
    recent_extractions.clear()
    async with submitted(tmp_path, BETH_PDF, "beth.pdf") as (runtime, record):
        key = RecentExtractions.key(BETH_PDF, "resume.pdf", runtime.settings.max_pages)
        assert recent_extractions.get(key) is None, "the upload was read where it arrived"
        async with runtime.sessions() as session:
            upload = await UploadRepository(session, runtime.cipher).read(record.id)
        assert upload is not None and upload.extraction is None

        # As in a worker process: its own sandbox, one reader.
        with sandbox_in_use(Sandbox(workers=1)):
            await verifications.execute(runtime=runtime, verification_id=record.id)

        done = await finished(runtime, record)
        assert done.status == VerificationStatus.DONE, done.error
        assert done.report is not None
        assert done.report["candidate"]["name"] == "Beth Kowalczyk"
        assert recent_extractions.get(key) is not None, "the job read the résumé"


async def test_an_upload_stored_with_its_reading_by_an_earlier_version_starts_from_it(
    tmp_path: Path,
) -> None:
    app = create_app(settings_for(tmp_path, workers=0))
    async with app.router.lifespan_context(app):
        runtime: Runtime = app.state.runtime
        read = extractors.extract(EARLIER_RESUME, "beth.txt")
        reading = read.model_copy(update={"candidate": Candidate(name="Read On Arrival")})
        async with runtime.sessions() as session, session.begin():
            record = await VerificationRepository(session).create(
                workspace_id=WORKSPACE, origin="api"
            )
            await UploadRepository(session, runtime.cipher).add(
                verification_id=record.id,
                data=EARLIER_RESUME,
                media_type="text/plain",
                suffix=".txt",
                extraction=reading.model_dump_json().encode(),
            )
        recent_extractions.clear()
        no_reader = Sandbox(workers=1)
        no_reader.close()
        with sandbox_in_use(no_reader):
            await verifications.execute(runtime=runtime, verification_id=record.id)

        done = await finished(runtime, record)
        assert done.status == VerificationStatus.DONE, done.error
        assert done.report is not None
        assert done.report["candidate"]["name"] == "Read On Arrival"
    # The job kept that reading in memory for these bytes: no other test may be answered by it.
    recent_extractions.clear()


async def test_what_only_the_full_read_finds_fails_the_job_with_a_clear_sentence(
    tmp_path: Path,
) -> None:
    # 300 MiB out of 300 KB: far past the limit however much memory the reader has to spare.
    settings = Settings(
        data_dir=tmp_path / "var", max_upload_bytes=2**20, parse_memory_mb=64, workers=0
    )
    async with submitted(tmp_path, flate_bomb_pdf(300), "inflated.pdf", settings) as (
        runtime,
        record,
    ):
        await verifications.execute(runtime=runtime, verification_id=record.id)

        failed = await finished(runtime, record)
        assert failed.status == VerificationStatus.FAILED
        # The sentence the upload would have been refused with, had opening it found this.
        assert failed.error == "The file needs more than 64 MiB to read"


async def test_a_process_that_runs_jobs_reads_the_upload_on_arrival(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, workers=2)
    async with submitted(tmp_path, BETH_PDF, "beth.pdf", settings) as (runtime, record):
        async with runtime.sessions() as session:
            upload = await UploadRepository(session, runtime.cipher).read(record.id)
        assert upload is not None and upload.extraction is not None
        assert b"Beth Kowalczyk" in upload.extraction


async def test_the_upload_is_stored_encrypted(tmp_path: Path) -> None:
    async with submitted(tmp_path, RESUME, "beth.txt") as (_, record):
        pass
    # The database with its write-ahead log, if one is left.
    database = b"".join(path.read_bytes() for path in (tmp_path / "var").glob("credlens.db*"))
    assert record.id.encode() in database
    assert b"Beth Kowalczyk" not in database
    assert b"Kowalczyk" not in database
