"""The audit trail: who created, viewed, downloaded, shared, re-verified, asked evidence for
(and answered), deleted, exported or erased each verification, and when; and who created,
replaced or deleted each named role (``service.named_roles``), and when.

An event names its actor by kind, id and a label a person can read, never by the candidate's
data or the résumé's content; ``detail`` is one word from a fixed vocabulary (a download's
format), so no free text can carry personal data in. Events outlive their verification by
``audit_retention_days`` (``service.retention`` purges them), so a deletion is audited too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal, get_args

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.requests import Request

from service.storage import AuditEvent, AuditRepository
from service.storage.models import WorkspaceScope

if TYPE_CHECKING:
    from service.access import Principal

Action = Literal[
    "created",
    "viewed",
    "downloaded",
    "shared",
    "re-verified",
    "evidence-requested",
    "evidence-answered",
    "deleted",
    "exported",
    "erased",
    "role-created",
    "role-replaced",
    "role-deleted",
]
ACTIONS: Final = frozenset(get_args(Action))

ActorKind = Literal["user", "api-key", "share-link", "webhook", "candidate", "cli", "system"]
ACTOR_KINDS: Final = frozenset(get_args(ActorKind))

#: What happened to a named role.
RoleChange = Literal["created", "replaced", "deleted"]
_ROLE_ACTIONS: Final[dict[RoleChange, Action]] = {
    "created": "role-created",
    "replaced": "role-replaced",
    "deleted": "role-deleted",
}

#: A detail is a short lower-case word ("pdf", "retention"), never text a person typed.
_DETAIL: Final = re.compile(r"[a-z0-9][a-z0-9.-]{0,31}")


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acted: a kind, its id where it has one, a non-personal label, and where from."""

    kind: ActorKind
    label: str
    id: str | None = None
    #: The client's network address, for actions that came over HTTP.
    address: str | None = None

    @classmethod
    def user(cls, user_id: int, *, address: str | None = None) -> Actor:
        return cls("user", f"user #{user_id}", str(user_id), address)

    @classmethod
    def api_key(cls, key_id: int, *, address: str | None = None) -> Actor:
        # By number: a key's name is chosen freely, so it could name a person.
        return cls("api-key", f"API key #{key_id}", str(key_id), address)

    @classmethod
    def of(cls, principal: Principal, request: Request | None = None) -> Actor:
        """The signed-in user or API key behind a request."""
        where = address(request) if request is not None else None
        if principal.user_id is not None:
            return cls.user(principal.user_id, address=where)
        return cls.api_key(principal.api_key_id or 0, address=where)

    @classmethod
    def share_link(cls, link_id: str, *, address: str | None = None) -> Actor:
        return cls("share-link", f"share link {link_id[:8]}", link_id, address)

    @classmethod
    def webhook(cls, source: str, *, address: str | None = None) -> Actor:
        return cls("webhook", f"{source} webhook", source, address)

    @classmethod
    def candidate(cls, request_id: str, *, address: str | None = None) -> Actor:
        """The candidate, through an evidence request's link."""
        label = f"candidate via evidence request {request_id[:8]}"
        return cls("candidate", label, request_id, address)

    @classmethod
    def cli(cls) -> Actor:
        return cls("cli", "command line")

    @classmethod
    def system(cls, task: str) -> Actor:
        return cls("system", task)


def address(request: Request) -> str | None:
    """The client's network address, for ``Actor``."""
    return request.client.host if request.client else None


async def record(
    where: AsyncSession | async_sessionmaker[AsyncSession],
    *,
    verification_id: str,
    action: Action,
    actor: Actor,
    detail: str | None = None,
    workspace_id: int | None = None,
) -> None:
    """Record one event: inside the caller's transaction when given a session (so the event
    and the change it records commit together), else in a transaction of its own. The
    event's workspace is the verification's: looked up when not given, so record before
    erasing."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    if actor.kind not in ACTOR_KINDS:
        raise ValueError(f"unknown actor kind {actor.kind!r}")
    if detail is not None and not _DETAIL.fullmatch(detail):
        raise ValueError("an audit detail is one short lower-case word")

    async def add(session: AsyncSession) -> None:
        repository = AuditRepository(session)
        repository.add(
            verification_id=verification_id,
            workspace_id=(
                workspace_id
                if workspace_id is not None
                else await repository.workspace_of(verification_id)
            ),
            action=action,
            detail=detail,
            actor_kind=actor.kind,
            actor_id=actor.id,
            actor_label=actor.label[:200],
            client_address=actor.address[:64] if actor.address else None,
        )

    if isinstance(where, AsyncSession):
        await add(where)
        return
    async with where() as session, session.begin():
        await add(session)


async def record_role(
    session: AsyncSession, *, workspace_id: int, name: str, change: RoleChange, actor: Actor
) -> None:
    """Record a change to the workspace's named role ``name`` inside the caller's
    transaction, so the event commits with the change. The role itself (a job description,
    which may name its recruiter) is not recorded, only its name."""
    if actor.kind not in ACTOR_KINDS:
        raise ValueError(f"unknown actor kind {actor.kind!r}")
    AuditRepository(session).add(
        verification_id=None,
        role_name=name[:200],
        workspace_id=workspace_id,
        action=_ROLE_ACTIONS[change],
        actor_kind=actor.kind,
        actor_id=actor.id,
        actor_label=actor.label[:200],
        client_address=actor.address[:64] if actor.address else None,
    )


async def role_trail(
    sessions: async_sessionmaker[AsyncSession], *, workspace_id: int
) -> list[AuditEvent]:
    """The changes to the workspace's named roles, oldest first."""
    async with sessions() as session:
        return await AuditRepository(session).role_changes(workspace_id=workspace_id)


async def role_history(
    sessions: async_sessionmaker[AsyncSession], *, workspace_id: int, name: str
) -> list[AuditEvent]:
    """Who created, replaced or deleted the workspace's named role ``name`` (case and spacing
    aside), and when, oldest first; kept after the role is deleted, for the audit retention."""
    async with sessions() as session:
        return await AuditRepository(session).role_history(name, workspace_id=workspace_id)


async def trail(
    sessions: async_sessionmaker[AsyncSession],
    *,
    verification_ids: Sequence[str],
    workspace_id: WorkspaceScope,
) -> list[AuditEvent]:
    """The events of these verifications in the workspace, oldest first."""
    async with sessions() as session:
        return await AuditRepository(session).list_for(verification_ids, workspace_id=workspace_id)
