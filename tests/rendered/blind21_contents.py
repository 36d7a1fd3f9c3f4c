"""blind-21's other four people (a lifeguard and swim coach in Sliema, a phlebotomist in Nassau,
an automotive technician in Bayamón, a warehouse forklift lead in Singapore), the group's list of
contents and the words its layouts share.

Made in session 16 by a helper (a21) who never read the extractor nor its tests; see
``blind21_people.py`` for what is and is not a claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.rendered.blind21_people import BEAUTY, BUS, CREDLY, HELPDESK, PAYROLL
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import month

LIFEGUARD = Content(
    key="b21-lifeguard-sliema",
    name="Luke Azzopardi",
    post_nominals=(),
    headline="Pool Lifeguard and Swim Coach",
    email="luke.azzopardi@example.com.mt",
    phone="+356 7921 4408",
    location="Sliema, Malta",
    summary=(
        "Lifeguard and swimming teacher for nine years, coaching squads from learn-to-swim to "
        "national age-group level, and a PADI instructor in the summer. Enrolled on the RLSS UK "
        "beach lifeguard course for April 2027."
    ),
    employer="Tigné Aquatic Centre",
    role="Head Lifeguard and Squad Coach",
    bullets=(
        "Lead a team of six pool lifeguards; run the monthly in-service training and drills.",
        "The centre holds the Blue Flag award for its lido and a Quest 'Excellent' rating.",
        "Coach 40 age-group swimmers; five reached the 2025 national championships.",
    ),
    credentials=(
        Credential(
            title="National Pool Lifeguard Qualification (NPLQ)",
            issuer="RLSS UK",
            short="NPLQ",
            issued_on="2025-04",
            expires_on="2027-04",
            credential_id="1740552",
        ),
        Credential(
            title="Level 2 Certificate in Teaching Swimming",
            issuer="Swim England",
            short="Teaching Swimming L2",
            issued_on="2019-09",
            credential_id="SE-66310",
        ),
        Credential(
            title="Swimming Coach Level 2",
            issuer="Aquatic Sports Association of Malta",
            short="Coach L2",
            issued_on="2022-11",
        ),
        Credential(
            title="Emergency First Response Primary and Secondary Care (CPR & AED)",
            issuer="Emergency First Response Corp.",
            short="EFR",
            issued_on="2024-01",
            expires_on="2026-01",
            credential_id="EFR-0117385",
        ),
        Credential(
            title="PADI Open Water Scuba Instructor",
            issuer="PADI",
            short="PADI OWSI",
            issued_on="2020-06",
            credential_id="412887",
            url="https://www.padi.com/verify/412887",
        ),
        Credential(
            title="Safeguarding and Protecting Children",
            issuer="Swim England",
            short="Safeguarding",
            issued_on="2023-10",
            expires_on="2026-10",
        ),
    ),
    section_negatives=(
        "RLSS UK National Vocational Beach Lifeguard Qualification: course enrolled, April 2027",
        "Swim England Level 3 Coaching Award: expected 2027",
    ),
    skills=(
        "Pool rescue",
        "Spinal management",
        "Squad coaching",
        "Stroke technique",
        "Open-water safety",
        "Maltese / English / Italian",
    ),
)

PHLEBOTOMIST = Content(
    key="b21-phlebotomist-nassau",
    name="Tamika Rolle-Bethel",
    post_nominals=(),
    headline="Phlebotomist",
    email="tamika.rollebethel@example.bs",
    phone="+1 242 555 0147",
    location="Nassau, The Bahamas",
    summary=(
        "Phlebotomist with eight years in hospital and outpatient draws: paediatric and "
        "geriatric venepuncture, capillary collection, specimen processing and courier "
        "hand-off. My MLT(ASCP)i eligibility application has been submitted."
    ),
    employer="Princess Margaret Hospital Laboratory",
    role="Senior Phlebotomist",
    bullets=(
        "Perform 60-80 draws a shift with a 0.4% recollection rate (laboratory target 1%).",
        "The laboratory holds CAP accreditation; I keep the collection area's audit records.",
        "Sat in on a half-day BD Vacutainer order-of-draw workshop in 2024.",
    ),
    credentials=(
        Credential(
            title="Phlebotomy Technician, PBT(ASCP)i",
            issuer="ASCP Board of Certification",
            short="PBT(ASCP)i",
            issued_on="2019-02",
            expires_on="2028-02",
            credential_id="PBTi-00418",
            url=CREDLY.format("1f7a3c58-6e2d-4b90-a4c7-8d5e2b0f9a16"),
        ),
        Credential(
            title="Certified Phlebotomy Technician (CPT)",
            issuer="National Healthcareer Association (NHA)",
            short="CPT",
            issued_on="2017-05",
            expires_on="2019-05",
            credential_id="3P2Q8R7",
        ),
        Credential(
            title="Basic Life Support (BLS) Provider",
            issuer="American Heart Association",
            short="BLS",
            issued_on="2025-08",
            expires_on="2027-08",
            credential_id="255418733102",
        ),
        Credential(
            title="Phlebotomist Registration",
            issuer="Health Professions Council of The Bahamas",
            short="HPC registration",
            issued_on="2018",
            credential_id="HPC-PH-0731",
        ),
        Credential(
            title="Bloodborne Pathogens Training",
            issuer="American Red Cross",
            short="BBP",
            issued_on="2024-03",
            expires_on="2025-03",
            credential_id="0154XY7",
            url="https://www.redcross.org/take-a-class/qrcode?certnumber=0154XY7",
        ),
    ),
    section_negatives=(
        "Medical Laboratory Technician, MLT(ASCP)i: eligibility application submitted",
    ),
    skills=(
        "Venepuncture",
        "Paediatric draws",
        "Capillary collection",
        "Specimen processing",
        "Cerner PathNet",
        "Chain of custody",
    ),
)

MECHANIC = Content(
    key="b21-autotech-bayamon",
    name="Javier Santiago Ocasio",
    post_nominals=(),
    headline="ASE Master Automotive Technician",
    email="javier.santiago.ocasio@example.com",
    phone="(787) 555-0164",
    location="Bayamón, Puerto Rico",
    summary=(
        "Automotive technician with twelve years at dealer and independent shops: "
        "diagnostics, electrical, A/C and hybrid service. The ASE L1 Advanced Engine "
        "Performance test is scheduled for January 2027."
    ),
    employer="Autos del Río Toyota",
    role="Lead Diagnostic Technician",
    bullets=(
        "Diagnose 20-25 repair orders a week, mostly electrical and drivability faults.",
        "The shop is AAA Approved Auto Repair and ASE Blue Seal of Excellence recognized.",
        "Mentor three apprentice technicians through the dealership's training plan.",
    ),
    credentials=(
        Credential(
            title="ASE Certified Master Automobile Technician",
            issuer="National Institute for Automotive Service Excellence (ASE)",
            short="ASE Master",
            issued_on="2021-11",
            expires_on="2026-11",
            credential_id="17385042",
        ),
        Credential(
            title="ASE A6 Electrical/Electronic Systems",
            issuer="National Institute for Automotive Service Excellence (ASE)",
            short="ASE A6",
            issued_on="2024-03",
            expires_on="2029-03",
        ),
        Credential(
            title="MACS Section 609 Certification",
            issuer="Mobile Air Climate Systems Association (MACS)",
            short="MACS 609",
            issued_on="2016",
            credential_id="609-889127",
        ),
        Credential(
            title="Automotive Technician License",
            issuer="Junta Examinadora de Técnicos Automotrices de Puerto Rico",
            short="PR Auto Tech License",
            issued_on="2015-06",
            expires_on="2027-06",
            credential_id="TA-5821",
        ),
        Credential(
            title="Toyota Certified Technician",
            issuer="Toyota Motor North America",
            short="Toyota Certified",
            issued_on="2019-08",
        ),
    ),
    section_negatives=(
        "ASE L1 Advanced Engine Performance Specialist: test scheduled January 2027",
        "Toyota Master Diagnostic Technician: 3 of 5 courses completed",
    ),
    skills=(
        "Techstream",
        "Oscilloscope diagnostics",
        "CAN bus",
        "Hybrid high-voltage safety",
        "A/C recovery",
        "Spanish / English",
    ),
)

FORKLIFT = Content(
    key="b21-forklift-singapore",
    name="Muhammad Hafiz bin Rahmat",
    post_nominals=(),
    headline="Warehouse Forklift Lead",
    email="hafiz.rahmat@example.sg",
    phone="+65 9123 4478",
    location="Singapore",
    summary=(
        "Forklift lead with eleven years in third-party logistics warehouses: reach trucks, "
        "counterbalance and VNA, cycle counts and a shift of eight drivers. Enrolled in the WSQ "
        "Supervise Warehouse Operations course."
    ),
    employer="Tuas Gateway Logistics Pte Ltd",
    role="Forklift Team Lead (Night Shift)",
    bullets=(
        "Lead eight forklift drivers moving 1,100 pallets a night at 99.7% location accuracy.",
        "The warehouse holds bizSAFE Star and ISO 28000; I am its shift's safety marshal.",
        "Trained on the SAP EWM handhelds when the site went live in 2023.",
    ),
    credentials=(
        Credential(
            title="WSQ Operate Forklift",
            issuer="SkillsFuture Singapore",
            short="Forklift",
            issued_on="2014-03",
            credential_id="SOA-0387712",
        ),
        Credential(
            title="Class 3 Driving Licence",
            issuer="Singapore Police Force Traffic Police",
            short="Class 3",
            issued_on="2010",
        ),
        Credential(
            title="Standard First Aid + CPR + AED",
            issuer="Singapore Red Cross Academy",
            short="SFA",
            issued_on="2024-07",
            expires_on="2026-07",
            credential_id="SRC-2407-1192",
        ),
        Credential(
            title="Lean Six Sigma Yellow Belt",
            issuer="Council for Six Sigma Certification (CSSC)",
            short="LSS Yellow Belt",
            issued_on="2022-02",
            credential_id="YB-77213",
            url="https://www.credential.net/4c8d2e71-5b9f-4a03-9e16-7f2b0c8a3d55",
        ),
        Credential(
            title="Certified Logistics Technician (CLT)",
            issuer="Manufacturing Skill Standards Council (MSSC)",
            short="CLT",
            issued_on="2023-09",
            credential_id="CLT-44185",
            url=CREDLY.format("8b2d6f40-7c13-4e95-b0a8-2e4f6d9c1b73"),
        ),
    ),
    section_negatives=(
        "WSQ Supervise Warehouse Operations: course enrolled, module 2 of 3",
        "Reach truck instructor course: application pending",
    ),
    skills=("Reach truck", "Counterbalance", "VNA", "SAP EWM", "Cycle counting", "Malay / English"),
)

BLIND21_CONTENTS: tuple[Content, ...] = (
    BUS,
    PAYROLL,
    BEAUTY,
    HELPDESK,
    LIFEGUARD,
    PHLEBOTOMIST,
    MECHANIC,
    FORKLIFT,
)


@dataclass(frozen=True)
class Extra:
    """What a résumé holds besides ``Content``: the month the current job began, an earlier
    job (title, employer, years) and the education."""

    since: str
    earlier: tuple[str, str, str]
    education: tuple[str, ...]


EXTRAS: dict[str, Extra] = {
    BUS.key: Extra(
        "2018-09", ("Bus Driver", "First Cymru", "2012 – 2018"),
        ("GCSEs (8), Bishop Gore School, Swansea, 2004",)),
    PAYROLL.key: Extra(
        "2020-01", ("Accounts Assistant", "Shankill Motors", "2017 – 2019"),
        ("HND Business (Accounting), Belfast Metropolitan College, 2017",)),
    BEAUTY.key: Extra(
        "2019-04", ("Beauty Therapist", "Ayia Napa Marina Spa", "2015 – 2019"),
        ("Beauty Therapy diploma, Intercollege Limassol, 2015",)),
    HELPDESK.key: Extra(
        "2021-06", ("IT Support Assistant", "Republic Hardware Ltd", "2018 – 2021"),
        ("Associate Degree in Information Technology, COSTAATT, 2018",)),
    LIFEGUARD.key: Extra(
        "2020-05", ("Swimming Teacher", "Fort Manoel Swim School", "2017 – 2020"),
        ("MCAST Diploma in Sport and Physical Activity, 2017",)),
    PHLEBOTOMIST.key: Extra(
        "2020-10", ("Phlebotomist", "Doctors Hospital Outpatient Lab", "2017 – 2020"),
        ("AAS Health Sciences, University of The Bahamas, 2016",)),
    MECHANIC.key: Extra(
        "2019-02", ("Automotive Technician", "Garaje Hermanos Ortiz", "2014 – 2019"),
        ("Automotive Technology diploma, Instituto de Banca y Comercio, 2014",)),
    FORKLIFT.key: Extra(
        "2019-07", ("Forklift Driver", "Jurong Port Distribution", "2015 – 2019"),
        ("Nitec in Logistics Services, ITE College West, 2014",)),
}  # fmt: skip

#: The month the résumés were written in: an expiry before it is written as lapsed.
NOW = "2026-12"

#: Each person's way of writing a month, by their place in the list (``layout.month`` styles).
_STYLES = ("mon", "slash", "full", "mon.", "dot", "mon", "slash", "full")


def lapsed(credential: Credential) -> bool:
    return bool(credential.expires_on) and str(credential.expires_on) < NOW


def index_of(content: Content) -> int:
    return [c.key for c in BLIND21_CONTENTS].index(content.key)


def style_of(content: Content, offset: int = 0) -> str:
    return _STYLES[(index_of(content) + offset) % len(_STYLES)]


def section_name(content: Content, offset: int) -> str:
    names = ("Licences & Certificates", "Certifications", "Qualifications & Certificates",
             "Licenses and Certifications", "Certificates", "Training & Certification",
             "Credentials", "Professional Certifications")  # fmt: skip
    return names[(index_of(content) + offset) % len(names)]


def id_label(held: Credential) -> str:
    """How the résumé names a credential's number: a licence's, a card's, a member's."""
    if "Licen" in held.title or "Registration" in held.title:
        return (
            "Licence no." if "Licence" in held.title or "Registration" in held.title else "Lic. #"
        )
    if "Heart" in held.issuer or "Red Cross" in held.issuer or "Aid" in held.title:
        return "Card no."
    if "Driver CPC" in held.title:
        return "DQC card"
    return "Credential ID"


def when(held: Credential, style: str, *, issued: str = "", expiry: str = " – ") -> str:
    """The dates as a person writes them: "Mar 2024 – Mar 2027", "Mar 2021 – Mar 2024
    (expired)", or the issue date alone, after ``issued`` ("Issued ")."""
    text = issued + month(held.issued_on, style)
    if held.expires_on:
        text += expiry + month(held.expires_on, style)
        if lapsed(held):
            text += " (expired)"
    return text
