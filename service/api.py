"""The REST API under ``/api/v1``, for applicant tracking systems; API keys as Bearer tokens."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile

import reports
from service import audit, roles, verifications
from service.access import (
    KeyRecruiter,
    KeyViewer,
    Principal,
    RuntimeDep,
)
from service.pipeline import render_limits
from service.runtime import Runtime
from service.sandbox import RENDER_RETRY_AFTER_SECONDS, ReportRenderError, render_pdf_isolated
from service.storage import (
    IdempotencyRepository,
    VerificationRecord,
    VerificationRepository,
    VerificationStatus,
)
from service.verifications import RequestError, VerificationRequest

logger = logging.getLogger(__name__)


class Problem(BaseModel):
    detail: str


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "The request is malformed."},
    401: {"model": Problem, "description": "No valid API key."},
    403: {"model": Problem, "description": "The API key's role may not do this."},
    404: {"model": Problem, "description": "No such verification."},
    429: {"model": Problem, "description": "Too many requests for this API key."},
}


class JsonVerificationRequest(BaseModel):
    """A verification of a résumé fetched from a URL (for example an ATS attachment link)."""

    resume_url: str = Field(description="Where to fetch the résumé: PDF, DOCX or text.")
    links: list[str] = Field(default_factory=list, description="Badge or certificate links.")
    email: str | None = Field(default=None, description="The candidate's email.")
    callback_url: str | None = Field(
        default=None, description="Where to POST the signed result summary."
    )
    role: Any = Field(
        default=None,
        description="The role to judge the candidate against: a job description as text, or "
        f"{roles.STRUCTURED_ROLE}. The report then has role_fit.",
        json_schema_extra=roles.ROLE_SCHEMA,
    )
    role_name: str | None = Field(
        default=None,
        max_length=200,
        description="A role the workspace keeps (PUT /api/v1/roles/{name}), by name; "
        "unknown, or sent with role, is a 400.",
    )


class Accepted(BaseModel):
    id: str
    status: str


class ClaimProgress(BaseModel):
    id: str
    title: str
    state: Literal["checking", "done"]
    verdict: str | None


class VerificationOut(BaseModel):
    id: str
    status: str
    origin: str
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    progress: list[ClaimProgress]
    error: str | None = None
    report: dict[str, Any] | None = Field(
        default=None, description="The report (docs/report.schema.json), once done."
    )


class VerificationPage(BaseModel):
    items: list[VerificationOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page.")


router = APIRouter(prefix="/api/v1", tags=["verifications"], responses=ERROR_RESPONSES)


def as_out(record: VerificationRecord, *, with_report: bool = True) -> VerificationOut:
    progress = [
        ClaimProgress(
            id=claim_id, title=entry["title"], state=entry["state"], verdict=entry["verdict"]
        )
        for claim_id, entry in record.progress.items()
    ]
    return VerificationOut(
        id=record.id,
        status=record.status,
        origin=record.origin,
        created_at=record.created_at,
        updated_at=record.updated_at,
        finished_at=record.finished_at,
        progress=progress,
        error=record.error,
        report=record.report if with_report else None,
    )


async def parse_request(request: Request, max_bytes: int) -> VerificationRequest:
    """A verification request from a multipart upload or a JSON body."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "multipart/form-data":
        form = await request.form(max_files=1, max_fields=200)
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise RequestError("Send the résumé as the multipart field 'file'.")
        data = await upload.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise HTTPException(413, f"The file is larger than the {max_bytes // 2**20} MB limit.")
        if not data:
            raise RequestError("The file is empty.")
        return VerificationRequest(
            filename=upload.filename,
            data=data,
            links=tuple(str(link) for link in form.getlist("link")),
            email=str(form.get("email") or "") or None,
            callback_url=str(form.get("callback_url") or "") or None,
            role=_form_text(form.get("role")),
            role_name=_form_text(form.get("role_name")),
        )
    if content_type == "application/json":
        try:
            body = JsonVerificationRequest.model_validate_json(await request.body())
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "body"
            raise RequestError(f"{where}: {first['msg']}") from None
        return VerificationRequest(
            resume_url=body.resume_url,
            links=tuple(body.links),
            email=body.email,
            callback_url=body.callback_url,
            role=body.role,
            role_name=body.role_name,
        )
    raise HTTPException(415, "Send multipart/form-data or application/json.")


REQUEST_BODIES = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "link": {"type": "array", "items": {"type": "string"}},
                        "email": {"type": "string"},
                        "callback_url": {"type": "string"},
                        "role": {
                            "type": "string",
                            "description": "A job description, or a structured role as JSON.",
                        },
                        "role_name": {
                            "type": "string",
                            "description": "A role the workspace keeps, by name.",
                        },
                    },
                }
            },
            "application/json": {
                "schema": JsonVerificationRequest.model_json_schema(
                    ref_template="#/components/schemas/{model}"
                )
            },
        },
    }
}


