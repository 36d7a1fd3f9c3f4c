"""Project management and agile: PMI, PeopleCert, Scrum.org, Scrum Alliance, SAFe, ASQ; ASCM."""

from __future__ import annotations

from tools.catalog.builder import Issuer, add

PMI = Issuer(
    "Project Management Institute",
    ("PMI", "Project Management Institute (PMI)", "Project Management Institute, Inc."),
    ("pmi.org",),
    ("vendor", "credly"),
)
for _id, _title, _acronym, _level, _skills, _stacks in (
    (
        "capm",
        "Certified Associate in Project Management",
        "CAPM",
        "foundational",
        ("Project Management", "Project Scheduling"),
        ("pmp",),
    ),
    (
        "pmp",
        "Project Management Professional",
        "PMP",
        "professional",
        (
            "Project Management",
            "Stakeholder Management",
            "Risk Management",
            "Agile",
            "Budgeting",
            "Project Scheduling",
        ),
        ("pgmp", "pfmp"),
    ),
    (
        "pmi-acp",
        "PMI Agile Certified Practitioner",
        "PMI-ACP",
        "professional",
        ("Agile", "Scrum", "Kanban", "Lean"),
        (),
    ),
    (
        "pgmp",
        "Program Management Professional",
        "PgMP",
        "expert",
        ("Program Management", "Stakeholder Management"),
        ("pfmp",),
    ),
    (
        "pfmp",
        "Portfolio Management Professional",
        "PfMP",
        "expert",
        ("Portfolio Management", "Strategic Planning"),
        (),
    ),
    (
        "pmi-rmp",
        "PMI Risk Management Professional",
        "PMI-RMP",
        "specialty",
        ("Risk Management", "Project Management"),
        (),
    ),
    (
        "pmi-sp",
        "PMI Scheduling Professional",
        "PMI-SP",
        "specialty",
        ("Project Scheduling", "Project Management"),
        (),
    ),
    (
        "pmi-pba",
        "PMI Professional in Business Analysis",
        "PMI-PBA",
        "specialty",
        ("Business Analysis", "Requirements Analysis"),
        (),
    ),
    (
        "pmi-cp",
        "PMI Construction Professional in Built Environment Projects",
        "PMI-CP",
        "specialty",
        ("Project Management",),
        (),
    ),
):
    add(
        _id,
        _title,
        PMI,
        "project-management",
        aliases=(f"{_title} ({_acronym})", f"{_acronym}-certified", f"{_acronym} certification"),
        acronyms=(_acronym,),
        level=_level,
        valid=36,
        skills=_skills,
        stacks=_stacks,
    )
add(
    "pmi-dasm",
    "Disciplined Agile Scrum Master",
    PMI,
    "project-management",
    aliases=("PMI Disciplined Agile Scrum Master",),
    acronyms=("DASM",),
    level="foundational",
    valid=12,
    skills=("Scrum", "Agile"),
    stacks=("pmi-acp",),
)

PEOPLECERT = Issuer(
    "PeopleCert",
    ("AXELOS", "PeopleCert (AXELOS)", "AXELOS Global Best Practice"),
    ("peoplecert.org", "axelos.com"),
    ("vendor",),
)
# PeopleCert's "global best practice" certifications are current for three years from award.
for _id, _title, _level, _skills, _stacks in (
    (
        "prince2-foundation",
        "PRINCE2 Foundation",
        "foundational",
        ("Project Management",),
        ("prince2-practitioner",),
    ),
    (
        "prince2-practitioner",
        "PRINCE2 Practitioner",
        "professional",
        ("Project Management", "Risk Management", "Stakeholder Management"),
        (),
    ),
    (
        "prince2-agile-foundation",
        "PRINCE2 Agile Foundation",
        "foundational",
        ("Project Management", "Agile"),
        ("prince2-agile-practitioner",),
    ),
    (
        "prince2-agile-practitioner",
        "PRINCE2 Agile Practitioner",
        "professional",
        ("Project Management", "Agile", "Scrum"),
        (),
    ),
    (
        "msp-foundation",
        "MSP Foundation",
        "foundational",
        ("Program Management",),
        ("msp-practitioner",),
    ),
    (
        "msp-practitioner",
        "MSP Practitioner",
        "professional",
        ("Program Management", "Change Management"),
        (),
    ),
):
    add(
        _id,
        _title,
        PEOPLECERT,
        "project-management",
        aliases=(_title.replace(" ", "® ", 1), f"{_title} Certificate", f"{_title} Certification"),
        level=_level,
        valid=36,
        skills=_skills,
        stacks=_stacks,
    )
