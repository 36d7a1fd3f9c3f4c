"""The "blind-6" group's own contents: four résumés the extractor was never tuned on.

Written in session 6 by a helper who never read the extractor nor the other groups' contents.
Every person, employer, credential ID and URL is invented; the credentials are real ones, some
in the catalog (CCRN, ACLS, PRINCE2, SHRM-SCP, Databricks…) and some not (the Canadian CNCC(C),
IASSC's Green Belt, MHFA England, dbt Labs'…). A date may be a bare year ("2019"), as résumés
write it. ``section_negatives`` are written near the credentials but are not held credentials:
an exam scheduled, a certification being studied for, an employer's award or partnership.
"""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

_NURSE = Content(
    key="b6-icu-nurse",
    name="Adaeze Lindqvist",
    post_nominals=("RN", "CCRN"),
    headline="Critical Care Nurse, Cardiovascular ICU",
    email="adaeze.lindqvist@fastmail.ca",
    phone="+1 416 555 0187",
    location="Toronto, ON, Canada",
    summary=(
        "Critical care nurse with nine years at the bedside in a 24-bed cardiovascular ICU, "
        "charge nurse on nights and preceptor to new graduates."
    ),
    employer="Lakeshore General Hospital",
    role="Charge Nurse, Cardiovascular Intensive Care Unit",
    bullets=(
        "Coordinate care for up to 24 post-cardiac-surgery and ECMO patients per shift",
        "Precepted 14 new graduate nurses through a 12-week critical care orientation",
        "Led the unit's sepsis-bundle audit, raising compliance from 71% to 93%",
    ),
    credentials=(
        Credential(
            title="Registered Nurse",
            issuer="College of Nurses of Ontario",
            short="RN",
            issued_on="2016-09",
            credential_id="1623487",
        ),
        Credential(
            title="Critical Care Registered Nurse (Adult)",
            issuer="AACN Certification Corporation",
            short="CCRN",
            issued_on="2024-05",
            expires_on="2027-05",
            credential_id="2105873",
            url="https://www.aacn.org/certification/verify?id=2105873",
        ),
        Credential(
            title="Advanced Cardiovascular Life Support",
            issuer="American Heart Association",
            short="ACLS",
            issued_on="2025-02",
            expires_on="2027-02",
            credential_id="225417983210",
            url="https://ecards.heart.org/verify/225417983210",
        ),
        Credential(
            title="Critical Care Nursing Certification CNCC(C)",
            issuer="Canadian Nurses Association",
            short="CNCC(C)",
            issued_on="2022-11",
            expires_on="2027-11",
        ),
        Credential(
            title="Fundamental Critical Care Support",
            issuer="Society of Critical Care Medicine",
            short="FCCS",
            issued_on="2019",
        ),
    ),
    section_negatives=(
        "Preparing for the Adult Nurse Practitioner exam (planned 2027)",
        "Unit recipient of the AACN Beacon Award for Excellence, 2024",
    ),
    skills=("Hemodynamic monitoring", "CRRT", "ECMO", "Epic charting", "Rapid response"),
)

_SUPPLY = Content(
    key="b6-supply-planner",
    name="Joris Verhoeven",
    post_nominals=(),
    headline="Senior Supply Chain Planner",
    email="joris.verhoeven@proton.me",
    phone="+31 6 5550 4182",
    location="Rotterdam, Netherlands",
    summary=(
        "Supply chain planner for port-side distribution, moving S&OP from spreadsheets to "
        "SAP IBP and cutting safety stock without hurting service levels."
    ),
    employer="Havenstad Logistics B.V.",
    role="Senior Supply Chain Planner",
    bullets=(
        "Own the monthly S&OP cycle for 3,400 SKUs across four European warehouses",
        "Cut safety stock by EUR 2.1M while holding a 98.2% order fill rate",
        "Led the SAP IBP demand-planning roll-out for 40 planners in three countries",
    ),
    credentials=(
        Credential(
            title="Certified Supply Chain Professional",
            issuer="ASCM",
            short="CSCP",
            issued_on="2022-06",
            expires_on="2027-06",
            credential_id="CSCP-0458821",
            url="https://www.credly.com/badges/3f1c9a52-7e4b-4d0a-9b1e-2a6c8d5f0e71",
        ),
        Credential(
            title="PRINCE2 Practitioner",
            issuer="PeopleCert",
            short="PRINCE2 Practitioner",
            issued_on="2023-10",
            expires_on="2026-10",
            credential_id="GR671234567JV",
        ),
        Credential(
            title="Lean Six Sigma Green Belt",
            issuer="IASSC",
            short="LSSGB",
            issued_on="2020-03",
            credential_id="IASSC-GB-20-33817",
        ),
        Credential(
            title="SAP Certified Associate - Production Planning and Manufacturing",
            issuer="SAP",
            short="SAP PP",
            issued_on="2024-01",
            url="https://www.credly.com/badges/8d2e6b14-51c3-4f7a-a0d9-6e3b2c1f4a57",
        ),
        Credential(
            title="Goethe-Zertifikat C1",
            issuer="Goethe-Institut",
            short="Goethe C1",
            issued_on="2018",
        ),
    ),
    section_negatives=(
        "CPIM Part 1 exam passed (2025); Part 2 not yet taken",
        "Enrolled in the ASCM CLTD learning system",
        "Rotterdam warehouse audited to ISO 9001:2015 and AEO status",
    ),
    skills=("SAP IBP", "SAP S/4HANA", "Demand planning", "Power BI", "Python (pandas)"),
    contact_links=(
        ("linkedin.com/in/jorisverhoeven", "https://www.linkedin.com/in/jorisverhoeven"),
    ),
)

