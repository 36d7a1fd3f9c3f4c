"""An answered evidence request rebuilds the report against the role it was asked with."""

from __future__ import annotations

import json

import respx

from tests.service.conftest import ASSERTION_URL, Running, wait_until_finished
from tests.service.evidence_requests.conftest import (
    RESUME,
    ask,
    auth,
    claim_id,
    send,
    token_of,
    until_checked,
)
from tests.verifiers.ob2_issuer import serve_example_issuer

ROLE = {"required": ["Awesome Robotics Badge", "CKA"], "preferred": ["PMP"]}


async def test_the_candidates_answer_turns_a_claimed_requirement_proven(
    running: Running, respx_mock: respx.MockRouter
) -> None:
    serve_example_issuer(respx_mock)
    response = await running.client.post(
        "/api/v1/verifications",
        headers=auth(running),
        files={"file": ("beth.txt", RESUME, "text/plain")},
        data={"email": "nobody@example.org", "role": json.dumps(ROLE)},
    )
    done = await wait_until_finished(
        running.client, f"/api/v1/verifications/{response.json()['id']}", headers=auth(running)
    )
    before = done["report"]["role_fit"]
    assert [r["status"] for r in before["requirements"]] == ["claimed", "claimed", "claimed"]
    assert before["required_proven"] == 0
    badge = claim_id(done["report"], "Awesome")
    token = token_of((await ask(running, done["id"])).json()["url"])

    assert (await send(running.client, token, badge, link=ASSERTION_URL)).status_code == 202
    updated = await until_checked(running, done["id"], 1)

    after = updated["role_fit"]
    assert [(r["text"], r["status"]) for r in after["requirements"]] == [
        ("Awesome Robotics Badge", "proven"),
        ("CKA", "claimed"),
        ("PMP", "claimed"),
    ]
    assert after["requirements"][0]["claims"] == [badge]
    assert (after["required_proven"], after["required_total"]) == (1, 2)
