"""The recruiters' web app through the ASGI app: sign-in, CSRF, upload, progress, report."""

from __future__ import annotations

import gc
import io
from pathlib import Path

import pdfplumber
import pytest
import respx

from service.app import create_app
from tests.conftest import SHARED_FIXTURES
from tests.service.conftest import (
    ASSERTION_URL,
    RESUME,
    Running,
    csrf_from,
    photo_png,
    settings_for,
    sign_in,
    wait_until_finished,
)
from tests.verifiers.ob2_issuer import serve_example_issuer


async def test_health_needs_no_sign_in(running: Running) -> None:
    response = await running.client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.parametrize("path", ["/", "/verifications", "/verifications/x"])
async def test_pages_need_sign_in(running: Running, path: str) -> None:
    response = await running.client.get(path)

    assert response.status_code == 303
    assert response.headers["location"] == "/sign-in"


async def test_wrong_password_is_refused_on_the_page(running: Running) -> None:
    page = await running.client.get("/sign-in")

    response = await running.client.post(
        "/sign-in",
        data={
            "csrf_token": csrf_from(page.text),
            "email": "recruiter@example.com",
            "password": "x",
        },
    )

    assert response.status_code == 401
    assert 'role="alert"' in response.text


async def test_post_without_csrf_token_is_refused(running: Running) -> None:
    await sign_in(running.client)

    response = await running.client.post(
        "/verifications",
        data={"csrf_token": "forged"},
        files={"resume": ("r.txt", RESUME, "text/plain")},
    )

    assert response.status_code == 403


async def test_session_cookie_is_secure_httponly_samesite(running: Running) -> None:
    page = await running.client.get("/sign-in")

    cookie = page.headers["set-cookie"].lower()
    assert "secure" in cookie
    assert "httponly" in cookie
    assert "samesite=lax" in cookie


async def test_form_has_labelled_fields(running: Running) -> None:
    await sign_in(running.client)

    response = await running.client.get("/")

    for field in ("resume", "links", "email"):
        assert f'<label for="{field}"' in response.text
        assert f'id="{field}"' in response.text


