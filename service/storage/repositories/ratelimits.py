"""Rate-limit counts shared by the service's processes: one row per client and window."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, Integer, String, bindparam, delete, func, literal, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from service.storage.models import RateLimitCounter
from service.storage.unflushed import commits_unflushed, stands_alone

#: Absorbs float error in the sliding limit's sum (as ``service.ratelimit`` always did).
_EPSILON = 1e-9


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

    async def take_sliding(
        self, key: str, window_start: int, *, previous_start: int, limit: int, covered: float
    ) -> int | None:
        """Count one more request in the window at ``window_start`` if it fits the sliding
        limit: the previous window's count × ``covered`` (the share of it the slide still
        covers), plus this window's, plus one, at most ``limit``. The new count, or None when
        it does not fit. One statement, the previous window read in it: what ``count`` of the
        previous window and then ``take`` with ``below = floor(limit - carried + 1e-9)``
        decide, in the same floating-point steps (n ≤ floor(x) ⇔ n ≤ x for a whole n)."""
        # Through the session's connection: the ORM takes a statement sent with parameters
        # for a bulk insert of rows.
        connection = await self.session.connection()
        if connection.dialect.name == "sqlite":
            statement = _TAKE_SLIDING_SQLITE
        else:
            statement = _TAKE_SLIDING_POSTGRESQL[stands_alone(connection)]
        counted: int | None = await connection.scalar(
            statement,
            {
                "key": key,
                "window_start": window_start,
                "previous_start": previous_start,
                "limit": float(limit),
                "covered": covered,
                "epsilon": _EPSILON,
            },
        )
        return counted

    async def forget_before(self, window_start: int) -> int:
        """Delete the counts of windows that started before ``window_start``."""
        result = await self.session.execute(
            delete(RateLimitCounter).where(RateLimitCounter.window_start < window_start)
        )
        return int(getattr(result, "rowcount", 0) or 0)


def _take_sliding(insert: Any, *, unflushed: bool) -> Any:
    """``take_sliding``'s statement, built once (building it took more CPU than sending it).
    ``unflushed``: the count commits without waiting for the log's flush (PostgreSQL,
    standing alone; ``service.storage.unflushed``): a server crash forgets at most the last
    moment's counts."""
    earlier = aliased(RateLimitCounter, name="earlier")
    carried = select(earlier.count).where(
        earlier.key == bindparam("key", type_=String),
        earlier.window_start == bindparam("previous_start", type_=Integer),
    )
    room = (
        bindparam("limit", type_=Float)
        - func.coalesce(carried.scalar_subquery(), 0) * bindparam("covered", type_=Float)
        + bindparam("epsilon", type_=Float)
    )
    first = select(
        bindparam("key", type_=String),
        bindparam("window_start", type_=Integer),
        literal(1, Integer),
    ).where(room >= 1, *([commits_unflushed()] if unflushed else []))
    return (
        insert(RateLimitCounter)
        .from_select(["key", "window_start", "count"], first)
        .on_conflict_do_update(
            index_elements=[RateLimitCounter.key, RateLimitCounter.window_start],
            set_={"count": RateLimitCounter.count + 1},
            where=RateLimitCounter.count + 1 <= room,
        )
        .returning(RateLimitCounter.count)
    )


#: ``take_sliding``'s statement on SQLite, and on PostgreSQL [in a transaction, standing alone].
_TAKE_SLIDING_SQLITE = _take_sliding(sqlite_insert, unflushed=False)
_TAKE_SLIDING_POSTGRESQL = (
    _take_sliding(postgresql_insert, unflushed=False),
    _take_sliding(postgresql_insert, unflushed=True),
)
