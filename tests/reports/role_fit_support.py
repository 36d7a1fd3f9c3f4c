"""Role-fit test helpers: a verification of a catalog credential, and a report's role fit."""

from __future__ import annotations

import reports
from extractors import load_catalog, read_role
from testkit import factories
from verifiers.models import Assurance, Verdict, Verification


def checked(
    catalog_id: str | None,
    verdict: Verdict,
    *,
    number: int = 1,
    title: str | None = None,
    skills: tuple[str, ...] = (),
) -> Verification:
    entry = load_catalog().by_id(catalog_id) if catalog_id else None
    return factories.verification(
        factories.claim(
            title or (entry.title if entry else "A course"),
            claim_id=f"c{number}",
            catalog_id=catalog_id,
            skills=skills or (entry.skills if entry else ()),
        ),
        verdict,
        assurance=Assurance.ISSUER if verdict is Verdict.VERIFIED else Assurance.NONE,
    )


def fit(role: object, *verifications: Verification, mentioned: tuple[str, ...] = ()) -> dict:
    report = reports.build(
        factories.candidate(),
        list(verifications),
        mentioned,
        role=read_role(role),  # type: ignore[arg-type]
    )
    assert report.role_fit is not None
    return reports.to_json_dict(report)["role_fit"]
