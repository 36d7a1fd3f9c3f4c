"""Inbound webhooks from applicant tracking systems: verify the signature, persist, enqueue.

Both endpoints only check the signature over the raw body, store the verification and queue
its job; the résumé URL is fetched later by the job through the guarded client, so an answer
takes milliseconds. A replayed event is acknowledged with the verification it started and is
never run twice.
"""

from __future__ import annotations

import asyncio
import binascii
import dataclasses
import hashlib
import logging
import weakref
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, HTTPException, Request, Response
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession
from standardwebhooks.webhooks import Webhook

from service import audit, named_roles, roles, verifications
from service.access import RuntimeDep
from service.api import Problem
from service.runtime import Runtime
from service.storage import InboundWebhookRepository
from service.storage.repositories.accounts import WorkspaceRepository
from service.verifications import RequestError, VerificationRequest
from service.webhooks.greenhouse import GreenhouseEvent, Job, greenhouse_job, greenhouse_request
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
        503: {
            "model": Problem,
            "description": "No webhook secret is configured, or its workspace does not exist.",
        },
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
    #: Checked when the request is (``service.roles``): a bad shape is a 422 with a sentence.
    role: Any = Field(
        default=None,
        description=f"The role: a job description as text, or {roles.STRUCTURED_ROLE}.",
        json_schema_extra=roles.ROLE_SCHEMA,
    )
    role_name: str | None = Field(
        default=None,
        max_length=named_roles.MAX_NAME_CHARS,
        description="A role the workspace keeps (credlens role set, PUT /api/v1/roles/{name}), "
        "by name; unknown is a 400. Not with role.",
    )
    job_id: str | None = Field(
        default=None,
        max_length=named_roles.MAX_JOB_ID_CHARS,
        description="The ATS job applied to: the role kept for it (--ats-job) is used, if any.",
    )


#: The one inbound event type credlens acts on; any other is acknowledged and ignored.
VERIFICATION_REQUESTED = "verification.requested"


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


#: Webhooks written in one transaction at most; more wait for the next.
MAX_BATCH = 64


@dataclasses.dataclass(frozen=True)
class _Arrival:
    source: str
    event_id: str
    request: VerificationRequest
    answer: asyncio.Future[WebhookAccepted]


class _GroupCommit:
    """Stores the webhooks that arrive while the last write is under way in one transaction.

    An acknowledgment's cost is almost all database round trips (on SQLite each crosses to
    aiosqlite's thread; a transaction costs ~2 ms of them, the rows ~0.02 ms), so under a
    burst one transaction for many webhooks acknowledges each far sooner. One writer per
    process also keeps SQLite's busy handler, which sleeps in steps of up to 100 ms, out of it.
    """

    def __init__(self) -> None:
        self._waiting: list[_Arrival] = []
        self._writer: asyncio.Task[None] | None = None

    async def start(
        self, runtime: Runtime, *, source: str, event_id: str, request: VerificationRequest
    ) -> WebhookAccepted:
        """Store and queue the verification, once per event; answers when it is committed."""
        answer: asyncio.Future[WebhookAccepted] = asyncio.get_running_loop().create_future()
        self._waiting.append(_Arrival(source, event_id, request, answer))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_while_waiting(runtime))
        return await answer

    async def _write_while_waiting(self, runtime: Runtime) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting[:MAX_BATCH], self._waiting[MAX_BATCH:]
            try:
                answers = await _store_batch(runtime, batch)
            except Exception as error:
                if len(batch) == 1:
                    _settle(batch[0], error=error)
                    continue
                # One webhook the database refuses must not fail the others: each on its own.
                logger.warning(
                    "a batch of webhooks failed (%s); storing each alone", type(error).__name__
                )
                for arrival in batch:
                    try:
                        (answer,) = await _store_batch(runtime, [arrival])
                    except Exception as single_error:
                        _settle(arrival, error=single_error)
                    else:
                        _settle(arrival, answer=answer)
                continue
            for arrival, answer in zip(batch, answers, strict=True):
                _settle(arrival, answer=answer)


def _settle(
    arrival: _Arrival, *, answer: WebhookAccepted | None = None, error: BaseException | None = None
) -> None:
    # A sender that hung up has no one waiting for its answer; what was stored stays stored.
    if arrival.answer.done():
        return
    if error is not None:
        arrival.answer.set_exception(error)
    else:
        assert answer is not None
        arrival.answer.set_result(answer)


async def _webhook_workspace(runtime: Runtime, session: AsyncSession) -> int:
    """The id of the workspace the webhooks' secrets belong to; 503 if it does not exist."""
    name = runtime.settings.webhook_workspace
    workspace = await WorkspaceRepository(session).by_name(name)
    if workspace is None:
        raise HTTPException(503, f"CREDLENS_WEBHOOK_WORKSPACE names no workspace ({name[:100]!r}).")
    return workspace.id


