"""What a proven credential is worth: each claim's rigor, and the evidence-strength figure.

A claim's rigor comes from the catalog entry it names (sourced, see docs/catalog-rigor.md) or,
for credentials outside the catalog, from what its own evidence says (Open Badges 3.0, Credly,
Coursera, edX). Rigor never changes a verdict or the verification score. ``docs/scoring.md``
§8 gives the rule in words with worked examples; a test computes them, so change both together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from extractors.catalog import Catalog
from extractors.rigor import Assessment, Rigor
from reports.models import ClaimRigor, EvidenceStrength, ReportClaim, RigorSource
from reports.scoring import EXPIRED_SHARE, MAX_REASONS
from verifiers.models import EvidenceRigor, Verdict

#: Points per assessment: how much a proof of this kind says about the holder.
RIGOR_POINTS: Mapping[Assessment, int] = {
    Assessment.PERFORMANCE_EXAM: 90,
    Assessment.PROCTORED_EXAM: 75,
    Assessment.EXAM: 65,
    Assessment.UNPROCTORED_EXAM: 45,
    Assessment.ASSESSED_COURSE: 45,
    Assessment.COMPLETION: 25,
    Assessment.PARTICIPATION: 10,
    # Nothing says how it was earned: credited no more than finishing a course.
    Assessment.UNKNOWN: 25,
}
#: Added when a body other than the issuer vouches for it (ISO/IEC 17024, NCCA, ABSNC) or it
#: is a licence; capped at 100.
RECOGNITION_POINTS = 10

WORDS: Mapping[Assessment, str] = {
    Assessment.PERFORMANCE_EXAM: "Hands-on exam",
    Assessment.PROCTORED_EXAM: "Proctored exam",
    Assessment.EXAM: "Exam",
    Assessment.UNPROCTORED_EXAM: "Online test",
    Assessment.ASSESSED_COURSE: "Assessed course",
    Assessment.COMPLETION: "Completion",
    Assessment.PARTICIPATION: "Participation",
    Assessment.UNKNOWN: "Rigor unknown",
}

#: Open Badges 3.0 achievement types, by what earning one says.
_OPEN_BADGE_TYPES: Mapping[str, Assessment] = {
    **dict.fromkeys(("certification", "license", "assessment"), Assessment.EXAM),
    **dict.fromkeys(
        (
            "course",
            "certificate",
            "assignment",
            "learningprogram",
            "microcredential",
            "fieldwork",
            "apprenticeshipcertificate",
            "journeymancertificate",
            "mastercertificate",
            "associatedegree",
            "bachelordegree",
            "degree",
            "diploma",
            "doctoraldegree",
            "masterdegree",
            "professionaldoctorate",
            "researchdoctorate",
        ),
        Assessment.ASSESSED_COURSE,
    ),
    "certificateofcompletion": Assessment.COMPLETION,
    **dict.fromkeys(("communityservice", "cocurricular", "membership"), Assessment.PARTICIPATION),
}
#: Credly badge template type categories.
_CREDLY_TYPES: Mapping[str, Assessment] = {
    "certification": Assessment.EXAM,
    "assessment": Assessment.EXAM,
    "learning": Assessment.COMPLETION,
    "experience": Assessment.PARTICIPATION,
    "participation": Assessment.PARTICIPATION,
}
#: edX tracks whose certificate needs a passing grade and a verified identity.
_EDX_GRADED_TRACKS = frozenset({"verified", "professional", "no-id-professional"})


def rigor_points(assessment: Assessment, recognised: bool) -> int:
    """The points a credential of this assessment weighs, with or without a recognition."""
    return min(100, RIGOR_POINTS[assessment] + (RECOGNITION_POINTS if recognised else 0))


def _meter(points: int) -> int:
    return min(5, (points + 10) // 20)


def _fold(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _catalog_takes(rigor: Rigor, level: str | None) -> str:
    parts = [WORDS[rigor.assessment]]
    if rigor.accreditation is not None:
        parts.append(rigor.accreditation.label)
    if level:
        parts.append(f"{level} level")
    renewal = rigor.renewal
    if renewal is not None:
        if not renewal.required:
            parts.append("no renewal needed")
        else:
            every = f"every {renewal.period_months} months" if renewal.period_months else ""
            how = " with continuing education" if renewal.continuing_education else ""
            parts.append(f"renewed {every}{how}".replace("  ", " ").strip())
    if rigor.prep_hours:
        parts.append(f"about {rigor.prep_hours} h of preparation")
    return " · ".join(parts)


def _from_evidence(facts: EvidenceRigor, platform: str | None) -> tuple[Assessment, str] | None:
    """The assessment a credential's own evidence implies, and the words it says it in."""
    said: list[str] = []
    assessment = Assessment.UNKNOWN
    if facts.achievement_type:
        said.append(facts.achievement_type)
        assessment = _OPEN_BADGE_TYPES.get(_fold(facts.achievement_type), assessment)
    if facts.alignments:
        said.append("aligned to " + ", ".join(facts.alignments))
    if facts.type_category:
        said.append(facts.type_category.lower())
        assessment = _CREDLY_TYPES.get(_fold(facts.type_category), assessment)
    if facts.level:
        said.append(f"{facts.level.lower()} level")
    if facts.time_to_earn:
        said.append(f"{facts.time_to_earn.lower()} to earn")
    if facts.cost:
        said.append(facts.cost.lower())
    if facts.grade_percent is not None:
        said.append(f"passed with a grade of {facts.grade_percent}%")
        assessment = Assessment.ASSESSED_COURSE
    if facts.track:
        said.append(f"{facts.track} track")
        assessment = (
            Assessment.ASSESSED_COURSE
            if facts.track in _EDX_GRADED_TRACKS
            else Assessment.COMPLETION
        )
    if not said:
        return None
    who = platform or "the evidence"
    return assessment, f"{who} says: " + ", ".join(said)


