"""A licensing board's number: the licence's type in capitals, a dot, its digits
("LPN.2204518"), as boards print them on a licence and its holders copy them."""

from __future__ import annotations

from extractors import extract

_CV = """Tomasz Breyer
tomasz.breyer@example.com

LICENSES
- Licensed Practical Nurse (LPN) License (Nevada State Board of Nursing), #LPN.2204518, 04/2018
- Certified Nursing Assistant (CNA), Nevada State Board of Nursing, License No. CNA.88213, 2015
"""


def test_a_licence_type_a_dot_and_digits_is_the_licence_s_number() -> None:
    claims = extract(_CV.encode(), "cv.txt").claims

    assert [claim.credential_id for claim in claims] == ["LPN.2204518", "CNA.88213"]


def test_a_version_after_a_number_sign_is_no_licence_number() -> None:
    text = (
        "Ana Ruiz\nana.ruiz@example.com\n\nCERTIFICATIONS\n"
        "- Scrum Fundamentals v2.1 (Scrumwell), #v2.1, 2022\n"
    )

    assert extract(text.encode(), "cv.txt").claims[0].credential_id is None
