"""Outbound callbacks: signed, redirects not followed, retried for over a day, 410 and SSRF end."""

from __future__ import annotations

import base64
import random
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import respx
from sqlalchemy import select, update

from service import pipeline
from service.runtime import Runtime, open_runtime
from service.settings import Settings
from service.storage import (
    DeliveryStatus,
    VerificationRepository,
    WebhookDelivery,
    WebhookDeliveryRepository,
)
from service.storage.models import Job
from service.verifications import DELIVER_JOB
from service.webhooks.outbound import (
    MAX_ATTEMPTS,
    RETRY_DELAYS,
    deliver,
    parse_retry_after,
    retry_delay,
)
from service.webhooks.signatures import verify_standard
from testkit.factories import WORKSPACE
from verifiers import create_client

SECRET = "whsec_" + base64.b64encode(b"outbound-secret-of-32-bytes-long").decode()
CALLBACK = "https://ats.example.com/hooks/credlens"
SUMMARY = {"id": "will-be-set", "status": "done", "score": 0.5, "claims": []}


@dataclass
class Setup:
    runtime: Runtime
    delivery_id: int
    verification_id: str


async def make_delivery(runtime: Runtime, url: str = CALLBACK) -> Setup:
    async with runtime.sessions() as session, session.begin():
        record = await VerificationRepository(session).create(
            workspace_id=WORKSPACE, origin="webhook", callback_url=url
        )
        delivery = await WebhookDeliveryRepository(session).create(
            verification_id=record.id,
            url=url,
            event_type="verification.completed",
            payload_summary=SUMMARY | {"id": record.id},
        )
    return Setup(runtime=runtime, delivery_id=delivery.id, verification_id=record.id)


async def open_for(tmp_path: Path, **settings: object) -> AsyncIterator[Runtime]:
    async with open_runtime(Settings(data_dir=tmp_path / "var", **settings)) as runtime:  # type: ignore[arg-type]
        yield runtime


@pytest.fixture
async def runtime(tmp_path: Path) -> AsyncIterator[Runtime]:
    async for opened in open_for(tmp_path, webhook_secret=SECRET):
        yield opened


async def stored(runtime: Runtime, delivery_id: int) -> WebhookDelivery:
    async with runtime.sessions() as session:
        delivery = await WebhookDeliveryRepository(session).get(delivery_id)
    assert delivery is not None
    return delivery


async def deliver_jobs(runtime: Runtime) -> list[Job]:
    async with runtime.sessions() as session:
        return list((await session.scalars(select(Job).where(Job.kind == DELIVER_JOB))).all())


async def time_passes(runtime: Runtime, delivery_id: int) -> None:
    """Bring the next attempt forward to now, as if its wait were over."""
    async with runtime.sessions() as session, session.begin():
        await session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id == delivery_id)
            .values(next_attempt_at=datetime.now(UTC) - timedelta(seconds=1))
        )


def as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


async def test_delivered_signed_with_the_standard_webhooks_scheme(
    runtime: Runtime, respx_mock: respx.MockRouter
) -> None:
    setup = await make_delivery(runtime)
    route = respx_mock.post(CALLBACK).mock(return_value=httpx.Response(204))

    await deliver(runtime=runtime, delivery_id=setup.delivery_id)

    sent = route.calls.last.request
    webhook_id, event = verify_standard(SECRET, sent.content, sent.headers)
    delivery = await stored(runtime, setup.delivery_id)
    assert webhook_id == delivery.message_id
    assert event["type"] == "verification.completed"
    assert event["data"] == SUMMARY | {"id": setup.verification_id}
    assert datetime.fromisoformat(event["timestamp"]) == as_utc(delivery.created_at)
    assert sent.headers["content-type"] == "application/json"
    assert delivery.status == DeliveryStatus.SUCCEEDED
    assert (delivery.attempts, delivery.last_status_code) == (1, 204)
    assert delivery.next_attempt_at is None
    assert await deliver_jobs(runtime) == []


