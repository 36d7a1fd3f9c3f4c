"""The credential catalog and skills list shipped with credlens, and the models that read them.

Both are package data (``extractors/data/catalog.json`` and ``skills.json``), checked
when loaded: a dangling reference or an unknown skill is a packaging bug, not a
condition to cope with at run time. ``docs/catalog.md`` describes the schema.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from enum import StrEnum
from functools import cache, cached_property
from importlib.resources import files
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from extractors.rigor import Rigor

_DATA_DIR = "data"
CATALOG_FILE = "catalog.json"
SKILLS_FILE = "skills.json"

#: Lowercase words joined by single hyphens: stable, URL-safe catalog ids.
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_DOMAIN_PATTERN = r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$"


class Category(StrEnum):
    """The field a credential belongs to."""

    CLOUD = "cloud"
    IT = "it"
    SECURITY = "security"
    NETWORKING = "networking"
    PROJECT_MANAGEMENT = "project-management"
    DATA = "data"
    FINANCE = "finance"
    HEALTHCARE = "healthcare"
    HR = "hr"
    MOOC = "mooc"
    LANGUAGE = "language"
    ENGINEERING = "engineering"


class Kind(StrEnum):
    """What sort of credential an entry is, which decides how a résumé tends to name it."""

    CERTIFICATION = "certification"
    LICENCE = "licence"
    EXAM = "exam"
    COURSE = "course"
    SPECIALIZATION = "specialization"
    PROFESSIONAL_CERTIFICATE = "professional-certificate"
    PROGRAM = "program"
    BADGE = "badge"
    DESIGNATION = "designation"


class Level(StrEnum):
    """The rung a certification sits on in its issuer's ladder."""

    FOUNDATIONAL = "foundational"
    ASSOCIATE = "associate"
    PROFESSIONAL = "professional"
    EXPERT = "expert"
    SPECIALTY = "specialty"


class VerificationPlatform(StrEnum):
    """Where a holder's credential is usually checked."""

    CREDLY = "credly"
    ACCREDIBLE = "accredible"
    MSLEARN = "mslearn"
    COURSERA = "coursera"
    EDX = "edx"
    VENDOR = "vendor"
    LICENSING_BOARD = "licensing-board"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


_LEADING_THE = re.compile(r"^the\s+")
# Compiled once: a command reading one résumé normalises some 6,000 names (the catalog's and
# its skills'), and looking each pattern up in ``re``'s cache was about a sixth of the time.
_NOT_NAME = re.compile(r"[^\w+#]|_")


def normalise_name(text: str) -> str:
    """Reduce a name to letters, digits, ``+`` and ``#`` so that spacing, case and punctuation
    never matter, while C, C++ and C# stay apart.

    ``(ISC)²``, ``ISC2`` and ``isc 2`` all become ``isc2``; a leading "The" is
    dropped so "The Linux Foundation" matches "Linux Foundation".
    """
    folded = unicodedata.normalize("NFKC", text).casefold().strip()
    return _NOT_NAME.sub("", _LEADING_THE.sub("", folded))


class Skill(_Frozen):
    """A normalised skill name and the other ways people write it."""

    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    group: str = Field(min_length=1)


class CatalogEntry(_Frozen):
    """One credential: how it is written, who issues it, where it is checked, what it proves."""

    id: str = Field(pattern=SLUG_PATTERN)
    title: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    #: Written as issued ("CKA", "PMI-ACP"); matched case-sensitively, since "cia" is not "CIA".
    acronyms: tuple[str, ...] = ()
    exam_codes: tuple[str, ...] = ()
    issuer: str = Field(min_length=1)
    issuer_aliases: tuple[str, ...] = ()
    issuer_domains: tuple[str, ...] = Field(min_length=1)
    verified_on: tuple[VerificationPlatform, ...] = Field(min_length=1)
    #: How long one award stays current; None when it does not expire.
    validity_months: int | None = Field(default=None, gt=0)
    level: Level | None = None
    category: Category
    kind: Kind
    skills: tuple[str, ...] = ()
    stacks_into: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()
    #: How it is assessed, recognised and renewed, each value with its public source.
    rigor: Rigor | None = None

    @model_validator(mode="after")
    def _domains_are_hosts(self) -> CatalogEntry:
        for domain in self.issuer_domains:
            if not re.fullmatch(_DOMAIN_PATTERN, domain):
                raise ValueError(f"{self.id}: {domain!r} is not a lowercase host name")
        return self

    @property
    def names(self) -> tuple[str, ...]:
        """Every way the credential itself is written: title, aliases, acronyms, exam codes."""
        return (self.title, *self.aliases, *self.acronyms, *self.exam_codes)