for _id, _title, _level, _stacks in (
    (
        "itil-4-foundation",
        "ITIL 4 Foundation",
        "foundational",
        ("itil-4-cds", "itil-4-dsv", "itil-4-hvit", "itil-4-dpi", "itil-4-managing-professional"),
    ),
    (
        "itil-4-cds",
        "ITIL 4 Specialist: Create, Deliver and Support",
        "professional",
        ("itil-4-managing-professional",),
    ),
    (
        "itil-4-dsv",
        "ITIL 4 Specialist: Drive Stakeholder Value",
        "professional",
        ("itil-4-managing-professional",),
    ),
    (
        "itil-4-hvit",
        "ITIL 4 Specialist: High-velocity IT",
        "professional",
        ("itil-4-managing-professional",),
    ),
    (
        "itil-4-dpi",
        "ITIL 4 Strategist: Direct, Plan and Improve",
        "professional",
        ("itil-4-managing-professional", "itil-4-strategic-leader"),
    ),
    ("itil-4-managing-professional", "ITIL 4 Managing Professional", "expert", ("itil-master",)),
    ("itil-4-strategic-leader", "ITIL 4 Strategic Leader", "expert", ("itil-master",)),
    ("itil-master", "ITIL Master", "expert", ()),
):
    _aliases = [_title.replace("ITIL 4", "ITIL® 4"), f"{_title} Certificate"]
    if _id == "itil-4-foundation":
        _aliases += [
            "ITIL v4 Foundation",
            "ITIL Foundation",
            "ITIL Foundation Certificate in IT Service Management",
        ]
    add(
        _id,
        _title,
        PEOPLECERT,
        "it",
        aliases=tuple(_aliases),
        acronyms={
            "itil-4-cds": ("CDS",),
            "itil-4-dsv": ("DSV",),
            "itil-4-hvit": ("HVIT",),
            "itil-4-dpi": ("DPI",),
            "itil-4-managing-professional": ("ITIL MP",),
            "itil-4-strategic-leader": ("ITIL SL",),
        }.get(_id, ()),
        level=_level,
        valid=None if _id == "itil-master" else 36,
        skills=("ITIL", "IT Service Management"),
        stacks=_stacks,
    )

SCRUM_ORG = Issuer(
    "Scrum.org", ("Scrum org", "Scrum.org, Inc."), ("scrum.org",), ("vendor", "credly")
)
# Scrum.org assessments are certifications for life.
for _id, _title, _acronym, _level, _skills, _stacks in (
    (
        "psm-1",
        "Professional Scrum Master I",
        "PSM I",
        "foundational",
        ("Scrum", "Agile", "Facilitation"),
        ("psm-2",),
    ),
    (
        "psm-2",
        "Professional Scrum Master II",
        "PSM II",
        "professional",
        ("Scrum", "Agile", "Agile Coaching"),
        ("psm-3",),
    ),
    (
        "psm-3",
        "Professional Scrum Master III",
        "PSM III",
        "expert",
        ("Scrum", "Agile", "Agile Coaching"),
        (),
    ),
    (
        "pspo-1",
        "Professional Scrum Product Owner I",
        "PSPO I",
        "foundational",
        ("Scrum", "Product Ownership"),
        ("pspo-2",),
    ),
    (
        "pspo-2",
        "Professional Scrum Product Owner II",
        "PSPO II",
        "professional",
        ("Scrum", "Product Ownership", "Product Management"),
        ("pspo-3",),
    ),
    (
        "pspo-3",
        "Professional Scrum Product Owner III",
        "PSPO III",
        "expert",
        ("Scrum", "Product Ownership", "Product Management"),
        (),
    ),
    (
        "psd-1",
        "Professional Scrum Developer I",
        "PSD I",
        "foundational",
        ("Scrum", "Software Development"),
        (),
    ),
    ("psk-1", "Professional Scrum with Kanban I", "PSK I", "foundational", ("Scrum", "Kanban"), ()),
    (
        "pal-1",
        "Professional Agile Leadership I",
        "PAL I",
        "foundational",
        ("Agile", "Leadership"),
        (),
    ),
    (
        "pal-ebm",
        "Professional Agile Leadership – Evidence-Based Management",
        "PAL-EBM",
        "foundational",
        ("Agile", "Leadership"),
        (),
    ),
    ("sps", "Scaled Professional Scrum", "SPS", "professional", ("Scrum", "Agile"), ()),
    (
        "psu-1",
        "Professional Scrum with User Experience I",
        "PSU I",
        "foundational",
        ("Scrum", "UX Design"),
        (),
    ),
):
    add(
        _id,
        _title,
        SCRUM_ORG,
        "project-management",
        aliases=(
            f"{_title} ({_acronym})",
            _acronym.replace(" III", "3").replace(" II", "2").replace(" I", "1").replace(" ", "-"),
        ),
        acronyms=(_acronym, _acronym.replace(" ", "-")),
        level=_level,
        skills=_skills,
        stacks=_stacks,
    )

