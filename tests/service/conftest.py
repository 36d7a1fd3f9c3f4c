"""A running app on a fresh SQLite database, and signed-in or keyed clients for it."""

from __future__ import annotations

import asyncio
import io
import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from PIL import Image

from service.app import create_app
from service.runtime import Runtime
from service.settings import Settings
from service.storage import ApiKeyRepository, UserRepository
from testkit.factories import WORKSPACE

# The real databases (SQLite and PostgreSQL) as fixtures for every service test.
from tests.service.databases import (  # noqa: F401
    database_url,
    engine,
    postgres_url,
    sessions,
)
from tests.verifiers.ob2_issuer import ASSERTION_URL as ASSERTION_URL

RECRUITER_EMAIL = "recruiter@example.com"
RECRUITER_PASSWORD = "correct horse battery staple"
RESUME = b"Beth Kowalczyk\nRobotics engineer at Example Robotics\n"


@dataclass
class Running:
    app: FastAPI
    runtime: Runtime
    client: httpx.AsyncClient
    api_key: str


def settings_for(tmp_path: Path, **overrides: Any) -> Settings:
    return Settings(data_dir=tmp_path / "var", max_upload_bytes=64 * 1024, **overrides)


@pytest.fixture
async def running(tmp_path: Path) -> AsyncIterator[Running]:
    async with running_app(settings_for(tmp_path)) as app:
        yield app


@asynccontextmanager
async def running_app(settings: Settings) -> AsyncIterator[Running]:
    """The app started with ``settings``, a recruiter and an API key in its database, and a
    client for it."""
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        runtime: Runtime = app.state.runtime
        async with runtime.sessions() as session, session.begin():
            await UserRepository(session).create(
                email=RECRUITER_EMAIL, password=RECRUITER_PASSWORD, workspace_id=WORKSPACE
            )
            _, api_key = await ApiKeyRepository(session, runtime.api_keys).create(
                "tests", workspace_id=WORKSPACE
            )
        # https, because the session cookie is Secure.
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="https://test"
        ) as client:
            yield Running(app=app, runtime=runtime, client=client, api_key=api_key)


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "the page has no CSRF token"
    return match.group(1)


async def sign_in(
    client: httpx.AsyncClient, email: str = RECRUITER_EMAIL, password: str = RECRUITER_PASSWORD
) -> str:
    """Sign a user in (the recruiter by default); returns the session's CSRF token."""
    page = await client.get("/sign-in")
    response = await client.post(
        "/sign-in",
        data={"csrf_token": csrf_from(page.text), "email": email, "password": password},
    )
    assert response.status_code == 303, response.text
    return csrf_from((await client.get("/")).text)


async def wait_until_finished(
    client: httpx.AsyncClient, path: str, *, headers: dict[str, str] | None = None
) -> dict[str, Any]:
    # Generous: CI machines are shared, and a slow run is not what these tests are about.
    deadline = asyncio.get_running_loop().time() + 60
    while asyncio.get_running_loop().time() < deadline:
        body: dict[str, Any] = (await client.get(path, headers=headers)).json()
        if body["status"] in ("done", "failed"):
            return body
        await asyncio.sleep(0.05)
    raise AssertionError(f"{path} did not finish within 60 s")


def photo_png() -> bytes:
    """A real PNG with no badge baked into it."""
    output = io.BytesIO()
    Image.new("RGB", (8, 8), "navy").save(output, format="PNG")
    return output.getvalue()


def forms(secret: str) -> list[bytes]:
    """How a string can sit in a file: as UTF-8, UTF-16, or JSON-escaped (``\\u015b``)."""
    return [
        secret.encode(),
        secret.encode("utf-16-le"),
        json.dumps(secret).strip('"').encode(),
    ]


def found(secret: str, data: bytes) -> bool:
    return any(form in data for form in forms(secret))


def stored_bytes(data_dir: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(data_dir.rglob("*")) if path.is_file())
