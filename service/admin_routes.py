"""What only a workspace's admins may do over the API: its API keys (list, make, revoke).

Keys of another workspace are not found (404), like its verifications.
"""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, HTTPException, Response
from pydantic import BaseModel, Field

from service.access import KeyAdmin, RuntimeDep
from service.api import ERROR_RESPONSES
from service.permissions import Role
from service.storage import ApiKey, ApiKeyRepository

router = APIRouter(prefix="/api/v1", tags=["administration"], responses=ERROR_RESPONSES)


class KeyIn(BaseModel):
    name: str = Field(min_length=1, max_length=200, description="Who uses it.")
    role: Role = Field(default=Role.RECRUITER)


class KeyOut(BaseModel):
    id: int
    name: str
    prefix: str = Field(description="The key's first characters, to tell keys apart.")
    role: Role
    created_at: datetime
    revoked_at: datetime | None
    last_used_at: datetime | None


class NewKey(KeyOut):
    key: str = Field(description="Shown once; credlens keeps only a hash of it.")


def key_out(key: ApiKey) -> KeyOut:
    return KeyOut(
        id=key.id,
        name=key.name,
        prefix=key.prefix,
        role=Role(key.role),
        created_at=key.created_at,
        revoked_at=key.revoked_at,
        last_used_at=key.last_used_at,
    )


@router.get("/api-keys", response_model=list[KeyOut])
async def list_keys(runtime: RuntimeDep, caller: KeyAdmin) -> list[KeyOut]:
    """The workspace's API keys, live or revoked; never the keys themselves."""
    async with runtime.sessions() as session:
        keys = await ApiKeyRepository(session, runtime.api_keys).list_all(
            workspace_id=caller.workspace_id
        )
    return [key_out(key) for key in keys]


@router.post("/api-keys", status_code=201, response_model=NewKey)
async def create_key(body: KeyIn, runtime: RuntimeDep, caller: KeyAdmin) -> NewKey:
    """A new key of the workspace, with a role; the key is in this answer only."""
    async with runtime.sessions() as session, session.begin():
        key, token = await ApiKeyRepository(session, runtime.api_keys).create(
            body.name, workspace_id=caller.workspace_id, role=body.role
        )
        made = key_out(key)
    return NewKey(**made.model_dump(), key=token)


@router.delete("/api-keys/{key_id}", status_code=204, response_class=Response)
async def revoke_key(key_id: int, runtime: RuntimeDep, caller: KeyAdmin) -> Response:
    """Revoke a key of the workspace: requests carrying it are refused from now on."""
    async with runtime.sessions() as session, session.begin():
        revoked = await ApiKeyRepository(session, runtime.api_keys).revoke(
            key_id, workspace_id=caller.workspace_id
        )
    if not revoked:
        raise HTTPException(404, "No such live API key.")
    return Response(status_code=204)
