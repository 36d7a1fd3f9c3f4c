"""Title, issuer, ID and dates found by their own evidence, wherever the punctuation falls."""

from __future__ import annotations

import pytest

from extractors import Claim, extract


def _only_claim(entry: str) -> Claim:
    text = f"Jane Doe\njane@example.com\n\nLicenses & Certifications\n{entry}\n"
    (claim,) = extract(text.encode(), "cv.txt").claims
    return claim


@pytest.mark.parametrize(
    "entry",
    [
        "Professional Engineer (PE) , California Board for Professional Engineers "
        "(Oct 2016 – Oct 2026)",
        "Professional Engineer (PE), California Board for Professional Engineers "
        "(Oct 2016 - Oct 2026)",
        "Professional Engineer (PE) | California Board for Professional Engineers | "
        "Oct 2016 – Oct 2026",
    ],
)
def test_a_date_range_dash_does_not_cut_the_entry_and_the_issuer_leaves_the_title(
    entry: str,
) -> None:
    claim = _only_claim(entry)

    assert claim.title == "Professional Engineer (PE)"
    assert claim.issuer == "California Board for Professional Engineers"
    assert (claim.issued_on, claim.expires_on) == ("2016-10", "2026-10")


def test_a_bracketed_date_is_not_part_of_the_issuer() -> None:
    claim = _only_claim("Chartered Accountant (ACA) , ICAEW (Feb 2015)")

    assert claim.issuer == "ICAEW"
    assert claim.issued_on == "2015-02"


def test_a_bracketed_acronym_closes_the_title_before_a_comma() -> None:
    claim = _only_claim("Certificate in Quantitative Finance (CQF), Fitch Learning | Jan 2021")

    assert claim.title == "Certificate in Quantitative Finance (CQF)"
    assert claim.issuer == "Fitch Learning"


def test_an_issuer_line_of_a_name_and_dates_belongs_to_the_title_above() -> None:
    claim = _only_claim(
        "Certificate in Quantitative Finance (CQF)\nFitch Learning · Issued Jan 2021"
    )

    assert claim.issuer == "Fitch Learning"
    assert claim.issued_on == "2021-01"


def test_a_number_under_two_labels_is_the_entrys_id_not_a_claim() -> None:
    claim = _only_claim(
        "Project Management Professional (PMP), Project Management Institute\n"
        "Licence/Credential no. 3011876"
    )

    assert claim.catalog_id == "pmp"
    assert claim.credential_id == "3011876"
