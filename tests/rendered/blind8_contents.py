"""The "blind-8" group's own contents: five résumés the extractor was never tuned on.

Written in session 7 by a helper who never read the extractor. People, trades and countries
the other groups do not have: an agronomist in Kenya, a Java developer in the Czech Republic, a
flight dispatcher in Mexico, an HSE officer in Nigeria, a chef in New Zealand. Every person,
employer, credential ID and URL is invented; the credentials are real ones from real issuers,
some well known (Oracle Java SE, ISTQB, NEBOSH, IOSH, the FAA, Esri, Confluent) and many a
catalogue is unlikely to hold (the Certified Crop Adviser, GLOBALG.A.P., Mexico's AFAC, IATA's
dangerous-goods course, OPITO, ISPON, NZQA unit standards, a District Licensing Committee's
Manager's Certificate, St John New Zealand…). A date may be a bare year. ``section_negatives``
are written near the credentials but are not held: an exam booked, a lapsed card, an employer's
or a farm's certification, a course under way, one unit of a multi-unit diploma.
"""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

_AGRONOMIST = Content(
    key="b8-agronomist",
    name="Wanjiru Njeri-Kamau",
    post_nominals=("CCA",),
    headline="Field Agronomist, Smallholder Horticulture",
    email="wanjiru.njerikamau@gmail.com",
    phone="+254 722 555 418",
    location="Nakuru, Kenya",
    summary=(
        "Agronomist advising 2,400 smallholder farmers on French beans, avocado and snow peas "
        "for export, from soil sampling and irrigation scheduling to residue-compliant spraying."
    ),
    employer="Rift Valley Growers Cooperative Society",
    role="Senior Field Agronomist",
    bullets=(
        "Raised average French-bean yields from 6.1 to 8.4 t/ha across 310 outgrower plots",
        "Mapped 1,900 farms in ArcGIS for traceability audits by two UK supermarket buyers",
        "Cut MRL rejections at the pack-house from 3.2% to 0.4% in two seasons",
    ),
    credentials=(
        Credential(
            title="Certified Crop Adviser (CCA)",
            issuer="American Society of Agronomy",
            short="CCA",
            issued_on="2022-04",
            expires_on="2026-12",
            credential_id="CCA-I-47118",
        ),
        Credential(
            title="GLOBALG.A.P. Farm Assurer",
            issuer="GLOBALG.A.P.",
            short="GGAP Farm Assurer",
            issued_on="2023-09",
            expires_on="2026-09",
            credential_id="FA-KE-00392",
        ),
        Credential(
            title="Esri Technical Certification: ArcGIS Desktop Associate",
            issuer="Esri",
            short="ArcGIS Desktop Associate",
            issued_on="2021-02",
            credential_id="ESRI-8830214",
            url="https://www.credly.com/badges/0f3c2a7e-5b19-4d8e-9a61-c4e7b2d3f805",
        ),
        Credential(
            title="Climate-Smart Agriculture",
            issuer="WageningenX",
            short="CSA (edX)",
            issued_on="2020",
            url="https://courses.edx.org/certificates/9a4e71c0b3d24f5e8c6a1b2d3e4f5a67",
        ),
    ),
    section_negatives=(
        "Preparing for the Esri ArcGIS Pro Professional exam (booked for March 2027)",
        "The cooperative holds GLOBALG.A.P. IFA and Rainforest Alliance certification",
        "KEPHIS pest-inspector accreditation: application under review",
    ),
    skills=("Soil fertility", "IPM", "Drip irrigation", "ArcGIS", "KoboToolbox", "Swahili"),
    contact_links=(
        ("linkedin.com/in/wanjiru-njeri-kamau", "https://linkedin.com/in/wanjiru-njeri-kamau"),
    ),
)

