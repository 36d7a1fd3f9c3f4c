"""The REST API: keys, 202 then poll, idempotency, reports in three formats, paging, delete."""

from __future__ import annotations

import asyncio
import dataclasses
import io

import httpx
import pdfplumber
import pytest
import respx
from sqlalchemy import select

from service import api
from service.ratelimit import RateLimiter
from service.sandbox import Limits
from service.storage import Job
from tests.service.conftest import (
    ASSERTION_URL,
    RESUME,
    Running,
    photo_png,
    sign_in,
    wait_until_finished,
)
from tests.verifiers.ob2_issuer import serve_example_issuer


def auth(running: Running) -> dict[str, str]:
    return {"Authorization": f"Bearer {running.api_key}"}


@pytest.mark.parametrize("header", [None, "Bearer nope", "Basic abc", "Bearer "])
async def test_no_valid_key_is_401(running: Running, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}

    response = await running.client.get("/api/v1/verifications", headers=headers)

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


async def submit(running: Running, **headers: str) -> str:
    response = await running.client.post(
        "/api/v1/verifications",
        headers=auth(running) | headers,
        files={"file": ("beth.txt", RESUME, "text/plain")},
        data={"link": [ASSERTION_URL], "email": "nobody@example.org"},
    )
    assert response.status_code == 202, response.text
    assert response.json()["status"] == "queued"
    verification_id: str = response.json()["id"]
    assert response.headers["location"] == f"/api/v1/verifications/{verification_id}"
    return verification_id


async def test_multipart_verification_end_to_end(
    running: Running, respx_mock: respx.MockRouter
) -> None:
    serve_example_issuer(respx_mock)

    verification_id = await submit(running)
    done = await wait_until_finished(
        running.client, f"/api/v1/verifications/{verification_id}", headers=auth(running)
    )

    assert done["status"] == "done"
    assert [claim["verdict"] for claim in done["progress"]] == ["verified"]
    assert done["report"]["claims"][0]["verdict"] == "verified"
    base = f"/api/v1/verifications/{verification_id}/report"
    as_json = await running.client.get(f"{base}.json", headers=auth(running))
    assert as_json.json()["candidate"]["name"] == "Beth Kowalczyk"
    as_html = await running.client.get(f"{base}.html", headers=auth(running))
    assert "Beth Kowalczyk" in as_html.text
    as_pdf = await running.client.get(f"{base}.pdf", headers=auth(running))
    with pdfplumber.open(io.BytesIO(as_pdf.content)) as pdf:
        assert "Beth Kowalczyk" in (pdf.pages[0].extract_text() or "")


async def test_the_pdf_is_tagged_when_the_setting_asks(
    running: Running, respx_mock: respx.MockRouter
) -> None:
    serve_example_issuer(respx_mock)
    verification_id = await submit(running)
    await wait_until_finished(
        running.client, f"/api/v1/verifications/{verification_id}", headers=auth(running)
    )
    path = f"/api/v1/verifications/{verification_id}/report.pdf"

    def structure(pdf_bytes: bytes) -> tuple[bool, str]:
        with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
            return "StructTreeRoot" in pdf.doc.catalog, text

    plain = structure((await running.client.get(path, headers=auth(running))).content)
    settings = running.runtime.settings.model_copy(update={"tagged_pdf": True})
    running.app.state.runtime = dataclasses.replace(running.runtime, settings=settings)
    tagged = structure((await running.client.get(path, headers=auth(running))).content)

    assert (plain[0], tagged[0]) == (False, True)
    assert plain[1] == tagged[1]


