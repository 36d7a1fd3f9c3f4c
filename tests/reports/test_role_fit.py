"""Role fit: each requirement of a role against the report's verdicts, by the rule in
docs/scoring.md (Role fit)."""

from __future__ import annotations

import json

import jsonschema
import pytest

import reports
from extractors import load_catalog, read_role
from reports.role_fit import satisfying_ids
from testkit import factories
from tests.reports.role_fit_support import checked, fit
from verifiers.models import Verdict


def statuses(data: dict) -> list[tuple[str, str, list[str]]]:
    return [(r["text"], r["status"], r["claims"]) for r in data["requirements"]]


def test_each_requirement_gets_its_status_and_the_claims_behind_it() -> None:
    data = fit(
        {"required": ["CISSP", "CCNA", "PMP", "Kubernetes"], "preferred": ["Terraform"]},
        checked("cissp", Verdict.VERIFIED, number=1),
        checked("ccna", Verdict.UNVERIFIED, number=2),
        checked("pmp", Verdict.MISMATCH, number=3),
    )
    assert statuses(data) == [
        ("CISSP", "proven", ["c1"]),
        ("CCNA", "claimed", ["c2"]),
        ("PMP", "contradicted", ["c3"]),
        ("Kubernetes", "missing", []),
        ("Terraform", "missing", []),
    ]
    assert (data["required_proven"], data["required_total"]) == (1, 4)
    assert [r["kind"] for r in data["requirements"]] == ["required"] * 4 + ["preferred"]


@pytest.mark.parametrize(
    "verdict", [Verdict.MISMATCH, Verdict.REVOKED, Verdict.INVALID, Verdict.EXPIRED]
)
def test_turning_the_proving_claim_bad_contradicts_the_requirement(verdict: Verdict) -> None:
    role = {"required": ["CKA"]}
    assert statuses(fit(role, checked("cka", Verdict.VERIFIED)))[0][1] == "proven"
    assert statuses(fit(role, checked("cka", verdict))) == [("CKA", "contradicted", ["c1"])]


def test_a_higher_rung_of_the_same_track_meets_a_lower_one_never_the_reverse() -> None:
    associate = {"required": ["AWS Certified Solutions Architect – Associate"]}
    professional = {"required": ["AWS Certified Solutions Architect – Professional"]}
    sap = checked("aws-solutions-architect-professional", Verdict.VERIFIED)
    saa = checked("aws-solutions-architect-associate", Verdict.VERIFIED)
    assert statuses(fit(associate, sap))[0][1:] == ("proven", ["c1"])
    assert statuses(fit(professional, saa))[0][1:] == ("missing", [])


def test_another_issuers_next_step_does_not_meet_a_requirement() -> None:
    # The catalog leads Network+ to the CCNA, but the CCNA is Cisco's, not CompTIA's track.
    assert "ccna" not in satisfying_ids(
        load_catalog().by_id("comptia-network-plus"), load_catalog(), equivalent=False
    )  # type: ignore[arg-type]
    data = fit({"required": ["CompTIA Network+"]}, checked("ccna", Verdict.VERIFIED))
    assert statuses(data)[0][1] == "missing"


def test_or_equivalent_lets_an_equivalent_credential_count() -> None:
    cism = checked("cism", Verdict.VERIFIED)
    assert statuses(fit("- CISSP\n", cism))[0][1] == "missing"
    assert statuses(fit("- CISSP or equivalent\n", cism))[0][1:] == ("proven", ["c1"])
    # Equivalent means at its level or above: a foundational certificate is not.
    cc = checked("isc2-cc", Verdict.VERIFIED)
    assert statuses(fit("- CISSP or equivalent\n", cc))[0][1] == "missing"


def test_alternatives_any_one_proves() -> None:
    data = fit("- CISSP or CISM\n", checked("cism", Verdict.VERIFIED))
    assert statuses(data) == [("CISSP or CISM", "proven", ["c1"])]


def test_a_skill_is_proven_by_a_verified_credential_that_proves_it() -> None:
    data = fit(
        {"required": ["Kubernetes", "Python"]},
        checked("cka", Verdict.VERIFIED),
        mentioned=("Python",),
    )
    assert statuses(data) == [("Kubernetes", "proven", ["c1"]), ("Python", "claimed", [])]