SCRUM_ALLIANCE = Issuer(
    "Scrum Alliance",
    ("Scrum Alliance, Inc.", "ScrumAlliance"),
    ("scrumalliance.org", "bcert.me"),
    ("credly", "vendor"),
)
for _id, _title, _acronym, _level, _skills, _stacks in (
    (
        "csm",
        "Certified ScrumMaster",
        "CSM",
        "foundational",
        ("Scrum", "Agile", "Facilitation"),
        ("a-csm",),
    ),
    (
        "a-csm",
        "Advanced Certified ScrumMaster",
        "A-CSM",
        "professional",
        ("Scrum", "Agile", "Agile Coaching"),
        ("csp-sm",),
    ),
    (
        "csp-sm",
        "Certified Scrum Professional – ScrumMaster",
        "CSP-SM",
        "expert",
        ("Scrum", "Agile", "Agile Coaching"),
        (),
    ),
    (
        "cspo",
        "Certified Scrum Product Owner",
        "CSPO",
        "foundational",
        ("Scrum", "Product Ownership"),
        ("a-cspo",),
    ),
    (
        "a-cspo",
        "Advanced Certified Scrum Product Owner",
        "A-CSPO",
        "professional",
        ("Scrum", "Product Ownership", "Product Management"),
        ("csp-po",),
    ),
    (
        "csp-po",
        "Certified Scrum Professional – Product Owner",
        "CSP-PO",
        "expert",
        ("Scrum", "Product Ownership", "Product Management"),
        (),
    ),
    (
        "csd",
        "Certified Scrum Developer",
        "CSD",
        "foundational",
        ("Scrum", "Software Development", "Unit Testing"),
        (),
    ),
):
    add(
        _id,
        _title,
        SCRUM_ALLIANCE,
        "project-management",
        aliases=(
            f"{_title} ({_acronym})",
            _title.replace("ScrumMaster", "Scrum Master").replace("–", "-"),
        ),
        acronyms=(_acronym,),
        level=_level,
        valid=24,
        skills=_skills,
        stacks=_stacks,
    )

SCALED_AGILE = Issuer(
    "Scaled Agile",
    ("Scaled Agile, Inc.", "Scaled Agile Framework", "SAFe"),
    ("scaledagile.com", "scaledagileframework.com"),
    ("credly",),
)
for _id, _role, _acronym, _level, _skills, _stacks in (
    (
        "safe-agilist",
        "Agilist",
        "SA",
        "foundational",
        ("SAFe", "Agile", "Leadership"),
        ("safe-spc",),
    ),
    ("safe-practitioner", "Practitioner", "SP", "foundational", ("SAFe", "Agile", "Scrum"), ()),
    (
        "safe-scrum-master",
        "Scrum Master",
        "SSM",
        "foundational",
        ("SAFe", "Scrum", "Facilitation"),
        ("safe-advanced-scrum-master",),
    ),
    (
        "safe-advanced-scrum-master",
        "Advanced Scrum Master",
        "SASM",
        "professional",
        ("SAFe", "Scrum", "Agile Coaching"),
        ("safe-release-train-engineer",),
    ),
    (
        "safe-popm",
        "Product Owner/Product Manager",
        "POPM",
        "foundational",
        ("SAFe", "Product Ownership", "Product Management"),
        (),
    ),
    (
        "safe-release-train-engineer",
        "Release Train Engineer",
        "RTE",
        "professional",
        ("SAFe", "Program Management", "Facilitation"),
        (),
    ),
    (
        "safe-devops-practitioner",
        "DevOps Practitioner",
        "SDP",
        "foundational",
        ("SAFe", "DevOps", "CI/CD"),
        (),
    ),
    (
        "safe-lean-portfolio-manager",
        "Lean Portfolio Manager",
        "LPM",
        "professional",
        ("SAFe", "Portfolio Management", "Lean"),
        (),
    ),
    (
        "safe-spc",
        "Practice Consultant",
        "SPC",
        "expert",
        ("SAFe", "Agile Coaching", "Change Management"),
        (),
    ),
):
    add(
        _id,
        f"Certified SAFe {_role}",
        SCALED_AGILE,
        "project-management",
        # "SAFe Scrum Master" and the like are job titles; only Agilist and Practitioner
        # are unambiguous without "Certified".
        aliases=(
            *((f"SAFe {_role}",) if _role in {"Agilist", "Practitioner"} else ()),
            f"Certified SAFe® {_role}",
            f"SAFe {_role} ({_acronym})",
            f"SAFe {_role} Certification",
        ),
        acronyms=() if _acronym in {"SA", "SP"} else (_acronym,),
        level=_level,
        valid=12,
        skills=_skills,
        stacks=_stacks,
    )

