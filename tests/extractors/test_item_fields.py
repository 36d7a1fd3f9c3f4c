"""Fields of one entry however its name is punctuated: a colon inside the name, a level named
by its rung after a dash, a vendor's name before a colon that the catalog knows whole; and a
credential only part of the way done, which is not held."""

from __future__ import annotations

from extractors import Claim, extract, load_catalog
from extractors.claim_text import ClaimLine
from extractors.claims import finder_for
from extractors.sections import Section


def _claims(*texts: str, content_start: int = 0) -> list[Claim]:
    lines = [
        ClaimLine(
            index=index,
            text=text,
            page=1,
            section=Section.CREDENTIALS,
            content_start=content_start if index == 0 else 0,
        )
        for index, text in enumerate(texts)
    ]
    return finder_for(load_catalog().entries).find(lines)


def test_a_colon_inside_a_name_followed_by_one_entrys_fields_is_no_vendors_list() -> None:
    claims = _claims(
        "Design Thinking: The Ultimate Guide, Interaction Design Foundation, 2021-02",
    )

    assert [(c.title, c.issuer, c.issued_on) for c in claims] == [
        ("Design Thinking: The Ultimate Guide", "Interaction Design Foundation", "2021-02")
    ]


def test_a_level_named_by_its_rung_after_a_dash_is_the_titles() -> None:
    claims = _claims(
        "Certified Professional for Usability and User Experience – Foundation Level, UXQB,"
        " 2019-05, no. CPUX-F-2019-0562",
    )

    assert [(c.title, c.issuer, c.credential_id) for c in claims] == [
        (
            "Certified Professional for Usability and User Experience – Foundation Level",
            "UXQB",
            "CPUX-F-2019-0562",
        )
    ]


def test_a_catalogued_name_with_a_colon_keeps_its_fields() -> None:
    claims = _claims(
        "Certification: Google Project Management: Professional Certificate",
        "Issuer: Google",
        "Certification Number: 8NQ4ZT2HBW6K",
        "Issued Date: 08/2023",
        content_start=len("Certification: "),
    )

    assert [(c.issuer, c.credential_id, c.issued_on) for c in claims] == [
        ("Google", "8NQ4ZT2HBW6K", "2023-08")
    ]


def test_a_credential_part_of_the_way_done_is_not_held() -> None:
    claims = _claims(
        "NN/g UX Master Certification: 3 of the 5 specialty courses done",
        "Google UX Design Certificate (course 4 of 7)",
    )

    assert claims == []


def test_a_bracket_naming_no_body_is_the_titles_when_the_issuer_stands_below() -> None:
    claims = _claims(
        "Construction Induction (White Card)",
        "WorkSafe Queensland",
        "Nov. 2014",
        "Cert. No. QLD-WC-0092783",
    )

    assert [(c.title, c.issuer, c.credential_id) for c in claims] == [
        ("Construction Induction (White Card)", "WorkSafe Queensland", "QLD-WC-0092783")
    ]


def test_the_job_applied_for_is_no_claim() -> None:
    extraction = extract(
        b"Dana Reyes\ndana.reyes@example.com\n\nPERSONAL DETAILS\n"
        b"Position sought: Pipe Welder & Certified Welding Inspector\n",
        "cv.txt",
    )

    assert extraction.claims == ()
