"""A table exported by a web app with rules between its columns only and a rule under each row
(a notes app's database view printed by Chromium): its outer columns, its header row over the
first rule and a row a page break cut are the table's, read as a recruiter reads them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from extractors import Claim, extract

CHROMIUM = Path("/usr/bin/chromium")
BADGE = "https://www.credly.com/badges/3f0c9e12-7a4d-4b58-9e61-2d8c5a7b1f40/public_url"
ROWS = [
    ("Certified Information Systems Security Professional (CISSP)", "ISC2", "May 2020",
     "May 2029", "785421", BADGE, "Active"),
    ("Certified Cloud Security Professional (CCSP)", "ISC2", "June 2021", "June 2030", "",
     "", "Active"),
    ("GIAC Certified Incident Handler (GCIH)", "GIAC", "March 2022", "March 2030",
     "GCIH-44182", "", "Active"),
]  # fmt: skip
_STYLE = """
@page { size: A4; margin: 16mm 14mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; }
th { font-weight: normal; text-align: left; border-bottom: 1px solid #ccc; padding: 1.2mm; }
td { border-bottom: 1px solid #ccc; border-right: 1px solid #ccc; padding: 1.2mm;
  vertical-align: top; } td:last-child { border-right: none; }
td:first-child { width: 22mm; }
"""


@pytest.fixture(scope="module")
def page() -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        yield browser.new_page()
        browser.close()


def _printed(page: Page, space_above_mm: float) -> bytes:
    head = "".join(
        f"<th>{label}</th>"
        for label in ("Name", "Issuer", "Issued", "Expires", "ID", "Link", "Status")
    )
    rows = "".join(
        f"<tr><td>{title}</td><td>{issuer}</td><td>{issued}</td><td>{expires}</td>"
        f"<td>{number}</td><td>"
        + (f"<a href='{url}'>{url.split('://')[1][:30]}…</a>" if url else "")
        + f"</td><td>{status}</td></tr>"
        for title, issuer, issued, expires, number, url, status in ROWS
    )
    html = (
        f"<html><head><style>{_STYLE}</style></head><body><h1>Priya Raman</h1>"
        f"<p>priya.raman@example.org</p><div style='height: {space_above_mm}mm'></div>"
        f"<h2>Certifications</h2><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody>"
        "</table><h2>Skills</h2><p>Incident response, Splunk</p></body></html>"
    )
    page.set_content(html, wait_until="load")
    return page.pdf(format="A4")


def _claims(data: bytes) -> dict[str, Claim]:
    return {claim.text: claim for claim in extract(data, "cv.pdf").claims}


def test_outer_columns_and_header_of_a_table_ruled_between_its_columns_only(page: Page) -> None:
    claims = _claims(_printed(page, 20))
    cissp = claims["Certified Information Systems Security Professional (CISSP)"]
    assert (cissp.issuer, cissp.issued_on, cissp.expires_on) == ("ISC2", "2020-05", "2029-05")
    assert (cissp.credential_id, cissp.url) == ("785421", BADGE)
    gcih = claims["GIAC Certified Incident Handler (GCIH)"]
    assert (gcih.issuer, gcih.issued_on, gcih.credential_id) == ("GIAC", "2022-03", "GCIH-44182")
    assert len(claims) == 3


def test_a_row_cut_by_the_page_break_is_read_whole(page: Page) -> None:
    claims = _claims(_printed(page, 188))
    assert len(claims) == 3
    ccsp = claims["Certified Cloud Security Professional (CCSP)"]
    assert (ccsp.issuer, ccsp.issued_on, ccsp.expires_on) == ("ISC2", "2021-06", "2030-06")
