"""blind-19's first four people (the other four are in ``blind19_contents.py``).

Made in session 15 by a helper (a19) who never read the extractor nor its tests: ordinary
résumés in trades no earlier group has. Every person, employer, number and address is invented;
the credentials are real ones, from their real issuers, their numbers and addresses in the shapes
those issuers use. What a recruiter must not count as held (an exam booked, a course in progress,
the employer's certification, a course told in a bullet, a product "certified" by someone else)
is in ``section_negatives``, the summary and the bullets, never in the labels.
"""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

HVAC = Content(
    key="b19-hvac-omaha",
    name="Marco Villaseñor",
    post_nominals=(),
    headline="HVAC Service Technician",
    email="marco.villasenor@example.com",
    phone="(402) 555-0183",
    location="Omaha, NE",
    summary=(
        "HVAC service technician with eleven years of residential and light-commercial work: "
        "heat pumps, gas furnaces, rooftop units and refrigerant recovery. Working toward the "
        "NATE Heat Pump Service specialty."
    ),
    employer="Heartland Comfort Systems",
    role="Lead HVAC Service Technician",
    bullets=(
        "Install and commission ENERGY STAR certified heat pumps and high-efficiency furnaces.",
        "Took Carrier's two-day Infinity controls factory course; now the shop's go-to on it.",
        "Ride-along trainer for four apprentices; callback rate under 2% for three years.",
    ),
    credentials=(
        Credential(
            title="EPA Section 608 Technician Certification (Universal)",
            issuer="ESCO Institute",
            short="EPA 608 Universal",
            issued_on="2014-06",
            credential_id="608U-4471923",
        ),
        Credential(
            title="NATE Certified: Gas Furnace Service",
            issuer="North American Technician Excellence (NATE)",
            short="NATE Gas Furnace",
            issued_on="2025-10",
            expires_on="2027-10",
            credential_id="5731086",
            url="https://www.credly.com/badges/7c1e4b2a-93f0-4d5e-b8a6-2f0c9d41e7b3/public_url",
        ),
        Credential(
            title="NATE Certified: Air Conditioning Service",
            issuer="North American Technician Excellence (NATE)",
            short="NATE AC Service",
            issued_on="2023-05",
            expires_on="2025-05",
        ),
        Credential(
            title="Journeyman Mechanical (HVAC) License",
            issuer="City of Omaha Permits & Inspections",
            short="Journeyman Mechanical",
            issued_on="2019-03",
            expires_on="2027-03",
            credential_id="JM-20417",
        ),
        Credential(
            title="OSHA 10-Hour Construction Safety",
            issuer="OSHA Outreach Training Program",
            short="OSHA 10",
            issued_on="2016",
            credential_id="36-004817239",
        ),
        Credential(
            title="R-410A Safety Certification",
            issuer="ESCO Institute",
            short="R-410A",
            issued_on="2015-02",
        ),
    ),
    section_negatives=(
        "NATE Heat Pump Service: exam scheduled 01/2027",
        "Omaha Master Mechanical License: eligible 2027, not yet applied",
    ),
    skills=(
        "Heat pumps",
        "Gas furnaces",
        "Rooftop units",
        "Refrigerant recovery",
        "ServiceTitan",
        "Duct static testing",
    ),
)

CODER = Content(
    key="b19-coder-tulsa",
    name="Brenda Holloway",
    post_nominals=("CPC", "CRC"),
    headline="Certified Professional Coder",
    email="brenda.holloway@example.com",
    phone="(918) 555-0126",
    location="Tulsa, OK",
    summary=(
        "Outpatient medical coder with nine years in orthopaedics and risk adjustment: CPT, "
        "ICD-10-CM and HCPCS, denials and provider education. Preparing for the CPMA exam."
    ),
    employer="Green Country Orthopedics",
    role="Senior Medical Coder",
    bullets=(
        "Code 120-150 orthopaedic encounters a day at 97% audit accuracy.",
        "Helped the clinic keep its Joint Commission accreditation through the 2025 survey.",
        "Finished the AAPC webinar series on the 2026 E/M guideline changes.",
    ),
    credentials=(
        Credential(
            title="Certified Professional Coder (CPC)",
            issuer="AAPC",
            short="CPC",
            issued_on="2017-09",
            expires_on="2027-09",
            credential_id="01439287",
        ),
        Credential(
            title="Certified Risk Adjustment Coder (CRC)",
            issuer="AAPC",
            short="CRC",
            issued_on="2021-03",
            url="https://www.credly.com/badges/3f8a0d6c-51b2-47e9-a0c4-9d2e6b7f1a85/public_url",
        ),
        Credential(
            title="Certified Orthopaedic Surgery Coder (COSC)",
            issuer="AAPC",
            short="COSC",
            issued_on="2022-06",
            url="https://www.credly.com/badges/b92c4e17-0a3d-4f68-95e1-6c7d8a2b3f40",
        ),
        Credential(
            title="Certified Coding Specialist (CCS)",
            issuer="AHIMA",
            short="CCS",
            issued_on="2019-11",
            expires_on="2025-12",
            credential_id="10682314",
        ),
        Credential(
            title="ICD-10-CM Proficiency",
            issuer="AAPC",
            short="ICD-10-CM",
            issued_on="2015",
        ),
    ),
    section_negatives=(
        "Certified Professional Medical Auditor (CPMA): exam booked for Feb 2027",
        "AHIMA CCS reinstatement: CEUs in progress",
    ),
    skills=("CPT", "ICD-10-CM", "HCPCS", "Epic", "3M 360 Encompass", "Denials management"),
)