def claim_rigor(claim: ReportClaim, catalog: Catalog) -> ClaimRigor:
    """A claim's rigor: the catalog's sourced values when they say how it is assessed,
    otherwise what the credential's own evidence says, otherwise unknown."""
    entry = catalog.by_id(claim.catalog_id) if claim.catalog_id else None
    rigor = entry.rigor if entry is not None else None
    facts = claim.credential
    said = (
        _from_evidence(facts.rigor, facts.platform)
        if facts is not None and facts.rigor is not None
        else None
    )
    recognition = rigor.accreditation.label if rigor and rigor.accreditation else None
    if rigor is not None and (rigor.assessment is not Assessment.UNKNOWN or said is None):
        assessment = rigor.assessment
        source = RigorSource.CATALOG
        level = entry.level.value if entry is not None and entry.level else None
        takes = _catalog_takes(rigor, level)
        if assessment is Assessment.UNKNOWN:
            takes = "No public source found says how it is assessed" + (
                f" · {recognition}" if recognition else ""
            )
        url = rigor.assessment_source
    elif said is not None:
        assessment, takes = said
        source, url = RigorSource.EVIDENCE, None
    else:
        assessment, source, url = Assessment.UNKNOWN, RigorSource.NONE, None
        takes = "Not in the catalog, and its evidence says nothing of how it is earned"
    points = rigor_points(assessment, recognition is not None)
    return ClaimRigor(
        assessment=assessment,
        word=WORDS[assessment],
        meter=_meter(points),
        points=points,
        recognition=recognition,
        takes=takes,
        source=source,
        source_url=url,
    )


PROVEN: frozenset[Verdict] = frozenset({Verdict.VERIFIED, Verdict.EXPIRED})


def proof_points(claim: ReportClaim) -> int | None:
    """What a claim weighs as proof: its rigor points when verified, half when expired, None
    when it proves nothing (any other verdict) or has no rigor."""
    if claim.verdict not in PROVEN or claim.rigor is None:
        return None
    if claim.verdict is Verdict.EXPIRED:
        return int(claim.rigor.points * EXPIRED_SHARE)
    return claim.rigor.points


@dataclass(frozen=True)
class _Group:
    word: str
    expired: bool
    count: int
    points: int


def evidence_strength(claims: Sequence[ReportClaim]) -> EvidenceStrength:
    """The mean proof points of the proven claims, and the kinds of proof that weigh most."""
    groups: dict[tuple[str, bool], list[int]] = {}
    for claim in claims:
        points = proof_points(claim)
        if points is None or claim.rigor is None:
            continue
        word = claim.rigor.word.lower() + (", recognised" if claim.rigor.recognition else "")
        groups.setdefault((word, claim.verdict is Verdict.EXPIRED), []).append(points)
    weighed = [points for group in groups.values() for points in group]
    if not weighed:
        return EvidenceStrength(
            overall=None, counted=0, reasons=("no credential is proven, so no evidence to weigh",)
        )
    ranked = sorted(
        (_Group(word, expired, len(p), sum(p)) for (word, expired), p in groups.items()),
        key=lambda group: (-group.points, group.word, group.expired),
    )
    overall = (2 * sum(weighed) + len(weighed)) // (2 * len(weighed))
    return EvidenceStrength(
        overall=overall,
        counted=len(weighed),
        reasons=tuple(_reason(group) for group in ranked[:MAX_REASONS]),
    )


def _reason(group: _Group) -> str:
    noun = "credential" if group.count == 1 else "credentials"
    state = "expired, counted at half" if group.expired else "proven"
    each = group.points // group.count
    return f"{group.count} {noun} {state}: {group.word} ({each} points each)"