def test_proven_wins_over_contradicted_which_wins_over_claimed() -> None:
    role = {"required": ["Kubernetes"]}
    good = checked("cka", Verdict.VERIFIED, number=1)
    bad = checked("ckad", Verdict.MISMATCH, number=2)
    unproven = checked("kcna", Verdict.UNVERIFIED, number=3)
    assert statuses(fit(role, good, bad, unproven))[0][1:] == ("proven", ["c1"])
    assert statuses(fit(role, bad, unproven))[0][1:] == ("contradicted", ["c2"])
    assert statuses(fit(role, unproven))[0][1:] == ("claimed", ["c3"])


def test_a_specialization_is_partly_met_by_its_proven_courses() -> None:
    role = {"required": ["Python for Everybody Specialization"]}
    courses = [
        checked(f"umich-python-for-everybody-course-{n}", Verdict.VERIFIED, number=n)
        for n in (1, 2)
    ]
    [requirement] = fit(role, *courses)["requirements"]
    assert requirement["status"] == "missing"
    assert requirement["claims"] == ["c1", "c2"]
    assert requirement["path"] == {"proven": 2, "total": 5}
    every = [
        checked(f"umich-python-for-everybody-course-{n}", Verdict.VERIFIED, number=n)
        for n in range(1, 6)
    ]
    [complete] = fit(role, *every)["requirements"]
    assert (complete["status"], complete["path"]) == ("proven", {"proven": 5, "total": 5})


def test_an_item_the_catalog_does_not_know_is_looked_for_in_claim_titles() -> None:
    known = checked(None, Verdict.VERIFIED, title="Acme Underwater Welding Level 2")
    data = fit({"required": ["Underwater Welding"]}, known)
    assert statuses(data) == [("Underwater Welding", "proven", ["c1"])]


def test_role_fit_is_absent_without_a_role_and_valid_with_one() -> None:
    plain = reports.build(factories.candidate(), [checked("cka", Verdict.VERIFIED)])
    assert "role_fit" not in reports.to_json_dict(plain)
    assert "role_fit" not in json.loads(reports.render_json(plain))
    with_role = reports.build(
        factories.candidate(),
        [checked("cka", Verdict.VERIFIED)],
        role=read_role({"required": ["CKA"], "preferred": ["Python for Everybody Specialization"]}),
    )
    data = json.loads(reports.render_json(with_role))
    jsonschema.validate(data, reports.report_schema())
    jsonschema.validate(reports.to_json_dict(plain), reports.report_schema())
    assert set(data["role_fit"]["requirements"][0]) == {"text", "kind", "status", "claims"}
    assert reports.Report.model_validate(data).role_fit == with_role.role_fit


def sample_with_role() -> reports.Report:
    from testkit.sample_reports import GENERATED_AT, REPORT_ID, three_claim_verifications

    extraction, verifications = three_claim_verifications()
    role = read_role(
        "Cloud Engineer\n\nRequirements\n- AWS Certified Solutions Architect – Associate\n"
        "- CKA\n- Microsoft Certified: Azure Fundamentals\n\nNice to have\n- Terraform\n"
    )
    return reports.build(
        extraction.candidate,
        verifications,
        extraction.skills,
        report_id=REPORT_ID,
        generated_at=GENERATED_AT,
        role=role,
    )


def test_html_pdf_and_csv_say_x_of_y_required_proven() -> None:
    import csv
    import io

    import pdfplumber

    report = sample_with_role()
    html = reports.render_html(report)
    assert "1 of 3 required proven" in html
    assert "1 contradicted" in html and 'id="role-fit"' in html
    assert html.index("required proven") < html.index('aria-label="Red flags"')
    pdf = reports.render_pdf(report)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        first_page = document.pages[0].extract_text() or ""
        everything = "\n".join(page.extract_text() or "" for page in document.pages)
    assert "1 of 3 required proven" in first_page
    assert "Role fit" in everything and "✗ contradicted" in everything
    rows = list(csv.DictReader(io.StringIO(reports.render_csv(report))))
    assert {row["role_required_proven"] for row in rows} == {"1 of 3"}
    by_id = {row["id"]: row["role_requirements"] for row in rows}
    assert by_id["c2"] == "required: CKA (contradicted)"


def test_without_a_role_no_fit_is_shown_anywhere() -> None:
    from testkit.sample_reports import three_claim_report

    report = three_claim_report()
    assert "required proven" not in reports.render_html(report)
    assert 'id="role-fit"' not in reports.render_html(report)
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(reports.render_csv(report))))
    assert rows and all(
        row["role_requirements"] == row["role_required_proven"] == "" for row in rows
    )
