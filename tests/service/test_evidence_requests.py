"""Evidence requests: asking the candidate, their answers, the report updated in place.

The issuer is faked with respx; the service, its database, its queue and its verifiers are
the real ones.
"""

from __future__ import annotations

import asyncio
import dataclasses
import io
import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pdfplumber
import pytest
import respx
from sqlalchemy import select, update

import reports
from extractors import Candidate, Claim
from service import evidence_requests
from service.app import create_app
from service.ratelimit import RateLimiter
from service.runtime import Runtime, open_runtime
from service.settings import Settings
from service.storage import (
    ApiKeyRepository,
    VerificationRepository,
    WebhookDelivery,
)
from service.storage.models import EvidenceAnswer, EvidenceRequest, RateLimitCounter, utcnow
from service.storage.repositories.evidence_requests import (
    EvidenceRequestRepository,
    StoredAnswer,
)
from service.webhooks.signatures import verify_standard
from tests.conftest import SHARED_FIXTURES, need_shared
from tests.factories import verification
from tests.service.conftest import (
    ASSERTION_URL,
    Running,
    csrf_from,
    photo_png,
    running_app,
    serve_ob2_issuer,
    settings_for,
    sign_in,
    wait_until_finished,
)
from verifiers import Verdict

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
CALLBACK = "https://ats.example.com/hooks/credlens"
ORGANISATION = "Example Robotics Hiring"
#: Four claims the résumé makes and nothing beside it proves.
RESUME = (
    b"Beth Kowalczyk\nRobotics engineer at Example Robotics\n\nCertifications\n"
    b"Awesome Robotics Badge, An Example Badge Issuer, 2016 (certificate)\n"
    b"Certified Kubernetes Administrator (CKA), The Linux Foundation, 2022\n"
    b"PMP, Project Management Institute, 2021\n"
    b"AWS Certified Solutions Architect - Associate, Amazon Web Services, 2023\n"
)
TAMPERED = SHARED_FIXTURES / "credentials" / "blockcerts-cert-verifier-py" / "2.0-alpha"


@pytest.fixture
async def running(tmp_path: Path) -> AsyncIterator[Running]:
    settings = settings_for(tmp_path, webhook_secret=SECRET, organisation_name=ORGANISATION)
    async with running_app(settings) as app:
        yield app


def auth(running: Running) -> dict[str, str]:
    return {"Authorization": f"Bearer {running.api_key}"}


async def finished(running: Running, *, callback_url: str | None = None) -> dict[str, Any]:
    """A done verification of the four-claim résumé."""
    data = {"email": "nobody@example.org"} | (
        {"callback_url": callback_url} if callback_url else {}
    )
    response = await running.client.post(
        "/api/v1/verifications",
        headers=auth(running),
        files={"file": ("beth.txt", RESUME, "text/plain")},
        data=data,
    )
    assert response.status_code == 202, response.text
    done = await wait_until_finished(
        running.client, f"/api/v1/verifications/{response.json()['id']}", headers=auth(running)
    )
    assert done["status"] == "done", done
    return done


def verdicts(report: dict[str, Any]) -> dict[str, str]:
    return {claim["title"]: claim["verdict"] for claim in report["claims"]}


def claim_id(report: dict[str, Any], title_start: str) -> str:
    return next(c["id"] for c in report["claims"] if c["title"].startswith(title_start))


async def ask(running: Running, verification_id: str, **body: Any) -> httpx.Response:
    return await running.client.post(
        f"/api/v1/verifications/{verification_id}/evidence-requests",
        headers=auth(running),
        json=body or None,
    )


def token_of(url: str) -> str:
    return url.rsplit("/", 1)[1]


async def send(client: httpx.AsyncClient, token: str, claim: str, **fields: Any) -> httpx.Response:
    files = fields.pop("files", None)
    return await client.post(
        f"/api/v1/evidence/{token}", data={"claim_id": claim, **fields}, files=files or {}
    )


