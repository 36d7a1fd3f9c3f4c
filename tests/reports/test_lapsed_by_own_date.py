"""A claim no issuer dated whose résumé gives an expiry already over says so in the report."""

from __future__ import annotations

import io
from datetime import date

import pdfplumber
import pytest

import reports
from extractors import ended_before
from reports.render import lapsed_by_own_date
from testkit import factories
from testkit.sample_reports import CANDIDATE, GENERATED_AT, REPORT_ID, plain, verified
from verifiers.models import Verdict

NOTE = "lapsed by the résumé’s own date"


@pytest.mark.parametrize(
    ("partial", "day", "over"),
    [
        ("2026-10", date(2026, 11, 1), True),
        ("2026-10", date(2026, 10, 31), False),
        ("2026", date(2026, 12, 31), False),
        ("2026", date(2027, 1, 1), True),
        ("2026-10-15", date(2026, 10, 15), False),
        ("2026-10-15", date(2026, 10, 16), True),
    ],
)
def test_a_partial_date_runs_to_the_end_of_what_it_names(
    partial: str, day: date, over: bool
) -> None:
    assert ended_before(partial, day) is over


def _report(expires_on: str, verdict: Verdict) -> reports.Report:
    found = factories.claim(
        "Advanced Cardiovascular Life Support",
        issuer="American Heart Association",
        issued_on="2024-10",
        expires_on=expires_on,
        page=1,
        source_text="ACLS, American Heart Association, expires " + expires_on,
    )
    verification = (
        verified(found)
        if verdict is Verdict.VERIFIED
        else plain(found, verdict, "no link or credential given")
    )
    return reports.build(CANDIDATE, [verification], report_id=REPORT_ID, generated_at=GENERATED_AT)


def test_an_unverified_claim_past_its_own_expiry_is_called_lapsed_in_html_and_pdf() -> None:
    report = _report("2026-10", Verdict.UNVERIFIED)  # the report is of 2026-11-28

    assert lapsed_by_own_date(report) == {"c1"}
    assert NOTE in reports.render_html(report)
    with pdfplumber.open(io.BytesIO(reports.render_pdf(report))) as pdf:
        printed = " ".join(page.extract_text() or "" for page in pdf.pages)
    assert NOTE in printed.replace("\n", " ")


@pytest.mark.parametrize(
    ("expires_on", "verdict"),
    [
        ("2026-11", Verdict.UNVERIFIED),  # its month is not over on the report's day
        ("2027-03", Verdict.UNREACHABLE),
        ("2026-10", Verdict.VERIFIED),  # the issuer's record, not the résumé, dates it
    ],
)
def test_no_lapse_is_said_where_the_expiry_is_not_over_or_the_issuer_dates_it(
    expires_on: str, verdict: Verdict
) -> None:
    report = _report(expires_on, verdict)

    assert not lapsed_by_own_date(report)
    assert NOTE not in reports.render_html(report)
