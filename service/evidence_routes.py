"""Evidence requests over HTTP: the API to open and revoke them, the recruiter's button, and
the candidate's page and its machine form, where the link's token is the only authority."""

from __future__ import annotations

import contextlib
import math
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, Field
from starlette.datastructures import UploadFile

import reports
from service import audit, evidence_requests
from service.access import KeyRecruiter, Principal, Recruiter, RuntimeDep
from service.api import ERROR_RESPONSES, Problem, load
from service.evidence_requests import AnswerKind, CreatedRequest, RequestNotFound
from service.runtime import Runtime
from service.storage import VerificationStatus
from service.verifications import RequestError
from service.web import (
    SESSION_EVIDENCE_LINK,
    CsrfField,
    check_csrf,
    client_key,
    page,
    report_shares,
    retry_after,
    templates,
)

NOT_FOUND = "This link is not valid: it may be mistyped, expired or withdrawn."


async def _limit(request: Request, name: str, key: str) -> None:
    wait = await retry_after(request, name, key)
    if wait is not None:
        raise HTTPException(
            429,
            "Too many tries; wait a little and try again.",
            headers={"Retry-After": str(math.ceil(wait))},
        )


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


# -- the API ---------------------------------------------------------------------------------


class EvidenceRequestIn(BaseModel):
    """What to ask the candidate; every field is optional."""

    claims: list[str] | None = Field(
        default=None,
        max_length=500,
        description="The report's claim ids to ask about; by default every claim without a "
        "definitive verdict (unverified, unsupported, unreachable).",
    )
    message: str | None = Field(
        default=None, max_length=2000, description="A note shown to the candidate."
    )
    expires_in_days: int | None = Field(
        default=None,
        ge=1,
        le=evidence_requests.MAX_EXPIRY_DAYS,
        description="Days the link stays valid; CREDLENS_EVIDENCE_REQUEST_DAYS by default.",
    )


class AskedClaimOut(BaseModel):
    id: str
    title: str


class EvidenceRequestOut(BaseModel):
    id: str
    url: str = Field(description="The candidate's page; shown once, never stored in clear.")
    expires_at: datetime
    claims: list[AskedClaimOut]


class AnswerOut(BaseModel):
    claim_id: str
    answer: Literal["link", "file", "credential_id", "withdraw"]
    state: Literal["checking", "checked"] = Field(
        description="'checking' until the answer's job has run; the verdict goes to the "
        "recruiter, not back to the candidate."
    )
    replay: bool = Field(description="True when this exact answer had been sent before.")


def created_out(created: CreatedRequest) -> EvidenceRequestOut:
    return EvidenceRequestOut(
        id=created.id,
        url=created.url,
        expires_at=created.expires_at,
        claims=[AskedClaimOut(id=claim.id, title=claim.title) for claim in created.claims],
    )


api_router = APIRouter(prefix="/api/v1", tags=["evidence requests"], responses=ERROR_RESPONSES)


@api_router.post(
    "/verifications/{verification_id}/evidence-requests",
    status_code=201,
    response_model=EvidenceRequestOut,
    responses={409: {"model": Problem}},
)
async def create_request(
    verification_id: str,
    request: Request,
    runtime: RuntimeDep,
    caller: KeyRecruiter,
    body: EvidenceRequestIn | None = None,
) -> EvidenceRequestOut:
    """Ask the candidate for evidence; the link is in the answer (and, with a callback URL,
    in a signed ``evidence_request.created`` event), never shown again."""
    body = body or EvidenceRequestIn()
    try:
        created = await evidence_requests.create(
            runtime=runtime,
            verification_id=verification_id,
            workspace_id=caller.workspace_id,
            actor=audit.Actor.of(caller, request),
            base_url=base_url(request),
            claims=body.claims,
            message=body.message,
            expires_in_days=body.expires_in_days,
        )
    except RequestError as error:
        raise HTTPException(error.status_code, str(error)) from None
    return created_out(created)


@api_router.delete(
    "/verifications/{verification_id}/evidence-requests/{request_id}", status_code=204
)
async def revoke_request(
    verification_id: str, request_id: str, runtime: RuntimeDep, caller: KeyRecruiter
) -> Response:
    """Withdraw a request: its link answers 404 from now on."""
    if not await evidence_requests.revoke(
        runtime=runtime,
        verification_id=verification_id,
        request_id=request_id,
        workspace_id=caller.workspace_id,
    ):
        raise HTTPException(404, "No such evidence request.")
    return Response(status_code=204)


