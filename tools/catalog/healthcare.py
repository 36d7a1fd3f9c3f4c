"""Healthcare: nursing licences and exams, resuscitation cards, specialty boards, allied health."""

from __future__ import annotations

from tools.catalog.builder import Issuer, add

NURSING_BOARDS = Issuer(
    "State Board of Nursing",
    (
        "Board of Nursing",
        "Board of Registered Nursing",
        "Texas Board of Nursing",
        "Arizona State Board of Nursing",
        "California Board of Registered Nursing",
        "Florida Board of Nursing",
        "New York State Board of Nursing",
    ),
    ("nursys.com", "ncsbn.org", "bon.texas.gov", "azbn.gov", "rn.ca.gov"),
    ("licensing-board",),
)
NCSBN = Issuer(
    "NCSBN",
    ("National Council of State Boards of Nursing",),
    ("ncsbn.org", "nclex.com"),
    ("licensing-board",),
)
# Most US states renew nursing licences every two years.
add(
    "rn-licence",
    "Registered Nurse",
    NURSING_BOARDS,
    "healthcare",
    "licence",
    aliases=(
        "Registered Nurse (RN)",
        "RN licence",
        "RN license",
        "Registered Nurse licence",
        "Registered Nurse license",
        "Multistate RN License",
        "Compact RN License",
    ),
    acronyms=("RN",),
    level="professional",
    valid=24,
    skills=(
        "Nursing",
        "Patient Care",
        "Medication Administration",
        "Patient Assessment",
        "Patient Education",
    ),
)
add(
    "lpn-licence",
    "Licensed Practical Nurse",
    NURSING_BOARDS,
    "healthcare",
    "licence",
    aliases=(
        "Licensed Practical Nurse (LPN)",
        "Licensed Vocational Nurse",
        "Licensed Vocational Nurse (LVN)",
        "LPN license",
        "LVN license",
    ),
    acronyms=("LPN", "LVN"),
    level="associate",
    valid=24,
    skills=("Nursing", "Patient Care", "Medication Administration", "Vital Signs"),
    stacks=("rn-licence",),
)
add(
    "nclex-rn",
    "NCLEX-RN",
    NCSBN,
    "healthcare",
    "exam",
    aliases=("National Council Licensure Examination for Registered Nurses", "NCLEX RN"),
    skills=("Nursing", "Patient Care"),
    stacks=("rn-licence",),
)
add(
    "nclex-pn",
    "NCLEX-PN",
    NCSBN,
    "healthcare",
    "exam",
    aliases=("National Council Licensure Examination for Practical Nurses", "NCLEX PN"),
    skills=("Nursing", "Patient Care"),
    stacks=("lpn-licence",),
)
add(
    "cna",
    "Certified Nursing Assistant",
    Issuer(
        "State Nurse Aide Registry",
        ("Nurse Aide Registry", "NNAAP"),
        ("ncsbn.org",),
        ("licensing-board",),
    ),
    "healthcare",
    "licence",
    aliases=(
        "Certified Nursing Assistant (CNA)",
        "Certified Nurse Aide",
        "State Tested Nursing Assistant",
    ),
    acronyms=("CNA", "STNA"),
    level="foundational",
    valid=24,
    skills=("Patient Care", "Vital Signs", "Infection Control", "Geriatric Care"),
    stacks=("lpn-licence",),
)

