"""Outbound callbacks: POST a verification's summary to its ``callback_url``, signed, retried.

One job of kind ``deliver`` makes one attempt. A failed attempt is recorded together with the
next job, due at the next attempt's time, in one transaction: the delivery row, not the
queue's generic retry policy, decides the schedule, so it can span days and honour
``Retry-After``.

Schedule (Standard Webhooks' example, each delay jittered by ±10 %): the first attempt at
once, then after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h: ten attempts over
about 3 days 3 hours. ``410 Gone`` and a URL the SSRF guard refuses end the delivery at once.
"""

from __future__ import annotations

import binascii
import json
import logging
import random
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import anyio
import httpx

from service import pipeline, verifications
from service.crypto import FileCipher
from service.runtime import Runtime
from service.settings import Settings
from service.storage import DeliveryStatus, WebhookDelivery, WebhookDeliveryRepository
from service.webhooks.signatures import sign_standard
from verifiers import BlockedURLError, create_client

logger = logging.getLogger(__name__)

#: Waits after the first, second, … failed attempt (Standard Webhooks' example schedule).
RETRY_DELAYS: tuple[timedelta, ...] = (
    timedelta(seconds=5),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=5),
    timedelta(hours=10),
    timedelta(hours=14),
    timedelta(hours=20),
    timedelta(hours=24),
)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
JITTER = 0.1
#: A receiver's Retry-After is honoured up to this; longer would outlast the schedule itself.
MAX_RETRY_AFTER = timedelta(hours=24)
#: Seconds one attempt may take in all, connection and response included (spec: 15–30 s).
ATTEMPT_TIMEOUT = 15.0
#: A job may start this much before its delivery is due (clocks of several workers).
DUE_SLACK = timedelta(seconds=1)
#: What is kept of a receiver's answer, for the deliveries log.
RESPONSE_EXCERPT_CHARS = 2048


@dataclass(frozen=True)
class Outcome:
    """One attempt's result, as recorded."""

    succeeded: bool
    status_code: int | None
    error: str | None
    #: When to try again; None after a success or a final failure.
    next_attempt_at: datetime | None


def retry_delay(
    failed_attempts: int, *, retry_after: timedelta | None = None, rng: random.Random | None = None
) -> timedelta | None:
    """How long to wait after ``failed_attempts`` failures; None once the schedule is spent.

    A receiver's ``Retry-After`` lengthens the wait (never shortens it), up to a day.
    """
    if failed_attempts < 1 or failed_attempts > len(RETRY_DELAYS):
        return None
    base = RETRY_DELAYS[failed_attempts - 1]
    jittered = base * (rng or random).uniform(1 - JITTER, 1 + JITTER)
    if retry_after is not None:
        jittered = max(jittered, min(retry_after, MAX_RETRY_AFTER))
    return jittered


