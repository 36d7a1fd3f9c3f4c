"""Four of blind-23's eight people (the other four are in ``blind23_contents.py``): a dental
nurse in Aberdeen, an electrician's apprentice in Limerick, a continuing care assistant in a care
home in Halifax (Nova Scotia), a scaffolder in Doha.

Made in session 17 by a helper (a23) who never read the extractor nor its tests, nor any group's
misses: ordinary résumés, of jobs and places no earlier group has. Every person, employer, number
and address is invented; the credentials and their issuers are real ones, the numbers and
addresses in the shapes those issuers use. What a recruiter must not count as held (an exam
booked, a course in progress, "studying for", the employer's certification, a course attended in
passing) is in ``section_negatives``, the summary and the bullets, never in the labels.
"""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

CREDLY = "https://www.credly.com/badges/{}/public_url"

DENTAL = Content(
    key="b23-dentalnurse-aberdeen",
    name="Eilidh MacLennan",
    post_nominals=(),
    headline="Registered Dental Nurse",
    email="eilidh.maclennan@example.co.uk",
    phone="07700 900 284",
    location="Aberdeen, Scotland",
    summary=(
        "GDC-registered dental nurse with nine years in NHS and private general practice: "
        "chairside support, decontamination, radiography and oral health education for "
        "nervous and young patients. Now studying for the NEBDN Certificate in Dental "
        "Sedation Nursing."
    ),
    employer="Rosemount Dental Care",
    role="Senior Dental Nurse",
    bullets=(
        "Support four dentists across 30-35 patients a day, and IV sedation lists twice a week.",
        "Run the decontamination room; the practice holds BDA Good Practice accreditation.",
        "Attended an Invisalign lunch-and-learn for the practice team in 2025.",
    ),
    credentials=(
        Credential(
            title="GDC Registration – Dental Nurse",
            issuer="General Dental Council",
            short="GDC",
            issued_on="2017-08",
            credential_id="278815",
        ),
        Credential(
            title="National Diploma in Dental Nursing",
            issuer="National Examining Board for Dental Nurses (NEBDN)",
            short="NEBDN Diploma",
            issued_on="2017-06",
        ),
        Credential(
            title="Certificate in Dental Radiography",
            issuer="National Examining Board for Dental Nurses (NEBDN)",
            short="Dental Radiography",
            issued_on="2020-11",
            credential_id="RAD-20-04471",
        ),
        Credential(
            title="Certificate in Oral Health Education",
            issuer="National Examining Board for Dental Nurses (NEBDN)",
            short="Oral Health Education",
            issued_on="2022",
        ),
        Credential(
            title="Immediate Life Support (ILS)",
            issuer="Resuscitation Council UK",
            short="ILS",
            issued_on="2024-05",
            expires_on="2025-05",
            credential_id="ILS1148263",
        ),
    ),
    section_negatives=(
        "NEBDN Certificate in Dental Sedation Nursing: course started, exam booked for May 2027",
        "Impression taking (extended duty): studying, not yet assessed",
    ),
    skills=(
        "Chairside assisting",
        "IV sedation support",
        "Decontamination (HTM 01-05)",
        "Intraoral radiography",
        "R4 / SOE Exact",
        "Gaelic (basic)",
    ),
)

APPRENTICE = Content(
    key="b23-apprentice-limerick",
    name="Cian O'Dwyer",
    post_nominals=(),
    headline="Apprentice Electrician (Phase 3 completed)",
    email="cian.odwyer@example.ie",
    phone="087 555 0193",
    location="Limerick, Ireland",
    summary=(
        "Third-year electrical apprentice on domestic and light commercial jobs: first and second "
        "fix, containment, testing under supervision and solar PV installs. Phase 4 at TUS starts "
        "in January 2027."
    ),
    employer="Shannonside Electrical Contractors Ltd",
    role="Apprentice Electrician",
    bullets=(
        "First and second fix on 40+ new-build houses and two school extensions.",
        "The company is Safe-T-Cert certified and holds ISO 45001; I keep the van's PPE log.",
        "Sat in on a toolbox talk on PV string isolation given by the inverter supplier.",
    ),
    credentials=(
        Credential(
            title="Safe Pass",
            issuer="SOLAS",
            short="Safe Pass",
            issued_on="2023-02",
            expires_on="2027-02",
            credential_id="0417325",
        ),
        Credential(
            title="Manual Handling Training",
            issuer="Limerick and Clare Education and Training Board",
            short="Manual Handling",
            issued_on="2023-03",
            expires_on="2026-03",
        ),
        Credential(
            title="IPAF Operator (PAL Card) – Categories 3a and 3b",
            issuer="IPAF",
            short="IPAF 3a 3b",
            issued_on="2024-06",
            expires_on="2029-06",
            credential_id="IRL2D7K4Q9",
        ),
        Credential(
            title="Abrasive Wheels",
            issuer="Limerick and Clare Education and Training Board",
            short="Abrasive Wheels",
            issued_on="2024",
        ),
        Credential(
            title="Occupational First Aid (PHECC Standard)",
            issuer="Irish Red Cross",
            short="OFA",
            issued_on="2025-01",
            expires_on="2027-01",
            credential_id="OFA-25-0319",
        ),
    ),
    section_negatives=(
        "Phase 4 Electrical Apprenticeship (TUS Moylish): starts January 2027",
        "SEAI Solar PV installer course: enrolled, not yet completed",
    ),
    skills=(
        "First and second fix",
        "Containment and trunking",
        "Testing and inspection (supervised)",
        "Solar PV",
        "Reading drawings",
        "Full B licence",
    ),
)