async def until_checked(running: Running, verification_id: str, count: int) -> dict[str, Any]:
    """The report once ``count`` answers have been checked."""
    deadline = asyncio.get_running_loop().time() + 60
    while asyncio.get_running_loop().time() < deadline:
        async with running.runtime.sessions() as session:
            checked = (
                await session.scalars(
                    select(EvidenceAnswer.id).where(
                        EvidenceAnswer.verification_id == verification_id,
                        EvidenceAnswer.state == "checked",
                    )
                )
            ).all()
        if len(checked) >= count:
            body = await running.client.get(
                f"/api/v1/verifications/{verification_id}", headers=auth(running)
            )
            report: dict[str, Any] = body.json()["report"]
            return report
        await asyncio.sleep(0.05)
    raise AssertionError(f"{count} answers were not checked within 60 s")


# -- creating and revoking ------------------------------------------------------------------


async def test_a_request_asks_about_every_claim_without_a_definitive_verdict(
    running: Running,
) -> None:
    done = await finished(running)
    assert set(verdicts(done["report"]).values()) == {"unverified"}

    response = await ask(running, done["id"])

    assert response.status_code == 201, response.text
    body = response.json()
    assert [claim["id"] for claim in body["claims"]] == [
        claim["id"] for claim in done["report"]["claims"]
    ]
    assert body["url"].startswith("https://test/evidence/cle_")
    token = token_of(body["url"])
    # 256 random bits: 43 URL-safe base64 characters after the prefix.
    assert evidence_requests.is_well_formed(token) and len(token) == 4 + 43
    async with running.runtime.sessions() as session:
        stored = await session.scalar(select(EvidenceRequest))
    assert stored is not None and token not in json.dumps(
        [stored.token_hash, stored.claims, stored.id]
    )
    assert stored.token_hash == evidence_requests.token_hash(running.runtime.secret, token)
    expires = stored.expires_at - stored.created_at
    assert timedelta(days=7) - timedelta(seconds=5) < expires <= timedelta(days=7)


async def test_a_request_names_its_claims_message_and_expiry(running: Running) -> None:
    done = await finished(running)
    cka = claim_id(done["report"], "Certified Kubernetes")

    response = await ask(
        running, done["id"], claims=[cka], message="Thanks, Beth!", expires_in_days=2
    )

    assert response.status_code == 201, response.text
    assert [claim["title"] for claim in response.json()["claims"]] == [
        "Certified Kubernetes Administrator"
    ]
    page = await running.client.get(f"/evidence/{token_of(response.json()['url'])}")
    assert "Thanks, Beth!" in page.text and ORGANISATION in page.text


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({"claims": ["c99"]}, 400, "no claim"),
        ({"expires_in_days": 0}, 422, "expires_in_days"),
        ({"expires_in_days": 91}, 422, "expires_in_days"),
        ({"message": "x" * 2001}, 422, "message"),
    ],
)
async def test_a_bad_request_body_is_refused(
    running: Running, body: dict[str, Any], status: int, words: str
) -> None:
    done = await finished(running)

    response = await ask(running, done["id"], **body)

    assert response.status_code == status, response.text
    assert words in json.dumps(response.json()).lower()


async def test_requests_need_a_key_a_verification_and_a_report(running: Running) -> None:
    no_key = await running.client.post("/api/v1/verifications/x/evidence-requests")
    unknown = await ask(running, "no-such-verification")

    assert no_key.status_code == 401
    assert unknown.status_code == 404


async def test_the_public_url_setting_makes_the_link(running: Running) -> None:
    done = await finished(running)
    settings = running.runtime.settings.model_copy(
        update={"public_url": "https://credlens.example.com"}
    )
    running.app.state.runtime = dataclasses.replace(running.runtime, settings=settings)

    response = await ask(running, done["id"])

    assert response.json()["url"].startswith("https://credlens.example.com/evidence/cle_")


async def test_a_revoked_request_opens_nothing(running: Running) -> None:
    done = await finished(running)
    created = (await ask(running, done["id"])).json()
    token, claim = token_of(created["url"]), created["claims"][0]["id"]
    base = f"/api/v1/verifications/{done['id']}/evidence-requests"

    revoked = await running.client.delete(f"{base}/{created['id']}", headers=auth(running))
    again = await running.client.delete(f"{base}/{created['id']}", headers=auth(running))
    elsewhere = await running.client.delete(f"{base}/not-a-request", headers=auth(running))

    assert (revoked.status_code, again.status_code, elsewhere.status_code) == (204, 204, 404)
    assert (await running.client.get(f"/evidence/{token}")).status_code == 404
    answered = await send(running.client, token, claim, withdraw="true")
    assert answered.status_code == 404


