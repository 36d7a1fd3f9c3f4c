"""Share links to reports: every query about them, scoped to the verification's workspace
except the token's own lookup (the token is the authority on the share page)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from service.storage.models import ShareLink, VerificationRecord, WorkspaceScope, utcnow
from service.storage.repositories.scoping import scoped


class ShareLinkRepository:
    """Share links, looked up by their token's hash; flushed, never committed."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def create(
        self,
        *,
        link_id: str,
        verification_id: str,
        token_hash: str,
        passcode_hash: str | None,
        expires_at: datetime,
        user_id: int | None,
        api_key_id: int | None,
    ) -> ShareLink:
        """A new live link."""
        link = ShareLink(
            id=link_id,
            verification_id=verification_id,
            token_hash=token_hash,
            passcode_hash=passcode_hash,
            user_id=user_id,
            api_key_id=api_key_id,
            created_at=utcnow(),
            expires_at=expires_at,
            failed_attempts=0,
        )
        self.session.add(link)
        await self.session.flush()
        return link

    async def by_token_hash(self, token_hash: str) -> ShareLink | None:
        """The link whose token has this hash, whatever its state."""
        return await self.session.scalar(
            select(ShareLink).where(ShareLink.token_hash == token_hash)
        )

    async def list_for(
        self, verification_id: str, *, workspace_id: WorkspaceScope
    ) -> list[ShareLink]:
        """A verification's links, oldest first; none if it is not the workspace's."""
        query = (
            scoped(select(ShareLink).join(VerificationRecord), workspace_id)
            .where(ShareLink.verification_id == verification_id)
            .order_by(ShareLink.created_at, ShareLink.id)
        )
        return list((await self.session.scalars(query)).all())

    async def revoke(
        self, *, verification_id: str, share_id: str, workspace_id: WorkspaceScope
    ) -> bool:
        """Withdraw a link of the workspace's verification; False when there is no such
        link. Withdrawing a withdrawn link changes nothing and is not an error."""
        link = await self.session.scalar(
            scoped(select(ShareLink).join(VerificationRecord), workspace_id).where(
                ShareLink.id == share_id, ShareLink.verification_id == verification_id
            )
        )
        if link is None:
            return False
        if link.revoked_at is None:
            link.revoked_at = utcnow()
            await self.session.flush()
        return True

    async def passcode_wrong(self, link_id: str) -> int:
        """Count one more wrong passcode in a row; returns how many there are now."""
        result = await self.session.execute(
            update(ShareLink)
            .where(ShareLink.id == link_id)
            .values(failed_attempts=ShareLink.failed_attempts + 1)
            .returning(ShareLink.failed_attempts)
            .execution_options(synchronize_session=False)
        )
        return int(result.scalar_one())

    async def passcode_right(self, link_id: str) -> None:
        """The right passcode: the count of wrong ones starts again."""
        await self.session.execute(
            update(ShareLink)
            .where(ShareLink.id == link_id)
            .values(failed_attempts=0, locked_until=None)
            .execution_options(synchronize_session=False)
        )

    async def lock(self, link_id: str, *, until: datetime) -> None:
        """Refuse every passcode until ``until``; the count starts again after."""
        await self.session.execute(
            update(ShareLink)
            .where(ShareLink.id == link_id)
            .values(failed_attempts=0, locked_until=until)
            .execution_options(synchronize_session=False)
        )
