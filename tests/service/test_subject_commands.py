"""``credlens subject`` and ``credlens audit`` as a person at a terminal meets them, and an
erasure on SQLite and PostgreSQL that leaves no row naming the candidate."""

from __future__ import annotations

import asyncio
import io
import json
import os
import pty
import subprocess
import sys
import zipfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner, Result

from service import audit, subjects, verifications
from service.runtime import Runtime, open_runtime
from service.settings import Settings
from service.storage import (
    Base,
    IdempotencyRepository,
    RateLimitRepository,
    UploadRepository,
    VerificationRepository,
    WebhookDeliveryRepository,
)
from service.storage.models import ALL_WORKSPACES, utcnow
from service.storage.repositories.evidence_requests import EvidenceRequestRepository
from testkit.factories import WORKSPACE
from tests.conftest import REPO_ROOT
from tests.service.conftest import settings_for

NAME = "Zofia Wiśniewska-Kowalczyk"
EMAIL = "zofia.private@example.net"
RESUME = f"{NAME}\n{EMAIL}\nLed the Kraków cold-chain logistics migration\n".encode()


def report_of(name: str, email: str) -> dict[str, Any]:
    return {
        "candidate": {"name": name, "emails": [email]},
        "claims": [{"id": "c0", "title": "PMP", "verdict": "unverified", "evidence": []}],
    }


async def seed(
    runtime: Runtime, *, name: str = NAME, email: str = EMAIL, address: str = "198.51.100.7"
) -> list[str]:
    """One candidate in every table: a finished verification with a report, résumé, evidence
    request, answer, sealed delivery, idempotency key, rate-limit counts and audit events,
    and one not yet read whose only trace of the email is its résumé's stored reading."""
    token_hash = f"{abs(hash(email)):064d}"[:64]
    async with runtime.sessions() as session, session.begin():
        verifications = VerificationRepository(session)
        done = await verifications.create(
            workspace_id=WORKSPACE, origin="api", candidate_email=email.upper()
        )
        await verifications.finish(
            done.id, report=report_of(name, email), search_text=f"{name} | {email}".lower()
        )
        uploads = UploadRepository(session, runtime.cipher)
        await uploads.add(
            verification_id=done.id, data=RESUME, media_type="text/plain", suffix=".txt"
        )
        requests = EvidenceRequestRepository(session, runtime.cipher)
        request = await requests.create(
            verification_id=done.id,
            token_hash=token_hash,
            claims=["c0"],
            message=f"Dear {name}, please send your PMP certificate.",
            expires_at=utcnow() + timedelta(days=7),
        )
        await requests.add_answer(
            request=request,
            claim_id="c0",
            kind="link",
            content=f"https://badges.example.org/{email}".encode(),
            suffix="",
        )
        await requests.add_sealed_delivery(
            verification_id=done.id,
            url="https://ats.example.com/hook",
            event_type="evidence_request.created",
            payload_summary={"id": done.id},
            sealed=json.dumps({"candidate": name}).encode(),
        )
        await WebhookDeliveryRepository(session).create(
            verification_id=done.id,
            url="https://ats.example.com/hook",
            event_type="verification.completed",
            payload_summary={"id": done.id, "status": "done"},
        )
        await IdempotencyRepository(session).remember(
            scope="api-key:1", key="k-" + done.id, request_hash="0" * 64, verification_id=done.id
        )
        counts = RateLimitRepository(session)
        await counts.take(f"evidence-token:{token_hash}", 0, below=10)
        await counts.take(f"evidence-address:{address}", 0, below=10)
        await audit.record(
            session,
            verification_id=done.id,
            action="evidence-answered",
            actor=audit.Actor.candidate(request.id, address=address),
            detail="link",
        )
        unread = await verifications.create(workspace_id=WORKSPACE, origin="web")
        await uploads.add(
            verification_id=unread.id,
            data=RESUME,
            media_type="text/plain",
            suffix=".txt",
            extraction=json.dumps({"candidate": {"name": name, "emails": [email]}}).encode(),
        )
    return [done.id, unread.id]


