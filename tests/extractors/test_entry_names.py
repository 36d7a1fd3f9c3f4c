"""A credentials list's entries whose names look like something else: one word with its issuer
after a dash ("Kellermeister — Kellerakademie Tirol") over its fields is a whole entry, not a
fragment; a level that names an award ("LCCI Level 2 Award in …") is that award, not an exam
step; a law's number in brackets ("(Ley 19.886)") is the title's, not its issuer."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import docx_bytes


def _claims(entries: list[str]) -> list[tuple[str, str | None]]:
    data = docx_bytes(["Jonas Gruber", "jonas.gruber@example.at", "Certifications", *entries])
    return [(claim.title, claim.issuer) for claim in extract(data, "cv.docx").claims]


def test_one_word_with_its_issuer_after_a_dash_over_its_fields_is_an_entry() -> None:
    assert _claims(
        [
            "Kellermeister — Kellerakademie Tirol",
            "Issued 2020-05 · Credential ID KA-2020-114",
        ]
    ) == [("Kellermeister", "Kellerakademie Tirol")]


def test_a_level_that_names_an_award_is_the_award() -> None:
    assert _claims(
        [
            "LCCI Level 2 Award in Bookkeeping — London Chamber of Commerce and Industry",
            "Issued 2019-03",
        ]
    ) == [("LCCI Level 2 Award in Bookkeeping", "London Chamber of Commerce and Industry")]


def test_a_laws_number_in_brackets_stays_in_the_title() -> None:
    assert _claims(
        [
            "Experto en Compras Públicas (Ley 19.886) — Dirección de Compras Públicas",
            "Issued 2021-08 · Credential ID CP-77120",
        ]
    ) == [("Experto en Compras Públicas (Ley 19.886)", "Dirección de Compras Públicas")]


def test_a_profile_pages_show_all_button_is_no_entry() -> None:
    # The button under a profile's cards opens the whole list: it names no credential.
    assert _claims(
        [
            "Kellermeister — Kellerakademie Tirol",
            "Issued 2020-05 · Credential ID KA-2020-114",
            "Show all 4 licenses & certifications →",
        ]
    ) == [("Kellermeister", "Kellerakademie Tirol")]


def test_a_bodys_letters_and_program_between_a_title_and_its_dates_is_the_issuer() -> None:
    # A profile card: the title, who issued it ("TRSA Program"), then the dates.
    assert _claims(
        [
            "Human Subjects Research Basics",
            "TRSA Program",
            "Issued Mar 2024 · Expires Mar 2027",
            "Credential ID 55120934",
        ]
    ) == [("Human Subjects Research Basics", "TRSA Program")]


def test_a_commission_named_in_spanish_under_a_title_is_its_issuer() -> None:
    # "Comisión", as "Commission" or "Consejo", names a body: the card's issuer line.
    assert _claims(
        [
            "Auditor Acreditado en Seguridad Minera",
            "Comisión Evaluadora de Competencias en Seguridad y Salud Minera",
            "Issued Apr 2021",
            "Credential ID SM-0412",
        ]
    ) == [
        (
            "Auditor Acreditado en Seguridad Minera",
            "Comisión Evaluadora de Competencias en Seguridad y Salud Minera",
        )
    ]


def test_one_word_over_its_issuers_line_and_fields_is_an_entry() -> None:
    # A profile's card: the one-word title, who issued it, then its dates and ID.
    assert _claims(
        [
            "Kellermeister",
            "Kellerakademie Tirol",
            "Issued May 2020",
            "Credential ID KA-2020-114",
        ]
    ) == [("Kellermeister", "Kellerakademie Tirol")]


def test_one_word_in_a_date_column_over_its_issuers_line_is_an_entry() -> None:
    assert _claims(["05/2020\tKellermeister", "Kellerakademie Tirol"]) == [
        ("Kellermeister", "Kellerakademie Tirol")
    ]


def test_a_companys_abbreviated_legal_form_ends_a_name_not_a_sentence() -> None:
    # "Inc." after the issuer closes its name: the line is an entry, not a sentence.
    assert _claims(
        [
            "Tableau Data Storytelling Workshop Badge — Salesforce, Inc.",
            "Issued 2024-02 · Credential ID 55120934",
        ]
    ) == [("Tableau Data Storytelling Workshop Badge", "Salesforce, Inc.")]
