"""Evidence requests: the candidate's answers, the report updated in place, and the link's
token as the only authority.

The issuer is faked with respx; the service, its database, its queue and its verifiers are
the real ones.
"""

from __future__ import annotations

import io
from datetime import timedelta

import httpx
import jsonschema
import pdfplumber
import pytest
import respx
from sqlalchemy import select, update

import reports
from service import evidence_requests
from service.ratelimit import RateLimiter
from service.storage.models import EvidenceAnswer, EvidenceRequest, utcnow
from tests.conftest import need_shared
from tests.service.conftest import (
    ASSERTION_URL,
    Running,
    photo_png,
    wait_until_finished,
)
from tests.service.evidence_requests.conftest import (
    CALLBACK,
    RESUME,
    TAMPERED,
    ask,
    auth,
    claim_id,
    delivered_events,
    finished,
    send,
    token_of,
    until_checked,
)
from tests.verifiers.ob2_issuer import serve_example_issuer

# -- answering and re-verification ------------------------------------------------------------


async def test_three_answers_update_the_report_in_place_with_history_and_callbacks(
    running: Running, respx_mock: respx.MockRouter
) -> None:
    serve_example_issuer(respx_mock)
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
