"""Whether extraction gives the same claims from two forms of one résumé.

A claim is compared by what a recruiter would act on: the catalog entry it was matched to
(else its title, case and spacing aside), its issuer, credential ID, dates (at the precision
both forms write) and link. Claims are compared as multisets.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from extractors import Claim, extract
from testkit.metamorphic.axes import AXES, BASELINE, Variant
from testkit.metamorphic.render import render
from testkit.metamorphic.resumes import Resume

Signature = tuple[str | None, ...]


def _plain(text: str | None) -> str | None:
    if text is None:
        return None
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = re.sub(r"[\u2010-\u2015\u2212]", "-", folded)
    return " ".join(folded.split())


def _date(value: str | None, precision: str) -> str | None:
    return value[: 4 if precision == "year" else 7] if value else None


def signature(claim: Claim, precision: str = "month") -> Signature:
    """What of one claim must not change with the form."""
    return (
        claim.catalog_id or _plain(claim.title),
        _plain(claim.issuer),
        claim.credential_id,
        _date(claim.issued_on, precision),
        _date(claim.expires_on, precision),
        claim.url,
    )


def claims_of(resume: Resume, variant: Variant | None = None) -> list[Claim]:
    """The claims extraction finds in one rendering."""
    filename, data = render(resume, variant.style if variant else BASELINE)
    return list(extract(data, filename).claims)


def signatures(claims: Iterable[Claim], precision: str = "month") -> Counter[Signature]:
    return Counter(signature(claim, precision) for claim in claims)


def reads_right(resume: Resume, claims: list[Claim]) -> bool:
    """Whether the known-good form is read as written: one claim per credential, each with its
    ID, dates and link, and its issuer as written unless the catalog names the body that
    awards it (a CPA licence's state board, not the AICPA named beside it)."""
    found = Counter((c.credential_id, c.issued_on, c.expires_on, c.url) for c in claims)
    wanted = Counter(
        (c.credential_id, c.issued_on, c.expires_on, c.url) for c in resume.credentials
    )
    written = {_plain(c.issuer) for c in resume.credentials}
    issuers_kept = all(c.catalog_id or _plain(c.issuer) in written for c in claims)
    return found == wanted and issuers_kept


@dataclass
class AxisResult:
    """How many renderings of one axis kept the claims, and which did not."""

    kept: int = 0
    total: int = 0
    changed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.kept / self.total if self.total else 1.0


@dataclass
class Run:
    """Invariance over a set of résumés: per axis, and the résumés left out."""

    axes: dict[str, AxisResult]
    misread: list[str]

    @property
    def overall(self) -> float:
        kept = sum(result.kept for result in self.axes.values())
        total = sum(result.total for result in self.axes.values())
        return kept / total if total else 1.0

    @property
    def worst(self) -> tuple[str, float]:
        axis = min(self.axes, key=lambda name: self.axes[name].share)
        return axis, self.axes[axis].share


def measure(resumes: Iterable[Resume], axes: Iterable[str] | None = None) -> Run:
    """Render every résumé in its known-good form and in each variant; count the variants whose
    claims are the known-good form's. A résumé whose known-good form is misread is left out."""
    chosen = {name: AXES[name] for name in (axes or AXES)}
    run = Run(axes={name: AxisResult() for name in chosen}, misread=[])
    for resume in resumes:
        reference = claims_of(resume)
        if not reads_right(resume, reference):
            run.misread.append(resume.key)
            continue
        for name, variants in chosen.items():
            for variant in variants:
                result = run.axes[name]
                result.total += 1
                found = signatures(claims_of(resume, variant), variant.precision)
                if found == signatures(reference, variant.precision):
                    result.kept += 1
                else:
                    result.changed.append((resume.key, variant.name))
    return run
