"""Whether the proven claims cover a role: each requirement proven, claimed, contradicted or
missing, with the claims that decide it. The rule is in ``docs/scoring.md`` (*Role fit*)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from extractors import (
    Catalog,
    CatalogEntry,
    Requirement,
    RequirementKind,
    Role,
    ended_before,
    normalise_name,
)
from reports.fit_models import (
    AlternativeStatus,
    PathProgress,
    RequirementEvidence,
    RequirementStatus,
    RoleFit,
    RoleRequirement,
)
from reports.models import AlsoHeld, ReportClaim, ReportSkill
from verifiers.models import Verdict

#: Verdicts that prove a requirement, that contradict it, and that only claim it.
PROVING = frozenset({Verdict.VERIFIED})
CONTRADICTING = frozenset({Verdict.MISMATCH, Verdict.REVOKED, Verdict.INVALID, Verdict.EXPIRED})
#: A part of a path is earned when verified, or expired (it was earned), as in ``stacks``.
PART_EARNED = frozenset({Verdict.VERIFIED, Verdict.EXPIRED})
#: The rungs of an issuer's ladder; a specialty sits beside the professional rung.
LEVEL_RANK = {"foundational": 0, "associate": 1, "professional": 2, "specialty": 2, "expert": 3}


def role_fit(
    role: Role,
    claims: Sequence[ReportClaim],
    skills: Sequence[ReportSkill],
    catalog: Catalog,
    also_holds: Sequence[AlsoHeld] = (),
    *,
    on: date | None = None,
) -> RoleFit:
    """Each requirement of ``role`` against the report's claims and skills, then against the
    credentials the candidate's own wallets list beyond the résumé (current ``on`` that day)."""
    held = [_Held(each, _entry_of(each.title, catalog)) for each in _proving(also_holds, on)]
    requirements = tuple(_judged(each, claims, skills, catalog, held) for each in role.requirements)
    required = [each for each in requirements if each.kind is RequirementKind.REQUIRED]
    return RoleFit(
        required_proven=sum(each.status is RequirementStatus.PROVEN for each in required),
        required_total=len(required),
        requirements=requirements,
    )


def satisfying_ids(entry: CatalogEntry, catalog: Catalog, *, equivalent: bool) -> frozenset[str]:
    """The catalog ids whose claim meets a requirement for ``entry``: the entry itself and the
    higher rungs of its own issuer's track (what it ``stacks_into``, followed on, at a level
    no lower); with ``equivalent``, also credentials of its field at its level or above that
    prove one of its skills."""
    found = {entry.id}
    rank = LEVEL_RANK.get(entry.level.value) if entry.level else None
    issuers = _issuer_names(entry)
    pending = list(entry.stacks_into)
    while pending:
        step = catalog.by_id(pending.pop())
        if step is None or step.id in found or not (_issuer_names(step) & issuers):
            continue
        step_rank = LEVEL_RANK.get(step.level.value) if step.level else None
        if rank is None or step_rank is None or step_rank < rank:
            continue
        found.add(step.id)
        pending.extend(step.stacks_into)
    if equivalent and rank is not None:
        for other in catalog.entries:
            other_rank = LEVEL_RANK.get(other.level.value) if other.level else None
            if (
                other.category is entry.category
                and other_rank is not None
                and other_rank >= rank
                and set(other.skills) & set(entry.skills)
            ):
                found.add(other.id)
    return frozenset(found)


def _issuer_names(entry: CatalogEntry) -> set[str]:
    return {normalise_name(name) for name in (entry.issuer, *entry.issuer_aliases)}


class _Held:
    """A credential a wallet lists beyond the résumé, with the catalog entry it is."""

    def __init__(self, credential: AlsoHeld, entry: CatalogEntry | None) -> None:
        self.credential = credential
        self.catalog_id = entry.id if entry is not None else None

    def evidence(self) -> RequirementEvidence:
        held = self.credential
        return RequirementEvidence(
            title=held.title, issuer=held.issuer, source=held.source, url=held.url
        )


