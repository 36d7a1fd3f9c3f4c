"""Credentials as an applicant tracking system's form prints them: one labelled field a line
("Certification: …", "Issuer: …", "Certification Number: …", "Attachment / URL: …"), empty
fields left blank, and the value after "Certification:" the whole name."""

from __future__ import annotations

from extractors import extract

_FORM = """Candidate: Dana Reyes
Email Address: dana.reyes@example.com

  Certifications

  Certification: Fellow of the Example Society of Actuaries
  Issuer: Example Society of Actuaries
  Certification Number: M-4172
  Issued Date: 12/2019
  Expiration Date:

  Certification: Certified Rigger – Level 2, Mobile Cranes
  Issuer: Northern Plant Training Council
  Certification Number:
  Issued Date: 07/2021
  Expiration Date: 07/2026
  Attachment / URL: https://www.credly.com/badges/6e0b9d43-18fa-4c2e-b7a5-3d91f0c6e284
"""


def test_each_labelled_field_is_the_entrys_and_no_label_is_a_title() -> None:
    claims = extract(_FORM.encode(), "application.txt").claims

    assert [
        (c.title, c.issuer, c.credential_id, c.issued_on, c.expires_on, c.url) for c in claims
    ] == [
        (
            "Fellow of the Example Society of Actuaries",
            "Example Society of Actuaries",
            "M-4172",
            "2019-12",
            None,
            None,
        ),
        (
            "Certified Rigger – Level 2, Mobile Cranes",
            "Northern Plant Training Council",
            None,
            "2021-07",
            "2026-07",
            "https://www.credly.com/badges/6e0b9d43-18fa-4c2e-b7a5-3d91f0c6e284",
        ),
    ]


def test_a_long_title_is_no_wrapped_paragraph_over_the_issuers_field() -> None:
    form = (
        "Candidate: Dana Reyes\n\n  Certifications\n\n"
        "  Certification: Certificate III in Electrotechnology Electrician (UEE30811)\n"
        "  Issuer: TAFE Queensland\n"
        "  Issued Date: 2016\n"
    )

    claims = extract(form.encode(), "application.txt").claims

    assert [(c.title, c.issuer, c.issued_on) for c in claims] == [
        ("Certificate III in Electrotechnology Electrician (UEE30811)", "TAFE Queensland", "2016")
    ]


def test_a_field_naming_the_entrys_link_in_words_before_link_is_the_entrys() -> None:
    form = (
        "Candidate: Dana Reyes\n\n  Certifications\n\n"
        "  Certified Rigger – Level 2\tNorthern Plant Training Council\t07/2021\n"
        "  Online verification link\thttps://verify.example.org/rigger/4471\n"
        "  Advanced Slinger Signaller\tNorthern Plant Training Council\t03/2023\n"
        "  Public badge URL: https://badges.example.org/7c2e\n"
    )

    claims = extract(form.encode(), "application.txt").claims

    assert [(c.title, c.url) for c in claims] == [
        ("Certified Rigger – Level 2", "https://verify.example.org/rigger/4471"),
        ("Advanced Slinger Signaller", "https://badges.example.org/7c2e"),
    ]
