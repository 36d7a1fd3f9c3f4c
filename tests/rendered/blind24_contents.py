"""blind-24's six contents: people, trades and places no earlier group has (three of them are in
``blind24_people.py``): a translator in Montréal, an air traffic controller in Reykjavík, a
quantity surveyor in Kigali, a diagnostic medical sonographer in Honolulu, a railway signalling
engineer in Derby, an OT security engineer in Doha.

Made in session 17 by a24, who never read the extractor nor its tests, nor any group's misses.
Every person, employer, number and address is invented; the credentials and their issuers are
real. Beside the held credentials each content has lines that are not held ones (an exam booked,
a course about to start, a submission in preparation, the employer's certification, a session
attended in passing). Every line is written in Windows-1252's letters.
"""

from __future__ import annotations

from tests.rendered.blind24_people import CREDLY, KIGALI, MONTREAL, REYKJAVIK
from tests.rendered.contents import Content, Credential

HONOLULU = Content(
    key="b24-sonographer-honolulu",
    name="Leilani Kahananui",
    post_nominals=(),
    headline="Diagnostic Medical Sonographer, Vascular and Musculoskeletal",
    email="leilani.kahananui@example.com",
    phone="+1 808 555 0142",
    location="Honolulu, Hawaii, USA",
    summary=(
        "Sonographer scanning abdomen, vascular and musculoskeletal studies in a busy outpatient "
        "imaging centre. SPI passed; the adult echocardiography exam is booked for February 2027."
    ),
    employer="Manoa Imaging Partners",
    role="Lead Sonographer",
    bullets=(
        "Performed about 2,600 studies a year with a repeat rate under 2%.",
        "Prepared the vascular laboratory's IAC accreditation renewal (the lab's).",
        "Went to a vendor's evening on shear-wave elastography.",
    ),
    credentials=(
        Credential(
            title="Registered Diagnostic Medical Sonographer (RDMS), Abdomen",
            issuer="ARDMS",
            short="RDMS (AB)",
            issued_on="2016-06",
            credential_id="168452",
        ),
        Credential(
            title="Registered Vascular Technologist (RVT)",
            issuer="ARDMS",
            short="RVT",
            issued_on="2019-09",
            credential_id="168452",
            url=CREDLY.format("2b7e9d40-6f13-4ac8-95e2-d0c81a4f7b36"),
        ),
        Credential(
            title="Registered in Musculoskeletal Sonography (RMSKS)",
            issuer="ARDMS",
            short="RMSKS",
            issued_on="2023-04",
            credential_id="168452",
        ),
        Credential(
            title="Basic Life Support (BLS) Provider",
            issuer="American Heart Association",
            short="BLS",
            issued_on="2025-02",
            expires_on="2027-02",
            credential_id="255913048726",
        ),
        Credential(
            title="Advanced Cardiovascular Life Support (ACLS) Provider",
            issuer="American Heart Association",
            short="ACLS",
            issued_on="2022-08",
            expires_on="2024-08",
            credential_id="218604437915",
        ),
    ),
    section_negatives=(
        "Registered Diagnostic Cardiac Sonographer (RDCS): SPI passed, AE exam booked Feb 2027",
        "Manoa Imaging Partners: IAC accredited vascular laboratory (the lab's)",
    ),
    skills=("Abdominal", "Venous and arterial duplex", "MSK", "Hawaiian", "English"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/leilani-kahananui-rvt"),),
)

DERBY = Content(
    key="b24-signalling-derby",
    name="Oluwaseun Adebayo-Clarke",
    post_nominals=(),
    headline="Railway Signalling Design Engineer",
    email="seun.adebayoclarke@example.co.uk",
    phone="+44 7700 900615",
    location="Derby, United Kingdom",
    summary=(
        "Signalling design engineer on resignalling and level-crossing renewals, from outline "
        "design to commissioning. Tester in Charge licence assessment booked for January 2027."
    ),
    employer="Midland Signalling Partners Ltd",
    role="Lead Signalling Design Engineer",
    bullets=(
        "Led the detailed design of 14 level-crossing renewals and a 90-route interlocking.",
        "Kept the company's RISQS verification and ISO 9001 audits free of design findings.",
        "Attended a supplier's product course on axle counters.",
    ),
    credentials=(
        Credential(
            title="Chartered Engineer (CEng)",
            issuer="Engineering Council",
            short="CEng",
            issued_on="2018-04",
            credential_id="612847",
        ),
        Credential(
            title="IRSE Licence, Lead Designer",
            issuer="Institution of Railway Signal Engineers",
            short="IRSE Lead Designer",
            issued_on="2022-06",
            expires_on="2027-06",
            credential_id="LIC 11408",
        ),
        Credential(
            title="IRSE Licence, Principles Tester",
            issuer="Institution of Railway Signal Engineers",
            short="IRSE Principles Tester",
            issued_on="2017-03",
            expires_on="2022-03",
            credential_id="LIC 11408",
        ),
        Credential(
            title="Personal Track Safety (PTS)",
            issuer="Network Rail",
            short="PTS",
            issued_on="2025-01",
            expires_on="2027-01",
            credential_id="Sentinel 7742519",
        ),
        Credential(
            title="APM Project Management Qualification (PMQ)",
            issuer="Association for Project Management",
            short="APM PMQ",
            issued_on="2020-11",
            credential_id="PMQ/20/48213",
        ),
    ),
    section_negatives=(
        "IRSE Licence, Tester in Charge: assessment booked for January 2027",
        "Midland Signalling Partners Ltd: RISQS verified and ISO 9001 certified (the company's)",
    ),
    skills=("SSI and CBI design", "Level crossings", "Scheme plans", "Yoruba", "English"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/seun-adebayo-clarke-ceng"),),
)

DOHA = Content(
    key="b24-otsecurity-doha",
    name="Faisal Al-Kuwari",
    post_nominals=(),
    headline="OT and ICS Security Engineer, LNG and Utilities",
    email="faisal.alkuwari@example.qa",
    phone="+974 5512 8830",
    location="Doha, Qatar",
    summary=(
        "Security engineer protecting control systems in gas processing plants and a water "
        "utility: zoning, remote access and incident response. GRID exam scheduled for February "
        "2027."
    ),
    employer="Gulf Process Controls W.L.L.",
    role="Senior OT Security Engineer",
    bullets=(
        "Segmented 41 control networks into IEC 62443 zones and conduits without a trip.",
        "Supported the plant operator's ISO/IEC 27001 and IEC 62443-2-1 certification audits.",
        "Attended a vendor's workshop on passive asset discovery for control networks.",
    ),
    credentials=(
        Credential(
            title="GIAC Global Industrial Cyber Security Professional (GICSP)",
            issuer="GIAC",
            short="GICSP",
            issued_on="2023-05",
            expires_on="2027-05",
            credential_id="4821",
            url=CREDLY.format("f3a8c162-49d7-4e0b-8b25-c6e19d0a7f43"),
        ),
        Credential(
            title="ISA/IEC 62443 Cybersecurity Expert",
            issuer="International Society of Automation (ISA)",
            short="ISA/IEC 62443 Expert",
            issued_on="2022-09",
            expires_on="2025-09",
            credential_id="ISA62443E-19276",
            url=CREDLY.format("80d5e2b7-1c3f-4a96-b7e8-52f4a09c6d11"),
        ),
        Credential(
            title="Certified Information Systems Security Professional (CISSP)",
            issuer="ISC2",
            short="CISSP",
            issued_on="2019-11",
            credential_id="712938",
            url=CREDLY.format("6c9b0f24-e7a1-4d35-9f08-3b2d81e5c7a9"),
        ),
        Credential(
            title="Cisco Certified Network Associate (CCNA)",
            issuer="Cisco",
            short="CCNA",
            issued_on="2020-03",
            expires_on="2023-03",
            credential_id="CSCO13948271",
            url=CREDLY.format("d7146a3e-b20c-4f98-a6d1-0e83c5b29f57"),
        ),
        Credential(
            title="Microsoft Certified: Azure Security Engineer Associate",
            issuer="Microsoft",
            short="AZ-500",
            issued_on="2024-10",
            expires_on="2025-10",
            credential_id="D2F79C41A6E3B508",
            url="https://learn.microsoft.com/en-us/users/faisalalkuwari-5127/credentials/"
            "d2f79c41a6e3b508",
        ),
    ),
    section_negatives=(
        "GIAC Response and Industrial Defense (GRID): exam scheduled for February 2027",
        "Plant operator: ISO/IEC 27001 and IEC 62443-2-1 certified (the operator's)",
    ),
    skills=("IEC 62443", "Firewalls and data diodes", "Claroty", "Arabic", "English"),
    contact_links=(("GitHub", "https://github.com/falkuwari-ot"),),
)

BLIND24_CONTENTS: tuple[Content, ...] = (
    MONTREAL,
    REYKJAVIK,
    KIGALI,
    HONOLULU,
    DERBY,
    DOHA,
)
