"""The audit trail: events recorded with their actor, only from a fixed vocabulary, and kept
as long as their verification plus the audit retention period."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service import audit
from service.retention import purge_expired
from service.storage import AuditEvent, VerificationRepository
from service.storage.models import utcnow
from service.storage.repositories.job_roles import JobRoleRepository
from testkit.factories import WORKSPACE

Sessions = async_sessionmaker[AsyncSession]


async def _verification(sessions: Sessions, *, days_old: int = 0) -> str:
    async with sessions() as session, session.begin():
        record = await VerificationRepository(session).create(workspace_id=WORKSPACE, origin="api")
        record.created_at = utcnow() - timedelta(days=days_old)
    return record.id


async def test_an_event_is_recorded_in_the_callers_transaction_or_its_own(
    sessions: Sessions,
) -> None:
    verification_id = await _verification(sessions)
    async with sessions() as session, session.begin():
        await audit.record(
            session,
            verification_id=verification_id,
            action="created",
            actor=audit.Actor.api_key(7, address="203.0.113.9"),
        )
    await audit.record(
        sessions,
        verification_id=verification_id,
        action="downloaded",
        actor=audit.Actor.user(3),
        detail="pdf",
    )
    events = await audit.trail(sessions, verification_ids=[verification_id], workspace_id=WORKSPACE)
    assert [(e.action, e.detail, e.actor_kind, e.actor_id) for e in events] == [
        ("created", None, "api-key", "7"),
        ("downloaded", "pdf", "user", "3"),
    ]
    assert events[0].actor_label == "API key #7"
    assert {event.workspace_id for event in events} == {WORKSPACE}
    # Another workspace sees none of it.
    assert await audit.trail(sessions, verification_ids=[verification_id], workspace_id=2) == []
    assert events[0].client_address == "203.0.113.9"
    assert events[1].actor_label == "user #3"


async def test_a_rolled_back_transaction_records_nothing(sessions: Sessions) -> None:
    verification_id = await _verification(sessions)
    with pytest.raises(RuntimeError):
        async with sessions() as session, session.begin():
            await audit.record(
                session, verification_id=verification_id, action="deleted", actor=audit.Actor.cli()
            )
            raise RuntimeError("the deletion failed")
    assert (
        await audit.trail(sessions, verification_ids=[verification_id], workspace_id=WORKSPACE)
        == []
    )


@pytest.mark.parametrize(
    ("action", "detail"),
    [
        ("looked-at", None),  # not an action of the vocabulary
        ("downloaded", "Zofia's résumé.pdf"),  # free text could carry personal data
        ("downloaded", "x" * 40),
    ],
)
async def test_only_the_vocabulary_is_recorded(
    sessions: Sessions, action: str, detail: str | None
) -> None:
    with pytest.raises(ValueError, match="audit"):
        await audit.record(
            sessions,
            verification_id="v",
            action=action,  # type: ignore[arg-type]
            actor=audit.Actor.system("test"),
            detail=detail,
        )


async def test_the_trail_outlives_its_verification_by_the_audit_retention(
    sessions: Sessions,
) -> None:
    old = await _verification(sessions, days_old=100)
    kept = await _verification(sessions)
    for verification_id in (old, kept):
        await audit.record(
            sessions, verification_id=verification_id, action="viewed", actor=audit.Actor.user(1)
        )

    result = await purge_expired(sessions, retention_days=90, audit_retention_days=30)
    assert result.verifications == 1
    assert result.audit_events == 0  # gone only now: its trail is kept 30 more days
    old_trail = await audit.trail(sessions, verification_ids=[old], workspace_id=WORKSPACE)
    assert [(e.action, e.actor_kind, e.detail) for e in old_trail] == [
        ("viewed", "user", None),
        ("deleted", "system", "retention"),
    ]

    result = await purge_expired(
        sessions, retention_days=90, audit_retention_days=30, now=utcnow() + timedelta(days=29)
    )
    assert result.audit_events == 0
    result = await purge_expired(
        sessions, retention_days=90, audit_retention_days=30, now=utcnow() + timedelta(days=31)
    )
    assert result.audit_events == 2
    assert await audit.trail(sessions, verification_ids=[old], workspace_id=WORKSPACE) == []
    # A verification still kept keeps its whole trail, however old.
    async with sessions() as session:
        remaining = (await session.scalars(select(AuditEvent.verification_id))).all()
    assert set(remaining) == {kept}


async def test_a_named_roles_changes_are_its_workspaces_trail(sessions: Sessions) -> None:
    changes: list[tuple[audit.RoleChange, audit.Actor]] = [
        ("created", audit.Actor.api_key(4, address="203.0.113.9")),
        ("replaced", audit.Actor.user(2)),
        ("deleted", audit.Actor.cli()),
    ]
    for change, actor in changes:
        async with sessions() as session, session.begin():
            await audit.record_role(
                session,
                workspace_id=WORKSPACE,
                name="Sr. Engineer / SRE",
                change=change,
                actor=actor,
            )
    events = await audit.role_trail(sessions, workspace_id=WORKSPACE)
    assert [(e.action, e.role_name, e.actor_kind, e.actor_id) for e in events] == [
        ("role-created", "Sr. Engineer / SRE", "api-key", "4"),
        ("role-replaced", "Sr. Engineer / SRE", "user", "2"),
        ("role-deleted", "Sr. Engineer / SRE", "cli", None),
    ]
    assert events[0].client_address == "203.0.113.9" and events[0].at <= events[2].at
    assert {event.verification_id for event in events} == {None}
    assert await audit.role_trail(sessions, workspace_id=2) == []
    # A verification's trail is its own: role changes are not among it.
    verification_id = await _verification(sessions)
    assert (
        await audit.trail(sessions, verification_ids=[verification_id], workspace_id=WORKSPACE)
        == []
    )


async def _role_change(
    sessions: Sessions, name: str, change: audit.RoleChange, *, workspace_id: int = WORKSPACE
) -> None:
    async with sessions() as session, session.begin():
        if change == "deleted":
            await JobRoleRepository(session).remove(name, workspace_id=workspace_id)
        else:
            await JobRoleRepository(session).put(
                workspace_id=workspace_id, name=name, role={"required": ["CKA"]}, ats_job_id=None
            )
        await audit.record_role(
            session, workspace_id=workspace_id, name=name, change=change, actor=audit.Actor.cli()
        )


async def test_a_deleted_roles_changes_are_purged_after_the_audit_retention(
    sessions: Sessions,
) -> None:
    await _role_change(sessions, "Cloud Engineer", "created")
    await _role_change(sessions, "cloud engineer", "deleted")  # another spelling, one role
    await _role_change(sessions, "Security Lead", "created")  # still kept
    await _role_change(sessions, "Cloud Engineer", "created", workspace_id=2)  # another's

    history = await audit.role_history(sessions, workspace_id=WORKSPACE, name="CLOUD  engineer")
    assert [(e.action, e.role_name) for e in history] == [
        ("role-created", "Cloud Engineer"),
        ("role-deleted", "cloud engineer"),
    ]
    result = await purge_expired(
        sessions, retention_days=90, audit_retention_days=30, now=utcnow() + timedelta(days=29)
    )
    assert result.audit_events == 0
    result = await purge_expired(
        sessions, retention_days=90, audit_retention_days=30, now=utcnow() + timedelta(days=31)
    )
    # The deleted role's two changes go; a role still kept keeps its trail, however old, and
    # another workspace's role of the same name is its own.
    assert result.audit_events == 2
    assert await audit.role_history(sessions, workspace_id=WORKSPACE, name="Cloud Engineer") == []
    assert [e.role_name for e in await audit.role_trail(sessions, workspace_id=WORKSPACE)] == [
        "Security Lead"
    ]
    assert len(await audit.role_history(sessions, workspace_id=2, name="Cloud Engineer")) == 1


async def test_a_role_deleted_and_kept_again_keeps_its_whole_trail(sessions: Sessions) -> None:
    await _role_change(sessions, "Cloud Engineer", "created")
    await _role_change(sessions, "Cloud Engineer", "deleted")
    await _role_change(sessions, "CLOUD ENGINEER", "created")
    result = await purge_expired(
        sessions, retention_days=90, audit_retention_days=30, now=utcnow() + timedelta(days=365)
    )
    assert result.audit_events == 0
    history = await audit.role_history(sessions, workspace_id=WORKSPACE, name="cloud engineer")
    assert [e.action for e in history] == ["role-created", "role-deleted", "role-created"]
