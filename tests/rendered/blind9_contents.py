"""The "blind-9" group's own contents: six résumés the extractor was never tuned on.

Written in session 8 by a helper who never read the extractor. People the other groups do not
have, in trades most of them lack: a clinical pharmacist in Texas, an aircraft maintenance
engineer in Sweden, a middle-school mathematics teacher licensed in two US states, a SOC analyst
in Germany, a construction project manager in Chicago and a litigation paralegal in Seattle.
Every person, employer, credential ID and URL is invented; the credentials are real ones from
real issuers (state boards of pharmacy and education, the Board of Pharmacy Specialties,
Transportstyrelsen and the FAA, the NBPTS, GIAC, ISC2, GBCI, DBIA, NALA, ACEDS, a state's notary
commission, Coursera and edX courses, Credly and Accredible badges). A date may be a bare year.
``section_negatives`` are written near the credentials but are not held: an exam booked or
passed with the credential still pending, licence modules passed, coursework under way, a course
the person taught. Some bullets hold distractors too: an employer's certification, a building's
LEED rating, a course taught.
"""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

_PHARMACIST = Content(
    key="b9-pharmacist",
    name="Nguyễn Thị Thu Hà",
    post_nominals=("BCPS",),
    headline="Clinical Pharmacist, Internal Medicine",
    email="thuha.nguyen.rph@gmail.com",
    phone="+1 713 555 0186",
    location="Houston, Texas, USA",
    summary=(
        "Clinical pharmacist on a 36-bed internal-medicine unit: renal dosing, anticoagulation "
        "and vancomycin AUC monitoring, antimicrobial stewardship rounds and discharge "
        "medication reconciliation."
    ),
    employer="Bayou City Methodist Hospital",
    role="Clinical Pharmacist II",
    bullets=(
        "Cut IV-to-PO conversion time from 3.1 to 1.4 days with a pharmacist-driven protocol",
        "Precepted 14 PGY1 residents and taught the APhA immunization course as adjunct faculty",
        "Prepared the pharmacy for the hospital's Joint Commission re-accreditation survey",
    ),
    credentials=(
        Credential(
            title="Pharmacist License",
            issuer="Texas State Board of Pharmacy",
            short="TX RPh",
            issued_on="2016-07",
            expires_on="2026-11",
            credential_id="58214",
        ),
        Credential(
            title="Board Certified Pharmacotherapy Specialist (BCPS)",
            issuer="Board of Pharmacy Specialties",
            short="BCPS",
            issued_on="2019-11",
            expires_on="2026-12",
            credential_id="3191642",
        ),
        Credential(
            title="Pharmacy-Based Immunization Delivery",
            issuer="American Pharmacists Association (APhA)",
            short="APhA Immunizer",
            issued_on="2016-04",
        ),
        Credential(
            title="Delivering Medication Therapy Management Services",
            issuer="American Pharmacists Association (APhA)",
            short="APhA MTM",
            issued_on="2018-09",
            credential_id="MTM-18-440172",
        ),
        Credential(
            title="Basic Life Support (BLS) Provider",
            issuer="American Heart Association",
            short="BLS",
            issued_on="2025-05",
            expires_on="2027-05",
            credential_id="255418090427",
        ),
        Credential(
            title="Drug Discovery",
            issuer="University of California San Diego (Coursera)",
            short="Drug Discovery (Coursera)",
            issued_on="2021-02",
            url="https://www.coursera.org/account/accomplishments/verify/8RXK4TQ2ZN7M",
        ),
    ),
    section_negatives=(
        "Preparing for the BCIDP (Board Certified Infectious Diseases Pharmacist) exam, "
        "testing window May 2027",
        "Pharmacy technician registration, 2012–2015 (lapsed on licensure)",
    ),
    skills=("Epic Willow", "Vancomycin AUC dosing", "Anticoagulation", "Vietnamese", "Spanish"),
    contact_links=(
        ("linkedin.com/in/thuha-nguyen-pharmd", "https://linkedin.com/in/thuha-nguyen-pharmd"),
    ),
)

