"""Inbound ATS webhooks: signed, stored and queued, replays acknowledged once, Greenhouse too."""

from __future__ import annotations

import asyncio
import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from service import audit, verifications
from service.migrations import upgrade
from service.runtime import Runtime
from service.storage import (
    ApiKeyRepository,
    DeliveryStatus,
    VerificationRecord,
    WebhookDelivery,
    WebhookDeliveryRepository,
)
from service.storage.models import Job
from service.verifications import VERIFY_JOB
from service.webhooks.signatures import sign_standard, verify_standard
from testkit.factories import WORKSPACE
from tests.service.conftest import (
    ASSERTION_URL,
    RESUME,
    wait_until_finished,
)
from tests.service.databases import throwaway_postgres_database
from tests.service.webhooks.conftest import (
    ATS,
    CALLBACK,
    GREENHOUSE,
    RESUME_URL,
    SECRET,
    App,
    count,
    greenhouse_body,
    greenhouse_headers,
    serve,
)
from tests.verifiers.ob2_issuer import serve_example_issuer


def ats_event(**data: Any) -> dict[str, Any]:
    return {
        "type": "verification.requested",
        "timestamp": "2026-11-28T12:00:00Z",
        "data": {
            "candidate": {"name": "Zoë Example", "email": "nobody@example.org"},
            "resume_url": RESUME_URL,
            "links": [ASSERTION_URL],
            "callback_url": CALLBACK,
        }
        | data,
    }


def signed(
    event: dict[str, Any] | bytes,
    *,
    webhook_id: str = "msg_2aHnD3k",
    secret: str = SECRET,
    at: datetime | None = None,
) -> tuple[bytes, dict[str, str]]:
    body = event if isinstance(event, bytes) else json.dumps(event).encode()
    headers = sign_standard(secret, webhook_id=webhook_id, body=body, timestamp=at)
    return body, headers | {"Content-Type": "application/json"}


async def post_ats(
    client: httpx.AsyncClient, event: dict[str, Any], **signing: Any
) -> httpx.Response:
    body, headers = signed(event, **signing)
    return await client.post(ATS, content=body, headers=headers)


async def test_a_signed_request_is_stored_and_queued(served: App) -> None:
    response = await post_ats(served.client, ats_event())

    assert response.status_code == 202, response.text
    body = response.json()
    assert body["status"] == "queued" and body["replay"] is False
    assert response.headers["location"] == f"/api/v1/verifications/{body['id']}"
    async with served.runtime.sessions() as session:
        record = await session.get(VerificationRecord, body["id"])
    assert record is not None
    assert record.origin == "webhook"
    assert record.resume_url == RESUME_URL
    assert record.callback_url == CALLBACK
    assert record.candidate_email == "nobody@example.org"
    assert record.links == [ASSERTION_URL]
    assert (
        await count(served.runtime, Job, Job.kind == VERIFY_JOB, Job.target_id == body["id"]) == 1
    )


async def test_a_replayed_webhook_id_is_acknowledged_and_not_run_twice(served: App) -> None:
    first = await post_ats(served.client, ats_event())
    again = await post_ats(served.client, ats_event())

    assert again.status_code == 202
    assert again.json()["id"] == first.json()["id"]
    assert again.json()["replay"] is True
    assert await count(served.runtime, VerificationRecord) == 1
    assert await count(served.runtime, Job, Job.kind == VERIFY_JOB) == 1


async def test_a_replay_is_decided_before_anything_is_stored(served: App) -> None:
    await post_ats(served.client, ats_event())
    statements: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        # The retention purge that starts with the app deletes on its own schedule; it may
        # still be running when a loaded machine gets here.
        task = asyncio.current_task()
        if task is not None and task.get_name() == "retention":
            return
        statements.append(" ".join(statement.split()).lower())

    event.listen(served.runtime.engine.sync_engine, "before_cursor_execute", record)
    try:
        replay = await post_ats(served.client, ats_event())
        # Six deliveries of a new event in one group commit: one is stored, five answered.
        together = await asyncio.gather(
            *(post_ats(served.client, ats_event(), webhook_id="msg_six") for _ in range(6))
        )
    finally:
        event.remove(served.runtime.engine.sync_engine, "before_cursor_execute", record)

    assert replay.json()["replay"] is True
    assert [answer.json()["replay"] for answer in together].count(False) == 1
    written = [statement for statement in statements if statement.startswith("insert")]
    assert not [statement for statement in statements if statement.startswith("delete")]
    assert sum(" into verifications " in statement for statement in written) == 1
    assert sum(" into jobs " in statement for statement in written) == 1
    assert await count(served.runtime, VerificationRecord) == 2


