"""The "blind-15" group's own contents: six résumés the extractor was never tuned on.

Written in session 13 by a helper who never read the extractor nor its tests. People, trades and
countries the other groups do not have: a penetration tester in Bucharest, a building services
(MEP) engineer in Dubai and an internal audit manager in Hanoi (here), a GIS analyst and drone
pilot in Lima, a strength coach in Athens and a performance marketer in Istanbul
(``blind15_people.py``). Every person, employer, credential ID and URL is invented; the
credentials are real kinds from real issuers (OffSec, EC-Council, PortSwigger, INE Security,
CompTIA, GBCI, the Association of Energy Engineers, Abu Dhabi's municipalities department,
NEBOSH, the IIA, ISACA, ACFE, ACCA, Esri, Peru's civil aviation authority, Pix4D, GISCI, UNSW
through Coursera, NASM, the NSCA, Precision Nutrition, the Hellenic Red Cross, EuropeActive,
Google's Skillshop, Meta, HubSpot Academy, Semrush Academy), with links on the address shapes of
Credly, Accredible (credential.net and Skillshop's), Coursera, PortSwigger, INE and HubSpot, and
IDs on some. Dates are months or a bare year; some credentials have lapsed and are still listed.
Post-nominals name credentials listed, or held but only named there (a registration, a
membership). ``section_negatives`` are written among the credentials but are not held: an exam
booked, a course bought or audited, a voucher, training under way. Bullets hold distractors: an
employer's, a building's, a client's or an agency's certification or partnership.
"""

from __future__ import annotations

from tests.rendered.blind15_people import GIS_PILOT, MARKETER, STRENGTH_COACH
from tests.rendered.contents import Content, Credential

_PENTESTER = Content(
    key="b15-pentester",
    name="Andrei-Mihai Popescu",
    post_nominals=(),
    headline="Penetration Tester, Web Applications and Active Directory",
    email="andrei.popescu@proton.me",
    phone="+40 722 555 318",
    location="Bucharest, Romania",
    summary=(
        "Penetration tester at a security consultancy: web application and API tests, internal "
        "network and Active Directory assessments, phishing simulations and the reports that "
        "developers and auditors can act on."
    ),
    employer="Carpathian Security Labs SRL",
    role="Senior Penetration Tester",
    bullets=(
        "Ran over 40 tests a year for banks and insurers in their ISO/IEC 27001 audit cycles",
        "Helped the company renew its CREST accreditation as a penetration testing provider",
        "Built the Active Directory attack lab the team uses to train new testers",
    ),
    credentials=(
        Credential(
            title="OffSec Certified Professional (OSCP)",
            issuer="OffSec",
            short="OSCP",
            issued_on="2022-05",
            credential_id="OS-101-58213",
            url="https://www.credly.com/badges/12cbb52f-82ae-4b73-8644-cdf4a34b7cff/public_url",
        ),
        Credential(
            title="Certified Ethical Hacker (CEH v11)",
            issuer="EC-Council",
            short="CEH",
            issued_on="2021-03",
            expires_on="2024-03",
            credential_id="ECC4821579630",
        ),
        Credential(
            title="Burp Suite Certified Practitioner",
            issuer="PortSwigger",
            short="BSCP",
            issued_on="2023-09",
            url="https://portswigger.net/web-security/e/c/13346cdc5db2671f",
        ),
        Credential(
            title="eLearnSecurity Junior Penetration Tester (eJPT)",
            issuer="INE Security",
            short="eJPT",
            issued_on="2020",
            url="https://certs.ine.com/4d8cef9f-0cfc-41a7-a65d-54becb3a3b42",
        ),
        Credential(
            title="CompTIA PenTest+",
            issuer="CompTIA",
            short="PenTest+",
            issued_on="2024-02",
            expires_on="2027-02",
            credential_id="COMP001022981774",
        ),
    ),
    section_negatives=(
        "OffSec Web Expert (OSWE): course bought, exam not yet taken",
        "Certified Red Team Operator (CRTO): course audited, no exam",
    ),
    skills=(
        "Burp Suite",
        "BloodHound",
        "Nmap",
        "Python",
        "Azure AD",
        "Report writing",
        "Romanian",
        "English",
    ),
    contact_links=(
        ("github.com/apopescu-sec", "https://github.com/apopescu-sec"),
        ("Hack The Box", "https://app.hackthebox.com/profile/481552"),
    ),
)

