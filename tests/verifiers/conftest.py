"""The guarded client every verifier test fetches through; respx answers for the outside world."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from verifiers.http import HttpPolicy, create_client


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with create_client(HttpPolicy()) as client:
        yield client