CARE = Content(
    key="b23-careworker-halifax",
    name="Marie-Claire Comeau",
    post_nominals=("CCA",),
    headline="Continuing Care Assistant",
    email="marieclaire.comeau@example.ca",
    phone="(902) 555-0178",
    location="Halifax, Nova Scotia",
    summary=(
        "Continuing care assistant with ten years in long-term care, most of them on a secure "
        "dementia unit: personal care, meals, activities and end-of-life comfort care. My "
        "application to the NSCC Practical Nursing program has been submitted."
    ),
    employer="Harbourview Manor Long-Term Care",
    role="Continuing Care Assistant (Memory Care)",
    bullets=(
        "Care for 12 residents a shift on a 24-bed secure memory-care unit.",
        "The home is accredited by Accreditation Canada with Exemplary Standing.",
        "Went to a lunchtime falls-prevention session run by the physiotherapist in 2024.",
    ),
    credentials=(
        Credential(
            title="Continuing Care Assistant (CCA) Certificate",
            issuer="Nova Scotia Department of Seniors and Long-term Care",
            short="CCA",
            issued_on="2016-06",
            credential_id="CCA-16-03417",
        ),
        Credential(
            title="Standard First Aid with CPR Level C & AED",
            issuer="Canadian Red Cross",
            short="SFA CPR-C",
            issued_on="2024-10",
            expires_on="2027-10",
            credential_id="DP4L7K2",
        ),
        Credential(
            title="Gentle Persuasive Approaches (GPA) in Dementia Care",
            issuer="Advanced Gerontological Education (AGE Inc.)",
            short="GPA",
            issued_on="2019",
        ),
        Credential(
            title="Nonviolent Crisis Intervention",
            issuer="Crisis Prevention Institute (CPI)",
            short="CPI NCI",
            issued_on="2021-04",
            expires_on="2023-04",
            credential_id="88142071",
        ),
        Credential(
            title="Food Handler Certification",
            issuer="Canadian Institute of Food Safety",
            short="Food Handler",
            issued_on="2022-09",
            expires_on="2027-09",
            credential_id="CIFS-1926634",
            url="https://www.credential.net/3b7e1d92-0c4a-4f86-9e25-6a1d8c3f70b4",
        ),
        Credential(
            title=(
                "Living with Dementia: Impact on Individuals, Caregivers, Communities and Societies"
            ),
            issuer="Johns Hopkins University",
            short="Living with Dementia",
            issued_on="2023-02",
            url="https://www.coursera.org/account/accomplishments/certificate/7QK3WZ8NRT5L",
        ),
    ),
    section_negatives=(
        "Practical Nursing diploma, NSCC: application submitted for September 2027",
        "Palliative care course (Pallium LEAP Core): registered, starts February 2027",
    ),
    skills=(
        "Dementia care",
        "Personal care",
        "Safe lifts and transfers",
        "PointClickCare charting",
        "Palliative comfort care",
        "English / French (Acadian)",
    ),
)

SCAFFOLDER = Content(
    key="b23-scaffolder-doha",
    name="Joseph Mathew Kurian",
    post_nominals=(),
    headline="Advanced Scaffolder",
    email="joseph.kurian@example.com",
    phone="+974 5512 8830",
    location="Doha, Qatar",
    summary=(
        "Scaffolder with thirteen years on refineries, LNG trains and high-rise sites in Kerala, "
        "Oman and Qatar: tube and fitting, system scaffold, hanging and cantilever work. "
        "Studying for the NEBOSH International General Certificate, exam not yet sat."
    ),
    employer="Gulf Access Scaffolding W.L.L.",
    role="Scaffolding Foreman",
    bullets=(
        "Lead a crew of 14 scaffolders on Ras Laffan shutdown work, 210,000 hours without an LTI.",
        "The contractor holds ISO 45001 and ISO 9001; I run the crew's daily scaffold tag checks.",
        "Attended a permit-to-work refresher briefing given by the client's HSE team.",
    ),
    credentials=(
        Credential(
            title="CISRS OSTS Level 3 – Advanced Scaffolder",
            issuer="CISRS",
            short="OSTS L3",
            issued_on="2022-09",
            expires_on="2027-09",
            credential_id="481207",
        ),
        Credential(
            title="CISRS OSTS Level 2 – Scaffolder",
            issuer="CISRS",
            short="OSTS L2",
            issued_on="2016-05",
            expires_on="2021-05",
            credential_id="327164",
        ),
        Credential(
            title="IOSH Working Safely",
            issuer="IOSH",
            short="Working Safely",
            issued_on="2021-07",
            credential_id="1152304",
        ),
        Credential(
            title="OPITO Basic H2S Training",
            issuer="OPITO",
            short="H2S",
            issued_on="2023-11",
            expires_on="2025-11",
            credential_id="H2S-118406",
        ),
        Credential(
            title="IRATA Level 1 Rope Access Technician",
            issuer="IRATA International",
            short="IRATA L1",
            issued_on="2024-02",
            expires_on="2027-02",
            credential_id="1/142877",
        ),
        Credential(
            title="Basic First Aid",
            issuer="Qatar Red Crescent Society",
            short="First Aid",
            issued_on="2025",
        ),
    ),
    section_negatives=(
        "CISRS OSTS Scaffold Inspection course: booked for February 2027",
        "NEBOSH International General Certificate: studying, exam not yet sat",
    ),
    skills=(
        "Tube and fitting",
        "Cuplock / Kwikstage",
        "Hanging and cantilever scaffolds",
        "Scaffold inspection tags",
        "Crew supervision",
        "Malayalam / English / Hindi",
    ),
)
