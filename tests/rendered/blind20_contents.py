"""blind-20's six contents: people, trades and countries no earlier group has (three of them are
in ``blind20_people.py``): a tree care team leader in Zürich, a hotel cluster revenue manager in
Bangkok, a biomedical engineer in Addis Ababa, a medical-device validation engineer in Heredia,
a social compliance auditor in Colombo, a CT radiographer in Kingston.

Made in session 15 by a20, who never read the extractor nor its tests. Every person, employer,
number and address is invented; the credentials and their issuers are real. Beside the held
credentials each content has lines that are not held ones (an exam scheduled, a course enrolled
in, the employer's certification, a session attended in passing).
"""

from __future__ import annotations

from tests.rendered.blind20_people import ADDIS, BANGKOK, CREDLY, ZURICH
from tests.rendered.contents import Content, Credential

HEREDIA = Content(
    key="b20-validation-heredia",
    name="Mariana Solano Vargas",
    post_nominals=(),
    headline="Senior Validation Engineer, Medical Devices",
    email="mariana.solano@example.cr",
    phone="+506 8841 2370",
    location="Heredia, Costa Rica",
    summary=(
        "Validation engineer for orthopaedic implants and instruments: process validation, "
        "test method validation and equipment qualification in a free-zone plant."
    ),
    employer="Zeta Ortho Devices Costa Rica S.R.L.",
    role="Senior Validation Engineer (CQV)",
    bullets=(
        "Wrote and ran IQ/OQ/PQ for 40 moulding, machining and laser welding processes.",
        "Supported the plant's MDSAP certification audit as process validation lead.",
        "Took part in an in-house workshop on computer system validation.",
    ),
    credentials=(
        Credential(
            title="Certified Quality Engineer (CQE)",
            issuer="ASQ",
            short="CQE",
            issued_on="2019-08",
            expires_on="2025-08",
            credential_id="74218",
            url=CREDLY.format("ad2d67e5-a58a-46d4-ab5d-51194dba3022"),
        ),
        Credential(
            title="Certified Six Sigma Black Belt (CSSBB)",
            issuer="ASQ",
            short="CSSBB",
            issued_on="2024-10",
            expires_on="2027-10",
            credential_id="19935",
            url=CREDLY.format("07bc1167-30bd-432c-9bb2-9d5327ea7fce"),
        ),
        Credential(
            title="Certified LabVIEW Associate Developer (CLAD)",
            issuer="NI",
            short="CLAD",
            issued_on="2018-05",
            expires_on="2020-05",
            credential_id="100-244-1806",
        ),
        Credential(
            title="Registered Industrial Engineer",
            issuer="Colegio Federado de Ingenieros y de Arquitectos de Costa Rica",
            short="CFIA Registration",
            issued_on="2014-09",
            credential_id="II-21984",
        ),
        Credential(
            title="Project Management Professional (PMP)",
            issuer="Project Management Institute",
            short="PMP",
            issued_on="2021-03",
            expires_on="2027-03",
            credential_id="3174825",
            url=CREDLY.format("46fd9b4f-b727-4cdd-8b8e-331c13e8a037"),
        ),
    ),
    section_negatives=(
        "Certified Quality Auditor (CQA): exam scheduled for February 2027",
        "Zeta Ortho Devices: ISO 13485:2016 and MDSAP certified plant (the company's)",
    ),
    skills=("Process validation", "Minitab", "Test method validation", "Spanish", "English"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/mariana-solano-cqv"),),
)

COLOMBO = Content(
    key="b20-compliance-colombo",
    name="Dinusha Perera",
    post_nominals=("CSCA", "MIIRSM"),
    headline="Lead Social Compliance Auditor, Apparel and Footwear",
    email="dinusha.perera@example.lk",
    phone="+94 77 318 6642",
    location="Colombo, Sri Lanka",
    summary=(
        "Lead auditor of labour, health and safety and environmental standards in garment, "
        "footwear and packaging factories in Sri Lanka and the Maldives."
    ),
    employer="Serendib Assurance (Pvt) Ltd",
    role="Lead Auditor",
    bullets=(
        "Led 140 SMETA and amfori BSCI audits a year across Sri Lanka and the Maldives.",
        "Helped a client's knitting mill to its WRAP Gold certification.",
        "Sat through a webinar on factory grievance mechanisms.",
    ),
    credentials=(
        Credential(
            title="APSCA Certified Social Compliance Auditor (CSCA)",
            issuer="APSCA",
            short="CSCA",
            issued_on="2021-07",
            expires_on="2027-07",
            credential_id="21700482",
        ),
        Credential(
            title="SA8000 Basic Auditor Training",
            issuer="Social Accountability International",
            short="SA8000 Basic Auditor",
            issued_on="2018-11",
            credential_id="SAI-BAT-18-1147",
        ),
        Credential(
            title="Higg Facility Environmental Module (FEM) Verifier",
            issuer="Sustainable Apparel Coalition",
            short="Higg FEM Verifier",
            issued_on="2022-04",
            expires_on="2024-04",
            credential_id="HFV-2204-0193",
        ),
        Credential(
            title="ISO 45001:2018 Lead Auditor",
            issuer="SGS Academy",
            short="ISO 45001 Lead Auditor",
            issued_on="2023-03",
            credential_id="SGS-LA45-230317-22",
        ),
        Credential(
            title="NEBOSH International General Certificate in Occupational Health and Safety",
            issuer="NEBOSH",
            short="NEBOSH IGC",
            issued_on="2017",
            credential_id="00412789",
        ),
    ),
    section_negatives=(
        "Higg Facility Social & Labor Module verifier training: registered, module 1 of 3 done",
        "Client factories: WRAP Gold and Fair Trade certified (the factories', not mine)",
    ),
    skills=("SMETA", "amfori BSCI", "Root cause analysis", "Sinhala", "Tamil", "English"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/dinusha-perera-csca"),),
    post_nominal_claims=(
        Credential(
            title="Member of the International Institute of Risk and Safety Management (MIIRSM)",
            issuer="IIRSM",
            short="MIIRSM",
        ),
    ),
)

KINGSTON = Content(
    key="b20-radiographer-kingston",
    name="Tamara-Lee Campbell",
    post_nominals=(),
    headline="CT Radiographer and Imaging Supervisor",
    email="tamaralee.campbell@example.com.jm",
    phone="+1 876 555 0148",
    location="Kingston, Jamaica",
    summary=(
        "Radiographer with thirteen years in general X-ray and CT, supervising a team of six. "
        "Enrolled in a radiologist assistant programme, year 1 of 2."
    ),
    employer="Liguanea Imaging Centre",
    role="Senior CT Radiographer",
    bullets=(
        "Ran 60 CT studies a day on two scanners with doses under the national reference levels.",
        "Prepared the centre's CT accreditation application to the American College of Radiology.",
        "Attended a vendor's refresher on cardiac CT protocols.",
    ),
    credentials=(
        Credential(
            title="Registered Technologist in Radiography, R.T.(R)",
            issuer="American Registry of Radiologic Technologists",
            short="ARRT R.T.(R)",
            issued_on="2013-07",
            expires_on="2027-01",
            credential_id="495812",
        ),
        Credential(
            title="Computed Tomography, R.T.(CT)",
            issuer="American Registry of Radiologic Technologists",
            short="ARRT R.T.(CT)",
            issued_on="2016-02",
            expires_on="2027-01",
            credential_id="495812",
        ),
        Credential(
            title="Registered Radiographer",
            issuer="Council for Professions Supplementary to Medicine",
            short="CPSM Registration",
            issued_on="2012",
            credential_id="CPSM-RAD-1207",
        ),
        Credential(
            title="Basic Life Support (BLS) Provider",
            issuer="American Heart Association",
            short="BLS",
            issued_on="2025-03",
            expires_on="2027-03",
            credential_id="2354127869B4",
        ),
        Credential(
            title="Advanced Cardiovascular Life Support (ACLS) Provider",
            issuer="American Heart Association",
            short="ACLS",
            issued_on="2023-01",
            expires_on="2025-01",
            credential_id="225301486A17",
        ),
        Credential(
            title="MR Safety Officer (MRSO)",
            issuer="American Board of Magnetic Resonance Safety",
            short="MRSO",
            issued_on="2022-06",
            expires_on="2026-06",
            url="https://www.credential.net/0c8d0b7e-9e35-4b8f-a1f6-3d52c7e94a10",
        ),
    ),
    section_negatives=(
        "Registered Radiologist Assistant programme: enrolled, year 1 of 2",
        "Liguanea Imaging Centre: ACR CT accreditation (the centre's)",
    ),
    skills=("CT angiography", "Dose management", "PACS / RIS", "Team rostering", "English"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/tamaralee-campbell-rt"),),
)

BLIND20_CONTENTS: tuple[Content, ...] = (ZURICH, BANGKOK, ADDIS, HEREDIA, COLOMBO, KINGSTON)
