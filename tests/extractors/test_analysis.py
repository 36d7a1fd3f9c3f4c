"""Finding the candidate and the credentials they claim, with each claim's own fields."""

from __future__ import annotations

from extractors import Extraction, analyse, extract, read
from tests.extractors.documents import docx_bytes, pdf
from tests.extractors.entries import ENTRIES

CKA_BADGE = "https://www.credly.com/badges/11111111-2222-4333-8444-555555555555/public_url"
SAA_BADGE = "https://www.credly.com/badges/66666666-7777-4888-9999-000000000000/public_url"


def _extract(data: bytes, filename: str) -> Extraction:
    return analyse(read(data, filename), entries=ENTRIES)


def test_pdf_claims_each_get_their_own_link_id_and_dates() -> None:
    data = pdf(
        "<h1>Zoë Van der Berg</h1>"
        "<p>zoe.vdberg@example.nl · +31 6 1234 5678 · "
        '<a href="https://www.linkedin.com/in/zoevdberg">LinkedIn</a></p>'
        "<h2>Experience</h2><p>Platform engineer at Example B.V., 2019–2024.</p>"
        "<h2>Licenses &amp; Certifications</h2>"
        f'<p><a href="{CKA_BADGE}">Certified Kubernetes Administrator (CKA)</a></p>'
        "<p>The Linux Foundation · Issued Jan 2023 · Expires Jan 2026</p>"
        "<p>Credential ID LF-abc123xyz9</p>"
        f'<p><a href="{SAA_BADGE}">AWS Certified Solutions Architect – Associate</a></p>'
        "<p>Amazon Web Services · Issued Mar 2022 · Expires Mar 2025</p>"
        "<p>Credential ID AWS-SAA-7788</p>"
    )

    extraction = _extract(data, "zoe.pdf")

    assert extraction.candidate.name == "Zoë Van der Berg"
    assert extraction.candidate.emails == ("zoe.vdberg@example.nl",)
    assert extraction.candidate.phones == ("+31 6 1234 5678",)
    assert extraction.candidate.profiles == ("https://www.linkedin.com/in/zoevdberg",)
    cka, saa = extraction.claims
    assert (cka.id, cka.catalog_id, cka.title) == (
        "c1",
        "cka",
        "Certified Kubernetes Administrator",
    )
    assert cka.issuer == "The Linux Foundation"
    assert (cka.url, cka.credential_id) == (CKA_BADGE, "LF-abc123xyz9")
    assert (cka.issued_on, cka.expires_on) == ("2023-01", "2026-01")
    assert cka.source.page == 1 and cka.source.bbox is not None
    assert (saa.id, saa.catalog_id, saa.issuer) == (
        "c2",
        "aws-solutions-architect-associate",
        "Amazon Web Services",
    )
    assert (saa.url, saa.credential_id) == (SAA_BADGE, "AWS-SAA-7788")
    assert (saa.issued_on, saa.expires_on) == ("2022-03", "2025-03")


def test_docx_licences_with_numbers_expiry_and_table_rows() -> None:
    data = docx_bytes(
        [
            "EMILY RODRÍGUEZ, RN, BSN",
            "emily.rodriguez@example.com | (512) 555-0147",
            "LICENSES & CERTIFICATIONS",
            "Registered Nurse (RN), Texas Board of Nursing, License #987654, Active",
            "Basic Life Support (BLS), AHA, Exp. 08/2026",
        ],
        table=[["ACLS", "American Heart Association", "valid through 05/2026"]],
        after_table=["EXPERIENCE", "Staff nurse under RN preceptor supervision, 2021–2024."],
    )

    extraction = _extract(data, "emily.docx")

    assert extraction.candidate.name == "Emily Rodríguez"
    assert extraction.candidate.phones == ("(512) 555-0147",)
    by_title = {claim.title: claim for claim in extraction.claims}
    assert set(by_title) == {
        "Registered Nurse (RN)",
        "Basic Life Support",
        "Advanced Cardiovascular Life Support",
    }
    nurse = by_title["Registered Nurse (RN)"]
    assert (nurse.issuer, nurse.credential_id, nurse.catalog_id) == (
        "Texas Board of Nursing",
        "987654",
        None,
    )
    bls = by_title["Basic Life Support"]
    assert (bls.issuer, bls.expires_on) == ("American Heart Association", "2026-08")
    acls = by_title["Advanced Cardiovascular Life Support"]
    assert (acls.text, acls.expires_on) == ("ACLS", "2026-05")
    assert [claim.id for claim in extraction.claims] == ["c1", "c2", "c3"]