async def test_concurrent_deliveries_of_one_event_start_one_verification(served: App) -> None:
    answers = await asyncio.gather(*(post_ats(served.client, ats_event()) for _ in range(6)))

    assert {answer.status_code for answer in answers} == {202}
    assert len({answer.json()["id"] for answer in answers}) == 1
    assert await count(served.runtime, VerificationRecord) == 1


async def test_a_burst_of_events_is_stored_together_each_with_its_own_answer(
    served: App,
) -> None:
    commits = 0

    def count_commit(_: object) -> None:
        nonlocal commits
        commits += 1

    event.listen(served.runtime.engine.sync_engine, "commit", count_commit)
    burst = [
        post_ats(served.client, ats_event(), webhook_id=f"msg_burst_{number}")
        for number in range(40)
    ] + [post_ats(served.client, ats_event(), webhook_id="msg_burst_7")]  # a replay among them
    answers = await asyncio.gather(*burst)

    assert {answer.status_code for answer in answers} == {202}
    assert len({answer.json()["id"] for answer in answers}) == 40
    assert answers[-1].json()["id"] == answers[7].json()["id"]
    assert [answer.json()["replay"] for answer in answers].count(True) == 1
    assert await count(served.runtime, VerificationRecord) == 40
    assert await count(served.runtime, Job, Job.kind == VERIFY_JOB) == 40
    # Group commit: the burst took far fewer transactions than webhooks.
    assert commits < 20


@pytest.mark.postgres
async def test_a_burst_with_replays_on_postgresql(tmp_path: Path) -> None:
    with throwaway_postgres_database() as database_url:
        upgrade(database_url)
        async for served in serve(
            tmp_path, webhook_secret=SECRET, workers=0, database_url=database_url
        ):
            ids = [f"msg_pg_{number % 25}" for number in range(50)]  # each event twice
            answers = await asyncio.gather(
                *(post_ats(served.client, ats_event(), webhook_id=webhook_id) for webhook_id in ids)
            )

            assert {answer.status_code for answer in answers} == {202}
            by_event: dict[str, set[str]] = {}
            for webhook_id, answer in zip(ids, answers, strict=True):
                by_event.setdefault(webhook_id, set()).add(answer.json()["id"])
            assert all(len(verification_ids) == 1 for verification_ids in by_event.values())
            assert [answer.json()["replay"] for answer in answers].count(True) == 25
            assert await count(served.runtime, VerificationRecord) == 25
            assert await count(served.runtime, Job, Job.kind == VERIFY_JOB) == 25


async def test_a_webhook_the_database_refuses_fails_alone(
    served: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_in = verifications.store_in

    async def refuse_one(session: AsyncSession, **arguments: Any) -> VerificationRecord:
        if "poisoned" in arguments["request"].resume_url:
            raise IntegrityError("INSERT", {}, Exception("refused by the database"))
        return await store_in(session, **arguments)

    monkeypatch.setattr(verifications, "store_in", refuse_one)
    events = [ats_event(resume_url=f"{RESUME_URL}&n={number}") for number in range(5)]
    events[2] = ats_event(resume_url=f"{RESUME_URL}&poisoned=1")
    client = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=served.app, raise_app_exceptions=False),
        base_url="https://test",
    )
    async with client:
        answers = await asyncio.gather(
            *(
                post_ats(client, event, webhook_id=f"msg_poison_{number}")
                for number, event in enumerate(events)
            )
        )

    assert [answer.status_code for answer in answers] == [202, 202, 500, 202, 202]
    assert await count(served.runtime, VerificationRecord) == 4


async def test_a_sender_that_hangs_up_mid_body_gets_no_traceback(
    served: App, caplog: pytest.LogCaptureFixture
) -> None:
    body, headers = signed(ats_event())
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "https",
        "path": ATS,
        "raw_path": ATS.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(name.lower().encode(), value.encode()) for name, value in headers.items()]
        + [(b"content-length", str(len(body)).encode()), (b"host", b"test")],
        "client": ("127.0.0.1", 50000),
        "server": ("test", 443),
    }
    received = iter(
        [
            {"type": "http.request", "body": body[:10], "more_body": True},
            {"type": "http.disconnect"},
        ]
    )
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return next(received)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await served.app(scope, receive, send)

    assert sent[0]["type"] == "http.response.start" and sent[0]["status"] == 400
    assert "Traceback" not in caplog.text
    assert await count(served.runtime, VerificationRecord) == 0


