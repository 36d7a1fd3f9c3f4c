"""Retention: verifications past their time are erased with everything attached, and nothing
newer; the running service purges on its own, and the CLI on demand."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from typer.testing import CliRunner

from service.app import create_app
from service.cli import app as cli
from service.crypto import FileCipher
from service.jobs import JobRepository
from service.retention import PURGE_BATCH_SIZE, purge_expired
from service.runtime import Runtime, open_runtime
from service.storage import (
    EvidenceRecord,
    EvidenceRepository,
    IdempotencyKey,
    IdempotencyRepository,
    InboundWebhook,
    InboundWebhookRepository,
    Job,
    UploadedFile,
    UploadRepository,
    VerificationRecord,
    VerificationRepository,
    WebhookDelivery,
    WebhookDeliveryRepository,
)
from service.storage.models import utcnow
from testkit.factories import WORKSPACE
from tests.service.conftest import settings_for
from verifiers import Evidence

Sessions = async_sessionmaker[AsyncSession]
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


async def _verification_with_everything(
    sessions: Sessions, *, created_at: datetime, label: str
) -> str:
    async with sessions() as session, session.begin():
        record = await VerificationRepository(session).create(
            workspace_id=WORKSPACE, origin="webhook", candidate_email=f"{label}@example.org"
        )
        record.created_at = created_at
        await UploadRepository(session, FileCipher("secret")).add(
            verification_id=record.id,
            data=f"résumé of {label}".encode(),
            media_type="text/plain",
            suffix=".txt",
        )
        await EvidenceRepository(session).add_many(
            verification_id=record.id,
            claim_key="claim-0",
            evidence=[
                Evidence(
                    url="https://issuer.example/a",
                    status_code=200,
                    fetched_at=created_at,
                    sha256="c" * 64,
                )
            ],
        )
        await WebhookDeliveryRepository(session).create(
            verification_id=record.id,
            url="https://ats.example/hook",
            event_type="verification.completed",
            payload_summary={"id": record.id},
        )
        await IdempotencyRepository(session).remember(
            scope="key:1", key=label, request_hash="0" * 64, verification_id=record.id
        )
        inbound = InboundWebhookRepository(session)
        remembered = await inbound.remember_many([("ats", f"msg_{label}")])
        await inbound.link({remembered["ats", f"msg_{label}"]: record.id})
        await JobRepository(session).enqueue(kind="verify", target_id=record.id, max_attempts=3)
        return record.id


async def _count(session: AsyncSession, model: type[object], verification_id: str) -> int:
    column = Job.target_id if model is Job else model.verification_id  # type: ignore[attr-defined]
    return int(await session.scalar(select(func.count()).where(column == verification_id)) or 0)


async def test_purge_erases_old_verifications_and_keeps_new_ones(sessions: Sessions) -> None:
    old = await _verification_with_everything(
        sessions, created_at=NOW - timedelta(days=40), label="old"
    )
    new = await _verification_with_everything(
        sessions, created_at=NOW - timedelta(days=5), label="new"
    )

    result = await purge_expired(sessions, retention_days=30, now=NOW)

    assert result.verifications == 1
    attached = (UploadedFile, EvidenceRecord, WebhookDelivery, IdempotencyKey, Job)
    async with sessions() as session:
        assert await session.get(VerificationRecord, old) is None
        for model in attached:
            assert await _count(session, model, old) == 0, model.__name__
        assert await session.get(VerificationRecord, new) is not None
        for model in attached:
            assert await _count(session, model, new) == 1, model.__name__
        # The replay guard outlives nothing it should: the old id is unlinked, not kept pointing.
        assert await _count(session, InboundWebhook, old) == 0
        upload = await UploadRepository(session, FileCipher("secret")).read(new)
        assert upload is not None
        assert upload.data == "résumé of new".encode()


async def test_purge_works_through_large_backlogs_in_batches(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        repository = VerificationRepository(session)
        for _ in range(PURGE_BATCH_SIZE + 5):
            record = await repository.create(workspace_id=WORKSPACE, origin="api")
            record.created_at = NOW - timedelta(days=400)
    result = await purge_expired(sessions, retention_days=365, now=NOW)
    assert result.verifications == PURGE_BATCH_SIZE + 5
    async with sessions() as session:
        assert await session.scalar(select(func.count()).select_from(VerificationRecord)) == 0


async def test_negative_retention_is_refused(sessions: Sessions) -> None:
    with pytest.raises(ValueError, match="negative"):
        await purge_expired(sessions, retention_days=-1)


async def make_verification(runtime: Runtime, *, age_days: int) -> str:
    async with runtime.sessions() as session, session.begin():
        record = await VerificationRepository(session).create(workspace_id=WORKSPACE, origin="api")
        await session.execute(
            update(VerificationRecord)
            .where(VerificationRecord.id == record.id)
            .values(created_at=utcnow() - timedelta(days=age_days))
        )
        return record.id


async def exists(runtime: Runtime, verification_id: str) -> bool:
    async with runtime.sessions() as session:
        return (
            await VerificationRepository(session).get(verification_id, workspace_id=WORKSPACE)
            is not None
        )


async def test_the_running_service_purges_what_is_past_retention(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, retention_days=30, workers=0)
    async with open_runtime(settings) as runtime:
        old = await make_verification(runtime, age_days=31)
        recent = await make_verification(runtime, age_days=29)

    app = create_app(settings)
    async with app.router.lifespan_context(app):
        runtime = app.state.runtime
        # The purge runs beside the app, at its start and hourly after.
        for _ in range(200):
            if not await exists(runtime, old):
                break
            await asyncio.sleep(0.05)
        assert not await exists(runtime, old)
        assert await exists(runtime, recent)


def test_purge_command(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)

    async def seed() -> tuple[str, str]:
        async with open_runtime(settings) as runtime:
            return (
                await make_verification(runtime, age_days=10),
                await make_verification(runtime, age_days=1),
            )

    old, recent = asyncio.run(seed())
    result = CliRunner().invoke(
        cli, ["purge", "--days", "5"], env={"CREDLENS_DATA_DIR": str(settings.data_dir)}
    )

    assert result.exit_code == 0, result.output
    assert "Purged 1 verifications" in result.stdout

    async def check() -> tuple[bool, bool]:
        async with open_runtime(settings) as runtime:
            return await exists(runtime, old), await exists(runtime, recent)

    assert asyncio.run(check()) == (False, True)
