"""A verification is checked again once at a time: a second request while a re-check is
queued or running queues nothing and answers with that one, whichever process it reaches (the
database decides), and the report page says it is under way. Once it ends, or is taken for
lost, a new request queues the next."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from service import audit, reverify
from service.runtime import Runtime, open_runtime
from service.settings import Settings
from service.storage.models import Job, VerificationRecord, utcnow
from testkit.factories import WORKSPACE
from tests.service.conftest import Running, running_app, settings_for, sign_in
from tests.service.two_workspaces import finished_verification


@pytest.fixture
async def idle(tmp_path: Path) -> AsyncIterator[Running]:
    """The app with no jobs run in its process (``workers`` 0): a queued re-check stays so."""
    async with running_app(settings_for(tmp_path, workers=0)) as app:
        yield app


async def queued_rechecks(runtime: Runtime, verification_id: str) -> int:
    async with runtime.sessions() as session:
        count = await session.scalar(
            select(func.count())
            .select_from(Job)
            .where(Job.kind == reverify.REVERIFY_JOB, Job.target_id == verification_id)
        )
    return int(count or 0)


async def test_two_requests_at_once_queue_one_recheck_and_the_page_says_so(idle: Running) -> None:
    verification_id = await finished_verification(idle.runtime, WORKSPACE)
    url = f"/api/v1/verifications/{verification_id}/reverify"
    headers = {"Authorization": f"Bearer {idle.api_key}"}

    answers = await asyncio.gather(*(idle.client.post(url, headers=headers) for _ in range(2)))

    assert [answer.status_code for answer in answers] == [202, 202]
    assert sorted(answer.json()["new"] for answer in answers) == [False, True]
    assert {answer.json()["id"] for answer in answers} == {verification_id}
    assert await queued_rechecks(idle.runtime, verification_id) == 1
    trail = await audit.trail(
        idle.runtime.sessions, verification_ids=[verification_id], workspace_id=WORKSPACE
    )
    assert [event.action for event in trail].count("re-verified") == 1

    csrf = await sign_in(idle.client)
    page = f"/verifications/{verification_id}"
    shown = (await idle.client.get(page)).text
    assert "Being checked again…" in shown and ">Check again<" not in shown
    pressed = await idle.client.post(f"{page}/reverify", data={"csrf_token": csrf})
    assert pressed.status_code == 303 and pressed.headers["location"] == f"{page}#recheck"
    assert "Already being checked again" in (await idle.client.get(page)).text
    assert await queued_rechecks(idle.runtime, verification_id) == 1
    missing = await idle.client.post("/api/v1/verifications/nowhere/reverify", headers=headers)
    assert missing.status_code == 404 and missing.json()["detail"] == "No such verification."


async def test_processes_asking_at_once_queue_one_and_the_next_once_it_ends(
    database_url: str, tmp_path: Path
) -> None:
    settings = Settings(data_dir=tmp_path / "var", database_url=database_url)
    # Two runtimes, each with its own engine and connections: two processes' worth.
    async with open_runtime(settings) as one, open_runtime(settings) as other:
        verification_id = await finished_verification(one, WORKSPACE)

        async def ask(runtime: Runtime) -> bool:
            return await reverify.request(
                runtime=runtime,
                verification_id=verification_id,
                workspace_id=WORKSPACE,
                actor=audit.Actor.cli(),
            )

        assert sorted(await asyncio.gather(ask(one), ask(other), ask(one), ask(other))) == [
            False,
            False,
            False,
            True,
        ]
        assert await queued_rechecks(one, verification_id) == 1
        # The job ends (here with nothing to read: the verification has no stored résumé).
        assert await reverify.execute(runtime=other, verification_id=verification_id) is None
        assert await ask(one) is True
        assert await queued_rechecks(one, verification_id) == 2
        # A re-check asked for long ago and never ended is taken for lost.
        async with one.sessions() as session, session.begin():
            await session.execute(
                update(VerificationRecord)
                .where(VerificationRecord.id == verification_id)
                .values(recheck_queued_at=utcnow() - reverify.RECHECK_LOST_AFTER - timedelta(1))
            )
        assert await ask(other) is True
        assert await ask(one) is False