AHA = Issuer(
    "American Heart Association",
    ("AHA", "American Heart Association (AHA)"),
    ("heart.org", "cpr.heart.org", "ecards.heart.org"),
    ("vendor",),
)
for _id, _title, _acronym, _skills, _stacks in (
    (
        "aha-bls",
        "Basic Life Support",
        "BLS",
        ("Cardiopulmonary Resuscitation", "Automated External Defibrillation"),
        ("aha-acls", "aha-pals"),
    ),
    (
        "aha-acls",
        "Advanced Cardiovascular Life Support",
        "ACLS",
        (
            "Advanced Cardiac Life Support",
            "Cardiopulmonary Resuscitation",
            "Cardiac Monitoring",
            "Pharmacology",
        ),
        (),
    ),
    (
        "aha-pals",
        "Pediatric Advanced Life Support",
        "PALS",
        ("Pediatric Advanced Life Support", "Cardiopulmonary Resuscitation"),
        (),
    ),
    (
        "aha-pears",
        "Pediatric Emergency Assessment, Recognition, and Stabilization",
        "PEARS",
        ("Pediatric Nursing", "Patient Assessment", "Cardiopulmonary Resuscitation"),
        ("aha-pals",),
    ),
    (
        "aha-heartsaver-first-aid-cpr-aed",
        "Heartsaver First Aid CPR AED",
        None,
        ("First Aid", "Cardiopulmonary Resuscitation", "Automated External Defibrillation"),
        ("aha-bls",),
    ),
):
    _aliases = [f"AHA {_title}", f"{_title} Provider"]
    if _acronym:
        _aliases += [
            f"{_title} ({_acronym})",
            f"{_acronym} Provider",
            f"AHA {_acronym}",
            f"{_acronym} certification",
        ]
    if _acronym == "ACLS":
        _aliases += ["Advanced Cardiac Life Support", "Advanced Cardiac Life Support (ACLS)"]
    if _acronym == "BLS":
        _aliases += [
            "BLS for Healthcare Providers",
            "Basic Life Support for Healthcare Providers",
            "CPR/BLS",
        ]
    add(
        _id,
        _title,
        AHA,
        "healthcare",
        aliases=tuple(_aliases),
        acronyms=(_acronym,) if _acronym else (),
        level="foundational",
        valid=24,
        skills=_skills,
        stacks=_stacks,
    )

RED_CROSS = Issuer(
    "American Red Cross",
    ("Red Cross", "The American National Red Cross"),
    ("redcross.org",),
    ("vendor",),
)
add(
    "red-cross-bls",
    "American Red Cross Basic Life Support",
    RED_CROSS,
    "healthcare",
    aliases=("Red Cross BLS", "Red Cross Basic Life Support"),
    level="foundational",
    valid=24,
    skills=("Cardiopulmonary Resuscitation", "Automated External Defibrillation"),
)
add(
    "red-cross-first-aid-cpr-aed",
    "American Red Cross Adult and Pediatric First Aid/CPR/AED",
    RED_CROSS,
    "healthcare",
    aliases=("Red Cross First Aid/CPR/AED", "Red Cross CPR", "Red Cross First Aid"),
    level="foundational",
    valid=24,
    skills=("First Aid", "Cardiopulmonary Resuscitation", "Automated External Defibrillation"),
)

AAP = Issuer("American Academy of Pediatrics", ("AAP",), ("aap.org",), ("vendor",))
add(
    "aap-nrp",
    "Neonatal Resuscitation Program",
    AAP,
    "healthcare",
    aliases=("Neonatal Resuscitation Program (NRP)", "NRP Provider"),
    acronyms=("NRP",),
    level="foundational",
    valid=24,
    skills=("Neonatal Resuscitation", "Pediatric Nursing"),
)

AACN = Issuer(
    "AACN",
    ("American Association of Critical-Care Nurses", "AACN Certification Corporation"),
    ("aacn.org",),
    ("vendor",),
)
add(
    "aacn-ccrn",
    "Critical Care Registered Nurse",
    AACN,
    "healthcare",
    aliases=(
        "Critical Care Registered Nurse (CCRN)",
        "CCRN (Adult)",
        "CCRN (Pediatric)",
        "CCRN (Neonatal)",
        "CCRN-K",
    ),
    acronyms=("CCRN",),
    level="specialty",
    valid=36,
    skills=("Critical Care", "Nursing", "Cardiac Monitoring", "Patient Assessment"),
)
add(
    "aacn-pccn",
    "Progressive Care Certified Nurse",
    AACN,
    "healthcare",
    aliases=("Progressive Care Certified Nurse (PCCN)",),
    acronyms=("PCCN",),
    level="specialty",
    valid=36,
    skills=("Progressive Care", "Nursing", "Cardiac Monitoring"),
    stacks=("aacn-ccrn",),
)

