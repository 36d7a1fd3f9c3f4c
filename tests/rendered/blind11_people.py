"""Three of the "blind-11" group's own contents: an electrician in Leeds, a UX designer in
Toronto and a tax accountant in San Diego (the others are in ``blind11_contents.py``).

Written in session 9 by a helper who never read the extractor nor its tests. Every person,
employer, credential ID and URL is invented; the credentials are real ones.
"""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

ELECTRICIAN = Content(
    key="b11-electrician",
    name="Callum Ashworth-Reid",
    post_nominals=("EngTech", "MIET"),
    headline="Approved Electrician, Commercial Fit-Out and EV Charging",
    email="callum.ashworth.elec@gmail.com",
    phone="+44 7700 900318",
    location="Leeds, West Yorkshire, UK",
    summary=(
        "JIB Approved Electrician with twelve years on offices, schools and retail units: "
        "containment, distribution boards, fire alarm and emergency lighting, periodic "
        "inspection (EICRs) and workplace EV charge points."
    ),
    employer="Aire Valley Electrical Contractors Ltd",
    role="Approved Electrician / Site Supervisor",
    bullets=(
        "Signed off installation work under the company's NICEIC Approved Contractor scheme",
        "Installed 140 OZEV-approved charge points across two council depots",
        "Mentored three apprentices through their AM2 assessment",
    ),
    credentials=(
        Credential(
            title="Level 3 NVQ Diploma in Installing Electrotechnical Systems and Equipment (2357)",
            issuer="City & Guilds",
            short="NVQ Level 3 (2357)",
            issued_on="2014-07",
            credential_id="TJK4512",
        ),
        Credential(
            title="ECS Gold Card – Approved Electrician",
            issuer="Joint Industry Board (JIB)",
            short="ECS Gold Card",
            issued_on="2023-06",
            expires_on="2028-06",
            credential_id="18834207",
        ),
        Credential(
            title="18th Edition Wiring Regulations BS 7671:2018+A2:2022 (2382-22)",
            issuer="City & Guilds",
            short="18th Edition (2382-22)",
            issued_on="2022-10",
        ),
        Credential(
            title="Level 3 Award in the Initial and Periodic Inspection and Testing of "
            "Electrical Installations (2391-52)",
            issuer="City & Guilds",
            short="Inspection & Testing (2391-52)",
            issued_on="2019-03",
        ),
        Credential(
            title="Level 3 Award in the Design, Installation and Testing of Electric Vehicle "
            "Charging Equipment (2919-01)",
            issuer="City & Guilds",
            short="EV Charging (2919-01)",
            issued_on="2023-05",
            url="https://www.credly.com/badges/3e1f9a72-5c0d-4b8e-a6f4-9d2c7b18e054/public_url",
        ),
        Credential(
            title="IPAF Powered Access Licence (PAL Card) 3a, 3b",
            issuer="International Powered Access Federation (IPAF)",
            short="IPAF PAL 3a/3b",
            issued_on="2022-02",
            expires_on="2027-02",
            credential_id="GB-7731904",
        ),
    ),
    section_negatives=(
        "Level 3 Award in the Installation of Small-Scale Solar PV Systems – course booked for "
        "February 2027",
        "Registration as Incorporated Engineer (IEng): application with the IET, awaiting "
        "professional review interview",
    ),
    skills=("EICR", "Fire alarm (BS 5839)", "Emergency lighting", "Megger MFT1741", "SMSTS"),
    contact_links=(
        ("linkedin.com/in/callum-ashworth-reid", "https://linkedin.com/in/callum-ashworth-reid"),
    ),
    post_nominal_claims=(
        Credential(
            title="Engineering Technician (EngTech)",
            issuer="Engineering Council",
            short="EngTech",
        ),
        Credential(
            title="Member of the Institution of Engineering and Technology (MIET)",
            issuer="Institution of Engineering and Technology",
            short="MIET",
        ),
    ),
)

