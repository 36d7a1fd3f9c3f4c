"""What a résumé says that is not a credential held: each kind by its own rule."""

from __future__ import annotations

import pytest

from extractors import extract
from tests.extractors.documents import pdf


def _claims(text: str) -> list[str | None]:
    return [claim.catalog_id or claim.title for claim in extract(text.encode(), "cv.txt").claims]


@pytest.mark.parametrize(
    "line",
    [
        "Passed CAIA Level I (March 2024)",  # an exam level passed is not the charter
        "CFA Program: Level III Candidate (2018)",  # candidacy
        "Structural Engineering (SE) exam: candidate, sitting April 2025",
        "TNCC – enrolled, course completes June 2025",  # enrolled, not completed
        "dbt Analytics Engineering Certification – studying, exam booked",
        "Preparing for: OffSec Certified Professional (OSCP)",
        "AWS Certified Machine Learning – Specialty (in progress)",
        # A voucher bought, a status word alone after the name: not yet sat.
        "Certified Kubernetes Security Specialist (CKS) – exam voucher, preparing",
        # One exam of several passed, the rest booked: a step, not the credential.
        "GIAC Security Expert (GSE): written exam passed (2024), lab attempt booked",
        # An exam to come, by the word that schedules it.
        "Scheduled: Certified Kubernetes Administrator exam, March 2027",
        "Registered for the PMP exam (May 2027)",
        # No longer held, by its status.
        "Forklift Operator Certificate (expired)",
        "Previous Rope Access Level 1 certificate (expired March 2022)",
        "Offshore Survival certificate (lapsed 2020)",
        # Asked for, not yet granted.
        "Port State inspector accreditation: application under review",
        # The workplace's own certification, by its subject.
        "The estate holds Fairtrade and Organic certification",
        "Hotel holds a Qualmark Gold award",
        "• Organisation accredited Investors in People Gold",
        "• Company certified B Corp in 2022",
    ],
)
def test_in_a_certifications_section_a_credential_not_yet_held_is_not_a_claim(line: str) -> None:
    text = f"Jane Doe\njane@example.com\n\nCertifications\nCompTIA Security+, CompTIA\n{line}\n"

    assert _claims(text) == ["comptia-security-plus"]


@pytest.mark.parametrize(
    "bullet",
    [
        "Led the SOC 1 Type II certification of the fund administration platform.",
        "Led the PCI DSS certification of the payments platform.",
        "Secured LEED Gold certification for the Harbor Street office tower.",
        "Our platform achieved ISO 27001 certification in 2022 under my lead.",
        "Shipped the FedRAMP Moderate certified release of the card vault.",
        # A place's certification, named by its possessive: the data centre's, the plant's.
        "Led the cabling workstream of the data centre's Uptime Institute Tier IV certification.",
        "Ran the energy audit behind the plant's ISO 50001 certification.",
        # A possessive right before it: the warehouse's, the team's, not "my".
        "Led the Harbor warehouse through its ISO 9001:2015 recertification.",
        "Coached twelve engineers through their CKA certification.",
        # The possessive with a typographic apostrophe, as a word processor or pandoc writes it.
        "Owned the CRM controls in the company’s ISO 13485 and ISO 27001 certification audits.",
        "Prepared a client’s Monterrey plant for BRCGS Food Safety certification (grade AA).",
        "Ran the energy audit behind the plant’s ISO 50001 certification.",
        # Any body or place named in lower case after "the": the port's, the refinery's.
        "Kept the refinery's ISO 45001:2018 certification through two surveillance audits.",
        "Took the port authority's kitchens through their Blue Flag certification in 2023.",
        "Wrote the evidence pack for the clinic’s JCI accreditation and its renewal.",
    ],
)
def test_an_employers_or_products_certification_in_experience_is_not_a_claim(bullet: str) -> None:
    text = f"Jane Doe\njane@example.com\n\nExperience\nEngineer, Northwind\n- {bullet}\n"

    assert _claims(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Recipient of the Northwind Service Excellence Award, 2023",
        "Team recipient of the Harbor Innovation Award for Patient Safety (2022)",
        "Winner, Best Paper Award, Cloud Security Summit 2021",
        "Hackathon finalist, AWS GameDay 2020",
    ],
)
def test_an_award_won_is_an_honour_not_a_credential(line: str) -> None:
    # Whatever section it is listed in: "Certifications & Awards", "Professional Development".
    for heading in ("Certifications & Awards", "Professional Development"):
        text = f"Jane Doe\njane@example.com\n\n{heading}\nCompTIA Security+, CompTIA\n{line}\n"

        assert _claims(text) == ["comptia-security-plus"], heading


@pytest.mark.parametrize(
    "line",
    [
        "Distribution centre audited to ISO 9001:2015 and AEO status",
        "Plant certified to ISO 14001 in 2021 after a two-year programme",
        "Lab accredited to ISO/IEC 17025 during my tenure",
    ],
)
def test_a_site_audited_or_certified_to_a_standard_is_not_the_candidate_s_credential(
    line: str,
) -> None:
    for heading in ("Certifications", "Professional Development", "Experience"):
        text = f"Jane Doe\njane@example.com\n\n{heading}\nCompTIA Security+, CompTIA\n{line}\n"

        assert "ISO" not in " ".join(str(claim) for claim in _claims(text)), heading


