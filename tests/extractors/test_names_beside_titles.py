"""Names beside a credential's title read as what they name: a body whose own name holds
"Certification" is an issuer, not an organisation's certification; a product's name with a
digit in it ("Pix4D") is a name, not a number; the letters of a credential's issuer after it
("…, ACCA, Dec 2019") are its issuer, not a second credential."""

from __future__ import annotations

from extractors import extract
from extractors.models import Claim


def _claims(*entries: str) -> dict[str, Claim]:
    text = "\n".join(
        ["Mara Lindqvist", "mara.lindqvist@example.se", "", "Certifications", *entries]
    )
    return {claim.title: claim for claim in extract(text.encode(), "cv.txt").claims}


def test_a_bodys_name_with_certification_in_it_is_the_entrys_issuer() -> None:
    claims = _claims("WELL AP | Global Business Certification Inc. | Issued 2021-03")
    assert claims["WELL AP"].issuer == "Global Business Certification Inc."
    assert claims["WELL AP"].issued_on == "2021-03"


def test_an_organisations_certification_in_a_bullet_is_still_not_held() -> None:
    text = "\n".join(
        ["Mara Lindqvist", "", "Experience", "* Ran the business certification of the new plant"]
    )
    assert extract(text.encode(), "cv.txt").claims == ()


def test_a_mixed_case_name_with_a_digit_opens_a_title_and_names_its_issuer() -> None:
    claims = _claims("Revit2Go Certified User, Revit2Go, May 2022", "Credential no. RVT-CU-55120")
    assert claims["Revit2Go Certified User"].issuer == "Revit2Go"
    assert claims["Revit2Go Certified User"].issued_on == "2022-05"
    assert claims["Revit2Go Certified User"].credential_id == "RVT-CU-55120"


def test_a_credentials_issuer_written_in_letters_after_it_is_no_second_credential() -> None:
    claims = _claims("Diploma in International Financial Reporting (DipIFR), ACCA, Dec 2019")
    assert list(claims) == ["ACCA Diploma in International Financial Reporting"]
    assert claims["ACCA Diploma in International Financial Reporting"].issued_on == "2019-12"
