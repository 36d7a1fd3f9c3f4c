"""The recruiters' web form, through the ASGI app."""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pdfplumber
import pytest
import respx

from service.app import create_app
from service.settings import Settings
from tests.conftest import SHARED_FIXTURES

OB2 = SHARED_FIXTURES / "credentials" / "ob-validator-core"
ASSERTION_URL = "https://example.org/beths-robotics-badge.json"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(Settings(data_dir=tmp_path / "var", max_upload_bytes=64 * 1024))
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c,
    ):
        yield c


async def test_health(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_form_has_labelled_fields(client: httpx.AsyncClient) -> None:
    response = await client.get("/")

    assert response.status_code == 200
    for field in ("resume", "links", "email"):
        assert f'<label for="{field}"' in response.text
        assert f'id="{field}"' in response.text


@pytest.mark.parametrize(
    ("name", "content", "status", "words"),
    [
        ("empty.pdf", b"", 400, "empty"),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, 415, ""),
        ("corrupt.pdf", b"%PDF-1.7\n garbage", 400, ""),
        ("huge.txt", b"a" * (65 * 1024), 413, "limit"),
    ],
)
async def test_bad_upload_is_a_clear_4xx_on_the_page(
    client: httpx.AsyncClient, name: str, content: bytes, status: int, words: str
) -> None:
    response = await client.post("/verifications", files={"resume": (name, content)})

    assert response.status_code == status
    assert 'role="alert"' in response.text
    assert words in response.text.lower()
    assert "Traceback" not in response.text
    assert '<form method="post"' in response.text


async def test_upload_verify_read_and_download(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    for name, url in [
        ("2_0_basic_assertion.json", ASSERTION_URL),
        ("2_0_basic_badgeclass.json", "https://example.org/robotics-badge.json"),
        ("2_0_basic_issuer.json", "https://example.org/organization.json"),
    ]:
        respx_mock.get(url).mock(
            return_value=httpx.Response(200, json=json.loads((OB2 / name).read_text()))
        )
    resume = b"Beth Kowalczyk\nRobotics engineer at Example Robotics\n"

    submitted = await client.post(
        "/verifications",
        files={"resume": ("beth.txt", resume, "text/plain")},
        data={"links": ASSERTION_URL, "email": "nobody@example.org"},
    )

    assert submitted.status_code == 303
    page = await client.get(submitted.headers["location"])
    assert page.status_code == 200
    assert "Beth Kowalczyk" in page.text
    assert "verified" in page.text
    report_id = submitted.headers["location"].rsplit("/", 1)[1]
    pdf = await client.get(f"/reports/{report_id}.pdf")
    assert pdf.status_code == 200
    assert pdf.headers["content-type"] == "application/pdf"
    with pdfplumber.open(io.BytesIO(pdf.content)) as document:
        assert "Beth Kowalczyk" in (document.pages[0].extract_text() or "")
    as_json = await client.get(f"/reports/{report_id}.json")
    assert as_json.json()["claims"][0]["verdict"] == "verified"


@pytest.mark.parametrize("path", ["/reports/../../etc/passwd", "/reports/abc", "/reports/abc.pdf"])
async def test_unknown_reports_are_404(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)

    assert response.status_code == 404


@pytest.mark.parametrize("path", ["/", "/healthz", "/reports/abc", "/static/app.css"])
async def test_security_headers_on_every_response(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)

    csp = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp
    assert "'unsafe-inline'" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
