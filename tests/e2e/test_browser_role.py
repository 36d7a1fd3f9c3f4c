"""A recruiter judges a résumé against a role in a real browser: the job description pasted
into the form, "x of y required proven" on the report page and in the PDF."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from playwright.sync_api import Browser, expect

from tests.e2e.conftest import CHROMIUM, sign_in

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


def test_a_pasted_job_description_gives_the_role_fit(
    browser: Browser, base_url: str, tmp_path: Path
) -> None:
    resume = tmp_path / "beth.txt"
    resume.write_text(
        "Beth Kowalczyk\n\nCertifications\nCertified Kubernetes Administrator (CKA), 2024\n"
    )
    page = browser.new_page()
    sign_in(page, base_url)

    page.get_by_label("Résumé").set_input_files(str(resume))
    page.get_by_text("Judge against a role").click()
    page.get_by_label("Job description").fill(
        "Platform Engineer\n\nRequirements\n- CKA\n- Terraform\n\nNice to have\n- CISSP\n"
    )
    page.get_by_role("button", name="Verify").click()
    expect(page.get_by_role("link", name="Download PDF")).to_be_visible(timeout=20_000)

    expect(page.get_by_text("0 of 2 required proven")).to_be_visible()
    fit = page.get_by_role("region", name="Role fit")
    expect(fit.get_by_role("row")).to_have_count(4)
    expect(fit.get_by_role("row", name="CKA")).to_contain_text("claimed")
    expect(fit.get_by_role("row", name="Terraform")).to_contain_text("missing")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download PDF").click()
    pdf = Path(download_info.value.path()).read_bytes()
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert "0 of 2 required proven" in (document.pages[0].extract_text() or "")