ANSWER_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["claim_id"],
                    "properties": {
                        "claim_id": {"type": "string"},
                        "link": {"type": "string"},
                        "file": {"type": "string", "format": "binary"},
                        "credential_id": {"type": "string"},
                        "withdraw": {"type": "boolean"},
                    },
                }
            }
        },
    }
}


async def _read_answer(
    request: Request, runtime: Runtime
) -> tuple[str, AnswerKind, str, bytes, str]:
    """claim_id and the one answer a form carries: (claim, kind, text, file bytes, name)."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ("multipart/form-data", "application/x-www-form-urlencoded"):
        raise HTTPException(415, "Send multipart/form-data.")
    limit = runtime.settings.max_upload_bytes
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit + 64 * 1024:
        raise HTTPException(413, f"The file is larger than the {limit // 2**20} MB limit.")
    form = await request.form(max_files=1, max_fields=20)
    claim_id = str(form.get("claim_id") or "").strip()
    if not claim_id:
        raise RequestError("Say which claim this answers (claim_id).")
    upload = form.get("file")
    given: list[tuple[AnswerKind, str, bytes, str]] = []
    if isinstance(upload, UploadFile) and (upload.filename or upload.size):
        data = await upload.read(limit + 1)
        given.append(("file", "", data, upload.filename or ""))
    link = str(form.get("link") or "").strip()
    if link:
        given.append(("link", link, b"", ""))
    credential_id = str(form.get("credential_id") or "").strip()
    if credential_id:
        given.append(("credential_id", credential_id, b"", ""))
    if str(form.get("withdraw") or "").strip().lower() in ("true", "1", "yes", "on"):
        given.append(("withdraw", "", b"", ""))
    if not given:
        raise RequestError(
            "Give one answer: a link, a credential file, a credential ID, or withdraw=true."
        )
    if len(given) > 1:
        raise RequestError("Give one answer at a time.")
    kind, value, data, filename = given[0]
    return claim_id, kind, value, data, filename


async def _take_answer(
    request: Request, runtime: Runtime, token: str
) -> evidence_requests.AnswerState:
    await _limit(request, "evidence-address", client_key(request))
    try:
        if not evidence_requests.is_well_formed(token):
            raise RequestNotFound
        # Counted under the token's hash: limits may be kept in the database, the token never.
        await _limit(request, "evidence-token", evidence_requests.token_hash(runtime.secret, token))
        claim_id, kind, value, data, filename = await _read_answer(request, runtime)
        return await evidence_requests.answer(
            runtime=runtime,
            token=token,
            claim_id=claim_id,
            kind=kind,
            value=value,
            data=data,
            filename=filename,
            address=audit.address(request),
        )
    except RequestNotFound:
        raise HTTPException(404, NOT_FOUND) from None
    except RequestError as error:
        raise HTTPException(error.status_code, str(error)) from None


@api_router.post(
    "/evidence/{token}",
    status_code=202,
    response_model=AnswerOut,
    openapi_extra=ANSWER_BODY,
    responses={413: {"model": Problem}, 415: {"model": Problem}},
)
async def answer_api(token: str, request: Request, runtime: RuntimeDep) -> AnswerOut:
    """The candidate's answer for one claim; the link's token is the only authority (no API
    key, no cookie). Wrong, expired and revoked tokens are all 404."""
    state = await _take_answer(request, runtime, token)
    return AnswerOut(
        claim_id=state.claim_id, answer=state.answer, state=state.state, replay=not state.new
    )


# -- the candidate's page ---------------------------------------------------------------------

pages_router = APIRouter(include_in_schema=False)


def candidate_page(request: Request, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page for someone with no account: no session, no CSRF token (the link is the key)."""
    settings = request.app.state.runtime.settings
    return templates.TemplateResponse(
        request,
        "evidence_request.html",
        {
            "signed_in": False,
            "csrf_token": "",
            "organisation": settings.organisation_name or "The recruiter",
            "max_upload_mb": settings.max_upload_bytes // 2**20,
            "error": None,
            "open": None,
            "answered": None,
            **context,
        },
        status_code=status_code,
    )


