"""The named-roles API: an admin keeps, replaces and deletes the workspace's roles, anyone of
the workspace reads them, and another workspace's role of the same name is another role."""

from __future__ import annotations

from service import audit
from service.permissions import Role
from service.storage import VerificationRecord
from tests.service.conftest import RESUME
from tests.service.two_workspaces import TwoWorkspaces, two  # noqa: F401

ROLE = {"required": ["PMP"], "preferred": ["CKA"]}


async def test_an_admin_keeps_the_workspaces_roles_and_only_them(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    admin, viewer = two.away[Role.ADMIN], two.away[Role.VIEWER]
    path = f"/api/v1/roles/{two.role_name}"

    made = await admin.client.put(
        path, headers=admin.bearer(), json={"role": ROLE, "ats_job_id": "7"}
    )
    assert made.status_code == 201, made.text
    assert (made.json()["name"], made.json()["ats_job_id"], made.json()["role"]) == (
        two.role_name,
        "7",
        ROLE,
    )
    replaced = await admin.client.put(
        path.upper().replace("/API/V1/ROLES/", "/api/v1/roles/"),
        headers=admin.bearer(),
        json={"role": "Must have: CISSP"},
    )
    assert replaced.status_code == 200, replaced.text
    assert replaced.json()["role"] == {"text": "Must have: CISSP"}

    listed = await viewer.client.get("/api/v1/roles", headers=viewer.bearer())
    assert [(r["name"], r["ats_job_id"]) for r in listed.json()] == [(two.role_name.upper(), None)]
    # home's role of the same name is untouched.
    home = two.home[Role.VIEWER]
    kept = await home.client.get(path, headers=home.bearer())
    assert kept.json()["role"] == {"required": ["CKA"]} and kept.json()["ats_job_id"] == "107761"

    assert (await admin.client.delete(path, headers=admin.bearer())).status_code == 204
    assert (await admin.client.delete(path, headers=admin.bearer())).status_code == 404
    assert (await viewer.client.get(path, headers=viewer.bearer())).status_code == 404
    assert (await home.client.get(path, headers=home.bearer())).status_code == 200


async def test_a_bad_role_or_name_is_a_400_with_a_sentence(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    admin = two.away[Role.ADMIN]
    for name, body, said in (
        ("cloud", {"role": ""}, "The role is empty"),
        ("cloud", {"role": ["CKA"]}, "The role must be text or"),
        ("cloud", {"role": {"required": "CKA", "text": "x"}}, "role"),
        ("x" * 201, {"role": ROLE}, "1 to 200 characters"),
    ):
        response = await admin.client.put(
            f"/api/v1/roles/{name}", headers=admin.bearer(), json=body
        )
        assert response.status_code == 400, (name, body, response.text)
        assert said in response.json()["detail"]
    long_job = await admin.client.put(
        "/api/v1/roles/cloud", headers=admin.bearer(), json={"role": ROLE, "ats_job_id": "9" * 101}
    )
    assert long_job.status_code == 422
    listed = await admin.client.get("/api/v1/roles", headers=admin.bearer())
    assert listed.json() == []


async def stored_role(two: TwoWorkspaces, verification_id: str) -> object:  # noqa: F811
    async with two.runtime.sessions() as session:
        record = await session.get(VerificationRecord, verification_id)
    assert record is not None
    return record.role


async def test_a_verification_names_a_kept_role_over_the_api_and_in_the_form(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    home, away = two.home[Role.RECRUITER], two.away[Role.RECRUITER]
    resume = {"file": ("beth.txt", RESUME, "text/plain")}
    by_form = await home.client.post(
        "/api/v1/verifications",
        headers=home.bearer(),
        files=resume,
        data={"role_name": "CLOUD-engineer"},
    )
    assert by_form.status_code == 202, by_form.text
    assert await stored_role(two, by_form.json()["id"]) == {"required": ["CKA"]}
    for member, data, said in (
        (away, {"role_name": two.role_name}, "No role named 'cloud-engineer' is kept"),
        (home, {"role_name": two.role_name, "role": "Must have: CISSP"}, "not both"),
    ):
        refused = await member.client.post(
            "/api/v1/verifications", headers=member.bearer(), files=resume, data=data
        )
        assert refused.status_code == 400 and said in refused.json()["detail"], refused.text

    form = (await home.client.get("/")).text
    assert f'<option value="{two.role_name}">' in form
    assert 'name="role_name"' not in (await away.client.get("/")).text
    posted = await home.client.post(
        "/verifications",
        data={"csrf_token": home.csrf, "role_name": two.role_name},
        files={"resume": ("beth.txt", RESUME, "text/plain")},
    )
    assert posted.status_code == 303, posted.text
    made = posted.headers["location"].rsplit("/", 1)[1]
    assert await stored_role(two, made) == {"required": ["CKA"]}


async def test_a_name_with_a_slash_is_kept_read_offered_and_deleted(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    admin, recruiter = two.away[Role.ADMIN], two.away[Role.RECRUITER]
    name = "Sr. Engineer / SRE"
    encoded = "/api/v1/roles/Sr.%20Engineer%20%2F%20SRE"

    made = await admin.client.put(encoded, headers=admin.bearer(), json={"role": ROLE})
    assert made.status_code == 201, made.text
    assert made.json()["name"] == name
    # Sent with its slash as it is, the path still names the one role.
    raw = await recruiter.client.get(f"/api/v1/roles/{name}", headers=recruiter.bearer())
    assert raw.status_code == 200 and raw.json()["role"] == ROLE
    listed = await recruiter.client.get("/api/v1/roles", headers=recruiter.bearer())
    assert [r["name"] for r in listed.json()] == [name]
    spec = (await recruiter.client.get("/openapi.json")).json()["paths"]
    assert "/api/v1/roles/{role_name}" in spec and not any(":path" in path for path in spec)

    form = (await recruiter.client.get("/")).text
    assert '<option value="Sr. Engineer / SRE">' in form
    posted = await recruiter.client.post(
        "/verifications",
        data={"csrf_token": recruiter.csrf, "role_name": name},
        files={"resume": ("beth.txt", RESUME, "text/plain")},
    )
    assert posted.status_code == 303, posted.text
    assert await stored_role(two, posted.headers["location"].rsplit("/", 1)[1]) == ROLE

    assert (await admin.client.delete(encoded, headers=admin.bearer())).status_code == 204
    assert (await recruiter.client.get(encoded, headers=recruiter.bearer())).status_code == 404


async def test_keeping_replacing_and_deleting_a_role_is_audited_without_the_role(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    admin = two.away[Role.ADMIN]
    path = "/api/v1/roles/Sr.%20Engineer%20%2F%20SRE"
    description = "Must have: CISSP. Write to jane.doe@example.org"
    for body in ({"role": ROLE}, {"role": description}):
        assert (await admin.client.put(path, headers=admin.bearer(), json=body)).is_success
    assert (await admin.client.delete(path, headers=admin.bearer())).status_code == 204
    # Refused changes change nothing, so record nothing.
    assert (await admin.client.delete(path, headers=admin.bearer())).status_code == 404
    bad = await admin.client.put(path, headers=admin.bearer(), json={"role": ""})
    assert bad.status_code == 400

    events = await audit.role_trail(two.runtime.sessions, workspace_id=admin.workspace_id)
    assert [(e.action, e.role_name, e.actor_kind, e.actor_id) for e in events] == [
        (action, "Sr. Engineer / SRE", "api-key", str(admin.key_id))
        for action in ("role-created", "role-replaced", "role-deleted")
    ]
    assert all(event.client_address for event in events)
    kept = " ".join(str(value) for e in events for value in vars(e).values())
    assert "CISSP" not in kept and "jane.doe" not in kept
    # The other workspace's trail has only its own role, kept from the command line.
    home = await audit.role_trail(
        two.runtime.sessions, workspace_id=two.home[Role.ADMIN].workspace_id
    )
    assert [(e.action, e.role_name, e.actor_kind) for e in home] == [
        ("role-created", two.role_name, "cli")
    ]


async def test_an_admin_reads_a_roles_trail_after_it_is_deleted(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    admin, recruiter = two.away[Role.ADMIN], two.away[Role.RECRUITER]
    path = "/api/v1/roles/Sr.%20Engineer%20%2F%20SRE"
    assert (await admin.client.put(path, headers=admin.bearer(), json={"role": ROLE})).is_success
    assert (await admin.client.delete(path, headers=admin.bearer())).status_code == 204

    trail_path = "/api/v1/role-audit/sr.%20engineer%20%2F%20sre"
    shown = await admin.client.get(trail_path, headers=admin.bearer())
    assert shown.status_code == 200, shown.text
    body = shown.json()
    assert body["role_name"] == "sr. engineer / sre"
    assert [(e["action"], e["role_name"], e["actor"]["kind"]) for e in body["events"]] == [
        ("role-created", "Sr. Engineer / SRE", "api-key"),
        ("role-deleted", "Sr. Engineer / SRE", "api-key"),
    ]
    assert all(e["actor"]["address"] for e in body["events"])
    # Admins only; another workspace's role of the same name has its own trail.
    refused = await recruiter.client.get(trail_path, headers=recruiter.bearer())
    assert refused.status_code == 403
    home = two.home[Role.ADMIN]
    assert (await home.client.get(trail_path, headers=home.bearer())).status_code == 404
    unknown = await admin.client.get("/api/v1/role-audit/Nobody", headers=admin.bearer())
    assert unknown.status_code == 404