@pytest.mark.parametrize(
    ("name", "content", "status", "words"),
    [
        ("empty.pdf", b"", 400, "empty"),
        ("damaged.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, 400, "damaged"),
        ("photo.png", photo_png(), 415, "no open badges credential"),
        ("résumé.pdf", b"PK\x03\x04" + b"\x00" * 64, 415, "contents"),
        ("corrupt.pdf", b"%PDF-1.7\n garbage", 400, ""),
        ("huge.txt", b"a" * (65 * 1024), 413, "limit"),
    ],
)
async def test_bad_upload_is_a_clear_4xx_on_the_page(
    running: Running, name: str, content: bytes, status: int, words: str
) -> None:
    csrf = await sign_in(running.client)

    response = await running.client.post(
        "/verifications", data={"csrf_token": csrf}, files={"resume": (name, content)}
    )

    assert response.status_code == status
    assert 'role="alert"' in response.text
    assert words in response.text.lower()
    assert "Traceback" not in response.text
    assert '<form method="post" action="/verifications"' in response.text


async def test_upload_progress_report_download_delete(
    running: Running, respx_mock: respx.MockRouter
) -> None:
    serve_example_issuer(respx_mock)
    csrf = await sign_in(running.client)

    submitted = await running.client.post(
        "/verifications",
        data={"csrf_token": csrf, "links": ASSERTION_URL, "email": "nobody@example.org"},
        files={"resume": ("beth.txt", RESUME, "text/plain")},
    )

    assert submitted.status_code == 303
    location = submitted.headers["location"]
    progress = await wait_until_finished(running.client, f"{location}/progress.json")
    assert progress["status"] == "done"
    assert [claim["verdict"] for claim in progress["claims"]] == ["verified"]
    page = await running.client.get(location)
    assert "Beth Kowalczyk" in page.text
    assert "verified" in page.text
    pdf = await running.client.get(f"{location}/report.pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    with pdfplumber.open(io.BytesIO(pdf.content)) as document:
        assert "Beth Kowalczyk" in (document.pages[0].extract_text() or "")
    history = await running.client.get("/verifications")
    assert location in history.text
    deleted = await running.client.post(f"{location}/delete", data={"csrf_token": csrf})
    assert deleted.status_code == 303
    assert (await running.client.get(location)).status_code == 404


@pytest.mark.parametrize("path", ["/", "/healthz", "/sign-in", "/static/app.css"])
async def test_security_headers_on_every_response(running: Running, path: str) -> None:
    response = await running.client.get(path)

    csp = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp
    assert "'unsafe-inline'" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"


async def test_the_api_documents_itself_to_its_users(running: Running) -> None:
    assert (await running.client.get("/openapi.json")).status_code == 303  # to sign-in
    key = {"Authorization": f"Bearer {running.api_key}"}

    schema = (await running.client.get("/openapi.json", headers=key)).json()

    assert "/api/v1/verifications" in schema["paths"]
    body = schema["paths"]["/api/v1/verifications"]["post"]["requestBody"]["content"]
    role = body["application/json"]["schema"]["properties"]["role"]
    item = role["anyOf"][1]["properties"]["required"]["items"]
    assert item["anyOf"][1]["properties"]["at_least"] == {"type": "integer", "minimum": 1}
    await sign_in(running.client)
    assert (await running.client.get("/docs")).status_code == 200


async def test_sign_in_attempts_are_rate_limited(running: Running) -> None:
    page = await running.client.get("/sign-in")
    form = {"csrf_token": csrf_from(page.text), "email": "x@example.com", "password": "wrong"}

    statuses = [(await running.client.post("/sign-in", data=form)).status_code for _ in range(11)]

    assert statuses[:10] == [401] * 10
    assert statuses[10] == 429


async def test_a_pasted_credential_is_verified_as_such(running: Running) -> None:
    tampered = (
        SHARED_FIXTURES
        / "credentials"
        / "blockcerts-cert-verifier-py"
        / "2.0-alpha"
        / "invalid_tampered.json"
    ).read_text()
    csrf = await sign_in(running.client)

    submitted = await running.client.post(
        "/verifications", data={"csrf_token": csrf, "credential": tampered}
    )

    assert submitted.status_code == 303, submitted.text
    done = await wait_until_finished(
        running.client, f"{submitted.headers['location']}/progress.json"
    )
    assert [claim["verdict"] for claim in done["claims"]] == ["invalid"]
    key = {"Authorization": f"Bearer {running.api_key}"}
    verification_id = submitted.headers["location"].rsplit("/", 1)[1]
    report = (
        await running.client.get(f"/api/v1/verifications/{verification_id}", headers=key)
    ).json()["report"]
    [claim] = report["claims"]
    assert (claim["source"]["origin"], claim["method"]) == ("credential", "blockcerts")


async def test_neither_file_nor_credential_is_400(running: Running) -> None:
    csrf = await sign_in(running.client)

    response = await running.client.post("/verifications", data={"csrf_token": csrf})

    assert response.status_code == 400
    assert "résumé file, or paste a credential" in response.text


async def test_history_search_folds_case_and_accents(running: Running) -> None:
    csrf = await sign_in(running.client)
    locations = []
    for resume in (b"Zofia Wi\xc5\x9bniewska\nLogistics\n", b"Beth Kowalczyk\nRobotics\n"):
        submitted = await running.client.post(
            "/verifications",
            data={"csrf_token": csrf},
            files={"resume": ("r.txt", resume, "text/plain")},
        )
        locations.append(submitted.headers["location"])
        await wait_until_finished(running.client, f"{locations[-1]}/progress.json")

    found = await running.client.get("/verifications", params={"q": "WISNIEWSKA"})

    assert locations[0] in found.text
    assert locations[1] not in found.text
    everyone = await running.client.get("/verifications")
    assert all(location in everyone.text for location in locations)


async def test_startup_objects_are_kept_out_of_the_collectors_walks(tmp_path: Path) -> None:
    app = create_app(settings_for(tmp_path))
    async with app.router.lifespan_context(app):
        frozen = gc.get_freeze_count()
    assert frozen > 50_000  # modules, the app, caches: what every full collection walked
    assert gc.get_freeze_count() == 0  # handed back at shutdown, so nothing is kept for ever