async def test_a_failure_is_retried_later_with_the_same_webhook_id(
    runtime: Runtime, respx_mock: respx.MockRouter
) -> None:
    setup = await make_delivery(runtime)
    route = respx_mock.post(CALLBACK).mock(
        side_effect=[
            httpx.Response(503, text="maintenance", headers={"Retry-After": "120"}),
            httpx.Response(200, text="ok"),
        ]
    )
    before = datetime.now(UTC)

    await deliver(runtime=runtime, delivery_id=setup.delivery_id)

    failed = await stored(runtime, setup.delivery_id)
    assert failed.status == DeliveryStatus.PENDING
    assert (failed.attempts, failed.last_status_code) == (1, 503)
    assert failed.last_error is not None and "maintenance" in failed.last_error
    assert failed.next_attempt_at is not None
    # Retry-After (120 s) outweighs the schedule's first wait (5 s).
    wait = as_utc(failed.next_attempt_at) - before
    assert timedelta(seconds=119) <= wait <= timedelta(seconds=125)
    [job] = await deliver_jobs(runtime)
    assert job.target_id == str(setup.delivery_id)
    assert as_utc(job.run_after) == as_utc(failed.next_attempt_at)
    await time_passes(runtime, setup.delivery_id)

    await deliver(runtime=runtime, delivery_id=setup.delivery_id)

    done = await stored(runtime, setup.delivery_id)
    assert done.status == DeliveryStatus.SUCCEEDED
    assert done.attempts == 2
    first, second = (call.request.headers["webhook-id"] for call in route.calls)
    assert first == second == done.message_id
    verify_standard(SECRET, route.calls.last.request.content, route.calls.last.request.headers)


async def test_a_job_run_again_before_the_next_attempt_is_due_sends_nothing(
    runtime: Runtime, respx_mock: respx.MockRouter
) -> None:
    # As after a crash between recording an attempt and finishing its job.
    setup = await make_delivery(runtime)
    route = respx_mock.post(CALLBACK).mock(return_value=httpx.Response(500))
    await deliver(runtime=runtime, delivery_id=setup.delivery_id)

    await deliver(runtime=runtime, delivery_id=setup.delivery_id)

    assert route.call_count == 1
    assert (await stored(runtime, setup.delivery_id)).attempts == 1
    assert len(await deliver_jobs(runtime)) == 1


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(429),
        httpx.Response(500),
        httpx.Response(400, text="bad"),
        httpx.ConnectTimeout("slow"),
        httpx.ConnectError("refused"),
    ],
    ids=["429", "500", "400", "timeout", "refused"],
)
async def test_throttling_errors_and_timeouts_are_retried(
    runtime: Runtime, respx_mock: respx.MockRouter, answer: httpx.Response | Exception
) -> None:
    setup = await make_delivery(runtime)
    respx_mock.post(CALLBACK).mock(side_effect=[answer])

    await deliver(runtime=runtime, delivery_id=setup.delivery_id)

    delivery = await stored(runtime, setup.delivery_id)
    assert delivery.status == DeliveryStatus.PENDING
    assert delivery.next_attempt_at is not None
    assert len(await deliver_jobs(runtime)) == 1


async def test_410_gone_stops_at_once(runtime: Runtime, respx_mock: respx.MockRouter) -> None:
    setup = await make_delivery(runtime)
    respx_mock.post(CALLBACK).mock(return_value=httpx.Response(410, text="endpoint removed"))

    await deliver(runtime=runtime, delivery_id=setup.delivery_id)

    delivery = await stored(runtime, setup.delivery_id)
    assert delivery.status == DeliveryStatus.FAILED
    assert delivery.last_status_code == 410
    assert delivery.next_attempt_at is None
    assert await deliver_jobs(runtime) == []


async def test_a_redirect_is_not_followed(runtime: Runtime, respx_mock: respx.MockRouter) -> None:
    # Only the callback is mocked: following the Location would be an unmocked request.
    setup = await make_delivery(runtime)
    route = respx_mock.post(CALLBACK).mock(
        return_value=httpx.Response(
            307, headers={"Location": "http://169.254.169.254/latest/meta-data"}
        )
    )

    await deliver(runtime=runtime, delivery_id=setup.delivery_id)

    assert route.call_count == 1
    delivery = await stored(runtime, setup.delivery_id)
    assert delivery.status == DeliveryStatus.PENDING
    assert delivery.last_status_code == 307
    assert delivery.last_error is not None and "redirect" in delivery.last_error


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://localhost/hook",
        "http://[::1]/hook",
        "http://10.0.0.7/hook",
    ],
)
async def test_a_callback_url_the_guard_refuses_fails_once_and_for_all(
    runtime: Runtime, respx_mock: respx.MockRouter, url: str
) -> None:
    setup = await make_delivery(runtime, url)

    await deliver(runtime=runtime, delivery_id=setup.delivery_id)

    delivery = await stored(runtime, setup.delivery_id)
    assert delivery.status == DeliveryStatus.FAILED
    assert delivery.attempts == 1
    assert delivery.last_error is not None and "refused" in delivery.last_error
    assert await deliver_jobs(runtime) == []
    assert not respx_mock.calls


