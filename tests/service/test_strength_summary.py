"""The callback summary carries evidence strength beside the score (docs/scoring.md §8)."""

from __future__ import annotations

from service import verifications


def test_the_callback_summary_carries_evidence_strength() -> None:
    report = {
        "id": "r",
        "score": {"overall": 68},
        "claims": [],
        "evidence_strength": {"overall": 73, "counted": 3, "reasons": []},
    }
    summary = verifications.summary("v", report)
    assert (summary["score"], summary["evidence_strength"]) == (68, 73)


def test_nothing_proven_is_null_and_an_older_report_has_no_figure() -> None:
    nothing = {"id": "r", "score": {"overall": 0}, "claims": []}
    assert "evidence_strength" not in verifications.summary("v", nothing)
    unproven = nothing | {"evidence_strength": {"overall": None, "counted": 0, "reasons": []}}
    assert verifications.summary("v", unproven)["evidence_strength"] is None
