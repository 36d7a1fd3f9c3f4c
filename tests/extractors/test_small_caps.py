"""A heading set in small capitals, its first letter larger: a PDF's words part that letter
from the rest ("C ERTIFICATES"), and the heading still opens its section."""

from __future__ import annotations

from extractors import extract
from extractors.sections import Section, heading_section
from tests.extractors.documents import pdf


def test_a_first_letter_parted_from_the_rest_of_a_capitals_heading_still_names_it() -> None:
    assert heading_section("C ERTIFICATES") is Section.CREDENTIALS
    assert heading_section("W ORK E XPERIENCE") is Section.EXPERIENCE
    assert heading_section("C ERTIFICATE OF EXCELLENCE") is None


def test_a_small_caps_heading_in_a_pdf_opens_the_credentials_section() -> None:
    heading = (
        '<p style="font-size:15pt;letter-spacing:1pt"><span>C</span>'
        '<span style="font-size:11pt">ERTIFICATES</span></p>'
    )
    body = (
        "<p>Dana Okafor<br>dana.okafor@example.org</p>"
        f"{heading}<p>Certified Master Rigger (CMR), Halvorsen Subsea Authority, 2018</p>"
    )

    claims = extract(pdf(body), "resume.pdf").claims

    assert [(c.title, c.issuer) for c in claims] == [
        ("Certified Master Rigger (CMR)", "Halvorsen Subsea Authority")
    ]
