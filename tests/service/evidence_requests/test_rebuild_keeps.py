"""An answered evidence request rebuilds the report: the wallets opened and what they hold
beyond the résumé stay, and so does the role fit they prove."""

from __future__ import annotations

import json

import respx

from testkit.credly_sandbox import CredlySandbox
from tests.service.conftest import Running, wait_until_finished
from tests.service.evidence_requests.conftest import (
    ask,
    auth,
    claim_id,
    send,
    token_of,
    until_checked,
)

#: Jane's résumé names her Credly profile; it claims one badge the profile holds and PMP,
#: which nothing proves. The profile also holds the CKA the role asks for.
RESUME = (
    "Jane Doe\nCloud Engineer · credly.com/users/jane-doe\n\nCertifications\n"
    "AWS Certified Solutions Architect – Associate, Amazon Web Services, 2024\n"
    "Project Management Professional (PMP), PMI, 2022\n"
).encode()
ROLE = {"required": ["CKA", "PMP"]}


async def test_answering_a_request_keeps_the_wallets_and_the_role_fit_they_prove(
    running: Running, respx_mock: respx.MockRouter
) -> None:
    sandbox = CredlySandbox("https://api.credly.com")
    respx_mock.route(host="api.credly.com").mock(side_effect=sandbox.respond)
    respx_mock.route(host="www.credly.com").mock(side_effect=sandbox.respond)
    response = await running.client.post(
        "/api/v1/verifications",
        headers=auth(running),
        files={"file": ("jane.txt", RESUME, "text/plain")},
        data={"email": "nobody@example.org", "role": json.dumps(ROLE)},
    )
    assert response.status_code == 202, response.text
    done = await wait_until_finished(
        running.client, f"/api/v1/verifications/{response.json()['id']}", headers=auth(running)
    )
    before = done["report"]
    assert [wallet["label"] for wallet in before["wallets"]] == [
        "the candidate's Credly profile (jane-doe)"
    ]
    assert any(held["title"].startswith("CKA") for held in before["also_holds"])
    fit_before = [(r["text"], r["status"]) for r in before["role_fit"]["requirements"]]
    assert fit_before == [("CKA", "proven"), ("PMP", "claimed")]

    pmp = claim_id(before, "Project Management")
    token = token_of((await ask(running, done["id"])).json()["url"])
    assert (await send(running.client, token, pmp, withdraw="true")).status_code == 202
    after = await until_checked(running, done["id"], 1)

    assert after["wallets"] == before["wallets"]
    assert after["also_holds"] == before["also_holds"]
    fit_after = after["role_fit"]["requirements"]
    assert [(r["text"], r["status"]) for r in fit_after] == [
        ("CKA", "proven"),
        ("PMP", "contradicted"),
    ]
    assert fit_after[0]["evidence"] == before["role_fit"]["requirements"][0]["evidence"]
    # The skills the wallet shows stay shown, not merely named.
    skills_before = {skill["name"]: skill["level"] for skill in before["skills"]}
    skills_after = {skill["name"]: skill["level"] for skill in after["skills"]}
    assert skills_after["Kubernetes"] == skills_before["Kubernetes"] == "partly verified"
