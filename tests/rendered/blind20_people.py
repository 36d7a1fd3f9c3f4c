"""Three of blind-20's six contents (the other three are in ``blind20_contents.py``): a tree
care team leader in Zürich, a hotel cluster revenue manager in Bangkok, a biomedical engineer in
Addis Ababa.

Made in session 15 by a20, who never read the extractor nor its tests. Every person, employer,
number and address is invented; the credentials and their issuers are real, the addresses in the
shapes those issuers' verification pages use.
"""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

CREDLY = "https://www.credly.com/badges/{}/public_url"

ZURICH = Content(
    key="b20-arborist-zurich",
    name="Lea Brunner",
    post_nominals=(),
    headline="Certified Arborist and Tree Care Team Leader",
    email="lea.brunner@example.ch",
    phone="+41 79 418 22 57",
    location="Zürich, Switzerland",
    summary=(
        "Arborist climbing and rigging in urban tree care since 2012, now leading a crew of "
        "five. Preparing the application for ISA Board Certified Master Arborist."
    ),
    employer="Grünwerk Baumpflege AG",
    role="Team Leader, Tree Care and Climbing",
    bullets=(
        "Led a five-person climbing crew through 1,200 municipal trees a year for the city.",
        "Kept the company's ISO 14001 certification audit free of findings for field work.",
        "Attended a one-day workshop on veteran tree management at a regional tree forum.",
    ),
    credentials=(
        Credential(
            title="ISA Certified Arborist",
            issuer="International Society of Arboriculture",
            short="ISA Certified Arborist",
            issued_on="2017-05",
            expires_on="2027-06",
            credential_id="EU-0917A",
            url=CREDLY.format("134bfff7-c5b7-4ce1-87c6-5e046dbab4cf"),
        ),
        Credential(
            title="Tree Risk Assessment Qualification (TRAQ)",
            issuer="International Society of Arboriculture",
            short="TRAQ",
            issued_on="2022-09",
            expires_on="2027-09",
            url=CREDLY.format("12e4a09f-3b93-4369-9d13-6da8fbc29cc5"),
        ),
        Credential(
            title="European Tree Worker (ETW)",
            issuer="European Arboricultural Council",
            short="ETW",
            issued_on="2016-04",
            expires_on="2022-04",
            credential_id="ETW-CH-0412",
        ),
        Credential(
            title="IPAF Operator Licence (PAL Card), categories 3a and 3b",
            issuer="IPAF",
            short="IPAF PAL Card",
            issued_on="2023-02",
            expires_on="2028-02",
            credential_id="CH-1193-0457",
        ),
        Credential(
            title="BLS-AED-SRC Complete Provider",
            issuer="Swiss Resuscitation Council",
            short="BLS-AED-SRC",
            issued_on="2024-11",
            expires_on="2026-11",
        ),
    ),
    section_negatives=(
        "ISA Board Certified Master Arborist: application in preparation, exam spring 2027",
        "Grünwerk Baumpflege AG: ISO 14001 certified (the company's)",
    ),
    skills=("SRT / MRT climbing", "Rigging", "Tree risk assessment", "German", "French"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/lea-brunner-arborist"),),
)

BANGKOK = Content(
    key="b20-revenue-bangkok",
    name="Siriporn Chaiyasit",
    post_nominals=(),
    headline="Cluster Revenue Manager, Hotels and Resorts",
    email="siriporn.c@example.co.th",
    phone="+66 81 734 5092",
    location="Bangkok, Thailand",
    summary=(
        "Revenue manager pricing three riverside and resort hotels (742 keys) across direct, "
        "OTA and wholesale channels. Enrolled in the CHIA course, exam June 2027."
    ),
    employer="Chao Phraya Riverside Hotels Co., Ltd.",
    role="Cluster Revenue Manager",
    bullets=(
        "Moved the three hotels onto a new revenue system and lifted RevPAR 11% in a year.",
        "Prepared the riverside property's GSTC certification file with the green team.",
        "Joined a vendor's webinar on open pricing for resort segments.",
    ),
    credentials=(
        Credential(
            title="Certified Revenue Management Executive (CRME)",
            issuer="HSMAI",
            short="CRME",
            issued_on="2021-11",
            expires_on="2024-11",
            credential_id="CRME-21-0687",
        ),
        Credential(
            title="Certified Hospitality Supervisor (CHS)",
            issuer="American Hotel & Lodging Educational Institute",
            short="CHS",
            issued_on="2016",
            credential_id="7316482",
        ),
        Credential(
            title="Hospitality Revenue Management Certificate",
            issuer="eCornell",
            short="eCornell Revenue Management",
            issued_on="2019-06",
            url="https://www.credential.net/2f2de55c-a1ad-4a99-9904-d05664693129",
        ),
        Credential(
            title="Google Analytics Certification",
            issuer="Google",
            short="Google Analytics",
            issued_on="2024-02",
            expires_on="2025-02",
            url="https://skillshop.credential.net/aeb0718b-0059-4fd8-8bf9-92c237b16908",
        ),
        Credential(
            title="Oracle Hospitality OPERA Cloud Property Management 2023 "
            "Implementation Professional",
            issuer="Oracle",
            short="OPERA Cloud Implementation Professional",
            issued_on="2023-07",
            credential_id="OC1487652",
            url="https://catalog-education.oracle.com/pls/certview/sharebadge?id="
            "FD94CA735F7047E15D651AF4A2311913",
        ),
    ),
    section_negatives=(
        "Certified Hotel Industry Analytics (CHIA): course enrolled, exam June 2027",
        "Riverside property: Green Hotel certified (the hotel's, not mine)",
    ),
    skills=("Revenue systems", "Forecasting", "Power BI", "SQL", "Thai", "English"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/siriporn-chaiyasit"),),
)

ADDIS = Content(
    key="b20-biomedical-addis",
    name="Henok Tesfaye",
    post_nominals=(),
    headline="Biomedical Engineer, Imaging and Laboratory Equipment",
    email="henok.tesfaye@example.et",
    phone="+251 91 162 4408",
    location="Addis Ababa, Ethiopia",
    summary=(
        "Biomedical engineer maintaining imaging and laboratory equipment for public and "
        "private hospitals. Studying for the CLES exam, window in 2027."
    ),
    employer="Entoto Medical Equipment Services PLC",
    role="Senior Biomedical Engineer",
    bullets=(
        "Kept 96% uptime on 38 CT, X-ray and ultrasound systems across nine hospitals.",
        "Prepared the service centre's ISO 9001 surveillance audit.",
        "Completed a vendor's two-day applications session on a chemistry analyser.",
    ),
    credentials=(
        Credential(
            title="Certified Biomedical Equipment Technician (CBET)",
            issuer="AAMI Credentialing Institute",
            short="CBET",
            issued_on="2020-03",
            expires_on="2026-03",
            credential_id="CBET-20417",
        ),
        Credential(
            title="Certified Radiology Equipment Specialist (CRES)",
            issuer="AAMI Credentialing Institute",
            short="CRES",
            issued_on="2024-05",
            expires_on="2027-05",
            credential_id="CRES-24088",
        ),
        Credential(
            title="CompTIA A+",
            issuer="CompTIA",
            short="A+",
            issued_on="2021-08",
            expires_on="2024-08",
            credential_id="COMP001021935842",
            url=CREDLY.format("f458260c-6fe2-4770-8b71-1143a5a43769"),
        ),
        Credential(
            title="ISO 13485:2016 Lead Auditor",
            issuer="BSI",
            short="ISO 13485 Lead Auditor",
            issued_on="2022-10",
            credential_id="ENR-01187342",
        ),
        Credential(
            title="Professional Practice Licence, Biomedical Engineering",
            issuer="Ministry of Health, Ethiopia",
            short="MoH Practice Licence",
            issued_on="2015",
            credential_id="MOH-HPL-BME-04127",
        ),
    ),
    section_negatives=(
        "Certified Laboratory Equipment Specialist (CLES): studying, exam window 2027",
        "Entoto Medical Equipment Services: ISO 9001:2015 certified (the company's)",
    ),
    skills=("CT and X-ray service", "Ultrasound", "Lab analysers", "Amharic", "English"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/henok-tesfaye-bme"),),
)