async def test_a_callback_host_resolving_to_a_private_address_is_refused(
    runtime: Runtime,
) -> None:
    # No respx: the real connection pool asks the guard's resolver, which answers privately.
    async def rebinding(host: str, port: int) -> list[str]:
        return ["10.1.2.3"]

    setup = await make_delivery(runtime)
    policy = replace(pipeline.http_policy(runtime.settings), max_redirects=0)

    async with create_client(policy, resolver=rebinding) as client:
        await deliver(runtime=runtime, delivery_id=setup.delivery_id, client=client)

    delivery = await stored(runtime, setup.delivery_id)
    assert delivery.status == DeliveryStatus.FAILED
    assert delivery.last_error is not None and "non-public" in delivery.last_error
    assert await deliver_jobs(runtime) == []


async def test_a_failing_receiver_is_tried_for_more_than_a_day_then_given_up(
    runtime: Runtime, respx_mock: respx.MockRouter
) -> None:
    setup = await make_delivery(runtime)
    route = respx_mock.post(CALLBACK).mock(return_value=httpx.Response(502))
    scheduled: list[timedelta] = []

    for _ in range(MAX_ATTEMPTS):
        await time_passes(runtime, setup.delivery_id)
        await deliver(runtime=runtime, delivery_id=setup.delivery_id, rng=random.Random(7))
        delivery = await stored(runtime, setup.delivery_id)
        if delivery.next_attempt_at is not None:
            assert delivery.last_attempt_at is not None
            scheduled.append(as_utc(delivery.next_attempt_at) - as_utc(delivery.last_attempt_at))

    # Once given up, a stray job finds nothing to do.
    await deliver(runtime=runtime, delivery_id=setup.delivery_id)

    assert route.call_count == MAX_ATTEMPTS
    assert delivery.status == DeliveryStatus.FAILED
    assert delivery.attempts == MAX_ATTEMPTS
    assert delivery.last_error is not None and "gave up" in delivery.last_error
    assert len(scheduled) == MAX_ATTEMPTS - 1
    assert sum(scheduled, timedelta()) >= timedelta(hours=24)
    assert len(await deliver_jobs(runtime)) == MAX_ATTEMPTS - 1


def test_the_schedule_spans_more_than_a_day_even_at_its_shortest() -> None:
    class Lowest(random.Random):
        def uniform(self, a: float, b: float) -> float:
            return min(a, b)

    delays = [retry_delay(n, rng=Lowest()) for n in range(1, MAX_ATTEMPTS)]

    assert all(delay is not None for delay in delays)
    assert sum((delay for delay in delays if delay), timedelta()) >= timedelta(hours=24)
    assert delays == sorted(delays, key=lambda delay: delay or timedelta())
    assert retry_delay(MAX_ATTEMPTS) is None
    assert len(RETRY_DELAYS) == MAX_ATTEMPTS - 1


def test_retry_after_lengthens_but_never_shortens_and_is_capped() -> None:
    fixed = random.Random(1)

    short = retry_delay(5, retry_after=timedelta(seconds=1), rng=fixed)
    long = retry_delay(1, retry_after=timedelta(days=30), rng=fixed)

    assert short is not None and short >= RETRY_DELAYS[4] * 0.9
    assert long == timedelta(hours=24)


def test_retry_after_is_read_as_seconds_or_an_http_date() -> None:
    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

    assert parse_retry_after("30", now=now) == timedelta(seconds=30)
    assert parse_retry_after("Sat, 28 Nov 2026 12:10:00 GMT", now=now) == timedelta(minutes=10)
    assert parse_retry_after("Sat, 28 Nov 2026 11:00:00 GMT", now=now) == timedelta(0)
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after(None, now=now) is None


async def test_without_a_secret_nothing_unsigned_is_sent(
    tmp_path: Path, respx_mock: respx.MockRouter
) -> None:
    async for runtime in open_for(tmp_path):
        setup = await make_delivery(runtime)

        await deliver(runtime=runtime, delivery_id=setup.delivery_id)

        delivery = await stored(runtime, setup.delivery_id)
        assert not respx_mock.calls
        assert delivery.status == DeliveryStatus.PENDING
        assert delivery.last_error is not None
        assert "CREDLENS_WEBHOOK_SECRET" in delivery.last_error


async def test_a_delivery_deleted_with_its_verification_is_skipped(
    runtime: Runtime, respx_mock: respx.MockRouter
) -> None:
    setup = await make_delivery(runtime)
    async with runtime.sessions() as session, session.begin():
        assert await VerificationRepository(session).delete(
            setup.verification_id, workspace_id=WORKSPACE
        )

    await deliver(runtime=runtime, delivery_id=setup.delivery_id)

    assert not respx_mock.calls
    assert await deliver_jobs(runtime) == []
