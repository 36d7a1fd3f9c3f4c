"""Four of blind-21's eight people (the other four are in ``blind21_contents.py``): a school bus
driver in Swansea, a payroll clerk in Belfast, a beauty therapist in Limassol, a help-desk
technician in Port of Spain.

Made in session 16 by a helper (a21) who never read the extractor nor its tests: ordinary
résumés, of jobs and places no earlier group has. Every person, employer, number and address is
invented; the credentials and their issuers are real ones, the numbers and addresses in the
shapes those issuers use. What a recruiter must not count as held (an exam booked, a course in
progress, a qualification "expected", the employer's or a product's certification, a course told
in passing) is in ``section_negatives``, the summary and the bullets, never in the labels.
"""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

CREDLY = "https://www.credly.com/badges/{}/public_url"

BUS = Content(
    key="b21-busdriver-swansea",
    name="Rhys Pritchard-Evans",
    post_nominals=(),
    headline="School Bus and Minibus Driver",
    email="rhys.pritchardevans@example.co.uk",
    phone="07700 900 731",
    location="Swansea, Wales",
    summary=(
        "Bus driver with fourteen years behind the wheel, the last eight on home-to-school "
        "routes for primary and additional-needs pupils. Clean licence, calm with children, "
        "first-aid trained. Working towards the Welsh-language Level 2 certificate."
    ),
    employer="Gower Valley Coaches Ltd",
    role="School Route Driver (PCV)",
    bullets=(
        "Drive two 49-seat school routes a day, 92 pupils, with no reportable incident since 2019.",
        "The depot holds FORS Gold and ISO 9001; I run its daily walk-round checks.",
        "Went on a one-day wheelchair securing refresher run by the council in 2025.",
    ),
    credentials=(
        Credential(
            title="Category D (PCV) Driving Licence",
            issuer="DVLA",
            short="PCV Cat D",
            issued_on="2012-05",
            expires_on="2031-05",
            credential_id="PRITC705128RE9TK",
        ),
        Credential(
            title="Driver Certificate of Professional Competence (Driver CPC)",
            issuer="DVSA",
            short="Driver CPC",
            issued_on="2022-08",
            expires_on="2027-08",
            credential_id="DQC7741209",
        ),
        Credential(
            title="MiDAS Standard (Minibus Driver Awareness Scheme)",
            issuer="Community Transport Association",
            short="MiDAS",
            issued_on="2019-03",
            expires_on="2023-03",
            credential_id="MD-219-0473",
        ),
        Credential(
            title="Emergency First Aid at Work",
            issuer="St John Ambulance Cymru",
            short="EFAW",
            issued_on="2024-09",
            expires_on="2027-09",
            credential_id="SJAC-448120",
        ),
        Credential(
            title="Level 2 Award in Safeguarding Children and Young People",
            issuer="Highfield Qualifications",
            short="Safeguarding L2",
            issued_on="2025-01",
        ),
    ),
    section_negatives=(
        "Driver CPC periodic training: 14 of 35 hours done towards the 2027 renewal",
        "Category D+E (trailer) entitlement: lessons booked, test not yet taken",
    ),
    skills=(
        "Route planning",
        "Walk-round checks",
        "Tachograph rules",
        "Wheelchair securing",
        "Behaviour management",
        "Welsh (conversational)",
    ),
)

