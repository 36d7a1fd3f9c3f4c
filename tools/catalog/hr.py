"""Human resources: SHRM, HRCI, CIPD, WorldatWork, ATD."""

from __future__ import annotations

from tools.catalog.builder import Issuer, add

SHRM = Issuer("SHRM", ("Society for Human Resource Management",), ("shrm.org",), ("vendor",))
add(
    "shrm-cp",
    "SHRM Certified Professional",
    SHRM,
    "hr",
    aliases=("SHRM Certified Professional (SHRM-CP)",),
    acronyms=("SHRM-CP",),
    level="associate",
    valid=36,
    skills=("Human Resources", "Employee Relations", "Talent Acquisition", "Employment Law"),
    stacks=("shrm-scp",),
)
add(
    "shrm-scp",
    "SHRM Senior Certified Professional",
    SHRM,
    "hr",
    aliases=("SHRM Senior Certified Professional (SHRM-SCP)",),
    acronyms=("SHRM-SCP",),
    level="professional",
    valid=36,
    skills=(
        "Human Resources",
        "Strategic Planning",
        "Organizational Development",
        "Workforce Planning",
    ),
)

HRCI = Issuer(
    "HRCI",
    ("HR Certification Institute", "Human Resource Certification Institute"),
    ("hrci.org",),
    ("credly", "vendor"),
)
for _id, _title, _acronym, _level, _skills, _stacks in (
    (
        "hrci-aphr",
        "Associate Professional in Human Resources",
        "aPHR",
        "foundational",
        ("Human Resources", "Onboarding"),
        ("hrci-phr",),
    ),
    (
        "hrci-phr",
        "Professional in Human Resources",
        "PHR",
        "associate",
        ("Human Resources", "Employee Relations", "Employment Law", "Talent Acquisition"),
        ("hrci-sphr",),
    ),
    (
        "hrci-sphr",
        "Senior Professional in Human Resources",
        "SPHR",
        "professional",
        ("Human Resources", "Strategic Planning", "Talent Management", "Leadership"),
        (),
    ),
    (
        "hrci-gphr",
        "Global Professional in Human Resources",
        "GPHR",
        "professional",
        ("Human Resources", "Global HR", "Employment Law"),
        (),
    ),
    (
        "hrci-aphri",
        "Associate Professional in Human Resources – International",
        "aPHRi",
        "foundational",
        ("Human Resources", "Global HR"),
        ("hrci-phri",),
    ),
    (
        "hrci-phri",
        "Professional in Human Resources – International",
        "PHRi",
        "associate",
        ("Human Resources", "Global HR"),
        ("hrci-sphri",),
    ),
    (
        "hrci-sphri",
        "Senior Professional in Human Resources – International",
        "SPHRi",
        "professional",
        ("Human Resources", "Global HR", "Strategic Planning"),
        (),
    ),
):
    add(
        _id,
        _title,
        HRCI,
        "hr",
        aliases=(f"{_title} ({_acronym})", _title.replace("–", "-")),
        acronyms=(_acronym,),
        level=_level,
        valid=36,
        skills=_skills,
        stacks=_stacks,
    )