_AVIATION = Content(
    key="b9-aviation-engineer",
    name="Kristoffer af Klinteberg",
    post_nominals=(),
    headline="Licensed Aircraft Maintenance Engineer (B1.1)",
    email="k.afklinteberg@telia.se",
    phone="+46 70 555 31 08",
    location="Göteborg, Sweden",
    summary=(
        "B1.1 engineer on Boeing 737NG line and base maintenance: A- and C-checks, engine "
        "borescope inspections, defect rectification and certification of release to service."
    ),
    employer="Nordic Aero Technics AB",
    role="Licensed Aircraft Maintenance Engineer, Base Maintenance",
    bullets=(
        "Certified release to service on 60+ C-checks under the company's EASA Part-145 approval",
        "Ran borescope inspections on CFM56-7B engines and cut repeat findings by 22%",
        "Taught Module 7A (Maintenance Practices) practicals at the in-house Part-147 school",
    ),
    credentials=(
        Credential(
            title="EASA Part-66 Aircraft Maintenance Licence, Category B1.1",
            issuer="Transportstyrelsen (Swedish Transport Agency)",
            short="Part-66 B1.1",
            issued_on="2014-06",
            expires_on="2029-06",
            credential_id="SE.66.4471",
        ),
        Credential(
            title="Boeing 737-600/700/800/900 (CFM56) Type Training, Theory and Practical",
            issuer="Lufthansa Technical Training",
            short="B737NG type course",
            issued_on="2015-03",
            credential_id="LTT-B737-15-0318",
        ),
        Credential(
            title="FAA Airframe and Powerplant Mechanic Certificate",
            issuer="Federal Aviation Administration",
            short="FAA A&P",
            issued_on="2018-10",
            credential_id="4417362",
        ),
        Credential(
            title="Certified Six Sigma Green Belt (CSSGB)",
            issuer="ASQ",
            short="CSSGB",
            issued_on="2022-09",
            credential_id="71120",
            url="https://www.credly.com/badges/4e8a1c73-2b9f-4d06-a5e1-93c7f0b2d814",
        ),
        Credential(
            title="Introduction to Aeronautical Engineering",
            issuer="DelftX (edX)",
            short="Aeronautical Eng. (edX)",
            issued_on="2013",
            url="https://courses.edx.org/certificates/3c7b9e21d45a4f08b6e2a19c0d5f7e83",
        ),
    ),
    section_negatives=(
        "Part-66 B2 licence: modules 4 and 5 passed, module 13 booked for February 2027",
        "Airbus A320 family (CFM56/LEAP) type course: nominated for 2027",
    ),
    skills=("Boeing 737NG", "CFM56-7B", "Borescope", "AMOS", "Swedish", "English"),
)

_TEACHER = Content(
    key="b9-teacher",
    name="Marisol Castañeda-Whitfield",
    post_nominals=("NBCT",),
    headline="Middle School Mathematics Teacher",
    email="marisol.cw@protonmail.com",
    phone="+1 720 555 0143",
    location="Aurora, Colorado, USA",
    summary=(
        "Mathematics teacher for grades 6–8 with ten years in Illinois and Colorado public "
        "schools, leading the algebra-readiness programme and coaching new teachers."
    ),
    employer="Aurora Hills Middle School, Cherry Creek School District",
    role="Mathematics Teacher and Department Lead",
    bullets=(
        "Raised the share of 8th graders meeting CMAS math expectations from 41% to 58%",
        "Taught the district's Google Certified Educator Level 1 prep workshop to 60 colleagues",
        "Helped the school prepare its Cognia accreditation review",
    ),
    credentials=(
        Credential(
            title="Professional Teacher License, Secondary Mathematics (7–12)",
            issuer="Colorado Department of Education",
            short="CO Professional License",
            issued_on="2020-08",
            expires_on="2027-08",
            credential_id="0421987",
        ),
        Credential(
            title="Professional Educator License (PEL), Mathematics 5–8 endorsement",
            issuer="Illinois State Board of Education",
            short="IL PEL",
            issued_on="2014-06",
            expires_on="2029-06",
            credential_id="2413356",
        ),
        Credential(
            title="National Board Certification, Early Adolescence/Mathematics",
            issuer="National Board for Professional Teaching Standards",
            short="NBCT EA/Math",
            issued_on="2021-12",
            expires_on="2026-12",
        ),
        Credential(
            title="Google Certified Educator Level 2",
            issuer="Google for Education",
            short="Google Educator L2",
            issued_on="2023-03",
            expires_on="2026-03",
            url="https://www.credly.com/badges/a13f6d02-7c8e-4b51-9e2d-58b0c4a7f391",
        ),
        Credential(
            title="Adult First Aid/CPR/AED",
            issuer="American Red Cross",
            short="First Aid/CPR/AED",
            issued_on="2025-08",
            expires_on="2027-08",
            credential_id="GV7QJ2K",
        ),
        Credential(
            title="Foundations of Teaching for Learning: Being a Teacher",
            issuer="Commonwealth Education Trust (Coursera)",
            short="Being a Teacher (Coursera)",
            issued_on="2018-07",
            url="https://www.coursera.org/account/accomplishments/verify/Q4MZ7HXN2KTA",
        ),
    ),
    section_negatives=(
        "ESL/Bilingual endorsement: 2 of 4 required courses completed",
        "Praxis Mathematics: Content Knowledge (5161), passed 2013",
    ),
    skills=("Algebra readiness", "Desmos", "Google Classroom", "IEP accommodations", "Spanish"),
)

