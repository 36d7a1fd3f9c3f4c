"""blind-18's six contents: people, trades and countries no earlier group has.

Made in session 14 by b18, who never read the extractor nor blind-15's, blind-16's or blind-17's
files. Every person, employer, number and address is invented; the credentials and their issuers
are real, the addresses in the shapes those issuers' verification pages use. Beside the held
credentials each content has lines that are not held ones (an exam booked, a module registered
for, the employer's certification, a course attended in passing); ``negatives`` in
``generate.py`` lists them.
"""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

_CREDLY = "https://www.credly.com/badges/{}/public_url"

OSAKA = Content(
    key="b18-datacentre-osaka",
    name="Kaito Nakamura",
    post_nominals=(),
    headline="Data Centre Facilities Engineer",
    email="kaito.nakamura@example.jp",
    phone="+81 90 4417 2093",
    location="Osaka, Japan",
    summary=(
        "Facilities engineer keeping two colocation halls (14 MW) running on power, cooling and "
        "fire suppression. Preparing for the Certified Data Centre Expert (CDCE) exam in 2026."
    ),
    employer="Kansai Colo Networks",
    role="Senior Facilities Engineer",
    bullets=(
        "Led the Sakai campus through its ISO/IEC 27001 recertification audit.",
        "Cut the PUE of hall B from 1.58 to 1.41 by containment and chiller sequencing.",
        "Attended an NFPA 70E arc-flash awareness session run by the site insurer.",
    ),
    credentials=(
        Credential(
            title="Accredited Tier Designer (ATD)",
            issuer="Uptime Institute",
            short="ATD",
            issued_on="2021-10",
            credential_id="ATD-21-3318",
        ),
        Credential(
            title="Certified Data Centre Professional (CDCP)",
            issuer="EPI",
            short="CDCP",
            issued_on="2019-06",
            expires_on="2025-06",
            credential_id="EPI-CDCP-19-22741",
        ),
        Credential(
            title="Certified Energy Manager (CEM)",
            issuer="Association of Energy Engineers",
            short="CEM",
            issued_on="2022-03",
            expires_on="2025-03",
            credential_id="CEM-27709",
            url=_CREDLY.format("c4e1a7b2-59d0-4f36-8e2a-1b7d93f0c6a5"),
        ),
        Credential(
            title="AWS Certified Cloud Practitioner",
            issuer="Amazon Web Services",
            short="AWS Cloud Practitioner",
            issued_on="2023-08",
            expires_on="2026-08",
            credential_id="7KQ2ZP1LXBE4",
            url=_CREDLY.format("0b9f6d3e-7a21-4c58-b4e0-92d5a8c1f376"),
        ),
        Credential(
            title="First-Class Electrician Licence",
            issuer="Osaka Prefectural Government",
            short="Electrician Licence",
            issued_on="2014",
            credential_id="OSK-1-048213",
        ),
    ),
    section_negatives=(
        "Certified Data Centre Expert (CDCE): exam booked for 2026",
        "Sakai campus: ISO/IEC 27001 certified (the company's, renewed 2025)",
    ),
    skills=("BMS / DCIM", "Chiller plant", "UPS", "Gas suppression", "Python", "Japanese"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/kaito-nakamura-dc"),),
)

MEDELLIN = Content(
    key="b18-coffee-medellin",
    name="Valentina Ríos Cárdenas",
    post_nominals=(),
    headline="Green Coffee Quality Manager",
    email="valentina.rios@example.co",
    phone="+57 310 482 7719",
    location="Medellín, Colombia",
    summary=(
        "Quality manager buying and grading washed and honey-process coffees for export to "
        "roasters in Europe and Asia; enrolled in the Q Robusta Grader course (November 2026)."
    ),
    employer="Café Altos del Nare S.A.S.",
    role="Quality and Cupping Lab Manager",
    bullets=(
        "Coordinated the Rainforest Alliance certification of 320 member farms in the cluster.",
        "Set up a cupping lab that scores 1,900 lots a year against SCA protocols.",
        "Sat in on a short course on roast profiling at the national coffee fair.",
    ),
    credentials=(
        Credential(
            title="Licensed Q Arabica Grader",
            issuer="Coffee Quality Institute",
            short="Q Arabica Grader",
            issued_on="2018-04",
            expires_on="2027-04",
            credential_id="QAG-1804-2716",
        ),
        Credential(
            title="Q Processing Professional",
            issuer="Coffee Quality Institute",
            short="Q Processing Pro",
            issued_on="2021-09",
            credential_id="QPP-2109-0388",
        ),
        Credential(
            title="Sensory Skills Professional",
            issuer="Specialty Coffee Association",
            short="SCA Sensory Professional",
            issued_on="2017-02",
        ),
        Credential(
            title="Google Data Analytics Professional Certificate",
            issuer="Google",
            short="Google Data Analytics",
            issued_on="2023-05",
            url="https://www.coursera.org/account/accomplishments/professional-cert/QH7RZ2KD5W3M",
        ),
        Credential(
            title="ISO 9001:2015 Internal Auditor",
            issuer="ICONTEC",
            short="ISO 9001 Internal Auditor",
            issued_on="2020-11",
            credential_id="ICT-AI-9001-55821",
        ),
    ),
    section_negatives=(
        "Q Robusta Grader: enrolled, course in November 2026",
        "Rainforest Alliance certified cluster (the cooperative's certificate, not mine)",
    ),
    skills=("Cupping", "Green grading", "Moisture and water activity", "SQL", "Spanish", "English"),
    contact_links=(("Instagram", "https://www.instagram.com/valentina.cata.cafe"),),
)

KAMPALA = Content(
    key="b18-logistics-kampala",
    name="Grace Nakato",
    post_nominals=("MCIPS",),
    headline="Humanitarian Supply Chain Coordinator",
    email="grace.nakato@example.ug",
    phone="+256 772 418 305",
    location="Kampala, Uganda",
    summary=(
        "Supply chain coordinator moving food, medicines and shelter kits to refugee settlements "
        "in West Nile. Sitting CIPS Level 6 in 2027."
    ),
    employer="Lake Region Relief Alliance",
    role="Supply Chain Coordinator",
    bullets=(
        "Supported the Arua warehouse through its Good Distribution Practice certification.",
        "Ran cold-chain distribution of vaccines to 41 health centres with no lost consignment.",
        "Took part in a one-day workshop on cash and voucher assistance.",
    ),
    credentials=(
        Credential(
            title="CIPS Level 5 Advanced Diploma in Procurement and Supply",
            issuer="Chartered Institute of Procurement & Supply",
            short="CIPS Level 5",
            issued_on="2022-07",
            credential_id="CIPS-1427715",
        ),
        Credential(
            title="Certification in Humanitarian Logistics (CHL)",
            issuer="Fritz Institute",
            short="CHL",
            issued_on="2019",
        ),
        Credential(
            title="PMD Pro Level 1",
            issuer="APMG International",
            short="PMD Pro",
            issued_on="2020-03",
            credential_id="PMD-1-20-UG-04419",
        ),
        Credential(
            title="Dangerous Goods Regulations (DGR) – Shipper Category 1",
            issuer="IATA",
            short="IATA DGR Cat. 1",
            issued_on="2024-02",
            expires_on="2026-02",
            credential_id="DGR-CAT1-240211-7783",
        ),
        Credential(
            title="Microsoft Certified: Power BI Data Analyst Associate",
            issuer="Microsoft",
            short="Power BI Data Analyst",
            issued_on="2023-11",
            expires_on="2024-11",
            credential_id="6E1F0A92C8D4B3A7",
            url=(
                "https://learn.microsoft.com/api/credentials/share/en-us/GraceNakato-3141/"
                "6E1F0A92C8D4B3A7?sharingId=4C2B9E7A51D08F36"
            ),
        ),
    ),
    section_negatives=(
        "CIPS Level 6 Professional Diploma: registered for the 2027 exam window",
        "Arua warehouse: GDP certified (site certification, 2024)",
    ),
    skills=("Procurement", "Fleet management", "Kobo Toolbox", "Power BI", "Luganda", "English"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/grace-nakato-scm"),),
    post_nominal_claims=(
        Credential(
            title="Member of the Chartered Institute of Procurement & Supply (MCIPS)",
            issuer="Chartered Institute of Procurement & Supply",
            short="MCIPS",
        ),
    ),
)

CORDOBA = Content(
    key="b18-testing-cordoba",
    name="Tomás Ferreyra",
    post_nominals=(),
    headline="Test Automation Engineer",
    email="tomas.ferreyra@example.com.ar",
    phone="+54 9 351 624 0917",
    location="Córdoba, Argentina",
    summary=(
        "Test automation engineer for payments and logistics APIs, Playwright and Rest Assured "
        "suites in CI. Studying for the ISTQB Performance Testing certificate."
    ),
    employer="Sierras Digital S.R.L.",
    role="Senior QA Automation Engineer",
    bullets=(
        "Helped the company through its SOC 2 Type II audit with evidence from the test pipeline.",
        "Cut the regression suite from 3 h 10 min to 24 min with sharded Playwright runs.",
        "Followed a Cypress course on Udemy to compare it with Playwright.",
    ),
    credentials=(
        Credential(
            title="ISTQB Certified Tester Foundation Level (CTFL)",
            issuer="HASTQB",
            short="ISTQB CTFL",
            issued_on="2018-05",
            credential_id="HASTQB-CTFL-18-01157",
        ),
        Credential(
            title="ISTQB Advanced Level Test Automation Engineering (CTAL-TAE)",
            issuer="HASTQB",
            short="ISTQB CTAL-TAE",
            issued_on="2022-10",
            credential_id="HASTQB-TAE-22-00093",
        ),
        Credential(
            title="Certified Kubernetes Application Developer (CKAD)",
            issuer="The Linux Foundation",
            short="CKAD",
            issued_on="2023-06",
            expires_on="2025-06",
            credential_id="LF-8r2k1p0xq9",
            url=_CREDLY.format("5d8a0c7f-3e64-4b91-a2f5-c07e18d94b32"),
        ),
        Credential(
            title="Professional Scrum Master I (PSM I)",
            issuer="Scrum.org",
            short="PSM I",
            issued_on="2020-08",
            url="https://www.scrum.org/certificates/873412",
        ),
        Credential(
            title="AWS Certified Developer – Associate",
            issuer="Amazon Web Services",
            short="AWS Developer Associate",
            issued_on="2024-01",
            expires_on="2027-01",
            credential_id="N3HF8W2QJ5ML",
            url=_CREDLY.format("e92b4f10-6c7d-4a83-9e25-b1f40d6a7c58"),
        ),
    ),
    section_negatives=(
        "ISTQB Performance Testing (CT-PT): studying, exam not yet booked",
        "SOC 2 Type II report (the company's, 2025)",
    ),
    skills=("Playwright", "Rest Assured", "k6", "TypeScript", "Java", "GitHub Actions"),
    contact_links=(("GitHub", "https://github.com/tferreyra-qa"),),
)

ALMATY = Content(
    key="b18-teaching-almaty",
    name="Aigerim Seitkali",
    post_nominals=(),
    headline="Teacher of English and Academic Coordinator",
    email="aigerim.seitkali@example.kz",
    phone="+7 701 583 2240",
    location="Almaty, Kazakhstan",
    summary=(
        "English teacher and academic coordinator for adult and IELTS preparation courses, "
        "mentoring eleven teachers. Registered for DELTA Module 2 (2026 session)."
    ),
    employer="Alatau Language Centre",
    role="Academic Coordinator",
    bullets=(
        "Prepared the centre's successful Cambridge English Preparation Centre accreditation.",
        "Raised the mean IELTS band of the preparation course from 6.0 to 6.5.",
        "Attended a British Council webinar on AI tools in the language classroom.",
    ),
    credentials=(
        Credential(
            title="Certificate in Teaching English to Speakers of Other Languages (CELTA)",
            issuer="Cambridge English",
            short="CELTA",
            issued_on="2016-07",
            credential_id="CELTA-16-KZ-2031",
        ),
        Credential(
            title="DELTA Module One",
            issuer="Cambridge English",
            short="DELTA Module One",
            issued_on="2021-12",
            credential_id="DELTA-M1-21-88104",
        ),
        Credential(
            title="Teaching Knowledge Test (TKT) Module 3",
            issuer="Cambridge English",
            short="TKT Module 3",
            issued_on="2015",
        ),
        Credential(
            title="Google Certified Educator Level 1",
            issuer="Google for Education",
            short="Google Educator L1",
            issued_on="2022-04",
            expires_on="2025-04",
            url="https://edu.google.accredible.com/3a6c9e21-84b0-4d7f-a5c2-0e19f7b6d843",
        ),
        Credential(
            title="IB Certificate in Teaching and Learning",
            issuer="International Baccalaureate",
            short="IB CTL",
            issued_on="2019-06",
            credential_id="IBCTL-19-004127",
        ),
    ),
    section_negatives=(
        "DELTA Module Two: registered for the June 2026 session",
        "Cambridge English Preparation Centre (the school's accreditation)",
    ),
    skills=("IELTS preparation", "Teacher training", "Moodle", "Kazakh", "Russian", "English"),
    contact_links=(("Teaching blog", "https://aigerimteaches.example.kz"),),
)

MUSCAT = Content(
    key="b18-corrosion-muscat",
    name="Rashid Al-Habsi",
    post_nominals=("CEng",),
    headline="Pipeline Integrity and Corrosion Engineer",
    email="rashid.alhabsi@example.om",
    phone="+968 9214 7730",
    location="Muscat, Oman",
    summary=(
        "Integrity engineer for 900 km of crude and gas pipelines: cathodic protection, "
        "inspection planning and fitness for service. API 510 exam registered for March 2027."
    ),
    employer="Sahil Pipeline Services LLC",
    role="Lead Integrity Engineer",
    bullets=(
        "Led the operator's ISO 55001 asset management certification on the northern network.",
        "Planned the in-line inspection of 312 km of 24-inch line with no unplanned shutdown.",
        "Attended a one-day seminar on corrosion under insulation in Dubai.",
    ),
    credentials=(
        Credential(
            title="AMPP Senior Corrosion Technologist",
            issuer="AMPP",
            short="AMPP Senior Corrosion Technologist",
            issued_on="2020-09",
            expires_on="2026-09",
            credential_id="58213",
            url=_CREDLY.format("a3f7c915-2d48-4e6b-9c01-7b5e2f8d4a60"),
        ),
        Credential(
            title="API 570 Authorized Piping Inspector",
            issuer="American Petroleum Institute",
            short="API 570",
            issued_on="2019-03",
            expires_on="2025-03",
            credential_id="98214",
        ),
        Credential(
            title="ASNT NDT Level III (UT)",
            issuer="ASNT",
            short="ASNT Level III",
            issued_on="2017-11",
            expires_on="2027-11",
            credential_id="229418",
        ),
        Credential(
            title="CSWIP 3.1 Welding Inspector",
            issuer="TWI Certification Ltd",
            short="CSWIP 3.1",
            issued_on="2016-05",
            expires_on="2026-05",
            credential_id="71834",
        ),
        Credential(
            title="NEBOSH International General Certificate in Occupational Health and Safety",
            issuer="NEBOSH",
            short="NEBOSH IGC",
            issued_on="2015",
            credential_id="00512345/IGC",
        ),
    ),
    section_negatives=(
        "API 510 Pressure Vessel Inspector: exam registered (March 2027)",
        "Northern network: ISO 55001 certified (the operator's certificate)",
    ),
    skills=("Cathodic protection", "ILI data review", "API 579 FFS", "RBI", "Arabic", "English"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/rashid-alhabsi-integrity"),),
    post_nominal_claims=(
        Credential(
            title="Chartered Engineer (CEng)",
            issuer="Engineering Council",
            short="CEng",
        ),
    ),
)

BLIND18_CONTENTS: tuple[Content, ...] = (OSAKA, MEDELLIN, KAMPALA, CORDOBA, ALMATY, MUSCAT)