async def every_row(runtime: Runtime) -> str:
    """Every row of every table, as text (blobs as bytes' repr), to search for a person."""
    rows = []
    async with runtime.sessions() as session:
        for table in Base.metadata.sorted_tables:
            for row in (await session.execute(select(table))).all():
                rows.append(repr(tuple(row)))
    return "\n".join(rows)


async def test_an_erasure_leaves_no_row_naming_the_candidate(
    database_url: str, tmp_path: Path
) -> None:
    settings = settings_for(tmp_path, database_url=database_url, workers=0)
    async with open_runtime(settings) as runtime:
        zofia = await seed(runtime)
        beth = await seed(
            runtime, name="Beth Kowalczyk", email="beth@example.org", address="203.0.113.20"
        )
        assert EMAIL in await every_row(runtime)

        found = await subjects.verifications_of(
            runtime=runtime, email="Zofia.PRIVATE@example.net", workspace_id=ALL_WORKSPACES
        )
        assert sorted(record.id for record in found) == sorted(zofia)
        erased = await subjects.erase(
            runtime=runtime, email=EMAIL, workspace_id=ALL_WORKSPACES, actor=audit.Actor.cli()
        )

        assert erased.counts["verifications"] == 2
        assert erased.counts["résumé files"] == 2
        assert erased.counts["evidence requests"] == 1
        assert erased.counts["evidence answers"] == 1
        assert erased.counts["webhook deliveries"] == 2
        assert erased.counts["idempotency keys"] == 1
        assert erased.counts["rate-limit counts"] == 2
        assert erased.counts["audit events' addresses"] == 1
        left = await every_row(runtime)
        for trace in (EMAIL, EMAIL.upper(), "Wiśniewska", "198.51.100.7"):
            assert trace not in left
        assert "beth@example.org" in left and "203.0.113.20" in left
        trail = await audit.trail(
            runtime.sessions, verification_ids=zofia + beth, workspace_id=WORKSPACE
        )
        assert [(e.verification_id, e.action) for e in trail if e.action == "erased"] == [
            (zofia[0], "erased"),
            (zofia[1], "erased"),
        ]


def cli(settings: Settings, *arguments: str, stdin: str | None = None) -> Result:
    from service.cli import app

    env = {"CREDLENS_DATA_DIR": str(settings.data_dir)}
    return CliRunner().invoke(app, list(arguments), input=stdin, env=env)


def seeded(tmp_path: Path) -> tuple[Settings, list[str]]:
    settings = settings_for(tmp_path)

    async def run() -> list[str]:
        async with open_runtime(settings) as runtime:
            return await seed(runtime)

    return settings, asyncio.run(run())


def still_there(settings: Settings) -> int:
    async def run() -> int:
        async with open_runtime(settings) as runtime:
            found = await subjects.verifications_of(
                runtime=runtime, email=EMAIL, workspace_id=ALL_WORKSPACES
            )
            return len(found)

    return asyncio.run(run())


def test_a_resume_its_job_has_not_read_yet_is_found_by_the_email_in_it(tmp_path: Path) -> None:
    """The upload is only opened when it arrives; the erasure reads it to learn whom it is
    about (its email is nowhere else)."""
    settings = settings_for(tmp_path, workers=0)

    async def submit() -> None:
        async with open_runtime(settings) as runtime:
            await verifications.submit(
                runtime=runtime,
                request=verifications.VerificationRequest(filename="zofia.txt", data=RESUME),
                origin="api",
                workspace_id=WORKSPACE,
                actor=audit.Actor.cli(),
            )

    asyncio.run(submit())
    assert still_there(settings) == 1

    result = cli(settings, "subject", "erase", EMAIL, "--yes")

    assert result.exit_code == 0, result.output
    assert "1\tverifications" in result.stdout
    assert still_there(settings) == 0


