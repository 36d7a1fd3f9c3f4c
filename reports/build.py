"""From an extraction and its verifications to one scored report."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from extractors import Catalog, Role, load_catalog, normalise_name
from extractors.models import SHOWN_CLAIM_FIELDS, Candidate, Claim
from reports.history import with_history
from reports.models import (
    AlsoHeld,
    RedFlag,
    Report,
    ReportClaim,
    ReportSkill,
    ReportWallet,
    SkillLevel,
    Stack,
    StackPart,
)
from reports.rigor import claim_rigor, evidence_strength, proof_points
from reports.role_fit import role_fit
from reports.scoring import RED_FLAG_VERDICTS, claim_points, score, skill_level
from verifiers.identity import match_name
from verifiers.models import Assurance, CheckStatus, Verdict, Verification
from verifiers.wallets import HeldCredential, Wallet


def build(
    candidate: Candidate,
    verifications: Sequence[Verification],
    skills: Sequence[str] = (),
    warnings: Sequence[str] = (),
    *,
    report_id: str | None = None,
    generated_at: datetime | None = None,
    catalog: Catalog | None = None,
    wallets: Sequence[Wallet] = (),
    also_holds: Sequence[HeldCredential] = (),
    role: Role | None = None,
) -> Report:
    """Score the verifications of one résumé and gather what every output shows.

    ``verifications`` is the one claim list: each claim with its verdict. ``skills`` are
    those the résumé mentions and ``warnings`` what got in the way of reading it. Red flags
    come first among the claims; otherwise the verifications' order is kept. The wallets
    opened and what they hold beyond the résumé feed the skills, not the score. With a
    ``role``, the report says which of its requirements the claims prove (``role_fit``), or,
    failing a claim, a current credential in the candidate's own wallet.
    """
    return _assembled(
        candidate,
        verifications,
        skills,
        warnings,
        report_id=report_id if report_id is not None else uuid.uuid4().hex,
        generated_at=generated_at if generated_at is not None else datetime.now(UTC),
        catalog=catalog if catalog is not None else load_catalog(),
        wallets=tuple(_report_wallet(wallet, candidate.name) for wallet in wallets),
        held=tuple(_also_held(each) for each in also_holds),
        role=role,
    )


def rebuild(
    report: Report,
    verifications: Sequence[Verification],
    *,
    role: Role | None = None,
    catalog: Catalog | None = None,
) -> Report:
    """``report`` scored again with ``verifications`` in place of its claims' (an answered
    evidence request, a re-check): its id, date, candidate, skills, warnings, the wallets it
    opened and what they hold are kept, and the role fit judged again against ``role``.
    Histories are the caller's (``with_history``)."""
    return _assembled(
        report.candidate,
        verifications,
        tuple(skill.name for skill in report.skills),
        report.warnings,
        report_id=report.id,
        generated_at=report.generated_at,
        catalog=catalog if catalog is not None else load_catalog(),
        wallets=report.wallets,
        held=report.also_holds,
        role=role,
    )


def _assembled(
    candidate: Candidate,
    verifications: Sequence[Verification],
    skills: Sequence[str],
    warnings: Sequence[str],
    *,
    report_id: str,
    generated_at: datetime,
    catalog: Catalog,
    wallets: tuple[ReportWallet, ...],
    held: tuple[AlsoHeld, ...],
    role: Role | None,
) -> Report:
    claims = [_report_claim(verification) for verification in verifications]
    claims = [claim.model_copy(update={"rigor": claim_rigor(claim, catalog)}) for claim in claims]
    claims.sort(key=lambda claim: claim.verdict not in RED_FLAG_VERDICTS)
    skills_found = _skills(claims, skills, catalog, held)
    report = Report(
        id=report_id,
        generated_at=generated_at,
        candidate=candidate,
        claims=tuple(claims),
        skills=skills_found,
        stacks=_stacks(claims, catalog),
        score=score(claims),
        evidence_strength=evidence_strength(claims),
        red_flags=tuple(_red_flag(claim) for claim in claims if claim.verdict in RED_FLAG_VERDICTS),
        wallets=wallets,
        also_holds=held,
        warnings=tuple(warnings),
        role_fit=(
            role_fit(role, claims, skills_found, catalog, held, on=generated_at.date())
            if role is not None
            else None
        ),
    )
    return with_history(report)


def _report_claim(verification: Verification) -> ReportClaim:
    fields = {name: getattr(verification.claim, name) for name in SHOWN_CLAIM_FIELDS}
    return ReportClaim(
        **fields,
        verdict=verification.verdict,
        method=verification.method,
        assurance=verification.assurance,
        strength=claim_points(verification.verdict, verification.assurance),
        checks=verification.checks,
        evidence=verification.evidence,
        credential=verification.credential,
        provenance=verification.provenance or _provenance(verification),
    )


def verification_of(claim: ReportClaim) -> Verification:
    """A report's claim as the verification it was built from (less a pasted credential's
    raw payload, which reports do not keep), so a report can be rebuilt with one claim
    changed."""
    fields = claim.model_dump(include=set(SHOWN_CLAIM_FIELDS))
    return Verification(
        claim=Claim.model_validate(fields),
        verdict=claim.verdict,
        method=claim.method,
        assurance=claim.assurance,
        checks=claim.checks,
        evidence=claim.evidence,
        credential=claim.credential,
        provenance=claim.provenance,
    )


def _provenance(verification: Verification) -> str | None:
    """Where a verification's evidence came from when its source did not say: the claim's own
    link or file; None when nothing was fetched or read."""
    claim = verification.claim
    platform = verification.credential.platform if verification.credential else None
    on = f" ({platform})" if platform else ""
    if claim.payload and claim.payload.strip():
        return f"from the uploaded credential{on}"
    if verification.evidence and claim.url:
        return f"from the claim's own link{on}"
    return None


