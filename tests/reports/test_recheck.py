"""A re-check: each claim's history carried on with the verdict it has now, and the report
saying what changed since the check before (HTML and PDF, first page)."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pdfplumber

import reports
from testkit import factories
from verifiers.models import Assurance, Verdict

FIRST = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
LATER = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def report(*verdicts: Verdict, at: datetime = FIRST) -> reports.Report:
    titles = ("Certified Kubernetes Administrator", "Project Management Professional", "CCNA")
    return reports.build(
        factories.candidate(),
        [
            factories.verification(
                factories.claim(title, claim_id=f"c{number}"),
                verdict,
                assurance=Assurance.ISSUER if verdict is Verdict.VERIFIED else Assurance.NONE,
            )
            for number, (title, verdict) in enumerate(zip(titles, verdicts, strict=False), 1)
        ],
        generated_at=at,
    )


def test_each_claim_keeps_its_history_and_gains_the_recheck() -> None:
    before = report(Verdict.VERIFIED, Verdict.UNVERIFIED)
    after = reports.rechecked(
        before, report(Verdict.REVOKED, Verdict.UNVERIFIED, Verdict.VERIFIED, at=LATER), at=LATER
    )
    assert after.id == before.id and after.generated_at == LATER
    by_id = {claim.id: claim for claim in after.claims}
    assert [(e.source.value, e.verdict.value, e.at) for e in by_id["c1"].history] == [
        ("resume", "verified", FIRST),
        ("recheck", "revoked", LATER),
    ]
    assert [e.verdict.value for e in by_id["c2"].history] == ["unverified", "unverified"]
    # A claim the first check did not have starts its history at the re-check.
    assert [(e.source.value, e.at) for e in by_id["c3"].history] == [("resume", LATER)]

    at, changes = reports.recheck_changes(after)
    assert at == LATER
    assert [(c.claim.id, c.before.value, c.after.value) for c in changes] == [
        ("c1", "verified", "revoked")
    ]
    assert reports.recheck_changes(before) == (None, ())


def test_the_report_says_what_changed_first() -> None:
    before = report(Verdict.VERIFIED, Verdict.UNVERIFIED)
    after = reports.rechecked(
        before, report(Verdict.REVOKED, Verdict.UNVERIFIED, at=LATER), at=LATER
    )
    html = reports.render_html(after)
    assert "Checked again 2026-12-06 09:00 UTC:" in html
    assert "Certified Kubernetes Administrator</a> ✓ verified → ⊘ revoked" in html
    assert html.index("Checked again") < html.index('aria-label="Red flags"')
    unchanged = reports.rechecked(before, report(Verdict.VERIFIED, Verdict.UNVERIFIED), at=LATER)
    assert "no verdict changed since the check before" in reports.render_html(unchanged)
    assert "Checked again" not in reports.render_html(before)
    with pdfplumber.open(io.BytesIO(reports.render_pdf(after))) as document:
        first_page = " ".join((document.pages[0].extract_text() or "").split())
    assert "Checked again 2026-12-06 09:00 UTC" in first_page
    assert "verified → ⊘ revoked" in first_page