_JAVA = Content(
    key="b8-java-dev",
    name="Tomáš Dvořák",
    post_nominals=(),
    headline="Senior Java Developer",
    email="tomas.dvorak.dev@seznam.cz",
    phone="+420 604 555 217",
    location="Brno, Czech Republic",
    summary=(
        "Backend developer building payment and settlement services in Java 17 and Spring Boot, "
        "with event streaming on Kafka and a tester's eye for contract and load tests."
    ),
    employer="Moravia Payments s.r.o.",
    role="Senior Software Engineer (Java)",
    bullets=(
        "Split a 400k-line settlement monolith into eleven Spring Boot services",
        "Brought p99 latency of card authorisation from 480 ms to 95 ms",
        "Introduced Pact contract tests and Gatling load tests to four teams",
    ),
    credentials=(
        Credential(
            title="Oracle Certified Professional: Java SE 17 Developer",
            issuer="Oracle",
            short="OCP Java 17",
            issued_on="2023-05",
            credential_id="OC2318840",
            url="https://catalog-education.oracle.com/pls/certview/sharebadge?id=5E3B1A9C07D24F61",
        ),
        Credential(
            title="Spring Certified Professional",
            issuer="VMware",
            short="Spring Professional",
            issued_on="2022-11",
            expires_on="2024-11",
            url="https://www.credly.com/badges/c81d5e2a-3f07-4b96-a1e4-7d2c9b0f6a13",
        ),
        Credential(
            title="ISTQB Certified Tester Foundation Level (CTFL)",
            issuer="Czech and Slovak Testing Board",
            short="ISTQB CTFL",
            issued_on="2019-03",
            credential_id="CaSTB-FL-19-0457",
        ),
        Credential(
            title="Confluent Certified Developer for Apache Kafka",
            issuer="Confluent",
            short="CCDAK",
            issued_on="2024-08",
            expires_on="2026-08",
            credential_id="a7f3c219-08e2-4d5b",
            url="https://www.credential.net/2b7c94e1-6d3a-4f08-b5c2-e91a0d47f638",
        ),
        Credential(
            title="Microsoft Certified: Azure Developer Associate",
            issuer="Microsoft",
            short="AZ-204",
            issued_on="2025-01",
            expires_on="2027-01",
            credential_id="F2A91C7E4B3D5806",
            url=(
                "https://learn.microsoft.com/api/credentials/share/en-us/TomasDvorak-4417/"
                "F2A91C7E4B3D5806?sharingId=3C88A1E07B6D21F9"
            ),
        ),
    ),
    section_negatives=(
        "Oracle Certified Professional: Java SE 21 Developer (exam scheduled, February 2027)",
        "ISTQB Advanced Level Test Analyst – in progress",
        "Employer is PCI DSS Level 1 and ISO/IEC 27001 certified",
    ),
    skills=("Java 17/21", "Spring Boot", "Kafka", "PostgreSQL", "Kubernetes", "Gatling"),
    contact_links=(("github.com/tdvorak", "https://github.com/tdvorak"),),
)

_DISPATCHER = Content(
    key="b8-dispatcher",
    name="María Fernanda de los Santos Ibarra",
    post_nominals=(),
    headline="Licensed Flight Dispatcher (Oficial de Operaciones)",
    email="mf.delossantos@outlook.com",
    phone="+52 81 5550 3392",
    location="Monterrey, Nuevo León, México",
    summary=(
        "Flight dispatcher for an A320-family operator: flight planning, weight and balance, "
        "MEL and NOTAM review, and flight following across domestic and US routes."
    ),
    employer="Aerolíneas del Norte S.A. de C.V.",
    role="Flight Dispatcher / Oficial de Operaciones de Aeronaves",
    bullets=(
        "Dispatch 45–60 daily A320neo sectors with joint operational control with the captain",
        "Saved 2.1% block fuel with cost-index and tankering analysis on 14 routes",
        "Trained 9 new dispatchers on ETOPS-free overwater routing to the Caribbean",
    ),
    credentials=(
        Credential(
            title="Licencia de Oficial de Operaciones de Aeronaves",
            issuer="Agencia Federal de Aviación Civil (AFAC)",
            short="Licencia OOA",
            issued_on="2017-08",
            credential_id="OOA-2017-1184",
        ),
        Credential(
            title="FAA Aircraft Dispatcher Certificate",
            issuer="Federal Aviation Administration",
            short="FAA ADX",
            issued_on="2019-06",
            credential_id="3941187",
        ),
        Credential(
            title="Dangerous Goods Regulations (DGR) – Category 10",
            issuer="IATA Training",
            short="IATA DGR Cat. 10",
            issued_on="2025-02",
            expires_on="2027-02",
            credential_id="DGR-10-2502-77341",
        ),
        Credential(
            title="Aviation Safety Management Systems",
            issuer="Embry-Riddle Aeronautical University",
            short="SMS (Coursera)",
            issued_on="2023-10",
            url="https://www.coursera.org/account/accomplishments/verify/K7QZ2XW9PLMB",
        ),
    ),
    section_negatives=(
        "Previous IATA DGR Category 10 certificate (expired February 2023)",
        "Airline holds IOSA registration (IATA Operational Safety Audit)",
        "Private pilot licence: ground school in progress",
    ),
    skills=("Lido Flight 4D", "Weight & balance", "MEL/CDL", "METAR/TAF", "English ICAO 5"),
)

