"""Workspaces and roles, route by route: every route of the app is in the table below with
how it is scoped and the least role it needs, so a route added without either fails here.

From the wrong workspace, whatever names a verification is 404, exactly as for an id that
does not exist (never 403, which would confirm it exists); lists show only the caller's own.
A role too weak for an action is 403 whatever the verification.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from fastapi.routing import iter_route_contexts
from sqlalchemy import select
from starlette.routing import Mount

from service import audit, evidence_requests, shares
from service.permissions import ROLE_RANK, Role
from service.storage import VerificationRepository
from service.storage.models import EvidenceAnswer
from testkit.factories import WORKSPACE
from tests.service.conftest import RESUME, wait_until_finished
from tests.service.two_workspaces import (  # noqa: F401
    Member,
    TwoWorkspaces,
    finished_verification,
    two,
)

# How each route is scoped.
#: Names a verification in its path: another workspace's is 404.
SCOPED = "scoped"
#: Lists the caller's workspace's verifications only.
LISTS = "lists"
#: Stores a verification in the caller's workspace.
CREATES = "creates"
#: Shows nothing of any verification (the API's description, the upload form, signing out).
NOTHING = "nothing"
#: No caller: sign-in and health, the candidate's link (its token is the authority, tested in
#: tests/service/evidence_requests/), the ATS webhooks (the deployment's webhook workspace,
#: tested below).
PUBLIC = "public"

V, R, A = Role.VIEWER, Role.RECRUITER, Role.ADMIN
#: (method, path) → (scope, least role); the role is None for routes without a caller.
ROUTES: dict[tuple[str, str], tuple[str, Role | None]] = {
    ("GET", "/healthz"): (PUBLIC, None),
    ("GET", "/sign-in"): (PUBLIC, None),
    ("POST", "/sign-in"): (PUBLIC, None),
    ("POST", "/sign-out"): (NOTHING, None),
    ("GET", "/openapi.json"): (NOTHING, V),
    ("GET", "/docs"): (NOTHING, V),
    ("GET", "/evidence/{token}"): (PUBLIC, None),
    ("POST", "/evidence/{token}"): (PUBLIC, None),
    ("POST", "/api/v1/evidence/{token}"): (PUBLIC, None),
    ("POST", "/api/v1/webhooks/ats"): (PUBLIC, None),
    ("POST", "/api/v1/webhooks/greenhouse"): (PUBLIC, None),
    # The hiring manager's share link: its token (and passcode) is the authority
    # (tests/service/test_shares.py).
    ("GET", "/share/{token}"): (PUBLIC, None),
    ("POST", "/share/{token}"): (PUBLIC, None),
    ("GET", "/share/{token}/report.pdf"): (PUBLIC, None),
    # The REST API.
    ("POST", "/api/v1/verifications"): (CREATES, R),
    ("GET", "/api/v1/verifications"): (LISTS, V),
    ("GET", "/api/v1/verifications/{verification_id}"): (SCOPED, V),
    ("GET", "/api/v1/verifications/{verification_id}/report.json"): (SCOPED, V),
    ("GET", "/api/v1/verifications/{verification_id}/report.html"): (SCOPED, V),
    ("GET", "/api/v1/verifications/{verification_id}/report.pdf"): (SCOPED, V),
    ("DELETE", "/api/v1/verifications/{verification_id}"): (SCOPED, R),
    ("POST", "/api/v1/verifications/{verification_id}/evidence-requests"): (SCOPED, R),
    ("DELETE", "/api/v1/verifications/{verification_id}/evidence-requests/{request_id}"): (
        SCOPED,
        R,
    ),
    ("POST", "/api/v1/verifications/{verification_id}/reverify"): (SCOPED, R),
    ("POST", "/api/v1/verifications/{verification_id}/shares"): (SCOPED, R),
    ("GET", "/api/v1/verifications/{verification_id}/shares"): (SCOPED, R),
    ("DELETE", "/api/v1/verifications/{verification_id}/shares/{share_id}"): (SCOPED, R),
    # The workspace's administration: a key of another workspace is not found either.
    ("GET", "/api/v1/api-keys"): (LISTS, A),
    ("POST", "/api/v1/api-keys"): (CREATES, A),
    ("DELETE", "/api/v1/api-keys/{key_id}"): (SCOPED, A),
    ("GET", "/api/v1/verifications/{verification_id}/audit"): (SCOPED, A),
    ("GET", "/api/v1/role-audit/{role_name:path}"): (SCOPED, A),
    # Named roles: read by anyone of the workspace, kept and deleted by its admins; another
    # workspace's role of the same name is not found.
    ("GET", "/api/v1/roles"): (LISTS, V),
    ("GET", "/api/v1/roles/{role_name:path}"): (SCOPED, V),
    ("PUT", "/api/v1/roles/{role_name:path}"): (CREATES, A),
    ("DELETE", "/api/v1/roles/{role_name:path}"): (SCOPED, A),
    # A candidate's rights: the workspace's verifications of one email (tests/service/
    # test_privacy_routes.py tries them from the other workspace).
    ("POST", "/api/v1/subjects/export"): (LISTS, A),
    ("POST", "/api/v1/subjects/erase"): (LISTS, A),
    # The web app.
    ("GET", "/"): (NOTHING, V),
    ("POST", "/verifications"): (CREATES, R),
    ("GET", "/verifications"): (LISTS, V),
    ("GET", "/verifications/{verification_id}"): (SCOPED, V),
    ("GET", "/verifications/{verification_id}/progress.json"): (SCOPED, V),
    ("GET", "/verifications/{verification_id}/report.pdf"): (SCOPED, V),
    ("POST", "/verifications/{verification_id}/delete"): (SCOPED, R),
    ("POST", "/verifications/{verification_id}/evidence-requests"): (SCOPED, R),
    ("POST", "/verifications/{verification_id}/evidence-requests/{request_id}/revoke"): (
        SCOPED,
        R,
    ),
    ("POST", "/verifications/{verification_id}/reverify"): (SCOPED, R),
    ("POST", "/verifications/{verification_id}/shares"): (SCOPED, R),
    ("POST", "/verifications/{verification_id}/shares/{share_id}/revoke"): (SCOPED, R),
    # The audit page: a verification's trail by its id, in the query.
    ("GET", "/audit"): (LISTS, A),
}


def app_routes(setup: TwoWorkspaces) -> list[tuple[str, str]]:
    app = setup.anonymous._transport.app  # type: ignore[attr-defined]
    found = []
    for route in iter_route_contexts(app.routes):
        if isinstance(route.original_route, Mount):
            continue
        found += [(method, route.path) for method in sorted((route.methods or set()) - {"HEAD"})]
    return found


def concrete(path: str, setup: TwoWorkspaces, *, verification_id: str | None = None) -> str:
    values = {
        "verification_id": verification_id or setup.verification_id,
        "request_id": setup.request_id,
        "share_id": setup.share_id,
        # home's viewer's key; with an id that exists nowhere, a key that exists nowhere.
        "key_id": str(setup.home[Role.VIEWER].key_id) if verification_id is None else "0",
        "role_name": setup.role_name if verification_id is None else "nowhere",
    }
    # A parameter may carry its convertor ("{role_name:path}").
    return re.sub(r"\{([^}:]+)(?::[^}]+)?\}", lambda match: values[match.group(1)], path)


async def call(member: Member, method: str, path: str, **extra: Any) -> httpx.Response:
    """The route called as ``member``: with its API key under /api, its session elsewhere."""
    if path.startswith("/api/"):
        return await member.client.request(method, path, headers=member.bearer(), **extra)
    if method == "POST":
        extra["data"] = {"csrf_token": member.csrf, **extra.get("data", {})}
    return await member.client.request(method, path, **extra)


async def test_every_route_has_a_scope_and_a_least_role(two: TwoWorkspaces) -> None:  # noqa: F811
    routes = app_routes(two)
    unlisted = sorted(set(routes) - set(ROUTES))
    assert not unlisted, f"say how these routes are scoped, and which role they need: {unlisted}"
    assert not set(ROUTES) - set(routes), "the table names routes the app no longer has"


async def test_another_workspaces_verification_is_404_on_every_route(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    walked = 0
    for method, path in app_routes(two):
        scope, _ = ROUTES[(method, path)]
        if scope != SCOPED:
            continue
        url = concrete(path, two)
        for role in Role:
            response = await call(two.away[role], method, url)
            # A role too weak is refused before anything is looked up (403); any other
            # answer must be the same 404 as for an id that exists nowhere.
            _, least = ROUTES[(method, path)]
            assert least is not None
            expected = 404 if ROLE_RANK[role] >= ROLE_RANK[least] else 403
            assert response.status_code == expected, (role, method, path, response.text)
            missing = await call(
                two.away[role], method, concrete(path, two, verification_id="no-such-id")
            )
            assert missing.status_code == expected, (role, method, path)
            if expected == 404 and path.startswith("/api/"):
                assert response.json() == missing.json()
            walked += 1
    assert walked >= 18 * 3
    # Nothing was changed by all that: home still has its verification, its evidence request
    # and its share link, all open.
    async with two.runtime.sessions() as session:
        assert await VerificationRepository(session).get(
            two.verification_id, workspace_id=WORKSPACE
        )
    [request] = await evidence_requests.requests_for(
        runtime=two.runtime, verification_id=two.verification_id, workspace_id=WORKSPACE
    )
    assert not request.revoked
    [link] = await shares.list_for(
        runtime=two.runtime, verification_id=two.verification_id, workspace_id=WORKSPACE
    )
    assert not link.revoked
    viewer = two.home[Role.VIEWER]
    assert (await call(viewer, "GET", "/api/v1/verifications")).status_code == 200
    for method, path in app_routes(two):
        scope, least = ROUTES[(method, path)]
        if scope == SCOPED and method == "GET" and least is not None:
            response = await call(two.home[least], method, concrete(path, two))
            assert response.status_code == 200, (method, path, response.text)


async def test_lists_show_only_the_callers_workspace(two: TwoWorkspaces) -> None:  # noqa: F811
    for workspace, seen in ((two.home, True), (two.away, False)):
        member = workspace[Role.VIEWER]
        listed = await call(member, "GET", "/api/v1/verifications")
        ids = [item["id"] for item in listed.json()["items"]]
        assert (two.verification_id in ids) is seen
        page = await call(member, "GET", "/verifications")
        assert (two.verification_id in page.text) is seen
        found = await call(member, "GET", "/api/v1/verifications?q=kowalczyk")
        assert bool(found.json()["items"]) is seen
        keys = await call(workspace[Role.ADMIN], "GET", "/api/v1/api-keys")
        listed = {key["id"] for key in keys.json()}
        assert (two.home[Role.VIEWER].key_id in listed) is seen
        assert {member.key_id for member in workspace.values()} <= listed


async def test_what_a_workspace_creates_only_it_sees(two: TwoWorkspaces) -> None:  # noqa: F811
    away = two.away[Role.RECRUITER]
    created = await call(
        away,
        "POST",
        "/api/v1/verifications",
        files={"file": ("beth.txt", RESUME, "text/plain")},
    )
    assert created.status_code == 202, created.text
    new_id = created.json()["id"]
    done = await wait_until_finished(
        away.client, f"/api/v1/verifications/{new_id}", headers=away.bearer()
    )
    assert done["status"] == "done"
    for role in Role:
        home = two.home[role]
        assert (await call(home, "GET", f"/api/v1/verifications/{new_id}")).status_code == 404
        assert (await call(home, "GET", f"/verifications/{new_id}")).status_code == 404


@pytest.mark.parametrize("role", list(Role))
async def test_each_role_against_every_action(
    two: TwoWorkspaces,  # noqa: F811
    role: Role,
) -> None:
    member = two.home[role]
    for method, path in app_routes(two):
        scope, least = ROUTES[(method, path)]
        if least is None or (scope == NOTHING and method == "POST"):
            continue
        # An id that exists nowhere: a role strong enough gets past the check to the
        # lookup (404), or to the request's own checks (400, 415, 422); a weaker one, 403.
        response = await call(member, method, concrete(path, two, verification_id="nowhere"))
        if ROLE_RANK[role] >= ROLE_RANK[least]:
            assert response.status_code not in (401, 403), (role, method, path, response.text)
        else:
            assert response.status_code == 403, (role, method, path, response.text)
            assert "role" in response.json()["detail"]


async def test_a_viewer_is_offered_no_form_that_changes_anything(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    viewer, recruiter = two.home[Role.VIEWER], two.home[Role.RECRUITER]
    report = f"/verifications/{two.verification_id}"

    seen_by_viewer = (await call(viewer, "GET", report)).text
    seen_by_recruiter = (await call(recruiter, "GET", report)).text

    assert "/delete" in seen_by_recruiter and "/delete" not in seen_by_viewer
    assert "evidence-requests" in seen_by_recruiter and "evidence-requests" not in seen_by_viewer
    assert "/reverify" in seen_by_recruiter and "/reverify" not in seen_by_viewer
    assert 'type="file"' not in (await call(viewer, "GET", "/")).text


async def test_an_admin_manages_the_workspaces_keys_and_only_them(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    admin = two.away[Role.ADMIN]
    made = await call(
        admin, "POST", "/api/v1/api-keys", json={"name": "dashboard", "role": "viewer"}
    )
    assert made.status_code == 201, made.text
    new = made.json()
    assert new["role"] == "viewer" and new["key"].startswith(new["prefix"])
    reads = await admin.client.get(
        "/api/v1/verifications", headers={"Authorization": f"Bearer {new['key']}"}
    )
    writes = await admin.client.post(
        "/api/v1/verifications", headers={"Authorization": f"Bearer {new['key']}"}
    )
    assert reads.status_code == 200 and writes.status_code == 403

    home_key = two.home[Role.VIEWER].key_id
    assert (await call(admin, "DELETE", f"/api/v1/api-keys/{home_key}")).status_code == 404
    assert (await call(two.home[Role.VIEWER], "GET", "/api/v1/verifications")).status_code == 200
    assert (await call(admin, "DELETE", f"/api/v1/api-keys/{new['id']}")).status_code == 204
    gone = await admin.client.get(
        "/api/v1/verifications", headers={"Authorization": f"Bearer {new['key']}"}
    )
    assert gone.status_code == 401


async def test_a_candidates_token_reaches_only_its_own_verification(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    # Claim ids are per report, so away's verification has a "c1" as home's does.
    away_id = await finished_verification(two.runtime, two.away[Role.ADMIN].workspace_id)
    created = await evidence_requests.create(
        runtime=two.runtime,
        verification_id=away_id,
        workspace_id=two.away[Role.ADMIN].workspace_id,
        base_url="https://test",
        claims=["c1"],
        actor=audit.Actor.cli(),
    )
    token = created.url.rsplit("/", 1)[1]

    answered = await two.anonymous.post(
        f"/api/v1/evidence/{token}", data={"claim_id": "c1", "withdraw": "true"}
    )

    assert answered.status_code == 202, answered.text
    async with two.runtime.sessions() as session:
        answers = (await session.scalars(select(EvidenceAnswer.verification_id))).all()
    assert answers == [away_id]
    states = await evidence_requests.answer_states(
        runtime=two.runtime, verification_ids=[two.verification_id, away_id], workspace_id=WORKSPACE
    )
    assert away_id not in states
