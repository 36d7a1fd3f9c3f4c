"""Verifications as a service: submit (persist, then queue), run as a job, read, delete.

The web form, the REST API and the webhooks call these keyword-only functions; they hold no
SQL (that is in ``service.storage``) and commit at their own boundary.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from email.utils import parseaddr
from pathlib import PurePath
from typing import Any

import httpx
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

import reports
import verifiers
from extractors import Extraction, ExtractionError, UnsupportedFormatError
from service import audit, erasure, named_roles, pipeline, roles
from service.jobs.port import TransientJobError
from service.progress import job_progress
from service.runtime import Runtime
from service.storage import (
    StoredUpload,
    UploadRepository,
    VerificationRecord,
    VerificationRepository,
    WebhookDeliveryRepository,
    is_disconnect,
    once_more_if_disconnected,
    statement_session,
)
from service.storage.models import WorkspaceScope
from service.stored_resumes import run_stored, start_stored
from service.uploads import UploadRejected, check_image, check_upload
from verifiers import Verdict, Verification

logger = logging.getLogger(__name__)

VERIFY_JOB = "verify"
DELIVER_JOB = "deliver"
MAX_LINKS = 50


class RequestError(ValueError):
    """A verification request that cannot be accepted; the message is safe to show."""

    def __init__(self, message: str, *, status_code: int = 400) -> None:
        super().__init__(message)
        self.status_code = status_code


@dataclass(frozen=True)
class VerificationRequest:
    """What a recruiter, an API client or an ATS asks to verify."""

    filename: str | None = None
    data: bytes | None = None
    resume_url: str | None = None
    links: tuple[str, ...] = ()
    email: str | None = None
    callback_url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    #: The role's requirements: a job description, or {"required": [...], "preferred": [...]};
    #: after ``validated``, the stored form (``service.roles``).
    role: str | dict[str, Any] | None = None
    #: A role the workspace keeps by name (``service.named_roles``), in place of ``role``.
    role_name: str | None = None


def _http_url(value: str, what: str) -> str:
    value = value.strip()
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, ValueError):
        raise RequestError(f"{what} is not a valid URL: {value[:200]!r}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise RequestError(f"{what} must be an http or https URL: {value[:200]!r}")
    return value


def validated(request: VerificationRequest) -> VerificationRequest:
    """The request with its URLs and email checked; raises ``RequestError``."""
    if request.data is None and not request.resume_url:
        raise RequestError("Send a résumé file or a resume_url.")
    if request.data is not None and request.resume_url:
        raise RequestError("Send a résumé file or a resume_url, not both.")
    links = tuple(dict.fromkeys(_http_url(link, "A link") for link in request.links if link))
    if len(links) > MAX_LINKS:
        raise RequestError(f"At most {MAX_LINKS} links per verification.")
    email = (request.email or "").strip() or None
    if email is not None:
        _, address = parseaddr(email)
        if "@" not in address or address != email or len(email) > 320:
            raise RequestError("The email address is not valid.")
    try:
        role = roles.checked(request.role)
    except roles.BadRole as error:
        raise RequestError(str(error)) from None
    return VerificationRequest(
        role=role,
        filename=PurePath(request.filename or "resume").name[:200],
        data=request.data,
        resume_url=_http_url(request.resume_url, "resume_url") if request.resume_url else None,
        links=links,
        email=email,
        callback_url=(
            _http_url(request.callback_url, "callback_url") if request.callback_url else None
        ),
    )


#: The most pixels a badge image may declare; its header is read, never the pixels.
MAX_BADGE_PIXELS = 40_000_000


async def check_document(*, runtime: Runtime, data: bytes, filename: str) -> Extraction | None:
    """Refuse a clearly unreadable upload now, with a clear message and status, rather than in
    the job; what reading it found, if it was read.

    The type is sniffed from the bytes, archives and images are checked for bombs. A web
    process that runs no jobs (``workers`` 0: worker processes run them) only opens a résumé
    in the sandbox (a PDF's pages are counted, not read: a few milliseconds where a read costs
    a tenth of a second or more), and the job reads it, in whichever process runs it, so
    worker processes add readers; what only that read can find fails the job with the
    message this would have given. A process that runs jobs itself reads the résumé now: its
    job finds the reading in memory, and the reading runs beside the upload rather than
    inside the few jobs run at once (which made one process 20 % slower at the same CPU).
    """
    limit = runtime.settings.max_upload_bytes
    try:
        if verifiers.is_baked_image(data):
            check_image(data, max_bytes=limit, max_pixels=MAX_BADGE_PIXELS)
        elif pipeline.credential_payload(data, filename) is None:
            check_upload(data, filename, max_bytes=limit)
        if runtime.settings.workers > 0:
            return await pipeline.extract(data=data, filename=filename, settings=runtime.settings)
        await pipeline.check_readable(data=data, filename=filename, settings=runtime.settings)
        return None
    except UploadRejected as error:
        raise RequestError(sentence(str(error)), status_code=error.status_code) from None
    except UnsupportedFormatError as error:
        raise RequestError(sentence(str(error)), status_code=415) from None
    except ExtractionError as error:
        raise RequestError(sentence(str(error))) from None


def sentence(message: str) -> str:
    return message[:1].upper() + message[1:]


#: Takes a one-time key (a webhook's id, an Idempotency-Key) for a new verification, inside
#: the transaction that stores it; False when the key was already taken.
KeyClaim = Callable[[AsyncSession, str], Awaitable[bool]]


class KeyTaken(Exception):
    """The one-time key was taken before: the verification was not stored."""


async def submit(
    *,
    runtime: Runtime,
    request: VerificationRequest,
    origin: str,
    workspace_id: int,
    actor: audit.Actor,
    user_id: int | None = None,
    api_key_id: int | None = None,
    verification_id: str | None = None,
    claim: KeyClaim | None = None,
) -> VerificationRecord:
    """Persist a verification and its encrypted résumé, and queue it, in one transaction.

    With ``claim``, that transaction also takes a one-time key; if the key was taken, nothing
    is stored and ``KeyTaken`` is raised.
    """
    if request.role_name:
        request = await _with_named_role(runtime, request, workspace_id)
    if request.role is not None:
        # The first role read builds the catalog's matchers (a second or more): not on the loop.
        await asyncio.to_thread(roles.warm)
    request = validated(request)
    extraction = None
    if request.data is not None:
        extraction = await check_document(
            runtime=runtime, data=request.data, filename=request.filename or ""
        )
    async with runtime.sessions() as session, session.begin():
        record = await store_in(
            session,
            runtime=runtime,
            request=request,
            extraction=extraction,
            origin=origin,
            workspace_id=workspace_id,
            actor=actor,
            user_id=user_id,
            api_key_id=api_key_id,
            verification_id=verification_id,
        )
        if claim is not None and not await claim(session, record.id):
            raise KeyTaken  # rolls the transaction back
    logger.info("verification queued: id=%s origin=%s", record.id, origin)
    return record


async def _with_named_role(
    runtime: Runtime, request: VerificationRequest, workspace_id: int
) -> VerificationRequest:
    """The request with the role its workspace keeps under ``role_name``; raises
    ``RequestError`` for an unknown name, or one sent with a role of its own."""
    name = request.role_name or ""
    if isinstance(request.role, dict) or (isinstance(request.role, str) and request.role.strip()):
        raise RequestError("Send role or role_name, not both.")
    found = await named_roles.find(runtime=runtime, workspace_id=workspace_id, name=name)
    if found is None:
        raise RequestError(f"No role named {name[:100]!r} is kept in this workspace.")
    return replace(request, role=found.role, role_name=None)


async def store_in(
    session: AsyncSession,
    *,
    runtime: Runtime,
    request: VerificationRequest,
    origin: str,
    workspace_id: int,
    actor: audit.Actor,
    user_id: int | None = None,
    api_key_id: int | None = None,
    verification_id: str | None = None,
    extraction: Extraction | None = None,
) -> VerificationRecord:
    """Add a validated request's verification, encrypted résumé (with ``extraction``, what
    reading it on arrival found, if it was read), job and audit event (``actor`` created it)
    to the caller's transaction; the caller commits, and a batch of them is written
    together."""
    record = VerificationRepository(session).add(
        workspace_id=workspace_id,
        origin=origin,
        candidate_email=request.email,
        links=request.links,
        resume_url=request.resume_url,
        callback_url=request.callback_url,
        user_id=user_id,
        api_key_id=api_key_id,
        verification_id=verification_id,
        role=request.role if isinstance(request.role, dict) else None,
    )
    if request.data is not None:
        await UploadRepository(session, runtime.cipher).add(
            verification_id=record.id,
            data=request.data,
            media_type="application/octet-stream",
            suffix=PurePath(request.filename or "").suffix.lower()[:16],
            extraction=None if extraction is None else extraction.model_dump_json().encode(),
        )
    await runtime.queue.enqueue_in(session, VERIFY_JOB, record.id)
    await audit.record(
        session,
        verification_id=record.id,
        action="created",
        actor=actor,
        workspace_id=workspace_id,
    )
    return record


def progress_entry(title: str, verdict: Verdict | None) -> dict[str, Any]:
    if verdict is None:
        return {"title": title, "state": "checking", "verdict": None}
    return {"title": title, "state": "done", "verdict": verdict.value}


async def execute(*, runtime: Runtime, verification_id: str) -> None:
    """Run a queued verification to its report; the job handler for ``verify``.

    Safe to run again after a crash: a finished verification is left as it is.
    """
    try:
        await _execute(runtime=runtime, verification_id=verification_id)
    except DBAPIError as error:
        if not is_disconnect(error):
            raise
        # The database went away mid-job (a restart): nothing of the job's end was
        # committed, and a run again starts over.
        raise TransientJobError(f"database connection lost: {error.orig}") from error


async def _execute(*, runtime: Runtime, verification_id: str) -> None:
    async def started() -> tuple[VerificationRecord, StoredUpload | None] | None:
        # Marked running and read with its stored résumé, which never changes: on PostgreSQL
        # one statement, elsewhere two, each standing alone, safe to repeat. The job's id was
        # queued by the request that stored it, in its workspace.
        async with statement_session(runtime.sessions) as session:
            return await start_stored(runtime, session, verification_id)

    start = await once_more_if_disconnected(started)
    if start is None:
        return
    record, upload = start

    progress = job_progress(runtime.sessions, verification_id, record.progress)

    async def on_extracted(extraction: Extraction) -> None:
        progress.note({claim.id: progress_entry(claim.title, None) for claim in extraction.claims})

    async def on_progress(verification: Verification) -> None:
        progress.note(
            {verification.claim.id: progress_entry(verification.claim.title, verification.verdict)}
        )

    try:
        report = await run_stored(
            runtime,
            record,
            upload=upload,
            role=await asyncio.to_thread(roles.stored_role, record.role),
            on_extracted=on_extracted,
            on_progress=on_progress,
        )
    except ExtractionError as error:
        await progress.close()
        # The sentence the upload would have been refused with, had its check found it.
        message = sentence(str(error))
        async with runtime.sessions() as session, session.begin():
            await VerificationRepository(session).fail(verification_id, error=message)
            await _queue_callback(runtime, session, record, {"status": "failed", "error": message})
        logger.info("verification failed: id=%s (unreadable résumé)", verification_id)
        return
    finally:
        # Whatever ends the job, no progress write of it lands after its last write.
        await progress.close()

    report_json: dict[str, Any] = json.loads(reports.render_json(report))

    async def finish(session: AsyncSession) -> None:
        # Progress and stored evidence are the report's claims: a link that was attached to
        # a résumé claim, or a claim a wallet settled, is recorded as it ended.
        await VerificationRepository(session).finish_with_evidence(
            verification_id,
            report=report_json,
            search_text=search_text(report_json),
            progress={
                claim.id: progress_entry(claim.title, claim.verdict) for claim in report.claims
            },
            evidence={claim.id: claim.evidence for claim in report.claims},
        )

    if not record.callback_url and runtime.engine.dialect.name == "postgresql":
        # Nothing to commit with it: there, the report and its evidence are one statement.
        async with statement_session(runtime.sessions) as session:
            await finish(session)
    else:
        async with runtime.sessions() as session, session.begin():
            await finish(session)
            await _queue_callback(runtime, session, record, summary(verification_id, report_json))
    logger.info("verification done: id=%s claims=%d", verification_id, len(report.claims))


def search_key(text: str) -> str:
    """Text folded for search: case, accents and spacing stop mattering (Łódź ~ lodz)."""
    return " ".join(verifiers.fold(text).split())


def search_text(report: dict[str, Any]) -> str:
    """What the history search looks in: the candidate's name and emails, the claims' titles."""
    candidate = report.get("candidate") or {}
    parts = [candidate.get("name") or "", *candidate.get("emails", [])]
    parts += [claim.get("title") or "" for claim in report.get("claims", [])]
    return search_key(" | ".join(part for part in parts if part))


def summary(verification_id: str, report: dict[str, Any]) -> dict[str, Any]:
    """What a callback carries: verdicts and the score, not the résumé's personal data."""
    return (
        {
            "id": verification_id,
            "status": "done",
            "score": report.get("score", {}).get("overall"),
            "claims": [
                {"id": claim["id"], "title": claim["title"], "verdict": claim["verdict"]}
                for claim in report.get("claims", [])
            ],
            "report_id": report.get("id"),
        }
        | _strength_summary(report)
        | _fit_summary(report)
    )


