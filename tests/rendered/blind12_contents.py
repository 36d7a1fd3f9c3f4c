"""The "blind-12" group's own contents: six résumés the extractor was never tuned on.

Written in session 10 by a helper who never read the extractor nor its tests. People and trades
the other groups do not have: an intensive care paramedic in Adelaide, a Salesforce
administrator in Dublin and a food-safety auditor in Mexico City (here), a cloud security
engineer in Hyderabad, a mobile crane operator in Alberta and a financial planner in Durban
(``blind12_people.py``). Every person, employer, credential ID and URL is invented; the
credentials are real ones from real issuers (Ahpra, the Australian Resuscitation Council,
NAEMT, Salesforce, Microsoft, PeopleCert, Exemplar Global, SQFI, FSPCA, ASQ, ISC2, AWS, the
Linux Foundation, CompTIA, Google Cloud, Alberta's apprenticeship board, the Red Seal Program,
NCCCO, Energy Safety Canada, the Canadian Red Cross, FPI, FISA, SARS, CFA Institute, Coursera;
Credly, Accredible and issuers' verification addresses). A date may be a bare year.
Post-nominals may name a degree ("BCom"), which is no credential, or a membership only they
name. ``section_negatives`` are written near the credentials but are not held: an exam passed
whose credential is not granted, an exam booked, an apprenticeship or a programme part-way, a
course or convention attended. Bullets hold distractors: an employer's, a site's or a
product's certification, accreditation or licence.
"""

from __future__ import annotations

from tests.rendered.blind12_people import CLOUD_SECURITY, CRANE_OPERATOR, FINANCIAL_PLANNER
from tests.rendered.contents import Content, Credential

_PARAMEDIC = Content(
    key="b12-paramedic",
    name="Tamsin Okonkwo-Reilly",
    post_nominals=("MACPara",),
    headline="Intensive Care Paramedic",
    email="tamsin.okreilly@icloud.com",
    phone="+61 438 555 216",
    location="Adelaide, South Australia",
    summary=(
        "Intensive care paramedic on a metropolitan single-responder car: advanced airway "
        "management, RSI under clinical guidelines, paediatric and obstetric emergencies, and "
        "precepting graduate paramedics on road."
    ),
    employer="SA Ambulance Service",
    role="Intensive Care Paramedic, Metropolitan Operations",
    bullets=(
        "Rostered to the station's ACHS-accredited clinical education program as a preceptor",
        "Attend about 1,900 cases a year, 30% of them priority 1",
        "Co-wrote the station's ISO 9001:2015 certified fleet-readiness checklist",
    ),
    credentials=(
        Credential(
            title="Paramedic, General Registration",
            issuer="Paramedicine Board of Australia (Ahpra)",
            short="Ahpra paramedic registration",
            issued_on="2019-01",
            expires_on="2026-11",
            credential_id="PMC0001873456",
        ),
        Credential(
            title="Intensive Care Paramedic Authority to Practise",
            issuer="SA Ambulance Service",
            short="ICP Authority to Practise",
            issued_on="2022-06",
        ),
        Credential(
            title="Advanced Life Support Level 2 (ALS2)",
            issuer="Australian Resuscitation Council",
            short="ALS2",
            issued_on="2024-08",
            expires_on="2026-08",
            credential_id="ALS2-SA-240817",
        ),
        Credential(
            title="Prehospital Trauma Life Support (PHTLS) Provider",
            issuer="NAEMT",
            short="PHTLS",
            issued_on="2023-03",
            expires_on="2027-03",
            credential_id="PHTLS-7741926",
        ),
        Credential(
            title="Certificate IV in Training and Assessment (TAE40122)",
            issuer="TAFE SA",
            short="TAE40122",
            issued_on="2021-11",
            credential_id="TAE-2021-55813",
        ),
        Credential(
            title="Mental Health First Aider",
            issuer="Mental Health First Aid Australia",
            short="MHFA",
            issued_on="2024-02",
            expires_on="2027-02",
            url="https://www.credly.com/badges/2b7f4e91-0c3d-4a68-9e25-f81d6a3c0b47/public_url",
        ),
    ),
    section_negatives=(
        "Flight Paramedic Certification (FP-C): exam booked for March 2027",
        "Graduate Certificate in Disaster Management, Flinders University: expected 2027",
    ),
    skills=(
        "Advanced airway management",
        "12-lead ECG",
        "Ultrasound (eFAST)",
        "VACIS ePCR",
        "Clinical precepting",
        "Auslan (basic)",
    ),
    contact_links=(
        ("linkedin.com/in/tamsin-okreilly", "https://www.linkedin.com/in/tamsin-okreilly"),
    ),
    post_nominal_claims=(
        Credential(
            title="Member of the Australasian College of Paramedicine (MACPara)",
            issuer="Australasian College of Paramedicine",
            short="MACPara",
        ),
    ),
)