def _proving(also_holds: Sequence[AlsoHeld], on: date | None) -> list[AlsoHeld]:
    """The wallet credentials that can prove a requirement: in a wallet in the candidate's
    name, not marked expired by it, and not past their expiry date (a partial date runs to
    the end of its month or year)."""
    return [
        held
        for held in also_holds
        if held.bound
        and not held.expired
        and not (on and held.expires_on and ended_before(held.expires_on, on))
    ]


def _entry_of(title: str, catalog: Catalog) -> CatalogEntry | None:
    """The catalog entry a wallet's title names: the one whose longest title or alias the
    title holds ("CKA: Certified Kubernetes Administrator" → cka), or whose acronym it is."""
    written = normalise_name(title)
    best: tuple[int, CatalogEntry] | None = None
    for entry in catalog.entries:
        if title.strip() in entry.acronyms:
            return entry
        for name in (entry.title, *entry.aliases):
            key = normalise_name(name)
            # Short aliases ("SAA") would be found inside unrelated words.
            if len(key) >= 8 and key in written and (best is None or len(key) > best[0]):
                best = (len(key), entry)
    return best[1] if best is not None else None


def _judged(
    requirement: Requirement,
    claims: Sequence[ReportClaim],
    skills: Sequence[ReportSkill],
    catalog: Catalog,
    held: Sequence[_Held] = (),
) -> RoleRequirement:
    if requirement.at_least > 1:
        return _counted(requirement, claims, skills, catalog, held)
    matching: dict[str, ReportClaim] = {}
    proving_held: dict[int, _Held] = {}
    mentioned = False
    path: PathProgress | None = None
    path_claims: tuple[str, ...] = ()
    for wanted in requirement.any_of:
        if wanted.catalog_id is not None:
            entry = catalog.by_id(wanted.catalog_id)
            if entry is None:
                continue
            ids = satisfying_ids(entry, catalog, equivalent=requirement.or_equivalent)
            matching.update({c.id: c for c in claims if c.catalog_id in ids})
            proving_held.update({id(h): h for h in held if h.catalog_id in ids})
            if entry.parts and path is None:
                path, path_claims = _path(entry, claims)
        elif wanted.skill is not None:
            key = _skill_key(wanted.skill, catalog)
            matching.update({c.id: c for c in claims if key in _claim_skills(c, catalog)})
            proving_held.update(
                {
                    id(h): h
                    for h in held
                    if key in {_skill_key(s, catalog) for s in h.credential.skills}
                }
            )
            mentioned = mentioned or any(_skill_key(s.name, catalog) == key for s in skills)
    if not requirement.any_of:
        # A structured item the catalog does not know is looked for in the claims' titles.
        written = normalise_name(requirement.text)
        if len(written) >= 4:
            matching.update(
                {
                    c.id: c
                    for c in claims
                    if any(
                        written in normalise_name(title)
                        for title in (c.title, c.credential.title if c.credential else None)
                        if title
                    )
                }
            )
            proving_held.update(
                {id(h): h for h in held if written in normalise_name(h.credential.title)}
            )
    status, deciding = _status(matching.values(), mentioned)
    evidence: tuple[RequirementEvidence, ...] = ()
    if path is not None and status is not RequirementStatus.PROVEN:
        if path.proven == path.total:
            status, deciding = RequirementStatus.PROVEN, path_claims
        elif path.proven and status is RequirementStatus.MISSING:
            deciding = path_claims
    if status is not RequirementStatus.PROVEN and proving_held:
        # A claim that proves it is named first; failing that, the candidate's own wallet
        # proves it though the résumé leaves it out (or claims it without proof).
        status, deciding = RequirementStatus.PROVEN, ()
        evidence = tuple(each.evidence() for each in proving_held.values())
    return RoleRequirement(
        text=requirement.text,
        kind=requirement.kind,
        status=status,
        claims=deciding,
        evidence=evidence,
        path=path if path is not None and path.proven else None,
    )