async def test_the_created_event_carries_the_link_signed_and_sealed_at_rest(
    running: Running, respx_mock: respx.MockRouter
) -> None:
    callback = respx_mock.post(CALLBACK).mock(return_value=httpx.Response(200))
    done = await finished(running, callback_url=CALLBACK)

    created = (await ask(running, done["id"])).json()

    events = await delivered_events(running, callback, "evidence_request.created")
    [event] = events
    assert event["data"]["evidence_request"]["url"] == created["url"]
    assert event["data"]["evidence_request"]["id"] == created["id"]
    async with running.runtime.sessions() as session:
        delivery = await session.scalar(
            select(WebhookDelivery).where(WebhookDelivery.event_type == "evidence_request.created")
        )
    assert delivery is not None and delivery.sealed_payload is not None
    token = token_of(created["url"]).encode()
    assert token not in delivery.sealed_payload
    assert token.decode() not in json.dumps(delivery.payload_summary)


async def delivered_events(
    running: Running, route: respx.Route, event_type: str, count: int = 1
) -> list[dict[str, Any]]:
    """The signed events of one type the receiver got, checked and parsed, once ``count``."""
    deadline = asyncio.get_running_loop().time() + 30
    while asyncio.get_running_loop().time() < deadline:
        events = []
        for call in route.calls:
            _, event = verify_standard(SECRET, call.request.content, call.request.headers)
            if event["type"] == event_type:
                events.append(event)
        if len(events) >= count:
            return events
        await asyncio.sleep(0.05)
    raise AssertionError(f"{count} {event_type} events did not arrive within 30 s")


# -- answering and re-verification ------------------------------------------------------------


async def test_three_answers_update_the_report_in_place_with_history_and_callbacks(
    running: Running, respx_mock: respx.MockRouter
) -> None:
    serve_ob2_issuer(respx_mock)
    callback = respx_mock.post(CALLBACK).mock(return_value=httpx.Response(200))
    done = await finished(running, callback_url=CALLBACK)
    report = done["report"]
    before = report["score"]["overall"]
    badge, cka, pmp = (claim_id(report, t) for t in ("Awesome", "Certified Kubernetes", "Project"))
    created = (await ask(running, done["id"])).json()
    token = token_of(created["url"])

    linked = await send(running.client, token, badge, link=ASSERTION_URL)
    filed = await send(
        running.client,
        token,
        cka,
        files={"file": ("cka.json", need_shared(TAMPERED / "invalid_tampered.json").read_bytes())},
    )
    withdrawn = await send(running.client, token, pmp, withdraw="true")

    for response, kind in [(linked, "link"), (filed, "file"), (withdrawn, "withdraw")]:
        assert response.status_code == 202, response.text
        assert response.json()["answer"] == kind
        assert response.json()["replay"] is False
        assert set(response.json()) == {"claim_id", "answer", "state", "replay"}
    updated = await until_checked(running, done["id"], 3)

    after = {claim["id"]: claim for claim in updated["claims"]}
    assert after[badge]["verdict"] == "verified"
    assert after[badge]["url"] == ASSERTION_URL
    assert after[cka]["verdict"] == "invalid"
    assert after[pmp]["verdict"] == "mismatch"
    assert [check["name"] for check in after[pmp]["checks"]] == ["withdrawn_by_candidate"]
    for claim, source in [
        (badge, "candidate_link"),
        (cka, "candidate_file"),
        (pmp, "candidate_withdrawal"),
    ]:
        history = after[claim]["history"]
        assert [entry["source"] for entry in history] == ["resume", source]
        assert history[0]["verdict"] == "unverified"
        assert history[1]["verdict"] == after[claim]["verdict"]
        assert history[0]["at"] <= history[1]["at"]
    untouched = claim_id(updated, "AWS")
    assert [entry["source"] for entry in after[untouched]["history"]] == ["resume"]
    assert updated["id"] == report["id"]
    assert updated["score"]["overall"] != before
    assert {flag["claim"] for flag in updated["red_flags"]} == {cka, pmp}
    # The updates went to the ATS, signed, one per answer.
    events = await delivered_events(running, callback, "verification.updated", count=3)
    assert {event["data"]["changed"]["claim"] for event in events} == {badge, cka, pmp}
    assert all(event["data"]["id"] == done["id"] for event in events)
    # The JSON, HTML and PDF reports show the history.
    base = f"/api/v1/verifications/{done['id']}/report"
    html = (await running.client.get(f"{base}.html", headers=auth(running))).text
    assert "from a link the candidate gave" in html
    assert "the candidate said they do not hold it" in html
    pdf = await running.client.get(f"{base}.pdf", headers=auth(running))
    with pdfplumber.open(io.BytesIO(pdf.content)) as document:
        text = " ".join((page.extract_text() or "") for page in document.pages)
    assert "from a credential file the candidate gave" in " ".join(text.split())
    as_json = (await running.client.get(f"{base}.json", headers=auth(running))).json()
    jsonschema.validate(as_json, reports.report_schema(), cls=jsonschema.Draft202012Validator)