async def test_a_pdf_render_the_sandbox_stops_is_503_with_retry_after(
    running: Running, respx_mock: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_example_issuer(respx_mock)
    verification_id = await submit(running)
    await wait_until_finished(
        running.client, f"/api/v1/verifications/{verification_id}", headers=auth(running)
    )
    # A wall-clock budget no render can meet: the sandbox stops it, as on an overloaded machine.
    monkeypatch.setattr(
        api,
        "render_limits",
        lambda settings: Limits(memory_bytes=512 * 2**20, cpu_seconds=60, wall_seconds=0.001),
    )

    from_api = await running.client.get(
        f"/api/v1/verifications/{verification_id}/report.pdf", headers=auth(running)
    )
    await sign_in(running.client)
    from_web_app = await running.client.get(f"/verifications/{verification_id}/report.pdf")

    for answer in (from_api, from_web_app):
        assert answer.status_code == 503, answer.text
        assert answer.headers["retry-after"] == "30"
        detail = answer.json()["detail"]
        assert detail == "The PDF report could not be rendered just now; try again in a minute."
    monkeypatch.undo()
    rendered = await running.client.get(f"/verifications/{verification_id}/report.pdf")
    assert rendered.status_code == 200
    assert rendered.content.startswith(b"%PDF-")


async def test_json_request_with_resume_url(running: Running, respx_mock: respx.MockRouter) -> None:
    serve_example_issuer(respx_mock)
    respx_mock.get("https://ats.example.com/files/beth.txt").respond(200, content=RESUME)

    response = await running.client.post(
        "/api/v1/verifications",
        headers=auth(running),
        json={
            "resume_url": "https://ats.example.com/files/beth.txt",
            "links": [ASSERTION_URL],
            "email": "nobody@example.org",
        },
    )
    assert response.status_code == 202
    done = await wait_until_finished(
        running.client, f"/api/v1/verifications/{response.json()['id']}", headers=auth(running)
    )

    assert done["status"] == "done"
    assert done["report"]["candidate"]["name"] == "Beth Kowalczyk"


async def test_idempotency_key_returns_the_same_verification(running: Running) -> None:
    first = await submit(running, **{"Idempotency-Key": "req-1"})
    again = await running.client.post(
        "/api/v1/verifications",
        headers=auth(running) | {"Idempotency-Key": "req-1"},
        files={"file": ("beth.txt", RESUME, "text/plain")},
        data={"link": [ASSERTION_URL], "email": "nobody@example.org"},
    )

    assert again.status_code == 202
    assert again.json()["id"] == first


async def test_an_idempotency_key_reused_for_another_request_is_409(running: Running) -> None:
    await submit(running, **{"Idempotency-Key": "req-2"})
    other = await running.client.post(
        "/api/v1/verifications",
        headers=auth(running) | {"Idempotency-Key": "req-2"},
        files={"file": ("someone-else.txt", RESUME + b"Another line\n", "text/plain")},
    )

    assert other.status_code == 409
    assert "another request" in other.json()["detail"]


async def test_concurrent_requests_with_one_idempotency_key_store_one_verification(
    running: Running,
) -> None:
    async def post() -> httpx.Response:
        return await running.client.post(
            "/api/v1/verifications",
            headers=auth(running) | {"Idempotency-Key": "req-race"},
            json={"resume_url": "https://ats.example.com/files/resume.pdf"},
        )

    answers = await asyncio.gather(*(post() for _ in range(6)))

    assert [answer.status_code for answer in answers] == [202] * 6
    assert len({answer.json()["id"] for answer in answers}) == 1
    listed = await running.client.get("/api/v1/verifications", headers=auth(running))
    assert [item["id"] for item in listed.json()["items"]] == [answers[0].json()["id"]]
    # The losers stored nothing, not even a job to be cancelled later.
    async with running.runtime.sessions() as session:
        jobs = (await session.scalars(select(Job.target_id))).all()
    assert jobs == [answers[0].json()["id"]]


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"json": {"links": []}}, 400),
        ({"json": {"resume_url": "file:///etc/passwd"}}, 400),
        ({"json": {"resume_url": "https://x.example/r.pdf", "email": "not-an-email"}}, 400),
        ({"json": {"resume_url": "https://x.example/r.pdf", "links": ["gopher://x"]}}, 400),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400),
        ({"content": b"hello", "headers": {"content-type": "text/plain"}}, 415),
        ({"files": {"file": ("damaged.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)}}, 400),
        ({"files": {"file": ("photo.png", photo_png())}}, 415),
        ({"files": {"file": ("resume.pdf", b"PK\x03\x04" + b"\x00" * 64)}}, 415),
        ({"files": {"file": ("big.txt", b"a" * (65 * 1024))}}, 413),
    ],
)
async def test_bad_requests_are_clear_4xx(
    running: Running, kwargs: dict[str, object], status: int
) -> None:
    headers = auth(running) | dict(kwargs.pop("headers", {}))  # type: ignore[call-overload]

    response = await running.client.post("/api/v1/verifications", headers=headers, **kwargs)  # type: ignore[arg-type]

    assert response.status_code == status, response.text
    assert response.json()["detail"]


async def test_list_pages_with_a_cursor(running: Running) -> None:
    ids = [await submit(running) for _ in range(3)]

    first = await running.client.get("/api/v1/verifications?limit=2", headers=auth(running))
    second = await running.client.get(
        f"/api/v1/verifications?limit=2&cursor={first.json()['next_cursor']}",
        headers=auth(running),
    )

    seen = [item["id"] for item in first.json()["items"] + second.json()["items"]]
    assert sorted(seen) == sorted(ids)
    assert second.json()["next_cursor"] is None


async def test_a_listed_verification_is_its_own_record_without_the_report(
    running: Running, respx_mock: respx.MockRouter
) -> None:
    serve_example_issuer(respx_mock)
    verification_id = await submit(running)
    done = await wait_until_finished(
        running.client, f"/api/v1/verifications/{verification_id}", headers=auth(running)
    )

    listed = await running.client.get("/api/v1/verifications?status=done", headers=auth(running))

    assert done["report"] is not None
    assert listed.json()["items"] == [done | {"report": None}]


async def test_bad_cursor_is_400(running: Running) -> None:
    response = await running.client.get(
        "/api/v1/verifications?cursor=garbage", headers=auth(running)
    )

    assert response.status_code == 400


async def test_delete_erases(running: Running) -> None:
    verification_id = await submit(running)

    deleted = await running.client.delete(
        f"/api/v1/verifications/{verification_id}", headers=auth(running)
    )

    assert deleted.status_code == 204
    gone = await running.client.get(
        f"/api/v1/verifications/{verification_id}", headers=auth(running)
    )
    assert gone.status_code == 404


async def test_an_api_key_is_rate_limited(running: Running) -> None:
    running.app.state.rate_limiters["api-key"] = RateLimiter(limit=3, window=60)

    statuses = [
        (await running.client.get("/api/v1/verifications", headers=auth(running))).status_code
        for _ in range(4)
    ]

    assert statuses == [200, 200, 200, 429]
