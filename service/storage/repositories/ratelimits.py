"""Rate-limit counts shared by the service's processes: one row per client and window."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from service.storage.models import RateLimitCounter


class RateLimitRepository:
    """Counts per key and fixed window, taken atomically so that concurrent processes agree."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def count(self, key: str, window_start: int) -> int:
        """Requests counted for ``key`` in the window starting at ``window_start``."""
        counted = await self.session.scalar(
            select(RateLimitCounter.count).where(
                RateLimitCounter.key == key, RateLimitCounter.window_start == window_start
            )
        )
        return counted or 0

    async def take(self, key: str, window_start: int, *, below: int) -> int | None:
        """Count one more request if fewer than ``below`` are counted in the window; the new
        count, or None when the window is full. One statement: the row's lock (PostgreSQL)
        or the database's (SQLite) makes the check and the increment one step."""
        if below < 1:
            return None
        assert self.session.bind is not None
        insert = sqlite_insert if self.session.bind.dialect.name == "sqlite" else postgresql_insert
        new = insert(RateLimitCounter).values(key=key, window_start=window_start, count=1)
        counted: int | None = await self.session.scalar(
            new.on_conflict_do_update(
                index_elements=[RateLimitCounter.key, RateLimitCounter.window_start],
                set_={"count": RateLimitCounter.count + 1},
                where=RateLimitCounter.count < below,
            ).returning(RateLimitCounter.count)
        )
        return counted

    async def forget_before(self, window_start: int) -> int:
        """Delete the counts of windows that started before ``window_start``."""
        result = await self.session.execute(
            delete(RateLimitCounter).where(RateLimitCounter.window_start < window_start)
        )
        return int(getattr(result, "rowcount", 0) or 0)