async def test_a_withdrawn_claim_the_resume_does_not_make_is_no_red_flag(
    running: Running, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get("https://badges.example.net/unknown").mock(return_value=httpx.Response(404))
    response = await running.client.post(
        "/api/v1/verifications",
        headers=auth(running),
        files={"file": ("beth.txt", RESUME, "text/plain")},
        data={"link": ["https://badges.example.net/unknown"]},
    )
    done = await wait_until_finished(
        running.client, f"/api/v1/verifications/{response.json()['id']}", headers=auth(running)
    )
    link_claim = next(c for c in done["report"]["claims"] if c["source"]["origin"] == "link")
    created = (await ask(running, done["id"], claims=[link_claim["id"]])).json()

    await send(running.client, token_of(created["url"]), link_claim["id"], withdraw="true")
    updated = await until_checked(running, done["id"], 1)

    after = next(c for c in updated["claims"] if c["id"] == link_claim["id"])
    assert after["verdict"] == "unverified"
    assert after["checks"][0]["name"] == "withdrawn_by_candidate"
    assert after["checks"][0]["status"] == "skipped"
    assert updated["red_flags"] == []
    assert after["history"][-1]["source"] == "candidate_withdrawal"


# -- the token is the only authority ----------------------------------------------------------


async def test_wrong_expired_and_guessed_tokens_are_the_same_404(running: Running) -> None:
    done = await finished(running)
    created = (await ask(running, done["id"])).json()
    token, claim = token_of(created["url"]), created["claims"][0]["id"]
    async with running.runtime.sessions() as session, session.begin():
        await session.execute(
            update(EvidenceRequest).values(expires_at=utcnow() - timedelta(seconds=1))
        )
    guessed = evidence_requests.new_token()

    answers = [
        await send(running.client, candidate, claim, withdraw="true")
        for candidate in (token, guessed, "cle_short", token[:-1] + "A", "cle_" + "%21" * 43)
    ]

    assert {response.status_code for response in answers} == {404}
    assert len({response.json()["detail"] for response in answers}) == 1
    assert (await running.client.get(f"/evidence/{token}")).status_code == 404


async def test_another_verifications_claim_is_refused(running: Running) -> None:
    first = await finished(running)
    second = await finished(running)
    mine = (await ask(running, first["id"], claims=["c1"])).json()
    await ask(running, second["id"])

    other_claim = await send(running.client, token_of(mine["url"]), "c2", withdraw="true")

    assert other_claim.status_code == 400
    assert "does not ask about that claim" in other_claim.json()["detail"]
    async with running.runtime.sessions() as session:
        assert (await session.scalars(select(EvidenceAnswer))).all() == []


async def test_a_replayed_answer_is_taken_once(running: Running) -> None:
    done = await finished(running)
    created = (await ask(running, done["id"])).json()
    token, claim = token_of(created["url"]), created["claims"][0]["id"]

    first = await send(running.client, token, claim, credential_id="LF-123-456")
    again = await send(running.client, token, claim, credential_id="LF-123-456")
    other = await send(running.client, token, claim, credential_id="LF-999")

    assert (first.json()["replay"], again.json()["replay"], other.json()["replay"]) == (
        False,
        True,
        False,
    )
    async with running.runtime.sessions() as session:
        assert len((await session.scalars(select(EvidenceAnswer))).all()) == 2


@pytest.mark.parametrize(
    ("name", "content", "status", "words"),
    [
        ("huge.json", b"{" + b" " * (65 * 1024) + b"}", 413, "limit"),
        ("empty.json", b"", 400, "empty"),
        ("photo.png", photo_png(), 415, "no open badges credential"),
        ("damaged.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, 400, "damaged"),
        ("resume.pdf", b"%PDF-1.7\n%%EOF", 415, "not a credential"),
        ("latin1.json", b'{"name": "\xe9"}', 400, "utf-8"),
        (
            "entity.svg",
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]>'
            b'<svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
            400,
            "",
        ),
    ],
)
async def test_oversize_and_hostile_files_are_refused(
    running: Running, name: str, content: bytes, status: int, words: str
) -> None:
    done = await finished(running)
    created = (await ask(running, done["id"])).json()

    response = await send(
        running.client,
        token_of(created["url"]),
        created["claims"][0]["id"],
        files={"file": (name, content)},
    )

    assert response.status_code == status, response.text
    assert words in response.json()["detail"].lower()


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"link": "javascript:alert(1)"}, "https://"),
        ({"link": "https://a.example", "withdraw": "true"}, "one answer at a time"),
        ({}, "give one answer"),
        ({"credential_id": "x" * 201}, "longer"),
    ],
)
async def test_bad_answers_are_400(running: Running, fields: dict[str, str], words: str) -> None:
    done = await finished(running)
    created = (await ask(running, done["id"])).json()

    response = await send(
        running.client, token_of(created["url"]), created["claims"][0]["id"], **fields
    )

    assert response.status_code == 400, response.text
    assert words in response.json()["detail"].lower()


