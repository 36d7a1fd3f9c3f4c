"""The "blind-10" group's own contents: six résumés the extractor was never tuned on.

Written in session 9 by a helper who never read the extractor nor its tests. People and trades
the other groups do not have: a registered dietitian in Minnesota, a sports physiotherapist in
Melbourne and a commercial-lines underwriter in Connecticut (here), a game developer in Kraków,
a veterinary technician specialist in Ohio and a court and healthcare interpreter in Los Angeles
(``blind10_people.py``). Every person, employer, credential ID and URL is invented; the
credentials are real ones from real issuers (state boards and departments, the Commission on
Dietetic Registration, Ahpra, The Institutes, Unity, Scrum.org, AWS, the C++ Institute, AVECCTN,
Fear Free, CCHI, the ATA, the Judicial Council of California, Coursera, edX and LinkedIn Learning
courses, Credly and Accredible badges). A date may be a bare year. Post-nominals may name a
degree ("MS"), which is no credential. ``section_negatives`` are written near the credentials
but are not held: an exam booked, a credential part-way through its hours or modules, an
application pending. Bullets hold distractors too: an employer's or a product's certification,
accreditation or rating.
"""

from __future__ import annotations

from tests.rendered.blind10_people import GAME_DEVELOPER, INTERPRETER, VET_TECH
from tests.rendered.contents import Content, Credential

_DIETITIAN = Content(
    key="b10-dietitian",
    name="Amara Nwosu-Lindqvist",
    post_nominals=("MS", "RDN", "LD", "CDCES"),
    headline="Clinical Dietitian, Diabetes and Weight Management",
    email="amara.nwosu.rdn@outlook.com",
    phone="+1 612 555 0143",
    location="Minneapolis, Minnesota, USA",
    summary=(
        "Outpatient dietitian for adults with type 2 diabetes, prediabetes and obesity: "
        "medical nutrition therapy, GLP-1 nutrition support, CGM-guided meal planning and "
        "group education in English and Somali through an interpreter."
    ),
    employer="North Loop Health Partners",
    role="Clinical Dietitian II, Endocrinology Clinic",
    bullets=(
        "Ran the dietitian workstream of the hospital's Baby-Friendly USA redesignation",
        "Built a 10-week group class for 300 patients a year; mean HbA1c fell 0.8 points",
        "Audited the clinic's diabetes programme ahead of its ADA Education Recognition renewal",
    ),
    credentials=(
        Credential(
            title="Registered Dietitian Nutritionist (RDN)",
            issuer="Commission on Dietetic Registration",
            short="RDN",
            issued_on="2014-08",
            expires_on="2029-05",
            credential_id="1083472",
        ),
        Credential(
            title="Licensed Dietitian (LD)",
            issuer="Minnesota Board of Dietetics and Nutrition Practice",
            short="MN LD",
            issued_on="2014-10",
            expires_on="2026-12",
            credential_id="2473",
        ),
        Credential(
            title="Certified Diabetes Care and Education Specialist (CDCES)",
            issuer="Certification Board for Diabetes Care and Education",
            short="CDCES",
            issued_on="2021-11",
            expires_on="2026-12",
            credential_id="2140388",
        ),
        Credential(
            title="Certificate of Training in Obesity for Pediatrics and Adults",
            issuer="Commission on Dietetic Registration",
            short="CDR Obesity Certificate",
            issued_on="2018-03",
        ),
        Credential(
            title="ServSafe Food Protection Manager Certification",
            issuer="National Restaurant Association",
            short="ServSafe Manager",
            issued_on="2023-02",
            expires_on="2028-02",
            credential_id="21984437",
        ),
        Credential(
            title="Stanford Introduction to Food and Health",
            issuer="Stanford University (Coursera)",
            short="Food and Health (Coursera)",
            issued_on="2020-06",
            url="https://www.coursera.org/account/accomplishments/verify/QH7W2LK9XRDF",
        ),
        Credential(
            title="Nutrition and Health: Macronutrients and Overnutrition",
            issuer="WageningenX (edX)",
            short="Macronutrients (edX)",
            issued_on="2019",
            url="https://courses.edx.org/certificates/4f2b8c1e9d7a4e6b8a3c5d1f0e2a7b94",
        ),
    ),
    section_negatives=(
        "Certified Specialist in Sports Dietetics (CSSD): 1,200 of the 2,000 practice hours "
        "logged, exam planned for 2027",
        "Board Certified Specialist in Obesity and Weight Management (CSOWM) — eligible to sit "
        "the exam from 2026",
    ),
    skills=(
        "Medical nutrition therapy",
        "Epic",
        "Dexcom Clarity",
        "Motivational interviewing",
        "Somali (conversational)",
        "Nutrition-focused physical exam",
    ),
    contact_links=(
        ("linkedin.com/in/amara-nwosu-rdn", "https://www.linkedin.com/in/amara-nwosu-rdn"),
    ),
)

