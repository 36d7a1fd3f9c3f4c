"""The "blind-11" group's own contents: six résumés the extractor was never tuned on.

Written in session 9 by a helper who never read the extractor nor its tests. People and trades
the other groups do not have: an airline first officer in Dublin, a respiratory therapist in
Houston and a network engineer in Singapore (here), an electrician in Leeds, a UX designer in
Toronto and a tax accountant in San Diego (``blind11_people.py``). Every person, employer,
credential ID and URL is invented; the credentials are real ones from real issuers (the Irish
Aviation Authority, IATA, the NBRC, the Texas Medical Board, the American Heart Association,
Cisco, Juniper, Fortinet, AWS, LPI, City & Guilds, the JIB, IPAF, Nielsen Norman Group, IAAP,
the California Board of Accountancy, the IRS, the AICPA, Intuit, Coursera, edX, Credly).
``section_negatives`` are written among the credentials but are not held: a course booked, an
exam planned, an application pending. Bullets hold an employer's or a product's certification.
"""

from __future__ import annotations

from tests.rendered.blind11_people import ELECTRICIAN, TAX_ACCOUNTANT, UX_DESIGNER
from tests.rendered.contents import Content, Credential

_PILOT = Content(
    key="b11-pilot",
    name="Siobhán Kavanagh-Brandt",
    post_nominals=(),
    headline="First Officer, Boeing 737 (3,900 hours)",
    email="siobhan.kavanagh.fo@gmail.com",
    phone="+353 87 555 0194",
    location="Dublin, Ireland",
    summary=(
        "Line first officer on short- and medium-haul European routes, 3,900 hours total of "
        "which 3,100 on the 737; line training captain's assistant for new joiners and "
        "safety representative of the Dublin base."
    ),
    employer="Liffey Atlantic Airways",
    role="First Officer, B737NG / MAX",
    bullets=(
        "Flew the airline's ETOPS-approved 737 MAX fleet on transatlantic ferry flights",
        "Supported the base's IOSA registration audit and EASA Part-ORO documentation",
        "Taught performance-based navigation (RNP AR) briefings to 60 crew",
    ),
    credentials=(
        Credential(
            title="Airline Transport Pilot Licence (Aeroplanes) – ATPL(A)",
            issuer="Irish Aviation Authority",
            short="EASA ATPL(A)",
            issued_on="2019-05",
            credential_id="IRL.FCL.11842",
        ),
        Credential(
            title="Type Rating B737 300-900 (incl. MAX differences)",
            issuer="Irish Aviation Authority",
            short="B737 type rating",
            issued_on="2016-09",
            expires_on="2027-09",
        ),
        Credential(
            title="EASA Class 1 Medical Certificate",
            issuer="Irish Aviation Authority",
            short="Class 1 Medical",
            issued_on="2026-03",
            expires_on="2027-03",
        ),
        Credential(
            title="Multi-Crew Cooperation and Airline Pilot Standards (MCC/APS)",
            issuer="Shannon Flight Academy",
            short="MCC/APS",
            issued_on="2015-11",
            credential_id="MCC-2015-0387",
        ),
        Credential(
            title="Dangerous Goods Regulations – Category 10 (Flight Crew)",
            issuer="IATA",
            short="IATA DGR Cat. 10",
            issued_on="2025-02",
            expires_on="2027-02",
            url="https://www.credential.net/a0c7e3b9-4d12-4f68-9e5a-3b81d6f2c047",
        ),
        Credential(
            title="Crew Resource Management Instructor (CRMI)",
            issuer="Royal Aeronautical Society",
            short="CRM Instructor",
            issued_on="2023",
            credential_id="CRMI-4419",
        ),
    ),
    section_negatives=(
        "Airbus A320 type rating – simulator course starts January 2027",
        "Command upgrade course: selected in the 2026 round, training slot not yet allocated",
    ),
    skills=("Boeing 737NG/MAX", "RNP AR", "EFB (Jeppesen)", "CRM", "LOSA", "German (B2)"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/siobhan-kavanagh-brandt"),),
)

_RESPIRATORY_THERAPIST = Content(
    key="b11-respiratory-therapist",
    name="DeShawn Oyelaran",
    post_nominals=("RRT", "RRT-NPS"),
    headline="Registered Respiratory Therapist, Neonatal and Pediatric ICU",
    email="deshawn.oyelaran.rrt@yahoo.com",
    phone="+1 713 555 0127",
    location="Houston, Texas, USA",
    summary=(
        "Respiratory therapist in a level IV NICU and a 40-bed PICU: high-frequency "
        "oscillatory ventilation, nitric oxide, ECMO circuit support and neonatal transport."
    ),
    employer="Bayou City Children's Hospital",
    role="Respiratory Therapist III, NICU/PICU",
    bullets=(
        "Charge therapist during the hospital's Magnet redesignation survey",
        "Trained 35 therapists on the unit's FDA-cleared Servo-n ventilators",
        "Cut unplanned extubations by 30% with a securement bundle",
    ),
    credentials=(
        Credential(
            title="Registered Respiratory Therapist (RRT)",
            issuer="National Board for Respiratory Care (NBRC)",
            short="RRT",
            issued_on="2017-06",
            credential_id="1184306",
        ),
        Credential(
            title="Neonatal/Pediatric Respiratory Care Specialist (RRT-NPS)",
            issuer="National Board for Respiratory Care (NBRC)",
            short="RRT-NPS",
            issued_on="2019-10",
            credential_id="1184306",
        ),
        Credential(
            title="Respiratory Care Practitioner License",
            issuer="Texas Medical Board",
            short="Texas RCP license",
            issued_on="2017-07",
            expires_on="2027-08",
            credential_id="RCP 0093174",
        ),
        Credential(
            title="Neonatal Resuscitation Program (NRP) Provider",
            issuer="American Academy of Pediatrics",
            short="NRP",
            issued_on="2025-01",
            expires_on="2027-01",
        ),
        Credential(
            title="Pediatric Advanced Life Support (PALS) Provider",
            issuer="American Heart Association",
            short="PALS",
            issued_on="2024-11",
            expires_on="2026-11",
            credential_id="245117803621",
        ),
        Credential(
            title="Basic Life Support (BLS) Provider",
            issuer="American Heart Association",
            short="BLS",
            issued_on="2025-03",
            expires_on="2027-03",
        ),
        Credential(
            title="Mechanical Ventilation for COVID-19",
            issuer="HarvardX (edX)",
            short="Mechanical Ventilation (edX)",
            issued_on="2020-07",
            url="https://courses.edx.org/certificates/7c2e91b04d8a4f3eb61d5a9c0e4f2b83",
        ),
    ),
    section_negatives=(
        "Adult Critical Care Specialist (RRT-ACCS) – exam scheduled for March 2027",
        "ECMO Specialist course (ELSO-endorsed): applied, waiting for the next cohort",
    ),
    skills=("HFOV", "Inhaled nitric oxide", "Bubble CPAP", "Epic", "Neonatal transport"),
    contact_links=(),
)

_NETWORK_ENGINEER = Content(
    key="b11-network-engineer",
    name="Arjun Venkataraman",
    post_nominals=(),
    headline="Senior Network Engineer, Data Centre and SD-WAN",
    email="arjun.venkat.net@gmail.com",
    phone="+65 9123 5508",
    location="Singapore",
    summary=(
        "Network engineer for a regional bank: spine-leaf data centre fabrics, SD-WAN to 80 "
        "branches, firewalls and AWS Direct Connect; on call for the core network."
    ),
    employer="Straits Meridian Bank",
    role="Senior Network Engineer",
    bullets=(
        "Migrated the bank's core to a Cisco ACI fabric as part of a Cisco Gold Integrator's team",
        "Hardened branch firewalls for the MAS TRM audit and the PCI DSS Level 1 assessment",
        "Automated 2,000 device configurations with Ansible and NetBox",
    ),
    credentials=(
        Credential(
            title="Cisco Certified Network Professional Enterprise (CCNP Enterprise)",
            issuer="Cisco",
            short="CCNP Enterprise",
            issued_on="2022-05",
            expires_on="2028-05",
            credential_id="CSCO13870254",
            url="https://www.credly.com/badges/9f4c1a27-3b6e-4d08-a5f2-8e0d7c3b1a96/public_url",
        ),
        Credential(
            title="Cisco Certified Network Associate (CCNA)",
            issuer="Cisco",
            short="CCNA",
            issued_on="2019-08",
            expires_on="2022-08",
        ),
        Credential(
            title="Juniper Networks Certified Associate, Junos (JNCIA-Junos)",
            issuer="Juniper Networks",
            short="JNCIA-Junos",
            issued_on="2021-02",
            expires_on="2027-02",
            credential_id="JPR-0A4B7Y2K9D",
        ),
        Credential(
            title="AWS Certified Advanced Networking – Specialty",
            issuer="Amazon Web Services",
            short="AWS Advanced Networking",
            issued_on="2024-04",
            expires_on="2027-04",
            credential_id="QW7ZK2L9VF1E4XJM",
        ),
        Credential(
            title="Fortinet Certified Professional – Network Security",
            issuer="Fortinet",
            short="FCP Network Security",
            issued_on="2023-09",
            expires_on="2025-09",
        ),
        Credential(
            title="LPIC-1: Linux Administrator",
            issuer="Linux Professional Institute (LPI)",
            short="LPIC-1",
            issued_on="2018-10",
            credential_id="LPI000418273",
        ),
    ),
    section_negatives=(
        "CCIE Enterprise Infrastructure – written exam passed 2026, lab exam booked for April 2027",
        "Palo Alto Networks PCNSE: self-study in progress",
    ),
    skills=("Cisco ACI", "BGP", "OSPF", "Fortinet", "Ansible", "NetBox", "Python"),
    contact_links=(("github.com/arjunv-net", "https://github.com/arjunv-net"),),
)

BLIND11_CONTENTS: tuple[Content, ...] = (
    _PILOT,
    _RESPIRATORY_THERAPIST,
    _NETWORK_ENGINEER,
    ELECTRICIAN,
    UX_DESIGNER,
    TAX_ACCOUNTANT,
)
