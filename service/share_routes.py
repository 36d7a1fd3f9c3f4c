"""Share links over HTTP: the API and the report page's buttons that make, list and withdraw
them, and the hiring manager's page, where the link's token (and its passcode, if it has
one) is the only authority and opens one report's page and PDF and nothing else."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, Field

import reports
from service import audit, shares, verifications
from service.access import KeyRecruiter, Principal, Recruiter, RuntimeDep
from service.api import ERROR_RESPONSES, Problem, load, pdf_download
from service.runtime import Runtime
from service.shares import CreatedShare, ShareLocked, ShareNotFound
from service.storage.models import ALL_WORKSPACES, ShareLink
from service.verifications import RequestError
from service.web import (
    SESSION_SHARE_LINK,
    CsrfField,
    check_csrf,
    client_key,
    csrf_token,
    retry_after,
    templates,
)

NOT_FOUND = "This link is not valid: it may be mistyped, expired or withdrawn."
#: The links whose passcode this browser gave, so it is asked once per link.
SESSION_UNLOCKED = "unlocked_shares"
#: What no cache or search engine may keep of a shared report.
PRIVATE_HEADERS = {
    "Cache-Control": "no-store",
    "X-Robots-Tag": "noindex, nofollow, noarchive",
    "Referrer-Policy": "no-referrer",
}


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


async def make(
    request: Request, runtime: Runtime, caller: Principal, verification_id: str, **options: Any
) -> CreatedShare:
    try:
        return await shares.create(
            runtime=runtime,
            verification_id=verification_id,
            workspace_id=caller.workspace_id,
            actor=audit.Actor.of(caller, request),
            base_url=base_url(request),
            user_id=caller.user_id,
            api_key_id=caller.api_key_id,
            **options,
        )
    except RequestError as error:
        raise HTTPException(error.status_code, str(error)) from None


# -- the API ------------------------------------------------------------------------------------


class ShareIn(BaseModel):
    expires_in_days: int | None = Field(
        default=None, ge=1, le=shares.MAX_DAYS, description="7 by default."
    )
    passcode: bool = Field(
        default=False, description="Protect the link with a passcode, made and shown once."
    )


class ShareOut(BaseModel):
    id: str
    url: str = Field(description="The hiring manager's page; shown once, never stored in clear.")
    expires_at: datetime
    passcode: str | None = Field(description="Shown once: send it apart from the link.")


class ShareListed(BaseModel):
    id: str
    created_at: datetime
    expires_at: datetime
    revoked: bool
    expired: bool
    passcode: bool
    views: int


api_router = APIRouter(prefix="/api/v1", tags=["share links"], responses=ERROR_RESPONSES)


@api_router.post(
    "/verifications/{verification_id}/shares",
    status_code=201,
    response_model=ShareOut,
    responses={409: {"model": Problem}},
)
async def create_share(
    verification_id: str,
    request: Request,
    runtime: RuntimeDep,
    caller: KeyRecruiter,
    body: ShareIn | None = None,
) -> ShareOut:
    """A read-only link to the report for a hiring manager: its page and PDF, nothing else."""
    body = body or ShareIn()
    created = await make(
        request,
        runtime,
        caller,
        verification_id,
        days=body.expires_in_days,
        passcode=body.passcode,
    )
    return ShareOut(
        id=created.id, url=created.url, expires_at=created.expires_at, passcode=created.passcode
    )


@api_router.get("/verifications/{verification_id}/shares", response_model=list[ShareListed])
async def list_shares(
    verification_id: str, runtime: RuntimeDep, caller: KeyRecruiter
) -> list[ShareListed]:
    """The report's share links, oldest first, with how often each was opened."""
    await load(runtime, verification_id, caller)
    listed = await shares.list_for(
        runtime=runtime, verification_id=verification_id, workspace_id=caller.workspace_id
    )
    return [ShareListed(**vars(item)) for item in listed]


@api_router.delete(
    "/verifications/{verification_id}/shares/{share_id}", status_code=204, response_class=Response
)
async def revoke_share(
    verification_id: str, share_id: str, runtime: RuntimeDep, caller: KeyRecruiter
) -> Response:
    """Withdraw a link: it answers 404 from now on."""
    await withdraw(runtime, caller, verification_id, share_id)
    return Response(status_code=204)


async def withdraw(
    runtime: Runtime, caller: Principal, verification_id: str, share_id: str
) -> None:
    """Withdraw the caller's workspace's link; 404 when there is no such link."""
    if not await shares.revoke(
        runtime=runtime,
        verification_id=verification_id,
        share_id=share_id,
        workspace_id=caller.workspace_id,
    ):
        raise HTTPException(404, "No such share link.")


# -- the report page's buttons -----------------------------------------------------------------

pages_router = APIRouter(include_in_schema=False)


