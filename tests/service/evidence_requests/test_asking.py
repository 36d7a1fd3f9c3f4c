"""Evidence requests: asking the candidate (which claims, the link, revoking it, the event
that carries the link).

The issuer is faked with respx; the service, its database, its queue and its verifiers are
the real ones.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta
from typing import Any

import httpx
import pytest
import respx
from sqlalchemy import select

from service import evidence_requests
from service.storage import (
    WebhookDelivery,
)
from service.storage.models import EvidenceRequest
from tests.service.conftest import (
    Running,
)
from tests.service.evidence_requests.conftest import (
    CALLBACK,
    ORGANISATION,
    ask,
    auth,
    claim_id,
    delivered_events,
    finished,
    send,
    token_of,
    verdicts,
)

# -- creating and revoking ------------------------------------------------------------------


async def test_a_request_asks_about_every_claim_without_a_definitive_verdict(
    running: Running,
) -> None:
    done = await finished(running)
    assert set(verdicts(done["report"]).values()) == {"unverified"}

    response = await ask(running, done["id"])

    assert response.status_code == 201, response.text
    body = response.json()
    assert [claim["id"] for claim in body["claims"]] == [
        claim["id"] for claim in done["report"]["claims"]
    ]
    assert body["url"].startswith("https://test/evidence/cle_")
    token = token_of(body["url"])
    # 256 random bits: 43 URL-safe base64 characters after the prefix.
    assert evidence_requests.is_well_formed(token) and len(token) == 4 + 43
    async with running.runtime.sessions() as session:
        stored = await session.scalar(select(EvidenceRequest))
    assert stored is not None and token not in json.dumps(
        [stored.token_hash, stored.claims, stored.id]
    )
    assert stored.token_hash == evidence_requests.token_hash(running.runtime.secret, token)
    expires = stored.expires_at - stored.created_at
    assert timedelta(days=7) - timedelta(seconds=5) < expires <= timedelta(days=7)


async def test_a_request_names_its_claims_message_and_expiry(running: Running) -> None:
    done = await finished(running)
    cka = claim_id(done["report"], "Certified Kubernetes")

    response = await ask(
        running, done["id"], claims=[cka], message="Thanks, Beth!", expires_in_days=2
    )

    assert response.status_code == 201, response.text
    assert [claim["title"] for claim in response.json()["claims"]] == [
        "Certified Kubernetes Administrator"
    ]
    page = await running.client.get(f"/evidence/{token_of(response.json()['url'])}")
    assert "Thanks, Beth!" in page.text and ORGANISATION in page.text


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({"claims": ["c99"]}, 400, "no claim"),
        ({"expires_in_days": 0}, 422, "expires_in_days"),
        ({"expires_in_days": 91}, 422, "expires_in_days"),
        ({"message": "x" * 2001}, 422, "message"),
    ],
)
async def test_a_bad_request_body_is_refused(
    running: Running, body: dict[str, Any], status: int, words: str
) -> None:
    done = await finished(running)

    response = await ask(running, done["id"], **body)

    assert response.status_code == status, response.text
    assert words in json.dumps(response.json()).lower()


async def test_requests_need_a_key_a_verification_and_a_report(running: Running) -> None:
    no_key = await running.client.post("/api/v1/verifications/x/evidence-requests")
    unknown = await ask(running, "no-such-verification")

    assert no_key.status_code == 401
    assert unknown.status_code == 404


async def test_the_public_url_setting_makes_the_link(running: Running) -> None:
    done = await finished(running)
    settings = running.runtime.settings.model_copy(
        update={"public_url": "https://credlens.example.com"}
    )
    running.app.state.runtime = dataclasses.replace(running.runtime, settings=settings)

    response = await ask(running, done["id"])

    assert response.json()["url"].startswith("https://credlens.example.com/evidence/cle_")


async def test_a_revoked_request_opens_nothing(running: Running) -> None:
    done = await finished(running)
    created = (await ask(running, done["id"])).json()
    token, claim = token_of(created["url"]), created["claims"][0]["id"]
    base = f"/api/v1/verifications/{done['id']}/evidence-requests"

    revoked = await running.client.delete(f"{base}/{created['id']}", headers=auth(running))
    again = await running.client.delete(f"{base}/{created['id']}", headers=auth(running))
    elsewhere = await running.client.delete(f"{base}/not-a-request", headers=auth(running))

    assert (revoked.status_code, again.status_code, elsewhere.status_code) == (204, 204, 404)
    assert (await running.client.get(f"/evidence/{token}")).status_code == 404
    answered = await send(running.client, token, claim, withdraw="true")
    assert answered.status_code == 404


async def test_the_created_event_carries_the_link_signed_and_sealed_at_rest(
    running: Running, respx_mock: respx.MockRouter
) -> None:
    callback = respx_mock.post(CALLBACK).mock(return_value=httpx.Response(200))
    done = await finished(running, callback_url=CALLBACK)

    created = (await ask(running, done["id"])).json()

    events = await delivered_events(running, callback, "evidence_request.created")
    [event] = events
    assert event["data"]["evidence_request"]["url"] == created["url"]
    assert event["data"]["evidence_request"]["id"] == created["id"]
    async with running.runtime.sessions() as session:
        delivery = await session.scalar(
            select(WebhookDelivery).where(WebhookDelivery.event_type == "evidence_request.created")
        )
    assert delivery is not None and delivery.sealed_payload is not None
    token = token_of(created["url"]).encode()
    assert token not in delivery.sealed_payload
    assert token.decode() not in json.dumps(delivery.payload_summary)
