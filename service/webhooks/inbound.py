"""Inbound webhooks from applicant tracking systems: verify the signature, persist, enqueue.

Both endpoints only check the signature over the raw body, store the verification and queue
its job; the résumé URL is fetched later by the job through the guarded client, so an answer
takes milliseconds. A replayed event is acknowledged with the verification it started and is
never run twice.
"""

from __future__ import annotations

import asyncio
import binascii
import hashlib
import logging
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, HTTPException, Request, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from standardwebhooks.webhooks import Webhook

from service import verifications
from service.api import Problem, RuntimeDep
from service.runtime import Runtime
from service.storage import InboundWebhookRepository, is_sqlite
from service.verifications import RequestError, VerificationRequest
from service.webhooks.signatures import SignatureError, verify_greenhouse, verify_standard

logger = logging.getLogger(__name__)

#: Inbound bodies are small JSON documents that point at the résumé; anything larger is refused.
MAX_BODY_BYTES = 256 * 1024
ATS_SOURCE = "ats"
GREENHOUSE_SOURCE = "greenhouse"

router = APIRouter(
    prefix="/api/v1/webhooks",
    tags=["webhooks"],
    responses={
        400: {"model": Problem, "description": "The payload is malformed."},
        401: {"model": Problem, "description": "The signature or its timestamp does not hold."},
        413: {"model": Problem, "description": "The body is larger than 256 KiB."},
        503: {"model": Problem, "description": "No webhook secret is configured."},
    },
)


class AtsCandidate(BaseModel):
    """Who the résumé belongs to; the email is matched against badge recipients."""

    name: str | None = Field(default=None, max_length=300)
    email: str | None = Field(default=None, max_length=320)


class AtsVerificationData(BaseModel):
    candidate: AtsCandidate = Field(default_factory=AtsCandidate)
    resume_url: str = Field(max_length=4096, description="Where the job fetches the résumé.")
    links: list[str] = Field(default_factory=list, description="Badge or certificate links.")
    callback_url: str | None = Field(
        default=None, max_length=4096, description="Where to POST the signed result."
    )


class AtsEvent(BaseModel):
    """A Standard Webhooks event asking for one verification."""

    type: Literal["verification.requested"]
    timestamp: str | None = None
    data: AtsVerificationData


class WebhookAccepted(BaseModel):
    id: str | None = Field(description="The verification; null when nothing was started.")
    status: str = Field(
        description="The verification's status, or 'ignored' (an event with no résumé, "
        "a ping) or 'expired' (a replay of a verification already purged)."
    )
    replay: bool = Field(default=False, description="True when this event was seen before.")


# -- Greenhouse's shape: only what a verification needs is read, the rest is ignored. --------


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")


class GreenhouseValue(_Lenient):
    value: str | None = None


class GreenhouseAttachment(_Lenient):
    type: str | None = None
    url: str | None = None


class GreenhouseCandidate(_Lenient):
    email_addresses: list[GreenhouseValue] = Field(default_factory=list)
    website_addresses: list[GreenhouseValue] = Field(default_factory=list)
    attachments: list[GreenhouseAttachment] = Field(default_factory=list)


class GreenhouseApplication(_Lenient):
    candidate: GreenhouseCandidate | None = None


class GreenhousePayload(_Lenient):
    application: GreenhouseApplication | None = None


class GreenhouseEvent(_Lenient):
    action: str
    payload: GreenhousePayload | None = None


async def _raw_body(request: Request) -> bytes:
    """The body exactly as sent (signatures cover these bytes), refused past the cap."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise HTTPException(413, f"The body is larger than {MAX_BODY_BYTES} bytes.")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise HTTPException(413, f"The body is larger than {MAX_BODY_BYTES} bytes.")
    return bytes(body)


def _configured_secret(runtime: Runtime, *, standard: bool) -> str:
    """The secret that signs this endpoint's webhooks; 503 while the operator has set none."""
    settings = runtime.settings
    setting = settings.webhook_secret if standard else settings.greenhouse_secret
    name = "CREDLENS_WEBHOOK_SECRET" if standard else "CREDLENS_GREENHOUSE_SECRET"
    if setting is None or not setting.get_secret_value().strip():
        raise HTTPException(503, f"Webhooks are not enabled here: {name} is not set.")
    secret = setting.get_secret_value().strip()
    if standard:
        try:
            Webhook(secret)
        except (binascii.Error, ValueError):
            # A misconfiguration is the operator's to fix, not the sender's signature at fault.
            raise HTTPException(
                503, f"{name} is not a Standard Webhooks secret (whsec_ followed by base64)."
            ) from None
    return secret