@pages_router.post("/verifications/{verification_id}/shares")
async def share_from_page(
    verification_id: str,
    request: Request,
    runtime: RuntimeDep,
    caller: Recruiter,
    csrf: CsrfField,
    days: Annotated[int, Form(ge=1, le=shares.MAX_DAYS)] = shares.DEFAULT_DAYS,
    passcode: Annotated[str, Form(max_length=10)] = "",
) -> RedirectResponse:
    check_csrf(request, csrf)
    created = await make(
        request, runtime, caller, verification_id, days=days, passcode=bool(passcode)
    )
    # Shown once, on the page the browser is sent to: reloading it makes nothing twice.
    request.session[SESSION_SHARE_LINK] = {
        "url": created.url,
        "passcode": created.passcode,
        "expires": created.expires_at.strftime("%Y-%m-%d %H:%M UTC"),
    }
    return RedirectResponse(f"/verifications/{verification_id}#share-link", status_code=303)


@pages_router.post("/verifications/{verification_id}/shares/{share_id}/revoke")
async def revoke_from_page(
    verification_id: str,
    share_id: str,
    request: Request,
    runtime: RuntimeDep,
    caller: Recruiter,
    csrf: CsrfField,
) -> RedirectResponse:
    check_csrf(request, csrf)
    await withdraw(runtime, caller, verification_id, share_id)
    return RedirectResponse(f"/verifications/{verification_id}", status_code=303)


# -- the hiring manager's page -------------------------------------------------------------------


def share_page(request: Request, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page for someone with no account: the shared report, or what stops it."""
    settings = request.app.state.runtime.settings
    response = templates.TemplateResponse(
        request,
        "share.html",
        {
            "signed_in": False,
            "csrf_token": csrf_token(request),
            "organisation": settings.organisation_name or "A recruiter",
            "error": None,
            "report_body": None,
            "ask_passcode": False,
            **context,
        },
        status_code=status_code,
    )
    response.headers.update(PRIVATE_HEADERS)
    return response


async def _opened(request: Request, runtime: Runtime, token: str) -> ShareLink:
    """The live link, after the per-address limit; 404 (the same for every reason) else."""
    wait = await retry_after(request, "share-address", client_key(request))
    if wait is not None:
        raise HTTPException(
            429, "Too many tries; wait a little.", headers={"Retry-After": str(math.ceil(wait))}
        )
    try:
        return await shares.open_link(runtime=runtime, token=token)
    except ShareNotFound:
        raise HTTPException(404, NOT_FOUND) from None


def _unlocked(request: Request, link: ShareLink) -> bool:
    return link.passcode_hash is None or link.id in request.session.get(SESSION_UNLOCKED, [])


def _viewer(link: ShareLink, request: Request) -> audit.Actor:
    return audit.Actor.share_link(link.id, address=client_key(request))


@pages_router.get("/share/{token}", response_class=HTMLResponse)
async def shared_report(token: str, request: Request, runtime: RuntimeDep) -> HTMLResponse:
    try:
        link = await _opened(request, runtime, token)
    except HTTPException as error:
        return share_page(request, error.status_code, error=str(error.detail))
    if not _unlocked(request, link):
        return share_page(request, ask_passcode=True, token=token)
    report = await _report(runtime, link)
    await audit.record(
        runtime.sessions,
        verification_id=link.verification_id,
        action="viewed",
        actor=_viewer(link, request),
    )
    return share_page(
        request,
        report_body=reports.render_html_fragment(report),
        expires_at=link.expires_at,
        token=token,
    )


async def _report(runtime: Runtime, link: ShareLink) -> reports.Report:
    # The token opened its own verification, whichever workspace it is in, and nothing else.
    record = await verifications.get(
        runtime=runtime, verification_id=link.verification_id, workspace_id=ALL_WORKSPACES
    )
    if record is None or record.report is None:
        raise HTTPException(404, NOT_FOUND)
    return reports.Report.model_validate(record.report)


@pages_router.post("/share/{token}", response_class=HTMLResponse)
async def give_passcode(
    token: str,
    request: Request,
    runtime: RuntimeDep,
    csrf: CsrfField,
    passcode: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    check_csrf(request, csrf)
    try:
        link = await _opened(request, runtime, token)
    except HTTPException as error:
        return share_page(request, error.status_code, error=str(error.detail))
    try:
        right = await shares.check_passcode(runtime=runtime, link=link, passcode=passcode)
    except ShareLocked as locked:
        until = locked.until.strftime("%H:%M UTC")
        return share_page(request, 429, error=f"Too many wrong passcodes; try again after {until}.")
    if not right:
        return share_page(
            request, 401, error="That passcode is not right.", ask_passcode=True, token=token
        )
    unlocked = [*request.session.get(SESSION_UNLOCKED, []), link.id][-20:]
    request.session[SESSION_UNLOCKED] = unlocked
    response = RedirectResponse(f"/share/{token}", status_code=303)
    response.headers.update(PRIVATE_HEADERS)
    return response


@pages_router.get("/share/{token}/report.pdf")
async def shared_pdf(token: str, request: Request, runtime: RuntimeDep) -> Response:
    link = await _opened(request, runtime, token)
    if not _unlocked(request, link):
        raise HTTPException(404, NOT_FOUND)
    report = await _report(runtime, link)
    response = await pdf_download(
        runtime, report, link.verification_id, actor=_viewer(link, request)
    )
    response.headers.update(PRIVATE_HEADERS)
    return response
