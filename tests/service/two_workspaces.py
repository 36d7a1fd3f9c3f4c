"""Two workspaces side by side in one running app: in each, a user and an API key of every
role; in ``home``, a finished verification with an evidence request and a share link, and a
named role."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

import reports
from extractors import Candidate, Claim
from service import audit, evidence_requests, named_roles, shares, verifications
from service.permissions import Role
from service.runtime import Runtime
from service.storage import ApiKeyRepository, UserRepository, VerificationRepository
from service.storage.repositories.accounts import WorkspaceRepository
from testkit.factories import WORKSPACE, verification
from tests.service.conftest import running_app, settings_for, sign_in
from verifiers import Verdict

PASSWORD = "a long enough test password"


@dataclass
class Member:
    """A user (signed in on ``client``) and an API key, both of one role in one workspace."""

    role: Role
    workspace_id: int
    key: str
    key_id: int
    client: httpx.AsyncClient
    csrf: str

    def bearer(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.key}"}


@dataclass
class TwoWorkspaces:
    runtime: Runtime
    #: A client with no credentials at all.
    anonymous: httpx.AsyncClient
    home: dict[Role, Member] = field(default_factory=dict)
    away: dict[Role, Member] = field(default_factory=dict)
    #: ``home``'s finished verification, and an evidence request on it.
    verification_id: str = ""
    request_id: str = ""
    share_id: str = ""
    #: A role ``home`` keeps by name.
    role_name: str = "cloud-engineer"


async def finished_verification(runtime: Runtime, workspace_id: int) -> str:
    """A done verification with two claims, written straight to the database."""
    claims = (
        Claim(id="c1", title="Certified Kubernetes Administrator"),
        Claim(id="c2", title="Project Management Professional"),
    )
    report = reports.build(
        Candidate(name="Beth Kowalczyk"),
        [verification(claim, Verdict.UNVERIFIED) for claim in claims],
    )
    async with runtime.sessions() as session, session.begin():
        repository = VerificationRepository(session)
        record = await repository.create(
            workspace_id=workspace_id, origin="api", candidate_email="beth@example.org"
        )
        report_json = json.loads(reports.render_json(report))
        await repository.finish(
            record.id, report=report_json, search_text=verifications.search_text(report_json)
        )
    return record.id


async def members(
    runtime: Runtime, transport: httpx.ASGITransport, *, workspace_id: int, label: str
) -> AsyncIterator[Member]:
    for role in Role:
        email = f"{role.value}@{label}.example.com"
        async with runtime.sessions() as session, session.begin():
            await UserRepository(session).create(
                email=email, password=PASSWORD, workspace_id=workspace_id, role=role
            )
            record, key = await ApiKeyRepository(session, runtime.api_keys).create(
                f"{label}-{role.value}", workspace_id=workspace_id, role=role
            )
        client = httpx.AsyncClient(transport=transport, base_url="https://test")
        csrf = await sign_in(client, email, PASSWORD)
        yield Member(
            role=role,
            workspace_id=workspace_id,
            key=key,
            key_id=record.id,
            client=client,
            csrf=csrf,
        )


@pytest.fixture
async def two(tmp_path: Path) -> AsyncIterator[TwoWorkspaces]:
    async with running_app(settings_for(tmp_path)) as running:
        runtime = running.runtime
        async with runtime.sessions() as session, session.begin():
            away_id = (await WorkspaceRepository(session).create("away")).id
        transport = httpx.ASGITransport(app=running.app)
        setup = TwoWorkspaces(runtime=runtime, anonymous=running.client)
        async for member in members(runtime, transport, workspace_id=WORKSPACE, label="home"):
            setup.home[member.role] = member
        async for member in members(runtime, transport, workspace_id=away_id, label="away"):
            setup.away[member.role] = member
        setup.verification_id = await finished_verification(runtime, WORKSPACE)
        created = await evidence_requests.create(
            runtime=runtime,
            verification_id=setup.verification_id,
            workspace_id=WORKSPACE,
            base_url="https://test",
            claims=["c1"],
            actor=audit.Actor.cli(),
        )
        setup.request_id = created.id
        shared = await shares.create(
            runtime=runtime,
            verification_id=setup.verification_id,
            workspace_id=WORKSPACE,
            actor=audit.Actor.cli(),
            base_url="https://test",
        )
        setup.share_id = shared.id
        await named_roles.keep(
            runtime=runtime,
            workspace_id=WORKSPACE,
            name=setup.role_name,
            role={"required": ["CKA"]},
            ats_job_id="107761",
            actor=audit.Actor.cli(),
        )
        try:
            yield setup
        finally:
            for member in [*setup.home.values(), *setup.away.values()]:
                await member.client.aclose()