_PHYSIOTHERAPIST = Content(
    key="b10-physiotherapist",
    name="Lachlan Tran-McAllister",
    post_nominals=("APAM",),
    headline="Sports and Exercise Physiotherapist",
    email="lachlan.tranmc@bigpond.com",
    phone="+61 412 555 907",
    location="Melbourne, Victoria, Australia",
    summary=(
        "Physiotherapist in a private sports clinic and with a VFL club: ACL reconstruction "
        "rehabilitation, return-to-run programmes, load monitoring with GPS data and clinical "
        "Pilates for chronic low-back pain."
    ),
    employer="Yarra Bend Sports Physio",
    role="Senior Physiotherapist",
    bullets=(
        "Took the clinic through its Quality Innovation Performance (QIP) accreditation",
        "Designed the club's hamstring-injury screening; soft-tissue injuries fell by a third",
        "Supervised 12 final-year students on clinical placement each year",
    ),
    credentials=(
        Credential(
            title="Physiotherapist, General Registration",
            issuer="Physiotherapy Board of Australia (Ahpra)",
            short="Ahpra registration",
            issued_on="2016-01",
            expires_on="2026-11",
            credential_id="PHY0002194763",
        ),
        Credential(
            title="APA Titled Sports and Exercise Physiotherapist",
            issuer="Australian Physiotherapy Association",
            short="APA Titled Sports Physio",
            issued_on="2021-07",
        ),
        Credential(
            title="Certified Mulligan Practitioner (CMP)",
            issuer="Mulligan Concept Teachers Association",
            short="CMP",
            issued_on="2020-09",
            credential_id="CMP-AU-0417",
        ),
        Credential(
            title="Clinical Pilates Instructor Certification",
            issuer="Australian Physiotherapy and Pilates Institute (APPI)",
            short="APPI Clinical Pilates",
            issued_on="2018-05",
            url="https://www.credential.net/9c1e4a7b-25d8-4f60-b3e9-7a0d2c6f8e15",
        ),
        Credential(
            title="Level 1 Sports Trainer Accreditation",
            issuer="Sports Medicine Australia",
            short="SMA Sports Trainer L1",
            issued_on="2022-03",
            expires_on="2025-03",
        ),
        Credential(
            title="HLTAID011 Provide First Aid",
            issuer="St John Ambulance Australia",
            short="First Aid (HLTAID011)",
            issued_on="2025-02",
            expires_on="2028-02",
            credential_id="7713045",
        ),
        Credential(
            title="Anatomy: Musculoskeletal and Integumentary Systems",
            issuer="University of Michigan (Coursera)",
            short="Anatomy (Coursera)",
            issued_on="2017-04",
            url="https://www.coursera.org/account/accomplishments/verify/M8JX3RZQ5TWA",
        ),
    ),
    section_negatives=(
        "Master of Sports Physiotherapy, La Trobe University: second year of three",
        "Specialist Sports Physiotherapist (FACP) — eligible to apply for the Fellowship in 2028",
    ),
    skills=(
        "ACL rehabilitation",
        "GPS load monitoring",
        "Dry needling",
        "Hydrotherapy",
        "Physitrack",
        "Vietnamese",
    ),
    contact_links=(
        ("linkedin.com/in/lachlan-tran-physio", "https://www.linkedin.com/in/lachlan-tran-physio"),
    ),
    post_nominal_claims=(
        Credential(
            title="Member of the Australian Physiotherapy Association (APAM)",
            issuer="Australian Physiotherapy Association",
            short="APAM",
        ),
    ),
)

