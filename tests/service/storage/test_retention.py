"""Purging old verifications erases them with everything attached, and nothing newer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service.crypto import FileCipher
from service.storage import (
    EvidenceRecord,
    EvidenceRepository,
    IdempotencyKey,
    IdempotencyRepository,
    InboundWebhook,
    InboundWebhookRepository,
    Job,
    JobRepository,
    UploadedFile,
    UploadRepository,
    VerificationRecord,
    VerificationRepository,
    WebhookDelivery,
    WebhookDeliveryRepository,
    purge_expired,
    retention,
)
from verifiers import Evidence

Sessions = async_sessionmaker[AsyncSession]
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


async def _verification_with_everything(
    sessions: Sessions, *, created_at: datetime, label: str
) -> str:
    async with sessions() as session, session.begin():
        record = await VerificationRepository(session).create(
            origin="webhook", candidate_email=f"{label}@example.org"
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
        await InboundWebhookRepository(session).remember(
            source="ats", event_id=f"msg_{label}", verification_id=record.id
        )
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
        for _ in range(retention.PURGE_BATCH_SIZE + 5):
            record = await repository.create(origin="api")
            record.created_at = NOW - timedelta(days=400)
    result = await purge_expired(sessions, retention_days=365, now=NOW)
    assert result.verifications == retention.PURGE_BATCH_SIZE + 5
    async with sessions() as session:
        assert await session.scalar(select(func.count()).select_from(VerificationRecord)) == 0


async def test_negative_retention_is_refused(sessions: Sessions) -> None:
    with pytest.raises(ValueError, match="negative"):
        await purge_expired(sessions, retention_days=-1)
