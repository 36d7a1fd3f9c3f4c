"""The "blind-16" group's own contents: eight ordinary résumés the extractor was never tuned on.

Written in session 13 by a helper who never read the extractor. Where recent groups sought
exotic documents, this one is the résumé candidates actually send in 2026, in ordinary trades:
a dental hygienist in Phoenix, an IT support analyst in Manchester, an accountant in Toronto and
a plumber and gasfitter in Perth (here), a project manager in Bengaluru, a cloud engineer in
Berlin writing in English, an HR generalist in Chicago and an early childhood teacher in Auckland
(``blind16_people.py``). Every person, employer, credential ID and URL is invented; the
credentials are real kinds from real issuers (state boards and regulators, the American Heart
Association, DANB, CompTIA, PeopleCert, Microsoft, Cisco, CPA Ontario, CPA Canada, Xero, Intuit,
WorkSafe WA, St John, PMI, Scrum Alliance, Scaled Agile, Google through Coursera, AWS, the Linux
Foundation, HashiCorp, Google Cloud, SHRM, HRCI, Workday, the Teaching Council of Aotearoa New
Zealand; Credly, Accredible, Microsoft Learn, Coursera and issuers' own verification pages),
some with links, some with IDs or licence numbers, some expiring or lapsed, dates as bare years
too. ``section_negatives`` are written near the credentials but are not held: an exam booked or
scheduled, a course enrolled in, studying, an application under review. Bullets hold the
distractors a recruiter does not count: the employer's ISO 9001, a practice's or a centre's
award, a company's certification.
"""

from __future__ import annotations

from tests.rendered.blind16_people import (
    CLOUD_ENGINEER,
    ECE_TEACHER,
    HR_GENERALIST,
    PROJECT_MANAGER,
)
from tests.rendered.contents import Content, Credential

_HYGIENIST = Content(
    key="b16-dental-hygienist",
    name="Brianna Castellanos-Reyes",
    post_nominals=("RDH",),
    headline="Registered Dental Hygienist",
    email="brianna.castellanos.rdh@gmail.com",
    phone="(602) 555-0143",
    location="Phoenix, AZ 85016",
    summary=(
        "Registered dental hygienist with eight years in busy general and periodontal "
        "practices: prophylaxis and scaling and root planing, local anesthesia, periodontal "
        "charting, digital radiographs and patient education in English and Spanish."
    ),
    employer="Camelback Family Dentistry",
    role="Registered Dental Hygienist",
    bullets=(
        "Saw 9 to 10 patients a day across adult prophylaxis and periodontal maintenance",
        "Helped the practice pass its OSHA and infection-control inspection with no findings",
        "The office is an Invisalign Diamond Plus Provider",
    ),
    credentials=(
        Credential(
            title="Registered Dental Hygienist (RDH) License",
            issuer="Arizona State Board of Dental Examiners",
            short="RDH",
            issued_on="2017-06",
            expires_on="2027-06",
            credential_id="H-8842",
        ),
        Credential(
            title="Local Anesthesia Certificate",
            issuer="Arizona State Board of Dental Examiners",
            short="Local Anesthesia",
            issued_on="2017-08",
            credential_id="LA-5127",
        ),
        Credential(
            title="BLS Provider (CPR and AED)",
            issuer="American Heart Association",
            short="BLS",
            issued_on="2025-02",
            expires_on="2027-02",
            credential_id="245138771209",
        ),
        Credential(
            title="Certified in Dental Infection Prevention and Control (CDIPC)",
            issuer="Dental Assisting National Board (DANB)",
            short="CDIPC",
            issued_on="2022-10",
            expires_on="2026-10",
            credential_id="1783302",
            url="https://www.danb.org/verify/1783302",
        ),
        Credential(
            title="Standard Proficiency in Soft Tissue Lasers",
            issuer="Academy of Laser Dentistry",
            short="Laser Proficiency",
            issued_on="2023",
        ),
    ),
    section_negatives=(
        "Restorative Functions (Expanded Function) course: enrolled, starts January 2027",
        "B.S. in Dental Hygiene, Northern Arizona University (online): expected 2028",
    ),
    skills=(
        "Scaling and root planing",
        "Periodontal charting",
        "Dentrix",
        "Digital radiography",
        "Cavitron",
        "Bilingual English/Spanish",
    ),
)

