"""Evidence requests: the command line, limits kept in the database, and the answers' jobs.

The issuer is faked with respx; the service, its database, its queue and its verifiers are
the real ones.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from service import evidence_requests
from service.app import create_app
from service.runtime import Runtime, open_runtime
from service.settings import Settings
from service.storage import (
    ApiKeyRepository,
    VerificationRepository,
)
from service.storage.models import EvidenceAnswer, RateLimitCounter, utcnow
from service.storage.repositories.evidence_requests import (
    EvidenceRequestRepository,
    StoredAnswer,
)
from testkit.factories import WORKSPACE
from tests.service.conftest import (
    Running,
    settings_for,
)
from tests.service.evidence_requests.conftest import (
    ask,
    finished,
    send,
    token_of,
    until_checked,
)
from tests.service.two_workspaces import finished_verification

# -- the command line --------------------------------------------------------------------------


async def done_verification(settings: Settings) -> str:
    """A finished verification with two claims, written straight to the database."""
    async with open_runtime(settings) as runtime:
        return await finished_verification(runtime, WORKSPACE)


def credlens(*args: str, data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(Path(sys.executable).parent / "credlens"), *args],
        env=os.environ | {"CREDLENS_DATA_DIR": str(data_dir)} | env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


async def test_the_command_prints_the_link(tmp_path: Path) -> None:
    data_dir = tmp_path / "var"
    verification_id = await done_verification(Settings(data_dir=data_dir))

    made = credlens(
        "evidence-request",
        verification_id,
        "--claim",
        "c2",
        "--days",
        "3",
        data_dir=data_dir,
        CREDLENS_PUBLIC_URL="https://credlens.example.com/",
    )

    assert made.returncode == 0, made.stderr
    url = made.stdout.strip()
    assert url.startswith("https://credlens.example.com/evidence/cle_")
    assert "1 claims (Project Management Professional)" in made.stderr
    settings = Settings(data_dir=data_dir)
    async with open_runtime(settings) as runtime:
        opened = await evidence_requests.open_request(runtime=runtime, token=token_of(url))
    assert [claim.id for claim in opened.claims] == ["c2"]
    assert timedelta(days=2) < opened.expires_at - utcnow() <= timedelta(days=3)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["no-such-verification"], "no such verification"),
        (["{id}", "--claim", "c9"], "no claim"),
    ],
)
async def test_the_command_refuses_in_one_line(tmp_path: Path, args: list[str], words: str) -> None:
    data_dir = tmp_path / "var"
    verification_id = await done_verification(Settings(data_dir=data_dir))

    made = credlens(
        "evidence-request", *[arg.format(id=verification_id) for arg in args], data_dir=data_dir
    )

    assert made.returncode == 2
    assert made.stderr.startswith("credlens: ") and words in made.stderr.lower()
    assert made.stderr.count("\n") == 1 and "Traceback" not in made.stderr


async def test_limits_counted_in_the_database_keep_no_token(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, shared_rate_limits=True)
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        runtime: Runtime = app.state.runtime
        async with runtime.sessions() as session, session.begin():
            _, api_key = await ApiKeyRepository(session, runtime.api_keys).create(
                "tests", workspace_id=WORKSPACE
            )
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="https://test"
        ) as client:
            shared = Running(app=app, runtime=runtime, client=client, api_key=api_key)
            done = await finished(shared)
            created = (await ask(shared, done["id"])).json()
            token = token_of(created["url"])

            answered = await send(client, token, created["claims"][0]["id"], withdraw="true")

            assert answered.status_code == 202, answered.text
            async with runtime.sessions() as session:
                keys = (await session.scalars(select(RateLimitCounter.key))).all()
    assert any(key.startswith("evidence-token:") for key in keys)
    assert not [key for key in keys if token in key]


async def test_a_hostile_credential_file_is_checked_without_harm(running: Running) -> None:
    done = await finished(running)
    created = (await ask(running, done["id"])).json()
    claim = created["claims"][0]["id"]
    # Deep enough to overflow the JSON reader's recursion, small enough for the size limit.
    deep = b"[" * 30_000 + b"]" * 30_000

    response = await send(
        running.client, token_of(created["url"]), claim, files={"file": ("deep.json", deep)}
    )
    assert response.status_code == 202, response.text
    updated = await until_checked(running, done["id"], 1)

    after = next(c for c in updated["claims"] if c["id"] == claim)
    assert after["verdict"] in ("invalid", "unverified")
    assert after["history"][-1]["source"] == "candidate_file"


async def test_an_answer_checked_by_two_workers_changes_the_report_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No embedded workers: the test runs the answer's job itself, twice, the second run
    # having read the answer before the first one wrote its result (a lease that lapsed).
    app = create_app(settings_for(tmp_path, workers=0))
    async with app.router.lifespan_context(app):
        runtime: Runtime = app.state.runtime
        async with runtime.sessions() as session, session.begin():
            _, api_key = await ApiKeyRepository(session, runtime.api_keys).create(
                "tests", workspace_id=WORKSPACE
            )
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="https://test"
        ) as client:
            idle = Running(app=app, runtime=runtime, client=client, api_key=api_key)
            verification_id = await done_verification(runtime.settings)
            created = (await ask(idle, verification_id, claims=["c1"])).json()
            await send(client, token_of(created["url"]), "c1", withdraw="true")
            async with runtime.sessions() as session:
                answer_id = await session.scalar(select(EvidenceAnswer.id))
                assert answer_id is not None
                stale = await EvidenceRequestRepository(session, runtime.cipher).answer(answer_id)
            assert stale is not None and stale.state == "checking"

            await evidence_requests.check_answer(runtime=runtime, answer_id=answer_id)

            async def read_before_the_first_run_wrote(
                self: EvidenceRequestRepository, wanted: str
            ) -> StoredAnswer | None:
                return stale

            monkeypatch.setattr(
                EvidenceRequestRepository, "answer", read_before_the_first_run_wrote
            )
            await evidence_requests.check_answer(runtime=runtime, answer_id=answer_id)

            async with runtime.sessions() as session:
                record = await VerificationRepository(session).get(
                    verification_id, workspace_id=WORKSPACE
                )
    assert record is not None and record.report is not None
    [claim] = [claim for claim in record.report["claims"] if claim["id"] == "c1"]
    assert [entry["source"] for entry in claim["history"]] == ["resume", "candidate_withdrawal"]