@router.post(
    "/verifications",
    status_code=202,
    response_model=Accepted,
    openapi_extra=REQUEST_BODIES,
    responses={413: {"model": Problem}, 415: {"model": Problem}, 409: {"model": Problem}},
)
async def create_verification(
    request: Request,
    response: Response,
    runtime: RuntimeDep,
    caller: KeyRecruiter,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
) -> Accepted:
    """Queue a verification; it is stored before this answers 202."""
    try:
        parsed = await parse_request(request, runtime.settings.max_upload_bytes)
    except RequestError as error:
        raise HTTPException(error.status_code, str(error)) from None
    scope = caller.actor
    fingerprint = request_fingerprint(parsed)
    claim: verifications.KeyClaim | None = None
    if idempotency_key:
        earlier = await earlier_use(
            runtime=runtime, caller=caller, key=idempotency_key, fingerprint=fingerprint
        )
        if earlier is not None:
            return accepted(response, earlier.id, earlier.status)

        async def first_use(session: AsyncSession, verification_id: str) -> bool:
            return await IdempotencyRepository(session).remember(
                scope=scope,
                key=idempotency_key,
                request_hash=fingerprint,
                verification_id=verification_id,
            )

        claim = first_use
    try:
        record = await verifications.submit(
            runtime=runtime,
            request=parsed,
            origin="api",
            actor=audit.Actor.of(caller, request),
            workspace_id=caller.workspace_id,
            api_key_id=caller.api_key_id,
            claim=claim,
        )
    except RequestError as error:
        raise HTTPException(error.status_code, str(error)) from None
    except verifications.KeyTaken:
        # A concurrent request with the same key stored its verification first.
        assert idempotency_key is not None
        winner = await earlier_use(
            runtime=runtime, caller=caller, key=idempotency_key, fingerprint=fingerprint
        )
        if winner is None:
            raise HTTPException(409, "This Idempotency-Key is in use; try again.") from None
        return accepted(response, winner.id, winner.status)
    return accepted(response, record.id, record.status)


async def earlier_use(
    *, runtime: Runtime, caller: Principal, key: str, fingerprint: str
) -> VerificationRecord | None:
    """The verification an earlier request with this key created; 409 if that request was
    another one."""
    async with runtime.sessions() as session:
        earlier = await IdempotencyRepository(session).find(scope=caller.actor, key=key)
        if earlier is None:
            return None
        if earlier.request_hash != fingerprint:
            raise HTTPException(409, "This Idempotency-Key was used for another request.")
        return await VerificationRepository(session).get(
            earlier.verification_id, workspace_id=caller.workspace_id
        )


