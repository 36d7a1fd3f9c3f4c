"""Four of blind-16's eight contents (see ``blind16_contents.py``, which gathers them): a
project manager in Bengaluru, a cloud engineer in Berlin writing in English, an HR generalist in
Chicago and an early childhood teacher in Auckland. Split out so that each module stays under
its 500 lines."""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

PROJECT_MANAGER = Content(
    key="b16-project-manager",
    name="Karthik Subramaniam Hegde",
    post_nominals=("PMP",),
    headline="Senior Project Manager, Banking Technology",
    email="karthik.hegde.pm@gmail.com",
    phone="+91 98450 55217",
    location="Bengaluru, Karnataka, India",
    summary=(
        "Project manager with eleven years of delivery in banking and payments technology: "
        "fixed-price and time-and-material programmes of up to 60 people, hybrid agile "
        "delivery, vendor and stakeholder management, budgets and status reporting."
    ),
    employer="Vantara Digital Services Pvt. Ltd.",
    role="Senior Project Manager",
    bullets=(
        "Delivered a core banking upgrade for a UK building society, 14 releases, no Sev-1",
        "Ran the delivery side of the client's CMMI Level 5 reappraisal",
        "Our Bengaluru delivery centre is ISO 9001:2015 and ISO 27001 certified",
    ),
    credentials=(
        Credential(
            title="Project Management Professional (PMP)",
            issuer="Project Management Institute",
            short="PMP",
            issued_on="2021-08",
            expires_on="2027-08",
            credential_id="3125764",
            url="https://www.credly.com/badges/7a3e91c4-0b2d-4f68-9e15-c84d2b60f7a3/public_url",
        ),
        Credential(
            title="PRINCE2 Foundation Certificate in Project Management",
            issuer="PeopleCert",
            short="PRINCE2 Foundation",
            issued_on="2019-11",
            credential_id="GR656158832KH",
        ),
        Credential(
            title="Certified ScrumMaster (CSM)",
            issuer="Scrum Alliance",
            short="CSM",
            issued_on="2020-03",
            expires_on="2026-03",
            credential_id="001189453",
            url="https://bcert.me/sqkvrjtwe",
        ),
        Credential(
            title="SAFe 6 Agilist",
            issuer="Scaled Agile, Inc.",
            short="SAFe Agilist",
            issued_on="2024-01",
            expires_on="2025-01",
            credential_id="86104237-4471",
        ),
        Credential(
            title="Google Project Management: Professional Certificate",
            issuer="Google (Coursera)",
            short="Google Project Management",
            issued_on="2022-05",
            url="https://www.coursera.org/account/accomplishments/professional-cert/9RWT4KX2HZ7M",
        ),
    ),
    section_negatives=(
        "PMI Agile Certified Practitioner (PMI-ACP): exam scheduled for March 2027",
        "Program Management Professional (PgMP): application submitted, panel review pending",
    ),
    skills=(
        "Hybrid agile delivery",
        "Jira and Confluence",
        "MS Project",
        "Budgeting and forecasting",
        "Vendor management",
        "Stakeholder reporting",
    ),
    contact_links=(
        ("linkedin.com/in/karthik-hegde-pmp", "https://www.linkedin.com/in/karthik-hegde-pmp"),
    ),
)

CLOUD_ENGINEER = Content(
    key="b16-cloud-engineer",
    name="Dennis Krüger-Mensah",
    post_nominals=(),
    headline="Cloud Engineer (AWS, Azure, Kubernetes)",
    email="dennis.krueger.mensah@posteo.de",
    phone="+49 176 5558 2194",
    location="Berlin, Germany",
    summary=(
        "Cloud engineer at a Berlin scale-up: AWS and Azure landing zones, Kubernetes "
        "platforms, Terraform modules for 30 product teams, CI/CD with GitHub Actions, and "
        "the cloud side of security audits. Working language English; German B1."
    ),
    employer="Spreeflow Mobility GmbH",
    role="Cloud Engineer",
    bullets=(
        "Built the AWS landing zone (Control Tower, 46 accounts) and its Terraform pipeline",
        "Prepared the evidence for the company's BSI C5 attestation and ISO 27001 certification",
        "Cut the monthly cloud bill by 22% with Karpenter and savings plans",
    ),
    credentials=(
        Credential(
            title="AWS Certified Solutions Architect – Associate",
            issuer="Amazon Web Services",
            short="AWS SAA",
            issued_on="2024-03",
            expires_on="2027-03",
            credential_id="X7Y9QPK1BN4E1S5T",
            url="https://www.credly.com/badges/2c9d41e7-5f0a-4b83-a6d2-e1b7094c3f58/public_url",
        ),
        Credential(
            title="Microsoft Certified: Azure Administrator Associate",
            issuer="Microsoft",
            short="AZ-104",
            issued_on="2023-09",
            expires_on="2026-09",
            credential_id="D3B7E19C4A2F5068",
            url="https://learn.microsoft.com/api/credentials/share/en-us/DennisKrugerMensah-4182/D3B7E19C4A2F5068",
        ),
        Credential(
            title="Certified Kubernetes Application Developer (CKAD)",
            issuer="The Linux Foundation",
            short="CKAD",
            issued_on="2025-01",
            expires_on="2027-01",
            credential_id="LF-3qz7m1k8vd",
        ),
        Credential(
            title="HashiCorp Certified: Terraform Associate (004)",
            issuer="HashiCorp",
            short="Terraform Associate",
            issued_on="2025-06",
            expires_on="2027-06",
            url="https://www.credly.com/badges/b40e8c16-93d7-4a2f-8c05-6f1e2a9d7b34/public_url",
        ),
        Credential(
            title="Google Cloud Certified Associate Cloud Engineer",
            issuer="Google Cloud",
            short="GCP ACE",
            issued_on="2022-10",
            expires_on="2025-10",
            url="https://www.credential.net/5e1a7c3d-28b9-4f64-a0d7-93c6b2e8f105",
        ),
    ),
    section_negatives=(
        "AWS Certified DevOps Engineer – Professional: exam scheduled March 2027",
        "Goethe-Zertifikat B2 (German): course in progress",
    ),
    skills=(
        "AWS",
        "Azure",
        "Kubernetes (EKS, AKS)",
        "Terraform",
        "GitHub Actions",
        "Python",
        "Bash",
    ),
    contact_links=(("github.com/dkmensah", "https://github.com/dkmensah"),),
)