_CYBER = Content(
    key="b9-soc-analyst",
    name="Ayşe Nur Yıldırım",
    post_nominals=(),
    headline="SOC Analyst (Tier 2), Incident Response",
    email="aysenur.yildirim@posteo.de",
    phone="+49 176 5550 2291",
    location="Berlin, Germany",
    summary=(
        "Tier-2 analyst in a 24/7 security operations centre for an energy utility: alert "
        "triage in Sentinel and Splunk, incident handling, threat hunting and detection "
        "engineering for OT-adjacent networks."
    ),
    employer="Spreewerk Energie GmbH",
    role="SOC Analyst, Tier 2",
    bullets=(
        "Wrote 48 KQL and SPL detections, cutting false positives on the top ten rules by 63%",
        "Kept the SOC inside the scope of the company's ISO/IEC 27001 certification audits",
        "Taught the internal 'Blue Team 101' course to 25 IT administrators",
    ),
    credentials=(
        Credential(
            title="CompTIA Security+ ce",
            issuer="CompTIA",
            short="Security+",
            issued_on="2021-05",
            expires_on="2027-05",
            credential_id="COMP001021874455",
            url="https://www.credly.com/badges/6b2e9f40-1d8c-4a73-b5f0-c2e7a91d3b58",
        ),
        Credential(
            title="GIAC Certified Incident Handler (GCIH)",
            issuer="GIAC",
            short="GCIH",
            issued_on="2023-02",
            expires_on="2027-02",
            credential_id="41873",
            url="https://www.credly.com/badges/d07c3a58-9e14-4f2b-8a6d-1b5e0f92c7a4",
        ),
        Credential(
            title="Microsoft Certified: Security Operations Analyst Associate",
            issuer="Microsoft",
            short="SC-200",
            issued_on="2024-06",
            expires_on="2026-06",
            credential_id="8B4D2E19F07C3A65",
            url=(
                "https://learn.microsoft.com/api/credentials/share/en-us/AyseNurYildirim-2281/"
                "8B4D2E19F07C3A65?sharingId=71E0C4A9D2B6F358"
            ),
        ),
        Credential(
            title="Splunk Core Certified Power User",
            issuer="Splunk",
            short="Splunk Power User",
            issued_on="2022-10",
            expires_on="2025-10",
            url="https://www.credly.com/badges/95f1b7e3-06ad-4c29-8e5b-7a3d2c1f0e96",
        ),
        Credential(
            title="Certified in Cybersecurity (CC)",
            issuer="ISC2",
            short="ISC2 CC",
            issued_on="2023-09",
            expires_on="2026-09",
            credential_id="1834276",
        ),
        Credential(
            title="Google Cybersecurity Professional Certificate",
            issuer="Google (Coursera)",
            short="Google Cybersecurity",
            issued_on="2023-06",
            url="https://www.coursera.org/account/accomplishments/professional-cert/7NQ3K8XW2ZLC",
        ),
    ),
    section_negatives=(
        "OSCP: PEN-200 course and lab time purchased, exam planned for Q2 2027",
        "CISSP: exam passed October 2026, endorsement pending",
    ),
    skills=("Microsoft Sentinel", "Splunk", "KQL", "Velociraptor", "MITRE ATT&CK", "Turkish"),
    contact_links=(("github.com/aysenur-y", "https://github.com/aysenur-y"),),
)

