"""A real browser for the end-to-end tests: Debian's chromium driven by Playwright."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from service.app import create_app
from service.settings import Settings
from testkit.live_server import serve_in_thread

#: Debian's chromium: Playwright drives it, and downloads no browser of its own.
CHROMIUM = Path("/usr/bin/chromium")


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


#: The recruiter ``base_url`` makes with the real ``credlens user create``.
EMAIL, PASSWORD = "recruiter@example.com", "correct horse battery staple"


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    # The real command, in its own process: Playwright's sync API holds this thread's loop.
    made = subprocess.run(
        [str(Path(sys.executable).parent / "credlens"), "user", "create", EMAIL],
        input=f"{PASSWORD}\n{PASSWORD}\n",
        env=os.environ | {"CREDLENS_DATA_DIR": str(tmp_path / "var")},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    with serve_in_thread(create_app(Settings(data_dir=tmp_path / "var"))) as url:
        yield url


def sign_in(page: Page, base_url: str) -> None:
    page.goto(base_url)
    expect(page).to_have_url(f"{base_url}/sign-in")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Verify a résumé")).to_be_visible()