BCEN = Issuer("BCEN", ("Board of Certification for Emergency Nursing",), ("bcen.org",), ("vendor",))
for _id, _title, _acronym, _skills in (
    ("bcen-cen", "Certified Emergency Nurse", "CEN", ("Emergency Nursing", "Triage", "Nursing")),
    (
        "bcen-tcrn",
        "Trauma Certified Registered Nurse",
        "TCRN",
        ("Trauma Care", "Emergency Nursing", "Nursing"),
    ),
    (
        "bcen-cpen",
        "Certified Pediatric Emergency Nurse",
        "CPEN",
        ("Emergency Nursing", "Pediatric Nursing"),
    ),
    (
        "bcen-cfrn",
        "Certified Flight Registered Nurse",
        "CFRN",
        ("Emergency Nursing", "Critical Care", "Emergency Medical Services"),
    ),
):
    add(
        _id,
        _title,
        BCEN,
        "healthcare",
        aliases=(f"{_title} ({_acronym})",),
        acronyms=(_acronym,),
        level="specialty",
        valid=48,
        skills=_skills,
    )

ENA = Issuer("ENA", ("Emergency Nurses Association",), ("ena.org",), ("vendor",))
add(
    "ena-tncc",
    "Trauma Nursing Core Course",
    ENA,
    "healthcare",
    "course",
    aliases=("Trauma Nursing Core Course (TNCC)", "TNCC Provider", "TNCC Verification"),
    acronyms=("TNCC",),
    level="foundational",
    valid=48,
    skills=("Trauma Care", "Emergency Nursing"),
    stacks=("bcen-tcrn",),
)
add(
    "ena-enpc",
    "Emergency Nursing Pediatric Course",
    ENA,
    "healthcare",
    "course",
    aliases=("Emergency Nursing Pediatric Course (ENPC)", "ENPC Provider"),
    acronyms=("ENPC",),
    level="foundational",
    valid=48,
    skills=("Emergency Nursing", "Pediatric Nursing"),
    stacks=("bcen-cpen",),
)

ANCC = Issuer(
    "ANCC",
    ("American Nurses Credentialing Center", "American Nurses Association"),
    ("nursingworld.org",),
    ("vendor",),
)
for _id, _title, _acronym, _level, _skills in (
    (
        "ancc-medsurg-bc",
        "Medical-Surgical Nursing Certification",
        "MEDSURG-BC",
        "specialty",
        ("Medical-Surgical Nursing", "Nursing"),
    ),
    (
        "ancc-ne-bc",
        "Nurse Executive Certification",
        "NE-BC",
        "professional",
        ("Nursing Leadership", "Nursing", "Leadership"),
    ),
    (
        "ancc-fnp-bc",
        "Family Nurse Practitioner Certification",
        "FNP-BC",
        "expert",
        ("Primary Care", "Nursing", "Physical Examination"),
    ),
    (
        "ancc-pmhnp-bc",
        "Psychiatric-Mental Health Nurse Practitioner Certification",
        "PMHNP-BC",
        "expert",
        ("Mental Health Nursing", "Nursing", "Pharmacology"),
    ),
    (
        "ancc-gerontological-nursing",
        "Gerontological Nursing Certification",
        "GERO-BC",
        "specialty",
        ("Geriatric Care", "Nursing"),
    ),
):
    _extra = {
        "ancc-ne-bc": (
            "Nurse Executive",
            "Nurse Executive (NE-BC)",
            "Nurse Executive, Board Certified",
        )
    }.get(_id, ())
    add(
        _id,
        _title,
        ANCC,
        "healthcare",
        aliases=(f"{_title} ({_acronym})", f"ANCC {_acronym}", *_extra),
        acronyms=(_acronym,),
        level=_level,
        valid=60,
        skills=_skills,
    )