def test_a_credential_earned_in_an_experience_bullet_still_counts() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nExperience\nCloud Engineer, Northwind (2019 – now)\n"
        "- Earned the AWS Certified Solutions Architect – Associate certification in 2021.\n"
    )

    assert _claims(text) == ["aws-solutions-architect-associate"]


@pytest.mark.parametrize(
    "line",
    [
        "CFA: Level I, Level II",  # a vendor's levels listed after it
        "Passed CFA® Level I (2022)",
        "CFA Level I – Passed",
    ],
)
def test_an_exam_level_written_any_way_is_not_the_charter(line: str) -> None:
    text = f"Jane Doe\njane@example.com\n\nCertifications\n{line}\nFRM, GARP\n"

    assert _claims(text) == ["frm"]


def test_an_acronym_inside_an_issuer_s_name_is_the_issuer_not_its_credential() -> None:
    # "CFA Institute" under an exam level names who set the exam: not the CFA charter, and the
    # line is the entry's issuer, not an entry of its own.
    text = (
        "Jane Doe\njane@example.com\n\nLicenses & Certifications\nPassed CFA Level I\n"
        "CFA Institute · Issued Jun 2022\nChartered Financial Analyst\n"
        "CFA Institute · Issued Jun 2019\nAWS: Solutions Architect Associate, Developer Associate\n"
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [(c.catalog_id, c.issued_on) for c in claims] == [
        ("cfa-charter", "2019-06"),
        ("aws-solutions-architect-associate", None),
        ("aws-developer-associate", None),
    ]


@pytest.mark.parametrize(
    "level",
    ["Level in EQF: EQF level 6", "NQF Level 7", "Level in EQF: 5", "SCQF level 10"],
)
def test_a_degrees_framework_level_is_a_field_of_the_degree_not_a_claim(level: str) -> None:
    # Europass prints "Level in EQF" under each degree of "Education and training" (a heading
    # read as courses): it places the degree, it names nothing held.
    text = (
        "Jane Doe\njane@example.com\n\nEducation and training\n[ 01/09/2010 – 30/06/2014 ]\n"
        f"BSc Mathematics\nUniversity of Leeds\n{level}\n\nCertificates\n"
        "Chartered Accountant (ACA)\nAwarding body: ICAEW\n"
    )

    assert _claims(text) == ["icaew-aca"]


def test_a_framework_level_under_a_short_line_in_a_pdf_is_not_its_wrapped_end() -> None:
    # In a narrow section the line over it seems to fill the column: it must not be joined to
    # the level and read as one entry ("University of Leeds Level in EQF").
    data = pdf(
        "<h1>Jane Doe</h1><p>jane@example.com</p><h2>Education and training</h2>"
        "<p>[ 01/09/2010 – 30/06/2014 ]</p><p><b>BSC MATHEMATICS</b></p>"
        "<p>University of Leeds</p><p>Level in EQF: EQF level 6</p>"
        "<h2>Certificates</h2><p><b>Chartered Accountant (ACA)</b></p><p>Awarding body: ICAEW</p>"
    )

    claims = extract(data, "cv.pdf").claims

    assert [(claim.title, claim.issuer) for claim in claims] == [
        ("ICAEW Chartered Accountant", "ICAEW")
    ]


def test_a_credentials_word_before_a_noun_in_lower_case_names_no_credential() -> None:
    # "certification audits", "Licence checks": the word qualifies the noun after it, the work
    # done; the list under the credentials heading is what is held.
    text = "\n".join(
        [
            "Ines Varga",
            "ines.varga@example.net",
            "EXPERIENCE",
            "Quality Auditor, Westbrook Dairies (2019 - present)",
            "– Ran 80 Food Safety certification audits a year for dairy plants",
            "– Led Forklift Licence checks for the warehouse teams",
            "CERTIFICATIONS",
            "Food Hygiene Certificate in Catering, Riverside Training Council, 2018",
        ]
    )

    assert _claims(text) == ["Food Hygiene Certificate in Catering"]


@pytest.mark.parametrize(
    "line",
    [
        "Led a crew of four. Preparing the application for Chartered Safety Practitioner status.",
        "Preparing my submission for the Chartered Engineer (CEng) review, due 2027.",
        "Chartered Manager (CMgr): portfolio in preparation",
    ],
)
def test_an_application_or_portfolio_being_prepared_is_not_a_claim(line: str) -> None:
    text = f"Jane Doe\njane@example.com\n\nCertifications\nCompTIA Security+, CompTIA\n{line}\n"
    assert _claims(text) == ["comptia-security-plus"]

    text = f"Jane Doe\njane@example.com\n\nExperience\nSafety Lead, Northwind\n- {line}\n"
    assert _claims(text) == []