UX_DESIGNER = Content(
    key="b11-ux-designer",
    name="Noémie Okafor-Lavoie",
    post_nominals=(),
    headline="Senior Product Designer, Accessibility and Design Systems",
    email="noemie.okafor.design@proton.me",
    phone="+1 416 555 0172",
    location="Toronto, Ontario, Canada",
    summary=(
        "Product designer for banking and public-sector services: research, interaction "
        "design and an accessible design system used by 60 engineers; fluent in English and "
        "French."
    ),
    employer="Harbourfront Digital Bank",
    role="Senior Product Designer",
    bullets=(
        "Led the redesign of mobile onboarding to meet WCAG 2.2 AA; completion rose 18%",
        "Ran the design system's audit for the bank's SOC 2 Type II and AODA compliance report",
        "Shipped the SDK's Apple-certified Wallet pass and a Google Play Families-approved app",
    ),
    credentials=(
        Credential(
            title="UX Certification (Interaction Design specialty)",
            issuer="Nielsen Norman Group",
            short="NN/g UX Certified",
            issued_on="2022-11",
            credential_id="1052387",
        ),
        Credential(
            title="Certified Professional in Accessibility Core Competencies (CPACC)",
            issuer="International Association of Accessibility Professionals (IAAP)",
            short="IAAP CPACC",
            issued_on="2023-04",
            expires_on="2026-04",
            url="https://www.credly.com/badges/b74d20e9-6a3f-4c51-8e2d-0f9a3c6b1d87/public_url",
        ),
        Credential(
            title="Google UX Design Professional Certificate",
            issuer="Google (Coursera)",
            short="Google UX Design",
            issued_on="2021-09",
            url="https://www.coursera.org/account/accomplishments/professional-cert/8KXW2QZ4PLMT",
        ),
        Credential(
            title="Certified Usability Analyst (CUA)",
            issuer="Human Factors International",
            short="CUA",
            issued_on="2019-06",
            credential_id="CUA-061921-4471",
        ),
        Credential(
            title="Accessibility: How to Design for All",
            issuer="Interaction Design Foundation",
            short="IxDF Accessibility",
            issued_on="2020",
            url="https://www.interaction-design.org/members/noemie-okafor/certificate/course/"
            "5c1e8b2a-7f04-4d93-b6e1-2a9c0d7f3e58",
        ),
        Credential(
            title="Certified Scrum Product Owner (CSPO)",
            issuer="Scrum Alliance",
            short="CSPO",
            issued_on="2024-02",
            expires_on="2026-02",
            credential_id="001938452",
        ),
    ),
    section_negatives=(
        "Web Accessibility Specialist (WAS), IAAP – studying, exam window June 2027",
        "Certified Professional in Web Accessibility (CPWA): needs WAS, planned for next year",
    ),
    skills=("Figma", "Design systems", "Usability testing", "WCAG 2.2", "VoiceOver", "Maze"),
    contact_links=(
        ("noemie.design", "https://noemie.design"),
        ("Dribbble", "https://dribbble.com/noemieok"),
    ),
)

TAX_ACCOUNTANT = Content(
    key="b11-tax-accountant",
    name="Rafael Quiñones-Park",
    post_nominals=("CPA", "EA"),
    headline="Tax Manager, Individuals, Trusts and Closely Held Businesses",
    email="rafael.qpark.cpa@icloud.com",
    phone="+1 619 555 0158",
    location="San Diego, California, USA",
    summary=(
        "Tax manager for high-net-worth families and their S corporations: 1040, 1041, 1120-S "
        "and 1065 returns, California residency questions, IRS and FTB examinations and "
        "estimated-tax planning in English and Spanish."
    ),
    employer="Mission Bay Tax & Advisory LLP",
    role="Tax Manager",
    bullets=(
        "Kept the firm through its AICPA peer review with a 'pass' rating",
        "Moved 900 returns to the firm's IRS-authorized e-file provider software",
        "Represented 40 clients in IRS correspondence audits; no case went to Appeals",
    ),
    credentials=(
        Credential(
            title="Certified Public Accountant (CPA)",
            issuer="California Board of Accountancy",
            short="CPA (California)",
            issued_on="2016-11",
            expires_on="2027-10",
            credential_id="CPA 148362",
        ),
        Credential(
            title="Enrolled Agent (EA)",
            issuer="Internal Revenue Service",
            short="Enrolled Agent",
            issued_on="2014-05",
            credential_id="00104726",
        ),
        Credential(
            title="Personal Financial Specialist (PFS)",
            issuer="AICPA",
            short="PFS",
            issued_on="2020-02",
            expires_on="2026-12",
        ),
        Credential(
            title="QuickBooks Online Certified ProAdvisor (Advanced)",
            issuer="Intuit",
            short="QBO ProAdvisor Advanced",
            issued_on="2025-07",
            url="https://www.credly.com/badges/e2a8c4f1-09b7-4d6e-b3a5-7c1f8d2e6a40/public_url",
        ),
        Credential(
            title="Excel Skills for Business Specialization",
            issuer="Macquarie University (Coursera)",
            short="Excel Skills (Coursera)",
            issued_on="2019-04",
            url="https://www.coursera.org/account/accomplishments/specialization/R7DPX4KQ2N9W",
        ),
    ),
    section_negatives=(
        "Certified Financial Planner (CFP): education requirement complete, exam sitting "
        "March 2027",
        "Certificate of Educational Achievement in Trust & Estate Taxation – enrolled, two of "
        "four modules done",
    ),
    skills=("CCH Axcess Tax", "UltraTax CS", "Form 1041", "Form 1120-S", "Excel", "Spanish"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/rafael-quinones-park-cpa"),),
)
