"""A credential's run-on line read into its fields as a recruiter reads it: a member's number
is a field, not an entry; a place waited for is not held; a bracket after a subject closes the
title before its date; a known body after the title's last comma is its issuer."""

from __future__ import annotations

from extractors import extract
from extractors.models import Claim
from tests.extractors.documents import docx_bytes


def _claims(*lines: str) -> tuple[Claim, ...]:
    text = "\n".join(["Aroha Tane", "aroha.tane@example.nz", "", "CERTIFICATIONS", *lines, ""])
    return extract(
        f"{text}\nEXPERIENCE\nTeacher, Kauri Kindergarten (2019 - present)\n".encode(), "cv.txt"
    ).claims


def test_a_member_number_on_its_own_line_is_the_entrys_field() -> None:
    data = docx_bytes(
        [
            "Aroha Tane",
            "aroha.tane@example.nz",
            "Certifications",
            "Registered Dietitian",
            "Dietetics Board of Aotearoa | 2017",
            "Membership No. 448120",
            "Food Safety Supervisor Certificate",
            "Kai Safe Training | 2021",
        ]
    )

    claims = extract(data, "cv.docx").claims

    assert [(claim.title, claim.credential_id) for claim in claims] == [
        ("Registered Dietitian", "448120"),
        ("Food Safety Supervisor Certificate", None),
    ]


def test_a_place_on_a_waiting_list_is_not_held() -> None:
    claims = _claims(
        "- Montessori Infant Course: waitlisted for the next intake",
        "- Paediatric First Aid (HLTAID012), Kiwi Lifesavers Trust — 2023",
    )

    assert [claim.title for claim in claims] == ["Paediatric First Aid (HLTAID012)"]


def test_a_bracket_after_the_subject_names_the_issuer_before_the_date() -> None:
    (claim,) = _claims("- Quillon Pro Certification: Payroll (Quillon), Mar 2023")

    assert (claim.title, claim.issuer, claim.issued_on) == (
        "Quillon Pro Certification: Payroll",
        "Quillon",
        "2023-03",
    )


def test_a_known_body_after_the_last_comma_is_the_issuer() -> None:
    (claim,) = _claims("- Data Pipeline Workshop, Part II, Google Cloud — June 2022")

    assert (claim.title, claim.issuer, claim.issued_on) == (
        "Data Pipeline Workshop, Part II",
        "Google Cloud",
        "2022-06",
    )
