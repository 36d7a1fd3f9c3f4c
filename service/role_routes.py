"""A workspace's named roles over the API: the requirements of a job kept under a name and,
optionally, the ATS job id it is for (``service.named_roles``). Anyone of the workspace may
read them; only its admins change them. Another workspace's role is not found (404)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response
from pydantic import BaseModel, Field

from service import audit, named_roles, roles
from service.access import KeyAdmin, KeyViewer, RuntimeDep
from service.api import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1", tags=["roles"], responses=ERROR_RESPONSES)


class RoleIn(BaseModel):
    role: Any = Field(
        description=f"A job description as text, or {roles.STRUCTURED_ROLE}.",
        json_schema_extra=roles.ROLE_SCHEMA,
    )
    ats_job_id: str | None = Field(
        default=None,
        max_length=named_roles.MAX_JOB_ID_CHARS,
        description="The ATS job it is for (Greenhouse's job id): that job's webhooks use it.",
    )


class RoleOut(BaseModel):
    name: str
    ats_job_id: str | None
    role: dict[str, Any] = Field(description="As kept: {'text': …} or the structured role.")
    created_at: datetime
    updated_at: datetime


def _out(kept: named_roles.NamedRole) -> RoleOut:
    return RoleOut(
        name=kept.name,
        ats_job_id=kept.ats_job_id,
        role=kept.role,
        created_at=kept.created_at,
        updated_at=kept.updated_at,
    )


@router.get("/roles", response_model=list[RoleOut])
async def list_roles(runtime: RuntimeDep, caller: KeyViewer) -> list[RoleOut]:
    """The workspace's named roles, by name."""
    kept = await named_roles.listed(runtime=runtime, workspace_id=caller.workspace_id)
    return [_out(each) for each in kept]


@router.get("/roles/{role_name:path}", response_model=RoleOut)
async def get_role(role_name: str, runtime: RuntimeDep, caller: KeyViewer) -> RoleOut:
    """One named role (its name in any case)."""
    kept = await named_roles.find(runtime=runtime, workspace_id=caller.workspace_id, name=role_name)
    if kept is None:
        raise HTTPException(404, "No role of that name.")
    return _out(kept)


@router.put(
    "/roles/{role_name:path}",
    status_code=201,
    response_model=RoleOut,
    responses={200: {"model": RoleOut, "description": "The role of that name was replaced."}},
)
async def put_role(
    role_name: str,
    body: RoleIn,
    request: Request,
    response: Response,
    runtime: RuntimeDep,
    caller: KeyAdmin,
) -> RoleOut:
    """Keep a role under this name (201), or replace the one of that name (200)."""
    try:
        kept, created = await named_roles.keep(
            runtime=runtime,
            workspace_id=caller.workspace_id,
            name=role_name,
            role=body.role,
            ats_job_id=body.ats_job_id,
            actor=audit.Actor.of(caller, request),
        )
    except named_roles.BadNamedRole as error:
        raise HTTPException(400, str(error)) from None
    response.status_code = 201 if created else 200
    return _out(kept)


@router.delete("/roles/{role_name:path}", status_code=204, response_class=Response)
async def delete_role(
    role_name: str, request: Request, runtime: RuntimeDep, caller: KeyAdmin
) -> Response:
    """Forget a named role; verifications judged against it keep their own copy."""
    if not await named_roles.forget(
        runtime=runtime,
        workspace_id=caller.workspace_id,
        name=role_name,
        actor=audit.Actor.of(caller, request),
    ):
        raise HTTPException(404, "No role of that name.")
    return Response(status_code=204)