@pages_router.get("/evidence/{token}", response_class=HTMLResponse)
async def candidate_view(
    token: str, request: Request, runtime: RuntimeDep, answered: str = ""
) -> HTMLResponse:
    try:
        await _limit(request, "evidence-address", client_key(request))
    except HTTPException as error:
        return candidate_page(request, 429, error=str(error.detail))
    try:
        opened = await evidence_requests.open_request(runtime=runtime, token=token)
    except RequestNotFound:
        return candidate_page(request, 404, error=NOT_FOUND)
    just = next((claim for claim in opened.claims if claim.id == answered), None)
    return candidate_page(request, open=opened, answered=just, token=token)


@pages_router.post("/evidence/{token}", response_class=HTMLResponse)
async def candidate_answer(token: str, request: Request, runtime: RuntimeDep) -> Response:
    """The page's form, without JavaScript: answer, then back to the page (303)."""
    try:
        state = await _take_answer(request, runtime, token)
    except HTTPException as error:
        if error.status_code == 404:
            return candidate_page(request, 404, error=NOT_FOUND)
        opened = None
        with contextlib.suppress(RequestNotFound):
            opened = await evidence_requests.open_request(runtime=runtime, token=token)
        return candidate_page(
            request, error.status_code, error=str(error.detail), open=opened, token=token
        )
    return RedirectResponse(
        f"/evidence/{token}?answered={state.claim_id}#answered", status_code=303
    )


# -- the recruiter's button ----------------------------------------------------------------------


async def report_page(
    request: Request,
    runtime: Runtime,
    verification_id: str,
    caller: Principal,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    """The report page again, with what the request made (the link) or why it failed."""
    record = await load(runtime, verification_id, caller)
    if record.status != VerificationStatus.DONE or record.report is None:
        raise HTTPException(409, f"The verification is {record.status}; no report yet.")
    report = reports.Report.model_validate(record.report)
    return page(
        request,
        "report.html",
        status_code,
        record=record,
        report_body=reports.render_html_fragment(report),
        evidence_requests=await evidence_requests.requests_for(
            runtime=runtime, verification_id=verification_id, workspace_id=caller.workspace_id
        ),
        shares=await report_shares(runtime, verification_id, caller),
        **context,
    )


@pages_router.post("/verifications/{verification_id}/evidence-requests")
async def ask_candidate(
    verification_id: str,
    request: Request,
    runtime: RuntimeDep,
    caller: Recruiter,
    csrf: CsrfField,
    message: Annotated[str, Form(max_length=evidence_requests.MAX_MESSAGE_CHARS)] = "",
) -> Response:
    check_csrf(request, csrf)
    try:
        created = await evidence_requests.create(
            runtime=runtime,
            verification_id=verification_id,
            workspace_id=caller.workspace_id,
            actor=audit.Actor.of(caller, request),
            base_url=base_url(request),
            message=message,
        )
    except RequestError as error:
        if error.status_code == 404:
            raise HTTPException(404, str(error)) from None
        return await report_page(
            request, runtime, verification_id, caller, error.status_code, error=str(error)
        )
    # Shown once, on the page the browser is sent to: reloading it asks nothing twice.
    request.session[SESSION_EVIDENCE_LINK] = {
        "url": created.url,
        "asked": len(created.claims),
        "expires": created.expires_at.strftime("%Y-%m-%d %H:%M UTC"),
    }
    return RedirectResponse(f"/verifications/{verification_id}#evidence-link", status_code=303)


@pages_router.post("/verifications/{verification_id}/evidence-requests/{request_id}/revoke")
async def revoke_from_page(
    verification_id: str,
    request_id: str,
    request: Request,
    runtime: RuntimeDep,
    caller: Recruiter,
    csrf: CsrfField,
) -> RedirectResponse:
    check_csrf(request, csrf)
    if not await evidence_requests.revoke(
        runtime=runtime,
        verification_id=verification_id,
        request_id=request_id,
        workspace_id=caller.workspace_id,
    ):
        raise HTTPException(404, "No such evidence request.")
    return RedirectResponse(f"/verifications/{verification_id}", status_code=303)
