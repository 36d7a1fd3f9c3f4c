"""Three of blind-12's six contents (see ``blind12_contents.py``, which gathers them): a cloud
security engineer in Hyderabad, a mobile crane operator in Alberta and a financial planner in
Durban. Split out so that each module stays under its 500 lines."""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

CLOUD_SECURITY = Content(
    key="b12-cloud-security",
    name="Venkata Sai Harika Pendyala",
    post_nominals=("CCSP",),
    headline="Cloud Security Engineer (AWS, Azure, Kubernetes)",
    email="harika.pendyala.sec@gmail.com",
    phone="+91 98490 55217",
    location="Hyderabad, Telangana, India",
    summary=(
        "Cloud security engineer for a payments group: landing-zone guardrails, CSPM findings "
        "triage, IAM least-privilege reviews, Kubernetes admission policies and incident "
        "response runbooks across 140 AWS accounts and 30 Azure subscriptions."
    ),
    employer="Deccan Fintech Services Pvt. Ltd.",
    role="Senior Engineer, Cloud Security",
    bullets=(
        "Collected the cloud evidence for the group's SOC 2 Type II report and its ISO/IEC "
        "27001:2022 certification audit",
        "Moved 600 workloads behind the PCI DSS v4.0 certified card-data environment's controls",
        "Cut critical CSPM findings from 1,250 to 90 in two quarters",
    ),
    credentials=(
        Credential(
            title="Certified Cloud Security Professional (CCSP)",
            issuer="ISC2",
            short="CCSP",
            issued_on="2023-04",
            expires_on="2026-04",
            credential_id="1523847",
        ),
        Credential(
            title="AWS Certified Security – Specialty",
            issuer="Amazon Web Services",
            short="AWS Security Specialty",
            issued_on="2022-08",
            expires_on="2025-08",
            url="https://www.credly.com/badges/7d3e9b21-4c6a-4f0e-8b15-2a9c6e4d1f87/public_url",
        ),
        Credential(
            title="Microsoft Certified: Azure Security Engineer Associate",
            issuer="Microsoft",
            short="AZ-500",
            issued_on="2024-01",
            expires_on="2026-01",
            credential_id="D41F6A2B9C7E3508",
            url="https://learn.microsoft.com/api/credentials/share/en-us/HarikaPendyala-4417/D41F6A2B9C7E3508?sharingId=6F2C8E1A4B9D7035",
        ),
        Credential(
            title="Certified Kubernetes Security Specialist (CKS)",
            issuer="The Linux Foundation",
            short="CKS",
            issued_on="2023-10",
            expires_on="2025-10",
            credential_id="LF-a4cvx9q2kd",
            url="https://www.credly.com/badges/c2f81e6d-9a3b-4d57-b0e4-6f1a8c3d92b5/public_url",
        ),
        Credential(
            title="CompTIA Security+ ce",
            issuer="CompTIA",
            short="Security+",
            issued_on="2021-03",
            expires_on="2024-03",
            credential_id="COMP001021847356",
        ),
        Credential(
            title="Google Cloud Certified Professional Cloud Security Engineer",
            issuer="Google Cloud",
            short="GCP Security Engineer",
            issued_on="2024-06",
            expires_on="2026-06",
            url="https://www.credential.net/4e8b2d17-6c9f-4a30-9e51-b7d20f3c8a64",
        ),
    ),
    section_negatives=(
        "CISSP: exam passed in September 2026, endorsement pending with ISC2",
        "Offensive Security Certified Professional (OSCP): PEN-200 lab time in progress, exam "
        "planned for Q2 2027",
    ),
    skills=(
        "AWS Security Hub",
        "Microsoft Defender for Cloud",
        "Terraform",
        "OPA Gatekeeper",
        "Wiz",
        "Python",
        "Telugu",
        "Hindi",
    ),
    contact_links=(("github.com/harika-secops", "https://github.com/harika-secops"),),
)

