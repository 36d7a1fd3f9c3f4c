"""Inbound webhooks sign with the deployment's secrets, so they belong to one workspace
(CREDLENS_WEBHOOK_WORKSPACE): what they start is that workspace's, and no other sees it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from service.permissions import Role
from service.storage import ApiKeyRepository, VerificationRecord
from service.storage.repositories.accounts import WorkspaceRepository
from testkit.factories import WORKSPACE
from tests.service.webhooks.conftest import (
    GREENHOUSE,
    GREENHOUSE_SECRET,
    App,
    count,
    greenhouse_body,
    greenhouse_headers,
    serve,
)


@pytest.fixture
async def client_a(tmp_path: Path) -> AsyncIterator[App]:
    async for app in serve(
        tmp_path, greenhouse_secret=GREENHOUSE_SECRET, webhook_workspace="client-a", workers=0
    ):
        yield app


async def test_a_webhook_workspace_that_does_not_exist_stores_nothing(client_a: App) -> None:
    body = greenhouse_body()

    response = await client_a.client.post(
        GREENHOUSE, content=body, headers=greenhouse_headers(body)
    )

    assert response.status_code == 503
    assert "CREDLENS_WEBHOOK_WORKSPACE" in response.json()["detail"]
    assert await count(client_a.runtime, VerificationRecord) == 0


async def test_what_a_webhook_starts_belongs_to_its_workspace_only(client_a: App) -> None:
    runtime = client_a.runtime
    async with runtime.sessions() as session, session.begin():
        workspace = await WorkspaceRepository(session).create("client-a")
        keys = ApiKeyRepository(session, runtime.api_keys)
        _, own = await keys.create("client-a", workspace_id=workspace.id, role=Role.VIEWER)
        _, other = await keys.create("default", workspace_id=WORKSPACE, role=Role.ADMIN)
    body = greenhouse_body()

    response = await client_a.client.post(
        GREENHOUSE, content=body, headers=greenhouse_headers(body)
    )

    assert response.status_code == 200, response.text
    verification_id = response.json()["id"]
    async with runtime.sessions() as session:
        record = await session.get(VerificationRecord, verification_id)
    assert record is not None and record.workspace_id == workspace.id
    path = f"/api/v1/verifications/{verification_id}"
    seen = await client_a.client.get(path, headers={"Authorization": f"Bearer {own}"})
    unseen = await client_a.client.get(path, headers={"Authorization": f"Bearer {other}"})
    assert seen.status_code == 200 and unseen.status_code == 404
