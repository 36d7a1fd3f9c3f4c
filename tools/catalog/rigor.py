"""Rigor: how each catalog credential is assessed and renewed, with the public page that says so.

A policy is set per issuer where one page covers every credential of that issuer (an issuer
whose every certification exam is proctored), per issuer and kind where it differs by kind, and
per entry where one credential differs from its siblings (the Linux Foundation's hands-on CKA
beside its multiple-choice KCNA). Accreditation lives in ``recognition.py``. Where no page was
found the assessment is ``unknown`` and no source is recorded: a value is never guessed.
"""

from __future__ import annotations

from tools.catalog.policies import BY_ENTRY, BY_ISSUER, BY_KIND, Policy
from tools.catalog.recognition import ACCREDITATIONS, LICENCES


def _as_json(policy: Policy | None) -> dict[str, object]:
    if policy is None:
        return {"assessment": "unknown"}
    found: dict[str, object] = {"assessment": policy.assessment, "assessment_source": policy.source}
    if policy.renewal is not None:
        found["renewal"] = {
            "required": policy.renewal.required,
            "period_months": policy.renewal.months,
            "continuing_education": policy.renewal.continuing_education,
            "source": policy.renewal.source,
        }
    if policy.prep_hours is not None:
        found["prep_hours"] = policy.prep_hours
        found["prep_source"] = policy.prep_source
    return found


def policy_for(entry: dict[str, object]) -> Policy | None:
    """The most specific policy that covers an entry: its own, its issuer's for its kind, its
    issuer's."""
    entry_id, issuer, kind = str(entry["id"]), str(entry["issuer"]), str(entry["kind"])
    return BY_ENTRY.get(entry_id) or BY_KIND.get((issuer, kind)) or BY_ISSUER.get(issuer)


def apply_rigor(entries: list[dict[str, object]]) -> None:
    """Give every entry its ``rigor``; run once, after every source module has added its
    entries."""
    for entry in entries:
        rigor = _as_json(policy_for(entry))
        # The catalog's own term wins: an entry that does not lapse needs no renewal, whatever
        # its issuer does for its other credentials.
        if entry["validity_months"] is None and entry["kind"] != "licence":
            rigor.pop("renewal", None)
        accreditation = ACCREDITATIONS.get(str(entry["id"])) or LICENCES.get(str(entry["id"]))
        if accreditation is not None:
            rigor["accreditation"] = dict(accreditation)
        entry["rigor"] = rigor
