"""blind-17's first four people (the other four are in ``blind17_contents.py``).

Made in session 14 by a helper who never read the extractor nor blind-15's or blind-16's files:
ordinary résumés in trades no earlier group has. Every person, employer, number and address is
invented; the credentials are real ones, from their real issuers, their numbers and addresses in
the shapes those issuers use. What a recruiter must not count as held (a course in progress, an
exam booked, the employer's certification, a course told in a bullet) is in
``section_negatives``, the summary and the bullets, never in the labels.
"""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

NURSE_PRACTITIONER = Content(
    key="b17-np-denver",
    name="Dana Whitfield",
    post_nominals=("APRN", "FNP-C"),
    headline="Family Nurse Practitioner",
    email="dana.whitfield@example.com",
    phone="(303) 555-0147",
    location="Denver, CO",
    summary=(
        "Board-certified family nurse practitioner with nine years in primary and urgent care. "
        "Enrolled in Regis University's post-master's PMHNP certificate (expected May 2027)."
    ),
    employer="Front Range Community Health",
    role="Family Nurse Practitioner",
    bullets=(
        "Manage a panel of 1,400 patients across chronic care, women's health and pediatrics.",
        "Helped the clinic earn NCQA Patient-Centered Medical Home recognition in 2024.",
        "Completed a point-of-care ultrasound course while launching same-day visits.",
    ),
    credentials=(
        Credential(
            title="Family Nurse Practitioner (FNP-C)",
            issuer="American Academy of Nurse Practitioners Certification Board (AANPCB)",
            short="FNP-C",
            issued_on="2024-08",
            expires_on="2029-08",
            credential_id="F0819274",
        ),
        Credential(
            title="Advanced Practice Registered Nurse (APRN) License",
            issuer="Colorado Board of Nursing",
            short="APRN",
            issued_on="2019-10",
            expires_on="2027-09",
            credential_id="APRN.0004821",
        ),
        Credential(
            title="Registered Nurse (RN) License",
            issuer="Colorado Board of Nursing",
            short="RN",
            issued_on="2016-06",
            expires_on="2027-09",
            credential_id="RN.1637902",
        ),
        Credential(
            title="DEA Controlled Substance Registration",
            issuer="U.S. Drug Enforcement Administration",
            short="DEA",
            issued_on="2020-01",
            expires_on="2027-01",
            credential_id="MW4827361",
        ),
        Credential(
            title="Advanced Cardiovascular Life Support (ACLS) Provider",
            issuer="American Heart Association",
            short="ACLS",
            issued_on="2025-02",
            expires_on="2027-02",
            credential_id="255718043226",
        ),
        Credential(
            title="Basic Life Support (BLS) Provider",
            issuer="American Heart Association",
            short="BLS",
            issued_on="2025-02",
            expires_on="2027-02",
            credential_id="255718043227",
        ),
    ),
    section_negatives=(
        "Psychiatric-Mental Health NP (PMHNP) post-master's certificate: in progress, May 2027",
        "ANCC PMHNP-BC board exam: eligible after the program",
    ),
    skills=(
        "Epic",
        "Chronic disease management",
        "Suturing",
        "Spanish (conversational)",
        "Telehealth",
        "Contraception counseling",
    ),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/dana-whitfield-fnp"),),
)

