"""Each claim's history: the verdict the résumé gave it, then one per answer of the candidate."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from extractors.models import ClaimOrigin
from reports.models import HistoryEntry, HistorySource, Report, ReportClaim
from verifiers.models import CheckStatus


def verdict_detail(claim: ReportClaim) -> str:
    """The one line that best says why the claim has its verdict: the first failed check,
    else the last check made."""
    failed = [check for check in claim.checks if check.status is CheckStatus.FAILED]
    chosen = failed[0] if failed else (claim.checks[-1] if claim.checks else None)
    return chosen.detail if chosen is not None else ""


def first_entry(claim: ReportClaim, *, at: datetime) -> HistoryEntry:
    """The verdict the claim got from what came with the résumé."""
    source = HistorySource.LINK if claim.source.origin is ClaimOrigin.LINK else HistorySource.RESUME
    return HistoryEntry(at=at, verdict=claim.verdict, source=source, detail=verdict_detail(claim))


def with_history(
    report: Report, earlier: Mapping[str, Sequence[HistoryEntry]] | None = None
) -> Report:
    """The report with every claim's history: ``earlier`` where given (by claim id), else the
    claim's first verdict, dated when the report was made."""
    earlier = earlier or {}
    claims = tuple(
        claim.model_copy(
            update={
                "history": tuple(earlier.get(claim.id) or ())
                or claim.history
                or (first_entry(claim, at=report.generated_at),)
            }
        )
        for claim in report.claims
    )
    return report.model_copy(update={"claims": claims})
