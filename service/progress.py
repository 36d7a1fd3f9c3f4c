"""A job's progress, written behind it: one write at a time, each of the whole progress.

A verification's claims are checked concurrently and each tells its end as it comes. The job
is the one writer of its verification's progress while it runs, so it keeps the progress
itself and writes it whole (one statement, no read of the row). The claims do not wait for
the database: an entry is noted and the job goes on; a write starts at once if none is under
way, else the entries noted meanwhile go in the next one, so the stored progress only ever
moves forward, in the order the entries came. When the job ends, ``close`` waits for the
write under way and drops what is not yet written: the job's last write, with its report,
carries the final progress, and nothing of this writer can land after it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service.storage import VerificationRepository, statement_session

logger = logging.getLogger(__name__)

#: Writes a verification's whole progress (claim id → entry).
WriteProgress = Callable[[dict[str, dict[str, Any]]], Awaitable[None]]


class ProgressWriter:
    """One job's progress, starting from what was stored (a retried job's earlier entries),
    written in the background, at most one write under way."""

    def __init__(self, write: WriteProgress, stored: Mapping[str, dict[str, Any]]) -> None:
        self._write = write
        self._progress: dict[str, dict[str, Any]] = dict(stored)
        self._unwritten = False
        self._writing: asyncio.Task[None] | None = None
        #: How many writes were made (for the tests and benches).
        self.writes = 0

    def note(self, entries: Mapping[str, dict[str, Any]]) -> None:
        """Record ``entries`` (a later entry for a claim replaces an earlier one); they are
        written soon, without the caller waiting."""
        self._progress.update(entries)
        self._unwritten = True
        if self._writing is None or self._writing.done():
            self._writing = asyncio.create_task(self._write_while_unwritten())

    async def close(self) -> None:
        """Stop writing: wait for the write under way, drop what is not yet written."""
        self._unwritten = False
        if self._writing is not None:
            with contextlib.suppress(Exception):  # already logged
                await self._writing

    async def _write_while_unwritten(self) -> None:
        while self._unwritten:
            # Claims that ended in the same turn of the event loop join this write.
            await asyncio.sleep(0)
            if not self._unwritten:
                return
            self._unwritten = False
            try:
                await self._write(dict(self._progress))
            except Exception as error:
                # The next write carries these entries too, and the job's last write the
                # final progress; a reader meanwhile sees the progress as it was.
                logger.warning("a progress write failed: %s", type(error).__name__)
            finally:
                self.writes += 1


def job_progress(
    sessions: async_sessionmaker[AsyncSession],
    verification_id: str,
    stored: Mapping[str, dict[str, Any]],
) -> ProgressWriter:
    """The writer of a running verification's progress, from its ``stored`` progress."""

    async def write(progress: dict[str, dict[str, Any]]) -> None:
        # One statement, outside a transaction: BEGIN and COMMIT were two of its four round
        # trips on PostgreSQL.
        async with statement_session(sessions) as session:
            await VerificationRepository(session).set_progress(verification_id, progress)

    return ProgressWriter(write, stored)