for _id, _issuer, _title, _acronym, _valid, _skills in (
    (
        "aanp-fnp-c",
        Issuer(
            "AANPCB",
            ("American Academy of Nurse Practitioners Certification Board",),
            ("aanpcert.org",),
            ("vendor",),
        ),
        "Family Nurse Practitioner – Certified",
        "FNP-C",
        60,
        ("Primary Care", "Nursing", "Physical Examination"),
    ),
    (
        "msncb-cmsrn",
        Issuer(
            "MSNCB",
            (
                "Medical-Surgical Nursing Certification Board",
                "AMSN",
                "Academy of Medical-Surgical Nurses",
            ),
            ("msncb.org", "amsn.org"),
            ("vendor",),
        ),
        "Certified Medical-Surgical Registered Nurse",
        "CMSRN",
        60,
        ("Medical-Surgical Nursing", "Nursing"),
    ),
    (
        "nawco-wcc",
        Issuer(
            "NAWCO", ("National Alliance of Wound Care and Ostomy",), ("nawccb.org",), ("vendor",)
        ),
        "Wound Care Certified",
        "WCC",
        60,
        ("Wound Care",),
    ),
    (
        "wocncb-cwocn",
        Issuer(
            "WOCNCB",
            ("Wound, Ostomy and Continence Nursing Certification Board",),
            ("wocncb.org",),
            ("vendor",),
        ),
        "Certified Wound, Ostomy, Continence Nurse",
        "CWOCN",
        60,
        ("Wound Care", "Ostomy and Continence Care", "Nursing"),
    ),
    (
        "cci-cnor",
        Issuer(
            "CCI", ("Competency & Credentialing Institute",), ("cc-institute.org",), ("vendor",)
        ),
        "Certified Perioperative Nurse",
        "CNOR",
        60,
        ("Perioperative Nursing", "Infection Control", "Nursing"),
    ),
    (
        "oncc-ocn",
        Issuer("ONCC", ("Oncology Nursing Certification Corporation",), ("oncc.org",), ("vendor",)),
        "Oncology Certified Nurse",
        "OCN",
        48,
        ("Oncology Nursing", "Nursing", "Medication Administration"),
    ),
    (
        "ncc-rnc-ob",
        Issuer("NCC", ("National Certification Corporation",), ("nccwebsite.org",), ("vendor",)),
        "Inpatient Obstetric Nursing Certification",
        "RNC-OB",
        36,
        ("Obstetric Nursing", "Nursing"),
    ),
    (
        "pncb-cpn",
        Issuer("PNCB", ("Pediatric Nursing Certification Board",), ("pncb.org",), ("vendor",)),
        "Certified Pediatric Nurse",
        "CPN",
        12,
        ("Pediatric Nursing", "Nursing"),
    ),
):
    _extra = {"nawco-wcc": ("Wound Care Certification", "Wound Care Certification (WCC)")}.get(
        _id, ()
    )
    add(
        _id,
        _title,
        _issuer,
        "healthcare",
        aliases=(f"{_title} ({_acronym})", _title.replace("–", "-"), *_extra),
        acronyms=(_acronym,),
        level="expert" if _acronym == "FNP-C" else "specialty",
        valid=_valid,
        skills=_skills,
    )

NREMT = Issuer(
    "NREMT",
    ("National Registry of Emergency Medical Technicians", "National Registry"),
    ("nremt.org",),
    ("vendor",),
)
for _id, _title, _acronym, _level, _stacks in (
    (
        "nremt-emt",
        "Nationally Registered Emergency Medical Technician",
        "NREMT",
        "foundational",
        ("nremt-aemt",),
    ),
    (
        "nremt-aemt",
        "Nationally Registered Advanced Emergency Medical Technician",
        "NRAEMT",
        "associate",
        ("nremt-paramedic",),
    ),
    ("nremt-paramedic", "Nationally Registered Paramedic", "NREMT-P", "professional", ()),
):
    add(
        _id,
        _title,
        NREMT,
        "healthcare",
        # "Paramedic" or "Emergency Medical Technician" alone is a job title, not a claim
        # of the National Registry's credential.
        aliases=(f"{_title} ({_acronym})",),
        acronyms=(_acronym,),
        level=_level,
        valid=24,
        skills=(
            "Emergency Medical Services",
            "Patient Assessment",
            "Cardiopulmonary Resuscitation",
        ),
        stacks=_stacks,
    )