def _report_wallet(wallet: Wallet, name: str | None) -> ReportWallet:
    same = match_name(name, wallet.holder).same if name and wallet.holder else None
    return ReportWallet(
        label=wallet.label,
        url=wallet.url,
        platform=wallet.platform,
        holder=wallet.holder,
        holder_is_candidate=same,
        readable=wallet.readable,
        credentials=len(wallet.entries),
        checks=wallet.checks,
        evidence=wallet.evidence,
    )


def _also_held(held: HeldCredential) -> AlsoHeld:
    facts = held.facts
    return AlsoHeld(
        title=facts.title or "untitled",
        issuer=facts.issuer,
        issued_on=facts.issued_on,
        expires_on=facts.expires_on,
        skills=facts.skills,
        source=held.source,
        url=held.url,
        bound=held.bound,
        expired=held.expired,
    )


def _red_flag(claim: ReportClaim) -> RedFlag:
    failed = [check for check in claim.checks if check.status is CheckStatus.FAILED]
    reason = failed[0].detail if failed else f"the evidence gives {claim.verdict}"
    return RedFlag(claim=claim.id, title=claim.title, verdict=claim.verdict, reason=reason)


def _skills(
    claims: Sequence[ReportClaim],
    mentioned: Sequence[str],
    catalog: Catalog,
    held: Sequence[AlsoHeld] = (),
) -> tuple[ReportSkill, ...]:
    """Each skill once, under the catalog's name when it knows it, with the claims behind it.

    Credentials the candidate's own wallet holds beyond the résumé show their skills as
    proven by the platform (they name no claim).
    """
    names: dict[str, str] = {}
    evidence: dict[str, list[ReportClaim]] = {}
    shown: dict[str, None] = {}

    def key_of(written: str) -> str:
        known = catalog.skill(written)
        name = known.name if known is not None else written.strip()
        key = normalise_name(name)
        names.setdefault(key, name)
        evidence.setdefault(key, [])
        return key

    for claim in claims:
        written = [*claim.skills, *(claim.credential.skills if claim.credential else ())]
        for key in dict.fromkeys(key_of(skill) for skill in written if skill.strip()):
            evidence[key].append(claim)
    for skill in mentioned:
        if skill.strip():
            key_of(skill)
    for credential in held:
        if credential.bound:
            for skill in credential.skills:
                if skill.strip():
                    shown[key_of(skill)] = None
    skills = [
        ReportSkill(
            name=names[key],
            **_strongest(backing),
            level=skill_level(
                [
                    *((claim.verdict, claim.assurance) for claim in backing),
                    # Listed by the platform, not checked one by one: partly verified.
                    *([(Verdict.VERIFIED, Assurance.LINK)] if key in shown else []),
                ]
            ),
            claims=tuple(claim.id for claim in backing),
        )
        for key, backing in evidence.items()
    ]
    order = list(SkillLevel)
    # Within a level, the skill proven by the most demanding credential first.
    skills.sort(
        key=lambda skill: (
            order.index(skill.level),
            -(skill.strength if skill.strength is not None else -1),
            skill.name.casefold(),
        )
    )
    return tuple(skills)


def _strongest(backing: Sequence[ReportClaim]) -> dict[str, Any]:
    """The strength and rigor word of the most demanding proof behind a skill."""
    proofs = [(points, claim) for claim in backing if (points := proof_points(claim)) is not None]
    if not proofs:
        return {}
    points, claim = max(proofs, key=lambda proof: proof[0])
    return {"strength": points, "rigor": claim.rigor.word if claim.rigor else None}


def _stacks(claims: Sequence[ReportClaim], catalog: Catalog) -> tuple[Stack, ...]:
    """The stacks that the claimed credentials lead to or belong to, and how much is proven.

    A stack's parts are the entries it lists as ``parts`` and the entries that name it in
    ``stacks_into``; a part is proven by a verified claim (an expired one still shows it
    was earned). Only stacks with a proven part are listed.
    """
    by_entry: dict[str, list[ReportClaim]] = {}
    for claim in claims:
        if claim.catalog_id is not None and catalog.by_id(claim.catalog_id) is not None:
            by_entry.setdefault(claim.catalog_id, []).append(claim)
    targets: dict[str, None] = {}
    for entry_id in by_entry:
        entry = catalog.by_id(entry_id)
        assert entry is not None
        targets.update(dict.fromkeys(entry.stacks_into))
        if entry.parts:
            targets[entry.id] = None
    stacks: list[Stack] = []
    for target_id in targets:
        target = catalog.by_id(target_id)
        if target is None:
            continue
        part_ids = dict.fromkeys(target.parts)
        part_ids.update(
            dict.fromkeys(entry.id for entry in catalog.entries if target_id in entry.stacks_into)
        )
        parts = []
        for part_id in part_ids:
            part = catalog.by_id(part_id)
            if part is None:
                continue
            shown = by_entry.get(part_id, [])
            parts.append(
                StackPart(
                    catalog_id=part_id,
                    title=part.title,
                    claims=tuple(claim.id for claim in shown),
                    proven=any(
                        claim.verdict in {Verdict.VERIFIED, Verdict.EXPIRED} for claim in shown
                    ),
                )
            )
        # A path is worth showing once part of it is proven; unproven paths are noise.
        if not any(part.proven for part in parts):
            continue
        stacks.append(
            Stack(
                catalog_id=target_id,
                title=target.title,
                claims=tuple(claim.id for claim in by_entry.get(target_id, [])),
                parts=tuple(parts),
                proven=sum(part.proven for part in parts),
                total=len(parts),
            )
        )
    return tuple(stacks)