_UNDERWRITER = Content(
    key="b10-underwriter",
    name="Deborah Achterberg-Osei",
    post_nominals=("CPCU", "AU"),
    headline="Senior Commercial Lines Underwriter, Middle Market",
    email="d.achterberg.osei@gmail.com",
    phone="+1 860 555 0172",
    location="Hartford, Connecticut, USA",
    summary=(
        "Underwriter for middle-market manufacturers and distributors: property, general "
        "liability and umbrella, $25M of written premium, broker management across New England "
        "and pricing with predictive-model scores."
    ),
    employer="Charter Oak Mutual Insurance Company",
    role="Senior Underwriter, Middle Market Commercial",
    bullets=(
        "Grew a $25M book at a 58% loss ratio while the carrier kept its A.M. Best A+ rating",
        "Underwrote plants certified to ISO 9001 and ISO 14001 with engineering from risk control",
        "Mentored four underwriting trainees through the company's Underwriting Academy",
    ),
    credentials=(
        Credential(
            title="Chartered Property Casualty Underwriter (CPCU)",
            issuer="The Institutes",
            short="CPCU",
            issued_on="2019-09",
            url="https://www.credly.com/badges/3c81f0a4-6e2d-4b97-a5f1-0d94c2e7b368/public_url",
        ),
        Credential(
            title="Associate in Commercial Underwriting (AU)",
            issuer="The Institutes",
            short="AU",
            issued_on="2016-05",
            url="https://www.credly.com/badges/a92d5e07-1b4c-48f3-8e6a-5c0f9d2b7e41/public_url",
        ),
        Credential(
            title="Associate in Insurance Data Analytics (AIDA)",
            issuer="The Institutes",
            short="AIDA",
            issued_on="2023-02",
        ),
        Credential(
            title="Certified Insurance Counselor (CIC)",
            issuer="The National Alliance for Insurance Education & Research",
            short="CIC",
            issued_on="2018-11",
            expires_on="2026-11",
            credential_id="44120",
        ),
        Credential(
            title="Property and Casualty Producer License",
            issuer="Connecticut Insurance Department",
            short="CT P&C License",
            issued_on="2015-03",
            expires_on="2027-03",
            credential_id="2411879",
        ),
        Credential(
            title="Excel Skills for Business: Essentials",
            issuer="Macquarie University (Coursera)",
            short="Excel Essentials (Coursera)",
            issued_on="2021-01",
            url="https://www.coursera.org/account/accomplishments/verify/7KDPWX2M4QNS",
        ),
    ),
    section_negatives=(
        "Associate in Risk Management (ARM): ARM 54 passed; ARM 55 and ARM 56 still to sit",
        "Surplus lines broker license: application pending with the Connecticut Insurance "
        "Department",
    ),
    skills=(
        "Guidewire PolicyCenter",
        "ISO commercial forms",
        "Lean Six Sigma tools",
        "Catastrophe modelling (RMS)",
        "Broker negotiation",
    ),
    contact_links=(("Credly profile", "https://www.credly.com/users/deborah-achterberg-osei"),),
)

BLIND10_CONTENTS: tuple[Content, ...] = (
    _DIETITIAN,
    _PHYSIOTHERAPIST,
    _UNDERWRITER,
    GAME_DEVELOPER,
    VET_TECH,
    INTERPRETER,
)