HR_GENERALIST = Content(
    key="b16-hr-generalist",
    name="Tiana Brooks-Delgado",
    post_nominals=("SHRM-CP", "PHR"),
    headline="HR Generalist",
    email="tiana.brooksdelgado@outlook.com",
    phone="(312) 555-0178",
    location="Chicago, IL",
    summary=(
        "HR generalist for a 650-employee distribution company across three Illinois sites: "
        "employee relations and investigations, onboarding, leave administration (FMLA, ADA), "
        "benefits open enrollment, HRIS data and compliance with federal and Illinois law."
    ),
    employer="Lakeshore Supply Co.",
    role="HR Generalist",
    bullets=(
        "Helped the company earn its Great Place to Work Certification two years running",
        "Led the annual I-9 self-audit and cut paperwork errors by 80%",
        "Moved onboarding to Workday; new hire paperwork fell from 5 days to 1",
    ),
    credentials=(
        Credential(
            title="SHRM Certified Professional (SHRM-CP)",
            issuer="Society for Human Resource Management (SHRM)",
            short="SHRM-CP",
            issued_on="2020-12",
            expires_on="2026-02",
            credential_id="20118733",
        ),
        Credential(
            title="Professional in Human Resources (PHR)",
            issuer="HR Certification Institute (HRCI)",
            short="PHR",
            issued_on="2022-06",
            expires_on="2028-06",
            credential_id="1043577",
            url="https://www.credly.com/badges/e58b2f07-1d4c-4a96-b3e0-7c91d5a2f846/public_url",
        ),
        Credential(
            title="Workday Pro Certification: HCM",
            issuer="Workday",
            short="Workday Pro HCM",
            issued_on="2023-03",
        ),
        Credential(
            title="Employee Relations Specialty Credential",
            issuer="SHRM",
            short="SHRM ER Specialty",
            issued_on="2024-05",
            url="https://www.credly.com/badges/90c4e6a3-7b18-4d25-8f6e-2a0b3d9c1e57/public_url",
        ),
        Credential(
            title="Mental Health First Aid",
            issuer="National Council for Mental Wellbeing",
            short="MHFA",
            issued_on="2024-10",
            expires_on="2027-10",
        ),
    ),
    section_negatives=(
        "Senior Professional in Human Resources (SPHR): studying, exam window opens April 2027",
        "M.S. Human Resource Management, DePaul University: in progress",
    ),
    skills=(
        "Employee relations",
        "FMLA and ADA",
        "Workday HCM",
        "ADP Workforce Now",
        "Benefits administration",
        "Spanish (fluent)",
    ),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/tianabrooksdelgado"),),
)

ECE_TEACHER = Content(
    key="b16-ece-teacher",
    name="Aroha Ngata-Fletcher",
    post_nominals=(),
    headline="Early Childhood Teacher (Fully Certificated)",
    email="aroha.ngatafletcher@xtra.co.nz",
    phone="021 555 4830",
    location="Auckland, New Zealand",
    summary=(
        "Fully certificated early childhood teacher with seven years in education and care "
        "centres: planning and assessment with Te Whāriki, learning stories, a bicultural "
        "programme with te reo Māori every day, and working with whānau."
    ),
    employer="Little Kauri Early Learning Centre, Mount Albert",
    role="Head Teacher, Under-2s Room",
    bullets=(
        "Led our room through the centre's ERO review and its licence renewal",
        "The centre holds the Healthy Heart Award from the Heart Foundation",
        "Mentored two provisionally certificated teachers towards full certification",
    ),
    credentials=(
        Credential(
            title="Full Practising Certificate (Registered Teacher)",
            issuer="Teaching Council of Aotearoa New Zealand",
            short="Full Practising Certificate",
            issued_on="2021-02",
            expires_on="2027-02",
            credential_id="412873",
        ),
        Credential(
            title="Comprehensive First Aid (NZQA 6401, 6402)",
            issuer="St John New Zealand",
            short="First Aid",
            issued_on="2025-03",
            expires_on="2027-03",
        ),
        Credential(
            title="Incredible Years Teacher Programme",
            issuer="Ministry of Education",
            short="Incredible Years",
            issued_on="2022",
        ),
        Credential(
            title="Certificate in Te Reo Māori (Level 4)",
            issuer="Te Wānanga o Aotearoa",
            short="Te Reo Māori L4",
            issued_on="2020-11",
        ),
        Credential(
            title="Child Protection Awareness (Safeguarding Children)",
            issuer="Safeguarding Children Initiative",
            short="Safeguarding Children",
            issued_on="2024-08",
            expires_on="2027-08",
            url="https://safeguardingchildren.org.nz/certificate/verify/SC-24-083315",
        ),
    ),
    section_negatives=(
        "Postgraduate Certificate in Education (Early Years), University of Auckland: enrolled "
        "for 2027",
        "Pikler pedagogy course: waitlisted for the next intake",
    ),
    skills=(
        "Te Whāriki",
        "Learning stories (Storypark)",
        "Te reo Māori",
        "Infant and toddler care",
        "Working with whānau",
    ),
)
