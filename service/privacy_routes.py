"""The audit trail and a candidate's rights over HTTP: the admins' audit page, and the API's
audit trails (a verification's, a named role's), subject export and subject erasure
(docs/security.md).

A candidate's email travels in the request body, never in a URL: URLs end up in proxies'
and browsers' logs.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from service import audit, subjects
from service.access import Admin, KeyAdmin, RuntimeDep
from service.api import ERROR_RESPONSES, Problem
from service.runtime import Runtime
from service.storage import AuditEvent
from service.verifications import RequestError
from service.web import page

api_router = APIRouter(prefix="/api/v1", tags=["privacy"], responses=ERROR_RESPONSES)
pages_router = APIRouter(include_in_schema=False)


class AuditActorOut(BaseModel):
    kind: str = Field(description="user, api-key, share-link, webhook, candidate, cli or system")
    id: str | None
    label: str = Field(description="How to tell actors apart; never personal data.")
    address: str | None = Field(description="The network address the action came from.")


class AuditEventOut(BaseModel):
    at: datetime
    action: str
    detail: str | None = Field(description="A download's format, an answer's kind.")
    actor: AuditActorOut


class AuditTrailOut(BaseModel):
    verification_id: str
    events: list[AuditEventOut]


class RoleAuditEventOut(AuditEventOut):
    role_name: str = Field(description="The role's name as this change wrote it.")


class RoleAuditTrailOut(BaseModel):
    role_name: str
    events: list[RoleAuditEventOut]


def _actor(event: AuditEvent) -> AuditActorOut:
    return AuditActorOut(
        kind=event.actor_kind,
        id=event.actor_id,
        label=event.actor_label,
        address=event.client_address,
    )


class SubjectIn(BaseModel):
    email: str = Field(max_length=320, description="The candidate's email, in any case.")


class ErasureIn(SubjectIn):
    confirm: bool = Field(default=False, description="Must be true: an erasure cannot be undone.")


class ErasureOut(BaseModel):
    erased: dict[str, int] = Field(description="How many of each kind of record were erased.")


async def events_of(runtime: Runtime, verification_id: str, workspace_id: int) -> list[AuditEvent]:
    """The workspace's trail of a verification, kept or gone."""
    return await audit.trail(
        runtime.sessions, verification_ids=[verification_id], workspace_id=workspace_id
    )


@api_router.get("/verifications/{verification_id}/audit", response_model=AuditTrailOut)
async def audit_trail(verification_id: str, runtime: RuntimeDep, caller: KeyAdmin) -> AuditTrailOut:
    """Who did what to a verification of the workspace, oldest first; kept after the
    verification is gone. For admin keys."""
    events = await events_of(runtime, verification_id, caller.workspace_id)
    if not events:
        raise HTTPException(404, "No audit events for that verification.")
    return AuditTrailOut(
        verification_id=verification_id,
        events=[
            AuditEventOut(
                at=event.at,
                action=event.action,
                detail=event.detail,
                actor=_actor(event),
            )
            for event in events
        ],
    )


@api_router.get("/role-audit/{role_name:path}", response_model=RoleAuditTrailOut)
async def role_audit_trail(
    role_name: str, runtime: RuntimeDep, caller: KeyAdmin
) -> RoleAuditTrailOut:
    """Who created, replaced or deleted a named role of the workspace (its name in any case),
    oldest first; kept after the role is deleted, for the audit retention. For admin keys."""
    events = await audit.role_history(
        runtime.sessions, workspace_id=caller.workspace_id, name=role_name
    )
    if not events:
        raise HTTPException(404, "No audit events for a role of that name.")
    return RoleAuditTrailOut(
        role_name=role_name,
        events=[
            RoleAuditEventOut(
                at=event.at,
                action=event.action,
                detail=event.detail,
                role_name=event.role_name or role_name,
                actor=_actor(event),
            )
            for event in events
        ],
    )


@api_router.post(
    "/subjects/export",
    responses={200: {"content": {"application/zip": {}}}},
    response_class=Response,
)
async def subject_export(
    body: SubjectIn, request: Request, runtime: RuntimeDep, caller: KeyAdmin
) -> Response:
    """Everything the workspace holds about the candidate with this email, as a ZIP of JSON
    and PDF (an access request); an unknown email gives a ZIP that lists no verification.
    For admin keys."""
    try:
        exported = await subjects.export(
            runtime=runtime,
            email=body.email,
            workspace_id=caller.workspace_id,
            actor=audit.Actor.of(caller, request),
        )
    except RequestError as error:
        raise HTTPException(error.status_code, str(error)) from None
    return Response(
        exported.data,
        media_type="application/zip",
        headers={"Content-Disposition": 'attachment; filename="credlens-subject-export.zip"'},
    )


@api_router.post("/subjects/erase", response_model=ErasureOut, responses={400: {"model": Problem}})
async def subject_erase(
    body: ErasureIn, request: Request, runtime: RuntimeDep, caller: KeyAdmin
) -> ErasureOut:
    """Erase everything the workspace holds about the candidate with this email, leaving no
    copy (an erasure request); says what was erased. For admin keys."""
    if not body.confirm:
        raise HTTPException(400, "An erasure cannot be undone: send confirm: true.")
    try:
        erased = await subjects.erase(
            runtime=runtime,
            email=body.email,
            workspace_id=caller.workspace_id,
            actor=audit.Actor.of(caller, request),
        )
    except RequestError as error:
        raise HTTPException(error.status_code, str(error)) from None
    return ErasureOut(erased=erased.counts)


@pages_router.get("/audit", response_class=HTMLResponse)
async def audit_page(
    request: Request,
    runtime: RuntimeDep,
    caller: Admin,
    verification: Annotated[str, Query(max_length=36)] = "",
    role: Annotated[str, Query(max_length=200)] = "",
) -> HTMLResponse:
    verification, role = verification.strip(), " ".join(role.split())
    events = await events_of(runtime, verification, caller.workspace_id) if verification else []
    role_events = (
        await audit.role_history(runtime.sessions, workspace_id=caller.workspace_id, name=role)
        if role
        else []
    )
    return page(
        request,
        "audit.html",
        verification=verification,
        events=events,
        role=role,
        role_events=role_events,
        retention_days=runtime.settings.audit_retention_days,
    )
