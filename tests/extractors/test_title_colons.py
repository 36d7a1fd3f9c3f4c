"""Claim titles that hold a colon, a grade after a dash or a link's words: a standard's edition
("ISO 14001:2015") and a credential's subject after its colon are the title's, a category after
a dash grades it, and "verify ↗" is the link's text, not the title's."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import docx_bytes

_HEAD = ["Tomasz Wiśniewski", "tomasz.wisniewski@example.com", "CERTIFICATIONS"]


def test_a_colon_in_a_table_rows_title_is_the_titles() -> None:
    rows = [
        ["Certification", "Awarding body", "Valid", "Reference"],
        [
            "Geomatics Technical Certification: Survey Desktop Associate",
            "Geomatix",
            "02.2021",
            "GX-4471",
        ],
        ["ISO 14001:2015 Lead Auditor", "Northgate Assurance Institute", "11.2022", "NAI-00417"],
    ]

    claims = extract(docx_bytes(_HEAD, rows), "cv.docx").claims

    assert [(claim.title, claim.issuer) for claim in claims] == [
        ("Geomatics Technical Certification: Survey Desktop Associate", "Geomatix"),
        ("ISO 14001:2015 Lead Auditor", "Northgate Assurance Institute"),
    ]
    assert [claim.issued_on for claim in claims] == ["2021-02", "2022-11"]


def test_a_standards_edition_in_a_text_list_stays_in_the_title() -> None:
    text = "\n".join(
        [*_HEAD, "* ISO 14001:2015 Lead Auditor (Northgate Assurance Institute) -- Nov-2022"]
    )

    (claim,) = extract(text.encode(), "cv.txt").claims

    assert (claim.title, claim.issuer, claim.issued_on) == (
        "ISO 14001:2015 Lead Auditor",
        "Northgate Assurance Institute",
        "2022-11",
    )


def test_a_category_after_a_dash_grades_the_title_and_an_issuer_after_one_is_a_field() -> None:
    text = "\n".join(
        [
            *_HEAD,
            "Hazardous Cargo Handling (HCH) – Category 6 | Freight Safety Training | 02.2025",
            "",
            "Confined Space Entry Certificate – Safework Training Group | 2022",
        ]
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [(claim.title, claim.issuer) for claim in claims] == [
        ("Hazardous Cargo Handling (HCH) – Category 6", "Freight Safety Training"),
        ("Confined Space Entry Certificate", "Safework Training Group"),
    ]


def test_a_link_word_with_an_arrow_is_not_the_titles() -> None:
    url = "https://www.credly.com/badges/5b1e0c2a-7d4f-4e1a-9c3b-2f6a8d0e1b47/public_url"
    rows = [
        ["Certification", "Awarding body", "Valid"],
        ["Soil Health Management verify ↗", "FarmLearnX", "2020"],
    ]
    text = "\n".join([*_HEAD, f"Soil Health Management → | FarmLearnX | 2020 | {url}"])

    (from_table,) = extract(docx_bytes(_HEAD, rows), "cv.docx").claims
    (from_text,) = extract(text.encode(), "cv.txt").claims

    assert (from_table.title, from_table.issuer) == ("Soil Health Management", "FarmLearnX")
    assert (from_text.title, from_text.issuer) == ("Soil Health Management", "FarmLearnX")


def test_an_issuers_name_joined_by_a_hyphen_opens_a_title_under_a_link_ending_in_a_slash() -> None:
    text = "\n".join(
        [
            *_HEAD,
            "MITx MicroMasters Program in Finance",
            "MITx credentials.edx.org/credentials/7d1e3a5c9b2f4e6a8c0d1e3f5a7b9c2d/",
            "NVIDIA-Certified Professional: Accelerated Data Science",
            "NVIDIA",
            "valid until 2027-03",
        ]
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [(claim.title, claim.issuer) for claim in claims] == [
        ("MITx MicroMasters Program in Finance", "MITx"),
        ("NVIDIA-Certified Professional: Accelerated Data Science", "NVIDIA"),
    ]
    assert claims[1].expires_on == "2027-03"


def test_an_issue_and_an_expiry_after_a_colon_title_are_one_entrys_fields() -> None:
    # Two dated parts after the colon, each opened by its label: one entry's dates, not a
    # vendor's list of names ("AWS: Solutions Architect, Developer").
    line = "• NVIDIA-Certified Associate: Generative AI LLMs — NVIDIA · Issued March 2025 · Expires"
    text = "\n".join([*_HEAD, f"{line} March 2027"])

    (claim,) = extract(text.encode(), "cv.txt").claims

    assert (claim.title, claim.issuer) == (
        "NVIDIA-Certified Associate: Generative AI LLMs",
        "NVIDIA",
    )
    assert (claim.issued_on, claim.expires_on) == ("2025-03", "2027-03")


def test_one_documents_name_before_a_colon_is_a_title_not_a_lists_label() -> None:
    text = "\n".join(
        [
            *_HEAD,
            "",
            "Certificate of Proficiency: Deck Officer (STCW II/1), Near-Coastal",
            "Issuer: Maritime Safety Directorate",
            "Issued: June 2021",
            "",
            "SKILLS",
            "Navigation suites: ECDIS, ARPA, GMDSS",
        ]
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [(claim.title, claim.issuer) for claim in claims] == [
        (
            "Certificate of Proficiency: Deck Officer (STCW II/1), Near-Coastal",
            "Maritime Safety Directorate",
        )
    ]


def test_a_documents_subject_after_its_colon_is_the_titles_not_an_issuer() -> None:
    text = "\n".join(
        [
            *_HEAD,
            "Certificate of Proficiency: Deck Officer | Maritime Safety Directorate | 06/2021",
            "Certificate of Endorsement: Deck Officer | Flag State Registry | 01/2022",
        ]
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [(claim.title, claim.issuer, claim.issued_on) for claim in claims] == [
        ("Certificate of Proficiency: Deck Officer", "Maritime Safety Directorate", "2021-06"),
        ("Certificate of Endorsement: Deck Officer", "Flag State Registry", "2022-01"),
    ]


def test_a_courses_subtitle_after_a_colon_then_its_issuer_is_one_entry() -> None:
    # A dated list, "Title: Subtitle, Issuer." a line, the link below: the name after the
    # comma is who issued it, not a list's second item; so is a body named after the
    # credential it opens ("Harbor … , Harbor Works").
    text = "\n".join(
        [
            *_HEAD,
            "04/2022\tHarbor Certified Professional: Rigging , Harbor Works.",
            "https://www.credly.com/badges/aaaa1111-2222-3333-4444-555566667777/public_url",
            "01/2021\tSoil Basics: Clay and Loam , Westmoor University (Coursera).",
            "https://www.coursera.org/account/accomplishments/verify/ABCD1234EFGH",
        ]
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [(claim.title, claim.issuer, claim.issued_on) for claim in claims] == [
        ("Harbor Certified Professional: Rigging", "Harbor Works", "2022-04"),
        ("Soil Basics: Clay and Loam", "Westmoor University (Coursera)", "2021-01"),
    ]
    assert [claim.url for claim in claims] == [
        "https://www.credly.com/badges/aaaa1111-2222-3333-4444-555566667777/public_url",
        "https://www.coursera.org/account/accomplishments/verify/ABCD1234EFGH",
    ]


def test_a_vendors_list_after_a_colon_is_still_no_entry() -> None:
    text = "\n".join(
        [
            *_HEAD,
            "Certified Forklift Operator (CFO), Lift Institute, 2021",
            "Cloud platforms: Kubernetes, GCP",
            "Harbor: Rigging Associate, Crane Professional",
        ]
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [claim.title for claim in claims] == ["Certified Forklift Operator (CFO)"]


def test_a_subjects_letters_after_a_credential_words_colon_are_the_titles() -> None:
    # "… Certification: WMS": capitals after the colon that name no known body are the
    # credential's subject, not its issuer.
    text = "\n".join(
        [
            *_HEAD,
            "Fleetline Pro Certification: WMS",
            "Fleetline Pro Certification: TMS | Fleetline Software | 05/2022",
        ]
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [(claim.title, claim.issuer, claim.issued_on) for claim in claims] == [
        ("Fleetline Pro Certification: WMS", None, None),
        ("Fleetline Pro Certification: TMS", "Fleetline Software", "2022-05"),
    ]
