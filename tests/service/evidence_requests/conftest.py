"""Evidence requests' tests share a running app with a webhook secret, a four-claim résumé
verified through the API, and the calls a candidate's answers make."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from sqlalchemy import select

from service.storage.models import EvidenceAnswer
from service.webhooks.signatures import verify_standard
from tests.conftest import SHARED_FIXTURES
from tests.service.conftest import (
    Running,
    running_app,
    settings_for,
    wait_until_finished,
)

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
CALLBACK = "https://ats.example.com/hooks/credlens"
ORGANISATION = "Example Robotics Hiring"
#: Four claims the résumé makes and nothing beside it proves.
RESUME = (
    b"Beth Kowalczyk\nRobotics engineer at Example Robotics\n\nCertifications\n"
    b"Awesome Robotics Badge, An Example Badge Issuer, 2016 (certificate)\n"
    b"Certified Kubernetes Administrator (CKA), The Linux Foundation, 2022\n"
    b"PMP, Project Management Institute, 2021\n"
    b"AWS Certified Solutions Architect - Associate, Amazon Web Services, 2023\n"
)
TAMPERED = SHARED_FIXTURES / "credentials" / "blockcerts-cert-verifier-py" / "2.0-alpha"


@pytest.fixture
async def running(tmp_path: Path) -> AsyncIterator[Running]:
    settings = settings_for(tmp_path, webhook_secret=SECRET, organisation_name=ORGANISATION)
    async with running_app(settings) as app:
        yield app


def auth(running: Running) -> dict[str, str]:
    return {"Authorization": f"Bearer {running.api_key}"}


async def finished(running: Running, *, callback_url: str | None = None) -> dict[str, Any]:
    """A done verification of the four-claim résumé."""
    data = {"email": "nobody@example.org"} | (
        {"callback_url": callback_url} if callback_url else {}
    )
    response = await running.client.post(
        "/api/v1/verifications",
        headers=auth(running),
        files={"file": ("beth.txt", RESUME, "text/plain")},
        data=data,
    )
    assert response.status_code == 202, response.text
    done = await wait_until_finished(
        running.client, f"/api/v1/verifications/{response.json()['id']}", headers=auth(running)
    )
    assert done["status"] == "done", done
    return done


def verdicts(report: dict[str, Any]) -> dict[str, str]:
    return {claim["title"]: claim["verdict"] for claim in report["claims"]}


def claim_id(report: dict[str, Any], title_start: str) -> str:
    return next(c["id"] for c in report["claims"] if c["title"].startswith(title_start))


async def ask(running: Running, verification_id: str, **body: Any) -> httpx.Response:
    return await running.client.post(
        f"/api/v1/verifications/{verification_id}/evidence-requests",
        headers=auth(running),
        json=body or None,
    )


def token_of(url: str) -> str:
    return url.rsplit("/", 1)[1]


async def send(client: httpx.AsyncClient, token: str, claim: str, **fields: Any) -> httpx.Response:
    files = fields.pop("files", None)
    return await client.post(
        f"/api/v1/evidence/{token}", data={"claim_id": claim, **fields}, files=files or {}
    )


async def until_checked(running: Running, verification_id: str, count: int) -> dict[str, Any]:
    """The report once ``count`` answers have been checked."""
    deadline = asyncio.get_running_loop().time() + 60
    while asyncio.get_running_loop().time() < deadline:
        async with running.runtime.sessions() as session:
            checked = (
                await session.scalars(
                    select(EvidenceAnswer.id).where(
                        EvidenceAnswer.verification_id == verification_id,
                        EvidenceAnswer.state == "checked",
                    )
                )
            ).all()
        if len(checked) >= count:
            body = await running.client.get(
                f"/api/v1/verifications/{verification_id}", headers=auth(running)
            )
            report: dict[str, Any] = body.json()["report"]
            return report
        await asyncio.sleep(0.05)
    raise AssertionError(f"{count} answers were not checked within 60 s")


async def delivered_events(
    running: Running, route: respx.Route, event_type: str, count: int = 1
) -> list[dict[str, Any]]:
    """The signed events of one type the receiver got, checked and parsed, once ``count``."""
    deadline = asyncio.get_running_loop().time() + 30
    while asyncio.get_running_loop().time() < deadline:
        events = []
        for call in route.calls:
            _, event = verify_standard(SECRET, call.request.content, call.request.headers)
            if event["type"] == event_type:
                events.append(event)
        if len(events) >= count:
            return events
        await asyncio.sleep(0.05)
    raise AssertionError(f"{count} {event_type} events did not arrive within 30 s")
