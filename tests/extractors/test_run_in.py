"""Credentials run into one paragraph after an inline label ("Licences & certifications: …"),
wrapped over as many lines as the page needs, each item "Title, Issuer, dates, no. ID" parted
by semicolons; and the fields inside such an item."""

from __future__ import annotations

from dataclasses import replace

from extractors import extract
from extractors.claim_blocks import run_in_items
from extractors.claim_text import ClaimLine
from extractors.sections import Section
from tests.extractors.documents import pdf

_PARAGRAPH = (
    "Licences &amp; certifications: Electrical Work Licence – Electrical Mechanic, Electrical"
    " Safety Office Queensland, 2022-03 to 2027-03, no. 84512; Certificate III in"
    " Electrotechnology Electrician (UEE30811), TAFE Queensland, 2016; Construction Induction"
    " (White Card), WorkSafe Queensland, 2014-11, no. QLD-WC-0092783; Low Voltage Rescue and"
    " CPR, St John Ambulance Australia, 2026-02 to 2027-02."
)
_EXPECTED = [
    (
        "Electrical Work Licence – Electrical Mechanic",
        "Electrical Safety Office Queensland",
        "84512",
        "2022-03",
        "2027-03",
    ),
    (
        "Certificate III in Electrotechnology Electrician (UEE30811)",
        "TAFE Queensland",
        None,
        "2016",
        None,
    ),
    (
        "Construction Induction (White Card)",
        "WorkSafe Queensland",
        "QLD-WC-0092783",
        "2014-11",
        None,
    ),
    ("Low Voltage Rescue and CPR", "St John Ambulance Australia", None, "2026-02", "2027-02"),
]


def _fields(
    data: bytes, filename: str
) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return [
        (c.title, c.issuer, c.credential_id, c.issued_on, c.expires_on)
        for c in extract(data, filename).claims
    ]


def test_a_run_in_paragraph_wrapped_on_a_page_is_one_list_of_entries() -> None:
    body = (
        "<h1>Dana Reyes</h1><p>dana.reyes@example.com</p>"
        "<p>Profile. Electrician doing residential and light-commercial work.</p>"
        f"<p>{_PARAGRAPH}</p>"
        "<p>Skills: Switchboard upgrades, Solar PV design, Fault finding.</p>"
    )

    assert _fields(pdf(body), "resume.pdf") == _EXPECTED


def test_the_paragraph_ends_where_the_next_one_begins() -> None:
    # The sentence below the list is its own paragraph (a gap above it): no item of the list.
    body = (
        "<h1>Dana Reyes</h1><p>dana.reyes@example.com</p>"
        "<p>Certifications: Low Voltage Rescue and CPR, St John Ambulance Australia, 2026-02;"
        " Certificate III in Electrotechnology Electrician, TAFE Queensland, 2016</p>"
        "<p style='margin-top: 8pt'>Working towards the Certified Energy Manager credential"
        " with its first exam done.</p>"
    )

    assert [title for title, *_ in _fields(pdf(body), "resume.pdf")] == [
        "Low Voltage Rescue and CPR",
        "Certificate III in Electrotechnology Electrician",
    ]


def test_in_a_text_resume_a_line_that_leaves_the_list_open_goes_on_below() -> None:
    text = (
        "Dana Reyes\ndana.reyes@example.com\n\n"
        "Licences & certifications: Electrical Work Licence – Electrical Mechanic, Electrical\n"
        "Safety Office Queensland, 2022-03 to 2027-03, no. 84512; Certificate III in\n"
        "Electrotechnology Electrician (UEE30811), TAFE Queensland, 2016;\n"
        "Construction Induction (White Card), WorkSafe Queensland, 2014-11, no.\n"
        "QLD-WC-0092783; Low Voltage Rescue and CPR, St John Ambulance Australia,\n"
        "2026-02 to 2027-02.\n"
    )

    assert _fields(text.encode(), "resume.txt") == _EXPECTED


def test_a_comma_after_an_entrys_dated_brackets_parts_it_from_the_next() -> None:
    text = (
        "Splunk Core Certified Power User (Splunk, Oct 2022–Oct 2025), Professional Teacher"
        " License, Secondary Mathematics (7–12) (Texas Education Agency, Aug 2020, ID 0421987),"
        " Certified in Cybersecurity (CC) (ISC2, Sep 2023)."
    )
    line = ClaimLine(index=0, text=text, page=1, section=Section.CREDENTIALS)
    assert [item.text for item in run_in_items(line)] == [
        "Splunk Core Certified Power User (Splunk, Oct 2022–Oct 2025)",
        "Professional Teacher License, Secondary Mathematics (7–12) (Texas Education Agency,"
        " Aug 2020, ID 0421987)",
        "Certified in Cybersecurity (CC) (ISC2, Sep 2023)",
    ]
    # An undated bracket before a comma is a title's own ("(7–12), Mathematics"): one entry.
    undated = "Teacher License (7–12), Secondary Mathematics, Texas Education Agency, 2020"
    assert run_in_items(replace(line, text=undated)) == []
