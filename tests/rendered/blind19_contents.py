"""blind-19's contents: eight ordinary résumés, the first four in ``blind19_people.py``.

Made in session 15 by a helper (a19) who never read the extractor nor its tests. ``EXTRAS``
holds what a résumé has besides the shared ``Content`` fields (the years in the current job, an
earlier job, the education); none of it is a claim: a degree is not a credential listed, and the
labels hold only the credentials and the post-nominals' (see ``generate.labels_for``).
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.rendered.blind19_people import ADVISOR, CODER, HVAC, KITCHEN
from tests.rendered.contents import Content, Credential

SOLAR = Content(
    key="b19-solar-fresno",
    name="Ana Belén Cortez",
    post_nominals=(),
    headline="Lead Solar PV Installer",
    email="anabelen.cortez@example.com",
    phone="(559) 555-0148",
    location="Fresno, CA",
    summary=(
        "Solar PV installer and crew lead with eight years on residential rooftop, "
        "ground-mount and battery jobs in the Central Valley."
    ),
    employer="Valley Sun Electric",
    role="Lead PV Installer",
    bullets=(
        "Lead a four-person crew on 220+ residential rooftop and ground-mount systems a year.",
        "Our company is a Tesla Powerwall Certified Installer; I commission 60+ Powerwalls a year.",
        "Took Enphase University's IQ8 commissioning course (online, self-paced).",
    ),
    credentials=(
        Credential(
            title="NABCEP PV Installation Professional (PVIP)",
            issuer="North American Board of Certified Energy Practitioners (NABCEP)",
            short="NABCEP PVIP",
            issued_on="2024-04",
            expires_on="2027-04",
            credential_id="PVIP-040624-7712",
            url="https://www.credly.com/badges/e4d17a90-2b6c-4c83-9f05-81a3b6d2c7e9/public_url",
        ),
        Credential(
            title="NABCEP PV Associate",
            issuer="North American Board of Certified Energy Practitioners (NABCEP)",
            short="NABCEP PV Associate",
            issued_on="2019-08",
            expires_on="2022-08",
            credential_id="PVA-190815-3391",
        ),
        Credential(
            title="General Electrician Certification",
            issuer="California Department of Industrial Relations (DIR)",
            short="General Electrician",
            issued_on="2021-01",
            expires_on="2027-01",
            credential_id="GE 231874",
        ),
        Credential(
            title="OSHA 30-Hour Construction",
            issuer="OSHA Outreach Training Program",
            short="OSHA 30",
            issued_on="2020",
            credential_id="37-011934827",
        ),
        Credential(
            title="Adult First Aid/CPR/AED",
            issuer="American Red Cross",
            short="First Aid/CPR/AED",
            issued_on="2025-03",
            expires_on="2027-03",
            credential_id="01A3X9K",
        ),
    ),
    section_negatives=(
        "NABCEP Energy Storage Installation Professional (ESIP): exam scheduled 02/2027",
        "C-10 Electrical Contractor License: application under review",
    ),
    skills=(
        "Rooftop PV",
        "Ground mount",
        "Powerwall / battery storage",
        "Enphase IQ8",
        "Conduit bending",
        "Spanish (native)",
    ),
)

TRAINER = Content(
    key="b19-trainer-sandiego",
    name="Kayla Morrissey",
    post_nominals=("NASM-CPT", "CES"),
    headline="Certified Personal Trainer",
    email="kayla.morrissey@example.com",
    phone="(619) 555-0171",
    location="San Diego, CA",
    summary=(
        "Personal trainer and small-group coach for six years: strength, mobility and return "
        "to training after injury, with nutrition coaching."
    ),
    employer="Harbor Point Fitness",
    role="Personal Trainer & Small-Group Coach",
    bullets=(
        "Train 22 regular clients; 91% of them renew their 12-week packages.",
        "Recommend only Informed Sport certified supplements to clients who compete.",
        "Attended a weekend StrongFirst kettlebell workshop in 2025.",
    ),
    credentials=(
        Credential(
            title="NASM Certified Personal Trainer (NASM-CPT)",
            issuer="National Academy of Sports Medicine (NASM)",
            short="NASM-CPT",
            issued_on="2020-02",
            expires_on="2028-02",
            credential_id="1192735604",
            url="https://www.credly.com/badges/a07f3e5d-6c21-4b98-8e4d-c3b5f9a16e20/public_url",
        ),
        Credential(
            title="NASM Corrective Exercise Specialist (NASM-CES)",
            issuer="National Academy of Sports Medicine (NASM)",
            short="NASM-CES",
            issued_on="2021-09",
            url="https://www.credly.com/badges/56b2d8e0-f4a7-4391-b0c6-7e8d2a9f3c14",
        ),
        Credential(
            title="Precision Nutrition Level 1 Certification (PN1-NC)",
            issuer="Precision Nutrition",
            short="PN1",
            issued_on="2022-05",
            url="https://www.credential.net/c8a41f2e-7d93-4e05-a6b1-29f0e8d4c7a6",
        ),
        Credential(
            title="Adult and Pediatric First Aid/CPR/AED",
            issuer="American Red Cross",
            short="First Aid/CPR/AED",
            issued_on="2025-01",
            expires_on="2027-01",
            credential_id="0A4ZJ7K",
        ),
        Credential(
            title="ACE Group Fitness Instructor",
            issuer="American Council on Exercise (ACE)",
            short="ACE GFI",
            issued_on="2019-06",
            expires_on="2023-06",
            credential_id="G1187346",
        ),
    ),
    section_negatives=(
        "NASM Performance Enhancement Specialist (PES): in progress, 40% complete",
        "ACSM Certified Exercise Physiologist: exam scheduled for March 2027",
    ),
    skills=(
        "Strength programming",
        "Mobility",
        "Kettlebells",
        "Nutrition coaching",
        "Trainerize",
        "Spanish (conversational)",
    ),
    contact_links=(("Instagram", "https://www.instagram.com/kaylatrains.sd"),),
)

PHARMACY_TECH = Content(
    key="b19-pharmtech-louisville",
    name="Tamika Rowe",
    post_nominals=("CPhT",),
    headline="Lead Pharmacy Technician",
    email="tamika.rowe@example.com",
    phone="(502) 555-0134",
    location="Louisville, KY",
    summary=(
        "Pharmacy technician for nine years in community and specialty pharmacy: dispensing, "
        "sterile compounding, inventory and insurance rejections."
    ),
    employer="Bluegrass Community Pharmacy",
    role="Lead Pharmacy Technician",
    bullets=(
        "Process 450+ prescriptions a day and lead a team of five technicians.",
        "Helped the pharmacy earn URAC Specialty Pharmacy accreditation in 2025.",
        "Completed a wholesaler's webinar series on inventory management.",
    ),
    credentials=(
        Credential(
            title="Certified Pharmacy Technician (CPhT)",
            issuer="Pharmacy Technician Certification Board (PTCB)",
            short="CPhT",
            issued_on="2018-07",
            expires_on="2027-07",
            credential_id="1487203",
            url="https://www.credly.com/badges/9d3e6f12-a8b4-4c07-b51e-f2c0a7d9e384/public_url",
        ),
        Credential(
            title="Compounded Sterile Preparation Technician (CSPT)",
            issuer="Pharmacy Technician Certification Board (PTCB)",
            short="CSPT",
            issued_on="2022-03",
            expires_on="2027-03",
            url="https://www.credly.com/badges/2b7c9a40-d5e3-4f16-8c0a-b49e1f6d7a25",
        ),
        Credential(
            title="Pharmacy Technician Registration",
            issuer="Kentucky Board of Pharmacy",
            short="KY Technician Registration",
            issued_on="2017-11",
            expires_on="2027-03",
            credential_id="PT-08731",
        ),
        Credential(
            title="Basic Life Support (BLS) Provider",
            issuer="American Heart Association",
            short="BLS",
            issued_on="2025-04",
            expires_on="2027-04",
            credential_id="245730168822",
        ),
        Credential(
            title="Pharmacy-Based Immunization Delivery for Pharmacy Technicians",
            issuer="American Pharmacists Association (APhA)",
            short="APhA Immunization (Technicians)",
            issued_on="2023-10",
        ),
    ),
    section_negatives=(
        "Advanced Certified Pharmacy Technician (CPhT-Adv): 3 of 4 certificates completed",
        "Technician-in-charge designation: application in progress",
    ),
    skills=(
        "PioneerRx",
        "Sterile compounding (USP 797)",
        "Prior authorizations",
        "Inventory (cycle counts)",
        "Immunizations",
        "Team scheduling",
    ),
)

SECURITY = Content(
    key="b19-security-birmingham",
    name="Callum Fairbairn",
    post_nominals=(),
    headline="Door Supervisor & Security Team Leader",
    email="callum.fairbairn@example.co.uk",
    phone="07700 900 388",
    location="Birmingham, UK",
    summary=(
        "Licensed door supervisor and team leader with seven years in city-centre venues, "
        "events and retail: searches, conflict management, first aid and incident reports."
    ),
    employer="Midland Shield Security Ltd",
    role="Door Supervisor & Team Leader",
    bullets=(
        "Lead a team of nine door staff across two city-centre venues (2,400 capacity).",
        "The venues hold Best Bar None accreditation; I kept the logs for its 2025 assessment.",
        "Completed the council's Ask for Angela welfare course.",
    ),
    credentials=(
        Credential(
            title="SIA Door Supervisor Licence",
            issuer="Security Industry Authority (SIA)",
            short="SIA Door Supervisor",
            issued_on="2024-03",
            expires_on="2027-03",
            credential_id="1017 4832 9165 2204",
        ),
        Credential(
            title="SIA CCTV (Public Space Surveillance) Licence",
            issuer="Security Industry Authority (SIA)",
            short="SIA CCTV",
            issued_on="2020-06",
            expires_on="2023-06",
            credential_id="1017 2259 8843 0117",
        ),
        Credential(
            title="Emergency First Aid at Work (Level 3)",
            issuer="Qualsafe Awards",
            short="EFAW",
            issued_on="2025-09",
            expires_on="2028-09",
            credential_id="QA 7736104",
        ),
        Credential(
            title="Level 2 Award for Door Supervisors in the Private Security Industry",
            issuer="Highfield Qualifications",
            short="Level 2 Door Supervision",
            issued_on="2019",
            credential_id="HQ-19-0483327",
        ),
        Credential(
            title="ACT Awareness e-Learning",
            issuer="ProtectUK",
            short="ACT Awareness",
            issued_on="2023-04",
        ),
    ),
    section_negatives=(
        "SIA Close Protection Licence: training booked for January 2027",
        "Venue accreditation: Best Bar None (the employer's award, not mine)",
    ),
    skills=(
        "Conflict management",
        "Searching",
        "Incident reports",
        "Body-worn video",
        "Radio procedure",
        "Crowd safety",
    ),
)

BLIND19_CONTENTS: tuple[Content, ...] = (
    HVAC,
    CODER,
    KITCHEN,
    ADVISOR,
    SOLAR,
    TRAINER,
    PHARMACY_TECH,
    SECURITY,
)


@dataclass(frozen=True)
class Extra:
    """What a résumé holds besides ``Content``: the month the current job began, an earlier
    job (title, employer, years) and the education."""

    since: str
    earlier: tuple[str, str, str]
    education: tuple[str, ...]


EXTRAS: dict[str, Extra] = {
    HVAC.key: Extra(
        "2018-04", ("HVAC Installer", "Midwest Air Pros", "2014 – 2018"),
        ("HVAC/R Technology diploma, Metropolitan Community College, 2014",)),
    CODER.key: Extra(
        "2019-01", ("Medical Billing Specialist", "Saint Francis Health", "2016 – 2018"),
        ("AAS Health Information Technology, Tulsa Community College, 2016",)),
    KITCHEN.key: Extra(
        "2021-03", ("Sous Chef", "The Larkspur Room", "2017 – 2021"),
        ("AAS Culinary Arts, Nashville State Community College, 2015",)),
    ADVISOR.key: Extra(
        "2020-02", ("Financial Representative", "Carolina Mutual Group", "2016 – 2020"),
        ("BS Finance, UNC Charlotte, 2016",)),
    SOLAR.key: Extra(
        "2021-05", ("PV Installer", "SunCentral Solar", "2018 – 2021"),
        ("Electrical Technology certificate of achievement, Fresno City College, 2018",)),
    TRAINER.key: Extra(
        "2022-01", ("Fitness Coach", "Mission Bay Athletic Club", "2019 – 2021"),
        ("BS Kinesiology, San Diego State University, 2019",)),
    PHARMACY_TECH.key: Extra(
        "2020-06", ("Pharmacy Technician", "Ohio Valley Drug", "2017 – 2020"),
        ("Pharmacy Technician program, Jefferson Community and Technical College, 2017",)),
    SECURITY.key: Extra(
        "2021-08", ("Door Supervisor", "Brumside Events Security", "2019 – 2021"),
        ("BTEC Level 3 Uniformed Protective Services, South & City College, 2018",)),
}  # fmt: skip
