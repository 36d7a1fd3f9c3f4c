"""Each claim's history: the verdict the résumé gave it, then one per answer of the candidate
and one per re-check; and what the last re-check changed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from extractors.models import ClaimOrigin
from reports.models import HistoryEntry, HistorySource, Report, ReportClaim
from verifiers.models import CheckStatus, Verdict


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


def rechecked(before: Report, after: Report, *, at: datetime) -> Report:
    """``after``, a new check of ``before``'s résumé made ``at``, as the same report (its id)
    with each claim's history carried on: its earlier entries, then the verdict it has now.
    A claim ``before`` did not have starts its history here."""
    earlier = {claim.id: claim.history for claim in with_history(before).claims}
    histories = {
        claim.id: (
            (
                *earlier[claim.id],
                HistoryEntry(
                    at=at,
                    verdict=claim.verdict,
                    source=HistorySource.RECHECK,
                    detail=verdict_detail(claim),
                ),
            )
            if claim.id in earlier
            else (first_entry(claim, at=at),)
        )
        for claim in after.claims
    }
    return with_history(after.model_copy(update={"id": before.id, "generated_at": at}), histories)


@dataclass(frozen=True)
class Change:
    """A claim whose verdict the last re-check changed."""

    claim: ReportClaim
    before: Verdict
    after: Verdict


def recheck_changes(report: Report) -> tuple[datetime | None, tuple[Change, ...]]:
    """When the report was last re-checked (None if never) and the claims whose verdict that
    re-check changed, in the report's order."""
    last = max(
        (
            entry.at
            for claim in report.claims
            for entry in claim.history
            if entry.source is HistorySource.RECHECK
        ),
        default=None,
    )
    if last is None:
        return None, ()
    changes = []
    for claim in report.claims:
        entries = claim.history
        if (
            len(entries) >= 2
            and entries[-1].source is HistorySource.RECHECK
            and entries[-1].at == last
            and entries[-2].verdict is not entries[-1].verdict
        ):
            changes.append(Change(claim=claim, before=entries[-2].verdict, after=claim.verdict))
    return last, tuple(changes)