_IT_SUPPORT = Content(
    key="b16-it-support",
    name="Kieran Fitzpatrick-Hussain",
    post_nominals=(),
    headline="IT Support Analyst (2nd Line)",
    email="kieranfh@hotmail.co.uk",
    phone="07700 900 631",
    location="Manchester, M20",
    summary=(
        "Second-line IT support analyst for a housing association of 900 staff: Microsoft "
        "365 and Intune, Active Directory and Entra ID, laptops and mobiles, networking "
        "basics, ServiceNow queues and a calm voice on the phone."
    ),
    employer="Irwell Valley Homes",
    role="IT Support Analyst",
    bullets=(
        "Resolved 1,400 tickets a year within SLA; first-time fix rate 78%",
        "Rolled out Windows 11 and Intune Autopilot to 850 laptops",
        "Supported the organisation's Cyber Essentials Plus certification",
    ),
    credentials=(
        Credential(
            title="CompTIA A+",
            issuer="CompTIA",
            short="A+",
            issued_on="2022-04",
            expires_on="2025-04",
            credential_id="COMP001021845173",
            url="https://www.credly.com/badges/f3a8d215-6c0e-4b97-a4d1-58e2c07b9f36/public_url",
        ),
        Credential(
            title="ITIL 4 Foundation",
            issuer="PeopleCert",
            short="ITIL 4 Foundation",
            issued_on="2021-09",
            credential_id="GR671045231KF",
        ),
        Credential(
            title="Microsoft 365 Certified: Endpoint Administrator Associate",
            issuer="Microsoft",
            short="MD-102",
            issued_on="2024-06",
            expires_on="2026-06",
            credential_id="8C4F2A19D07E6B33",
            url="https://learn.microsoft.com/api/credentials/share/en-gb/KieranFitzpatrickHussain-7710/8C4F2A19D07E6B33",
        ),
        Credential(
            title="Cisco Certified Network Associate (CCNA)",
            issuer="Cisco",
            short="CCNA",
            issued_on="2023-11",
            expires_on="2026-11",
            credential_id="CSCO14299817",
        ),
        Credential(
            title="Microsoft Certified: Azure Fundamentals",
            issuer="Microsoft",
            short="AZ-900",
            issued_on="2023-02",
        ),
    ),
    section_negatives=(
        "Microsoft Certified: Azure Administrator Associate (AZ-104): exam booked for "
        "February 2027",
        "CompTIA Security+: currently studying",
    ),
    skills=(
        "Microsoft 365",
        "Intune and Autopilot",
        "Active Directory / Entra ID",
        "ServiceNow",
        "PowerShell",
        "TCP/IP, DHCP, DNS",
    ),
    contact_links=(("linkedin.com/in/kieranfh", "https://www.linkedin.com/in/kieranfh"),),
)

