"""The recruiter's flow in a real browser: Debian's Chromium driven by Playwright."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pdfplumber
import pytest
import respx
from playwright.sync_api import Browser, sync_playwright

from service.app import create_app
from service.settings import Settings
from tests.conftest import SHARED_FIXTURES
from tests.live_server import serve_in_thread

CHROMIUM = Path("/usr/bin/chromium")
OB2 = SHARED_FIXTURES / "credentials" / "ob-validator-core"
ASSERTION_URL = "https://example.org/beths-robotics-badge.json"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    with serve_in_thread(create_app(Settings(data_dir=tmp_path / "var"))) as url:
        yield url


def test_recruiter_uploads_reads_and_downloads(
    browser: Browser, base_url: str, tmp_path: Path
) -> None:
    resume = tmp_path / "beth.txt"
    resume.write_text("Beth Kowalczyk\nRobotics engineer at Example Robotics\n")
    page = browser.new_page()
    with respx.mock(assert_all_mocked=False) as issuer:
        issuer.route(host="127.0.0.1").pass_through()
        for name, url in [
            ("2_0_basic_assertion.json", ASSERTION_URL),
            ("2_0_basic_badgeclass.json", "https://example.org/robotics-badge.json"),
            ("2_0_basic_issuer.json", "https://example.org/organization.json"),
        ]:
            issuer.get(url).mock(
                return_value=httpx.Response(200, json=json.loads((OB2 / name).read_text()))
            )

        page.goto(base_url)
        page.get_by_label("Résumé").set_input_files(str(resume))
        page.get_by_label("Badge and certificate links").fill(ASSERTION_URL)
        page.get_by_label("Candidate's email").fill("nobody@example.org")
        page.get_by_role("button", name="Verify").click()
        page.wait_for_url("**/reports/*")

    assert "Beth Kowalczyk" in page.content()
    assert page.get_by_text("verified", exact=False).first.is_visible()
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="PDF").first.click()
    pdf_path = download_info.value.path()
    with pdfplumber.open(io.BytesIO(Path(pdf_path).read_bytes())) as pdf:
        assert "Beth Kowalczyk" in (pdf.pages[0].extract_text() or "")


def test_bad_upload_shows_the_message(browser: Browser, base_url: str, tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    page = browser.new_page()

    page.goto(base_url)
    page.get_by_label("Résumé").set_input_files(str(empty))
    page.get_by_role("button", name="Verify").click()

    alert = page.get_by_role("alert")
    assert alert.is_visible()
    assert "empty" in (alert.text_content() or "").lower()
