"""Engineering, aviation and safety credentials, and the short forms of two accounting bodies'.

Each is read from a résumé line and from a role's requirement; a short form that means
something else on most documents (the CIA triad, the Affordable Care Act, physical education)
is read only with a credential word or its issuer beside it.
"""

from __future__ import annotations

import pytest

from extractors import extract, load_catalog, read_role
from extractors.catalog import Category, Kind
from extractors.rigor import Assessment, Standard
from tests.extractors.role_keys import wanted


def _claimed(*lines: str) -> list[str | None]:
    text = "Jane Doe\njane@example.com\n\nCertifications\n" + "\n".join(lines) + "\n"
    return [claim.catalog_id for claim in extract(text.encode(), "cv.txt").claims]


def test_resume_lines_name_the_licences_cards_and_short_forms() -> None:
    assert _claimed(
        "Professional Engineer (PE), Texas Board of Professional Engineers, 2019",
        "OSHA 30-Hour Construction, 2021",
        "EASA Part-66 B1 licence, Irish Aviation Authority, 2018",
        "FAA A&P Certificate, 2015",
        "Chartered Accountant (ACA), ICAEW, 2016",
        "CIA certification, The IIA, 2020",
        "CIPD Level 5 Associate Diploma in People Management, 2022",
    ) == [
        "pe-licence",
        "osha-30",
        "easa-part-66",
        "faa-ap-mechanic",
        "icaew-aca",
        "iia-cia",
        "cipd-level-5-associate-diploma",
    ]


def test_a_green_belt_from_an_unnamed_provider_is_not_asqs_certification() -> None:
    claimed = _claimed("Lean Six Sigma Green Belt, 2019", "Six Sigma Green Belt (ASQ), 2020")
    assert claimed == [None, "asq-cssgb"]


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("PE licence (Texas)", "pe-licence"),
        ("Licensed Professional Engineer in any US state", "pe-licence"),
        ("Must be ACA qualified", "icaew-aca"),
        ("CIA certification preferred", "iia-cia"),
        ("OSHA 30 card", "osha-30"),
        ("OSHA 10-Hour Construction within 30 days of hire", "osha-10"),
        ("B1/B2 Part-66 licence holder", "easa-part-66"),
        ("FAA Airframe and Powerplant (A&P) certificate", "faa-ap-mechanic"),
        ("CIPD Level 5 (or working towards)", "cipd-level-5-associate-diploma"),
        ("ASQ Six Sigma Green Belt", "asq-cssgb"),
    ],
)
def test_a_role_requirement_names_the_credential(line: str, key: str) -> None:
    [(_, any_of, _)] = wanted(read_role(f"Requirements\n- {line}\n"))
    assert any_of == {key}


def test_short_forms_that_mean_something_else_name_no_credential() -> None:
    role = read_role(
        "Requirements\n- Working knowledge of the CIA triad\n- ACA reporting for our US staff\n"
        "- PE teacher cover on Fridays\n- Lean Six Sigma Green Belt\n"
    )
    keys = {key for _, any_of, _ in wanted(role) for key in any_of}
    assert keys.isdisjoint({"iia-cia", "icaew-aca", "pe-licence", "asq-cssgb"})
    assert "skill:Six Sigma" in keys


def test_the_new_entries_say_what_they_are_and_what_they_take() -> None:
    catalog = load_catalog()
    pe, osha, part66, ap = (
        catalog.by_id(entry_id)
        for entry_id in ("pe-licence", "osha-30", "easa-part-66", "faa-ap-mechanic")
    )
    assert pe is not None and osha is not None and part66 is not None and ap is not None
    assert {entry.category for entry in (pe, osha, part66, ap)} == {Category.ENGINEERING}
    assert pe.kind is Kind.LICENCE and "PE" not in pe.acronyms
    assert pe.rigor is not None and pe.rigor.accreditation is not None
    assert pe.rigor.accreditation.standard is Standard.LICENCE
    assert pe.rigor.renewal is not None and pe.rigor.renewal.continuing_education
    # A completion card: no exam, no accreditation, no renewal, and 30 hours of class.
    assert osha.rigor is not None and osha.rigor.assessment is Assessment.COMPLETION
    assert osha.rigor.accreditation is None and osha.rigor.renewal is None
    assert osha.rigor.prep_hours == 30
    assert part66.validity_months == 60
    assert ap.rigor is not None and ap.rigor.assessment is Assessment.PERFORMANCE_EXAM