def _inline_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema with its nested models written out in place.

    The body is read raw (the signature covers the bytes), so FastAPI does not register the
    models; references to ``#/$defs`` would dangle once placed in the OpenAPI document.
    """
    schema = model.model_json_schema()
    definitions: dict[str, Any] = schema.pop("$defs", {})

    def resolve(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                target = definitions[node["$ref"].rsplit("/", 1)[-1]]
                siblings = {key: value for key, value in node.items() if key != "$ref"}
                return resolve(target | siblings)
            return {key: resolve(value) for key, value in node.items()}
        if isinstance(node, list):
            return [resolve(item) for item in node]
        return node

    resolved: dict[str, Any] = resolve(schema)
    return resolved


def _event_key(event_id: str) -> str:
    """The id as stored: a long one by its digest, so two never share a truncated prefix."""
    if len(event_id) <= 200:
        return event_id
    return "sha256:" + hashlib.sha256(event_id.encode()).hexdigest()


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "body"
    return f"{where}: {first['msg']}"


_sqlite_writers: weakref.WeakKeyDictionary[object, asyncio.Lock] = weakref.WeakKeyDictionary()


@asynccontextmanager
async def _one_writer_at_a_time(runtime: Runtime) -> AsyncIterator[None]:
    """On SQLite, let this process's webhooks write one after another.

    SQLite has one writer; a second waits in its busy handler, which sleeps in steps of up
    to 100 ms. Under a burst of webhooks those sleeps, not the work, made the slowest
    acknowledgments; queueing on a lock hands the database over the moment it is free.
    """
    if not is_sqlite(runtime.engine.url):
        yield
        return
    lock = _sqlite_writers.setdefault(runtime.engine.sync_engine, asyncio.Lock())
    async with lock:
        yield


async def _start_once(
    runtime: Runtime, *, source: str, event_id: str, request: VerificationRequest
) -> WebhookAccepted:
    """Start the verification an event asks for, unless that event was seen before.

    A replay is answered from the remembered event without storing anything. Two
    deliveries of one event at the same moment both get past that look-up only across
    processes (within one, SQLite writes are serialised, look-up included); then the
    loser's claim fails and it takes its verification back.
    """
    async with _one_writer_at_a_time(runtime):
        async with runtime.sessions() as session:
            earlier = await InboundWebhookRepository(session).verification_for(
                source=source, event_id=event_id
            )
        if earlier is not None:
            return await _replayed(runtime, earlier)
        try:
            record = await verifications.submit(runtime=runtime, request=request, origin="webhook")
        except RequestError as error:
            raise HTTPException(error.status_code, str(error)) from None
        async with runtime.sessions() as session, session.begin():
            first = await InboundWebhookRepository(session).remember(
                source=source, event_id=event_id, verification_id=record.id
            )
            winner = (
                None
                if first
                else await InboundWebhookRepository(session).verification_for(
                    source=source, event_id=event_id
                )
            )
    if first:
        logger.info("webhook accepted: source=%s verification=%s", source, record.id)
        return WebhookAccepted(id=record.id, status=record.status)
    # A concurrent delivery of the same event won the race, or the event's verification was
    # since purged: take ours back so the résumé is checked once.
    await verifications.delete(runtime=runtime, verification_id=record.id)
    if winner is None:
        return WebhookAccepted(id=None, status="expired", replay=True)
    return await _replayed(runtime, winner)


async def _replayed(runtime: Runtime, verification_id: str) -> WebhookAccepted:
    record = await verifications.get(runtime=runtime, verification_id=verification_id)
    status = record.status if record is not None else "expired"
    return WebhookAccepted(id=verification_id, status=status, replay=True)


def _located(response: Response, accepted: WebhookAccepted) -> WebhookAccepted:
    if accepted.id is not None:
        response.headers["Location"] = f"/api/v1/verifications/{accepted.id}"
    return accepted


@router.post(
    "/ats",
    status_code=202,
    response_model=WebhookAccepted,
    summary="Start a verification from a Standard Webhooks event",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": _inline_schema(AtsEvent)}},
        }
    },
)
async def ats_webhook(request: Request, response: Response, runtime: RuntimeDep) -> WebhookAccepted:
    """Signed with ``CREDLENS_WEBHOOK_SECRET`` (``webhook-id``, ``webhook-timestamp`` within
    five minutes, ``webhook-signature``); a replayed ``webhook-id`` gets the same answer."""
    secret = _configured_secret(runtime, standard=True)
    body = await _raw_body(request)
    try:
        webhook_id, payload = verify_standard(secret, body, request.headers)
    except SignatureError as error:
        raise HTTPException(401, f"The webhook signature does not hold: {error}.") from None
    try:
        event = AtsEvent.model_validate(payload)
    except ValidationError as error:
        raise HTTPException(400, _first_error(error)) from None
    data = event.data
    verification_request = VerificationRequest(
        resume_url=data.resume_url,
        links=tuple(data.links),
        email=data.candidate.email,
        callback_url=data.callback_url,
    )
    accepted = await _start_once(
        runtime, source=ATS_SOURCE, event_id=_event_key(webhook_id), request=verification_request
    )
    return _located(response, accepted)


def _greenhouse_request(event: GreenhouseEvent) -> VerificationRequest | None:
    """What to verify from a Greenhouse application event; None when it carries no résumé."""
    application = event.payload.application if event.payload else None
    candidate = application.candidate if application else None
    if candidate is None:
        return None
    resume = next(
        (
            attachment.url
            for attachment in candidate.attachments
            if (attachment.type or "").lower() == "resume" and attachment.url
        ),
        None,
    )
    if resume is None:
        return None
    email = next((entry.value for entry in candidate.email_addresses if entry.value), None)
    # Candidates list portfolio and badge pages among their websites; only web links are kept.
    links = tuple(
        entry.value.strip()
        for entry in candidate.website_addresses
        if entry.value and entry.value.strip().lower().startswith(("http://", "https://"))
    )
    return VerificationRequest(resume_url=resume, links=links, email=email)


@router.post(
    "/greenhouse",
    status_code=200,
    response_model=WebhookAccepted,
    summary="Start a verification from a Greenhouse web hook",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": _inline_schema(GreenhouseEvent)}},
        }
    },
)
async def greenhouse_webhook(
    request: Request,
    response: Response,
    runtime: RuntimeDep,
    signature: Annotated[str | None, Header(description="sha256 <hex HMAC of the body>")] = None,
    greenhouse_event_id: Annotated[str | None, Header()] = None,
) -> WebhookAccepted:
    """Signed with ``CREDLENS_GREENHOUSE_SECRET``; answered 200 (Greenhouse counts anything
    else as a failure), including its ping and events that carry no résumé."""
    secret = _configured_secret(runtime, standard=False)
    body = await _raw_body(request)
    try:
        verify_greenhouse(secret, body, signature)
    except SignatureError as error:
        raise HTTPException(401, f"The webhook signature does not hold: {error}.") from None
    try:
        event = GreenhouseEvent.model_validate_json(body)
    except ValidationError as error:
        raise HTTPException(400, _first_error(error)) from None
    verification_request = _greenhouse_request(event)
    if event.action == "ping" or verification_request is None:
        return WebhookAccepted(id=None, status="ignored")
    # Without Greenhouse's event id, a byte-identical body is the same delivery sent again.
    event_id = (
        _event_key(greenhouse_event_id)
        if greenhouse_event_id
        else "sha256:" + hashlib.sha256(body).hexdigest()
    )
    accepted = await _start_once(
        runtime, source=GREENHOUSE_SOURCE, event_id=event_id, request=verification_request
    )
    return _located(response, accepted)


__all__ = ["AtsEvent", "WebhookAccepted", "router"]
