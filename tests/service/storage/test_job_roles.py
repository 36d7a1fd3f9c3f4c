"""A workspace's named roles in the database (SQLite and PostgreSQL): kept by name whatever
its case, bound to one ATS job at a time, found by job id before job name, never across
workspaces."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service.storage import JobRoleRepository
from service.storage.models import JobRole
from service.storage.repositories.accounts import WorkspaceRepository
from testkit.factories import WORKSPACE

Sessions = async_sessionmaker[AsyncSession]
CLOUD = {"required": ["CKA"]}
SALES = {"text": "Must have: PMP"}


async def away_workspace(sessions: Sessions) -> int:
    """A second workspace (PostgreSQL's tables are emptied between tests, the default
    workspace's row too, so its id is found rather than assumed to differ)."""
    async with sessions() as session, session.begin():
        workspaces = WorkspaceRepository(session)
        if await workspaces.by_name("default") is None:
            await workspaces.create("default")
        away = (await workspaces.create("away")).id
    assert away != WORKSPACE
    return away


async def test_a_role_is_kept_replaced_found_and_removed_by_name(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        roles = JobRoleRepository(session)
        _, created = await roles.put(
            workspace_id=WORKSPACE, name="Cloud Engineer", role=CLOUD, ats_job_id=None
        )
        assert created
        replaced, created = await roles.put(
            workspace_id=WORKSPACE, name="cloud  ENGINEER", role=SALES, ats_job_id="42"
        )
        assert not created and (replaced.name, replaced.role) == ("cloud  ENGINEER", SALES)
    async with sessions() as session, session.begin():
        roles = JobRoleRepository(session)
        [only] = await roles.list_all(workspace_id=WORKSPACE)
        assert (only.ats_job_id, only.role) == ("42", SALES)
        assert await roles.by_name("Cloud Engineer", workspace_id=WORKSPACE) is not None
        assert await roles.remove("CLOUD engineer", workspace_id=WORKSPACE)
        assert not await roles.remove("Cloud Engineer", workspace_id=WORKSPACE)
        assert await roles.list_all(workspace_id=WORKSPACE) == []


async def test_a_job_id_moves_to_the_role_last_bound_to_it(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        roles = JobRoleRepository(session)
        await roles.put(workspace_id=WORKSPACE, name="Old", role=CLOUD, ats_job_id="42")
        await roles.put(workspace_id=WORKSPACE, name="New", role=SALES, ats_job_id="42")
    async with sessions() as session:
        roles = JobRoleRepository(session)
        bound = {
            role.name: role.ats_job_id for role in await roles.list_all(workspace_id=WORKSPACE)
        }
        assert bound == {"New": "42", "Old": None}


async def test_the_job_id_wins_over_the_job_name(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        roles = JobRoleRepository(session)
        await roles.put(
            workspace_id=WORKSPACE, name="Director of Sales", role=SALES, ats_job_id=None
        )
        await roles.put(workspace_id=WORKSPACE, name="Cloud", role=CLOUD, ats_job_id="42")
    async with sessions() as session:
        roles = JobRoleRepository(session)
        both = await roles.for_job(
            workspace_id=WORKSPACE, job_id="42", job_name="Director of Sales"
        )
        assert both is not None and both.name == "Cloud"
        by_name = await roles.for_job(
            workspace_id=WORKSPACE, job_id="7", job_name="director of sales"
        )
        assert by_name is not None and by_name.name == "Director of Sales"
        assert await roles.for_job(workspace_id=WORKSPACE, job_id="7", job_name="Other") is None
        assert await roles.for_job(workspace_id=WORKSPACE, job_id=None, job_name=None) is None


async def test_workspaces_keep_their_own_roles(sessions: Sessions) -> None:
    away = await away_workspace(sessions)
    async with sessions() as session, session.begin():
        roles = JobRoleRepository(session)
        await roles.put(workspace_id=away, name="Cloud", role=CLOUD, ats_job_id="42")
        # The same name and job id in another workspace is another role.
        _, created = await roles.put(
            workspace_id=WORKSPACE, name="Cloud", role=SALES, ats_job_id="42"
        )
        assert created
    async with sessions() as session, session.begin():
        roles = JobRoleRepository(session)
        home = await roles.for_job(workspace_id=WORKSPACE, job_id="42", job_name=None)
        assert home is not None and home.role == SALES
        assert not await roles.remove("Nothing", workspace_id=away)
        assert await roles.remove("Cloud", workspace_id=away)
        assert [r.role for r in await roles.list_all(workspace_id=WORKSPACE)] == [SALES]


async def test_the_database_refuses_two_roles_of_one_name(sessions: Sessions) -> None:
    async with sessions() as session:
        session.add_all(
            [
                JobRole(workspace_id=WORKSPACE, name=name, name_key="cloud", role=CLOUD)
                for name in ("Cloud", "cloud")
            ]
        )
        with pytest.raises(IntegrityError):
            await session.flush()
