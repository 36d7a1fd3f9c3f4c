"""Checking a verification again later: the badge its link proved has since been revoked.
The re-check runs on the stored résumé, links and role, keeps each claim's history (the
candidate's answers among it), says what changed, is audited and signs its callback."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from typer.testing import CliRunner

from service import audit, reverify, stored_resumes, verifications
from service.cli import app
from service.permissions import Role
from service.runtime import Runtime, open_runtime
from service.settings import Settings
from service.storage import VerificationRepository
from testkit.factories import WORKSPACE
from tests.service.conftest import (
    ASSERTION_URL,
    Running,
    running_app,
    settings_for,
    wait_until_finished,
)
from tests.service.evidence_requests.conftest import (
    CALLBACK,
    RESUME,
    SECRET,
    ask,
    auth,
    claim_id,
    delivered_events,
    finished,
    send,
    token_of,
    until_checked,
)
from tests.service.two_workspaces import TwoWorkspaces, two  # noqa: F401
from tests.verifiers.ob2_issuer import example_document, serve_example_issuer

ROLE = {"required": ["Awesome Robotics Badge"]}


@pytest.fixture
async def running(tmp_path: Path) -> AsyncIterator[Running]:
    async with running_app(settings_for(tmp_path, webhook_secret=SECRET)) as app:
        yield app


async def until_rechecked(running: Running, verification_id: str, times: int = 1) -> dict[str, Any]:
    """The report once ``times`` re-checks have written it."""
    deadline = asyncio.get_running_loop().time() + 60
    while asyncio.get_running_loop().time() < deadline:
        body = await running.client.get(
            f"/api/v1/verifications/{verification_id}", headers=auth(running)
        )
        report: dict[str, Any] = body.json()["report"]
        rechecks = [e["source"] for e in report["claims"][0]["history"]].count("recheck")
        if rechecks >= times:
            return report
        await asyncio.sleep(0.05)
    raise AssertionError("the re-check did not end within 60 s")


def history(report: dict[str, Any], claim: str) -> list[tuple[str, str]]:
    [found] = [c for c in report["claims"] if c["id"] == claim]
    return [(entry["source"], entry["verdict"]) for entry in found["history"]]


async def test_a_badge_revoked_since_is_found_and_the_history_kept(
    running: Running, respx_mock: respx.MockRouter
) -> None:
    serve_example_issuer(respx_mock)
    callback = respx_mock.post(CALLBACK).mock(return_value=httpx.Response(204))
    response = await running.client.post(
        "/api/v1/verifications",
        headers=auth(running),
        files={"file": ("beth.txt", RESUME, "text/plain")},
        data={
            "email": "nobody@example.org",
            "link": ASSERTION_URL,
            "callback_url": CALLBACK,
            "role": json.dumps(ROLE),
        },
    )
    verification_id = response.json()["id"]
    done = (
        await wait_until_finished(
            running.client, f"/api/v1/verifications/{verification_id}", headers=auth(running)
        )
    )["report"]
    badge, pmp = claim_id(done, "Awesome"), claim_id(done, "Project Management")
    assert history(done, badge)[-1][1] == "verified"
    assert done["role_fit"]["required_proven"] == 1
    # The candidate says they do not hold the PMP: their word stands through a re-check.
    token = token_of((await ask(running, verification_id, claims=[pmp])).json()["url"])
    assert (await send(running.client, token, pmp, withdraw="true")).status_code == 202
    await until_checked(running, verification_id, 1)

    # Since then the issuer revoked the badge (the last answer is still in the cache).
    respx_mock.get(ASSERTION_URL).mock(
        return_value=httpx.Response(410, json={"revoked": True, "revocationReason": "in error"})
    )
    asked = await running.client.post(
        f"/api/v1/verifications/{verification_id}/reverify", headers=auth(running)
    )
    assert asked.status_code == 202, asked.text
    assert asked.json() == {"id": verification_id, "status": "rechecking", "new": True}
    after = await until_rechecked(running, verification_id)

    assert history(after, badge) == [("resume", "verified"), ("recheck", "revoked")]
    assert history(after, pmp) == [
        ("resume", "unverified"),
        ("candidate_withdrawal", "mismatch"),
        ("recheck", "mismatch"),
    ]
    assert after["id"] == done["id"] and after["generated_at"] > done["generated_at"]
    assert (after["role_fit"]["required_proven"], after["role_fit"]["required_total"]) == (0, 1)
    assert after["role_fit"]["requirements"][0]["status"] == "contradicted"
    html = await running.client.get(
        f"/api/v1/verifications/{verification_id}/report.html", headers=auth(running)
    )
    assert "Checked again" in html.text and "verified → ⊘ revoked" in html.text

    [updated] = [
        event
        for event in await delivered_events(running, callback, "verification.updated", count=2)
        if event["data"]["changed"].get("source") == "recheck"
    ]
    assert updated["data"]["changed"]["claims"] == [
        {"claim": badge, "from": "verified", "to": "revoked"}
    ]
    assert updated["data"]["role_fit"] == {"required_proven": 0, "required_total": 1}
    trail = await audit.trail(
        running.runtime.sessions, verification_ids=[verification_id], workspace_id=WORKSPACE
    )
    assert ("re-verified", "api-key", "recheck") in [
        (event.action, event.actor_kind, event.detail) for event in trail
    ]


async def test_a_credential_file_the_candidate_gave_is_checked_again_each_time(
    running: Running, respx_mock: respx.MockRouter
) -> None:
    serve_example_issuer(respx_mock)
    done = (await finished(running))["id"]
    report = await running.client.get(f"/api/v1/verifications/{done}", headers=auth(running))
    badge = claim_id(report.json()["report"], "Awesome")
    token = token_of((await ask(running, done, claims=[badge])).json()["url"])
    assertion = json.dumps(example_document("2_0_basic_assertion.json")).encode()
    sent = await send(running.client, token, badge, files={"file": ("badge.json", assertion)})
    assert sent.status_code == 202, sent.text
    answered = await until_checked(running, done, 1)
    assert history(answered, badge) == [("resume", "unverified"), ("candidate_file", "verified")]

    # The issuer revoked the badge the file is an assertion of: the stored file, checked
    # again, says so, at the first re-check and at the next.
    respx_mock.get(ASSERTION_URL).mock(
        return_value=httpx.Response(410, json={"revoked": True, "revocationReason": "in error"})
    )
    for times in (1, 2):
        asked = await running.client.post(
            f"/api/v1/verifications/{done}/reverify", headers=auth(running)
        )
        assert asked.status_code == 202 and asked.json()["new"] is True, asked.text
        after = await until_rechecked(running, done, times)
    assert history(after, badge) == [
        ("resume", "unverified"),
        ("candidate_file", "verified"),
        ("recheck", "revoked"),
        ("recheck", "revoked"),
    ]


async def test_only_a_finished_verification_is_checked_again(running: Running) -> None:
    missing = await running.client.post(
        "/api/v1/verifications/nowhere/reverify", headers=auth(running)
    )
    assert missing.status_code == 404
    # A verification still queued (written straight to the database: no job runs it).
    async with running.runtime.sessions() as session, session.begin():
        record = await VerificationRepository(session).create(
            workspace_id=WORKSPACE, origin="api", candidate_email="beth@example.org"
        )
        verification_id = record.id
    early = await running.client.post(
        f"/api/v1/verifications/{verification_id}/reverify", headers=auth(running)
    )
    # Queued, running or failed: there is no report to check again (yet).
    assert early.status_code == 409 and "once its report is done" in early.json()["detail"]


async def test_the_report_pages_button_queues_a_recheck_and_says_so(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    recruiter = two.home[Role.RECRUITER]
    page = f"/verifications/{two.verification_id}"
    pressed = await recruiter.client.post(f"{page}/reverify", data={"csrf_token": recruiter.csrf})
    assert pressed.status_code == 303 and pressed.headers["location"] == f"{page}#recheck"
    shown = (await recruiter.client.get(page)).text
    assert "Checking every claim again" in shown
    # Said once: a reload shows the report alone.
    assert "Checking every claim again" not in (await recruiter.client.get(page)).text
    forged = await recruiter.client.post(f"{page}/reverify", data={"csrf_token": "forged"})
    assert forged.status_code == 403


async def _checked_once(data_dir: Path) -> str:
    """A finished verification of a résumé with no links (nothing leaves the machine)."""
    async with open_runtime(Settings(data_dir=data_dir)) as runtime:
        record = await verifications.submit(
            runtime=runtime,
            request=verifications.VerificationRequest(filename="beth.txt", data=RESUME),
            origin="cli",
            workspace_id=WORKSPACE,
            actor=audit.Actor.cli(),
        )
        await verifications.execute(runtime=runtime, verification_id=record.id)
        return record.id


def test_credlens_reverify_checks_again_now_and_says_what_changed(tmp_path: Path) -> None:
    # The data directory every test is given (CREDLENS_DATA_DIR).
    verification_id = asyncio.run(_checked_once(tmp_path / "var"))

    result = CliRunner().invoke(app, ["reverify", verification_id])

    assert result.exit_code == 0, result.stderr
    assert (result.stdout, result.stderr) == ("", "Checked again: 0 verdicts changed.\n")
    missing = CliRunner().invoke(app, ["reverify", "nowhere"])
    assert missing.exit_code == 2 and missing.stderr == "credlens: No such verification.\n"
    elsewhere = CliRunner().invoke(app, ["reverify", verification_id, "--workspace", "nowhere"])
    assert elsewhere.exit_code == 2 and "no workspace named 'nowhere'" in elsewhere.stderr


async def _recheck_queued_at(data_dir: Path, verification_id: str) -> object:
    async with open_runtime(Settings(data_dir=data_dir)) as runtime, runtime.sessions() as session:
        record = await VerificationRepository(session).get(verification_id, workspace_id=WORKSPACE)
        assert record is not None
        return record.recheck_queued_at


async def test_a_cli_recheck_is_one_at_a_time_with_the_apis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "var"
    verification_id = await _checked_once(data_dir)
    execute = reverify.execute
    asked_meanwhile: list[bool] = []

    async def observed(*, runtime: Runtime, verification_id: str) -> Any:
        # While the command line checks again, the API's request queues no second re-check.
        asked_meanwhile.append(
            await reverify.request(
                runtime=runtime,
                verification_id=verification_id,
                workspace_id=WORKSPACE,
                actor=audit.Actor.api_key(7),
            )
        )
        return await execute(runtime=runtime, verification_id=verification_id)

    monkeypatch.setattr(reverify, "execute", observed)
    async with open_runtime(Settings(data_dir=data_dir)) as runtime:
        await reverify.run_now(
            runtime=runtime,
            verification_id=verification_id,
            workspace_id=WORKSPACE,
            actor=audit.Actor.cli(),
        )
    assert asked_meanwhile == [False]
    # Done: the next request may queue one, and the command line refuses while it is queued.
    assert await _recheck_queued_at(data_dir, verification_id) is None
    async with open_runtime(Settings(data_dir=data_dir)) as runtime:
        assert await reverify.request(
            runtime=runtime,
            verification_id=verification_id,
            workspace_id=WORKSPACE,
            actor=audit.Actor.api_key(7),
        )
    monkeypatch.setattr(reverify, "execute", execute)
    result = await asyncio.to_thread(CliRunner().invoke, app, ["reverify", verification_id])
    assert result.exit_code == 2 and "already under way" in result.stderr
    assert await _recheck_queued_at(data_dir, verification_id) is not None


async def test_a_cli_recheck_that_fails_transiently_is_no_longer_under_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "var"
    verification_id = await _checked_once(data_dir)

    async def unavailable(*, runtime: Runtime, verification_id: str) -> Any:
        raise stored_resumes.TransientError("the résumé URL did not answer")

    monkeypatch.setattr(reverify, "_checked_again", unavailable)
    async with open_runtime(Settings(data_dir=data_dir)) as runtime:
        with pytest.raises(stored_resumes.TransientError):
            await reverify.run_now(
                runtime=runtime,
                verification_id=verification_id,
                workspace_id=WORKSPACE,
                actor=audit.Actor.cli(),
            )
    assert await _recheck_queued_at(data_dir, verification_id) is None
