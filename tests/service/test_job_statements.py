"""What a ``verify`` job asks of the database (real SQLite and PostgreSQL): two transactions,
its start with its résumé's read and its end with the report, and between them one
statement per progress write, outside any transaction; what a reader sees at the end is
the report's progress, in the claims' order."""

from __future__ import annotations

from contextvars import ContextVar
from pathlib import Path
from typing import Any

import respx
from sqlalchemy import event

from service import audit, verifications
from service.app import create_app
from service.runtime import Runtime
from service.storage import VerificationRepository, VerificationStatus
from testkit.factories import WORKSPACE
from tests.service.conftest import settings_for
from tests.verifiers.ob2_issuer import ASSERTION_URL, serve_example_issuer

RESUME = (
    b"Beth Kowalczyk\nRobotics engineer at Example Robotics\n\nCertifications\n"
    b"Awesome Robotics Badge, An Example Badge Issuer, 2016\n"
    b"PMP, Project Management Institute, 2021\n"
    b"Certified Kubernetes Administrator (CKA), The Linux Foundation, 2022\n"
)

#: Set while the job runs: its statements (its own tasks' too) are told from the app's
#: background work's (SQLAlchemy runs events in the context of the task that executes).
IN_THE_JOB: ContextVar[bool] = ContextVar("in_the_job", default=False)


async def test_a_verify_job_is_two_transactions_and_a_statement_per_progress_write(
    tmp_path: Path, database_url: str, respx_mock: respx.MockRouter
) -> None:
    serve_example_issuer(respx_mock)
    app = create_app(settings_for(tmp_path, workers=0, database_url=database_url))
    async with app.router.lifespan_context(app):
        runtime: Runtime = app.state.runtime
        record = await verifications.submit(
            runtime=runtime,
            request=verifications.VerificationRequest(
                filename="beth.txt",
                data=RESUME,
                links=(ASSERTION_URL,),
                email="nobody@example.org",
            ),
            origin="api",
            workspace_id=WORKSPACE,
            actor=audit.Actor.cli(),
        )
        transactions: list[list[str]] = []
        autocommitted: list[str] = []

        def statement(connection: Any, _cursor: Any, text: str, *_: Any) -> None:
            if not IN_THE_JOB.get():
                return
            verb = text.split()[0]
            if connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
                autocommitted.append(verb)
            elif connection.info.get("counted") is None:
                connection.info["counted"] = [verb]
                transactions.append(connection.info["counted"])
            else:
                connection.info["counted"].append(verb)

        def ended(connection: Any) -> None:
            connection.info.pop("counted", None)

        listeners = [("before_cursor_execute", statement), ("commit", ended), ("rollback", ended)]
        for name, listener in listeners:
            event.listen(runtime.engine.sync_engine, name, listener)
        marked = IN_THE_JOB.set(True)
        try:
            await verifications.execute(runtime=runtime, verification_id=record.id)
        finally:
            IN_THE_JOB.reset(marked)
            for name, listener in listeners:
                event.remove(runtime.engine.sync_engine, name, listener)
        async with runtime.sessions() as session:
            done = await VerificationRepository(session).get(record.id, workspace_id=WORKSPACE)

    assert done is not None and done.status == VerificationStatus.DONE, done and done.error
    assert done.report is not None
    claims = [claim["id"] for claim in done.report["claims"]]
    assert len(claims) >= 3
    assert list(done.progress) == claims
    assert {entry["state"] for entry in done.progress.values()} == {"done"}
    # The start (marked running and read at once, then its résumé) and the end.
    assert transactions[0] == ["UPDATE", "SELECT"]
    assert transactions[1][0] == "UPDATE" and "SELECT" not in transactions[1]
    assert len(transactions) == 2
    # Progress, each write one UPDATE on its own; at most one a claim, and one to begin.
    assert autocommitted and set(autocommitted) == {"UPDATE"}
    assert len(autocommitted) <= len(claims) + 1