KITCHEN = Content(
    key="b19-kitchen-nashville",
    name="Desmond Achterberg",
    post_nominals=(),
    headline="Kitchen Manager",
    email="desmond.achterberg@example.com",
    phone="(615) 555-0157",
    location="Nashville, TN",
    summary=(
        "Kitchen manager running a 180-cover scratch kitchen: ordering, prep lists, food cost, "
        "health inspections and a line of fourteen cooks."
    ),
    employer="Marrow & Ember Kitchen",
    role="Kitchen Manager",
    bullets=(
        "Rebuilt the steak program around Certified Angus Beef® brand ribeye and strip.",
        "Kept the kitchen's Green Restaurant Association certification through the 2025 audit.",
        "Took an online course on restaurant cost control; cut food cost from 33% to 29%.",
    ),
    credentials=(
        Credential(
            title="ServSafe Food Protection Manager Certification",
            issuer="National Restaurant Association",
            short="ServSafe Manager",
            issued_on="2023-02",
            expires_on="2028-02",
            credential_id="21984463",
        ),
        Credential(
            title="ServSafe Allergens",
            issuer="National Restaurant Association",
            short="ServSafe Allergens",
            issued_on="2024-08",
            expires_on="2027-08",
            credential_id="22741609",
        ),
        Credential(
            title="ServSafe Alcohol Primary",
            issuer="National Restaurant Association",
            short="ServSafe Alcohol",
            issued_on="2021-05",
            expires_on="2024-05",
            credential_id="19873350",
        ),
        Credential(
            title="Certified Sous Chef (CSC)",
            issuer="American Culinary Federation (ACF)",
            short="CSC",
            issued_on="2022-09",
            expires_on="2027-09",
            url="https://www.credential.net/5e2b9c71-8d04-4a3f-b6e2-0f17c9a4d853",
        ),
        Credential(
            title="Heartsaver First Aid CPR AED",
            issuer="American Heart Association",
            short="Heartsaver CPR",
            issued_on="2025-06",
            expires_on="2027-06",
            credential_id="255729104118",
        ),
    ),
    section_negatives=(
        "Certified Chef de Cuisine (CCC): practical exam scheduled for April 2027",
        "ServSafe Instructor: in progress",
    ),
    skills=(
        "Menu costing",
        "Toast POS",
        "MarketMan ordering",
        "HACCP plans",
        "Scheduling (7shifts)",
        "Butchery",
    ),
)

ADVISOR = Content(
    key="b19-advisor-charlotte",
    name="Jonathan Okwuosa",
    post_nominals=("CFP®", "ChFC®"),
    headline="Financial Advisor",
    email="jonathan.okwuosa@example.com",
    phone="(704) 555-0119",
    location="Charlotte, NC",
    summary=(
        "Financial advisor to 140 households: retirement income, education funding and "
        "insurance reviews, fee-based and commission accounts."
    ),
    employer="Piedmont Ridge Wealth Partners",
    role="Financial Advisor",
    bullets=(
        "Grew assets under advisement from $62M to $118M over five years.",
        "Part of the firm's CEFEX certification renewal (a fiduciary practices audit) in 2025.",
        "Completed the firm's Morningstar Direct training course.",
    ),
    credentials=(
        Credential(
            title="CERTIFIED FINANCIAL PLANNER™ (CFP®)",
            issuer="CFP Board",
            short="CFP®",
            issued_on="2021-06",
        ),
        Credential(
            title="Series 7 General Securities Representative",
            issuer="FINRA",
            short="Series 7",
            issued_on="2017-03",
            credential_id="6843127",
            url="https://brokercheck.finra.org/individual/summary/6843127",
        ),
        Credential(
            title="Securities Industry Essentials (SIE)",
            issuer="FINRA",
            short="SIE",
            issued_on="2016-11",
        ),
        Credential(
            title="Series 66 Uniform Combined State Law",
            issuer="NASAA",
            short="Series 66",
            issued_on="2017-05",
        ),
        Credential(
            title="Life, Accident & Health Insurance Producer License",
            issuer="North Carolina Department of Insurance",
            short="NC Life & Health License",
            issued_on="2017-08",
            expires_on="2027-08",
            credential_id="18472935",
        ),
    ),
    section_negatives=(
        "Series 24: studying, exam window opens March 2027",
        "Chartered Retirement Planning Counselor (CRPC): enrolled, module 3 of 6",
    ),
    skills=("eMoney", "Orion", "Retirement income", "Annuities", "Estate basics", "Salesforce FSC"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/jonathan-okwuosa-cfp"),),
    post_nominal_claims=(
        Credential(
            title="Chartered Financial Consultant (ChFC®)",
            issuer="The American College of Financial Services",
            short="ChFC®",
        ),
    ),
)
