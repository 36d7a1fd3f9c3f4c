"""The app with inbound webhooks switched on, and the secrets the tests sign with."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from service.app import create_app
from service.runtime import Runtime
from tests.service.conftest import ASSERTION_URL, settings_for

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


async def count(runtime: Runtime, model: type[Any], *where: Any) -> int:
    async with runtime.sessions() as session:
        total = await session.scalar(select(func.count()).select_from(model).where(*where))
    return int(total or 0)


def greenhouse_body(**candidate: Any) -> bytes:
    event = {
        "action": "new_candidate_application",
        "payload": {
            "application": {
                "id": 69306314,
                "candidate": {
                    "id": 57683957,
                    "first_name": "Zoë",
                    "last_name": "Example",
                    "email_addresses": [{"value": "nobody@example.org", "type": "personal"}],
                    "website_addresses": [
                        {"value": ASSERTION_URL, "type": "portfolio"},
                        {"value": "zoe.example.org", "type": "personal"},
                    ],
                    "attachments": [
                        {
                            "filename": "cover.pdf",
                            "url": "https://s3.example.com/c",
                            "type": "cover_letter",
                        },
                        {"filename": "resume.txt", "url": RESUME_URL, "type": "resume"},
                    ],
                }
                | candidate,
            }
        },
    }
    # Greenhouse escapes non-ASCII before signing; the signature covers exactly these bytes.
    return json.dumps(event, ensure_ascii=True).encode()


def greenhouse_headers(
    body: bytes, secret: str = GREENHOUSE_SECRET, **extra: str
) -> dict[str, str]:
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return {"Signature": f"sha256 {digest}", "Content-Type": "application/json"} | extra
