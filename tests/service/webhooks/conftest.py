"""The app with inbound webhooks switched on, and the secrets the tests sign with."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from service.app import create_app
from service.runtime import Runtime
from tests.service.conftest import settings_for

SECRET = "whsec_" + base64.b64encode(b"inbound-secret-of-32-bytes-long!").decode()
GREENHOUSE_SECRET = "greenhouse-secret-key"
RESUME_URL = "https://ats-files.example.com/attachments/resume.txt?X-Amz-Signature=abc"
CALLBACK = "https://ats.example.com/hooks/credlens"
ATS = "/api/v1/webhooks/ats"
GREENHOUSE = "/api/v1/webhooks/greenhouse"


@dataclass
class App:
    app: FastAPI
    runtime: Runtime
    client: httpx.AsyncClient


async def serve(tmp_path: Path, **overrides: Any) -> AsyncIterator[App]:
    app = create_app(settings_for(tmp_path, **overrides))
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="https://test"
        ) as client,
    ):
        yield App(app=app, runtime=app.state.runtime, client=client)


@pytest.fixture
async def served(tmp_path: Path) -> AsyncIterator[App]:
    # No embedded workers: these tests look at what was queued, not at what ran.
    async for app in serve(
        tmp_path, webhook_secret=SECRET, greenhouse_secret=GREENHOUSE_SECRET, workers=0
    ):
        yield app