PAYROLL = Content(
    key="b21-payroll-belfast",
    name="Siobhán McCready",
    post_nominals=("MCIPP",),
    headline="Payroll Clerk",
    email="siobhan.mccready@example.com",
    phone="028 9018 4473",
    location="Belfast, Northern Ireland",
    summary=(
        "Payroll clerk running weekly and monthly payrolls of up to 1,400 employees: starters "
        "and leavers, statutory pay, pensions auto-enrolment and RTI submissions. Currently in "
        "year one of the CIPP Foundation Degree."
    ),
    employer="Lagan Foods Group",
    role="Payroll Clerk",
    bullets=(
        "Process weekly and monthly payroll for 1,400 staff over four sites in Sage 200 Payroll.",
        "Helped the finance team keep the company's Cyber Essentials Plus certification in 2024.",
        "Cut manual timesheet corrections by 60% with an Excel Power Query import.",
    ),
    credentials=(
        Credential(
            title="Payroll Technician Certificate (Level 3)",
            issuer="Chartered Institute of Payroll Professionals (CIPP)",
            short="CIPP PTC",
            issued_on="2021-07",
            credential_id="CIPP-55012",
            url="https://www.credential.net/6e2b9c14-7d0a-4f53-a8e1-3c9f5b7d2a60",
        ),
        Credential(
            title="AAT Level 2 Certificate in Accounting",
            issuer="AAT",
            short="AAT L2",
            issued_on="2018-06",
            credential_id="20114587",
        ),
        Credential(
            title="Xero Payroll Certified",
            issuer="Xero",
            short="Xero Payroll",
            issued_on="2023-11",
            expires_on="2024-11",
        ),
        Credential(
            title="Microsoft Office Specialist: Excel Associate (Microsoft 365 Apps)",
            issuer="Microsoft",
            short="MOS Excel",
            issued_on="2022-03",
            credential_id="wXyZ-7Fk3",
            url=CREDLY.format("9a4e2f71-3b6c-4d08-b1e5-7c2a0d9f4e38"),
        ),
        Credential(
            title="Adult Mental Health First Aid",
            issuer="MHFA England",
            short="MHFA",
            issued_on="2024-04",
            expires_on="2027-04",
        ),
    ),
    section_negatives=(
        "CIPP Foundation Degree in Payroll Management: year 1 of 2, completion expected 2027",
        "Sage 300 People training: registered for the spring intake",
    ),
    skills=(
        "Sage 200 Payroll",
        "BrightPay",
        "RTI / HMRC",
        "Pensions auto-enrolment",
        "Excel (Power Query)",
        "Xero",
    ),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/siobhan-mccready-payroll"),),
    post_nominal_claims=(
        Credential(
            title="Member of the Chartered Institute of Payroll Professionals (MCIPP)",
            issuer="Chartered Institute of Payroll Professionals (CIPP)",
            short="MCIPP",
        ),
    ),
)

BEAUTY = Content(
    key="b21-beauty-limassol",
    name="Eleni Charalambidou",
    post_nominals=(),
    headline="Senior Beauty Therapist",
    email="eleni.charalambidou@example.com.cy",
    phone="+357 99 482 117",
    location="Limassol, Cyprus",
    summary=(
        "Beauty therapist with ten years in hotel spas: facials, advanced skin, laser hair "
        "removal, waxing and nails. Studying for the CIDESCO Post-Graduate Diploma in Spa "
        "Therapy."
    ),
    employer="Amathus Bay Resort & Spa",
    role="Senior Beauty Therapist",
    bullets=(
        "Run 30+ treatments a week; the spa's top-rated therapist on guest surveys since 2022.",
        "The spa holds a Forbes Travel Guide Five-Star rating and uses ECOCERT certified products.",
        "Trained four junior therapists in laser safety and consultation records.",
    ),
    credentials=(
        Credential(
            title="CIDESCO Diploma in Beauty Therapy",
            issuer="CIDESCO International",
            short="CIDESCO",
            issued_on="2016-06",
            credential_id="CD-2016-11842",
        ),
        Credential(
            title="Level 3 Diploma in Beauty Specialist Techniques",
            issuer="VTCT (ITEC)",
            short="ITEC L3",
            issued_on="2015-07",
        ),
        Credential(
            title="Level 4 Certificate in Laser and Light Treatments for Skin",
            issuer="VTCT",
            short="Laser L4",
            issued_on="2021-05",
            credential_id="VTCT-208817",
        ),
        Credential(
            title="Dermalogica Skin Therapist Certification",
            issuer="Dermalogica",
            short="Dermalogica",
            issued_on="2019",
            url=CREDLY.format("d3f81a62-0c4e-4b97-9a25-e6b7c0d81f4a"),
        ),
        Credential(
            title="Lycon Certified Waxing Therapist",
            issuer="Lycon Cosmetics",
            short="Lycon",
            issued_on="2018-10",
        ),
        Credential(
            title="First Aid at Work",
            issuer="Cyprus Red Cross Society",
            short="First Aid",
            issued_on="2023-02",
            expires_on="2026-02",
            credential_id="CRCS-23-0419",
        ),
    ),
    section_negatives=(
        "CIDESCO Post-Graduate Diploma in Spa Therapy: studying, exam expected June 2027",
    ),
    skills=(
        "Advanced facials",
        "Laser & IPL",
        "Hot wax",
        "Gel nails",
        "Skin analysis",
        "Greek / English / Russian",
    ),
    contact_links=(("Instagram", "https://www.instagram.com/eleni.skinstudio"),),
)

