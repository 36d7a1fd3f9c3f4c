"""What checking claims builds on first use, built ahead: for a worker process, so its first
job does not stall the jobs running beside it."""

from __future__ import annotations

import anyio

from extractors.catalog import load_catalog
from verifiers.compare import offered_levels_ready


async def warm_up() -> None:
    """Build now, on the caller's event loop, what the first claim checked would: the
    catalog and its credentials grouped by naming words (what a claimed level is compared
    with), and anyio's backend for this loop (the guarded client's timeouts load it). About
    a tenth of a second of CPU once per process, the same work whenever it is done; checking
    claims does not depend on it having been done."""
    with anyio.fail_after(60):
        await anyio.sleep(0)
    offered_levels_ready(load_catalog())
