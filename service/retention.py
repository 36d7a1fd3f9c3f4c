"""Retention: verifications past their time are erased with everything attached."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service import audit
from service.jobs.repository import JobRepository
from service.storage import (
    AuditRepository,
    IdempotencyRepository,
    InboundWebhookRepository,
    VerificationRepository,
    fold_write_ahead_log,
)
from service.storage.models import ALL_WORKSPACES, utcnow

#: Purged in batches, so a large backlog never holds SQLite's write lock for long.
PURGE_BATCH_SIZE = 200
#: Days a verification's audit trail outlives it, unless the caller says otherwise.
AUDIT_RETENTION_DAYS = 365


@dataclass(frozen=True, slots=True)
class PurgeResult:
    """How much a purge erased."""

    verifications: int
    finished_jobs: int
    inbound_webhook_ids: int
    idempotency_keys: int
    audit_events: int = 0


async def purge_expired(
    session_factory: async_sessionmaker[AsyncSession],
    *,
    retention_days: int,
    audit_retention_days: int = AUDIT_RETENTION_DAYS,
    now: datetime | None = None,
) -> PurgeResult:
    """Erase verifications older than ``retention_days``, with their résumés, evidence,
    deliveries, idempotency keys and jobs; also forget old finished jobs and webhook ids, and
    the audit trails of verifications and named roles gone for more than
    ``audit_retention_days``.

    Each batch commits on its own, so an interrupted purge keeps what it did and the next
    run finishes the rest.
    """
    if retention_days < 0 or audit_retention_days < 0:
        raise ValueError("retention periods must not be negative")
    now = now or utcnow()
    cutoff = now - timedelta(days=retention_days)
    verifications = 0
    while True:
        async with session_factory() as session, session.begin():
            repository = VerificationRepository(session)
            # Retention is the deployment's rule, the same for every workspace.
            ids = await repository.ids_created_before(
                cutoff, limit=PURGE_BATCH_SIZE, workspace_id=ALL_WORKSPACES
            )
            if not ids:
                break
            for verification_id in ids:  # first: the event takes the verification's workspace
                await audit.record(
                    session,
                    verification_id=verification_id,
                    action="deleted",
                    actor=audit.Actor.system("retention purge"),
                    detail="retention",
                )
            verifications += await repository.delete_many(ids, workspace_id=ALL_WORKSPACES)
    async with session_factory() as session, session.begin():
        finished_jobs = await JobRepository(session).delete_finished_before(cutoff)
        inbound = await InboundWebhookRepository(session).delete_received_before(cutoff)
        idempotency = await IdempotencyRepository(session).delete_created_before(cutoff)
        trails = AuditRepository(session)
        audit_cutoff = now - timedelta(days=audit_retention_days)
        # A deleted named role's changes go the way of a deleted verification's trail.
        audit_events = await trails.delete_gone_before(audit_cutoff)
        audit_events += await trails.delete_gone_roles_before(audit_cutoff)
    if verifications or finished_jobs or inbound or idempotency or audit_events:
        await fold_write_ahead_log(session_factory)
    return PurgeResult(
        verifications=verifications,
        finished_jobs=finished_jobs,
        inbound_webhook_ids=inbound,
        idempotency_keys=idempotency,
        audit_events=audit_events,
    )
