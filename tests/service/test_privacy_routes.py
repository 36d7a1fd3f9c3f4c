"""The audit trail and a candidate's rights over HTTP: for admins only, within their
workspace, the email in the body."""

from __future__ import annotations

import io
import json
import zipfile

from service import audit
from service.permissions import Role
from service.storage.models import ALL_WORKSPACES
from tests.service.two_workspaces import TwoWorkspaces, two  # noqa: F401

EMAIL = "beth@example.org"


async def test_an_admin_reads_the_trail_even_after_the_verification_is_gone(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    admin = two.home[Role.ADMIN]
    path = f"/api/v1/verifications/{two.verification_id}"
    assert (await admin.client.get(path, headers=admin.bearer())).status_code == 200
    assert (await admin.client.delete(path, headers=admin.bearer())).status_code == 204

    shown = await admin.client.get(f"{path}/audit", headers=admin.bearer())
    elsewhere = await two.away[Role.ADMIN].client.get(
        f"{path}/audit", headers=two.away[Role.ADMIN].bearer()
    )
    page = await admin.client.get(f"/audit?verification={two.verification_id}")

    assert shown.status_code == 200, shown.text
    events = shown.json()["events"]
    assert [(e["action"], e["actor"]["kind"]) for e in events] == [
        ("evidence-requested", "cli"),
        ("shared", "cli"),
        ("viewed", "api-key"),
        ("deleted", "api-key"),
    ]
    assert elsewhere.status_code == 404
    assert page.status_code == 200
    assert "<td>deleted</td>" in page.text and "<td>evidence-requested</td>" in page.text
    other_page = await two.away[Role.ADMIN].client.get(f"/audit?verification={two.verification_id}")
    assert "<td>deleted</td>" not in other_page.text
    assert "No events for that verification" in other_page.text


async def test_subject_requests_stay_in_the_callers_workspace(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    away, home = two.away[Role.ADMIN], two.home[Role.ADMIN]

    exported_away = await away.client.post(
        "/api/v1/subjects/export", json={"email": EMAIL.upper()}, headers=away.bearer()
    )
    erased_away = await away.client.post(
        "/api/v1/subjects/erase", json={"email": EMAIL, "confirm": True}, headers=away.bearer()
    )
    unconfirmed = await home.client.post(
        "/api/v1/subjects/erase", json={"email": EMAIL}, headers=home.bearer()
    )
    exported = await home.client.post(
        "/api/v1/subjects/export", json={"email": EMAIL.upper()}, headers=home.bearer()
    )

    listed = json.loads(
        zipfile.ZipFile(io.BytesIO(exported_away.content)).read("verifications.json")
    )
    assert listed["verifications"] == []
    assert erased_away.json()["erased"]["verifications"] == 0
    assert unconfirmed.status_code == 400
    assert exported.status_code == 200
    assert exported.headers["content-type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(exported.content))
    assert json.loads(archive.read("verifications.json"))["verifications"] == [two.verification_id]
    assert json.loads(archive.read(f"{two.verification_id}/verification.json"))["report"]

    erased = await home.client.post(
        "/api/v1/subjects/erase", json={"email": EMAIL, "confirm": True}, headers=home.bearer()
    )
    assert erased.status_code == 200, erased.text
    assert erased.json()["erased"]["verifications"] == 1
    assert erased.json()["erased"]["evidence requests"] == 1
    trail = await audit.trail(
        two.runtime.sessions, verification_ids=[two.verification_id], workspace_id=ALL_WORKSPACES
    )
    assert [e.action for e in trail][-2:] == ["exported", "erased"]
    assert trail[-1].actor_kind == "api-key"


async def test_a_bad_email_is_a_clear_400(two: TwoWorkspaces) -> None:  # noqa: F811
    admin = two.home[Role.ADMIN]
    for route in ("export", "erase"):
        response = await admin.client.post(
            f"/api/v1/subjects/{route}",
            json={"email": "not an email", "confirm": True},
            headers=admin.bearer(),
        )
        assert response.status_code == 400
        assert response.json()["detail"] == "That is not an email address."


async def test_the_audit_page_shows_a_named_roles_changes_in_its_workspace_only(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    admin = two.home[Role.ADMIN]
    page = await admin.client.get("/audit", params={"role": two.role_name.upper()})
    assert page.status_code == 200
    assert "<td>role-created</td>" in page.text and f"<td>{two.role_name}</td>" in page.text
    elsewhere = await two.away[Role.ADMIN].client.get("/audit", params={"role": two.role_name})
    assert "<td>role-created</td>" not in elsewhere.text
    assert "No changes recorded to a role of that name" in elsewhere.text
    recruiter = await two.home[Role.RECRUITER].client.get("/audit", params={"role": two.role_name})
    assert recruiter.status_code == 403
