"""What the rendered corpus says: six résumés' contents, independent of any layout.

Every person, employer, credential ID and URL is invented; the credentials are real ones. The
labels are computed from these contents and from which fields a layout shows (see
``generate.py``); nothing is labelled by hand. ``negatives`` are written on the résumé but are
not claims: an exam level passed, a candidacy, a credential being prepared, an employer's or a
product's certification, link text.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Credential:
    """A credential the person holds, with every field a layout may show."""

    title: str
    issuer: str
    #: How a sidebar or a name line writes it ("CISSP", "Security+").
    short: str
    issued_on: str | None = None
    expires_on: str | None = None
    credential_id: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Content:
    """One résumé's contents."""

    key: str
    name: str
    #: Written after the name ("Priya Raman, CFA, FRM"); each one names a credential held.
    post_nominals: tuple[str, ...]
    headline: str
    email: str
    phone: str
    location: str
    summary: str
    employer: str
    role: str
    bullets: tuple[str, ...]
    credentials: tuple[Credential, ...]
    #: Lines written among the credentials that are not claims ("Passed CAIA Level I").
    section_negatives: tuple[str, ...]
    skills: tuple[str, ...]
    #: Links beside the contact details: (visible text, target). None is a claim.
    contact_links: tuple[tuple[str, str], ...] = ()
    #: Credentials held that only the post-nominals name (not listed in the section).
    post_nominal_claims: tuple[Credential, ...] = field(default=())