def _strength_summary(report: dict[str, Any]) -> dict[str, Any]:
    """Evidence strength beside the score (docs/scoring.md §8): how much the proven evidence is
    worth, None when nothing is proven; absent for a report built before the figure existed."""
    strength = report.get("evidence_strength")
    if strength is None:
        return {}
    return {"evidence_strength": strength.get("overall")}


def _fit_summary(report: dict[str, Any]) -> dict[str, Any]:
    """The role's figure for a callback: "x of y required proven"; nothing without a role."""
    fit = report.get("role_fit")
    if not fit:
        return {}
    return {
        "role_fit": {
            "required_proven": fit["required_proven"],
            "required_total": fit["required_total"],
        }
    }


async def _queue_callback(
    runtime: Runtime, session: AsyncSession, record: VerificationRecord, payload: dict[str, Any]
) -> None:
    if not record.callback_url:
        return
    delivery = await WebhookDeliveryRepository(session).create(
        verification_id=record.id,
        url=record.callback_url,
        event_type="verification.completed"
        if payload.get("status") == "done"
        else "verification.failed",
        payload_summary=payload | {"id": record.id},
    )
    await runtime.queue.enqueue_in(session, DELIVER_JOB, str(delivery.id))


async def get(
    *, runtime: Runtime, verification_id: str, workspace_id: WorkspaceScope
) -> VerificationRecord | None:
    """The workspace's verification with this id, if it has one."""
    async with statement_session(runtime.sessions) as session:  # one SELECT
        return await VerificationRepository(session).get(verification_id, workspace_id=workspace_id)


async def delete(
    *, runtime: Runtime, verification_id: str, workspace_id: WorkspaceScope, actor: audit.Actor
) -> bool:
    """Erase the workspace's verification, its résumé, report, evidence and deliveries,
    leaving no copy (see ``service.erasure``); whether it had one."""
    erased = await erasure.erase(
        runtime=runtime,
        verification_ids=[verification_id],
        workspace_id=workspace_id,
        actor=actor,
    )
    return erased.verifications == 1


async def list_page(
    *,
    runtime: Runtime,
    workspace_id: int,
    status: str | None = None,
    after: tuple[Any, str] | None = None,
    limit: int = 50,
    user_id: int | None = None,
    api_key_id: int | None = None,
    search: str | None = None,
    with_report: bool = True,
) -> Sequence[VerificationRecord]:
    """A page of the workspace's verifications (see ``VerificationRepository.list_page``);
    without ``with_report``, their reports are left unread."""
    async with statement_session(runtime.sessions) as session:  # one SELECT
        return await VerificationRepository(session).list_page(
            workspace_id=workspace_id,
            status=status,
            after=after,
            limit=limit,
            user_id=user_id,
            api_key_id=api_key_id,
            search=search_key(search) if search and search.strip() else None,
            with_report=with_report,
        )