async def test_answers_are_rate_limited_per_token_and_per_address(running: Running) -> None:
    done = await finished(running)
    created = (await ask(running, done["id"])).json()
    token, claim = token_of(created["url"]), created["claims"][0]["id"]
    limiters = running.app.state.rate_limiters
    limiters["evidence-token"] = RateLimiter(limit=3, window=3600)

    statuses = [
        (await send(running.client, token, claim, credential_id=f"ID-{n}")).status_code
        for n in range(4)
    ]

    assert statuses == [202, 202, 202, 429]
    limiters["evidence-address"] = RateLimiter(limit=2, window=3600)
    guesses = [
        (await running.client.get(f"/evidence/{evidence_requests.new_token()}")).status_code
        for _ in range(3)
    ]
    assert guesses == [404, 404, 429]


def test_the_default_limits_let_a_candidate_answer_twenty_claims_a_few_times_each() -> None:
    from service.web import rate_limiters

    limiters = rate_limiters(api_requests_per_minute=600)
    # Twenty claims, three tries each, and a page view after every answer.
    assert limiters["evidence-token"].limit >= 20 * 3
    assert limiters["evidence-address"].limit >= 20 * 3 * 2


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
        await evidence_requests.requests_for(runtime=running.runtime, verification_id=done["id"])
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


# -- the command line --------------------------------------------------------------------------


async def done_verification(settings: Settings) -> str:
    """A finished verification with two claims, written straight to the database."""
    claims = (
        Claim(id="c1", title="Certified Kubernetes Administrator"),
        Claim(id="c2", title="Project Management Professional"),
    )
    report = reports.build(
        Candidate(name="Beth Kowalczyk"),
        [verification(claim, Verdict.UNVERIFIED) for claim in claims],
    )
    async with open_runtime(settings) as runtime, runtime.sessions() as session, session.begin():
        repository = VerificationRepository(session)
        record = await repository.create(origin="cli")
        await repository.finish(record.id, report=json.loads(reports.render_json(report)))
    return record.id


def credlens(*args: str, data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(Path(sys.executable).parent / "credlens"), *args],
        env=os.environ | {"CREDLENS_DATA_DIR": str(data_dir)} | env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


