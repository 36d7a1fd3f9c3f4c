"""Checking a verification again over HTTP: the API's ``reverify`` and the report page's
button. Both queue the ``reverify`` job (``service.reverify``); the report is replaced when it
ends, each claim's history one verdict longer."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, Field

from service import audit, reverify
from service.access import KeyRecruiter, Principal, Recruiter, RuntimeDep
from service.api import ERROR_RESPONSES, Problem
from service.verifications import RequestError
from service.web import SESSION_RECHECK, CsrfField, check_csrf

api_router = APIRouter(prefix="/api/v1", tags=["verifications"], responses=ERROR_RESPONSES)
pages_router = APIRouter()


class RecheckQueued(BaseModel):
    id: str
    status: str = Field(
        default="rechecking",
        description="The check is queued; the report (GET the verification) is replaced when "
        "it ends, and the callback URL, if any, gets a signed verification.updated event.",
    )
    new: bool = Field(
        description="False when a re-check of it was already queued or running: this request "
        "queued nothing more, and that re-check replaces the report."
    )


@api_router.post(
    "/verifications/{verification_id}/reverify",
    status_code=202,
    response_model=RecheckQueued,
    responses={409: {"model": Problem, "description": "The verification is not done yet."}},
)
async def reverify_api(
    verification_id: str, request: Request, runtime: RuntimeDep, caller: KeyRecruiter
) -> RecheckQueued:
    """Check a finished verification again: the stored résumé, its links and its role, as
    they are today (a badge may have been revoked since). Each claim's history gains the
    verdict it has now. Asked again while that check is queued or running, it answers with
    that one (``new`` false) rather than queue another."""
    new = await _queue(verification_id, request, runtime, caller)
    return RecheckQueued(id=verification_id, new=new)


@pages_router.post("/verifications/{verification_id}/reverify")
async def reverify_page(
    verification_id: str, request: Request, runtime: RuntimeDep, caller: Recruiter, csrf: CsrfField
) -> RedirectResponse:
    check_csrf(request, csrf)
    new = await _queue(verification_id, request, runtime, caller)
    request.session[SESSION_RECHECK] = "queued" if new else "already"
    return RedirectResponse(f"/verifications/{verification_id}#recheck", status_code=303)


async def _queue(
    verification_id: str, request: Request, runtime: RuntimeDep, caller: Principal
) -> bool:
    try:
        return await reverify.request(
            runtime=runtime,
            verification_id=verification_id,
            workspace_id=caller.workspace_id,
            actor=audit.Actor.of(caller, request),
        )
    except RequestError as error:
        raise HTTPException(error.status_code, str(error)) from None