_SALESFORCE_ADMIN = Content(
    key="b12-salesforce-admin",
    name="Aoife Brennan-Kowalczyk",
    post_nominals=(),
    headline="Senior Salesforce Administrator, Sales and Service Cloud",
    email="aoife.bk@eircom.net",
    phone="+353 87 555 4410",
    location="Dublin, Ireland",
    summary=(
        "Salesforce administrator for a 900-user Sales and Service Cloud org: Flow automation, "
        "permission-set-led security, release management with DevOps Center, data quality and "
        "user training across Dublin, Cork and Warsaw."
    ),
    employer="Liffey Medical Devices Ltd.",
    role="Senior Salesforce Administrator",
    bullets=(
        "Moved 140 workflow rules and process builders to Flow before their retirement",
        "Owned the CRM controls in the company's ISO 13485 and ISO 27001 certification audits",
        "Helped the implementation partner reach Salesforce Crest Partner status",
    ),
    credentials=(
        Credential(
            title="Salesforce Certified Administrator",
            issuer="Salesforce",
            short="Salesforce Administrator",
            issued_on="2020-04",
            credential_id="3126488",
        ),
        Credential(
            title="Salesforce Certified Platform App Builder",
            issuer="Salesforce",
            short="Platform App Builder",
            issued_on="2021-09",
            credential_id="3429917",
        ),
        Credential(
            title="Salesforce Certified Advanced Administrator",
            issuer="Salesforce",
            short="Advanced Administrator",
            issued_on="2022-05",
            credential_id="3877201",
        ),
        Credential(
            title="Salesforce Certified Service Cloud Consultant",
            issuer="Salesforce",
            short="Service Cloud Consultant",
            issued_on="2023-11",
            credential_id="4210536",
        ),
        Credential(
            title="Microsoft Certified: Power Platform Fundamentals",
            issuer="Microsoft",
            short="PL-900",
            issued_on="2022-01",
            url="https://learn.microsoft.com/api/credentials/share/en-gb/AoifeBrennanKowalczyk-2291/8E3A1C5F7B9D2046?sharingId=B27D4F9E1A3C6085",
        ),
        Credential(
            title="ITIL 4 Foundation",
            issuer="PeopleCert",
            short="ITIL 4",
            issued_on="2019-06",
            credential_id="GR671043892AB",
        ),
    ),
    section_negatives=(
        "Salesforce Certified Sales Cloud Consultant: in progress, Trailmix 60% complete",
        "Trailhead: Ranger rank, 212 badges and 4 superbadges",
    ),
    skills=(
        "Flow Builder",
        "Permission sets",
        "DevOps Center",
        "Data Loader",
        "Jira",
        "SOQL",
        "Polish",
    ),
    contact_links=(("Trailblazer profile", "https://www.salesforce.com/trailblazer/aoifebk"),),
)

_FOOD_AUDITOR = Content(
    key="b12-food-auditor",
    name="Guadalupe Itzel Hernández Ochoa",
    post_nominals=(),
    headline="Food Safety Lead Auditor (GFSI schemes)",
    email="itzel.hernandez.ochoa@outlook.com",
    phone="+52 55 5555 0721",
    location="Mexico City (CDMX), Mexico",
    summary=(
        "Third-party lead auditor for GFSI-benchmarked schemes in dairy, bakery and ready-meal "
        "plants across Mexico and Central America; 140 audits a year in Spanish and English, "
        "root-cause coaching and unannounced audits."
    ),
    employer="Certificadora Anáhuac S.C.",
    role="Lead Auditor, Food and Beverage",
    bullets=(
        "Audited 140 plants a year to FSSC 22000 v6 and SQF Edition 9",
        "Prepared a client's Querétaro plant for BRCGS Food Safety certification (grade AA)",
        "Trained 25 new auditors on the certification body's ISO/IEC 17065 accredited process",
    ),
    credentials=(
        Credential(
            title="Food Safety Management Systems Lead Auditor",
            issuer="Exemplar Global",
            short="Exemplar Global FS-LA",
            issued_on="2019-07",
            expires_on="2027-07",
            credential_id="EG-124578",
            url="https://exemplarglobal.org/certified-professionals/verify/EG-124578",
        ),
        Credential(
            title="SQF Auditor (Food Sector Categories 1, 3 and 4)",
            issuer="SQFI",
            short="SQF Auditor",
            issued_on="2021-05",
            expires_on="2026-05",
            credential_id="SQF-AUD-00873",
        ),
        Credential(
            title="Preventive Controls Qualified Individual (PCQI) for Human Food",
            issuer="FSPCA",
            short="PCQI",
            issued_on="2018-03",
            credential_id="9b5c47ad",
        ),
        Credential(
            title="Certified Quality Auditor (CQA)",
            issuer="ASQ",
            short="CQA",
            issued_on="2020-12",
            expires_on="2026-12",
            credential_id="79341",
            url="https://www.credly.com/badges/5e0c3a8f-d17b-4e92-8a64-3f9b2c71d0e6/public_url",
        ),
        Credential(
            title="Advanced HACCP Certification",
            issuer="NSF",
            short="Advanced HACCP",
            issued_on="2017",
        ),
    ),
    section_negatives=(
        "FSSC 22000 Lead Auditor course (CQI and IRCA certified, 5 days): course exam passed; "
        "auditor registration not applied for",
        "Certified HACCP Auditor (CHA), ASQ: exam scheduled for February 2027",
    ),
    skills=(
        "FSSC 22000 v6",
        "SQF Edition 9",
        "BRCGS Issue 9",
        "Root-cause analysis",
        "Environmental monitoring",
        "Spanish (native)",
        "English (C1)",
    ),
)

BLIND12_CONTENTS: tuple[Content, ...] = (
    _PARAMEDIC,
    _SALESFORCE_ADMIN,
    _FOOD_AUDITOR,
    CLOUD_SECURITY,
    CRANE_OPERATOR,
    FINANCIAL_PLANNER,
)
