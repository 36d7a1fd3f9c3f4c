"""An entry whose title line ends in a dash and a name ("Rope Rescue Fundamentals — Ridgeline
Training") over lines of dates, IDs and links only: nothing below names anyone, so the name
after the dash is who issued it. With the issuer on a line below, the dash is the title's."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import docx_bytes


def test_a_name_after_the_dash_over_lines_of_fields_is_the_issuer() -> None:
    data = docx_bytes(
        [
            "Ingrid Vallo",
            "ingrid.vallo@example.no",
            "Certifications",
            "Rope Rescue Fundamentals — Ridgeline Training",
            "Issued 2022-03 · Credential ID RR-44102",
            "Cold Water Immersion Survival (CWIS) — Nordkyst Maritime",
            "Issued 2021-06 · Expires 2025-06",
        ]
    )

    claims = extract(data, "cv.docx").claims

    assert [(claim.title, claim.issuer) for claim in claims] == [
        ("Rope Rescue Fundamentals", "Ridgeline Training"),
        ("Cold Water Immersion Survival (CWIS)", "Nordkyst Maritime"),
    ]
    assert claims[0].credential_id == "RR-44102"
    assert (claims[1].issued_on, claims[1].expires_on) == ("2021-06", "2025-06")


def test_with_the_issuer_on_a_line_below_the_dash_is_the_titles() -> None:
    data = docx_bytes(
        [
            "Ingrid Vallo",
            "ingrid.vallo@example.no",
            "Certifications",
            "Gold Seal Certification – Site Superintendent",
            "Canadian Construction Association, Sep 2020",
        ]
    )

    claims = extract(data, "cv.docx").claims

    assert [(claim.title, claim.issuer) for claim in claims] == [
        ("Gold Seal Certification – Site Superintendent", "Canadian Construction Association"),
    ]


def test_a_brand_written_with_a_small_first_letter_is_still_a_name() -> None:
    # "eCornell", "iCIMS": a brand's capital after its one small letter.
    text = (
        "Ingrid Vallo\ningrid.vallo@example.no\n\nCertifications\n"
        "Data Visualization Certificate — eDataSchool, 2020\n"
        "Talent Acquisition Fundamentals | iRecruitHub | 2021\n"
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [claim.issuer for claim in claims] == ["eDataSchool", "iRecruitHub"]


def test_a_word_all_in_small_letters_is_no_issuer() -> None:
    text = (
        "Ingrid Vallo\ningrid.vallo@example.no\n\nCertifications\n"
        "First Aid Certificate (online, 2020)\n"
    )

    [claim] = extract(text.encode(), "cv.txt").claims

    assert claim.issuer is None


def test_a_body_named_in_full_after_a_typed_dash_keeps_its_name() -> None:
    # "Red Cross" alone is the catalog's American Red Cross; "British Red Cross" is another
    # society, after a hyphen typed for a dash as after "–" or a comma.
    text = "\n".join(
        [
            "Ines Koller",
            "ines.koller@example.org",
            "Certifications",
            "Emergency First Aid at Work - British Red Cross",
            "First Aid at Work - Cyprus Red Cross Society (03/2021 - 03/2024)",
            "Adult First Aid/CPR/AED – Red Cross, 2022",
        ]
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [(claim.title, claim.issuer) for claim in claims] == [
        ("Emergency First Aid at Work", "British Red Cross"),
        ("First Aid at Work", "Cyprus Red Cross Society"),
        ("Adult First Aid/CPR/AED", "American Red Cross"),
    ]