CRANE_OPERATOR = Content(
    key="b12-crane-operator",
    name="Dale Thunderchild-Bouchard",
    post_nominals=(),
    headline="Journeyperson Mobile Crane Operator (Hydraulic), Red Seal",
    email="dale.tbouchard@telus.net",
    phone="+1 780 555 0186",
    location="Fort McMurray, Alberta, Canada",
    summary=(
        "Mobile crane operator on oil sands turnarounds and module yards: hydraulic cranes "
        "from 60 to 300 tonnes, critical lift plans, tandem lifts, rigging inspection and "
        "night-shift crews of up to six."
    ),
    employer="Athabasca Lift & Haul Ltd.",
    role="Lead Crane Operator, Turnarounds",
    bullets=(
        "Kept the company's Certificate of Recognition (COR) through its ACSA audit with a 96% "
        "score",
        "Set 90-tonne pipe-rack modules in tandem lifts with zero recordable incidents in four "
        "turnarounds",
        "Operated a Liebherr LTM 1250 certified to CSA Z150 by the site's third-party inspector",
    ),
    credentials=(
        Credential(
            title="Journeyperson Certificate, Crane and Hoisting Equipment Operator – Mobile "
            "Crane (Hydraulic)",
            issuer="Alberta Apprenticeship and Industry Training",
            short="AB Journeyperson Mobile Crane",
            issued_on="2014-05",
            credential_id="AIT-0917735",
        ),
        Credential(
            title="Red Seal Endorsement, Mobile Crane Operator (Hydraulic)",
            issuer="Red Seal Program",
            short="Red Seal",
            issued_on="2014-05",
        ),
        Credential(
            title="NCCCO Mobile Crane Operator – Telescopic Boom Crane (TSS)",
            issuer="National Commission for the Certification of Crane Operators (NCCCO)",
            short="NCCCO TSS",
            issued_on="2021-09",
            expires_on="2026-09",
            credential_id="CCO-00741982",
        ),
        Credential(
            title="H2S Alive",
            issuer="Energy Safety Canada",
            short="H2S Alive",
            issued_on="2024-03",
            expires_on="2027-03",
            credential_id="ESC-4418209",
        ),
        Credential(
            title="Standard First Aid with CPR Level C & AED",
            issuer="Canadian Red Cross",
            short="Standard First Aid",
            issued_on="2023-11",
            expires_on="2026-11",
            credential_id="RC-9F3K2L7Q",
            url="https://www.redcross.ca/crweb/certificates/verify/RC-9F3K2L7Q",
        ),
        Credential(
            title="Class 1 Operator's Licence with Air Brake (Q) Endorsement",
            issuer="Government of Alberta",
            short="Class 1 (Q)",
            issued_on="2012-08",
            expires_on="2028-02",
            credential_id="158227-904",
        ),
    ),
    section_negatives=(
        "Tower Crane Operator apprenticeship: period 2 of 3, technical training booked for "
        "February 2027",
        "NCCCO Lattice Boom Crawler (LBC): written exam passed, practical exam still to do",
    ),
    skills=(
        "Critical lift planning",
        "Load charts",
        "Tandem lifts",
        "Rigging inspection",
        "Liebherr LICCON",
        "Grove",
        "Cree (conversational)",
    ),
)

FINANCIAL_PLANNER = Content(
    key="b12-financial-planner",
    name="Nokuthula Mbatha-Pillay",
    post_nominals=("BCom", "CFP®"),
    headline="Certified Financial Planner, Retirement and Estate Planning",
    email="nokuthula.mp@webmail.co.za",
    phone="+27 82 555 0394",
    location="Durban, KwaZulu-Natal, South Africa",
    summary=(
        "Financial planner for professionals and business owners: retirement income, living "
        "annuities, estate liquidity, offshore allowances and tax-free savings, with 310 "
        "client families and R1.4bn under advice."
    ),
    employer="Umhlanga Wealth Partners (Pty) Ltd",
    role="Senior Financial Planner",
    bullets=(
        "Helped the practice renew its FSCA Category I and II FSP licence (FSP 48213)",
        "Took the practice through its Level 1 B-BBEE verification",
        "Built the estate-liquidity model now used by the firm's nine planners",
    ),
    credentials=(
        Credential(
            title="CERTIFIED FINANCIAL PLANNER® (CFP®)",
            issuer="Financial Planning Institute of Southern Africa (FPI)",
            short="CFP®",
            issued_on="2017-03",
            credential_id="FPI-30281",
        ),
        Credential(
            title="Fiduciary Practitioner of South Africa (FPSA®)",
            issuer="Fiduciary Institute of Southern Africa (FISA)",
            short="FPSA®",
            issued_on="2021-06",
            credential_id="FPSA-0418",
        ),
        Credential(
            title="Registered Tax Practitioner",
            issuer="South African Revenue Service (SARS)",
            short="SARS Tax Practitioner",
            issued_on="2020-02",
            credential_id="PR-1194536",
        ),
        Credential(
            title="Certificate in ESG Investing",
            issuer="CFA Institute",
            short="CFA ESG Certificate",
            issued_on="2023-05",
            url="https://www.credly.com/badges/9a4c7e02-3b1d-4f68-a5e9-d08b6f2c7e13/public_url",
        ),
        Credential(
            title="Financial Markets",
            issuer="Yale University (Coursera)",
            short="Financial Markets (Coursera)",
            issued_on="2019",
            url="https://www.coursera.org/account/accomplishments/verify/PX4Q8RNK2T7V",
        ),
    ),
    section_negatives=(
        "RE1 (Key Individuals) regulatory examination passed in March 2025; not yet approved "
        "as a Key Individual by the FSCA",
        "Attended the FPI Professionals' Convention 2025 (12 CPD hours)",
    ),
    skills=(
        "Retirement income planning",
        "Estate planning",
        "Living annuities",
        "Xplan",
        "Excel",
        "isiZulu",
        "Afrikaans",
    ),
    contact_links=(
        (
            "linkedin.com/in/nokuthula-mbatha-cfp",
            "https://www.linkedin.com/in/nokuthula-mbatha-cfp",
        ),
    ),
)
