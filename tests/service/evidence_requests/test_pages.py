"""Evidence requests: the candidate's page and the recruiter's button.

The issuer is faked with respx; the service, its database, its queue and its verifiers are
the real ones.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from service import evidence_requests
from service.storage.models import EvidenceAnswer
from testkit.factories import WORKSPACE
from tests.service.conftest import (
    Running,
    csrf_from,
    sign_in,
)
from tests.service.evidence_requests.conftest import (
    ask,
    claim_id,
    finished,
    send,
    token_of,
)

# -- the pages ------------------------------------------------------------------------------


async def test_the_candidate_page_shows_only_what_is_asked(running: Running) -> None:
    done = await finished(running)
    cka = claim_id(done["report"], "Certified Kubernetes")
    created = (await ask(running, done["id"], claims=[cka])).json()

    page = await running.client.get(created["url"].removeprefix("https://test"))

    assert page.status_code == 200
    assert "Certified Kubernetes Administrator" in page.text
    for other in ("Awesome Robotics Badge", "Project Management", "Beth Kowalczyk", "score"):
        assert other not in page.text
    assert "unverified" not in page.text
    assert "<script" not in page.text
    assert "set-cookie" not in page.headers
    for field in ("link-1", "file-1", "credential-id-1"):
        assert f'<label for="{field}"' in page.text and f'id="{field}"' in page.text
    assert 'lang="en"' in page.text and "<h1" in page.text
    assert "What happens to what you send" in page.text


async def test_the_candidate_form_works_without_javascript(running: Running) -> None:
    done = await finished(running)
    created = (await ask(running, done["id"])).json()
    path = created["url"].removeprefix("https://test")
    claim = created["claims"][0]["id"]

    answered = await running.client.post(path, data={"claim_id": claim, "withdraw": "true"})
    bad = await running.client.post(path, data={"claim_id": claim, "link": "ftp://x"})

    assert answered.status_code == 303
    assert answered.headers["location"].startswith(f"{path}?answered={claim}")
    shown = await running.client.get(answered.headers["location"])
    assert "You said you do not hold this" in shown.text and 'role="status"' in shown.text
    assert bad.status_code == 400 and 'role="alert"' in bad.text


async def test_the_recruiter_asks_from_the_report_page_and_sees_the_state(
    running: Running,
) -> None:
    done = await finished(running)
    csrf = await sign_in(running.client)
    report_page = await running.client.get(f"/verifications/{done['id']}")
    assert "Ask the candidate for evidence" in report_page.text

    asked = await running.client.post(
        f"/verifications/{done['id']}/evidence-requests",
        data={"csrf_token": csrf, "message": "Hello"},
    )

    assert asked.status_code == 303, asked.text
    assert asked.headers["location"] == f"/verifications/{done['id']}#evidence-link"
    shown = await running.client.get(f"/verifications/{done['id']}")
    assert 'id="evidence-url"' in shown.text and "/evidence/cle_" in shown.text
    # Shown once: the page reloaded has the request listed, not its link.
    reloaded = await running.client.get(f"/verifications/{done['id']}")
    assert "/evidence/cle_" not in reloaded.text and "about 4 claims" in reloaded.text
    history = await running.client.get("/verifications")
    assert "waiting for answers" in history.text
    url = next(part for part in shown.text.split('"') if "/evidence/cle_" in part).removeprefix(
        "https://test"
    )
    await running.client.post(url, data={"claim_id": "c1", "withdraw": "true"})
    assert "answers received" in (await running.client.get("/verifications")).text
    page = await running.client.get(f"/verifications/{done['id']}")
    request_id = (
        await evidence_requests.requests_for(
            runtime=running.runtime, verification_id=done["id"], workspace_id=WORKSPACE
        )
    )[0].id
    revoked = await running.client.post(
        f"/verifications/{done['id']}/evidence-requests/{request_id}/revoke",
        data={"csrf_token": csrf_from(page.text)},
    )
    assert revoked.status_code == 303
    assert "withdrawn" in (await running.client.get(f"/verifications/{done['id']}")).text


async def test_the_recruiter_button_needs_the_csrf_token(running: Running) -> None:
    done = await finished(running)
    await sign_in(running.client)

    response = await running.client.post(f"/verifications/{done['id']}/evidence-requests")

    assert response.status_code in (403, 422)


async def test_job_payloads_and_logs_hold_no_answer(
    running: Running, caplog: pytest.LogCaptureFixture
) -> None:
    done = await finished(running)
    created = (await ask(running, done["id"])).json()

    await send(
        running.client,
        token_of(created["url"]),
        created["claims"][0]["id"],
        link="https://private.example.org/beth-secret-badge",
    )

    assert "beth-secret-badge" not in caplog.text
    assert token_of(created["url"]) not in caplog.text
    async with running.runtime.sessions() as session:
        [answer] = (await session.scalars(select(EvidenceAnswer))).all()
    assert b"beth-secret-badge" not in answer.ciphertext