def test_docx_hyperlink_goes_to_the_claim_on_its_line() -> None:
    data = docx_bytes(
        [
            "Kenji Watanabe",
            "Certifications",
            ("CompTIA Security+ (2024) ", "Verify", CKA_BADGE),
            ("Project Management Professional (PMP), PMI, 2021 ", "Verify", SAA_BADGE),
        ]
    )

    extraction = _extract(data, "kenji.docx")

    urls = {claim.catalog_id: claim.url for claim in extraction.claims}
    assert urls == {"comptia-security-plus": CKA_BADGE, "pmp": SAA_BADGE}


def test_claims_outside_credential_sections_need_the_words_that_make_them_claims() -> None:
    text = "\n".join(
        [
            "Priya Natarajan",
            "priya.n@example.in",
            "Summary",
            "PMP-certified project manager with ten years in fintech.",
            "Experience",
            "Preparing for the CKAD exam this spring.",
            "Helped the company achieve ISO 27001 certification in 2022.",
            "Skills",
            "AWS, Kubernetes, CISSP domains, Terraform",
        ]
    )

    extraction = _extract(text.encode(), "priya.txt")

    assert [(claim.catalog_id, claim.text) for claim in extraction.claims] == [("pmp", "PMP")]
    assert extraction.claims[0].source.text.startswith("PMP-certified")


def test_uncatalogued_credential_in_a_section_is_an_open_world_claim() -> None:
    text = (
        "Lars Øberg\nCertifications\n"
        "Certified Scrum Master (CSM) — Scrum Alliance — Issued 06/2022\n"
        "Six Sigma Green Belt, ASQ, 2019\n"
    )

    extraction = _extract(text.encode(), "lars.txt")

    assert extraction.candidate.name == "Lars Øberg"
    claims = [(c.title, c.issuer, c.issued_on, c.catalog_id) for c in extraction.claims]
    assert claims == [
        ("Certified Scrum Master (CSM)", "Scrum Alliance", "2022-06", None),
        ("Six Sigma Green Belt", "ASQ", "2019", None),
    ]
    assert all(claim.confidence < 0.9 for claim in extraction.claims)


def test_inline_heading_lists_several_claims() -> None:
    text = "Tomás Ruiz\nCertifications: PMP, CISSP, AZ-104\n"

    extraction = _extract(text.encode(), "tomas.txt")

    assert [claim.catalog_id for claim in extraction.claims] == [
        "pmp",
        "cissp",
        "azure-administrator-associate",
    ]


def test_same_credential_twice_is_one_claim_with_the_details() -> None:
    text = (
        "ALEXANDRA WILLIAMS, RN, BSN, ACLS\n"
        "Certifications\n"
        "ACLS - American Heart Association - Expires 10/2026\n"
        "Experience\nAdvanced Cardiovascular Life Support certified charge nurse.\n"
    )

    extraction = _extract(text.encode(), "alex.txt")

    (acls,) = extraction.claims
    assert (acls.catalog_id, acls.expires_on, acls.confidence) == ("aha-acls", "2026-10", 0.85)


def test_a_badge_link_no_entry_took_is_a_claim_of_its_own() -> None:
    data = pdf(f'<h1>Chen Wei</h1><p>My badge: <a href="{CKA_BADGE}">Verify</a></p>')

    (claim,) = _extract(data, "chen.pdf").claims

    assert claim.url == CKA_BADGE
    assert claim.title == "Credential on credly.com"


def test_extract_uses_the_shipped_catalog() -> None:
    data = pdf(
        "<h1>Fatima Zahra</h1><h2>Certifications</h2><p>AWS Certified Cloud Practitioner</p>"
    )

    extraction = extract(data, "fatima.pdf")

    (claim,) = extraction.claims
    assert claim.catalog_id == "aws-cloud-practitioner"
    assert claim.skills


def test_skills_mentioned_are_normalised_against_the_skills_list() -> None:
    text = "\n".join(
        [
            "Priya Natarajan",
            "Summary",
            "Cloud engineer building on AWS and Kubernetes; go-live owner of the cloud move.",
            "Skills",
            "Python, PostgreSQL, terraform, k8s, Google Cloud Platform, Go",
            "Education",
            "BSc, thesis on Java garbage collection",
        ]
    )

    skills = extract(text.encode(), "priya.txt").skills

    assert skills == (
        "Amazon Web Services",
        "Kubernetes",
        "Python",
        "PostgreSQL",
        "Terraform",
        "Google Cloud",
        "Go",
    )


