"""Role fit for a requirement that needs several of its alternatives ("at least two of the
following: CISSP, CISM, CISA, CRISC"): proven only when that many are proven, each by a claim
of its own, with the alternatives met shown."""

from __future__ import annotations

import csv
import io

import jsonschema

import reports
from extractors import read_role
from testkit import factories
from tests.reports.role_fit_support import checked, fit
from verifiers.models import Verdict

ROLE = "Requirements:\n- At least two of the following: CISSP, CISM, CISA, CRISC\n- Python\n"


def _counted(data: dict) -> dict:
    return data["requirements"][0]


def test_one_proven_of_two_needed_is_not_proven_and_counts_as_one_requirement() -> None:
    data = fit(ROLE, checked("cissp", Verdict.VERIFIED, number=1))
    requirement = _counted(data)
    assert (requirement["status"], requirement["at_least"]) == ("missing", 2)
    assert requirement["claims"] == ["c1"]
    assert requirement["alternatives"] == [
        {"text": "CISSP", "status": "proven"},
        {"text": "CISM", "status": "missing"},
        {"text": "CISA", "status": "missing"},
        {"text": "CRISC", "status": "missing"},
    ]
    assert (data["required_proven"], data["required_total"]) == (0, 2)


def test_two_proven_make_it_proven() -> None:
    data = fit(
        ROLE,
        checked("cissp", Verdict.VERIFIED, number=1),
        checked("crisc", Verdict.VERIFIED, number=2),
    )
    assert _counted(data)["status"] == "proven"
    assert data["required_proven"] == 1


def test_one_proven_and_one_claimed_is_claimed() -> None:
    data = fit(
        ROLE,
        checked("cissp", Verdict.VERIFIED, number=1),
        checked("cism", Verdict.UNVERIFIED, number=2),
    )
    assert _counted(data)["status"] == "claimed"
    assert _counted(data)["claims"] == ["c1", "c2"]


def test_a_contradicted_alternative_shows_when_too_few_are_met() -> None:
    data = fit(
        ROLE,
        checked("cissp", Verdict.VERIFIED, number=1),
        checked("cism", Verdict.REVOKED, number=2),
    )
    assert _counted(data)["status"] == "contradicted"


def test_one_claim_meeting_two_alternatives_counts_once() -> None:
    # The Professional meets an Associate requirement too, but it is one credential.
    role = {
        "required": [
            "any two of AWS Certified Solutions Architect - Associate, "
            "AWS Certified Solutions Architect - Professional, CISSP"
        ]
    }
    one = fit(role, checked("aws-solutions-architect-professional", Verdict.VERIFIED, number=1))
    assert _counted(one)["status"] == "missing"
    assert [a["status"] for a in _counted(one)["alternatives"]] == ["proven", "proven", "missing"]
    two = fit(
        role,
        checked("aws-solutions-architect-professional", Verdict.VERIFIED, number=1),
        checked("aws-solutions-architect-associate", Verdict.VERIFIED, number=2),
    )
    assert _counted(two)["status"] == "proven"


def test_any_one_needed_carries_no_count_in_the_json() -> None:
    data = fit({"required": ["CISSP or CISM"]}, checked("cism", Verdict.VERIFIED, number=1))
    assert _counted(data)["status"] == "proven"
    assert "at_least" not in _counted(data) and "alternatives" not in _counted(data)


def test_json_html_and_csv_say_how_many_are_needed() -> None:
    report = reports.build(
        factories.candidate(),
        [
            checked("cissp", Verdict.VERIFIED, number=1),
            checked("cism", Verdict.UNVERIFIED, number=2),
        ],
        (),
        role=read_role(ROLE),
    )
    jsonschema.validate(reports.to_json_dict(report), reports.report_schema())
    line = "2 of 4 needed: CISSP proven, CISM claimed"
    assert line in reports.render_html(report)
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(reports.render_csv(report)))}
    assert rows["c1"]["role_requirements"] == (
        f"required: at least 2 of: CISSP, CISM, CISA, CRISC (claimed; {line})"
    )
    assert rows["c1"]["role_required_proven"] == "0 of 2"