async def _store_batch(runtime: Runtime, batch: list[_Arrival]) -> list[WebhookAccepted]:
    """One transaction: first each event's id, which decides which events are new (a
    concurrent delivery of the same event waits on that row, then finds it taken); then the
    verification and job of each new event, linked to its id. A replay stores nothing."""
    async with runtime.sessions() as session, session.begin():
        workspace_id = await _webhook_workspace(runtime, session)
        inbound = InboundWebhookRepository(session)
        first = await inbound.remember_many(
            [(arrival.source, arrival.event_id) for arrival in batch]
        )
        new: dict[tuple[str, str], _Arrival] = {}
        for arrival in batch:
            key = (arrival.source, arrival.event_id)
            if key in first and key not in new:  # two deliveries in one batch: the first
                new[key] = arrival
        records = {
            key: await verifications.store_in(
                session,
                runtime=runtime,
                request=arrival.request,
                origin="webhook",
                workspace_id=workspace_id,
                actor=audit.Actor.webhook(arrival.source),
            )
            for key, arrival in new.items()
        }
        await session.flush()
        await inbound.link({first[key]: record.id for key, record in records.items()})
    answers = []
    for arrival in batch:
        key = (arrival.source, arrival.event_id)
        if new.get(key) is arrival:
            record = records[key]
            logger.info("webhook accepted: source=%s verification=%s", arrival.source, record.id)
            answers.append(WebhookAccepted(id=record.id, status=record.status))
        else:
            answers.append(await _replay(runtime, source=arrival.source, event_id=arrival.event_id))
    return answers


async def _replay(runtime: Runtime, *, source: str, event_id: str) -> WebhookAccepted:
    """The answer to an event seen before: the verification it started, if still kept."""
    async with runtime.sessions() as session:
        earlier = await InboundWebhookRepository(session).verification_for(
            source=source, event_id=event_id
        )
    if earlier is None:  # its verification was since purged
        return WebhookAccepted(id=None, status="expired", replay=True)
    return await _replayed(runtime, earlier)


_group_commits: weakref.WeakKeyDictionary[object, _GroupCommit] = weakref.WeakKeyDictionary()


async def _start_once(
    runtime: Runtime, *, source: str, event_id: str, request: VerificationRequest
) -> WebhookAccepted:
    """Start the verification an event asks for, unless that event was seen before (a replay,
    or the same event delivered to two processes at once): then give the earlier answer."""
    if request.role is not None:
        # The first role read builds the catalog's matchers (a second or more): not on the loop.
        await asyncio.to_thread(roles.warm)
    try:
        request = verifications.validated(request)
    except RequestError as error:
        raise HTTPException(error.status_code, str(error)) from None
    writer = _group_commits.get(runtime.engine.sync_engine)
    if writer is None:
        writer = _group_commits[runtime.engine.sync_engine] = _GroupCommit()
    return await writer.start(runtime, source=source, event_id=event_id, request=request)


async def _replayed(runtime: Runtime, verification_id: str) -> WebhookAccepted:
    async with runtime.sessions() as session:
        workspace_id = await _webhook_workspace(runtime, session)
    record = await verifications.get(
        runtime=runtime, verification_id=verification_id, workspace_id=workspace_id
    )
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
    responses={200: {"model": WebhookAccepted, "description": "An event type not acted on."}},
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
    if _other_event_type(payload):
        # Standard Webhooks senders retry anything but a 2xx for days, and an ATS subscribed
        # to more than credlens reads must not be answered with errors for the rest.
        response.status_code = 200
        return WebhookAccepted(id=None, status="ignored")
    try:
        event = AtsEvent.model_validate(payload)
    except ValidationError as error:
        raise HTTPException(400, _first_error(error)) from None
    data = event.data
    role = data.role
    if data.role_name is not None or data.job_id is not None:
        if role is not None:
            raise HTTPException(400, "data: send role or role_name, not both.")
        role = await _kept_role(runtime, data.role_name, Job(id=data.job_id, name=None))
    verification_request = VerificationRequest(
        resume_url=data.resume_url,
        links=tuple(data.links),
        email=data.candidate.email,
        callback_url=data.callback_url,
        role=role,
    )
    accepted = await _start_once(
        runtime, source=ATS_SOURCE, event_id=_event_key(webhook_id), request=verification_request
    )
    return _located(response, accepted)


async def _kept_role(
    runtime: Runtime, role_name: str | None, job: Job | None
) -> dict[str, Any] | None:
    """The role the webhook workspace keeps under ``role_name`` (400 when it keeps none), else
    the one kept for ``job``; None when neither is named or no role is kept for the job."""
    async with runtime.sessions() as session:
        workspace_id = await _webhook_workspace(runtime, session)
    if role_name is not None:
        found = await named_roles.find(runtime=runtime, workspace_id=workspace_id, name=role_name)
        if found is None:
            raise HTTPException(400, f"data.role_name: no role named {role_name[:100]!r} is kept.")
        return found.role
    if job is None:
        return None
    return await named_roles.for_job(
        runtime=runtime, workspace_id=workspace_id, job_id=job.id, job_name=job.name
    )


def _other_event_type(payload: object) -> bool:
    """Whether a signed payload names an event type other than the one credlens acts on."""
    if not isinstance(payload, dict):
        return False
    kind = payload.get("type")
    return isinstance(kind, str) and kind != VERIFICATION_REQUESTED


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
    verification_request = greenhouse_request(event)
    if event.action == "ping" or verification_request is None:
        return WebhookAccepted(id=None, status="ignored")
    # Greenhouse names the job, not its requirements: the role the workspace keeps for it.
    role = await _kept_role(runtime, None, greenhouse_job(event))
    verification_request = dataclasses.replace(verification_request, role=role)
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
