"""Who is asking, in which workspace, and what their role lets them do.

Every route takes its caller through one of the dependencies here: ``require(role)`` for the
web app (a signed-in user), ``require_key(role)`` for the REST API (a Bearer API key). Each
answers with a ``Principal``, the caller's workspace and role, that the route hands on to
every query: a verification of another workspace is then simply not found (404, never 403,
which would confirm it exists). A role too weak for the action is refused with 403 before
anything is looked up, so that refusal says nothing about any verification.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from service.permissions import ROLE_RANK, Role
from service.ratelimit import RateLimit
from service.runtime import Runtime
from service.storage import (
    ApiKey,
    ApiKeyRepository,
    User,
    UserRepository,
    once_more_if_disconnected,
    statement_session,
)

SESSION_USER = "user_id"

bearer = HTTPBearer(auto_error=False, description="An API key made by `credlens apikey create`.")


@dataclass(frozen=True, slots=True)
class Principal:
    """A signed-in user or an API key: its workspace, its role, and which one it is."""

    workspace_id: int
    role: Role
    user_id: int | None = None
    api_key_id: int | None = None

    def may(self, role: Role) -> bool:
        """Whether this caller's role is ``role`` or one above it."""
        return ROLE_RANK[self.role] >= ROLE_RANK[role]

    @property
    def actor(self) -> str:
        """ "user:3" or "api-key:7": who did something, for logs, limits and the audit trail."""
        return f"user:{self.user_id}" if self.user_id is not None else f"api-key:{self.api_key_id}"


class SignInRequired(Exception):
    """Raised for a page that needs a signed-in user; answered with a redirect."""


def get_runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


def refuse(principal: Principal, role: Role) -> None:
    """403 unless ``principal`` has ``role`` or a stronger one."""
    if not principal.may(role):
        raise HTTPException(403, f"Your role ({principal.role}) may not do this; ask an admin.")


async def require_api_key(
    request: Request,
    runtime: RuntimeDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> ApiKey:
    """The API key the request carries, or 401; 429 past the key's rate limit."""
    if credentials is not None and credentials.scheme.lower() == "bearer":
        limiter: RateLimit = request.app.state.rate_limiters["api-key"]
        token = credentials.credentials

        async def key_and_wait() -> tuple[ApiKey | None, float | None]:
            # The key read (its last use noted now and then) and its rate limit counted, on
            # one connection, each statement standing alone: safe to repeat once whole.
            async with statement_session(runtime.sessions) as session:
                key = await ApiKeyRepository(session, runtime.api_keys).authenticate(token)
                if key is None:
                    return None, None
                return key, await limiter.retry_after(f"api-key:{key.id}", session=session)

        key, wait = await once_more_if_disconnected(key_and_wait)
        if key is not None:
            if wait is not None:
                raise HTTPException(
                    429,
                    "Too many requests for this API key; slow down.",
                    headers={"Retry-After": str(math.ceil(wait))},
                )
            return key
    raise HTTPException(401, "A valid API key is required.", headers={"WWW-Authenticate": "Bearer"})


async def signed_in_user(request: Request, runtime: RuntimeDep) -> Principal:
    """The signed-in user, or a redirect to the sign-in page."""
    user_id = request.session.get(SESSION_USER)
    if isinstance(user_id, int):
        user = await once_more_if_disconnected(lambda: _user(runtime, user_id))
        if user is not None:
            principal = Principal(
                workspace_id=user.workspace_id, role=Role(user.role), user_id=user.id
            )
            # For the pages: what to offer (no upload form for a viewer, for instance).
            request.state.principal = principal
            return principal
    request.session.pop(SESSION_USER, None)
    raise SignInRequired


async def _user(runtime: Runtime, user_id: int) -> User | None:
    async with runtime.sessions() as session:  # a read: safe to repeat
        return await UserRepository(session).get(user_id)


def require(role: Role) -> Callable[..., Awaitable[Principal]]:
    """A dependency for the web app: the signed-in user if their role is at least ``role``
    (403 otherwise; a redirect to sign in without a session)."""

    async def dependency(
        principal: Annotated[Principal, Depends(signed_in_user)],
    ) -> Principal:
        refuse(principal, role)
        return principal

    return dependency


def require_key(role: Role) -> Callable[..., Awaitable[Principal]]:
    """A dependency for the REST API: the request's API key if its role is at least ``role``
    (401 without a valid key, 403 with a weaker role)."""

    async def dependency(key: Annotated[ApiKey, Depends(require_api_key)]) -> Principal:
        principal = Principal(workspace_id=key.workspace_id, role=Role(key.role), api_key_id=key.id)
        refuse(principal, role)
        return principal

    return dependency


# The aliases routes declare: reading needs a viewer, changing a recruiter, managing an admin.
Viewer = Annotated[Principal, Depends(require(Role.VIEWER))]
Recruiter = Annotated[Principal, Depends(require(Role.RECRUITER))]
Admin = Annotated[Principal, Depends(require(Role.ADMIN))]
KeyViewer = Annotated[Principal, Depends(require_key(Role.VIEWER))]
KeyRecruiter = Annotated[Principal, Depends(require_key(Role.RECRUITER))]
KeyAdmin = Annotated[Principal, Depends(require_key(Role.ADMIN))]


async def signed_in_or_api_key(
    request: Request,
    runtime: RuntimeDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Principal:
    """For what both users and API clients of any role read (the API's own description)."""
    if credentials is not None:
        key = await require_api_key(request, runtime, credentials)
        return Principal(workspace_id=key.workspace_id, role=Role(key.role), api_key_id=key.id)
    return await signed_in_user(request, runtime)


ReaderDep = Annotated[Principal, Depends(signed_in_or_api_key)]
