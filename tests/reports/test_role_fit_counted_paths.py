"""Role fit for a counted requirement whose alternatives are credential paths (a
specialization's courses) or names credlens does not know: the parts proven and the unknown
names are said, never hidden behind "missing"."""

from __future__ import annotations

import csv
import io

import jsonschema

import reports
from extractors import read_role
from testkit import factories
from tests.reports.role_fit_support import checked, fit
from verifiers.models import Verdict

PATH = "Python for Everybody Specialization"
COUNTED_PATH = {"required": [{"at_least": 2, "any_of": [PATH, "CISSP", "CISM"]}]}
UNKNOWN = "Acme Widget Badge"


def _course(number: int) -> object:
    return checked(f"umich-python-for-everybody-course-{number}", Verdict.VERIFIED, number=number)


def test_a_counted_path_alternative_shows_its_parts_proven() -> None:
    [requirement] = fit(COUNTED_PATH, _course(1), _course(2))["requirements"]
    assert requirement["status"] == "missing"
    assert requirement["claims"] == ["c1", "c2"]
    assert requirement["alternatives"] == [
        {"text": PATH, "status": "missing", "path": {"proven": 2, "total": 5}},
        {"text": "CISSP", "status": "missing"},
        {"text": "CISM", "status": "missing"},
    ]


def test_a_counted_path_completed_is_one_alternative_proven() -> None:
    courses = [_course(n) for n in range(1, 6)]
    cissp = checked("cissp", Verdict.VERIFIED, number=9)
    [requirement] = fit(COUNTED_PATH, *courses, cissp)["requirements"]
    assert requirement["status"] == "proven"
    assert requirement["alternatives"][0]["path"] == {"proven": 5, "total": 5}


def test_names_credlens_does_not_know_are_counted_and_said() -> None:
    role = {"required": [{"at_least": 2, "any_of": ["CISSP", UNKNOWN, "CISM"]}]}
    data = fit(role, checked("cissp", Verdict.VERIFIED, number=1))
    [requirement] = data["requirements"]
    assert (requirement["status"], requirement["at_least"], requirement["named"]) == (
        "missing",
        2,
        3,
    )
    both = fit(
        role,
        checked("cissp", Verdict.VERIFIED, number=1),
        checked("cism", Verdict.VERIFIED, number=2),
    )
    assert both["requirements"][0]["status"] == "proven"


def test_a_count_beyond_the_known_names_is_claimed_at_best_and_says_why() -> None:
    role = (
        "Security Lead\n\nRequirements:\nAt least three of the following:\n- CISSP\n- CISM\n"
        f"- {UNKNOWN}\n- Our in-house red team badge\n"
    )
    met = [
        checked("cissp", Verdict.VERIFIED, number=1),
        checked("cism", Verdict.VERIFIED, number=2),
    ]
    [requirement] = fit(role, *met)["requirements"]
    assert (requirement["status"], requirement["named"]) == ("claimed", 4)
    [partly] = fit(role, met[0])["requirements"]
    assert partly["status"] == "missing"


def test_json_html_and_csv_say_what_is_unknown_and_the_parts_proven() -> None:
    known_two = {"required": [{"at_least": 3, "any_of": ["CISSP", UNKNOWN, PATH, "CISM"]}]}
    # "at least 3 of 4" with 3 known: provable; the note says a person checks the other.
    report = reports.build(
        factories.candidate(),
        [_course(1), checked("cissp", Verdict.VERIFIED, number=7)],
        (),
        role=read_role(known_two),
    )
    jsonschema.validate(reports.to_json_dict(report), reports.report_schema())
    line = (
        "3 of 4 needed; only 3 of the names are known to credlens (a person checks the "
        f"others): CISSP proven, {PATH} missing, 1 of 5 parts proven"
    )
    assert line in reports.render_html(report)
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(reports.render_csv(report)))}
    assert line in rows["c7"]["role_requirements"]
    beyond = reports.build(
        factories.candidate(),
        [checked("cissp", Verdict.VERIFIED, number=1)],
        (),
        role=read_role({"required": [{"at_least": 2, "any_of": ["CISSP", UNKNOWN]}]}),
    )
    assert (
        "2 of 2 needed; only 1 of the names is known to credlens, so it cannot be proven "
        "here (a person checks): CISSP proven"
    ) in reports.render_html(beyond)


def test_a_count_over_names_none_known_says_so() -> None:
    role = read_role({"required": [{"at_least": 2, "any_of": [UNKNOWN, "Acme Gadget Badge"]}]})
    report = reports.build(factories.candidate(), [], (), role=role)
    assert report.role_fit is not None
    [requirement] = report.role_fit.requirements
    assert requirement.status.value == "missing"
    assert requirement.needed == (
        "2 of 2 needed; none of the names is known to credlens, so it cannot be proven here "
        "(a person checks): none held"
    )