def _counted(
    requirement: Requirement,
    claims: Sequence[ReportClaim],
    skills: Sequence[ReportSkill],
    catalog: Catalog,
    held: Sequence[_Held],
) -> RoleRequirement:
    """A requirement that needs ``at_least`` of its alternatives: proven when that many are
    proven, each by a claim (or wallet credential) of its own; claimed when that many are at
    least claimed; else contradicted if one is, else missing, the alternatives met shown."""
    each_alone = [
        _judged(
            requirement.model_copy(update={"any_of": (wanted,), "at_least": 1}),
            claims,
            skills,
            catalog,
            held,
        )
        for wanted in requirement.any_of
    ]

    def backing(judged: RoleRequirement, wanted_key: str) -> set[str]:
        # What meets it: its claims, else its wallet credentials, else the résumé's naming
        # of the skill (that alternative's own).
        return (
            set(judged.claims)
            or {f"held:{each.title}" for each in judged.evidence}
            or {f"named:{wanted_key}"}
        )

    keys = [wanted.key for wanted in requirement.any_of]
    by_status = {
        status: [
            backing(judged, key)
            for judged, key in zip(each_alone, keys, strict=True)
            if judged.status is status
        ]
        for status in RequirementStatus
    }
    proven = by_status[RequirementStatus.PROVEN]
    met = _distinct(proven + by_status[RequirementStatus.CLAIMED])
    needed = requirement.at_least
    known = len(requirement.any_of)
    if _distinct(proven) >= needed:
        status = RequirementStatus.PROVEN
    elif met >= needed or (needed > known and met == known > 0):
        # Too few names known to prove it, and every known one met: as far as credlens can
        # see it is claimed; the report says a person checks the rest.
        status = RequirementStatus.CLAIMED
    elif by_status[RequirementStatus.CONTRADICTED]:
        status = RequirementStatus.CONTRADICTED
    else:
        status = RequirementStatus.MISSING
    return RoleRequirement(
        text=requirement.text,
        kind=requirement.kind,
        status=status,
        claims=tuple(dict.fromkeys(c for judged in each_alone for c in judged.claims)),
        evidence=tuple(dict.fromkeys(e for judged in each_alone for e in judged.evidence)),
        at_least=needed,
        alternatives=tuple(
            AlternativeStatus(text=wanted.written, status=judged.status, path=judged.path)
            for wanted, judged in zip(requirement.any_of, each_alone, strict=True)
        ),
        named=requirement.named,
    )


def _distinct(backings: list[set[str]]) -> int:
    """How many alternatives can each have a backing of its own: one claim proving two
    alternatives (a Professional meeting its Associate too) counts once. A maximum matching,
    by augmenting paths; the lists are a handful long."""
    owner: dict[str, int] = {}

    def assign(alternative: int, seen: set[str]) -> bool:
        for source in backings[alternative]:
            if source in seen:
                continue
            seen.add(source)
            if source not in owner or assign(owner[source], seen):
                owner[source] = alternative
                return True
        return False

    return sum(assign(alternative, set()) for alternative in range(len(backings)))


def _status(
    matching: Iterable[ReportClaim], mentioned: bool
) -> tuple[RequirementStatus, tuple[str, ...]]:
    found = list(matching)
    for status, verdicts in (
        (RequirementStatus.PROVEN, PROVING),
        (RequirementStatus.CONTRADICTED, CONTRADICTING),
    ):
        deciding = tuple(claim.id for claim in found if claim.verdict in verdicts)
        if deciding:
            return status, deciding
    if found or mentioned:
        return RequirementStatus.CLAIMED, tuple(claim.id for claim in found)
    return RequirementStatus.MISSING, ()


def _path(
    entry: CatalogEntry, claims: Sequence[ReportClaim]
) -> tuple[PathProgress, tuple[str, ...]]:
    earned = [
        claim.id
        for part in entry.parts
        for claim in claims
        if claim.catalog_id == part and claim.verdict in PART_EARNED
    ]
    proven = len({claim.catalog_id for claim in claims if claim.id in earned and claim.catalog_id})
    return PathProgress(proven=proven, total=len(entry.parts)), tuple(dict.fromkeys(earned))


def _skill_key(written: str, catalog: Catalog) -> str:
    known = catalog.skill(written)
    return normalise_name(known.name if known is not None else written)


def _claim_skills(claim: ReportClaim, catalog: Catalog) -> set[str]:
    written = [*claim.skills, *(claim.credential.skills if claim.credential else ())]
    return {_skill_key(skill, catalog) for skill in written if skill.strip()}
