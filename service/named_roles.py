"""A workspace's named roles: the requirements of a job kept once under a name (and the ATS
job it is for), so an ATS webhook that names only its job (Greenhouse sends the application's
job id and name, never its description) is judged against it.

Kept by the CLI (``credlens role``) and the admin API (``/api/v1/roles``); found by name
(``role_name`` in the standard webhook) or by job (Greenhouse's ``jobs``, ``job_id``).
Keyword-only functions, no SQL (that is in ``service.storage.repositories.job_roles``).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from service import audit, roles
from service.runtime import Runtime
from service.storage.models import JobRole
from service.storage.repositories.job_roles import JobRoleRepository

MAX_NAME_CHARS = 200
MAX_JOB_ID_CHARS = 100
#: Any printable text: job titles have slashes ("Sr. Engineer / SRE"), which the API's path
#: takes whole (``/api/v1/roles/{role_name:path}``), raw or as ``%2F``.
_NAME = re.compile(rf"[^\x00-\x1f\x7f]{{1,{MAX_NAME_CHARS}}}")


class BadNamedRole(ValueError):
    """A name, job id or role that cannot be kept; the message is one sentence, safe to show."""


@dataclass(frozen=True)
class NamedRole:
    """A kept role as the CLI and the API show it."""

    name: str
    ats_job_id: str | None
    role: dict[str, Any]
    created_at: datetime
    updated_at: datetime


def _shown(row: JobRole) -> NamedRole:
    return NamedRole(
        name=row.name,
        ats_job_id=row.ats_job_id,
        role=dict(row.role),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def checked_name(name: str) -> str:
    """The name as kept; raises ``BadNamedRole``."""
    name = " ".join(name.split())
    if not _NAME.fullmatch(name):
        raise BadNamedRole(
            f"A role's name is 1 to {MAX_NAME_CHARS} characters, without control characters."
        )
    return name


def _checked_job_id(job_id: str | None) -> str | None:
    if job_id is None or not job_id.strip():
        return None
    job_id = job_id.strip()
    if len(job_id) > MAX_JOB_ID_CHARS or not job_id.isprintable():
        raise BadNamedRole(f"An ATS job id is at most {MAX_JOB_ID_CHARS} printable characters.")
    return job_id


async def keep(
    *,
    runtime: Runtime,
    workspace_id: int,
    name: str,
    role: str | Mapping[str, Any],
    actor: audit.Actor,
    ats_job_id: str | None = None,
) -> tuple[NamedRole, bool]:
    """Keep ``role`` under ``name`` in the workspace (replacing one of that name, and taking
    ``ats_job_id`` from any other role that had it); whether it is new. ``actor`` doing it
    is audited. Raises ``BadNamedRole`` for a bad name, job id or role, or an empty role."""
    name = checked_name(name)
    job_id = _checked_job_id(ats_job_id)
    try:
        # Reading a role builds the catalog's matchers the first time: not on the event loop.
        stored = await asyncio.to_thread(roles.checked, role)
    except roles.BadRole as error:
        raise BadNamedRole(str(error)) from None
    if not stored:
        raise BadNamedRole("The role is empty: give a job description or its requirements.")
    async with runtime.sessions() as session, session.begin():
        row, created = await JobRoleRepository(session).put(
            workspace_id=workspace_id, name=name, role=stored, ats_job_id=job_id
        )
        await audit.record_role(
            session,
            workspace_id=workspace_id,
            name=row.name,
            change="created" if created else "replaced",
            actor=actor,
        )
        return _shown(row), created


async def listed(*, runtime: Runtime, workspace_id: int) -> list[NamedRole]:
    """The workspace's roles, by name."""
    async with runtime.sessions() as session:
        rows = await JobRoleRepository(session).list_all(workspace_id=workspace_id)
        return [_shown(row) for row in rows]


async def find(*, runtime: Runtime, workspace_id: int, name: str) -> NamedRole | None:
    """The workspace's role of that name (case and spacing aside), if any."""
    async with runtime.sessions() as session:
        row = await JobRoleRepository(session).by_name(name, workspace_id=workspace_id)
        return _shown(row) if row is not None else None


async def forget(*, runtime: Runtime, workspace_id: int, name: str, actor: audit.Actor) -> bool:
    """Delete the workspace's role of that name (``actor`` doing it is audited); False when
    there is none. Verifications already judged against it keep their own copy."""
    async with runtime.sessions() as session, session.begin():
        repository = JobRoleRepository(session)
        found = await repository.by_name(name, workspace_id=workspace_id)
        if found is None:
            return False
        kept_as = found.name
        await repository.remove(name, workspace_id=workspace_id)
        await audit.record_role(
            session, workspace_id=workspace_id, name=kept_as, change="deleted", actor=actor
        )
        return True


async def for_job(
    *, runtime: Runtime, workspace_id: int, job_id: str | None, job_name: str | None
) -> dict[str, Any] | None:
    """The stored role kept for an ATS job: bound to its id, else named as the job is; None
    when the workspace keeps none for it (the verification then has no role)."""
    async with runtime.sessions() as session:
        row = await JobRoleRepository(session).for_job(
            workspace_id=workspace_id, job_id=job_id, job_name=job_name
        )
        return dict(row.role) if row is not None else None
