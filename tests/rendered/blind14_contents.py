"""The "blind-14" group's own contents: six résumés the extractor was never tuned on.

Written in session 12 by a helper who never read the extractor nor its tests. People, trades and
countries the other groups do not have: a ship's chief engineer in Rijeka, an automotive quality
manager in Casablanca and a wind turbine service technician in Esbjerg (here), a medical
physicist in Helsinki, a site reliability engineer in Tallinn and a midwife in Accra
(``blind14_people.py``). Every person, employer, credential ID and URL is invented; the
credentials are real kinds from real issuers (a flag state's and a maritime administration's
certificates of competency under STCW, training centres' STCW courses, an engine maker's academy,
AFNOR, IASSC, ASQ, the VDA's quality centre, Bureau Veritas, the Global Wind Organisation, a
Danish technical college, a turbine maker, the International Fluid Power Society, STUK, ESTRO,
Varian, IBM through Coursera, the NIDA Clinical Trials Network, IPEM, the Linux Foundation,
HashiCorp, Red Hat, AWS, Google Cloud, Ghana's nursing and midwifery council, IBLCE, the American
Heart Association, the American Academy of Pediatrics, the Ghana Health Service; Credly,
Accredible, Coursera and issuers' verification addresses), most without a link, as on real
résumés. A date may be a bare year; some credentials have lapsed and are still listed; one is
titled in French. A post-nominal may be a degree ("PhD"), no credential, or a membership only
the post-nominals name. ``section_negatives`` are written near the credentials but are not
held: an exam booked, a course enrolled in or under way, a voucher, training not finished.
Bullets hold distractors: an employer's, a vessel's, a plant's or a platform's certification.
"""

from __future__ import annotations

from tests.rendered.blind14_people import MEDICAL_PHYSICIST, MIDWIFE, SITE_RELIABILITY
from tests.rendered.contents import Content, Credential

_CHIEF_ENGINEER = Content(
    key="b14-chief-engineer",
    name="Tomislav Barišić",
    post_nominals=(),
    headline="Chief Engineer, Bulk Carriers and Product Tankers",
    email="tomislav.barisic@t-com.hr",
    phone="+385 91 555 2740",
    location="Rijeka, Croatia",
    summary=(
        "Chief engineer with eighteen years at sea, the last six in charge of the engine room "
        "of Supramax bulk carriers and MR product tankers: planned maintenance, main engine "
        "overhauls, dry-dock specifications and the crew's training under the ISM Code."
    ),
    employer="Adriatic Bulk Carriers d.o.o.",
    role="Chief Engineer, MV Velebit Star (MAN B&W 6S50ME-C)",
    bullets=(
        "Ran the engine room through two special surveys and a dry-docking in Tuzla",
        "Kept the vessel's ISM Safety Management Certificate with no major non-conformity",
        "Prepared the ship's Inventory of Hazardous Materials for its statement of compliance",
    ),
    credentials=(
        Credential(
            title="Certificate of Competency: Chief Engineer Officer (STCW III/2), Unlimited",
            issuer="Ministry of the Sea, Transport and Infrastructure, Republic of Croatia",
            short="CoC III/2",
            issued_on="2022-06",
            expires_on="2027-06",
            credential_id="HR-RI-III2-004187",
        ),
        Credential(
            title="Certificate of Endorsement: Chief Engineer",
            issuer="Republic of the Marshall Islands Maritime Administrator",
            short="RMI endorsement",
            issued_on="2023-01",
            expires_on="2027-06",
            credential_id="CEO-2231458",
            url="https://www.register-iri.com/seafarers/verify/?doc=CEO-2231458",
        ),
        Credential(
            title="High Voltage Training, Management Level (STCW A-III/2)",
            issuer="Rijeka Maritime Training Centre",
            short="HV Management",
            issued_on="2021-11",
            expires_on="2026-11",
            credential_id="HV-M-21-0912",
        ),
        Credential(
            title="Advanced Fire Fighting (STCW A-VI/3)",
            issuer="Rijeka Maritime Training Centre",
            short="Advanced Fire Fighting",
            issued_on="2022-03",
            expires_on="2027-03",
            credential_id="AFF-22-1184",
        ),
        Credential(
            title="Engine Room Resource Management",
            issuer="Split Maritime Academy",
            short="ERM",
            issued_on="2020",
        ),
        Credential(
            title="ME-C Engine Operation and Maintenance",
            issuer="MAN Energy Solutions PrimeServ Academy",
            short="ME-C Operation",
            issued_on="2024-04",
            url="https://primeserv-academy.man-es.com/certificates/verify/MEC-58213",
        ),
    ),
    section_negatives=(
        "Ship Security Officer (SSO) course: booked for March 2027",
        "Basic Training for Ships subject to the IGF Code: enrolled, not yet completed",
    ),
    skills=(
        "MAN B&W ME-C",
        "Wärtsilä auxiliaries",
        "AMOS planned maintenance",
        "Dry-dock specifications",
        "Croatian",
        "English",
        "Italian",
    ),
    contact_links=(
        ("linkedin.com/in/tomislav-barisic-ce", "https://www.linkedin.com/in/tomislav-barisic-ce"),
    ),
)

