"""A role the workspace keeps is picked up by the ATS webhooks: Greenhouse's by the
application's job (its id, else its name), the standard webhook's by ``role_name`` or
``job_id``. The verification stores the role, so its report is judged against it."""

from __future__ import annotations

import json
from typing import Any

from service import audit, named_roles
from service.storage import VerificationRecord
from service.webhooks.signatures import sign_standard
from testkit.factories import WORKSPACE
from tests.service.webhooks.conftest import (
    ATS,
    GREENHOUSE,
    RESUME_URL,
    SECRET,
    App,
    count,
    greenhouse_body,
    greenhouse_headers,
)

CLOUD = {"required": ["CKA"], "preferred": ["Terraform"]}
SALES = {"required": ["PMP"]}


async def keep_roles(served: App) -> None:
    await named_roles.keep(
        actor=audit.Actor.cli(),
        runtime=served.runtime,
        workspace_id=WORKSPACE,
        name="Cloud Engineer - Boston",
        role=CLOUD,
        ats_job_id="107761",
    )
    await named_roles.keep(
        actor=audit.Actor.cli(),
        runtime=served.runtime,
        workspace_id=WORKSPACE,
        name="Director of Sales",
        role=SALES,
    )


def with_jobs(*jobs: dict[str, Any]) -> bytes:
    event = json.loads(greenhouse_body())
    event["payload"]["application"]["jobs"] = list(jobs)
    return json.dumps(event, ensure_ascii=True).encode()


async def stored_role(served: App, response: Any) -> dict[str, Any] | None:
    assert response.status_code in (200, 202), response.text
    async with served.runtime.sessions() as session:
        record = await session.get(VerificationRecord, response.json()["id"])
    assert record is not None
    return record.role


async def greenhouse(served: App, body: bytes, event_id: str) -> Any:
    headers = greenhouse_headers(body, **{"Greenhouse-Event-ID": event_id})
    return await served.client.post(GREENHOUSE, content=body, headers=headers)


async def test_greenhouse_finds_the_role_by_job_id_then_by_job_name(served: App) -> None:
    await keep_roles(served)
    # Bound to the id: found though Greenhouse's name for the job differs.
    by_id = with_jobs({"id": 107761, "name": "Cloud Engineer (renamed)"})
    assert await stored_role(served, await greenhouse(served, by_id, "ev-1")) == CLOUD
    # No role bound to this id: the role named as the job is (case and spacing aside).
    by_name = with_jobs({"id": 5, "name": "director  of SALES"})
    assert await stored_role(served, await greenhouse(served, by_name, "ev-2")) == SALES
    # A job the workspace keeps no role for: the verification runs without one.
    # A job title with a slash names its role as any other does.
    await named_roles.keep(
        actor=audit.Actor.cli(),
        runtime=served.runtime,
        workspace_id=WORKSPACE,
        name="Sr. Engineer / SRE",
        role=SALES,
    )
    slashed = with_jobs({"id": 8, "name": "Sr. Engineer / SRE"})
    assert await stored_role(served, await greenhouse(served, slashed, "ev-5")) == SALES
    other = with_jobs({"id": 6, "name": "Office Manager"})
    assert await stored_role(served, await greenhouse(served, other, "ev-3")) is None
    assert await stored_role(served, await greenhouse(served, greenhouse_body(), "ev-4")) is None


async def test_another_workspaces_role_is_not_used(served: App) -> None:
    from service.storage.repositories.accounts import WorkspaceRepository

    async with served.runtime.sessions() as session, session.begin():
        away = (await WorkspaceRepository(session).create("away")).id
    await named_roles.keep(
        actor=audit.Actor.cli(),
        runtime=served.runtime,
        workspace_id=away,
        name="Director of Sales",
        role=SALES,
    )
    body = with_jobs({"id": 5, "name": "Director of Sales"})
    assert await stored_role(served, await greenhouse(served, body, "ev-1")) is None


def ats(webhook_id: str, **data: Any) -> tuple[bytes, dict[str, str]]:
    event = {
        "type": "verification.requested",
        "data": {"resume_url": RESUME_URL, "candidate": {"email": "nobody@example.org"}} | data,
    }
    body = json.dumps(event).encode()
    headers = sign_standard(SECRET, webhook_id=webhook_id, body=body)
    return body, headers | {"Content-Type": "application/json"}


async def test_the_standard_webhook_names_a_kept_role_or_its_job(served: App) -> None:
    await keep_roles(served)
    body, headers = ats("msg-1", role_name="cloud engineer - boston")
    assert (
        await stored_role(served, await served.client.post(ATS, content=body, headers=headers))
        == CLOUD
    )
    body, headers = ats("msg-2", job_id="107761")
    assert (
        await stored_role(served, await served.client.post(ATS, content=body, headers=headers))
        == CLOUD
    )
    body, headers = ats("msg-3", job_id="999")
    assert (
        await stored_role(served, await served.client.post(ATS, content=body, headers=headers))
        is None
    )


async def test_an_unknown_role_name_or_two_roles_is_a_400_and_stores_nothing(
    served: App,
) -> None:
    await keep_roles(served)
    for webhook_id, data, said in (
        ("msg-1", {"role_name": "Astronaut"}, "no role named 'Astronaut'"),
        ("msg-2", {"role_name": "Director of Sales", "role": CLOUD}, "not both"),
    ):
        body, headers = ats(webhook_id, **data)
        response = await served.client.post(ATS, content=body, headers=headers)
        assert response.status_code == 400, response.text
        assert said in response.json()["detail"]
    assert await count(served.runtime, VerificationRecord) == 0