CONTENTS: tuple[Content, ...] = (
    Content(
        key="finance",
        name="Priya Raman",
        post_nominals=("CFA", "FRM"),
        headline="Portfolio Risk Manager",
        email="priya.raman@example.com",
        phone="+44 7700 900412",
        location="London, United Kingdom",
        summary=(
            "Risk manager with eleven years across fixed income and multi-asset funds. "
            "Passed CAIA Level I in March 2024 and now reading for Level II."
        ),
        employer="Wayne Capital Partners",
        role="Head of Portfolio Risk",
        bullets=(
            "Led the SOC 1 Type II certification of the fund administration platform.",
            "Built the liquidity stress model used across 14 funds and $9bn of assets.",
        ),
        credentials=(
            Credential(
                title="Chartered Financial Analyst (CFA)",
                issuer="CFA Institute",
                short="CFA",
                issued_on="2019-08",
                credential_id="219874",
                url="https://www.credly.com/badges/5b0f7c2e-8a4d-4c1e-9f63-2d7e1a9b4c08/public_url",
            ),
            Credential(
                title="Chartered Accountant (ACA)",
                issuer="ICAEW",
                short="ACA",
                issued_on="2015-02",
                credential_id="ICAEW-8837215",
            ),
            Credential(
                title="Certificate in Quantitative Finance (CQF)",
                issuer="Fitch Learning",
                short="CQF",
                issued_on="2021-01",
                url="https://www.credential.net/7d9e2c41-0b6a-4f3e-8c25-61a0f4d9e7b3",
            ),
        ),
        section_negatives=(
            "Passed CAIA Level I (March 2024)",
            "CFA Program: Level III Candidate (2018)",
        ),
        skills=("Python", "SQL", "Bloomberg", "VaR", "Excel", "R"),
        contact_links=(("LinkedIn", "https://www.linkedin.com/in/priya-raman-risk"),),
        post_nominal_claims=(
            Credential(
                title="Financial Risk Manager (FRM)",
                issuer="GARP",
                short="FRM",
            ),
        ),
    ),
    Content(
        key="security",
        name="Marcus Feldmann",
        post_nominals=("CISSP",),
        headline="Security Engineer",
        email="m.feldmann@example.org",
        phone="+49 151 23456789",
        location="Hamburg, Germany",
        summary=(
            "Security engineer who builds detection pipelines and threat models. "
            "Preparing for the OSCP exam, scheduled for the autumn."
        ),
        employer="Northwind Payments",
        role="Senior Security Engineer",
        bullets=(
            "Led the PCI DSS certification of the payments platform.",
            "Shipped the FedRAMP Moderate certified release of the card vault.",
            "Cut mean time to detect from nine hours to forty minutes.",
        ),
        credentials=(
            Credential(
                title="Certified Information Systems Security Professional (CISSP)",
                issuer="ISC2",
                short="CISSP",
                issued_on="2020-05",
                expires_on="2026-05",
                credential_id="785421",
                url="https://www.credly.com/badges/0e4a9d27-3c5b-4f18-a7d2-9b6c1e0f3a54/public_url",
            ),
            Credential(
                title="CompTIA Security+",
                issuer="CompTIA",
                short="Security+",
                issued_on="2017-11",
                expires_on="2023-11",
                credential_id="COMP001022334455",
            ),
            Credential(
                title="AWS Certified Security – Specialty",
                issuer="Amazon Web Services",
                short="AWS Security Specialty",
                issued_on="2022-09",
                expires_on="2025-09",
                credential_id="AWS-SCS-4471190",
                url="https://www.credly.com/badges/a71c3e05-92d4-4b6e-8f10-3d5e7c9a2b61/public_url",
            ),
            Credential(
                title="Certified Information Security Manager (CISM)",
                issuer="ISACA",
                short="CISM",
                issued_on="2021-03",
                credential_id="211893457",
            ),
        ),
        section_negatives=("Preparing for: OffSec Certified Professional (OSCP)",),
        skills=("Splunk", "Terraform", "Python", "Threat modelling", "Burp Suite", "AWS"),
        contact_links=(
            ("GitHub", "https://github.com/mfeldmann-sec"),
            ("All my badges", "https://www.credly.com/users/marcus-feldmann/badges"),
        ),
    ),
    Content(
        key="cloud",
        name="Ana Lucía Pérez Gómez",
        post_nominals=(),
        headline="Cloud Platform Architect",
        email="analucia.perez@example.net",
        phone="+34 612 345 678",
        location="Valencia, Spain",
        summary=(
            "Platform architect running Kubernetes at scale for retail and logistics. "
            "Currently studying for the Certified Kubernetes Security Specialist (CKS)."
        ),
        employer="Stark Logistics",
        role="Principal Cloud Architect",
        bullets=(
            "Moved 240 services to EKS and cut the compute bill by 31%.",
            "Our platform achieved ISO 27001 certification in 2022 under my lead.",
        ),
        credentials=(
            Credential(
                title="AWS Certified Solutions Architect – Professional",
                issuer="Amazon Web Services",
                short="AWS Solutions Architect Professional",
                issued_on="2023-04",
                expires_on="2026-04",
                credential_id="Q9R2T7XKDL",
                url="https://www.credly.com/badges/3f2b8c6d-1e9a-4d07-b5c4-8a6f0e2d1c93/public_url",
            ),
            Credential(
                title="Certified Kubernetes Administrator (CKA)",
                issuer="The Linux Foundation",
                short="CKA",
                issued_on="2021-10",
                expires_on="2024-10",
                credential_id="LF-8x0b9q3w1d",
                url="https://www.credly.com/badges/c83e1f4a-7b2d-4e95-a0c6-5d9b3e7f1a28/public_url",
            ),
            Credential(
                title="HashiCorp Certified: Terraform Associate (003)",
                issuer="HashiCorp",
                short="Terraform Associate",
                issued_on="2023-12",
                url="https://www.credly.com/badges/e2d7a9c1-4f3b-4a86-9e05-b1c8d6f2a437/public_url",
            ),
            Credential(
                title="Google Cloud Professional Cloud Architect",
                issuer="Google Cloud",
                short="GCP Professional Cloud Architect",
                issued_on="2022-06",
                expires_on="2024-06",
                url="https://google.accredible.com/9a4c2e7f-5b1d-4e3a-8c69-0f7d2b5e8a16",
            ),
        ),
        section_negatives=("AWS Certified Machine Learning – Specialty (in progress)",),
        skills=("Kubernetes", "Terraform", "AWS", "GCP", "Go", "ArgoCD"),
        contact_links=(("Portfolio", "https://analucia.example.dev"),),
    ),
    Content(
        key="engineering",
        name="Daniel O'Brien",
        post_nominals=("PE", "PMP"),
        headline="Structural Engineer",
        email="dobrien@example.com",
        phone="+1 (555) 010-7741",
        location="Sacramento, California",
        summary=(
            "Structural engineer for bridges and mid-rise buildings, from design review "
            "to site inspection. Preparing for the SE exam."
        ),
        employer="Initech Structural",
        role="Project Engineer",
        bullets=(
            "Secured LEED Gold certification for the Harbor Street office tower.",
            "Led seismic retrofits of six county bridges, on time and under budget.",
        ),
        credentials=(
            Credential(
                title="Professional Engineer (PE)",
                issuer="California Board for Professional Engineers",
                short="PE",
                issued_on="2016-10",
                expires_on="2026-10",
                credential_id="C-91234",
            ),
            Credential(
                title="Project Management Professional (PMP)",
                issuer="Project Management Institute",
                short="PMP",
                issued_on="2019-02",
                expires_on="2025-02",
                credential_id="3011876",
                url="https://www.credly.com/badges/8b6e2d4f-0c1a-4b93-9d57-e4a2c7f0b319/public_url",
            ),
            Credential(
                title="Certified Six Sigma Green Belt (CSSGB)",
                issuer="ASQ",
                short="CSSGB",
                issued_on="2018-07",
                credential_id="71562",
            ),
            Credential(
                title="Bridge Safety Inspection Certificate",
                issuer="National Highway Institute",
                short="Bridge Safety Inspection",
                issued_on="2020-03",
            ),
        ),
        section_negatives=("Structural Engineering (SE) exam: candidate, sitting April 2025",),
        skills=("ETABS", "SAP2000", "AutoCAD", "Revit", "Primavera P6"),
        contact_links=(("LinkedIn", "https://www.linkedin.com/in/daniel-obrien-pe"),),
    ),
    Content(
        key="nursing",
        name="Grace Mwangi",
        post_nominals=("RN", "BSN", "CCRN"),
        headline="Critical Care Nurse",
        email="grace.mwangi@example.org",
        phone="+1 (555) 010-2290",
        location="Seattle, Washington",
        summary=(
            "ICU nurse with eight years in cardiac and trauma critical care. Enrolled in "
            "the Trauma Nursing Core Course (TNCC), completing in June."
        ),
        employer="Umbrella Health",
        role="Charge Nurse, Cardiac ICU",
        bullets=(
            "Supported the hospital's Joint Commission accreditation survey.",
            "Precepted 22 new graduate nurses over four years.",
        ),
        credentials=(
            Credential(
                title="Registered Nurse (RN)",
                issuer="Washington State Department of Health",
                short="RN",
                issued_on="2016-06",
                expires_on="2026-06",
                credential_id="RN61234567",
            ),
            Credential(
                title="Critical Care Registered Nurse (CCRN)",
                issuer="AACN",
                short="CCRN",
                issued_on="2019-09",
                expires_on="2025-09",
                credential_id="1847362",
            ),
            Credential(
                title="Advanced Cardiovascular Life Support (ACLS)",
                issuer="American Heart Association",
                short="ACLS",
                issued_on="2024-01",
                expires_on="2026-01",
            ),
            Credential(
                title="Basic Life Support (BLS)",
                issuer="American Heart Association",
                short="BLS",
                issued_on="2024-01",
                expires_on="2026-01",
            ),
        ),
        section_negatives=("TNCC – enrolled, course completes June 2025",),
        skills=("Epic", "Hemodynamic monitoring", "CRRT", "IABP", "Patient education"),
    ),
    Content(
        key="data",
        name="Wei Chen",
        post_nominals=(),
        headline="Data Analyst",
        email="wei.chen@example.io",
        phone="+65 9123 4567",
        location="Singapore",
        summary=(
            "Analyst who turns warehouse data into decisions for pricing and supply teams. "
            "Candidate for the CFA Level II exam."
        ),
        employer="Acme Analytics",
        role="Senior Data Analyst",
        bullets=(
            "Built the Tableau certification tracking dashboard for 400 analysts.",
            "Rebuilt the pricing model in dbt; refresh time fell from six hours to twenty minutes.",
        ),
        credentials=(
            Credential(
                title="Google Data Analytics Professional Certificate",
                issuer="Google",
                short="Google Data Analytics",
                issued_on="2021-07",
                url="https://www.coursera.org/account/accomplishments/professional-cert/7KQ2M9XW4RZP",
            ),
            Credential(
                title="Microsoft Certified: Power BI Data Analyst Associate",
                issuer="Microsoft",
                short="Power BI Data Analyst",
                issued_on="2022-11",
                expires_on="2024-11",
                credential_id="9F2C91AB7E3D",
                url="https://learn.microsoft.com/api/credentials/share/en-us/WeiChen-7731/9F2C91AB7E3D",
            ),
            Credential(
                title="Tableau Desktop Specialist",
                issuer="Tableau",
                short="Tableau Desktop Specialist",
                issued_on="2020-05",
                credential_id="TDS-2020-558821",
            ),
            Credential(
                title="Databricks Certified Data Engineer Associate",
                issuer="Databricks",
                short="Databricks Data Engineer",
                issued_on="2023-08",
                expires_on="2025-08",
                url="https://credentials.databricks.com/4e8b1d3a-6c2f-4a97-b0e5-9d7f3c1a2e86",
            ),
        ),
        section_negatives=("dbt Analytics Engineering Certification – studying, exam booked",),
        skills=("SQL", "Python", "Tableau", "Power BI", "dbt", "Snowflake"),
        contact_links=(
            ("Portfolio", "https://weichen.example.io"),
            ("GitHub", "https://github.com/weichen-data"),
        ),
    ),
)
