"""Rigor: how each catalog credential is assessed and renewed, with the public page that says so.

A policy is set per issuer where one page covers every credential of that issuer (an issuer
whose every certification exam is proctored), per issuer and kind where it differs by kind, and
per entry where one credential differs from its siblings (the Linux Foundation's hands-on CKA
beside its multiple-choice KCNA). The policies live in ``policies.py`` (the large IT and
certification issuers), ``policies_professions.py`` (professional bodies and smaller vendors),
``policies_health.py`` (health-care boards and nursing licences), ``policies_languages.py``
(language tests) and ``policies_learning.py`` (course-based credentials); accreditation in
``recognition.py``; preparation time in ``preparation.py``. Where no page was found the
assessment is ``unknown``, no source is recorded and the entry is listed, with the reason, in
``gaps.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from tools.catalog import (
    policies,
    policies_health,
    policies_languages,
    policies_learning,
    policies_professions,
)
from tools.catalog.gaps import UNSOURCED
from tools.catalog.policies import Policy
from tools.catalog.preparation import PREPARATION
from tools.catalog.recognition import ACCREDITATIONS, LICENCES

_Key = TypeVar("_Key")


def _merged(*parts: Mapping[_Key, Policy]) -> dict[_Key, Policy]:
    """One table from several modules; a key set twice is a mistake, not an override."""
    merged: dict[_Key, Policy] = {}
    for part in parts:
        twice = merged.keys() & part.keys()
        if twice:
            raise ValueError(f"policy set twice for {sorted(map(str, twice))}")
        merged.update(part)
    return merged


_MODULES = (policies, policies_professions, policies_health, policies_languages, policies_learning)
BY_ISSUER = _merged(*(module.BY_ISSUER for module in _MODULES))
BY_KIND = _merged(policies.BY_KIND)
BY_ENTRY = _merged(*(module.BY_ENTRY for module in _MODULES))


def _as_json(entry_id: str, policy: Policy | None) -> dict[str, object]:
    found: dict[str, object] = {"assessment": "unknown"}
    if policy is not None:
        found = {"assessment": policy.assessment, "assessment_source": policy.source}
        if policy.renewal is not None:
            found["renewal"] = {
                "required": policy.renewal.required,
                "period_months": policy.renewal.months,
                "continuing_education": policy.renewal.continuing_education,
                "source": policy.renewal.source,
            }
    preparation = PREPARATION.get(entry_id)
    if preparation is not None:
        found["prep_hours"] = preparation.hours
        found["prep_source"] = preparation.source
    return found


def policy_for(entry: dict[str, object]) -> Policy | None:
    """The most specific policy that covers an entry: its own, its issuer's for its kind, its
    issuer's."""
    entry_id, issuer, kind = str(entry["id"]), str(entry["issuer"]), str(entry["kind"])
    return BY_ENTRY.get(entry_id) or BY_KIND.get((issuer, kind)) or BY_ISSUER.get(issuer)


def _check_gaps(entries: list[dict[str, object]]) -> None:
    ids = {str(entry["id"]) for entry in entries}
    unassessed = {str(entry["id"]) for entry in entries if policy_for(entry) is None}
    for label, wrong in (
        (
            "no assessment policy and not listed in tools/catalog/gaps.py",
            unassessed - UNSOURCED.keys(),
        ),
        ("listed in tools/catalog/gaps.py but has a policy", UNSOURCED.keys() - unassessed),
        (
            "a policy, gap or preparation for an id not in the catalog",
            (BY_ENTRY.keys() | UNSOURCED.keys() | PREPARATION.keys()) - ids,
        ),
    ):
        if wrong:
            raise ValueError(f"{label}: {sorted(wrong)}")


def apply_rigor(entries: list[dict[str, object]]) -> None:
    """Give every entry its ``rigor``; run once, after every source module has added its
    entries."""
    _check_gaps(entries)
    for entry in entries:
        rigor = _as_json(str(entry["id"]), policy_for(entry))
        # The catalog's own term wins: an entry that does not lapse needs no renewal, whatever
        # its issuer does for its other credentials.
        if entry["validity_months"] is None and entry["kind"] != "licence":
            rigor.pop("renewal", None)
        accreditation = ACCREDITATIONS.get(str(entry["id"])) or LICENCES.get(str(entry["id"]))
        if accreditation is not None:
            rigor["accreditation"] = dict(accreditation)
        entry["rigor"] = rigor