async def test_the_command_prints_the_link(tmp_path: Path) -> None:
    data_dir = tmp_path / "var"
    verification_id = await done_verification(Settings(data_dir=data_dir))

    made = credlens(
        "evidence-request",
        verification_id,
        "--claim",
        "c2",
        "--days",
        "3",
        data_dir=data_dir,
        CREDLENS_PUBLIC_URL="https://credlens.example.com/",
    )

    assert made.returncode == 0, made.stderr
    url = made.stdout.strip()
    assert url.startswith("https://credlens.example.com/evidence/cle_")
    assert "1 claims (Project Management Professional)" in made.stderr
    settings = Settings(data_dir=data_dir)
    async with open_runtime(settings) as runtime:
        opened = await evidence_requests.open_request(runtime=runtime, token=token_of(url))
    assert [claim.id for claim in opened.claims] == ["c2"]
    assert timedelta(days=2) < opened.expires_at - utcnow() <= timedelta(days=3)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["no-such-verification"], "no such verification"),
        (["{id}", "--claim", "c9"], "no claim"),
    ],
)
async def test_the_command_refuses_in_one_line(tmp_path: Path, args: list[str], words: str) -> None:
    data_dir = tmp_path / "var"
    verification_id = await done_verification(Settings(data_dir=data_dir))

    made = credlens(
        "evidence-request", *[arg.format(id=verification_id) for arg in args], data_dir=data_dir
    )

    assert made.returncode == 2
    assert made.stderr.startswith("credlens: ") and words in made.stderr.lower()
    assert made.stderr.count("\n") == 1 and "Traceback" not in made.stderr


async def test_limits_counted_in_the_database_keep_no_token(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, shared_rate_limits=True)
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        runtime: Runtime = app.state.runtime
        async with runtime.sessions() as session, session.begin():
            _, api_key = await ApiKeyRepository(session, runtime.api_keys).create("tests")
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="https://test"
        ) as client:
            shared = Running(app=app, runtime=runtime, client=client, api_key=api_key)
            done = await finished(shared)
            created = (await ask(shared, done["id"])).json()
            token = token_of(created["url"])

            answered = await send(client, token, created["claims"][0]["id"], withdraw="true")

            assert answered.status_code == 202, answered.text
            async with runtime.sessions() as session:
                keys = (await session.scalars(select(RateLimitCounter.key))).all()
    assert any(key.startswith("evidence-token:") for key in keys)
    assert not [key for key in keys if token in key]


async def test_a_hostile_credential_file_is_checked_without_harm(running: Running) -> None:
    done = await finished(running)
    created = (await ask(running, done["id"])).json()
    claim = created["claims"][0]["id"]
    # Deep enough to overflow the JSON reader's recursion, small enough for the size limit.
    deep = b"[" * 30_000 + b"]" * 30_000

    response = await send(
        running.client, token_of(created["url"]), claim, files={"file": ("deep.json", deep)}
    )
    assert response.status_code == 202, response.text
    updated = await until_checked(running, done["id"], 1)

    after = next(c for c in updated["claims"] if c["id"] == claim)
    assert after["verdict"] in ("invalid", "unverified")
    assert after["history"][-1]["source"] == "candidate_file"


async def test_an_answer_checked_by_two_workers_changes_the_report_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No embedded workers: the test runs the answer's job itself, twice, the second run
    # having read the answer before the first one wrote its result (a lease that lapsed).
    app = create_app(settings_for(tmp_path, workers=0))
    async with app.router.lifespan_context(app):
        runtime: Runtime = app.state.runtime
        async with runtime.sessions() as session, session.begin():
            _, api_key = await ApiKeyRepository(session, runtime.api_keys).create("tests")
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="https://test"
        ) as client:
            idle = Running(app=app, runtime=runtime, client=client, api_key=api_key)
            verification_id = await done_verification(runtime.settings)
            created = (await ask(idle, verification_id, claims=["c1"])).json()
            await send(client, token_of(created["url"]), "c1", withdraw="true")
            async with runtime.sessions() as session:
                answer_id = await session.scalar(select(EvidenceAnswer.id))
                assert answer_id is not None
                stale = await EvidenceRequestRepository(session, runtime.cipher).answer(answer_id)
            assert stale is not None and stale.state == "checking"

            await evidence_requests.check_answer(runtime=runtime, answer_id=answer_id)

            async def read_before_the_first_run_wrote(
                self: EvidenceRequestRepository, wanted: str
            ) -> StoredAnswer | None:
                return stale

            monkeypatch.setattr(
                EvidenceRequestRepository, "answer", read_before_the_first_run_wrote
            )
            await evidence_requests.check_answer(runtime=runtime, answer_id=answer_id)

            async with runtime.sessions() as session:
                record = await VerificationRepository(session).get(verification_id)
    assert record is not None and record.report is not None
    [claim] = [claim for claim in record.report["claims"] if claim["id"] == "c1"]
    assert [entry["source"] for entry in claim["history"]] == ["resume", "candidate_withdrawal"]
