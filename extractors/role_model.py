"""What a role asks for: its requirements, each met by any of its alternatives."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class RequirementKind(StrEnum):
    """Whether the role needs it or would like it."""

    REQUIRED = "required"
    PREFERRED = "preferred"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Wanted(_Frozen):
    """One thing that meets a requirement: a catalogued credential or a skill."""

    catalog_id: str | None = None
    skill: str | None = None
    #: As the role wrote it ("CISSP", "Python").
    written: str

    @property
    def key(self) -> str:
        return self.catalog_id if self.catalog_id is not None else f"skill:{self.skill}"


class Requirement(_Frozen):
    """One requirement of a role: any of its alternatives meets it."""

    text: str = Field(min_length=1)
    kind: RequirementKind
    #: Empty when a structured item names nothing the catalog knows; matched by its text then.
    any_of: tuple[Wanted, ...] = ()
    #: "or equivalent": an equivalent credential meets it too (see docs/scoring.md).
    or_equivalent: bool = False
    #: How many distinct alternatives it needs ("at least two of: CISSP, CISM, CISA"); 1 is
    #: any one of them.
    at_least: int = Field(default=1, ge=1)
    #: How many alternatives the role named when some name nothing the catalog knows ("at
    #: least two of: CISSP, CISM, a vendor's own exam" names 3, knows 2); None when every
    #: name is known or the count is not known.
    named: int | None = Field(default=None, ge=1)


class Role(_Frozen):
    """What a role asks for, in the order the description asks it."""

    requirements: tuple[Requirement, ...]


class RoleError(ValueError):
    """A role that cannot be read: wrong shape or too large; the message is safe to show."""