def test_vendor_lists_are_read_with_the_vendor_in_front() -> None:
    text = (
        "Sofia Rossi\nCertifications\n"
        "AWS: Solutions Architect Associate, Cloud Practitioner\n"
        "Kubernetes: CKA, CKAD\n"
    )

    extraction = _extract(text.encode(), "sofia.txt")

    assert [claim.catalog_id for claim in extraction.claims] == [
        "aws-solutions-architect-associate",
        "aws-cloud-practitioner",
        "cka",
        "ckad",
    ]
    assert extraction.claims[1].text == "Cloud Practitioner"


def test_exam_versions_are_separate_claims() -> None:
    text = (
        "Jonas Berg\nCertifications\n"
        "2023 HashiCorp Certified: Terraform Associate (003), HashiCorp\n"
        "2020 HashiCorp Certified: Terraform Associate (002), HashiCorp\n"
    )

    claims = _extract(text.encode(), "jonas.txt").claims

    assert [claim.catalog_id for claim in claims] == ["terraform-associate"] * 2
    assert [claim.source.text[:4] for claim in claims] == ["2023", "2020"]


def test_linkedin_layout_with_an_issuer_the_catalog_does_not_know() -> None:
    text = (
        "Ines Moreau\nLicenses & Certifications\n"
        "Certified Bicycle Mechanic Level 2\nVelotech Academy\n"
        "Issued Nov 2017 · Expires Nov 2020\nCredential ID AHXVL9HOBN\n"
        "Certified Wine Specialist\nWine Scholar Guild\nIssued Mar 2019\n"
    )

    claims = _extract(text.encode(), "ines.txt").claims

    assert [(c.title, c.issuer, c.issued_on, c.expires_on, c.credential_id) for c in claims] == [
        (
            "Certified Bicycle Mechanic Level 2",
            "Velotech Academy",
            "2017-11",
            "2020-11",
            "AHXVL9HOBN",
        ),
        ("Certified Wine Specialist", "Wine Scholar Guild", "2019-03", None, None),
    ]


def test_title_wrapped_in_a_narrow_pdf_sidebar_is_one_claim_with_its_own_link() -> None:
    data = pdf(
        "<h1>Kwame Mensah</h1>"
        "<div class='side'><h2>Certifications</h2>"
        f"<p><b><a href='{CKA_BADGE}'>Certified Information Systems Security Professional"
        "</a></b></p><p>ISC2 — 06/2018 – 06/2021</p>"
        f"<p><b><a href='{SAA_BADGE}'>AWS Certified Solutions Architect – Associate</a></b></p>"
        "<p>Amazon Web Services — 03/2022</p></div>"
        "<div class='main'><h2>Experience</h2>"
        + "".join(f"<p>Built platform piece number {n} for the bank.</p>" for n in range(12))
        + "</div>",
        css=".side { float: left; width: 28%; } .main { margin-left: 34%; }",
    )

    claims = _extract(data, "kwame.pdf").claims

    assert [(c.catalog_id, c.url, c.issued_on, c.expires_on) for c in claims] == [
        ("cissp", CKA_BADGE, "2018-06", "2021-06"),
        ("aws-solutions-architect-associate", SAA_BADGE, "2022-03", None),
    ]


def test_a_short_alias_inside_another_name_is_not_that_credential() -> None:
    text = (
        "Mina Park\nSummary\n"
        "Earned AWS Certified Cloud Practitioner in 2023.\n"
        "Certifications\nJuniper Networks Terraform Associate\n"
    )

    claims = _extract(text.encode(), "mina.txt").claims

    assert [claim.catalog_id for claim in claims] == ["aws-cloud-practitioner", None]
    assert claims[1].title == "Juniper Networks Terraform Associate"


def test_life_support_then_obtained_is_not_helping_someone_obtain() -> None:
    text = (
        "Ana Lima\nCertifications\n"
        "Basic Life Support (BLS) (American Heart Association) | Obtained Apr. 2016\n"
    )

    (claim,) = _extract(text.encode(), "ana.txt").claims

    assert (claim.catalog_id, claim.issued_on) == ("aha-bls", "2016-04")
