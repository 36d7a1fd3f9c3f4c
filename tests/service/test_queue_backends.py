"""Choosing the queue backend: the setting, the hand-over of waiting jobs, and the whole service
on procrastinate with two `credlens worker` processes sharing PostgreSQL."""

from __future__ import annotations

import asyncio
import base64
import os
import re
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI, Request, Response
from pydantic import ValidationError

from service.app import create_app
from service.jobs import JobRepository
from service.jobs.procrastinate_queue import ProcrastinateJobQueue
from service.migrations import upgrade
from service.runtime import Runtime, open_job_queue
from service.settings import Settings
from service.storage import (
    ApiKeyRepository,
    create_engine,
    create_session_factory,
)
from service.storage.models import utcnow
from service.webhooks.signatures import verify_standard
from testkit.factories import WORKSPACE
from testkit.live_server import serve_in_thread
from tests.service.databases import throwaway_postgres_database

WEBHOOK_SECRET = "whsec_" + base64.b64encode(b"queue-backend-tests-secret-32byt").decode()
SECRET_KEY = "queue-backend-tests-" + "k" * 40
RESUME = (
    b"Ada Example\nCloud engineer\n\nCertifications\n"
    b"AWS Certified Solutions Architect - Associate (2023)\n"
)
CREDLENS = Path(sys.executable).with_name("credlens")


def test_procrastinate_needs_a_postgresql_database(tmp_path: Path) -> None:
    for database_url in (None, f"sqlite+aiosqlite:///{tmp_path / 'credlens.db'}"):
        with pytest.raises(ValidationError, match="needs CREDLENS_DATABASE_URL"):
            Settings(data_dir=tmp_path, queue_backend="procrastinate", database_url=database_url)
    with pytest.raises(ValidationError, match="queue_backend"):
        Settings(data_dir=tmp_path, queue_backend="celery")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        (
            {"CREDLENS_QUEUE_BACKEND": "procrastinate"},
            "CREDLENS_QUEUE_BACKEND=procrastinate needs CREDLENS_DATABASE_URL",
        ),
        ({"CREDLENS_PORT": "http-alt"}, "CREDLENS_PORT: Input should be a valid integer"),
    ],
)
def test_the_cli_names_a_bad_setting_in_one_line(
    tmp_path: Path, variables: dict[str, str], message: str
) -> None:
    environment = {**os.environ, "CREDLENS_DATA_DIR": str(tmp_path), **variables}
    environment.pop("CREDLENS_DATABASE_URL", None)
    finished = subprocess.run(
        [str(CREDLENS), "worker"], env=environment, capture_output=True, text=True, timeout=60
    )
    assert finished.returncode == 2
    assert finished.stderr.startswith(f"credlens: invalid settings: {message}")
    assert finished.stderr.count("\n") == 1
    assert "http-alt" not in finished.stderr  # values are not echoed: some are secrets


