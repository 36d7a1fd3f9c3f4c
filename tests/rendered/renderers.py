"""The renderers the rendered corpus goes through: Chromium (through Playwright), LibreOffice and
pandoc. Split out of ``generate.py`` so that each stays under its 500 lines."""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"

_CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def render_html(jobs: Iterable[tuple[str, Path]]) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=_CHROMIUM_FLAGS,
        )
        page = browser.new_page()
        for html, target in jobs:
            page.set_content(html, wait_until="load")
            page.pdf(
                path=str(target), format="A4", print_background=True, prefer_css_page_size=True
            )
        browser.close()


def render_html_printed(jobs: Iterable[tuple[tuple[str, str, str], Path]]) -> None:
    """Print pages as a browser does with "Headers and footers" on: each job's page with its
    own header and footer templates (Chromium's ``date``, ``title``, ``pageNumber`` classes)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=_CHROMIUM_FLAGS)
        page = browser.new_page()
        for (html, header, footer), target in jobs:
            page.set_content(html, wait_until="load")
            page.pdf(
                path=str(target),
                format="Letter",
                print_background=False,
                display_header_footer=True,
                header_template=header,
                footer_template=footer,
                margin={"top": "16mm", "bottom": "16mm", "left": "12mm", "right": "12mm"},
            )
        browser.close()


def libreoffice_to_pdf(sources: list[Path], folder: Path, to: str = "pdf") -> None:
    """Convert with LibreOffice: to PDF, or (``to="docx"``) saved as Word by its own writer."""
    if not sources:
        return
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", to, "--outdir", str(folder), *map(str, sources)],
            check=True, capture_output=True, timeout=600,
        )  # fmt: skip


def pandoc(markdown: str, target: Path, to: str = "docx") -> None:
    subprocess.run(
        ["pandoc", "--from", "markdown", "--to", to, "--output", str(target)],
        input=markdown.encode(),
        check=True,
        timeout=120,
    )


def pandoc_html(markdown: str, *, standalone: bool = False, toc: bool = False) -> str:
    done = subprocess.run(
        [
            "pandoc",
            "--from",
            "markdown",
            "--to",
            "html5",
            *(["--standalone"] if standalone else []),
            *(["--toc"] if toc else []),
        ],
        input=markdown.encode(),
        check=True,
        timeout=120,
        capture_output=True,
    )
    return done.stdout.decode()