ELECTRICIAN = Content(
    key="b17-electrician-austin",
    name="Luis Cárdenas",
    post_nominals=(),
    headline="Journeyman Electrician",
    email="luis.cardenas@example.net",
    phone="(512) 555-0183",
    location="Austin, TX",
    summary=(
        "Licensed journeyman electrician: four years as an apprentice and three as a journeyman "
        "on commercial and multifamily work. Sitting the Texas Master Electrician exam in 2027."
    ),
    employer="Lone Star Electrical Contractors",
    role="Journeyman Electrician",
    bullets=(
        "Ran crews of four on tilt-wall warehouse builds up to 220,000 sq ft.",
        "Installed the service and switchgear for the contractor's LEED Gold certified office.",
        "Took a Siemens VFD start-up course on the job to commission 40 HVAC drives.",
    ),
    credentials=(
        Credential(
            title="Journeyman Electrician License",
            issuer="Texas Department of Licensing and Regulation (TDLR)",
            short="Journeyman Electrician",
            issued_on="2023-05",
            expires_on="2027-05",
            credential_id="187432",
        ),
        Credential(
            title="Apprentice Electrician License",
            issuer="Texas Department of Licensing and Regulation (TDLR)",
            short="Apprentice Electrician",
            issued_on="2019-04",
            expires_on="2023-04",
            credential_id="315906",
        ),
        Credential(
            title="OSHA 30-Hour Construction Safety",
            issuer="Occupational Safety and Health Administration (OSHA)",
            short="OSHA 30",
            issued_on="2021-09",
            credential_id="36-0459217",
        ),
        Credential(
            title="NFPA 70E Electrical Safety in the Workplace",
            issuer="National Fire Protection Association (NFPA)",
            short="NFPA 70E",
            issued_on="2025-01",
            expires_on="2028-01",
        ),
        Credential(
            title="Electrical Level 4",
            issuer="NCCER",
            short="NCCER Electrical Level 4",
            issued_on="2022-11",
            credential_id="4418293",
            url="https://www.credly.com/badges/f37f5609-8e2d-47af-8fe2-b5e7d6cc93cf/public_url",
        ),
        Credential(
            title="Adult First Aid/CPR/AED",
            issuer="American Red Cross",
            short="First Aid/CPR/AED",
            issued_on="2025-06",
            expires_on="2027-06",
            credential_id="01L4GH7",
            url="https://www.redcross.org/take-a-class/qrcode?certnumber=01L4GH7",
        ),
    ),
    section_negatives=(
        "Texas Master Electrician License: exam scheduled, April 2027",
        "NABCEP PV Associate: studying",
    ),
    skills=("NEC 2023", "Conduit bending", "Switchgear", "Fire alarm", "Bluebeam", "Fluke meters"),
)

DATA_ANALYST = Content(
    key="b17-analyst-glasgow",
    name="Fiona McLeod",
    post_nominals=(),
    headline="Data Analyst",
    email="fiona.mcleod@example.co.uk",
    phone="+44 7700 900318",
    location="Glasgow, United Kingdom",
    summary=(
        "Data analyst who turns operational data into reports people use: SQL, Power BI and "
        "Python. Preparing for the Microsoft Fabric Analytics Engineer (DP-600) exam."
    ),
    employer="Clydeside Housing Association",
    role="Data Analyst",
    bullets=(
        "Rebuilt 30 Power BI reports on one star-schema model; refresh down from 50 to 6 min.",
        "Supported the association's Cyber Essentials Plus certification with asset reporting.",
        "Wrote the tenancy churn model after Coursera's Machine Learning Specialization course.",
    ),
    credentials=(
        Credential(
            title="Microsoft Certified: Power BI Data Analyst Associate",
            issuer="Microsoft",
            short="PL-300",
            issued_on="2023-03",
            expires_on="2027-03",
            credential_id="E96E06B975B564AF",
            url=(
                "https://learn.microsoft.com/api/credentials/share/en-gb/FionaMcLeod-3391/"
                "E96E06B975B564AF?sharingId=67CABE2F365E9733"
            ),
        ),
        Credential(
            title="Tableau Desktop Specialist",
            issuer="Tableau",
            short="Tableau Desktop Specialist",
            issued_on="2022-07",
            url="https://www.credly.com/badges/8103ec49-5508-4c92-b799-992b5652c629/public_url",
        ),
        Credential(
            title="Google Data Analytics Professional Certificate",
            issuer="Google",
            short="Google Data Analytics",
            issued_on="2021-11",
            credential_id="XK7PQ2LMNB4R",
            url="https://www.coursera.org/account/accomplishments/professional-cert/XK7PQ2LMNB4R",
        ),
        Credential(
            title="dbt Analytics Engineering Certification",
            issuer="dbt Labs",
            short="dbt Analytics Engineering",
            issued_on="2024-10",
            expires_on="2026-10",
            url="https://www.credly.com/badges/a72ac2e7-d8dd-4510-b004-f20426ac4919",
        ),
        Credential(
            title="Alteryx Designer Core Certification",
            issuer="Alteryx",
            short="Alteryx Designer Core",
            issued_on="2022-02",
            url="https://www.credly.com/badges/1d6d0cc2-a53e-4d64-887a-059019861b16/public_url",
        ),
    ),
    section_negatives=(
        "Microsoft Certified: Fabric Analytics Engineer Associate (DP-600): exam booked, Jan 2027",
        "Tableau Certified Data Analyst: in progress",
    ),
    skills=("SQL", "Power BI", "DAX", "Python (pandas)", "Tableau", "Excel", "dbt"),
    contact_links=(("GitHub", "https://github.com/fionamcleod-data"),),
)

