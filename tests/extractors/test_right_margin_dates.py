"""A word processor's template printed to PDF: each credential's title and issuer on the left,
its dates pushed to the right margin ("Jun 2024 (expires Jun 2026)", "Issued 03/2021, valid
until 03/2024"), its number on a smaller line under it. A recruiter reads each date beside the
entry it stands level with, and a title that wraps short of the dates as one title."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import pdf

_CSS = """
@page { size: Letter; margin: 0.6in 0.75in; }
body { font-size: 10.5pt; }
.row { display: flex; justify-content: space-between; gap: 18pt; margin-top: 5pt; }
.row .when { white-space: nowrap; }
.sub { font-size: 9.5pt; margin: 1pt 0 0; }
"""


def _row(title: str, issuer: str, when: str, number: str) -> str:
    return (
        f"<div class='row'><span><b>{title}</b>, {issuer}</span>"
        f"<span class='when'>{when}</span></div><p class='sub'>Certificate No. {number}</p>"
    )


def _resume(rows: str) -> bytes:
    body = (
        "<h1>Tomasz Wierzbicki</h1><p>Pipe welder, Gdańsk · t.wierzbicki@example.pl</p>"
        "<h2>Experience</h2><p>Pipe welder, Baltic Yard Services, 2016 – present.</p>"
        f"<h2>Certifications</h2>{rows}<h2>Skills</h2><p>TIG, MIG, pipe fitting</p>"
    )
    return pdf(body, _CSS)


def test_dates_at_the_right_margin_with_their_expiry_stand_beside_their_own_entries() -> None:
    long_title = "Offshore Emergency Response and Helicopter Underwater Escape Training"
    rows = (
        _row("Pipe Welder 6G Qualification", "TÜV Nord", "June 2024 (expires June 2026)", "W-1182")
        + _row("NDT Level 2 Certificate", "BINDT", "September 2021", "ND-55310")
        + _row(long_title, "OPITO", "Mar 2023 (expires Mar 2027)", "OP-4410")
        + _row("Confined Space Entry", "City & Guilds", "May 2022 (expires May 2025)", "CG-1180")
    )

    claims = extract(_resume(rows), "cv.pdf").claims

    found = {claim.title: (claim.issued_on, claim.expires_on) for claim in claims}
    assert found == {
        "Pipe Welder 6G Qualification": ("2024-06", "2026-06"),
        "NDT Level 2 Certificate": ("2021-09", None),
        long_title: ("2023-03", "2027-03"),
        "Confined Space Entry": ("2022-05", "2025-05"),
    }


def test_a_title_and_issuer_that_wrap_short_of_the_dates_are_one_entry() -> None:
    rows = _row(
        "Certificate of Competency in Pressure Vessel Welding",
        "Polish Office of Technical Inspection",
        "Jun 2019 – Jun 2025",
        "UDT-77120",
    ) + _row("NDT Level 2 Certificate", "BINDT", "Sep 2021 – Sep 2026", "ND-55310")

    claims = extract(_resume(rows), "cv.pdf").claims

    assert [(c.title, c.issuer, c.credential_id) for c in claims] == [
        (
            "Certificate of Competency in Pressure Vessel Welding",
            "Polish Office of Technical Inspection",
            "UDT-77120",
        ),
        ("NDT Level 2 Certificate", "BINDT", "ND-55310"),
    ]


def test_dates_with_their_status_in_brackets_still_stand_beside_their_entries() -> None:
    # "(expired)" after a lapsed credential's dates is the dates' status: the cell at the
    # margin is still the entry's dates, not a column read after the list.
    rows = _row(
        "Confined Space Entry", "City & Guilds", "May 2019 – May 2022 (expired)", "CG-1180"
    ) + _row("Pipe Welder 6G Qualification", "TÜV Nord", "06/2024 – 06/2027", "W-1182")

    claims = extract(_resume(rows), "cv.pdf").claims

    found = {claim.title: (claim.issued_on, claim.expires_on) for claim in claims}
    assert found == {
        "Confined Space Entry": ("2019-05", "2022-05"),
        "Pipe Welder 6G Qualification": ("2024-06", "2027-06"),
    }
