"""A credential named by a brand written with a lower-case letter first and capitals after it
("e-HUB Certificate"): two words are a title of their own, not the wrapped tail of the line
above it."""

from __future__ import annotations

from extractors import extract

_CV = """Marta Quill
marta.quill@example.com

LICENCES AND CERTIFICATES
Commercial Mortgage Adviser Licence
May 2018 to Present
Issued by Northgate Lending Board.
e-HUB Certificate
March 2021 to Present
Issued by Northgate Digital Guild.
Residential Appraisal Credential
June 2022 to Present
Issued by Harbourline Valuers Society.
"""


def test_a_two_word_title_whose_brand_opens_in_lower_case_is_a_title() -> None:
    claims = {
        claim.title: (claim.issuer, claim.issued_on)
        for claim in extract(_CV.encode(), "cv.txt").claims
    }

    issuer, issued_on = claims["e-HUB Certificate"]
    assert (issuer or "").startswith("Northgate Digital Guild") and issued_on == "2021-03"
    assert (claims["Commercial Mortgage Adviser Licence"][0] or "").startswith("Northgate Lending")