HELPDESK = Content(
    key="b21-helpdesk-portofspain",
    name="Kareem Ramdial",
    post_nominals=(),
    headline="IT Help Desk Technician",
    email="kareem.ramdial@example.tt",
    phone="+1 868 555 0192",
    location="Port of Spain, Trinidad and Tobago",
    summary=(
        "First- and second-line support for 600 users: Windows 11, Microsoft 365, Intune, "
        "printers and the phones. CompTIA Network+ exam booked; studying for the CCNA."
    ),
    employer="Caribbean Mutual Insurance Co.",
    role="Help Desk Technician II",
    bullets=(
        "Close 35-45 tickets a day in Freshservice at 96% first-contact resolution.",
        "Our service desk achieved ISO/IEC 20000-1 certification in 2023; I wrote its runbooks.",
        "Set up Autopilot enrolment for 240 new laptops across three branches.",
    ),
    credentials=(
        Credential(
            title="CompTIA A+ ce",
            issuer="CompTIA",
            short="A+",
            issued_on="2021-04",
            expires_on="2024-04",
            credential_id="COMP001021987734",
            url=CREDLY.format("5c0e7b93-2a41-4f6d-8e17-b4d9a2c6f015"),
        ),
        Credential(
            title="ITIL 4 Foundation",
            issuer="PeopleCert",
            short="ITIL 4",
            issued_on="2022-10",
            credential_id="GR671058832KR",
        ),
        Credential(
            title="Microsoft 365 Certified: Endpoint Administrator Associate",
            issuer="Microsoft",
            short="MD-102",
            issued_on="2024-06",
            expires_on="2027-06",
            credential_id="C81D4E2A7B3F6905",
            url=(
                "https://learn.microsoft.com/api/credentials/share/en-us/KareemRamdial-4412/"
                "C81D4E2A7B3F6905?sharingId=3B7F2E9D1A6C4508"
            ),
        ),
        Credential(
            title="Google IT Support Professional Certificate",
            issuer="Google",
            short="Google IT Support",
            issued_on="2020-08",
            url="https://www.coursera.org/account/accomplishments/professional-cert/7KQ2XPLM9RTV",
        ),
        Credential(
            title="HDI Desktop Support Technician (HDI-DST)",
            issuer="HDI",
            short="HDI-DST",
            issued_on="2023-03",
            expires_on="2026-03",
            credential_id="HDI-310774",
        ),
    ),
    section_negatives=(
        "CompTIA Network+ (N10-009): exam booked for 15 Feb 2027",
        "Cisco CCNA: currently studying",
    ),
    skills=(
        "Windows 11",
        "Microsoft 365 admin",
        "Intune / Autopilot",
        "Active Directory",
        "Freshservice",
        "Networking basics",
    ),
    contact_links=(("GitHub", "https://github.com/kramdial-it"),),
)
