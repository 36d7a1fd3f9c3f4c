"""The role-fit part of the report: each requirement of a role and what the claims make of it.

Apart from ``reports.models`` so the report can hold it and ``reports.role_fit`` can judge it
without either importing the other's logic.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from extractors import RequirementKind


class RequirementStatus(StrEnum):
    """How far the candidate's claims meet one requirement (see docs/scoring.md, Role fit)."""

    PROVEN = "proven"
    CLAIMED = "claimed"
    CONTRADICTED = "contradicted"
    MISSING = "missing"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PathProgress(_Frozen):
    """How much of a credential made of parts (a specialization's courses) is proven."""

    proven: int = Field(ge=0)
    total: int = Field(ge=1)


class RequirementEvidence(_Frozen):
    """A credential the résumé does not claim that proves a requirement: the candidate's own
    wallet (a Credly profile, a Microsoft Learn transcript) lists it, current, in their name."""

    #: Where the proof comes from; the one kind so far is a credential the report's
    #: ``also_holds`` lists.
    kind: Literal["also_held"] = "also_held"
    title: str
    issuer: str | None = None
    #: The wallet it was read from, as the report names it ("the candidate's Credly profile
    #: (jane-doe)").
    source: str
    url: str | None = None


class AlternativeStatus(_Frozen):
    """One alternative of a requirement that needs several ("at least two of: CISSP, CISM,
    CISA") and how far the claims meet it alone."""

    text: str
    status: RequirementStatus
    #: Set when the alternative is a credential made of parts and some of them are proven
    #: (as a requirement's own ``path``).
    path: PathProgress | None = Field(default=None, exclude_if=lambda value: value is None)

    @property
    def shown(self) -> str:
        """ "CISSP proven", or "Google Data Analytics missing, 3 of 8 parts proven"."""
        parts = f", {self.path.proven} of {self.path.total} parts proven" if self.path else ""
        return f"{self.text} {self.status.value}{parts}"


class RoleRequirement(_Frozen):
    """One requirement of the role, and what the candidate's claims make of it."""

    text: str
    kind: RequirementKind
    status: RequirementStatus
    #: The claims that decide the status: the proving ones, else the contradicted, else the
    #: claimed; for a path, the claims of its proven parts.
    claims: tuple[str, ...] = ()
    #: What proves it beyond the résumé's claims: credentials the candidate's wallets list and
    #: the résumé does not (then ``claims`` is empty); absent when there is none.
    evidence: tuple[RequirementEvidence, ...] = Field(
        default=(), exclude_if=lambda value: not value
    )
    #: Set when the requirement is a credential made of parts and some of them are proven.
    path: PathProgress | None = Field(default=None, exclude_if=lambda value: value is None)
    #: How many distinct alternatives it needs ("at least two of the following"); absent when
    #: any one does.
    at_least: int = Field(default=1, ge=1, exclude_if=lambda value: value == 1)
    #: With ``at_least`` above 1: each alternative and its own status, in the role's order.
    alternatives: tuple[AlternativeStatus, ...] = Field(
        default=(), exclude_if=lambda value: not value
    )
    #: With ``at_least`` above 1: how many names the role listed when credlens knows fewer
    #: (``alternatives`` holds the known ones; a person checks the others); absent else.
    named: int | None = Field(default=None, ge=1, exclude_if=lambda value: value is None)

    @property
    def needed(self) -> str | None:
        """ "2 of 4 needed: CISSP proven, CISM claimed" when it needs several, else None; it
        says so when some names are unknown to credlens, and when too few are known to prove
        it here."""
        if self.at_least == 1:
            return None
        held = [
            each.shown
            for each in self.alternatives
            if each.status is not RequirementStatus.MISSING or each.path is not None
        ]
        listed = ", ".join(held) if held else "none held"
        known = len(self.alternatives)
        if self.named is None and self.at_least <= known:
            return f"{self.at_least} of {known} needed: {listed}"
        head = f"{self.at_least} of {self.named}" if self.named else str(self.at_least)
        head += " needed"
        unknown = (
            f"only {known} of the names {'is' if known == 1 else 'are'} known to credlens"
            if known
            else "none of the names is known to credlens"
        )
        if self.at_least > known:
            return f"{head}; {unknown}, so it cannot be proven here (a person checks): {listed}"
        return f"{head}; {unknown} (a person checks the others): {listed}"


class RoleFit(_Frozen):
    """The role's requirements against the report: "x of y required proven" first."""

    required_proven: int = Field(ge=0)
    required_total: int = Field(ge=0)
    requirements: tuple[RoleRequirement, ...]