_CONSTRUCTION = Content(
    key="b9-construction-pm",
    name="Thaddeus van Oosten",
    post_nominals=("PMP", "LEED AP BD+C"),
    headline="Senior Construction Project Manager",
    email="tvanoosten@outlook.com",
    phone="+1 312 555 0172",
    location="Chicago, Illinois, USA",
    summary=(
        "Project manager for ground-up laboratory and healthcare buildings of $20–80M, "
        "design-build and CM-at-risk, from preconstruction and buyout to closeout."
    ),
    employer="Lakeshore Builders Group",
    role="Senior Project Manager",
    bullets=(
        "Delivered a $48M LEED Gold research laboratory two weeks early and 1.8% under budget",
        "Managed 34 subcontracts and $6.2M of change orders in Procore",
        "Taught OSHA 10-Hour toolbox sessions to subcontractor crews on every site",
    ),
    credentials=(
        Credential(
            title="Project Management Professional (PMP)",
            issuer="Project Management Institute",
            short="PMP",
            issued_on="2017-09",
            expires_on="2026-09",
            credential_id="2104877",
            url="https://www.credly.com/badges/2f6d8b1a-c530-4e97-a8d4-0b1e7c93f265",
        ),
        Credential(
            title="LEED AP Building Design + Construction",
            issuer="Green Business Certification Inc. (GBCI)",
            short="LEED AP BD+C",
            issued_on="2016-03",
            expires_on="2027-03",
            credential_id="10873354",
            url="https://www.credly.com/badges/8c3a0e57-b2d4-4f19-9e61-d7f5a2c0b438",
        ),
        Credential(
            title="OSHA 30-Hour Construction Safety and Health",
            issuer="OSHA Outreach Training Program",
            short="OSHA 30",
            issued_on="2015-05",
            credential_id="36-0048813",
        ),
        Credential(
            title="Designated Design-Build Professional",
            issuer="Design-Build Institute of America (DBIA)",
            short="DBIA",
            issued_on="2021-11",
            credential_id="DBIA-21-0934",
        ),
        Credential(
            title="Procore Certified: Project Manager",
            issuer="Procore Technologies",
            short="Procore PM",
            issued_on="2022",
            url="https://www.credential.net/6d1f0b84-3a2e-4c7d-b95f-e08a4c2d71b9",
        ),
        Credential(
            title="Construction Scheduling",
            issuer="Columbia University (Coursera)",
            short="Construction Scheduling (Coursera)",
            issued_on="2019-04",
            url="https://www.coursera.org/account/accomplishments/verify/H2VN8QKJ5RPW",
        ),
    ),
    section_negatives=(
        "Certified Construction Manager (CCM): eligibility approved, exam window January 2027",
        "Company holds ISO 9001:2015 certification and is a DBIA member firm",
    ),
    skills=("Procore", "Primavera P6", "Bluebeam", "Preconstruction", "Cost control", "Dutch"),
    contact_links=(
        ("linkedin.com/in/thaddeus-vanoosten", "https://linkedin.com/in/thaddeus-vanoosten"),
    ),
)

_PARALEGAL = Content(
    key="b9-paralegal",
    name="Ingrid Þórsdóttir",
    post_nominals=("ACP",),
    headline="Senior Litigation Paralegal, eDiscovery",
    email="ingrid.thorsdottir@fastmail.com",
    phone="+1 206 555 0119",
    location="Seattle, Washington, USA",
    summary=(
        "Litigation paralegal for commercial and employment disputes: document review "
        "workflows in RelativityOne, privilege logs, deposition and trial preparation."
    ),
    employer="Halvorsen Pike LLP",
    role="Senior Litigation Paralegal",
    bullets=(
        "Ran review workflows on 2.3 million documents across nine matters in RelativityOne",
        "Taught 'Relativity for Reviewers' in-house to 30 contract attorneys",
        "Assembled the evidence for the firm's ISO 27001 certification of litigation support",
    ),
    credentials=(
        Credential(
            title="Certified Paralegal (CP)",
            issuer="NALA – The Paralegal Association",
            short="NALA CP",
            issued_on="2017-04",
            expires_on="2027-04",
            credential_id="30918",
        ),
        Credential(
            title="Advanced Certified Paralegal, Discovery",
            issuer="NALA – The Paralegal Association",
            short="ACP Discovery",
            issued_on="2022-06",
            expires_on="2027-06",
        ),
        Credential(
            title="Certified E-Discovery Specialist (CEDS)",
            issuer="ACEDS",
            short="CEDS",
            issued_on="2024-03",
            expires_on="2027-03",
            url="https://www.credly.com/badges/b74e2d19-0c6a-4f83-91d5-3e8a6f0c2b17",
        ),
        Credential(
            title="Relativity Certified Administrator",
            issuer="Relativity",
            short="RCA",
            issued_on="2022-09",
            credential_id="RCA-22-1187",
        ),
        Credential(
            title="Notary Public Commission",
            issuer="Washington State Department of Licensing",
            short="WA Notary",
            issued_on="2023-01",
            expires_on="2027-01",
            credential_id="213557",
        ),
        Credential(
            title="Introduction to American Law",
            issuer="University of Pennsylvania (Coursera)",
            short="American Law (Coursera)",
            issued_on="2016-08",
            url="https://www.coursera.org/account/accomplishments/verify/TZ6WQ3LM9BXE",
        ),
    ),
    section_negatives=(
        "PACE (NFPA Paralegal Advanced Competency Exam): registered for the spring 2027 window",
        "ACP in Trial Practice: coursework 60% complete",
    ),
    skills=("RelativityOne", "Everlaw", "Privilege logs", "Westlaw", "Icelandic", "Norwegian"),
)

BLIND9_CONTENTS: tuple[Content, ...] = (
    _PHARMACIST,
    _AVIATION,
    _TEACHER,
    _CYBER,
    _CONSTRUCTION,
    _PARALEGAL,
)
