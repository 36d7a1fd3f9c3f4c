"""Outbound callbacks: one delivery per event, and its attempts."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from service.storage.models import (
    DeliveryStatus,
    VerificationRecord,
    WebhookDelivery,
    WorkspaceScope,
    utcnow,
)
from service.storage.repositories.scoping import scoped


class WebhookDeliveryRepository:
    """Outbound callbacks and their attempts."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def create(
        self,
        *,
        verification_id: str,
        url: str,
        event_type: str,
        payload_summary: dict[str, Any],
        message_id: str | None = None,
    ) -> WebhookDelivery:
        """A delivery due now."""
        delivery = WebhookDelivery(
            verification_id=verification_id,
            message_id=message_id or f"msg_{uuid.uuid4().hex}",
            url=url,
            event_type=event_type,
            payload_summary=payload_summary,
            status=DeliveryStatus.PENDING,
            attempts=0,
            next_attempt_at=utcnow(),
        )
        self.session.add(delivery)
        await self.session.flush()
        return delivery

    async def get(self, delivery_id: int) -> WebhookDelivery | None:
        """The delivery with this id, if any, read fresh from the database."""
        return await self.session.get(WebhookDelivery, delivery_id, populate_existing=True)

    async def record_attempt(
        self,
        delivery_id: int,
        *,
        succeeded: bool,
        status_code: int | None,
        error: str | None,
        next_attempt_at: datetime | None,
    ) -> None:
        """Note one attempt; without a next attempt, a failure is final."""
        if succeeded:
            status = DeliveryStatus.SUCCEEDED
        elif next_attempt_at is None:
            status = DeliveryStatus.FAILED
        else:
            status = DeliveryStatus.PENDING
        await self.session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id == delivery_id)
            .values(
                attempts=WebhookDelivery.attempts + 1,
                status=status,
                last_attempt_at=utcnow(),
                last_status_code=status_code,
                last_error=error,
                next_attempt_at=None if succeeded else next_attempt_at,
            )
            .execution_options(synchronize_session=False)
        )

    async def list_recent(
        self, *, workspace_id: WorkspaceScope, limit: int = 50, status: str | None = None
    ) -> list[WebhookDelivery]:
        """The workspace's deliveries, newest first."""
        query = scoped(select(WebhookDelivery).join(VerificationRecord), workspace_id)
        if status is not None:
            query = query.where(WebhookDelivery.status == status)
        query = query.order_by(WebhookDelivery.id.desc()).limit(limit)
        return list((await self.session.scalars(query)).all())

    async def list_for(
        self, verification_id: str, *, workspace_id: WorkspaceScope
    ) -> list[WebhookDelivery]:
        """A verification's deliveries, oldest first; none if it is not the workspace's."""
        query = (
            scoped(select(WebhookDelivery).join(VerificationRecord), workspace_id)
            .where(WebhookDelivery.verification_id == verification_id)
            .order_by(WebhookDelivery.id)
        )
        return list((await self.session.scalars(query)).all())
