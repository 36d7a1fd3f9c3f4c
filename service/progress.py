"""A job's progress entries written one write at a time, those that arrive meanwhile together.

A verification's claims are checked concurrently and each tells its end as it comes. Written
one by one, every claim was a transaction of its own on the verification's row: they queued
on its lock, and a résumé's claims took as many connections at once as it had claims (more
than a pool holds when a worker runs several jobs, so connections were opened and closed
for them). Here the entries that arrive while a write is under way wait for it and go in the
next one; each caller still returns only once its entry is written, or with the error of the
write that carried it, so what a reader of the progress sees, and when, is as before.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

#: Writes entries (claim id → entry) into the verification's progress, in one transaction.
WriteEntries = Callable[[dict[str, dict[str, Any]]], Awaitable[None]]


class ProgressWriter:
    """Coalesces one job's progress writes: at most one under way, the rest merged into the
    next (a later entry for a claim replaces an earlier one not yet written)."""

    def __init__(self, write: WriteEntries) -> None:
        self._write = write
        self._lock = asyncio.Lock()
        self._pending: dict[str, dict[str, Any]] = {}
        #: Settles when the entries now pending are written.
        self._batch: asyncio.Future[None] | None = None
        #: How many writes were made (for the tests and benches).
        self.writes = 0

    async def add(self, entries: Mapping[str, dict[str, Any]]) -> None:
        """Record ``entries``; returns once they are written."""
        self._pending.update(entries)
        if self._batch is None:
            self._batch = asyncio.get_running_loop().create_future()
        mine = self._batch
        async with self._lock:
            if not mine.done():
                # Claims that ended in the same turn of the event loop join this write.
                await asyncio.sleep(0)
                batch, self._pending, self._batch = self._pending, {}, None
                try:
                    await self._write(batch)
                except asyncio.CancelledError:
                    mine.cancel()
                    raise
                except BaseException as error:
                    mine.set_exception(error)
                else:
                    mine.set_result(None)
                finally:
                    self.writes += 1
        await mine
