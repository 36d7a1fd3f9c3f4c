"""An entry that opens with who issued it and a colon ("WorkSafe Victoria: Construction
Induction (Red Card) (2016)"): the name before the colon is the issuer, the name after it the
title. A single unknown word before the colon is a topic, not a body; a colon inside a bracket
is the bracket's own ("(Class B: Light Rigid)")."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import docx_bytes


def _claims(*entries: str) -> list[tuple[str, str | None]]:
    data = docx_bytes(["Noor Haddad", "noor.haddad@example.com", "Certifications", *entries])
    return [(claim.title, claim.issuer) for claim in extract(data, "cv.docx").claims]


def test_a_body_before_the_colon_is_the_issuer() -> None:
    assert _claims(
        "• Harbour Rescue Trust: Surf Lifesaving Patrol Award (2019)",
        "• WorkSafe Victoria: Construction Induction (Red Card) (2016) – Credential ID RC-88120",
        "• Tasman Sound Guild: Live Mixing Essentials (Jun 2023 – Jun 2026)",
        "• Kestrel Rigging, Inc.: Advanced Rigger Program (Jan 2024)",
    ) == [
        ("Surf Lifesaving Patrol Award", "Harbour Rescue Trust"),
        ("Construction Induction (Red Card)", "WorkSafe Victoria"),
        ("Live Mixing Essentials", "Tasman Sound Guild"),
        ("Advanced Rigger Program", "Kestrel Rigging, Inc."),
    ]


def test_a_body_whose_name_the_credential_repeats() -> None:
    assert _claims("• Quillon: Quillon Pro Certification: Payroll (Mar 2022)") == [
        ("Quillon Pro Certification: Payroll", "Quillon"),
    ]


def test_a_single_unknown_word_before_the_colon_is_a_topic() -> None:
    claims = _claims("• Rigging: Dogging Licence Class DG, Tasman Lifting Board (2020)")
    assert [issuer for _, issuer in claims] != ["Rigging"]


def test_a_colon_inside_a_bracket_stays_in_the_title() -> None:
    assert _claims(
        "• Coastal Transport Authority: Driver Licence (Class B: Light Rigid), May 2018"
    ) == [("Driver Licence (Class B: Light Rigid)", "Coastal Transport Authority")]


def test_an_undated_line_reads_the_words_before_its_colon_as_a_topic() -> None:
    claims = _claims("• Water Safety Skills: Pool Lifeguard Certificate")
    assert [issuer for _, issuer in claims] != ["Water Safety Skills"]


def test_a_brand_in_small_letters_and_a_firm_of_associates_are_bodies() -> None:
    assert _claims(
        "• kubo Labs: kubo Pipeline Developer Certification, 05/2023 to 05/2025",
        "• R. T. Miller & Associates: Confined Space Entry Training, 09/2023",
    ) == [
        ("kubo Pipeline Developer Certification", "kubo Labs"),
        ("Confined Space Entry Training", "R. T. Miller & Associates"),
    ]
