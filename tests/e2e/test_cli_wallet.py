"""`credlens verify` on a résumé whose claims carry no links, only a Credly profile in its
header: the profile is read (over several pages) and proves the claims it holds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import respx
from typer.testing import CliRunner

import reports
from service.cli import app
from testkit.credly_sandbox import CORE_BADGES, CredlySandbox

RESUME = """Jane Doe
Cloud Engineer · jane.doe@example.com · +44 20 7946 0958
credly.com/users/jane-doe · github.com/janedoe

Experience
Cloud Engineer, Example Ltd, 2021–2025. Built the Kubernetes platform.

Certifications
AWS Certified Solutions Architect – Associate, Amazon Web Services, 2024
Certified Kubernetes Administrator (CKA), The Linux Foundation, 2023
HashiCorp Certified: Terraform Associate, HashiCorp, 2024
Project Management Professional (PMP), PMI, 2022
"""


def run_verify(tmp_path: Path, sandbox: CredlySandbox, *extra: str) -> dict[str, Any]:
    resume = tmp_path / "jane.txt"
    resume.write_text(RESUME, encoding="utf-8")
    out_json = tmp_path / "report.json"
    with respx.mock(assert_all_called=False) as router:
        # Credly's API and web site, both answered by the sandbox.
        router.route(host="api.credly.com").mock(side_effect=sandbox.respond)
        router.route(host="www.credly.com").mock(side_effect=sandbox.respond)
        result = CliRunner().invoke(
            app, ["verify", str(resume), "--json", str(out_json), *extra], catch_exceptions=False
        )
    assert result.exit_code == 0, result.output
    report: dict[str, Any] = json.loads(out_json.read_text())
    jsonschema.validate(report, reports.report_schema())
    return report


def by_title(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {claim["title"]: claim for claim in report["claims"]}


def test_a_profile_in_the_header_verifies_the_claims_it_holds(tmp_path: Path) -> None:
    sandbox = CredlySandbox("https://api.credly.com", per_page=2)

    report = run_verify(tmp_path, sandbox)

    claims = by_title(report)
    for title in (
        "AWS Certified Solutions Architect – Associate",
        "Certified Kubernetes Administrator",
        "HashiCorp Certified: Terraform Associate",
    ):
        claim = claims[title]
        assert claim["verdict"] == "verified", claim["checks"]
        assert claim["provenance"] == "from the candidate's Credly profile (jane-doe)"
        assert claim["url"].startswith("https://www.credly.com/badges/")
    pmp = claims["Project Management Professional"]
    assert pmp["verdict"] == "unverified"
    searched = [check for check in pmp["checks"] if check["name"] == "wallets_searched"]
    assert "Credly profile (jane-doe) (4 credentials)" in searched[0]["detail"]
    [wallet] = report["wallets"]
    assert (wallet["holder"], wallet["holder_is_candidate"], wallet["credentials"]) == (
        "Jane Doe",
        True,
        4,
    )
    assert [held["title"] for held in report["also_holds"]] == [CORE_BADGES[3].title]
    # Two badges a page: the profile took two pages.
    assert sandbox.requests.count("/users/jane-doe/badges.json") == 2


def test_a_profile_given_beside_the_resume_in_someone_elses_name(tmp_path: Path) -> None:
    sandbox = CredlySandbox("https://api.credly.com", slug="rsmith", holder="Robert Smith")
    no_header = tmp_path / "plain"
    no_header.mkdir()

    report = run_verify(no_header, sandbox, "--link", "https://www.credly.com/users/rsmith")

    claims = by_title(report)
    assert claims["Certified Kubernetes Administrator"]["verdict"] == "mismatch"
    assert claims["Project Management Professional"]["verdict"] == "unverified"
    assert not any(claim["source"]["origin"] == "link" for claim in report["claims"])
    assert {wallet["holder_is_candidate"] for wallet in report["wallets"]} >= {False}
