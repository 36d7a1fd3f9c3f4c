"""Letters two bodies share: beside a title and an issuer of its own, a catalogued short name is
the line's own credential ("C++ Certified Associate Programmer (CPA), C++ Institute"), while the
catalogued credential written with its own issuer, or its letters alone, still match."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.models import Claim
from tests.extractors.documents import pdf


def _claims(line: str) -> tuple[Claim, ...]:
    text = (
        f"Jane Roe\njane.roe@example.org\n\nCERTIFICATIONS\n{line}\n\n"
        "EXPERIENCE\nSoftware Engineer, Acme Ltd (2019 - present)\n"
    )
    return extract(text.encode(), "resume.txt").claims


@pytest.mark.parametrize(
    ("line", "title", "issuer"),
    [
        (
            "C++ Certified Associate Programmer (CPA), C++ Institute",
            "C++ Certified Associate Programmer (CPA)",
            "C++ Institute",
        ),
        (
            "C++ Certified Associate Programmer (CPA) – C++ Institute, 2021",
            "C++ Certified Associate Programmer (CPA)",
            "C++ Institute",
        ),
        (
            "Fire Risk Management (FRM), Institution of Fire Engineers",
            "Fire Risk Management (FRM)",
            "Institution of Fire Engineers",
        ),
    ],
)
def test_letters_beside_another_title_and_issuer_are_that_credential(
    line: str, title: str, issuer: str
) -> None:
    (claim,) = _claims(line)

    assert (claim.title, claim.issuer, claim.catalog_id) == (title, issuer, None)


@pytest.mark.parametrize(
    "line",
    [
        "Certified Public Accountant (CPA), California Board of Accountancy",
        "CPA, California Board of Accountancy",
        "Licensed CPA, Texas State Board of Public Accountancy",
        "Jan 2019 CPA, Texas State Board of Public Accountancy",
        "CPA (active)",
    ],
)
def test_the_catalogued_credential_with_its_own_issuer_still_matches(line: str) -> None:
    # The mutation: the true CPA, with the board that licensed it or no issuer at all.
    (claim,) = _claims(line)

    assert claim.catalog_id == "us-cpa"


def test_the_financial_risk_manager_with_garp_still_matches() -> None:
    (claim,) = _claims("Financial Risk Manager (FRM), GARP, 2020")

    assert claim.catalog_id == "frm"


def test_a_pdf_row_of_another_bodys_credential_keeps_its_own_title() -> None:
    data = pdf(
        "<h1>Jane Roe</h1><p>jane.roe@example.org</p><h2>Certifications</h2>"
        "<ul><li>C++ Certified Associate Programmer (CPA), C++ Institute, 2021</li>"
        "<li>Certified Public Accountant (CPA), California Board of Accountancy, 2018</li></ul>"
    )

    claims = extract(data, "cv.pdf").claims

    assert [(claim.issuer, claim.catalog_id) for claim in claims] == [
        ("C++ Institute", None),
        ("California Board of Accountancy", "us-cpa"),
    ]
