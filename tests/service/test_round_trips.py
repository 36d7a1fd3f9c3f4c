"""What the database is asked, on real SQLite and PostgreSQL: a ``verify`` job's end, the
report and its evidence, is one transaction (on PostgreSQL without a callback, one
statement standing alone); before it, outside any transaction, its start (marked running
and read with its résumé: on PostgreSQL one statement) and one statement per progress write
(what a reader sees at the end is the report's progress, in the claims' order). An API request's
key, rate limit and one-read answer are statements outside transactions too: each BEGIN and
COMMIT is a round trip; the key and the rate limit share one connection."""

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
from tests.service.conftest import running_app, settings_for
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


async def test_a_verify_job_ends_in_one_transaction_or_statement_after_ones_that_stand_alone(
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
    # The start, on its own: marked running and read at once with its résumé (PostgreSQL: one
    # statement standing alone), or then its résumé (elsewhere).
    # The end: the report and its evidence (and callback, if any) together, read nothing: on
    # PostgreSQL, without a callback, one statement standing alone (no BEGIN, no COMMIT).
    if runtime.engine.dialect.name == "postgresql":
        assert autocommitted[0] == "WITH"
        assert transactions == [] and autocommitted[-1] == "WITH"
        progress_writes = autocommitted[1:-1]
    else:
        assert autocommitted[:2] == ["UPDATE", "SELECT"]
        assert len(transactions) == 1
        assert transactions[0][0] == "UPDATE" and "SELECT" not in transactions[0]
        progress_writes = autocommitted[2:]
    # Progress, each write one UPDATE on its own; at most one a claim, and one to begin.
    assert progress_writes and set(progress_writes) == {"UPDATE"}
    assert len(progress_writes) <= len(claims) + 1


async def test_an_api_request_s_key_rate_limit_and_list_are_statements_outside_transactions(
    tmp_path: Path, database_url: str
) -> None:
    settings = settings_for(tmp_path, workers=0, database_url=database_url, shared_rate_limits=True)
    async with running_app(settings) as running:
        sent: list[tuple[str, str | None]] = []

        def statement(connection: Any, _cursor: Any, text: str, *_: Any) -> None:
            if IN_THE_JOB.get():
                level = connection.get_execution_options().get("isolation_level")
                sent.append((text.split()[0], level))

        checkouts: list[object] = []

        def checked_out(_dbapi_connection: Any, _record: Any, proxy: Any) -> None:
            if IN_THE_JOB.get():
                checkouts.append(proxy)

        sync_engine = running.runtime.engine.sync_engine
        event.listen(sync_engine, "before_cursor_execute", statement)
        event.listen(sync_engine.pool, "checkout", checked_out)
        marked = IN_THE_JOB.set(True)
        try:
            response = await running.client.get(
                "/api/v1/verifications", headers={"Authorization": f"Bearer {running.api_key}"}
            )
        finally:
            IN_THE_JOB.reset(marked)
            event.remove(sync_engine, "before_cursor_execute", statement)
            event.remove(sync_engine.pool, "checkout", checked_out)

    assert response.status_code == 200, response.text
    verbs = [verb for verb, _ in sent]
    # The key (and its last use, noted once a while), the limit (its previous window read in
    # the statement that counts this request), the page.
    assert verbs[0] == "SELECT" and verbs.count("INSERT") == 1 and verbs.count("SELECT") == 2
    assert verbs.index("INSERT") < len(verbs) - 1 and verbs[-1] == "SELECT"
    assert {level for _, level in sent} == {"AUTOCOMMIT"}
    # The key and its rate limit on one connection, the page on another.
    assert len(checkouts) == 2
