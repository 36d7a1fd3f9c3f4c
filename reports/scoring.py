"""The scoring rule: points per claim, a level per skill, one overall score with its reasons.

``docs/scoring.md`` explains the rule in words with worked examples; a test computes them,
so change both together.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from reports.models import ReportClaim, Score, SkillLevel
from verifiers.models import Assurance, Verdict

#: Points for a verified claim by how strong its evidence is.
VERIFIED_POINTS: Mapping[Assurance, int] = {
    Assurance.SIGNED: 100,  # a signature checked against the issuer's key
    Assurance.ISSUER: 85,  # the issuer's own platform confirms it, bound by email or id
    Assurance.NAME: 75,  # the issuer's own record, bound to the candidate by name only
    Assurance.LINK: 60,  # the link resolves, but who owns it is unconfirmed
    Assurance.NONE: 60,  # verified without saying how: no stronger than a link
}
#: Claimed but not shown: no evidence, or evidence no machine can check.
CLAIMED_POINTS = 20
#: An expired credential was held, so it keeps half of what it would earn when current.
EXPIRED_SHARE = 0.5
#: Contradicted or forged evidence subtracts: a forgery costs as much as a signed proof earns.
PENALTY_POINTS: Mapping[Verdict, int] = {
    Verdict.MISMATCH: -50,
    Verdict.INVALID: -100,
    Verdict.REVOKED: 0,
}
RED_FLAG_VERDICTS: frozenset[Verdict] = frozenset({Verdict.MISMATCH, Verdict.INVALID})
#: Never counted against the candidate: the source failed, not the claim.
EXCLUDED_VERDICTS: frozenset[Verdict] = frozenset({Verdict.UNREACHABLE})
#: How many reasons the score gives; more would stop being a summary.
MAX_REASONS = 3


def claim_points(verdict: Verdict, assurance: Assurance) -> int | None:
    """The points a claim earns, or None when it is left out of the score (unreachable)."""
    if verdict in EXCLUDED_VERDICTS:
        return None
    if verdict is Verdict.VERIFIED:
        return VERIFIED_POINTS[assurance]
    if verdict is Verdict.EXPIRED:
        return int(VERIFIED_POINTS[assurance] * EXPIRED_SHARE)
    if verdict in PENALTY_POINTS:
        return PENALTY_POINTS[verdict]
    return CLAIMED_POINTS


def _describe(verdict: Verdict, assurance: Assurance, count: int) -> str:
    """Words for a group of claims that scored alike: "2 credentials verified by …"."""
    noun = "credential" if count == 1 else "credentials"
    was = "was" if count == 1 else "were"
    if verdict is Verdict.VERIFIED:
        how = {
            Assurance.SIGNED: "verified by the issuer's signature",
            Assurance.ISSUER: "verified by the issuer or its platform",
            Assurance.NAME: "verified by the issuer's record, in the candidate's name only",
            Assurance.LINK: "reachable by link, but the owner is unconfirmed",
            Assurance.NONE: "verified, but the owner is unconfirmed",
        }[assurance]
        return f"{count} {noun} {how}"
    return {
        Verdict.EXPIRED: f"{count} {noun} genuine but expired, counted at half",
        Verdict.REVOKED: f"{count} {noun} revoked by the issuer, worth nothing",
        Verdict.MISMATCH: f"{count} {noun} contradicted by the evidence",
        Verdict.INVALID: f"{count} {noun} forged or broken",
        Verdict.UNVERIFIED: f"{count} {noun} only claimed, with no evidence found",
        Verdict.UNSUPPORTED: f"{count} {noun} linked where no machine can check",
        Verdict.UNREACHABLE: f"{count} {noun} could not be reached and {was} left out",
    }[verdict]


@dataclass(frozen=True)
class _Group:
    verdict: Verdict
    assurance: Assurance
    count: int
    points: int


def score(claims: Sequence[ReportClaim]) -> Score:
    """The overall score: the mean points of the counted claims, clamped to 0–100.

    Claims that score alike are grouped, and the groups that moved the score most (by the
    share of the total they contribute) become the reasons, in words, largest first.
    """
    by_verdict = dict.fromkeys(Verdict, 0)
    groups: dict[tuple[Verdict, Assurance], list[int]] = {}
    for claim in claims:
        by_verdict[claim.verdict] += 1
        # Assurance only tells verified and expired claims apart; elsewhere it adds no reason.
        assurance = (
            claim.assurance
            if claim.verdict in {Verdict.VERIFIED, Verdict.EXPIRED}
            else Assurance.NONE
        )
        groups.setdefault((claim.verdict, assurance), []).append(claim.strength or 0)
    counted = [claim.strength for claim in claims if claim.strength is not None]
    overall = _rounded_mean(counted)
    ranked = sorted(
        (
            _Group(verdict, assurance, len(points), sum(points))
            for (verdict, assurance), points in groups.items()
        ),
        # Largest effect first; ties fall back to the verdict's order so output is stable.
        key=lambda group: (-abs(group.points), list(Verdict).index(group.verdict), group.assurance),
    )
    reasons = [
        _reason(group, len(counted)) for group in ranked if group.verdict not in EXCLUDED_VERDICTS
    ]
    if not counted:
        reasons = ["no credential could be scored"]
    excluded = [group for group in ranked if group.verdict in EXCLUDED_VERDICTS]
    return Score(
        overall=overall,
        counted=len(counted),
        by_verdict=by_verdict,
        reasons=(
            *reasons[:MAX_REASONS],
            *(_describe(group.verdict, group.assurance, group.count) for group in excluded),
        ),
    )


def _reason(group: _Group, counted: int) -> str:
    effect = _rounded_share(group.points, counted)
    sign = "+" if effect >= 0 else "−"
    return f"{_describe(group.verdict, group.assurance, group.count)} ({sign}{abs(effect)})"


def _rounded_share(points: int, counted: int) -> int:
    """``points / counted`` rounded half away from zero, in integers so it never drifts."""
    magnitude = (2 * abs(points) + counted) // (2 * counted)
    return magnitude if points >= 0 else -magnitude


def _rounded_mean(points: Sequence[int]) -> int:
    if not points:
        return 0
    return max(0, min(100, _rounded_share(sum(points), len(points))))


def skill_level(verdicts: Iterable[tuple[Verdict, Assurance]]) -> SkillLevel:
    """A skill's level from the claims that evidence it: the best proof wins.

    A current proof with the issuer behind it makes the skill verified; an expired one, or a
    link whose owner is unconfirmed, makes it partly verified; with no proof at all, any
    contradicted or forged claim makes it contradicted, and otherwise it is only claimed.
    """
    found = list(verdicts)
    if any(
        verdict is Verdict.VERIFIED
        and assurance in {Assurance.SIGNED, Assurance.ISSUER, Assurance.NAME}
        for verdict, assurance in found
    ):
        return SkillLevel.VERIFIED
    if any(verdict in {Verdict.VERIFIED, Verdict.EXPIRED} for verdict, _ in found):
        return SkillLevel.PARTLY_VERIFIED
    if any(verdict in RED_FLAG_VERDICTS | {Verdict.REVOKED} for verdict, _ in found):
        return SkillLevel.CONTRADICTED
    return SkillLevel.CLAIMED_ONLY