for _id, _issuer, _title, _acronym, _valid, _skills in (
    (
        "ptcb-cpht",
        Issuer(
            "PTCB",
            ("Pharmacy Technician Certification Board",),
            ("ptcb.org",),
            ("vendor", "credly"),
        ),
        "Certified Pharmacy Technician",
        "CPhT",
        24,
        ("Pharmacy Practice", "Pharmacology", "Medical Terminology"),
    ),
    (
        "aama-cma",
        Issuer(
            "AAMA", ("American Association of Medical Assistants",), ("aama-ntl.org",), ("vendor",)
        ),
        "Certified Medical Assistant",
        "CMA (AAMA)",
        60,
        ("Clinical Procedures", "Vital Signs", "Medical Terminology", "Phlebotomy"),
    ),
    (
        "amt-rma",
        Issuer("AMT", ("American Medical Technologists",), ("americanmedtech.org",), ("vendor",)),
        "Registered Medical Assistant",
        "RMA",
        36,
        ("Clinical Procedures", "Vital Signs", "Medical Terminology"),
    ),
    (
        "nha-cpt",
        Issuer("NHA", ("National Healthcareer Association",), ("nhanow.com",), ("vendor",)),
        "Certified Phlebotomy Technician",
        "CPT",
        24,
        ("Phlebotomy", "Infection Control"),
    ),
    (
        "nha-ccma",
        Issuer("NHA", ("National Healthcareer Association",), ("nhanow.com",), ("vendor",)),
        "Certified Clinical Medical Assistant",
        "CCMA",
        24,
        ("Clinical Procedures", "Vital Signs", "Phlebotomy", "Electronic Health Records"),
    ),
    (
        "aapc-cpc",
        Issuer("AAPC", ("American Academy of Professional Coders",), ("aapc.com",), ("vendor",)),
        "Certified Professional Coder",
        "CPC",
        24,
        ("Medical Coding", "Medical Billing", "Medical Terminology"),
    ),
    (
        "ahima-ccs",
        Issuer(
            "AHIMA",
            ("American Health Information Management Association",),
            ("ahima.org",),
            ("vendor",),
        ),
        "Certified Coding Specialist",
        "CCS",
        24,
        ("Medical Coding", "Health Information Management"),
    ),
    (
        "ahima-rhia",
        Issuer(
            "AHIMA",
            ("American Health Information Management Association",),
            ("ahima.org",),
            ("vendor",),
        ),
        "Registered Health Information Administrator",
        "RHIA",
        24,
        ("Health Information Management", "HIPAA", "Electronic Health Records"),
    ),
    (
        "ahima-rhit",
        Issuer(
            "AHIMA",
            ("American Health Information Management Association",),
            ("ahima.org",),
            ("vendor",),
        ),
        "Registered Health Information Technician",
        "RHIT",
        24,
        ("Health Information Management", "Medical Coding", "Clinical Documentation"),
    ),
    (
        "nccpa-pa-c",
        Issuer(
            "NCCPA",
            ("National Commission on Certification of Physician Assistants",),
            ("nccpa.net",),
            ("vendor",),
        ),
        "Physician Assistant – Certified",
        "PA-C",
        120,
        ("Primary Care", "Physical Examination", "Pharmacology", "Patient Care"),
    ),
    (
        "nbrc-rrt",
        Issuer("NBRC", ("National Board for Respiratory Care",), ("nbrc.org",), ("vendor",)),
        "Registered Respiratory Therapist",
        "RRT",
        60,
        ("Critical Care", "Patient Care", "Patient Assessment"),
    ),
):
    add(
        _id,
        _title,
        _issuer,
        "healthcare",
        aliases=(f"{_title} ({_acronym})", _title.replace("–", "-")),
        acronyms=(_acronym,),
        level="expert" if _acronym == "PA-C" else "associate",
        valid=_valid,
        skills=_skills,
        stacks=("ahima-rhia",) if _id == "ahima-rhit" else (),
    )