_HSE = Content(
    key="b8-hse-officer",
    name="Oluwaseun Adéyẹmí-Okafor",
    post_nominals=("CMIOSH",),
    headline="HSE Officer, Oil & Gas Construction",
    email="seun.adeyemiokafor@yahoo.com",
    phone="+234 803 555 7214",
    location="Port Harcourt, Rivers State, Nigeria",
    summary=(
        "Health, safety and environment officer on onshore flow-station and pipeline projects, "
        "running permit-to-work, incident investigation and contractor HSE audits."
    ),
    employer="Bonny Delta Engineering Services Ltd",
    role="Site HSE Officer",
    bullets=(
        "Ran permit-to-work for 600 contractor staff with 2.4 million hours LTI-free",
        "Led 38 incident investigations using ICAM and closed 94% of actions on time",
        "Audited 21 subcontractors against ISO 45001 and the client's HSE plan",
    ),
    credentials=(
        Credential(
            title="NEBOSH International General Certificate in Occupational Health and Safety",
            issuer="NEBOSH",
            short="NEBOSH IGC",
            issued_on="2018-07",
            credential_id="00452198/11873",
        ),
        Credential(
            title="IOSH Managing Safely",
            issuer="IOSH",
            short="IOSH MS",
            issued_on="2016-04",
            credential_id="IOSH-MS-1604-88123",
        ),
        Credential(
            title="ISO 45001:2018 Lead Auditor",
            issuer="CQI and IRCA",
            short="ISO 45001 LA",
            issued_on="2022-11",
            credential_id="ENR-00417835",
            url="https://www.credly.com/badges/7d2e0b94-a1c6-45f3-8e9b-02c5d7f1a3e6",
        ),
        Credential(
            title="Basic Offshore Safety Induction and Emergency Training (BOSIET)",
            issuer="OPITO",
            short="BOSIET",
            issued_on="2024-03",
            expires_on="2028-03",
            credential_id="OPITO-7701-2403-5519",
        ),
        Credential(
            title="Certified Safety Professional, HSE Level 3",
            issuer="Institute of Safety Professionals of Nigeria (ISPON)",
            short="ISPON HSE 3",
            issued_on="2020",
        ),
    ),
    section_negatives=(
        "NEBOSH International Diploma: Unit IA passed, Units IB and IC in progress",
        "HUET certificate (lapsed 2021)",
        "Company certified to ISO 14001 and ISO 45001",
    ),
    skills=("Permit to work", "JSA/JHA", "ICAM", "Confined space", "Yoruba", "Igbo"),
    post_nominal_claims=(
        Credential(title="Chartered Member of IOSH (CMIOSH)", issuer="IOSH", short="CMIOSH"),
    ),
)

_CHEF = Content(
    key="b8-chef",
    name="Hēmi Te Rangi-Walker",
    post_nominals=(),
    headline="Sous Chef",
    email="hemi.terangiwalker@xtra.co.nz",
    phone="+64 21 555 0947",
    location="Wellington, New Zealand",
    summary=(
        "Sous chef in a 90-cover seasonal restaurant: running the pass, costing menus, "
        "training apprentices and keeping the kitchen's food control plan audit-ready."
    ),
    employer="Kōwhai Lane Eatery",
    role="Sous Chef",
    bullets=(
        "Brought food cost from 34% to 28% by rewriting the menu around whole-animal butchery",
        "Trained six apprentices through the NZ Certificate in Cookery",
        "Kept an 'A' grade on every Wellington City Council food-control verification",
    ),
    credentials=(
        Credential(
            title="New Zealand Certificate in Cookery (Level 4)",
            issuer="NZQA",
            short="NZ Cert Cookery L4",
            issued_on="2015-12",
            credential_id="NSN 031-554-872",
        ),
        Credential(
            title="Manager's Certificate (Sale and Supply of Alcohol Act 2012)",
            issuer="Wellington District Licensing Committee",
            short="Manager's Certificate",
            issued_on="2024-05",
            expires_on="2027-05",
            credential_id="WDLC/MC/24/1182",
        ),
        Credential(
            title="Workplace First Aid (Level 2)",
            issuer="St John New Zealand",
            short="First Aid L2",
            issued_on="2025-06",
            expires_on="2027-06",
            credential_id="SJ-WFA-25-66310",
        ),
        Credential(
            title="ServSafe Food Protection Manager Certification",
            issuer="National Restaurant Association",
            short="ServSafe Manager",
            issued_on="2019-09",
            expires_on="2024-09",
            credential_id="22871459",
        ),
    ),
    section_negatives=(
        "WSET Level 3 Award in Wines: studying, exam booked for June 2027",
        "Restaurant holds a Qualmark Gold award",
        "Barista certificate (expired)",
    ),
    skills=("Menu costing", "Butchery", "Fermentation", "Food control plans", "Te reo Māori"),
    contact_links=(("instagram.com/hemi.cooks", "https://instagram.com/hemi.cooks"),),
)

BLIND8_CONTENTS: tuple[Content, ...] = (_AGRONOMIST, _JAVA, _DISPATCHER, _HSE, _CHEF)
