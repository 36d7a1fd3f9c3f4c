"""Connections lost under the pool, on the real PostgreSQL: the pool does not ping a connection
used a moment ago, so the backends of its connections are killed with
``pg_terminate_backend`` between two requests, between two jobs and in a job. The next
request and the next job still succeed, and a job whose end met a lost connection is
retried (a transient failure), then done. A connection idle for long is pinged first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
import respx
from sqlalchemy import event, text

from service import audit, verifications
from service.app import create_app
from service.jobs import TransientJobError
from service.runtime import Runtime
from service.storage import (
    VerificationRecord,
    VerificationRepository,
    VerificationStatus,
    create_engine,
)
from service.storage import engine as engine_module
from testkit.factories import WORKSPACE
from tests.service.conftest import running_app, settings_for
from tests.verifiers.ob2_issuer import ASSERTION_URL, serve_example_issuer

pytestmark = pytest.mark.postgres

RESUME = (
    b"Beth Kowalczyk\nRobotics engineer at Example Robotics\n\nCertifications\n"
    b"Awesome Robotics Badge, An Example Badge Issuer, 2016\n"
)


def terminate_other_backends(url: str) -> int:
    """Kill every other server process on the database (the pools' connections); how many."""
    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as connection:
        killed = connection.execute(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchone()
    return int(killed[0]) if killed else 0


def count_disconnects(runtime: Runtime) -> list[BaseException]:
    """The lost connections SQLAlchemy meets from now on (proof the kill was met, not missed)."""
    met: list[BaseException] = []

    def handle_error(context: Any) -> None:
        if context.is_disconnect:
            met.append(context.original_exception)

    event.listen(runtime.engine.sync_engine, "handle_error", handle_error)
    return met


async def test_the_next_api_request_after_the_backends_were_killed_succeeds(
    tmp_path: Path, postgres_url: str
) -> None:
    settings = settings_for(tmp_path, workers=0, database_url=postgres_url, shared_rate_limits=True)
    async with running_app(settings) as running:
        headers = {"Authorization": f"Bearer {running.api_key}"}
        first = await running.client.get("/api/v1/verifications", headers=headers)
        assert first.status_code == 200, first.text
        met = count_disconnects(running.runtime)

        assert terminate_other_backends(postgres_url) >= 1
        second = await running.client.get("/api/v1/verifications", headers=headers)
        third = await running.client.get("/api/v1/verifications", headers=headers)

    assert second.status_code == 200, second.text
    assert third.status_code == 200, third.text
    assert met, "the request met no lost connection: the test killed nothing it used"


async def submit(runtime: Runtime) -> VerificationRecord:
    return await verifications.submit(
        runtime=runtime,
        request=verifications.VerificationRequest(
            filename="beth.txt", data=RESUME, links=(ASSERTION_URL,), email="nobody@example.org"
        ),
        origin="api",
        workspace_id=WORKSPACE,
        actor=audit.Actor.cli(),
    )


async def status_of(runtime: Runtime, verification_id: str) -> VerificationStatus | None:
    async with runtime.sessions() as session:
        record = await VerificationRepository(session).get(verification_id, workspace_id=WORKSPACE)
    return None if record is None else VerificationStatus(record.status)


async def test_the_next_job_after_the_backends_were_killed_succeeds(
    tmp_path: Path, postgres_url: str, respx_mock: respx.MockRouter
) -> None:
    serve_example_issuer(respx_mock)
    app = create_app(settings_for(tmp_path, workers=0, database_url=postgres_url))
    async with app.router.lifespan_context(app):
        runtime: Runtime = app.state.runtime
        first, second = await submit(runtime), await submit(runtime)
        await verifications.execute(runtime=runtime, verification_id=first.id)
        met = count_disconnects(runtime)

        assert terminate_other_backends(postgres_url) >= 1
        await verifications.execute(runtime=runtime, verification_id=second.id)

        assert met, "the job met no lost connection: the test killed nothing it used"
        assert await status_of(runtime, first.id) == VerificationStatus.DONE
        assert await status_of(runtime, second.id) == VerificationStatus.DONE


async def test_a_job_whose_end_meets_a_lost_connection_is_retried_then_done(
    tmp_path: Path,
    postgres_url: str,
    respx_mock: respx.MockRouter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    serve_example_issuer(respx_mock)
    app = create_app(settings_for(tmp_path, workers=0, database_url=postgres_url))
    async with app.router.lifespan_context(app):
        runtime: Runtime = app.state.runtime
        record = await submit(runtime)
        render_json = verifications.reports.render_json

        def render_then_kill(report: Any) -> str:
            # After the progress writes, before the finish: the pool's connections die.
            terminate_other_backends(postgres_url)
            return render_json(report)

        with monkeypatch.context() as patched:
            patched.setattr(verifications.reports, "render_json", render_then_kill)
            with pytest.raises(TransientJobError):
                await verifications.execute(runtime=runtime, verification_id=record.id)
        assert await status_of(runtime, record.id) == VerificationStatus.RUNNING

        # What the queue does with a transient failure: the job once more.
        await verifications.execute(runtime=runtime, verification_id=record.id)
        assert await status_of(runtime, record.id) == VerificationStatus.DONE


async def test_a_connection_idle_past_the_limit_is_pinged_and_replaced_if_lost(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_SECONDS", 0.0)
    engine = create_engine(postgres_url)
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        assert terminate_other_backends(postgres_url) >= 1
        # No retry here: the ping at checkout found it lost, and the pool opened another.
        async with engine.connect() as connection:
            assert (await connection.execute(text("SELECT 2"))).scalar() == 2
    finally:
        await engine.dispose()
