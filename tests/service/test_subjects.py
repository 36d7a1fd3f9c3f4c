"""A candidate's rights end to end: the export holds everything the API shows about them,
the erasure leaves no byte of them on disk, and the audit trail names who did each thing
without naming the candidate."""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from sqlalchemy import select
from typer.testing import CliRunner, Result

import extractors
from service.cli import app as cli
from service.sandbox import RecentExtractions, recent_extractions
from service.storage import AuditEvent
from tests.service.conftest import (
    ASSERTION_URL,
    Running,
    found,
    running_app,
    settings_for,
    sign_in,
    stored_bytes,
    wait_until_finished,
)
from tests.verifiers.ob2_issuer import serve_example_issuer

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
CALLBACK = "https://ats.example.com/hooks/credlens"
NAME = "Zofia Wiśniewska-Kowalczyk"
EMAIL = "zofia.private@example.net"
SENTENCE = "Led the Kraków cold-chain logistics migration"
RESUME = "\n".join(
    [
        NAME,
        f"{EMAIL} · +48 601 234 567",
        "",
        "Experience",
        f"{SENTENCE}, 2019–2024.",
        "",
        "Certifications",
        "PMP, Project Management Institute, 2021",
        "",
    ]
).encode()
OTHER = b"Beth Kowalczyk\nbeth@example.org\nRobotics engineer at Example Robotics\n"
SECRETS = [NAME, "Wiśniewska", EMAIL, SENTENCE]


@pytest.fixture
async def running(tmp_path: Path) -> AsyncIterator[Running]:
    async with running_app(settings_for(tmp_path, webhook_secret=SECRET)) as app:
        yield app


@dataclass
class Candidate:
    web_id: str
    api_id: str
    other_id: str
    reports: dict[str, dict[str, Any]]


async def candidate_everywhere(running: Running, respx_mock: respx.MockRouter) -> Candidate:
    """Zofia verified twice (from the web app with her email in another case, and through
    the API with her email only in her résumé and a callback), asked for evidence and
    answering it; Beth verified once beside her."""
    serve_example_issuer(respx_mock)
    respx_mock.post(CALLBACK).mock(return_value=httpx.Response(204))
    key = {"Authorization": f"Bearer {running.api_key}"}
    csrf = await sign_in(running.client)
    web = await running.client.post(
        "/verifications",
        data={"csrf_token": csrf, "links": ASSERTION_URL, "email": "Zofia.Private@Example.NET"},
        files={"resume": ("zofia.txt", RESUME, "text/plain")},
    )
    web_id = web.headers["location"].rsplit("/", 1)[1]
    api = await running.client.post(
        "/api/v1/verifications",
        headers=key,
        files={"file": ("zofia.txt", RESUME, "text/plain")},
        data={"callback_url": CALLBACK},
    )
    other = await running.client.post(
        "/api/v1/verifications",
        headers=key,
        files={"file": ("beth.txt", OTHER, "text/plain")},
        data={"email": "beth@example.org"},
    )
    api_id, other_id = api.json()["id"], other.json()["id"]
    for verification_id in (web_id, api_id, other_id):
        done = await wait_until_finished(
            running.client, f"/api/v1/verifications/{verification_id}", headers=key
        )
        assert done["status"] == "done", done
    asked = await running.client.post(
        f"/api/v1/verifications/{api_id}/evidence-requests", headers=key, json=None
    )
    assert asked.status_code == 201, asked.text
    token = asked.json()["url"].rsplit("/", 1)[1]
    claim = asked.json()["claims"][0]["id"]
    answered = await running.client.post(
        f"/api/v1/evidence/{token}", data={"claim_id": claim, "withdraw": "true"}
    )
    assert answered.status_code in (200, 202), answered.text
    await until_re_verified(running, api_id)
    assert (await running.client.get(f"/verifications/{web_id}")).status_code == 200
    assert (await running.client.get(f"/verifications/{web_id}/report.pdf")).status_code == 200
    reports = {}
    for verification_id in (web_id, api_id, other_id):
        shown = await running.client.get(f"/api/v1/verifications/{verification_id}", headers=key)
        reports[verification_id] = shown.json()["report"]
    return Candidate(web_id=web_id, api_id=api_id, other_id=other_id, reports=reports)


async def until_re_verified(running: Running, verification_id: str) -> None:
    deadline = asyncio.get_running_loop().time() + 60
    while asyncio.get_running_loop().time() < deadline:
        if "re-verified" in [event.action for event in await trail(running, verification_id)]:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the candidate's answer was not checked within 60 s")


async def trail(running: Running, verification_id: str) -> list[AuditEvent]:
    async with running.runtime.sessions() as session:
        query = (
            select(AuditEvent)
            .where(AuditEvent.verification_id == verification_id)
            .order_by(AuditEvent.at, AuditEvent.id)
        )
        return list((await session.scalars(query)).all())


async def command(running: Running, *arguments: str, stdin: str | None = None) -> Result:
    """``credlens`` on the running app's data directory, in a thread (it runs its own loop)."""
    env = {"CREDLENS_DATA_DIR": str(running.runtime.settings.data_dir)}
    return await asyncio.to_thread(
        CliRunner().invoke, cli, list(arguments), input=stdin, env=env, catch_exceptions=False
    )


