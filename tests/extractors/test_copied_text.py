"""A PDF's text copied out of a viewer: its tab stops are lost, so each entry's dates close
its title's line after a space alone, a status the line could not hold wraps onto a line of
its own, and each page's running footer stands where the page broke. A recruiter reads the
dates as the entry's, the status as the dates', and reads over the footer."""

from __future__ import annotations

from extractors import extract

_HEAD = "Tomasz Wierzbicki\nWarehouse Supervisor\ntomasz.wierzbicki@example.com\nCERTIFICATIONS\n"


def _claims(body: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    claims = extract((_HEAD + body).encode(), "cv.txt").claims
    return [(c.title, c.issuer, c.credential_id, c.issued_on, c.expires_on) for c in claims]


def test_dates_after_a_space_close_the_title_and_leave_the_issuer_below() -> None:
    body = (
        "Counterbalance Truck Operator 03/2021 – 03/2024 (expired)\n"
        "Midlands Lift Training\n"
        "Food Safety Supervisor Award October 2022\n"
        "Harbourside Catering Academy | Credential ID HCA-55120\n"
        "Class 2 Driving Licence 2008\n"
        "Driver and Vehicle Agency\n"
    )
    assert _claims(body) == [
        ("Counterbalance Truck Operator", "Midlands Lift Training", None, "2021-03", "2024-03"),
        (
            "Food Safety Supervisor Award",
            "Harbourside Catering Academy",
            "HCA-55120",
            "2022-10",
            None,
        ),
        ("Class 2 Driving Licence", "Driver and Vehicle Agency", None, "2008", None),
    ]


def test_a_running_footer_and_a_wrapped_status_are_read_over() -> None:
    body = (
        "Counterbalance Truck Operator 03/2021 – 03/2024\n"
        "(expired)\n"
        "Midlands Lift Training | Credential ID MLT-20417\n"
        "Tomasz Wierzbicki – Curriculum Vitae Page 1 of 2\n"
        "Food Safety Supervisor Award 10.2022\n"
        "Harbourside Catering Academy\n"
    )
    assert _claims(body) == [
        (
            "Counterbalance Truck Operator",
            "Midlands Lift Training",
            "MLT-20417",
            "2021-03",
            "2024-03",
        ),
        ("Food Safety Supervisor Award", "Harbourside Catering Academy", None, "2022-10", None),
    ]