def parse_retry_after(value: str | None, *, now: datetime) -> timedelta | None:
    """``Retry-After`` as seconds or as an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return timedelta(seconds=int(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(timedelta(0), when - now)


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; every time stored is UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def event_body(delivery: WebhookDelivery, cipher: FileCipher | None = None) -> bytes:
    """The Standard Webhooks envelope; its timestamp is the event's, the same on every try.

    A delivery whose data carries a secret (an evidence request's link) keeps it encrypted;
    ``cipher`` opens it for sending.
    """
    created = _aware(delivery.created_at)
    data: object = delivery.payload_summary
    if delivery.sealed_payload is not None:
        if cipher is None:
            raise ValueError("this delivery's data is sealed; a cipher is needed to send it")
        data = json.loads(cipher.decrypt(delivery.sealed_payload, record_id=delivery.message_id))
    envelope = {
        "type": delivery.event_type,
        "timestamp": created.isoformat().replace("+00:00", "Z"),
        "data": data,
    }
    return json.dumps(envelope, separators=(",", ":"), ensure_ascii=False).encode()


@asynccontextmanager
async def callback_client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """A guarded client for callbacks: callback URLs are SSRF vectors, redirects are failures."""
    policy = replace(
        pipeline.http_policy(settings),
        max_redirects=0,
        total_timeout=ATTEMPT_TIMEOUT,
    )
    async with create_client(policy) as client:
        yield client


async def _post(
    client: httpx.AsyncClient, url: str, body: bytes, headers: Mapping[str, str]
) -> tuple[int, str, str | None]:
    """POST once; the status, the start of the answer and its Retry-After."""
    with anyio.fail_after(ATTEMPT_TIMEOUT):
        async with client.stream(
            "POST", url, content=body, headers=headers, follow_redirects=False
        ) as response:
            excerpt = bytearray()
            async for chunk in response.aiter_bytes():
                excerpt += chunk
                # The answer is only logged; a receiver streaming megabytes is not waited for.
                if len(excerpt) >= RESPONSE_EXCERPT_CHARS:
                    break
    text = bytes(excerpt).decode("utf-8", errors="replace")[:RESPONSE_EXCERPT_CHARS]
    return response.status_code, text, response.headers.get("retry-after")


async def attempt(
    *,
    client: httpx.AsyncClient,
    delivery: WebhookDelivery,
    secret: str,
    now: datetime,
    rng: random.Random | None = None,
    cipher: FileCipher | None = None,
) -> Outcome:
    """Make one attempt at a delivery and decide what follows; records nothing."""
    failed_attempts = delivery.attempts + 1

    def retry(status_code: int | None, error: str, retry_after: timedelta | None = None) -> Outcome:
        delay = retry_delay(failed_attempts, retry_after=retry_after, rng=rng)
        if delay is None:
            error = f"{error}; gave up after {failed_attempts} attempts"
        return Outcome(False, status_code, error, None if delay is None else now + delay)

    body = event_body(delivery, cipher)
    # A missing or malformed secret is the operator's to fix; until then nothing unsigned
    # goes out, and the schedule keeps the delivery alive meanwhile.
    if not secret:
        return retry(None, "CREDLENS_WEBHOOK_SECRET is not set, so the callback cannot be signed")
    try:
        signature = sign_standard(secret, webhook_id=delivery.message_id, body=body, timestamp=now)
    except (binascii.Error, ValueError):
        return retry(None, "CREDLENS_WEBHOOK_SECRET is not a whsec_ secret")
    headers = {**signature, "Content-Type": "application/json"}
    try:
        status_code, answer, retry_after_header = await _post(client, delivery.url, body, headers)
    except BlockedURLError as error:
        return Outcome(False, None, f"callback URL refused: {error.reason}", None)
    except TimeoutError:
        return retry(None, f"no answer within {ATTEMPT_TIMEOUT:g} s")
    except httpx.InvalidURL as error:
        return Outcome(False, None, f"callback URL refused: {error}", None)
    except httpx.HTTPError as error:
        return retry(None, f"{type(error).__name__}: {error}"[:RESPONSE_EXCERPT_CHARS])
    if 200 <= status_code <= 299:
        return Outcome(True, status_code, None, None)
    if status_code == 410:
        return Outcome(False, status_code, f"410 Gone, the receiver disabled it: {answer}", None)
    retry_after = parse_retry_after(retry_after_header, now=now)
    what = "a redirect, which is not followed" if 300 <= status_code <= 399 else "a failure"
    return retry(status_code, f"HTTP {status_code}, {what}: {answer}", retry_after)


async def deliver(
    *,
    runtime: Runtime,
    delivery_id: int,
    client: httpx.AsyncClient | None = None,
    rng: random.Random | None = None,
) -> None:
    """The job handler for ``deliver``: one attempt, recorded, the next one queued if due.

    Safe to run twice (a crash between POST and record): receivers deduplicate on the
    ``webhook-id``, which is the delivery's message id on every attempt.
    """
    async with runtime.sessions() as session:
        delivery = await WebhookDeliveryRepository(session).get(delivery_id)
    if delivery is None or delivery.status != DeliveryStatus.PENDING:
        return
    now = datetime.now(UTC)
    due = delivery.next_attempt_at
    if due is not None and _aware(due) > now + DUE_SLACK:
        # A job that ran before a crash, run again: its successor is already queued for then.
        return
    setting = runtime.settings.webhook_secret
    secret = setting.get_secret_value().strip() if setting is not None else ""
    if client is None:
        async with callback_client(runtime.settings) as own_client:
            outcome = await attempt(
                client=own_client,
                delivery=delivery,
                secret=secret,
                now=now,
                rng=rng,
                cipher=runtime.cipher,
            )
    else:
        outcome = await attempt(
            client=client,
            delivery=delivery,
            secret=secret,
            now=now,
            rng=rng,
            cipher=runtime.cipher,
        )
    async with runtime.sessions() as session, session.begin():
        await WebhookDeliveryRepository(session).record_attempt(
            delivery_id,
            succeeded=outcome.succeeded,
            status_code=outcome.status_code,
            error=outcome.error,
            next_attempt_at=outcome.next_attempt_at,
        )
        if outcome.next_attempt_at is not None:
            await runtime.queue.enqueue_in(
                session,
                verifications.DELIVER_JOB,
                str(delivery_id),
                run_after=outcome.next_attempt_at,
            )
    logger.info(
        "callback delivery %s attempt %d: %s",
        delivery_id,
        delivery.attempts + 1,
        "delivered"
        if outcome.succeeded
        else ("retrying" if outcome.next_attempt_at else "given up"),
    )


__all__ = [
    "MAX_ATTEMPTS",
    "RETRY_DELAYS",
    "Outcome",
    "attempt",
    "callback_client",
    "deliver",
    "event_body",
    "parse_retry_after",
    "retry_delay",
]