async def test_the_export_holds_everything_the_api_shows(
    running: Running, respx_mock: respx.MockRouter, tmp_path: Path
) -> None:
    zofia = await candidate_everywhere(running, respx_mock)
    out = tmp_path / "zofia.zip"

    result = await command(
        running, "subject", "export", "ZOFIA.private@example.net", "--out", str(out)
    )

    assert result.exit_code == 0, result.output
    assert "Exported 2 verifications." in result.stderr
    archive = zipfile.ZipFile(io.BytesIO(out.read_bytes()))
    names = set(archive.namelist())
    assert json.loads(archive.read("verifications.json"))["verifications"] == [
        zofia.web_id,
        zofia.api_id,
    ]
    assert not any(name.startswith(zofia.other_id) for name in names)
    for verification_id in (zofia.web_id, zofia.api_id):
        record = json.loads(archive.read(f"{verification_id}/verification.json"))
        assert record["report"] == zofia.reports[verification_id]
        assert archive.read(f"{verification_id}/resume.txt") == RESUME
        assert archive.read(f"{verification_id}/report.pdf").startswith(b"%PDF-")
        shown = {
            (item["url"], item["sha256"])
            for claim in zofia.reports[verification_id]["claims"]
            for item in claim["evidence"]
        }
        exported = {
            (item["url"], item["sha256"])
            for item in json.loads(archive.read(f"{verification_id}/evidence.json"))
        }
        assert shown <= exported
        actions = [e["action"] for e in json.loads(archive.read(f"{verification_id}/audit.json"))]
        assert actions[0] == "created"
    assert json.loads(archive.read(f"{zofia.web_id}/verification.json"))["candidate_email"] == (
        "Zofia.Private@Example.NET"
    )
    asked = json.loads(archive.read(f"{zofia.api_id}/evidence-requests.json"))
    assert len(asked["requests"]) == 1
    assert [answer["kind"] for answer in asked["answers"]] == ["withdraw"]
    deliveries = json.loads(archive.read(f"{zofia.api_id}/deliveries.json"))
    assert {d["event_type"] for d in deliveries} >= {"verification.completed"}
    for verification_id in (zofia.web_id, zofia.api_id):
        assert (await trail(running, verification_id))[-1].action == "exported"


async def test_the_erasure_leaves_nothing_of_the_candidate(
    running: Running, respx_mock: respx.MockRouter
) -> None:
    zofia = await candidate_everywhere(running, respx_mock)
    data_dir = running.runtime.settings.data_dir
    before = stored_bytes(data_dir)
    assert found(NAME, before) and found(EMAIL, before), "the scan must see what is stored"
    # The reading kept in memory for the job (put again: the test may outlast its minutes).
    reading_key = RecentExtractions.key(RESUME, "zofia.txt", running.runtime.settings.max_pages)
    recent_extractions.put(reading_key, extractors.extract(RESUME, "zofia.txt"))

    result = await command(running, "subject", "erase", EMAIL.upper(), stdin="y\n")

    assert result.exit_code == 0, result.output
    assert "2\tverifications" in result.stdout
    assert "1\tevidence requests" in result.stdout
    assert "1\tevidence answers" in result.stdout
    assert "2\trésumé files" in result.stdout
    on_disk = stored_bytes(data_dir)  # credlens.db, -wal, -shm and anything else
    for secret in [*SECRETS, EMAIL.upper(), "zofia.private"]:
        assert not found(secret, on_disk), f"{secret!r} is still on disk after the erasure"
    assert found("Beth Kowalczyk", on_disk), "the other candidate must be untouched"
    key = {"Authorization": f"Bearer {running.api_key}"}
    for verification_id in (zofia.web_id, zofia.api_id):
        gone = await running.client.get(f"/api/v1/verifications/{verification_id}", headers=key)
        assert gone.status_code == 404
        last = (await trail(running, verification_id))[-1]
        assert (last.action, last.actor_kind) == ("erased", "cli")
    kept = await running.client.get(f"/api/v1/verifications/{zofia.other_id}", headers=key)
    assert kept.status_code == 200
    assert recent_extractions.get(reading_key) is None


async def test_each_action_is_audited_with_its_actor_and_no_personal_data(
    running: Running, respx_mock: respx.MockRouter
) -> None:
    zofia = await candidate_everywhere(running, respx_mock)
    key = {"Authorization": f"Bearer {running.api_key}"}
    pdf = await running.client.get(f"/api/v1/verifications/{zofia.api_id}/report.pdf", headers=key)
    assert pdf.status_code == 200
    deleted = await running.client.delete(f"/api/v1/verifications/{zofia.other_id}", headers=key)
    assert deleted.status_code == 204

    def seen(events: list[AuditEvent]) -> set[tuple[str, str | None, str]]:
        return {(event.action, event.detail, event.actor_kind) for event in events}

    web_trail = await trail(running, zofia.web_id)
    assert seen(web_trail) >= {
        ("created", None, "user"),
        ("viewed", None, "user"),
        ("downloaded", "pdf", "user"),
    }
    assert web_trail[0].action == "created" and web_trail[0].actor_label == "user #1"
    api_trail = await trail(running, zofia.api_id)
    assert seen(api_trail) >= {
        ("created", None, "api-key"),
        ("viewed", None, "api-key"),
        ("evidence-requested", None, "api-key"),
        ("evidence-answered", "withdraw", "candidate"),
        ("re-verified", "withdraw", "system"),
        ("downloaded", "pdf", "api-key"),
    }
    other_trail = await trail(running, zofia.other_id)
    assert [(e.action, e.actor_kind) for e in other_trail][-1] == ("deleted", "api-key")
    # Polling a running verification is no view: one view per poll once done, at most.
    assert [e.action for e in other_trail].count("viewed") <= 2

    async with running.runtime.sessions() as session:
        every_event = list((await session.scalars(select(AuditEvent))).all())
    columns = ("action", "detail", "actor_kind", "actor_id", "actor_label", "client_address")
    recorded = json.dumps(
        [[getattr(event, column) for column in columns] for event in every_event],
        ensure_ascii=False,
    )
    for secret in [*SECRETS, "Beth", "beth@example.org", "Kowalczyk"]:
        assert secret not in recorded
