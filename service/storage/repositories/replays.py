"""Requests seen before: ``Idempotency-Key`` headers and inbound webhook ids, so a retry or
a replay is answered from the first request instead of being run twice."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import case, delete, select, update
from sqlalchemy.dialects.postgresql import Insert as PostgresqlInsert
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import Insert as SqliteInsert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from service.storage.models import Base, IdempotencyKey, InboundWebhook, utcnow


def _insert_new(session: AsyncSession, model: type[Base]) -> SqliteInsert | PostgresqlInsert:
    """An INSERT that skips a row clashing with a unique key, on either database: no
    IntegrityError, so no savepoint around it."""
    assert session.bind is not None
    insert = sqlite_insert if session.bind.dialect.name == "sqlite" else postgresql_insert
    return insert(model).on_conflict_do_nothing()


class IdempotencyRepository:
    """``Idempotency-Key`` headers and the verifications they created."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def find(self, *, scope: str, key: str) -> IdempotencyKey | None:
        """The earlier use of this key in this scope, if any."""
        return await self.session.scalar(
            select(IdempotencyKey).where(IdempotencyKey.scope == scope, IdempotencyKey.key == key)
        )

    async def remember(
        self, *, scope: str, key: str, request_hash: str, verification_id: str
    ) -> bool:
        """Record a key's first use; False if it was used before (by a concurrent request,
        perhaps), which leaves the earlier use in place."""
        inserted = await self.session.execute(
            _insert_new(self.session, IdempotencyKey)
            .values(
                scope=scope,
                key=key,
                request_hash=request_hash,
                verification_id=verification_id,
            )
            .returning(IdempotencyKey.id)
        )
        return inserted.first() is not None

    async def delete_created_before(self, cutoff: datetime) -> int:
        """Forget keys older than the cutoff."""
        result = await self.session.execute(
            delete(IdempotencyKey)
            .where(IdempotencyKey.created_at < cutoff)
            .returning(IdempotencyKey.id)
        )
        return len(result.all())


class InboundWebhookRepository:
    """Ids of inbound webhooks already accepted, so replays are not run twice."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def remember_many(self, events: Sequence[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """Remember (source, event id) pairs in one statement; returns the row of each event
        seen for the first time, by (source, event id). Of two deliveries of one event in
        the same call, one is taken. A concurrent transaction remembering the same event waits
        for this one to end, then finds it taken."""
        if not events:
            return {}
        now = utcnow()
        inserted = await self.session.execute(
            _insert_new(self.session, InboundWebhook)
            .values(
                [
                    {"source": source, "event_id": event_id, "received_at": now}
                    for source, event_id in events
                ]
            )
            .returning(InboundWebhook.source, InboundWebhook.event_id, InboundWebhook.id)
        )
        return {(row.source, row.event_id): row.id for row in inserted.all()}

    async def link(self, verifications: Mapping[int, str]) -> None:
        """Point remembered events (by row) at the verifications they started, in one
        statement."""
        if not verifications:
            return
        await self.session.execute(
            update(InboundWebhook)
            .where(InboundWebhook.id.in_(list(verifications)))
            .values(verification_id=case(dict(verifications), value=InboundWebhook.id))
            .execution_options(synchronize_session=False)
        )

    async def verification_for(self, *, source: str, event_id: str) -> str | None:
        """The verification an accepted webhook started, if it is still kept."""
        return await self.session.scalar(
            select(InboundWebhook.verification_id).where(
                InboundWebhook.source == source, InboundWebhook.event_id == event_id
            )
        )

    async def delete_received_before(self, cutoff: datetime) -> int:
        """Forget ids older than the cutoff (long past any sender's replay window)."""
        result = await self.session.execute(
            delete(InboundWebhook)
            .where(InboundWebhook.received_at < cutoff)
            .returning(InboundWebhook.id)
        )
        return len(result.all())
