"""A stored verification's résumé, fetched or decrypted, and the pipeline run over it: the
first check (``verify`` jobs) and every re-check (``reverify``) start here."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from pathlib import PurePath

import httpx
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

import reports
import verifiers
from extractors import Extraction, ExtractionError, Role
from service import pipeline
from service.jobs.port import TransientJobError
from service.runtime import Runtime
from service.sandbox import remember_extraction
from service.storage import (
    StoredUpload,
    UploadRepository,
    VerificationRecord,
    VerificationRepository,
)


class TransientError(TransientJobError):
    """A failure worth retrying later: the résumé URL or the database was unavailable."""


async def start_stored(
    runtime: Runtime, session: AsyncSession, verification_id: str
) -> tuple[VerificationRecord, StoredUpload | None] | None:
    """Mark the verification running for its job and read its uploaded résumé (None when it
    names a URL instead, or has no file), each statement standing alone and safe to repeat
    (on PostgreSQL, one statement); None when there is nothing to run."""
    started = await VerificationRepository(session).start_with_upload(verification_id)
    if started is None:
        return None
    record, file = started
    if record.resume_url or file is None:
        return record, None
    return record, UploadRepository(session, runtime.cipher).opened(file)


async def resume_of(
    runtime: Runtime, record: VerificationRecord, upload: StoredUpload | None = None
) -> tuple[bytes, str]:
    """The résumé's bytes and a file name: ``upload`` if the caller read it already (see
    ``start_stored``), else fetched from its URL or read from the database."""
    if record.resume_url:
        try:
            fetched = await verifiers.fetch(
                runtime.http, record.resume_url, accept="application/pdf, */*;q=0.5"
            )
        except verifiers.FetchError as error:
            if error.transient:
                raise TransientError(f"résumé URL unavailable: {error.reason}") from None
            raise ExtractionError(f"The résumé URL cannot be fetched: {error.reason}") from None
        if verifiers.is_transient_status(fetched.status_code):
            raise TransientError(f"résumé URL answered HTTP {fetched.status_code}")
        if fetched.status_code != 200:
            raise ExtractionError(f"The résumé URL answered HTTP {fetched.status_code}.")
        name = PurePath(httpx.URL(fetched.url).path).name or "resume"
        return fetched.body, name
    if upload is None:
        async with runtime.sessions() as session:
            upload = await UploadRepository(session, runtime.cipher).read(record.id)
    if upload is None:
        raise ExtractionError("The résumé file is missing.")
    filename = f"resume{upload.suffix}"
    if upload.extraction is not None:
        # Read on arrival by a process that runs jobs (or by an earlier version): not again.
        with contextlib.suppress(ValidationError):  # of another shape: read again
            remember_extraction(
                upload.data,
                filename,
                max_pages=runtime.settings.max_pages,
                extraction=Extraction.model_validate_json(upload.extraction),
            )
    return upload.data, filename


async def run_stored(
    runtime: Runtime,
    record: VerificationRecord,
    *,
    role: Role | None,
    on_extracted: pipeline.ExtractedCallback | None = None,
    on_progress: pipeline.ProgressCallback | None = None,
    attached: Mapping[str, str] | None = None,
    upload: StoredUpload | None = None,
) -> reports.Report:
    """The pipeline over a stored verification: its résumé (``upload``, if the caller read it
    already), links and candidate's e-mail."""
    data, filename = await resume_of(runtime, record, upload)
    return await pipeline.run(
        data=data,
        filename=filename,
        links=record.links,
        emails=[record.candidate_email] if record.candidate_email else [],
        client=runtime.http,
        settings=runtime.settings,
        chain=runtime.chain,
        on_extracted=on_extracted,
        on_progress=on_progress,
        role=role,
        attached=attached,
    )
