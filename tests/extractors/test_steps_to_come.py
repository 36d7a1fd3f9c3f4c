"""What is not the candidate's credential, however its line reads: a step still to come ("awaiting
professional review interview", "exam sitting May 2027", "course starts March 2027", "Not yet
held: …"), and a product a maker certified ("the kiosk's Samsung-certified Knox profile")."""

from __future__ import annotations

import pytest

from extractors import extract


def _claims(*entries: str) -> list:
    lines = ["Alex Marlowe", "alex.marlowe@example.com", "", "CERTIFICATIONS", "", *entries]
    return list(extract("\n".join(lines).encode(), "cv.txt").claims)


@pytest.mark.parametrize(
    "pending",
    [
        "Chartered Engineer (CEng): application with the Institution, awaiting professional "
        "review interview",
        "Certified Financial Planner (CFP): coursework complete, exam sitting May 2027",
        "Helicopter type rating – simulator course starts March 2027",
        "Not yet held: Certified Financial Planner (CFP)",
    ],
)
def test_a_step_still_to_come_is_not_held(pending: str) -> None:
    claims = _claims("Registered Respiratory Therapist (RRT)", "   NBRC · Issued Jun 2016", pending)

    assert [claim.catalog_id for claim in claims] == ["nbrc-rrt"]


def test_a_product_a_maker_certified_is_no_claim() -> None:
    lines = [
        "Alex Marlowe",
        "alex.marlowe@example.com",
        "",
        "EXPERIENCE",
        "Mobile Engineer, Cobalt Labs, 2020 - Present",
        "- Shipped the kiosk's Samsung-certified Knox Device profile and its Garmin watch face",
        "",
        "CERTIFICATIONS",
        "Certified Kubernetes Administrator (CKA), 2022",
    ]
    claims = extract("\n".join(lines).encode(), "cv.txt").claims

    assert [claim.catalog_id for claim in claims] == ["cka"]


@pytest.mark.parametrize("heading", ["Working towards", "In progress", "Currently pursuing"])
def test_a_status_alone_between_blank_lines_in_a_text_resume_heads_what_is_not_held(
    heading: str,
) -> None:
    claims = _claims(
        "Registered Respiratory Therapist (RRT), NBRC, 2016",
        "",
        heading,
        "",
        "- Certified Financial Planner (CFP), regulatory examination passed in March 2025",
        "- Attended the NBRC Professionals' Convention 2025 (12 CPD hours)",
    )

    assert [claim.catalog_id for claim in claims] == ["nbrc-rrt"]


def test_a_status_right_under_an_entry_heads_nothing_after_it() -> None:
    entry = "Registered Respiratory Therapist (RRT), NBRC, 2016"
    claims = _claims(entry, "In progress", "", "CISSP")

    assert "cissp" in [claim.catalog_id for claim in claims]