_ACCOUNTANT = Content(
    key="b16-accountant",
    name="Harjit Kaur Sandhu",
    post_nominals=("CPA",),
    headline="Senior Accountant",
    email="harjit.sandhu.cpa@gmail.com",
    phone="416-555-0192",
    location="Toronto, ON",
    summary=(
        "CPA with nine years in public practice and industry: month-end close, year-end "
        "working papers and financial statements under ASPE and IFRS, corporate tax (T2), "
        "HST filings and a team of three junior accountants."
    ),
    employer="Ridout & Marchetti LLP, Chartered Professional Accountants",
    role="Senior Accountant",
    bullets=(
        "Prepared review and compilation engagements for 45 owner-managed businesses",
        "Supported the firm through its CPA Ontario practice inspection",
        "Cut the month-end close of a client from 12 to 6 working days",
    ),
    credentials=(
        Credential(
            title="Chartered Professional Accountant (CPA)",
            issuer="CPA Ontario",
            short="CPA",
            issued_on="2019",
            credential_id="2190437",
        ),
        Credential(
            title="Public Accounting Licence",
            issuer="CPA Ontario",
            short="PA Licence",
            issued_on="2021-03",
            credential_id="PAL-31876",
        ),
        Credential(
            title="In-Depth Tax Course, Part I",
            issuer="CPA Canada",
            short="In-Depth Tax I",
            issued_on="2022-06",
        ),
        Credential(
            title="Xero Advisor Certification",
            issuer="Xero",
            short="Xero Advisor",
            issued_on="2023-05",
            expires_on="2026-05",
        ),
        Credential(
            title="QuickBooks Online Certification, Level 2",
            issuer="Intuit",
            short="QBO ProAdvisor L2",
            issued_on="2024-09",
            expires_on="2025-09",
            url="https://www.credly.com/badges/4b7e0c92-d35a-4f1e-86b8-a09d2e5c3f71/public_url",
        ),
    ),
    section_negatives=(
        "CFA Level I: registered for the February 2027 exam",
        "Certified Fraud Examiner (CFE): studying",
    ),
    skills=("CaseWare", "TaxPrep", "Xero", "QuickBooks Online", "Excel (Power Query)"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/harjit-sandhu-cpa"),),
)

_PLUMBER = Content(
    key="b16-plumber",
    name="Brodie Pemberton-Ngata",
    post_nominals=(),
    headline="Licensed Plumber & Gasfitter",
    email="brodie.pemberton@bigpond.com",
    phone="0412 555 068",
    location="Joondalup, WA 6027",
    summary=(
        "Licensed plumber and gasfitter with twelve years on residential maintenance, new homes "
        "and light commercial work in Perth's northern suburbs: hot water systems, gas "
        "appliances, blocked drains, backflow and bathroom renovations."
    ),
    employer="Northside Plumbing & Gas Pty Ltd",
    role="Leading Hand Plumber",
    bullets=(
        "Ran a service van of two: up to 8 jobs a day, quoting, invoicing on ServiceM8",
        "Installed and commissioned 300+ gas and heat-pump hot water systems",
        "The business is a member of Master Plumbers WA and fits WaterMark certified products",
    ),
    credentials=(
        Credential(
            title="Plumbing Contractor's Licence",
            issuer="Plumbers Licensing Board of WA",
            short="Plumbing Contractor",
            issued_on="2018-03",
            expires_on="2027-03",
            credential_id="PL 9931",
        ),
        Credential(
            title="Gasfitter's Licence (Class G: Type A Appliances)",
            issuer="Building and Energy WA",
            short="Gasfitter",
            issued_on="2019-08",
            expires_on="2027-08",
            credential_id="GF017734",
        ),
        Credential(
            title="Construction Induction (White Card)",
            issuer="WorkSafe WA",
            short="White Card",
            issued_on="2013",
            credential_id="CI-WA-1184502",
        ),
        Credential(
            title="Provide First Aid (HLTAID011)",
            issuer="St John WA",
            short="First Aid",
            issued_on="2025-05",
            expires_on="2028-05",
        ),
        Credential(
            title="Work Safely at Heights (RIIWHS204E)",
            issuer="Safety Training Australia",
            short="Working at Heights",
            issued_on="2024-02",
        ),
    ),
    section_negatives=(
        "Certificate IV in Plumbing and Services (CPC40920): enrolled, finishing mid-2027",
        "Backflow prevention accreditation: booked for the next TAFE intake",
    ),
    skills=(
        "Gas appliance servicing",
        "Hot water systems",
        "Drain camera and jetter",
        "Bathroom renovations",
        "ServiceM8",
        "Manual driver's licence (C)",
    ),
)

BLIND16_CONTENTS: tuple[Content, ...] = (
    _HYGIENIST,
    _IT_SUPPORT,
    _ACCOUNTANT,
    _PLUMBER,
    PROJECT_MANAGER,
    CLOUD_ENGINEER,
    HR_GENERALIST,
    ECE_TEACHER,
)