class Catalog(_Frozen):
    """The credentials credlens knows, with the skills they evidence, checked for consistency."""

    entries: tuple[CatalogEntry, ...]
    skills: tuple[Skill, ...]

    @model_validator(mode="after")
    def _references_resolve(self) -> Catalog:
        ids = [entry.id for entry in self.entries]
        _refuse_duplicates("catalog id", ids)
        owners: dict[str, str] = {}
        for skill in self.skills:
            for name in (skill.name, *skill.aliases):
                owner = owners.setdefault(normalise_name(name), skill.name)
                if owner != skill.name:
                    raise ValueError(f"skill {name!r} names both {owner!r} and {skill.name!r}")
        known_ids = set(ids)
        known_skills = {skill.name for skill in self.skills}
        for entry in self.entries:
            for field, targets in (("stacks_into", entry.stacks_into), ("parts", entry.parts)):
                if entry.id in targets:
                    raise ValueError(f"{entry.id}: {field} names the entry itself")
                missing = sorted(set(targets) - known_ids)
                if missing:
                    raise ValueError(f"{entry.id}: {field} names unknown ids {missing}")
            unknown = sorted(set(entry.skills) - known_skills)
            if unknown:
                raise ValueError(f"{entry.id}: skills not in the skills list {unknown}")
        return self

    @cached_property
    def _by_id(self) -> Mapping[str, CatalogEntry]:
        return {entry.id: entry for entry in self.entries}

    @cached_property
    def _entries_by_issuer(self) -> Mapping[str, tuple[CatalogEntry, ...]]:
        found: dict[str, dict[str, CatalogEntry]] = {}
        for entry in self.entries:
            for name in (entry.issuer, *entry.issuer_aliases):
                found.setdefault(normalise_name(name), {})[entry.id] = entry
        return {name: tuple(entries.values()) for name, entries in found.items()}

    @cached_property
    def _skills_by_name(self) -> Mapping[str, Skill]:
        return {
            normalise_name(name): skill
            for skill in self.skills
            for name in (skill.name, *skill.aliases)
        }

    def by_id(self, entry_id: str) -> CatalogEntry | None:
        """The entry with this id, if the catalog has one."""
        return self._by_id.get(entry_id)

    def issuer_domains(self, issuer_name: str) -> frozenset[str]:
        """The web domains an issuer uses, found by its name or any alias, in any case."""
        entries = self.by_issuer(issuer_name)
        return frozenset(domain for entry in entries for domain in entry.issuer_domains)

    def by_issuer(self, issuer_name: str) -> tuple[CatalogEntry, ...]:
        """The entries issued under this name or one of its aliases."""
        return self._entries_by_issuer.get(normalise_name(issuer_name), ())

    def skill(self, written: str) -> Skill | None:
        """The skill a written name or alias stands for ("k8s" → Kubernetes), if known."""
        return self._skills_by_name.get(normalise_name(written))


def _refuse_duplicates(what: str, values: Iterable[str]) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"duplicate {what}: {value!r}")
        seen.add(value)


def _read_json(name: str) -> Any:
    return json.loads(files("extractors").joinpath(_DATA_DIR, name).read_text(encoding="utf-8"))


@cache
def load_skills() -> tuple[Skill, ...]:
    """The skills list shipped with credlens, read once per process."""
    return tuple(Skill.model_validate(item) for item in _read_json(SKILLS_FILE)["skills"])


@cache
def load_catalog() -> Catalog:
    """The credential catalog shipped with credlens, read and checked once per process."""
    entries = tuple(
        CatalogEntry.model_validate(item) for item in _read_json(CATALOG_FILE)["entries"]
    )
    return Catalog(entries=entries, skills=load_skills())