async def test_a_replay_after_its_verification_was_deleted_starts_nothing(served: App) -> None:
    first = await post_ats(served.client, ats_event())
    deleted = {"verification_id": first.json()["id"], "workspace_id": WORKSPACE}
    assert await verifications.delete(runtime=served.runtime, **deleted, actor=audit.Actor.cli())

    again = await post_ats(served.client, ats_event())

    assert again.status_code == 202
    assert again.json() == {"id": None, "status": "expired", "replay": True}
    assert await count(served.runtime, VerificationRecord) == 0
    assert "location" not in again.headers


async def test_long_event_ids_sharing_a_prefix_are_different_events(served: App) -> None:
    prefix = "msg_" + "x" * 300
    first = await post_ats(served.client, ats_event(), webhook_id=prefix + "1")
    second = await post_ats(served.client, ats_event(), webhook_id=prefix + "2")
    again = await post_ats(served.client, ats_event(), webhook_id=prefix + "2")

    assert {first.status_code, second.status_code, again.status_code} == {202}
    assert first.json()["id"] != second.json()["id"] == again.json()["id"]
    body = greenhouse_body()
    long_id = {"Greenhouse-Event-ID": "e" * 1000}
    greenhouse = await served.client.post(
        GREENHOUSE, content=body, headers=greenhouse_headers(body, **long_id)
    )
    assert greenhouse.status_code == 200


async def test_another_webhook_id_is_another_verification(served: App) -> None:
    first = await post_ats(served.client, ats_event(), webhook_id="msg_one")
    second = await post_ats(served.client, ats_event(), webhook_id="msg_two")

    assert first.json()["id"] != second.json()["id"]
    assert await count(served.runtime, VerificationRecord) == 2


@pytest.mark.parametrize(
    ("signing", "offset"),
    [
        (
            {"secret": "whsec_" + base64.b64encode(b"someone-else-s-secret-32-bytes!!").decode()},
            None,
        ),
        ({}, timedelta(minutes=-6)),
        ({}, timedelta(minutes=6)),
    ],
    ids=["wrong-secret", "stale", "future"],
)
async def test_a_bad_or_stale_signature_is_401(
    served: App, signing: dict[str, Any], offset: timedelta | None
) -> None:
    # The time is taken when the test runs, not when it is collected: a long run would
    # otherwise bring a "future" timestamp back inside the tolerance.
    if offset is not None:
        signing = signing | {"at": datetime.now(UTC) + offset}
    response = await post_ats(served.client, ats_event(), **signing)

    assert response.status_code == 401
    assert "signature" in response.json()["detail"]
    assert await count(served.runtime, VerificationRecord) == 0


async def test_a_body_changed_after_signing_is_401(served: App) -> None:
    body, headers = signed(ats_event())
    tampered = body.replace(b"nobody@example.org", b"attacker@example.org")

    response = await served.client.post(ATS, content=tampered, headers=headers)

    assert response.status_code == 401


@pytest.mark.parametrize(
    "headers",
    [{}, {"webhook-id": "x", "webhook-timestamp": "1", "webhook-signature": "garbage"}],
    ids=["none", "malformed"],
)
async def test_missing_or_malformed_signature_headers_are_401(
    served: App, headers: dict[str, str]
) -> None:
    response = await served.client.post(ATS, content=b"{}", headers=headers)

    assert response.status_code == 401


@pytest.mark.parametrize(
    ("event", "message"),
    [
        ({"type": 7, "data": {}}, "type"),
        ({"data": ats_event()["data"]}, "type"),
        (ats_event(resume_url=None), "resume_url"),
        (ats_event(resume_url="ftp://files.example.com/cv.pdf"), "resume_url"),
        (ats_event(links=["javascript:alert(1)"]), "link"),
        (ats_event(callback_url="not a url"), "callback_url"),
        (ats_event(candidate={"email": "not-an-email"}), "email"),
        ({"type": "verification.requested", "data": "resume"}, "data"),
    ],
    ids=[
        "type-number",
        "no-type",
        "no-resume",
        "ftp",
        "bad-link",
        "bad-callback",
        "bad-email",
        "data-string",
    ],
)
async def test_a_malformed_payload_is_400(served: App, event: dict[str, Any], message: str) -> None:
    response = await post_ats(served.client, event)

    assert response.status_code == 400, response.text
    assert message in response.json()["detail"].lower()
    assert await count(served.runtime, VerificationRecord) == 0