@pytest.mark.parametrize("answer", ["n\n", "\n", "", "yes please\n"])
def test_an_erasure_not_confirmed_erases_nothing(tmp_path: Path, answer: str) -> None:
    settings, _ = seeded(tmp_path)

    result = cli(settings, "subject", "erase", EMAIL, stdin=answer)

    assert result.exit_code == 1
    assert "Erase 2 verifications of this candidate" in result.stderr
    assert "Nothing erased." in result.stderr
    assert still_there(settings) == 2


@pytest.mark.parametrize(("flags", "answer"), [((), "y\n"), ((), "Y\n"), (("--yes",), None)])
def test_y_on_standard_input_or_yes_confirms(
    tmp_path: Path, flags: tuple[str, ...], answer: str | None
) -> None:
    settings, _ = seeded(tmp_path)

    result = cli(settings, "subject", "erase", EMAIL.upper(), *flags, stdin=answer)

    assert result.exit_code == 0, result.output
    assert "2\tverifications" in result.stdout
    assert still_there(settings) == 0
    if flags:
        assert "Erase 2" not in result.stderr  # not asked


def test_a_terminal_is_asked(tmp_path: Path) -> None:
    """On a real terminal (a pseudo-terminal here) the question is asked and 'n' declines."""
    settings, _ = seeded(tmp_path)
    primary, secondary = pty.openpty()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "credlens"), "subject", "erase", EMAIL],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        cwd=REPO_ROOT,
        env=os.environ | {"CREDLENS_DATA_DIR": str(settings.data_dir)},
    )
    os.close(secondary)
    shown = b""
    while b"[y/N]" not in shown:
        chunk = os.read(primary, 1024)
        assert chunk, f"the command ended without asking: {shown!r}"
        shown += chunk
    os.write(primary, b"n\n")
    assert process.wait(timeout=60) == 1
    os.close(primary)
    assert b"Erase 2 verifications of this candidate" in shown
    assert still_there(settings) == 2


@pytest.mark.parametrize("email", ["not-an-email", "a@b.c, d@e.f", ""])
def test_a_bad_email_is_a_one_line_error(tmp_path: Path, email: str) -> None:
    settings = settings_for(tmp_path)
    for command in (["subject", "erase", email, "--yes"], ["subject", "export", email]):
        result = cli(settings, *command)
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith("credlens: ")
        assert "Traceback" not in result.output


def test_an_unknown_email_erases_nothing_and_exports_an_empty_zip(tmp_path: Path) -> None:
    settings, _ = seeded(tmp_path)
    out = tmp_path / "nobody.zip"

    erased = cli(settings, "subject", "erase", "nobody@example.org")
    exported = cli(settings, "subject", "export", "nobody@example.org", "--out", str(out))

    assert erased.exit_code == 0 and "nothing erased" in erased.stdout
    assert exported.exit_code == 0
    listing = json.loads(zipfile.ZipFile(io.BytesIO(out.read_bytes())).read("verifications.json"))
    assert listing["verifications"] == []
    assert still_there(settings) == 2


def test_the_audit_command_shows_the_trail(tmp_path: Path) -> None:
    settings, (done, _) = seeded(tmp_path)
    out = tmp_path / "zofia.zip"
    assert cli(settings, "subject", "export", EMAIL, "--out", str(out)).exit_code == 0

    shown = cli(settings, "audit", done)
    unknown = cli(settings, "audit", "no-such-verification")

    assert shown.exit_code == 0, shown.output
    lines = shown.stdout.splitlines()
    assert "evidence-answered (link)" in lines[0] and "198.51.100.7" in lines[0]
    assert "exported" in lines[-1] and "command line" in lines[-1]
    assert unknown.exit_code == 2 and "no audit events" in unknown.stderr