WAREHOUSE = Content(
    key="b17-warehouse-memphis",
    name="Darnell Hayes",
    post_nominals=(),
    headline="Warehouse Operations Supervisor",
    email="darnell.hayes@example.com",
    phone="(901) 555-0126",
    location="Memphis, TN",
    summary=(
        "Warehouse supervisor with 12 years in third-party logistics, leading 45 associates "
        "across inbound, inventory control and outbound on two shifts. Working toward ASCM CSCP."
    ),
    employer="Mid-South Fulfillment Partners",
    role="Warehouse Operations Supervisor",
    bullets=(
        "Cut mis-picks 38% by re-slotting 9,000 SKUs and retraining pickers on RF scanners.",
        "Kept the site's C-TPAT certification and ISO 9001:2015 registration through two audits.",
        "Train 60 forklift operators a year since completing a train-the-trainer course.",
    ),
    credentials=(
        Credential(
            title="Forklift Operator Certification (Class I, IV, V)",
            issuer="National Safety Council",
            short="Forklift Operator",
            issued_on="2024-02",
            expires_on="2027-02",
            credential_id="NSC-PIT-558201",
        ),
        Credential(
            title="OSHA 10-Hour General Industry",
            issuer="Occupational Safety and Health Administration (OSHA)",
            short="OSHA 10",
            issued_on="2018-05",
            credential_id="25-0883716",
        ),
        Credential(
            title="Certified in Logistics, Transportation and Distribution (CLTD)",
            issuer="Association for Supply Chain Management (ASCM)",
            short="CLTD",
            issued_on="2022-09",
            expires_on="2027-09",
            credential_id="1123587",
            url="https://www.credly.com/badges/9f6ce447-b876-4797-95f3-919e240518b9/public_url",
        ),
        Credential(
            title="Certified Logistics Technician (CLT)",
            issuer="Manufacturing Skill Standards Council (MSSC)",
            short="CLT",
            issued_on="2019-03",
            credential_id="CLT-2019-044718",
        ),
        Credential(
            title="Certified Six Sigma Yellow Belt (CSSYB)",
            issuer="ASQ",
            short="CSSYB",
            issued_on="2020-06",
            credential_id="78412",
        ),
        Credential(
            title="Adult First Aid/CPR/AED",
            issuer="American Red Cross",
            short="First Aid/CPR/AED",
            issued_on="2025-08",
            expires_on="2027-08",
            credential_id="02M7KQ9",
            url="https://www.redcross.org/take-a-class/qrcode?certnumber=02M7KQ9",
        ),
    ),
    section_negatives=(
        "Certified Supply Chain Professional (CSCP), ASCM: in progress",
        "Facility certifications maintained: C-TPAT, ISO 9001:2015",
    ),
    skills=("Manhattan WMS", "RF scanning", "Cycle counting", "Labor planning", "Kaizen", "Excel"),
)
