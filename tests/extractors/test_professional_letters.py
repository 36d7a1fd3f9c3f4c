"""Letters of UK professional bodies after a name ("Jane Roe EngTech MIET", "…, APMI", "Chartered
FCIPD"): each a claim of the body's designation, and none of them part of the name."""

from __future__ import annotations

import pytest

from extractors import extract
from tests.extractors.documents import pdf

_BODY = (
    "\nEXPERIENCE\nMaintenance Lead, Northgate Rail Ltd (2019 - present)\n"
    "\nSKILLS\nPlanned maintenance, CAD\n"
)


@pytest.mark.parametrize(
    ("head", "ids"),
    [
        ("Jane Roe EngTech MIET", ["engc-engtech", "iet-miet"]),
        ("Jane Roe, CEng, MIET", ["engc-ceng", "iet-miet"]),
        ("Jane Roe IEng", ["engc-ieng"]),
        ("Jane Roe, APMI", ["pensions-pmi-apmi"]),
        ("Jane Roe MCIPS CMgr", ["cips-mcips", "cmi-cmgr"]),
        ("Jane Roe, MRICS", ["rics-mrics"]),
        ("Jane Roe Chartered FCIPD", ["cipd-chartered-fellow"]),
        ("Jane Roe, Chartered MCIPD", ["cipd-chartered-member"]),
        # Beyond the UK: the AusIMM's Member grade, in its mixed case.
        ("Jane Roe, MAusIMM", ["ausimm-mausimm"]),
        ("Jane Roe MAusIMM CEng", ["ausimm-mausimm", "engc-ceng"]),
    ],
)
def test_a_bodys_letters_after_the_name_are_claims_and_no_part_of_it(
    head: str, ids: list[str]
) -> None:
    text = f"{head}\njane.roe@example.org\n{_BODY}"

    extraction = extract(text.encode(), "resume.txt")

    assert extraction.candidate.name == "Jane Roe"
    assert [claim.catalog_id for claim in extraction.claims] == ids


def test_the_pensions_bodys_associate_is_not_the_project_management_institutes() -> None:
    # Both bodies are "PMI" to their members; the letters name the pensions one.
    text = f"Jane Roe, APMI\njane.roe@example.org\n{_BODY}"

    (claim,) = extract(text.encode(), "resume.txt").claims

    assert claim.issuer == "Pensions Management Institute"


def test_letters_after_a_name_set_large_in_a_pdf_are_claims_too() -> None:
    data = pdf(
        "<h1>Tomasz Wiśniewski BEng CEng MIET</h1><p>t.wisniewski@example.org</p>"
        "<h2>Experience</h2><p>Senior Electrical Engineer, Harbour Grid plc (2016 – present)</p>",
        "h1 { font-size: 20pt; }",
    )

    extraction = extract(data, "cv.pdf")

    assert extraction.candidate.name == "Tomasz Wiśniewski"
    assert [claim.catalog_id for claim in extraction.claims] == ["engc-ceng", "iet-miet"]


def test_a_job_called_engineering_technician_is_no_claim_of_the_registration() -> None:
    # The mutation: the title's words as a job, with no letters and no credentials heading.
    text = (
        "Jane Roe\njane.roe@example.org\n\nEXPERIENCE\n"
        "Engineering Technician, Northgate Rail Ltd (2019 - present)\n"
    )

    assert extract(text.encode(), "resume.txt").claims == ()
