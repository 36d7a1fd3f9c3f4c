"""Credentials woven into sentences: a functional résumé's "I hold the … from …" lines under
a skill, and headings that name a summary or skills rather than a list of credentials."""

from __future__ import annotations

from extractors import extract
from extractors.sections import Section, heading_section
from tests.extractors.documents import docx_bytes

_PARAGRAPHS = [
    "Aroha Ngata",
    "aroha.ngata@example.nz",
    "Summary of qualifications",
    "Viticulturist with twelve years in cool-climate vineyards.",
    "Areas of expertise",
    "Canopy management — Raised yields by 12% across 40 ha. I hold the Advanced Vineyard"
    " Pruning Certificate (Level 5) from Marlborough Wine Academy, awarded March 2019"
    " (certificate MWA-5-1182).",
    "Frost protection — Cut frost losses to nil. I hold the Growsafe Standard from"
    " Agcarm Training, awarded June 2021 and valid until June 2026.",
    "Also relevant — Preparing for the Vineyard Manager Diploma (booked for May 2027).",
]


def test_a_credential_held_in_a_sentence_is_a_claim_with_its_issuer_dates_and_id() -> None:
    claims = extract(docx_bytes(_PARAGRAPHS), "cv.docx").claims

    assert [(claim.title, claim.issuer) for claim in claims] == [
        ("Advanced Vineyard Pruning Certificate (Level 5)", "Marlborough Wine Academy"),
        ("Growsafe Standard", "Agcarm Training"),
    ]
    first, second = claims
    assert (first.issued_on, first.credential_id) == ("2019-03", "MWA-5-1182")
    assert (second.issued_on, second.expires_on) == ("2021-06", "2026-06")


def test_a_summary_of_qualifications_and_areas_of_expertise_are_not_credential_lists() -> None:
    assert heading_section("Summary of qualifications") is Section.SUMMARY
    assert heading_section("Highlights of Qualifications") is Section.SUMMARY
    assert heading_section("Areas of expertise") is Section.SKILLS
    assert heading_section("Qualifications") is Section.CREDENTIALS


def test_a_heading_of_what_is_not_held_ends_the_credentials_list() -> None:
    assert heading_section("Not yet / no longer") is Section.NOT_HELD
    assert heading_section("Ongoing / Other") is Section.NOT_HELD


def test_a_title_held_in_a_sentence_may_hold_a_comma() -> None:
    paragraphs = [
        *_PARAGRAPHS[:5],
        "Site safety — Led 38 incident investigations. I hold the Certified Safety Professional,"
        " HSE Level 3 from Institute of Safety Professionals of Nigeria (ISPON), awarded 2020.",
    ]

    claims = extract(docx_bytes(paragraphs), "cv.docx").claims

    assert [(claim.title, claim.issuer, claim.issued_on) for claim in claims] == [
        (
            "Certified Safety Professional, HSE Level 3",
            "Institute of Safety Professionals of Nigeria (ISPON)",
            "2020",
        )
    ]