_MEP_ENGINEER = Content(
    key="b15-mep-engineer",
    name="Omar Khalid Al-Hashimi",
    post_nominals=("CEng", "LEED AP BD+C"),
    headline="Senior MEP Engineer, Building Services and Energy",
    email="omar.alhashimi@outlook.com",
    phone="+971 50 555 2147",
    location="Dubai, United Arab Emirates",
    summary=(
        "Building services engineer for high-rise residential and hospitality projects: HVAC and "
        "plumbing design review, energy modelling, commissioning and the green building ratings "
        "that Dubai and Abu Dhabi authorities require."
    ),
    employer="Gulf Crescent Engineering Consultants LLC",
    role="Senior MEP Engineer",
    bullets=(
        "Led the MEP design review of a 42-storey tower that achieved LEED Platinum certification",
        "Ran the Estidama 2 Pearl submission for a school campus in Khalifa City",
        "Cut a hotel's chilled water demand by 18% through retro-commissioning",
    ),
    credentials=(
        Credential(
            title="LEED AP Building Design + Construction",
            issuer="Green Business Certification Inc. (GBCI)",
            short="LEED AP BD+C",
            issued_on="2019-06",
            expires_on="2027-06",
            credential_id="0011048352",
            url="https://www.credly.com/badges/d540f325-fde9-4bc8-8983-73135d7970ab/public_url",
        ),
        Credential(
            title="Certified Energy Manager (CEM)",
            issuer="Association of Energy Engineers",
            short="CEM",
            issued_on="2021-10",
            expires_on="2027-10",
            credential_id="CEM-28714",
        ),
        Credential(
            title="Estidama Pearl Qualified Professional (PQP)",
            issuer="Department of Municipalities and Transport, Abu Dhabi",
            short="Estidama PQP",
            issued_on="2020-02",
            credential_id="PQP-1877",
        ),
        Credential(
            title="NEBOSH International General Certificate in Occupational Health and Safety",
            issuer="NEBOSH",
            short="NEBOSH IGC",
            issued_on="2018",
            credential_id="00521398",
        ),
        Credential(
            title="Certified Measurement & Verification Professional (CMVP)",
            issuer="Association of Energy Engineers",
            short="CMVP",
            issued_on="2023-05",
            expires_on="2026-05",
            url="https://www.credly.com/badges/6ec74d1a-02f5-4c7b-b4f6-a54e26727662/public_url",
        ),
    ),
    section_negatives=(
        "ASHRAE Building Energy Modeling Professional (BEMP): exam booked for February 2027",
        "Revit MEP for engineers: online course audited, no certificate",
    ),
    skills=(
        "HVAC design",
        "IES VE energy modelling",
        "Revit MEP",
        "Commissioning",
        "Arabic",
        "English",
    ),
    contact_links=(
        ("linkedin.com/in/omar-alhashimi-mep", "https://www.linkedin.com/in/omar-alhashimi-mep"),
    ),
    post_nominal_claims=(
        Credential(
            title="Chartered Engineer (CEng)",
            issuer="Engineering Council",
            short="CEng",
        ),
    ),
)

_AUDITOR = Content(
    key="b15-internal-auditor",
    name="Phạm Thị Lan Anh",
    post_nominals=("CIA", "CISA", "FCCA"),
    headline="Internal Audit Manager, Retail Banking",
    email="lananh.pham@yahoo.com.vn",
    phone="+84 912 555 076",
    location="Hanoi, Vietnam",
    summary=(
        "Internal auditor in a joint-stock commercial bank: risk-based audit plans, IT general "
        "controls, credit and anti-money-laundering reviews, and data analytics that test whole "
        "populations instead of samples."
    ),
    employer="Red River Commercial Joint Stock Bank",
    role="Internal Audit Manager",
    bullets=(
        "Supported the bank's ISO 22301 business continuity certification audit",
        "Led IT general controls reviews of the core banking system and 18 branches",
        "Brought ACL and Python analytics into a third of the annual audit plan",
    ),
    credentials=(
        Credential(
            title="Certified Internal Auditor (CIA)",
            issuer="The Institute of Internal Auditors",
            short="CIA",
            issued_on="2020-11",
            credential_id="142385",
            url="https://www.credly.com/badges/34d1ed06-43da-435e-bd60-b6b5ca10d601/public_url",
        ),
        Credential(
            title="Certified Information Systems Auditor (CISA)",
            issuer="ISACA",
            short="CISA",
            issued_on="2022-03",
            credential_id="22187453",
            url="https://www.credly.com/badges/148a0be1-c810-469d-93a5-7c24efcfa890/public_url",
        ),
        Credential(
            title="Certification in Risk Management Assurance (CRMA)",
            issuer="The Institute of Internal Auditors",
            short="CRMA",
            issued_on="2023-07",
        ),
        Credential(
            title="Certified Fraud Examiner (CFE)",
            issuer="Association of Certified Fraud Examiners",
            short="CFE",
            issued_on="2024-05",
            credential_id="1198734",
        ),
        Credential(
            title="Diploma in International Financial Reporting (DipIFR)",
            issuer="ACCA",
            short="DipIFR",
            issued_on="2019-12",
        ),
    ),
    section_negatives=(
        "Certified Data Privacy Solutions Engineer (CDPSE): studying, exam window April 2027",
        "IFRS 17 Insurance Contracts course on Coursera, audited without a certificate",
    ),
    skills=(
        "Risk-based auditing",
        "IT general controls",
        "ACL Analytics",
        "Python",
        "Vietnamese",
        "English",
    ),
    post_nominal_claims=(
        Credential(
            title="Fellow of the Association of Chartered Certified Accountants (FCCA)",
            issuer="ACCA",
            short="FCCA",
        ),
    ),
)

BLIND15_CONTENTS: tuple[Content, ...] = (
    _PENTESTER,
    _MEP_ENGINEER,
    _AUDITOR,
    GIS_PILOT,
    STRENGTH_COACH,
    MARKETER,
)