@pytest.mark.parametrize(
    "event",
    [
        {"type": "candidate.hired", "data": {}},
        {"type": "application.updated", "data": "anything", "timestamp": "2026-12-01T00:00:00Z"},
        ats_event() | {"type": "verification.cancelled"},
    ],
    ids=["hired", "odd-data", "same-shape"],
)
async def test_an_event_type_not_acted_on_is_acknowledged_and_ignored(
    served: App, event: dict[str, Any]
) -> None:
    response = await post_ats(served.client, event)

    assert response.status_code == 200, response.text
    assert response.json() == {"id": None, "status": "ignored", "replay": False}
    assert "location" not in response.headers
    assert await count(served.runtime, VerificationRecord) == 0
    assert await count(served.runtime, Job) == 0


async def test_an_unsigned_event_of_another_type_is_still_401(served: App) -> None:
    body = json.dumps({"type": "candidate.hired", "data": {}}).encode()

    response = await served.client.post(
        ATS, content=body, headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 401


async def test_an_oversized_body_is_413(served: App) -> None:
    event = ats_event(links=["https://example.org/" + "a" * 1000] * 300)

    response = await post_ats(served.client, event)

    assert response.status_code == 413


async def test_without_a_secret_the_webhooks_are_503(tmp_path: Path) -> None:
    async for app in serve(tmp_path, workers=0):
        ats = await post_ats(app.client, ats_event())
        greenhouse = await app.client.post(GREENHOUSE, content=b"{}")

        assert ats.status_code == 503
        assert "CREDLENS_WEBHOOK_SECRET" in ats.json()["detail"]
        assert greenhouse.status_code == 503
        assert "CREDLENS_GREENHOUSE_SECRET" in greenhouse.json()["detail"]


async def test_a_secret_not_in_whsec_form_is_503_not_the_sender_s_fault(tmp_path: Path) -> None:
    async for app in serve(tmp_path, webhook_secret="whsec_not*base64!", workers=0):
        response = await post_ats(app.client, ats_event())

        assert response.status_code == 503
        assert "whsec_" in response.json()["detail"]


# -- Greenhouse -------------------------------------------------------------------------------


async def test_webhook_to_report_to_signed_callback(
    tmp_path: Path, respx_mock: respx.MockRouter
) -> None:
    serve_example_issuer(respx_mock)
    respx_mock.get(RESUME_URL).mock(
        return_value=httpx.Response(200, content=RESUME, headers={"Content-Type": "text/plain"})
    )
    callback = respx_mock.post(CALLBACK).mock(return_value=httpx.Response(200))
    async for app in serve(tmp_path, webhook_secret=SECRET, workers=1):
        accepted = await post_ats(app.client, ats_event())
        verification_id = accepted.json()["id"]
        key = await api_key(app.runtime)
        done = await wait_until_finished(
            app.client,
            f"/api/v1/verifications/{verification_id}",
            headers={"Authorization": f"Bearer {key}"},
        )
        assert done["status"] == "done", done
        # The embedded worker delivers the callback; the test only waits for it.
        delivery = await delivered(app.runtime, verification_id)

        sent = callback.calls.last.request
        webhook_id, event = verify_standard(SECRET, sent.content, sent.headers)
        assert webhook_id == delivery.message_id
        assert event["type"] == "verification.completed"
        assert event["data"]["id"] == verification_id
        assert [claim["verdict"] for claim in event["data"]["claims"]] == ["verified"]
        assert delivery.status == DeliveryStatus.SUCCEEDED
        assert (delivery.attempts, delivery.last_status_code) == (1, 200)


async def delivered(runtime: Runtime, verification_id: str) -> WebhookDelivery:
    deadline = asyncio.get_running_loop().time() + 30
    while asyncio.get_running_loop().time() < deadline:
        async with runtime.sessions() as session:
            deliveries = await WebhookDeliveryRepository(session).list_for(
                verification_id, workspace_id=WORKSPACE
            )
        if deliveries and deliveries[0].status != DeliveryStatus.PENDING:
            return deliveries[0]
        await asyncio.sleep(0.05)
    raise AssertionError("the callback was not delivered within 30 s")


async def api_key(runtime: Runtime) -> str:
    async with runtime.sessions() as session, session.begin():
        _, key = await ApiKeyRepository(session, runtime.api_keys).create(
            "webhook-tests", workspace_id=WORKSPACE
        )
    return key