ASQ = Issuer("ASQ", ("American Society for Quality",), ("asq.org",), ("vendor",))


def _belt_aliases(title: str) -> tuple[str, ...]:
    """ASQ's belts as résumés write them: "ASQ Six Sigma Green Belt", "… Green Belt (ASQ)"."""
    if "Six Sigma" not in title:
        return ()
    belt = title.removeprefix("Certified ")
    return (f"ASQ {belt}", f"{belt} (ASQ)", f"ASQ-certified {belt}")


for _id, _title, _acronym, _level, _skills, _valid, _stacks in (
    (
        "asq-cssyb",
        "Certified Six Sigma Yellow Belt",
        "CSSYB",
        "foundational",
        ("Six Sigma", "Process Improvement"),
        None,
        ("asq-cssgb",),
    ),
    (
        "asq-cssgb",
        "Certified Six Sigma Green Belt",
        "CSSGB",
        "associate",
        ("Six Sigma", "Process Improvement", "Statistics"),
        36,
        ("asq-cssbb",),
    ),
    (
        "asq-cssbb",
        "Certified Six Sigma Black Belt",
        "CSSBB",
        "professional",
        ("Six Sigma", "Process Improvement", "Statistics", "Leadership"),
        36,
        (),
    ),
    (
        "asq-cqe",
        "Certified Quality Engineer",
        "CQE",
        "professional",
        ("Quality Management", "Statistics"),
        36,
        (),
    ),
    (
        "asq-cqa",
        "Certified Quality Auditor",
        "CQA",
        "professional",
        ("Quality Auditing", "Quality Management", "Auditing"),
        36,
        (),
    ),
    (
        "asq-cmq-oe",
        "Certified Manager of Quality/Organizational Excellence",
        "CMQ/OE",
        "expert",
        ("Quality Management", "Leadership", "Strategic Planning"),
        36,
        (),
    ),
):
    add(
        _id,
        _title,
        ASQ,
        "project-management",
        # Only ASQ's own: a "Six Sigma Green Belt" from an unnamed provider (a consultancy, an
        # employer, IASSC) is not this certification, so the bare belt names stay the skill.
        aliases=(
            f"ASQ {_title}",
            f"{_title} ({_acronym})",
            *_belt_aliases(_title),
        ),
        acronyms=(_acronym,),
        level=_level,
        valid=_valid,
        skills=_skills,
        stacks=_stacks,
    )

# ASCM (the Association for Supply Chain Management, APICS before 2018): its CSCP is written
# after names as often as in a list ("Dana Reyes, PMP, CSCP"); current for five years.
ASCM = Issuer(
    "ASCM",
    ("Association for Supply Chain Management", "APICS", "ASCM (APICS)", "APICS (ASCM)"),
    ("ascm.org", "apics.org"),
    ("vendor",),
)
add(
    "ascm-cscp",
    "Certified Supply Chain Professional",
    ASCM,
    "project-management",
    aliases=(
        "Certified Supply Chain Professional (CSCP)",
        "APICS Certified Supply Chain Professional",
        "APICS CSCP",
        "ASCM CSCP",
    ),
    acronyms=("CSCP",),
    level="professional",
    valid=60,
    skills=("Supply Chain Management", "Logistics"),
)

add(
    "itil-v3-foundation",
    "ITIL v3 Foundation",
    PEOPLECERT,
    "it",
    aliases=(
        "ITIL V3 Foundation Certificate in IT Service Management",
        "ITIL Foundation v3",
        "ITIL 2011 Foundation",
    ),
    level="foundational",
    skills=("ITIL", "IT Service Management"),
    stacks=("itil-4-foundation",),
)
