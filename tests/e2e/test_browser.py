"""The recruiter's flow in a real browser: Debian's Chromium driven by Playwright.

The account is made with the real `credlens user create`; the issuer outside is faked with
respx in the server's process; everything else is the real service on loopback.
"""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
import respx
from playwright.sync_api import Browser, expect

from tests.e2e.conftest import CHROMIUM, sign_in
from tests.verifiers.ob2_issuer import ASSERTION_URL, serve_example_issuer

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


def test_recruiter_signs_in_uploads_watches_reads_and_downloads(
    browser: Browser, base_url: str, tmp_path: Path
) -> None:
    resume = tmp_path / "beth.txt"
    resume.write_text("Beth Kowalczyk\nRobotics engineer at Example Robotics\n")
    page = browser.new_page()
    with respx.mock(assert_all_mocked=False, assert_all_called=False) as issuer:
        issuer.route(host="127.0.0.1").pass_through()
        serve_example_issuer(issuer)

        sign_in(page, base_url)
        page.get_by_label("Résumé").set_input_files(str(resume))
        page.get_by_label("Badge and certificate links").fill(ASSERTION_URL)
        page.get_by_label("Candidate's email").fill("nobody@example.org")
        page.get_by_role("button", name="Verify").click()
        expect(page.get_by_role("link", name="Download PDF")).to_be_visible(timeout=20_000)

    expect(page.get_by_text("Beth Kowalczyk").first).to_be_visible()
    expect(page.get_by_text("verified").first).to_be_visible()
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download PDF").click()
    pdf_path = download_info.value.path()
    with pdfplumber.open(io.BytesIO(Path(pdf_path).read_bytes())) as pdf:
        assert "Beth Kowalczyk" in (pdf.pages[0].extract_text() or "")
    page.get_by_role("link", name="History").click()
    expect(page.get_by_role("cell", name="Beth Kowalczyk")).to_be_visible()


def test_bad_upload_shows_the_message(browser: Browser, base_url: str, tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    page = browser.new_page()
    sign_in(page, base_url)

    page.get_by_label("Résumé").set_input_files(str(empty))
    page.get_by_role("button", name="Verify").click()

    expect(page.get_by_role("alert")).to_contain_text("empty")


def test_keyboard_alone_reaches_every_field(browser: Browser, base_url: str) -> None:
    page = browser.new_page()
    sign_in(page, base_url)

    focused = []
    for _ in range(12):
        page.keyboard.press("Tab")
        focused.append(
            page.evaluate("document.activeElement.id || document.activeElement.textContent")
        )

    assert {"resume", "links", "email"} <= set(focused)
    assert any("Verify" in str(name) for name in focused)
