"""Retention: verifications past their time are erased with everything attached."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service.jobs.repository import JobRepository
from service.storage import (
    IdempotencyRepository,
    InboundWebhookRepository,
    VerificationRepository,
    fold_write_ahead_log,
)
from service.storage.models import utcnow

#: Purged in batches, so a large backlog never holds SQLite's write lock for long.
PURGE_BATCH_SIZE = 200


@dataclass(frozen=True, slots=True)
class PurgeResult:
    """How much a purge erased."""

    verifications: int
    finished_jobs: int
    inbound_webhook_ids: int
    idempotency_keys: int


async def purge_expired(
    session_factory: async_sessionmaker[AsyncSession],
    *,
    retention_days: int,
    now: datetime | None = None,
) -> PurgeResult:
    """Erase verifications older than ``retention_days``, with their résumés, evidence,
    deliveries, idempotency keys and jobs; also forget old finished jobs and webhook ids.

    Each batch commits on its own, so an interrupted purge keeps what it did and the next
    run finishes the rest.
    """
    if retention_days < 0:
        raise ValueError("retention_days must not be negative")
    cutoff = (now or utcnow()) - timedelta(days=retention_days)
    verifications = 0
    while True:
        async with session_factory() as session, session.begin():
            repository = VerificationRepository(session)
            ids = await repository.ids_created_before(cutoff, limit=PURGE_BATCH_SIZE)
            if not ids:
                break
            verifications += await repository.delete_many(ids)
    async with session_factory() as session, session.begin():
        finished_jobs = await JobRepository(session).delete_finished_before(cutoff)
        inbound = await InboundWebhookRepository(session).delete_received_before(cutoff)
        idempotency = await IdempotencyRepository(session).delete_created_before(cutoff)
    if verifications or finished_jobs or inbound or idempotency:
        await fold_write_ahead_log(session_factory)
    return PurgeResult(
        verifications=verifications,
        finished_jobs=finished_jobs,
        inbound_webhook_ids=inbound,
        idempotency_keys=idempotency,
    )
