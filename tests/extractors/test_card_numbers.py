"""A card's number ("Card no.: BTL-77120", "SSP card SSP4471920") and a licence's under its
clipped label ("Lic. # FH-20931") are the entry's credential ID, on a field line of their own
or after the issuer, as a recruiter reads them, not a credential titled "Card no."."""

from __future__ import annotations

from extractors import extract

_CV = """Dana Whitfield
dana.whitfield@example.com

Certificates
Forklift Operator Certificate
Brightside Training Ltd
03/2021
Card no.: BTL-77120
Food Hygiene Level 2, Brightside Training Ltd, 2022
Lic. # FH-20931
Site Safety Passport
CITB | SSP card SSP4471920
"""


def test_a_cards_or_a_clipped_licence_labels_number_is_the_entrys_id() -> None:
    claims = extract(_CV.encode(), "cv.txt").claims
    assert [(claim.title, claim.issuer, claim.credential_id) for claim in claims] == [
        ("Forklift Operator Certificate", "Brightside Training Ltd", "BTL-77120"),
        ("Food Hygiene Level 2", "Brightside Training Ltd", "FH-20931"),
        ("Site Safety Passport", "CITB", "SSP4471920"),
    ]


def test_a_named_cards_number_after_a_colon_on_its_own_line_is_the_entrys_id() -> None:
    text = (
        "Dana Whitfield\ndana.whitfield@example.com\n\nCertificates\n"
        "• Construction Skills Passport – CITB\n"
        "SSP card: SSP4471920\n"
    )
    claims = extract(text.encode(), "cv.txt").claims
    assert [(claim.title, claim.credential_id) for claim in claims] == [
        ("Construction Skills Passport", "SSP4471920")
    ]