CIPD = Issuer(
    "CIPD",
    ("Chartered Institute of Personnel and Development",),
    ("cipd.org", "cipd.co.uk"),
    ("vendor",),
)
_CIPD_LETTERS = {"cipd-chartered-member": ("MCIPD",), "cipd-chartered-fellow": ("FCIPD",)}
for _id, _title, _aliases, _level, _skills, _stacks, _kind in (
    (
        "cipd-level-3-foundation-certificate",
        "CIPD Level 3 Foundation Certificate in People Practice",
        ("CIPD Level 3 Certificate", "CIPD Level 3"),
        "foundational",
        ("Human Resources", "Employee Relations"),
        ("cipd-level-5-associate-diploma",),
        "program",
    ),
    (
        "cipd-level-5-associate-diploma",
        "CIPD Level 5 Associate Diploma in People Management",
        (
            "CIPD Level 5 Diploma",
            "CIPD Level 5",
            "CIPD Level 5 Associate Diploma",
            "CIPD Level 5 Associate Diploma in Organisational Learning and Development",
        ),
        "associate",
        ("Human Resources", "People Management", "Employment Law"),
        ("cipd-level-7-advanced-diploma", "cipd-associate-member"),
        "program",
    ),
    (
        "cipd-level-7-advanced-diploma",
        "CIPD Level 7 Advanced Diploma in Strategic People Management",
        (
            "CIPD Level 7 Diploma",
            "CIPD Level 7",
            "CIPD Level 7 Advanced Diploma",
            "CIPD Level 7 Advanced Diploma in Strategic Learning and Development",
        ),
        "professional",
        ("Human Resources", "Strategic Planning", "Organizational Development"),
        ("cipd-chartered-member",),
        "program",
    ),
    (
        "cipd-associate-member",
        "Associate Member of the CIPD",
        ("Assoc CIPD", "CIPD Associate Member"),
        "associate",
        ("Human Resources",),
        ("cipd-chartered-member",),
        "designation",
    ),
    (
        "cipd-chartered-member",
        "Chartered Member of the CIPD",
        ("Chartered MCIPD", "CIPD Chartered Member"),
        "professional",
        ("Human Resources", "People Management"),
        ("cipd-chartered-fellow",),
        "designation",
    ),
    (
        "cipd-chartered-fellow",
        "Chartered Fellow of the CIPD",
        ("Chartered FCIPD", "CIPD Chartered Fellow"),
        "expert",
        ("Human Resources", "Leadership", "Strategic Planning"),
        (),
        "designation",
    ),
):
    add(
        _id,
        _title,
        CIPD,
        "hr",
        _kind,
        aliases=_aliases,
        # The letters a member writes after the name ("Harriet Osei MCIPD"): a Chartered grade
        # since 2010, so the letters alone are the Chartered Member and Fellow.
        acronyms=_CIPD_LETTERS.get(_id, ()),
        level=_level,
        skills=_skills,
        stacks=_stacks,
    )

WORLDATWORK = Issuer("WorldatWork", ("World at Work",), ("worldatwork.org",), ("vendor",))
for _id, _title, _acronym, _skills in (
    (
        "worldatwork-ccp",
        "Certified Compensation Professional",
        "CCP",
        ("Compensation and Benefits",),
    ),
    ("worldatwork-cbp", "Certified Benefits Professional", "CBP", ("Compensation and Benefits",)),
    (
        "worldatwork-grp",
        "Global Remuneration Professional",
        "GRP",
        ("Compensation and Benefits", "Global HR"),
    ),
):
    add(
        _id,
        _title,
        WORLDATWORK,
        "hr",
        aliases=(f"{_title} ({_acronym})", f"WorldatWork {_acronym}"),
        acronyms=(_acronym,),
        level="professional",
        valid=36,
        skills=("Human Resources", *_skills),
    )

ATD = Issuer(
    "ATD",
    ("Association for Talent Development", "ATD Certification Institute"),
    ("td.org",),
    ("vendor",),
)
add(
    "atd-aptd",
    "Associate Professional in Talent Development",
    ATD,
    "hr",
    aliases=("Associate Professional in Talent Development (APTD)",),
    acronyms=("APTD",),
    level="associate",
    valid=36,
    skills=("Learning and Development", "Instructional Design"),
    stacks=("atd-cptd",),
)
add(
    "atd-cptd",
    "Certified Professional in Talent Development",
    ATD,
    "hr",
    aliases=("Certified Professional in Talent Development (CPTD)",),
    acronyms=("CPTD",),
    level="professional",
    valid=36,
    skills=("Learning and Development", "Instructional Design", "Talent Management"),
)