_QUALITY = Content(
    key="b14-quality-manager",
    name="Salma Bennani Alaoui",
    post_nominals=(),
    headline="Plant Quality Manager, Automotive Wire Harnesses",
    email="salma.bennani.alaoui@gmail.com",
    phone="+212 661 555 048",
    location="Casablanca, Morocco",
    summary=(
        "Quality manager for an automotive wire-harness plant of 2,400 people supplying two "
        "European carmakers: customer quality, supplier development, the plant's quality "
        "system and its audits, and a team of 35 engineers and inspectors."
    ),
    employer="Atlas Cablage Automobile SA",
    role="Plant Quality Manager",
    bullets=(
        "Kept the plant's IATF 16949 certification through two recertification audits",
        "Led PPAP approval for 38 harness part numbers of a new electric platform",
        "Cut customer complaints from 41 to 9 a year with 8D coaching and layered audits",
    ),
    credentials=(
        Credential(
            title="IATF 16949:2016 Internal Auditor",
            issuer="AFNOR Compétences",
            short="IATF Internal Auditor",
            issued_on="2022-05",
            credential_id="AFC-IATF-22-3391",
        ),
        Credential(
            title="Lean Six Sigma Black Belt (ICBB)",
            issuer="IASSC",
            short="ICBB",
            issued_on="2021-02",
            url="https://www.credly.com/badges/6b0e2d71-9f4c-4a38-b5e2-c17d80a3f946/public_url",
        ),
        Credential(
            title="Certified Quality Engineer (CQE)",
            issuer="ASQ",
            short="CQE",
            issued_on="2023-10",
            expires_on="2026-10",
            credential_id="77314",
        ),
        Credential(
            title="VDA 6.3 Process Auditor",
            issuer="VDA QMC",
            short="VDA 6.3",
            issued_on="2024-03",
            expires_on="2027-03",
            credential_id="VDA63-2024-11872",
        ),
        Credential(
            title="Formation Core Tools (APQP, PPAP, AMDEC, MSA, SPC)",
            issuer="Bureau Veritas Maroc",
            short="Core Tools",
            issued_on="2019",
        ),
    ),
    section_negatives=(
        "Certified Manager of Quality/Organizational Excellence (CMQ/OE), ASQ: exam scheduled "
        "for May 2027",
        "Master spécialisé en Management de la Qualité, ENSAM Casablanca: in progress",
    ),
    skills=(
        "IATF 16949",
        "PPAP and APQP",
        "8D and Ishikawa",
        "Minitab",
        "Arabic",
        "French",
        "English",
    ),
    contact_links=(("linkedin.com/in/salma-bennani", "https://www.linkedin.com/in/salma-bennani"),),
)

_WIND = Content(
    key="b14-wind-technician",
    name="Mikkel Østergaard Lund",
    post_nominals=(),
    headline="Wind Turbine Service Technician, Offshore",
    email="mikkel.o.lund@mail.dk",
    phone="+45 22 55 71 39",
    location="Esbjerg, Denmark",
    summary=(
        "Offshore wind turbine technician with seven years on 8 MW direct-drive and geared "
        "turbines in the Danish and German North Sea: scheduled service, troubleshooting of "
        "converters and pitch systems, and blade and tower inspections from rope."
    ),
    employer="Nordsø Wind Service ApS",
    role="Lead Service Technician, Horns Rev and Borkum",
    bullets=(
        "Led a team of four on 60 turbines with 97.8 % availability over 2025",
        "Supported the service base's ISO 45001 certification audit",
        "Serviced turbines under the wind farm owner's DNV project certificate",
    ),
    credentials=(
        Credential(
            title="GWO Basic Safety Training (First Aid, Manual Handling, Fire Awareness, "
            "Working at Heights, Sea Survival)",
            issuer="Global Wind Organisation (GWO)",
            short="GWO BST",
            issued_on="2025-01",
            expires_on="2027-01",
            credential_id="1048837",
        ),
        Credential(
            title="GWO Basic Technical Training (BTT)",
            issuer="Global Wind Organisation (GWO)",
            short="GWO BTT",
            issued_on="2022-09",
        ),
        Credential(
            title="GWO Advanced Rescue Training (ART)",
            issuer="Global Wind Organisation (GWO)",
            short="GWO ART",
            issued_on="2024-05",
            expires_on="2026-05",
        ),
        Credential(
            title="Elsikkerhedskursus (DS/EN 50110-1)",
            issuer="TEC Technical Education Copenhagen",
            short="Elsikkerhed",
            issued_on="2023-08",
        ),
        Credential(
            title="EnVentus Service Technician, Level 3",
            issuer="Vestas Wind Systems A/S",
            short="Vestas EnVentus L3",
            issued_on="2023-11",
            credential_id="VTA-55-20931",
        ),
        Credential(
            title="Certified Fluid Power Hydraulic Specialist (HS)",
            issuer="International Fluid Power Society (IFPS)",
            short="IFPS HS",
            issued_on="2022-04",
            expires_on="2027-04",
            url="https://www.credly.com/badges/c5a9e3f0-2b6d-4e71-9a84-0f3d6b21e7c5/public_url",
        ),
    ),
    section_negatives=(
        "GWO Blade Repair: enrolled, course starts February 2027",
        "AMU industrial technician certificate: studying, two modules left",
    ),
    skills=(
        "Converter troubleshooting",
        "Pitch and yaw systems",
        "Torque and tension tools",
        "SCADA",
        "Danish",
        "English",
        "German",
    ),
)

BLIND14_CONTENTS: tuple[Content, ...] = (
    _CHIEF_ENGINEER,
    _QUALITY,
    _WIND,
    MEDICAL_PHYSICIST,
    SITE_RELIABILITY,
    MIDWIFE,
)
