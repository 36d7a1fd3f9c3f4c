"""blind-22's six contents: people, trades and countries no earlier group has (three of them are
in ``blind22_people.py``): a marine warranty surveyor in Bergen, a head brewer in Cork, a cloud
FinOps lead in Tallinn, an occupational hygienist in Johannesburg, a forensic accountant in Kuala
Lumpur, a lift technician in Auckland.

Made in session 16 by a22, who never read the extractor nor its tests. Every person, employer,
number and address is invented; the credentials and their issuers are real. Beside the held
credentials each content has lines that are not held ones (an exam booked, modules in progress,
a study course enrolled in, the employer's certification, a session attended in passing). Every
name and line is written in Windows-1252's letters, so the ANSI text can carry them.
"""

from __future__ import annotations

from tests.rendered.blind22_people import BERGEN, CORK, CREDLY, TALLINN
from tests.rendered.contents import Content, Credential

JOHANNESBURG = Content(
    key="b22-hygienist-johannesburg",
    name="Thandeka Dlamini",
    post_nominals=(),
    headline="Occupational Hygienist, Mining and Manufacturing",
    email="thandeka.dlamini@example.co.za",
    phone="+27 82 517 3094",
    location="Johannesburg, South Africa",
    summary=(
        "Occupational hygienist measuring dust, noise and asbestos exposure on mines and in "
        "plants. Approved to sit the CIH exam in the March 2027 window."
    ),
    employer="Highveld Occupational Health (Pty) Ltd",
    role="Principal Occupational Hygienist",
    bullets=(
        "Ran the silica and noise monitoring programme for 14 shafts and two smelters.",
        "Kept the company's SANAS accreditation as an inspection body through two assessments.",
        "Took part in a supplier's demonstration of real-time dust monitors.",
    ),
    credentials=(
        Credential(
            title="Registered Occupational Hygienist (ROH)",
            issuer="Southern African Institute for Occupational Hygiene",
            short="ROH",
            issued_on="2018-07",
            credential_id="ROH 0412",
        ),
        Credential(
            title="Professional Natural Scientist (Pr.Sci.Nat.)",
            issuer="SACNASP",
            short="Pr.Sci.Nat.",
            issued_on="2017-03",
            credential_id="117924",
        ),
        Credential(
            title="BOHS P402 Surveys and Sampling Strategies for Asbestos in Buildings",
            issuer="British Occupational Hygiene Society",
            short="BOHS P402",
            issued_on="2019-11",
            credential_id="P402-19-5521",
        ),
        Credential(
            title="SAMTRAC",
            issuer="NOSA",
            short="SAMTRAC",
            issued_on="2016",
            credential_id="NOSA-SAM-16-22817",
        ),
        Credential(
            title="Radiation Protection Officer Authorisation",
            issuer="SAHPRA",
            short="RPO",
            issued_on="2020-04",
            expires_on="2023-04",
            credential_id="RPO-20-0457",
        ),
        Credential(
            title="First Aid Level 3",
            issuer="St John South Africa",
            short="First Aid L3",
            issued_on="2024-02",
            expires_on="2027-02",
            credential_id="SJA-FA3-240219",
        ),
    ),
    section_negatives=(
        "Certified Industrial Hygienist (CIH): approved to sit, exam window March 2027",
        "Highveld Occupational Health: SANAS accredited inspection body (the company's)",
    ),
    skills=("Exposure monitoring", "Noise surveys", "Asbestos", "isiZulu", "English"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/thandeka-dlamini-roh"),),
)

KUALA_LUMPUR = Content(
    key="b22-forensic-kualalumpur",
    name="Nur Aisyah binti Rahman",
    post_nominals=(),
    headline="Forensic Accountant, Fraud and Financial Crime Investigations",
    email="nuraisyah.rahman@example.com.my",
    phone="+60 12 847 3306",
    location="Kuala Lumpur, Malaysia",
    summary=(
        "Forensic accountant tracing misappropriated funds and building the evidence for "
        "disputes and regulators. Part 1 of the CIA passed, Parts 2 and 3 planned for 2027."
    ),
    employer="Straits Advisory Forensic Sdn. Bhd.",
    role="Associate Director, Forensic Accounting",
    bullets=(
        "Led 18 fraud investigations, two of them heard before the High Court.",
        "Helped the firm keep its MS ISO 37001 anti-bribery certification.",
        "Joined a regulator's briefing on the new beneficial ownership rules.",
    ),
    credentials=(
        Credential(
            title="Certified Fraud Examiner (CFE)",
            issuer="Association of Certified Fraud Examiners",
            short="CFE",
            issued_on="2019-02",
            credential_id="1029384",
            url=CREDLY.format("9b2d4e61-0c7f-4a38-a5e2-6f18d3c90b27"),
        ),
        Credential(
            title="Chartered Accountant, CA(M)",
            issuer="Malaysian Institute of Accountants",
            short="CA(M)",
            issued_on="2016-08",
            credential_id="CA 38172",
        ),
        Credential(
            title="Fellow Chartered Certified Accountant (FCCA)",
            issuer="ACCA",
            short="FCCA",
            issued_on="2021-05",
            credential_id="2284619",
        ),
        Credential(
            title="Certified Anti-Money Laundering Specialist (CAMS)",
            issuer="ACAMS",
            short="CAMS",
            issued_on="2020-09",
            expires_on="2023-09",
            credential_id="88213",
            url=CREDLY.format("41f7c0d2-8e93-4b6a-b1d5-0a2e7c9f6318"),
        ),
        Credential(
            title="EnCase Certified Examiner (EnCE)",
            issuer="OpenText",
            short="EnCE",
            issued_on="2024-11",
            expires_on="2027-11",
            credential_id="EnCE-24-1137",
        ),
    ),
    section_negatives=(
        "Certified Internal Auditor (CIA): Part 1 passed, Parts 2 and 3 in 2027",
        "Straits Advisory Forensic: MS ISO 37001 certified (the firm's)",
    ),
    skills=("Fund tracing", "Expert reports", "EnCase", "Power BI", "Malay", "English"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/nur-aisyah-rahman-cfe"),),
)

AUCKLAND = Content(
    key="b22-lifts-auckland",
    name="Sione Tuilagi",
    post_nominals=(),
    headline="Lift and Escalator Service Technician",
    email="sione.tuilagi@example.co.nz",
    phone="+64 21 476 0382",
    location="Auckland, New Zealand",
    summary=(
        "Lift technician servicing and modernising traction and hydraulic lifts and escalators "
        "in hospitals and towers. Enrolled in the NAEC study course for the CET."
    ),
    employer="Southern Cross Lifts Ltd",
    role="Senior Service Technician, Lifts and Escalators",
    bullets=(
        "Looked after a route of 64 lifts and 12 escalators with 99.2% availability.",
        "Kept the branch's ISO 45001 certification free of site findings.",
        "Went to a manufacturer's launch evening for a new machine-room-less lift.",
    ),
    credentials=(
        Credential(
            title="Registered Electrician",
            issuer="Electrical Workers Registration Board",
            short="EWRB Registered Electrician",
            issued_on="2013-04",
            credential_id="EW 118452",
        ),
        Credential(
            title="Electrician Practising Licence",
            issuer="Electrical Workers Registration Board",
            short="EWRB Practising Licence",
            issued_on="2025-03",
            expires_on="2027-03",
            credential_id="EW 118452",
            url="https://www.ewrb.govt.nz/public-register/?search=EW118452",
        ),
        Credential(
            title="New Zealand Certificate in Lift and Escalator Technology (Level 4)",
            issuer="NZQA",
            short="NZ Cert Lifts L4",
            issued_on="2016-11",
            credential_id="NSN 0148827",
        ),
        Credential(
            title="Site Safe Passport",
            issuer="Site Safe New Zealand",
            short="Site Safe Passport",
            issued_on="2024-06",
            expires_on="2026-06",
            credential_id="SSP-0624-55917",
        ),
        Credential(
            title="IPAF Operator Licence (PAL Card), categories 1b and 3b",
            issuer="IPAF",
            short="IPAF PAL",
            issued_on="2023-10",
            expires_on="2028-10",
            credential_id="NZ-2310-0619",
        ),
    ),
    section_negatives=(
        "Certified Elevator Technician (CET), NAEC: study course enrolled",
        "Southern Cross Lifts Ltd: ISO 45001 certified (the company's)",
    ),
    skills=("Traction lifts", "Hydraulics", "Escalators", "Samoan", "English"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/sione-tuilagi-lifts"),),
)

BLIND22_CONTENTS: tuple[Content, ...] = (
    BERGEN,
    CORK,
    TALLINN,
    JOHANNESBURG,
    KUALA_LUMPUR,
    AUCKLAND,
)