_PEOPLE = Content(
    key="b6-people-partner",
    name="Harriet Osei",
    post_nominals=("Chartered MCIPD",),
    headline="Senior People Partner",
    email="harriet.osei@outlook.co.uk",
    phone="+44 7700 900318",
    location="Manchester, United Kingdom",
    summary=(
        "Senior people partner for a 2,400-strong housing association, leading employee "
        "relations, restructures and a hybrid-working policy."
    ),
    employer="Northmoor Housing Group",
    role="Senior People Partner",
    bullets=(
        "Advise five directors on organisational design, restructures and TUPE transfers",
        "Cut time-to-hire from 46 to 29 days by rebuilding the recruitment workflow",
        "Trained 60 line managers in absence management and difficult conversations",
    ),
    credentials=(
        Credential(
            title="Chartered Member of the CIPD",
            issuer="CIPD",
            short="Chartered MCIPD",
            issued_on="2021-04",
            credential_id="20871453",
        ),
        Credential(
            title="CIPD Level 7 Advanced Diploma in Strategic People Management",
            issuer="CIPD",
            short="CIPD Level 7",
            issued_on="2020-11",
        ),
        Credential(
            title="SHRM Senior Certified Professional",
            issuer="SHRM",
            short="SHRM-SCP",
            issued_on="2024-08",
            expires_on="2027-08",
            credential_id="24118902",
            url="https://www.credly.com/badges/5b9d0e27-3c61-48f2-9a7e-d41f8c2b6e03",
        ),
        Credential(
            title="Mental Health First Aider",
            issuer="MHFA England",
            short="MHFA",
            issued_on="2025-03",
            expires_on="2028-03",
        ),
        Credential(
            title="ILM Level 5 Certificate in Coaching and Mentoring",
            issuer="Institute of Leadership & Management",
            short="ILM 5 Coaching",
            issued_on="2019",
        ),
    ),
    section_negatives=(
        "Working towards Chartered Fellow (FCIPD) upgrade",
        "Organisation accredited Investors in People Gold",
    ),
    skills=("Employee relations", "Workday HCM", "TUPE", "Policy writing", "Coaching"),
    contact_links=(
        ("linkedin.com/in/harrietosei-hr", "https://www.linkedin.com/in/harrietosei-hr"),
    ),
)

_DATA = Content(
    key="b6-data-engineer",
    name="Larissa Figueiredo",
    post_nominals=(),
    headline="Senior Data Engineer",
    email="larissa.figueiredo@gmail.com",
    phone="+55 11 95550 2714",
    location="São Paulo, Brazil (remote)",
    summary=(
        "Data engineer building lakehouse pipelines for fintech: streaming ingestion, dbt "
        "models and the data contracts that keep analysts and ML teams unblocked."
    ),
    employer="Pagaleve Fintech S.A.",
    role="Senior Data Engineer",
    bullets=(
        "Migrated 180 batch jobs from Airflow on VMs to Databricks Workflows",
        "Built a Kafka-to-Delta streaming pipeline handling 45k card events per second",
        "Introduced dbt tests and data contracts, cutting broken dashboards by 80%",
    ),
    credentials=(
        Credential(
            title="Databricks Certified Data Engineer Professional",
            issuer="Databricks",
            short="Databricks DE Pro",
            issued_on="2025-09",
            expires_on="2027-09",
            url="https://credentials.databricks.com/7b3e2f10-9c44-4d21-8e6a-0f5d3c2b1a98",
        ),
        Credential(
            title="Professional Data Engineer",
            issuer="Google Cloud",
            short="GCP PDE",
            issued_on="2025-04",
            expires_on="2027-04",
            credential_id="GCP-PDE-88314",
            url="https://www.credly.com/badges/a4c81f39-0d2e-4b57-8e16-f93d27c5b0a4",
        ),
        Credential(
            title="AWS Certified Machine Learning Engineer – Associate",
            issuer="Amazon Web Services",
            short="AWS MLA",
            issued_on="2025-01",
            expires_on="2028-01",
            credential_id="8f3e2a1b9c7d4e6f",
            url="https://www.credly.com/badges/c2d7e915-6a3b-4f80-b1c4-57e9d0a3f268",
        ),
        Credential(
            title="dbt Analytics Engineering Certification",
            issuer="dbt Labs",
            short="dbt AE",
            issued_on="2024-07",
            url="https://www.credly.com/badges/e61a0b7c-2f95-4d38-9c0e-8b4d1a7f3e52",
        ),
        Credential(
            title="Generative AI with Large Language Models",
            issuer="DeepLearning.AI",
            short="GenAI with LLMs",
            issued_on="2024-02",
            credential_id="QX7H2KLM9PZD",
            url="https://www.coursera.org/verify/QX7H2KLM9PZD",
        ),
    ),
    section_negatives=(
        "Scheduled: SnowPro Core exam, February 2027",
        "Employer is a Databricks Elite Consulting Partner",
    ),
    skills=("Python", "Spark", "Kafka", "dbt", "Terraform", "BigQuery"),
    contact_links=(
        ("github.com/lfigueiredo", "https://github.com/lfigueiredo"),
        ("larissafigueiredo.dev", "https://larissafigueiredo.dev"),
    ),
)

BLIND6_CONTENTS: tuple[Content, ...] = (_NURSE, _SUPPLY, _PEOPLE, _DATA)
