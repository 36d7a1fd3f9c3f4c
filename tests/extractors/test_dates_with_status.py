"""Dates with their status said after them ("June 2023 – June 2025 (expired)") are still a
cell of dates: set at a tab stop at the right of a page, they are the dates of the title
beside them, however far left the status pushes them, not a column of their own; and a
range the line's end broke ("01.2024 –" over "01.2026 (expired)") is one range."""

from __future__ import annotations

from extractors import extract, read
from tests.extractors.documents import pdf


def _row(title: str, dates: str) -> str:
    return (
        "<div style='display: flex; justify-content: space-between'>"
        f"<span>{title}</span><span>{dates}</span></div>"
    )


def test_dates_and_their_status_at_a_right_tab_stop_are_the_titles_beside_them() -> None:
    data = pdf(
        "<h1>Aroha Ngata</h1><p>aroha.ngata@example.co.nz</p><h2>Certifications</h2>"
        + _row("Elevating Work Platform Operator", "March 2016")
        + "<p>New Zealand Institute of Plant and Machinery Operator Training"
        " | Credential ID EWP-30418</p>"
        + _row("Basic First Aid and CPR", "June 2023 – June 2025 (expired)")
        + "<p>Coastline Red Cross | Card no. CRC-55190</p>"
        + _row("Confined Space Entry", "February 2021")
        + "<p>Harbour Safety Council of the Bay of Plenty and Waikato"
        " | Credential ID CSE-7712</p>"
    )
    lines = [line.text for page in read(data, "cv.pdf").pages for line in page.lines]
    assert "Basic First Aid and CPR\tJune 2023 – June 2025 (expired)" in lines
    assert "Confined Space Entry\tFebruary 2021" in lines
    claims = extract(data, "cv.pdf").claims
    assert [(c.title, c.issued_on, c.expires_on) for c in claims] == [
        ("Elevating Work Platform Operator", "2016-03", None),
        ("Basic First Aid and CPR", "2023-06", "2025-06"),
        ("Confined Space Entry", "2021-02", None),
    ]


def test_a_range_broken_at_the_lines_end_is_one_range() -> None:
    text = (
        "Aroha Ngata\naroha.ngata@example.co.nz\nCertifications\n"
        "Confined Space Entry and Rescue\t01.2024 –\n01.2026 (expired)\n"
        "Harbour Safety Council | Credential ID CSE-7712\n"
        "Dangerous Goods Handler\t09.2019\nBay Freight Academy\n"
    )
    claims = extract(text.encode(), "cv.txt").claims
    assert [(c.title, c.issuer, c.credential_id, c.expires_on) for c in claims] == [
        ("Confined Space Entry and Rescue", "Harbour Safety Council", "CSE-7712", "2026-01"),
        ("Dangerous Goods Handler", "Bay Freight Academy", None, None),
    ]
