"""Greenhouse's webhooks: a signed application starts a verification, a ping is answered,
a redelivery or an identical body is deduplicated, a bad signature is 401."""

from __future__ import annotations

import json

import pytest

from service import audit
from service.storage import VerificationRecord
from testkit.factories import WORKSPACE
from tests.service.conftest import ASSERTION_URL
from tests.service.webhooks.conftest import (
    GREENHOUSE,
    RESUME_URL,
    App,
    count,
    greenhouse_body,
    greenhouse_headers,
)


async def test_greenhouse_application_starts_a_verification(served: App) -> None:
    body = greenhouse_body()

    response = await served.client.post(
        GREENHOUSE,
        content=body,
        headers=greenhouse_headers(body, **{"Greenhouse-Event-ID": "ev-1"}),
    )

    assert response.status_code == 200, response.text
    async with served.runtime.sessions() as session:
        record = await session.get(VerificationRecord, response.json()["id"])
    assert record is not None
    assert record.resume_url == RESUME_URL
    assert record.candidate_email == "nobody@example.org"
    # The bare "zoe.example.org" is no web link and is left out.
    assert record.links == [ASSERTION_URL]
    trail = await audit.trail(
        served.runtime.sessions, verification_ids=[record.id], workspace_id=WORKSPACE
    )
    assert [(e.action, e.actor_kind, e.actor_label) for e in trail] == [
        ("created", "webhook", "greenhouse webhook")
    ]


async def test_greenhouse_ping_gets_a_200(served: App) -> None:
    body = json.dumps({"action": "ping", "payload": {"web_hook_id": 1}}).encode()

    response = await served.client.post(GREENHOUSE, content=body, headers=greenhouse_headers(body))

    assert response.status_code == 200
    assert response.json() == {"id": None, "status": "ignored", "replay": False}
    assert await count(served.runtime, VerificationRecord) == 0


async def test_greenhouse_event_without_a_resume_is_acknowledged_and_ignored(served: App) -> None:
    body = greenhouse_body(attachments=[])

    response = await served.client.post(GREENHOUSE, content=body, headers=greenhouse_headers(body))

    assert response.status_code == 200
    assert response.json()["status"] == "ignored"
    assert await count(served.runtime, VerificationRecord) == 0


@pytest.mark.parametrize(
    "headers",
    [
        greenhouse_headers(greenhouse_body(), secret="wrong"),
        {"Signature": "sha256=" + "0" * 64},
        {},
    ],
    ids=["wrong-secret", "equals-form", "missing"],
)
async def test_greenhouse_bad_signature_is_401(served: App, headers: dict[str, str]) -> None:
    response = await served.client.post(GREENHOUSE, content=greenhouse_body(), headers=headers)

    assert response.status_code == 401
    assert await count(served.runtime, VerificationRecord) == 0


async def test_greenhouse_redelivery_is_deduplicated_on_its_event_id(served: App) -> None:
    body = greenhouse_body()
    headers = greenhouse_headers(body, **{"Greenhouse-Event-ID": "ev-42"})

    first = await served.client.post(GREENHOUSE, content=body, headers=headers)
    again = await served.client.post(GREENHOUSE, content=body, headers=headers)

    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"] and again.json()["replay"] is True
    assert await count(served.runtime, VerificationRecord) == 1


async def test_greenhouse_without_event_id_dedupes_identical_bodies(served: App) -> None:
    body = greenhouse_body()

    first = await served.client.post(GREENHOUSE, content=body, headers=greenhouse_headers(body))
    again = await served.client.post(GREENHOUSE, content=body, headers=greenhouse_headers(body))

    assert again.json()["id"] == first.json()["id"]
    assert await count(served.runtime, VerificationRecord) == 1


async def test_greenhouse_signed_garbage_is_400(served: App) -> None:
    body = b'{"payload": {}}'

    response = await served.client.post(GREENHOUSE, content=body, headers=greenhouse_headers(body))

    assert response.status_code == 400
    assert "action" in response.json()["detail"]


# -- End to end: webhook in, résumé fetched by the job, signed callback out -------------------
