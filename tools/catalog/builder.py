"""Small helpers that keep the catalog source readable: issuers once, entries one call each."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Issuer:
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    verified_on: tuple[str, ...]


ENTRIES: list[dict[str, object]] = []

#: Acronyms that, on many résumés, mean something other than the credential: a CAD
#: drawing, a PCA of a data set, CPE credits, CPT codes, the CIA triad, a CDL driving
#: licence, an FFA (Future Farmers of America) chapter. They are kept out of ``acronyms``
#: (which the extractor matches as written, anywhere) and survive only in issuer-qualified
#: aliases such as "ServiceNow CAD".
AMBIGUOUS_ACRONYMS = frozenset(
    {
        "A&P",
        "ACA",
        "ACE",
        "CAD",
        "CAE",
        "CBP",
        "CC",
        "CCA",
        "CCP",
        "CCS",
        "CCT",
        "CDL",
        "CDS",
        "CIA",
        "CPE",
        "CPT",
        "CSA",
        "CTA",
        "DPI",
        "DSV",
        "EA",
        "FE",
        "FFA",
        "FCP",
        "GRP",
        "ICA",
        "LPM",
        "LPT",
        "PCA",
        "PDE",
        "PE",
        "RMA",
        "RTE",
        "SCR",
        "SDP",
        "SPC",
        "SPS",
        "SSM",
    }
)


def add(
    entry_id: str,
    title: str,
    issuer: Issuer,
    category: str,
    kind: str = "certification",
    *,
    aliases: tuple[str, ...] = (),
    acronyms: tuple[str, ...] = (),
    codes: tuple[str, ...] = (),
    level: str | None = None,
    valid: int | None = None,
    skills: tuple[str, ...] = (),
    stacks: tuple[str, ...] = (),
    parts: tuple[str, ...] = (),
    verified_on: tuple[str, ...] | None = None,
) -> None:
    """Append one catalog entry; ``valid`` is the validity in months, None if it never lapses."""
    qualified = tuple(
        f"{name} {acronym}"
        for acronym in acronyms
        if acronym in AMBIGUOUS_ACRONYMS
        for name in (issuer.name, min((issuer.name, *issuer.aliases), key=len))
    )
    aliases = tuple(dict.fromkeys((*aliases, *qualified)))
    acronyms = tuple(acronym for acronym in acronyms if acronym not in AMBIGUOUS_ACRONYMS)
    ENTRIES.append(
        {
            "id": entry_id,
            "title": title,
            "aliases": list(aliases),
            "acronyms": list(acronyms),
            "exam_codes": list(codes),
            "issuer": issuer.name,
            "issuer_aliases": list(issuer.aliases),
            "issuer_domains": list(issuer.domains),
            "verified_on": list(verified_on or issuer.verified_on),
            "validity_months": valid,
            "level": level,
            "category": category,
            "kind": kind,
            "skills": list(skills),
            "stacks_into": list(stacks),
            "parts": list(parts),
        }
    )


def course_series(
    prefix: str,
    titles: tuple[str, ...],
    issuer: Issuer,
    category: str,
    skills: tuple[str, ...],
) -> tuple[str, ...]:
    """Add the courses of a MOOC programme as entries; return their ids in order."""
    ids = []
    for number, title in enumerate(titles, start=1):
        entry_id = f"{prefix}-course-{number}"
        # A single course is checked on the platform that hosts it, not on a badge site.
        add(
            entry_id,
            title,
            issuer,
            category,
            "course",
            skills=skills,
            verified_on=issuer.verified_on[:1],
        )
        ids.append(entry_id)
    return tuple(ids)