def request_fingerprint(request: VerificationRequest) -> str:
    """What makes two requests the same, whatever their multipart boundaries."""
    content = {
        "file": hashlib.sha256(request.data).hexdigest() if request.data is not None else None,
        "resume_url": request.resume_url,
        "links": list(request.links),
        "email": request.email,
        "callback_url": request.callback_url,
        "role": request.role,
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


def _form_text(value: object) -> str | None:
    """A multipart text field; a file sent under a text field's name is refused."""
    if value is None or isinstance(value, str):
        return value
    raise RequestError("Send the role (or role_name) as text in its multipart field.")


def accepted(response: Response, verification_id: str, status: str) -> Accepted:
    response.headers["Location"] = f"/api/v1/verifications/{verification_id}"
    return Accepted(id=verification_id, status=status)


def encode_cursor(record: VerificationRecord) -> str:
    raw = json.dumps([record.created_at.isoformat(), record.id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    try:
        created_at, record_id = json.loads(
            base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        )
        return datetime.fromisoformat(created_at), str(record_id)
    except (ValueError, TypeError, binascii.Error):
        raise HTTPException(400, "The cursor is not one this API gave out.") from None


@router.get("/verifications", response_model=VerificationPage)
async def list_verifications(
    runtime: RuntimeDep,
    caller: KeyViewer,
    status: Annotated[VerificationStatus | None, Query()] = None,
    q: Annotated[
        str, Query(max_length=200, description="Part of a name, email or credential title.")
    ] = "",
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
) -> VerificationPage:
    """Verifications, newest first, a page at a time."""
    after = decode_cursor(cursor) if cursor else None
    records = await verifications.list_page(
        runtime=runtime,
        workspace_id=caller.workspace_id,
        status=status,
        after=after,
        limit=limit + 1,
        search=q,
        # A page lists no reports: they are not read (on a poll of 100 finished
        # verifications, decoding their reports was most of the request's CPU).
        with_report=False,
    )
    page, more = records[:limit], len(records) > limit
    return VerificationPage(
        items=[as_out(record, with_report=False) for record in page],
        next_cursor=encode_cursor(page[-1]) if more and page else None,
    )


async def load(runtime: Runtime, verification_id: str, caller: Principal) -> VerificationRecord:
    """The caller's workspace's verification, or 404 (whether or not another has it)."""
    record = await verifications.get(
        runtime=runtime, verification_id=verification_id, workspace_id=caller.workspace_id
    )
    if record is None:
        raise HTTPException(404, "No such verification.")
    return record


@router.get("/verifications/{verification_id}", response_model=VerificationOut)
async def get_verification(
    verification_id: str, request: Request, runtime: RuntimeDep, caller: KeyViewer
) -> VerificationOut:
    """Status, progress per claim, and the report once done."""
    record = await load(runtime, verification_id, caller)
    if record.report is not None:  # polling a running verification shows no report
        await audit.record(
            runtime.sessions,
            verification_id=verification_id,
            action="viewed",
            actor=audit.Actor.of(caller, request),
        )
    return as_out(record)


async def finished_report(
    runtime: Runtime, verification_id: str, caller: Principal
) -> reports.Report:
    record = await load(runtime, verification_id, caller)
    if record.status != VerificationStatus.DONE or record.report is None:
        raise HTTPException(409, f"The verification is {record.status}; no report yet.")
    return reports.Report.model_validate(record.report)


async def downloaded(
    runtime: Runtime, verification_id: str, *, actor: audit.Actor, form: str
) -> None:
    """Audit ``actor`` having been given the report in ``form`` ("pdf", "json", "html")."""
    await audit.record(
        runtime.sessions,
        verification_id=verification_id,
        action="downloaded",
        actor=actor,
        detail=form,
    )


@router.get(
    "/verifications/{verification_id}/report.json",
    responses={200: {"content": {"application/json": {}}}, 409: {"model": Problem}},
    response_class=Response,
)
async def report_json(
    verification_id: str, request: Request, runtime: RuntimeDep, caller: KeyViewer
) -> Response:
    report = await finished_report(runtime, verification_id, caller)
    await downloaded(runtime, verification_id, actor=audit.Actor.of(caller, request), form="json")
    return Response(reports.render_json(report), media_type="application/json")


@router.get(
    "/verifications/{verification_id}/report.html",
    responses={200: {"content": {"text/html": {}}}, 409: {"model": Problem}},
    response_class=Response,
)
async def report_html(
    verification_id: str, request: Request, runtime: RuntimeDep, caller: KeyViewer
) -> Response:
    report = await finished_report(runtime, verification_id, caller)
    await downloaded(runtime, verification_id, actor=audit.Actor.of(caller, request), form="html")
    return Response(reports.render_html(report), media_type="text/html")


@router.get(
    "/verifications/{verification_id}/report.pdf",
    responses={
        200: {"content": {"application/pdf": {}}},
        409: {"model": Problem},
        503: {"model": Problem, "description": "The render was stopped; see Retry-After."},
    },
    response_class=Response,
)
async def report_pdf(
    verification_id: str, request: Request, runtime: RuntimeDep, caller: KeyViewer
) -> Response:
    report = await finished_report(runtime, verification_id, caller)
    return await pdf_download(
        runtime, report, verification_id, actor=audit.Actor.of(caller, request)
    )


async def pdf_download(
    runtime: Runtime, report: reports.Report, verification_id: str, *, actor: audit.Actor
) -> Response:
    """The finished report as a PDF attachment, rendered in the sandbox; 503 with
    ``Retry-After`` when the sandbox had to stop the render (the machine is busy). The
    download is audited as ``actor``'s."""
    try:
        pdf = await render_pdf_isolated(
            report, limits=render_limits(runtime.settings), tagged=runtime.settings.tagged_pdf
        )
    except ReportRenderError as error:
        logger.warning("PDF report not rendered: %s", error.__cause__)
        raise HTTPException(
            503, str(error), headers={"Retry-After": str(RENDER_RETRY_AFTER_SECONDS)}
        ) from None
    await downloaded(runtime, verification_id, actor=actor, form="pdf")
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="credlens-{verification_id}.pdf"'},
    )


@router.delete("/verifications/{verification_id}", status_code=204, response_class=Response)
async def delete_verification(
    verification_id: str, request: Request, runtime: RuntimeDep, caller: KeyRecruiter
) -> Response:
    """Erase the résumé, the report and the evidence."""
    if not await verifications.delete(
        runtime=runtime,
        verification_id=verification_id,
        workspace_id=caller.workspace_id,
        actor=audit.Actor.of(caller, request),
    ):
        raise HTTPException(404, "No such verification.")
    return Response(status_code=204)