def test_a_worker_stopped_while_it_starts_exits_cleanly(tmp_path: Path) -> None:
    environment = {**os.environ, "CREDLENS_DATA_DIR": str(tmp_path)}
    for name in ("CREDLENS_DATABASE_URL", "CREDLENS_QUEUE_BACKEND"):
        environment.pop(name, None)
    worker = subprocess.Popen(
        [str(CREDLENS), "worker"],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert worker.stderr is not None
        said = ""
        while "credlens worker: " not in said:
            said = worker.stderr.readline()
            assert said, "the worker ended before it said anything"
        # Asked to stop while its readers and checks still warm up (a deployment stopping it).
        worker.send_signal(signal.SIGTERM)
        _, rest = worker.communicate(timeout=120)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()

    assert said.strip() == "credlens worker: starting"
    assert worker.returncode == 0
    assert "credlens worker: stopped while starting" in rest
    assert "Traceback" not in rest


@pytest.fixture
def postgres_database() -> Iterator[str]:
    """A migrated PostgreSQL database of its own, dropped afterwards."""
    with throwaway_postgres_database() as url:
        upgrade(url)
        yield url


@pytest.mark.postgres
async def test_switching_to_procrastinate_takes_over_the_waiting_jobs(
    postgres_database: str, tmp_path: Path
) -> None:
    engine = create_engine(postgres_database)
    sessions = create_session_factory(engine)
    later = utcnow() + timedelta(hours=2)
    try:
        async with sessions() as session, session.begin():
            jobs = JobRepository(session)
            await jobs.enqueue(kind="verify", target_id="held", max_attempts=5)
            await jobs.enqueue(kind="verify", target_id="orphaned", max_attempts=5)
        async with sessions() as session, session.begin():
            # "held" runs under a live lease (an old worker finishes it); "orphaned"'s
            # worker died, its lease lapsed.
            held = await JobRepository(session).claim(kinds=["verify"], lease=timedelta(hours=1))
            orphan = await JobRepository(session).claim(kinds=["verify"], lease=timedelta(0))
            assert held is not None and held.target_id == "held"
            assert orphan is not None and orphan.target_id == "orphaned"
        async with sessions() as session, session.begin():
            jobs = JobRepository(session)
            await jobs.enqueue(kind="verify", target_id="due", max_attempts=5)
            await jobs.enqueue(kind="deliver", target_id="7", max_attempts=5, run_after=later)
        settings = Settings(
            data_dir=tmp_path, database_url=postgres_database, queue_backend="procrastinate"
        )

        async with open_job_queue(settings, sessions) as queue:
            assert isinstance(queue, ProcrastinateJobQueue)
            assert await queue.job_counts() == {"todo": 3}
            rows = await queue.app.connector.execute_query_all_async(
                "SELECT args->>'kind' AS kind, args->>'target_id' AS target, scheduled_at "
                "FROM procrastinate_jobs ORDER BY id"
            )
        async with sessions() as session:
            left = await JobRepository(session).count_by_status()
    finally:
        await engine.dispose()

    moved = {(row["kind"], row["target"]): row["scheduled_at"] for row in rows}
    assert set(moved) == {("verify", "due"), ("deliver", "7"), ("verify", "orphaned")}
    assert moved[("deliver", "7")] == later  # a callback retry keeps its time
    assert left == {"running": 1}  # only the job a live worker holds stays behind


class CallbackReceiver:
    """An ATS's callback endpoint that checks each signature and keeps what arrived."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        self.app = FastAPI()
        self.app.post("/credlens")(self.receive)

    async def receive(self, request: Request) -> Response:
        body = await request.body()
        _, event = verify_standard(WEBHOOK_SECRET, body, request.headers)
        self.events.append(event)
        return Response(status_code=204)


def start_cli_worker(environment: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as stderr:
        return subprocess.Popen(
            [str(CREDLENS), "worker", "--concurrency", "2"],
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )


async def wait_for(condition: Any, *, timeout: float, what: str) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


@pytest.mark.postgres
async def test_the_service_runs_on_procrastinate_with_two_cli_workers(
    postgres_database: str, tmp_path: Path
) -> None:
    receiver = CallbackReceiver()
    overrides: dict[str, Any] = {
        "database_url": postgres_database,
        "queue_backend": "procrastinate",
        "secret_key": SECRET_KEY,
        "webhook_secret": WEBHOOK_SECRET,
        "allowed_private_hosts": ("127.0.0.1",),
    }
    # The web process only enqueues; the jobs are the workers' alone.
    app = create_app(Settings(data_dir=tmp_path / "web", workers=0, **overrides))
    environment = {
        **os.environ,
        "CREDLENS_DATA_DIR": str(tmp_path / "worker"),
        "CREDLENS_DATABASE_URL": postgres_database,
        "CREDLENS_QUEUE_BACKEND": "procrastinate",
        "CREDLENS_SECRET_KEY": SECRET_KEY,
        "CREDLENS_WEBHOOK_SECRET": WEBHOOK_SECRET,
        "CREDLENS_ALLOWED_PRIVATE_HOSTS": "127.0.0.1",
    }
    logs = [tmp_path / "worker-1.log", tmp_path / "worker-2.log"]
    count = 6
    with serve_in_thread(receiver.app) as receiver_url:
        async with app.router.lifespan_context(app):
            runtime: Runtime = app.state.runtime
            assert isinstance(runtime.queue, ProcrastinateJobQueue)
            async with runtime.sessions() as session, session.begin():
                _, api_key = await ApiKeyRepository(session, runtime.api_keys).create(
                    "tests", workspace_id=WORKSPACE
                )
            headers = {"Authorization": f"Bearer {api_key}"}
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="https://test") as client:
                ids = []
                for index in range(count):
                    response = await client.post(
                        "/api/v1/verifications",
                        headers=headers,
                        files={"file": (f"ada-{index}.txt", RESUME, "text/plain")},
                        data={"callback_url": f"{receiver_url}/credlens"},
                    )
                    assert response.status_code == 202, response.text
                    ids.append(response.json()["id"])
                # Queued before any worker exists: the jobs wait in PostgreSQL.
                assert await runtime.queue.job_counts() == {"todo": count}

                workers = [start_cli_worker(environment, log) for log in logs]
                try:
                    await wait_for(
                        lambda: len(receiver.events) >= count,
                        timeout=120,
                        what="every verification's callback",
                    )
                    for verification_id in ids:
                        body = (
                            await client.get(
                                f"/api/v1/verifications/{verification_id}", headers=headers
                            )
                        ).json()
                        assert body["status"] == "done"
                        assert [claim["title"] for claim in body["report"]["claims"]] == [
                            "AWS Certified Solutions Architect – Associate"
                        ]
                finally:
                    for worker in workers:
                        if worker.poll() is None:
                            worker.send_signal(signal.SIGTERM)
                    for worker in workers:
                        assert worker.wait(timeout=30) == 0
                assert await runtime.queue.job_counts() == {}  # done jobs are deleted

    assert sorted(event["data"]["id"] for event in receiver.events) == sorted(ids)
    assert {event["type"] for event in receiver.events} == {"verification.completed"}
    done_lines = [
        match.group(1)
        for log in logs
        for match in re.finditer(r"verification done: id=(\S+)", log.read_text())
    ]
    # Each verification ran exactly once, across both workers.
    assert Counter(done_lines) == Counter(ids)
    assert all("Traceback" not in log.read_text() for log in logs)
