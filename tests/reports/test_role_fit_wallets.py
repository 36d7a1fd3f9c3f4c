"""Role fit from the candidate's own wallets: a credential the résumé leaves out but their
Credly profile or Microsoft Learn transcript lists proves a requirement, and says so."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import jsonschema
import pdfplumber

import reports
from extractors import load_catalog, read_role
from testkit import factories
from verifiers.models import Assurance, Verdict
from verifiers.wallets import HeldCredential

CREDLY = "the candidate's Credly profile (jane-doe)"
GENERATED_AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def held(
    title: str,
    *,
    bound: bool = True,
    expires_on: str | None = None,
    skills: tuple[str, ...] = (),
    issuer: str | None = "The Linux Foundation",
    expired: bool = False,
) -> HeldCredential:
    return HeldCredential(
        facts=factories.credential_facts(
            title, issuer=issuer, expires_on=expires_on, skills=skills
        ),
        source=CREDLY,
        url="https://www.credly.com/badges/0b1c2d3e-0000-4000-8000-000000000001",
        bound=bound,
        expired=expired,
    )


def report_with(role: object, *holds: HeldCredential, claims: tuple = ()) -> reports.Report:
    return reports.build(
        factories.candidate(),
        list(claims),
        also_holds=holds,
        role=read_role(role),  # type: ignore[arg-type]
        generated_at=GENERATED_AT,
    )


def requirements(report: reports.Report) -> list[dict]:
    data = json.loads(reports.render_json(report))
    jsonschema.validate(data, reports.report_schema())
    requirements: list[dict] = data["role_fit"]["requirements"]
    return requirements


def test_a_credential_only_the_wallet_lists_proves_the_requirement_with_it_named() -> None:
    report = report_with(
        {"required": ["CKA", "PMP"]}, held("CKA: Certified Kubernetes Administrator")
    )
    cka, pmp = requirements(report)
    assert (cka["status"], cka["claims"]) == ("proven", [])
    assert cka["evidence"] == [
        {
            "kind": "also_held",
            "title": "CKA: Certified Kubernetes Administrator",
            "issuer": "The Linux Foundation",
            "source": CREDLY,
            "url": "https://www.credly.com/badges/0b1c2d3e-0000-4000-8000-000000000001",
        }
    ]
    # A requirement nothing proves has no evidence key at all (additive: absent when empty).
    assert pmp["status"] == "missing" and "evidence" not in pmp
    assert report.role_fit is not None and report.role_fit.required_proven == 1


def test_a_wallet_in_another_name_or_an_expired_credential_proves_nothing() -> None:
    role = {"required": ["CKA"]}
    title = "Certified Kubernetes Administrator"
    assert requirements(report_with(role, held(title, bound=False)))[0]["status"] == "missing"
    lapsed = held(title, expires_on="2026-11")
    assert requirements(report_with(role, lapsed))[0]["status"] == "missing"
    # The wallet's own word that it expired (Trailhead says so without a date).
    marked = report_with(role, held(title, expired=True))
    assert requirements(marked)[0]["status"] == "missing"
    assert reports.to_json_dict(marked)["also_holds"][0]["expired"] is True
    assert "expired" not in reports.to_json_dict(report_with(role, held(title)))["also_holds"][0]
    # A partial date runs to the end of its month: still current on 1 December 2026.
    current = held(title, expires_on="2026-12")
    assert requirements(report_with(role, current))[0]["status"] == "proven"


def test_the_track_rule_holds_for_wallet_credentials_too() -> None:
    associate = "AWS Certified Solutions Architect – Associate"
    professional = "AWS Certified Solutions Architect – Professional"
    higher = report_with({"required": [associate]}, held(professional, issuer="AWS"))
    assert requirements(higher)[0]["status"] == "proven"
    lower = report_with({"required": [professional]}, held(associate, issuer="AWS"))
    assert requirements(lower)[0]["status"] == "missing"


def test_a_skill_the_wallet_credential_proves_meets_a_skill_requirement() -> None:
    report = report_with(
        {"required": ["Kubernetes"]}, held("Cluster operations badge", skills=("k8s",))
    )
    [kubernetes] = requirements(report)
    assert kubernetes["status"] == "proven"
    assert [each["title"] for each in kubernetes["evidence"]] == ["Cluster operations badge"]


def test_a_proven_claim_is_named_before_the_wallet() -> None:
    entry = load_catalog().by_id("cka")
    assert entry is not None
    verified = factories.verification(
        factories.claim(entry.title, catalog_id="cka", skills=entry.skills),
        Verdict.VERIFIED,
        assurance=Assurance.ISSUER,
    )
    report = report_with(
        {"required": ["Kubernetes"]},
        held("Certified Kubernetes Security Specialist", skills=("Kubernetes",)),
        claims=(verified,),
    )
    [kubernetes] = requirements(report)
    assert (kubernetes["status"], kubernetes["claims"]) == ("proven", ["c1"])
    assert "evidence" not in kubernetes


def test_html_and_pdf_say_the_proof_is_not_on_the_resume_and_where_it_is() -> None:
    report = report_with({"required": ["CKA"]}, held("Certified Kubernetes Administrator"))
    html = reports.render_html(report)
    section = html[html.index('id="role-fit"') :]
    assert "1 of 1 required proven" in html
    assert f"not on the résumé; listed on {CREDLY}" in section.replace("&#39;", "'")
    with pdfplumber.open(io.BytesIO(reports.render_pdf(report))) as document:
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in document.pages)
    assert "not on the résumé; listed on the candidate's Credly profile" in text
