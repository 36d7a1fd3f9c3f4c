"""Designations of UK professional bodies, as written after a name ("Jane Roe CEng MIET",
"…, APMI"): Engineering Council registration, the IET's Member grade, the CMI's Chartered
Manager, CIPS and RICS membership and the Pensions Management Institute's Associate; and the
AusIMM's Member grade, which mining professionals write after their names beyond the UK.

Each is a grade a body admits its members to, not a course: the letters are the claim, so each
carries them as its acronym, and none lapses in the catalog (membership is renewed each year,
which says nothing about when the designation was earned).
"""

from __future__ import annotations

from tools.catalog.builder import Issuer, add

ENGINEERING_COUNCIL = Issuer(
    "Engineering Council",
    ("Engineering Council UK", "EngC"),
    ("engc.org.uk",),
    ("vendor",),
)
# The three titles the Engineering Council registers through its licensed institutions (IET,
# IMechE, ICE, IGEM ...), each assessed against UK-SPEC by a professional review.
for _id, _title, _acronym, _level, _stacks in (
    ("engc-engtech", "Engineering Technician", "EngTech", "associate", ("engc-ieng",)),
    ("engc-ieng", "Incorporated Engineer", "IEng", "professional", ("engc-ceng",)),
    ("engc-ceng", "Chartered Engineer", "CEng", "expert", ()),
):
    add(
        _id,
        _title,
        ENGINEERING_COUNCIL,
        "engineering",
        "designation",
        aliases=(
            f"{_title} ({_acronym})",
            f"{_acronym} registration",
            f"Engineering Council {_acronym}",
        ),
        acronyms=(_acronym,),
        level=_level,
        stacks=_stacks,
    )

IET = Issuer(
    "IET",
    ("Institution of Engineering and Technology", "The IET"),
    ("theiet.org",),
    ("vendor",),
)
add(
    "iet-miet",
    "Member of the Institution of Engineering and Technology",
    IET,
    "engineering",
    "designation",
    aliases=("Member of the IET", "IET Member", "Member of the IET (MIET)"),
    acronyms=("MIET",),
    level="professional",
)

CMI = Issuer(
    "CMI",
    ("Chartered Management Institute",),
    ("managers.org.uk",),
    ("vendor",),
)
add(
    "cmi-cmgr",
    "Chartered Manager",
    CMI,
    "project-management",
    "designation",
    aliases=("Chartered Manager (CMgr)", "CMI Chartered Manager"),
    acronyms=("CMgr",),
    level="professional",
    skills=("Leadership", "Change Management"),
)

CIPS = Issuer(
    "CIPS",
    (
        "Chartered Institute of Procurement & Supply",
        "Chartered Institute of Procurement and Supply",
        "Chartered Institute of Purchasing and Supply",
    ),
    ("cips.org",),
    ("vendor",),
)
add(
    "cips-mcips",
    "Member of the Chartered Institute of Procurement & Supply",
    CIPS,
    "project-management",
    "designation",
    aliases=(
        "Member of CIPS",
        "CIPS Member",
        "Chartered MCIPS",
        "MCIPS Chartered Procurement and Supply Professional",
    ),
    acronyms=("MCIPS",),
    level="professional",
    skills=("Procurement", "Supply Chain Management", "Negotiation"),
)

RICS = Issuer(
    "RICS",
    ("Royal Institution of Chartered Surveyors",),
    ("rics.org",),
    ("vendor",),
)
add(
    "rics-mrics",
    "Member of the Royal Institution of Chartered Surveyors",
    RICS,
    "engineering",
    "designation",
    aliases=("Member of RICS", "RICS Member", "Chartered Surveyor MRICS"),
    acronyms=("MRICS",),
    level="professional",
)

# The pensions body is "PMI" to its members, but the catalog's PMI is the Project Management
# Institute: the initials stay out of the issuer's aliases, so neither is read for the other.
PENSIONS_MANAGEMENT_INSTITUTE = Issuer(
    "Pensions Management Institute",
    ("The Pensions Management Institute",),
    ("pensions-pmi.org.uk",),
    ("vendor",),
)
add(
    "pensions-pmi-apmi",
    "Associate of the Pensions Management Institute",
    PENSIONS_MANAGEMENT_INSTITUTE,
    "finance",
    "designation",
    aliases=(
        "Associate Member of the Pensions Management Institute",
        "Associate of the PMI (APMI)",
        "Pensions Management Institute Associate",
    ),
    acronyms=("APMI",),
    level="professional",
)

# The AusIMM's main professional grade, written after a mining professional's name across
# Australasia and the Americas ("…, MAusIMM"): admitted on a tertiary qualification, five
# years' experience and sponsors, reviewed by its applications committee.
AUSIMM = Issuer(
    "AusIMM",
    ("Australasian Institute of Mining and Metallurgy", "The AusIMM"),
    ("ausimm.com",),
    ("vendor",),
)
add(
    "ausimm-mausimm",
    "Member of the Australasian Institute of Mining and Metallurgy",
    AUSIMM,
    "engineering",
    "designation",
    aliases=(
        "Member of the AusIMM",
        "AusIMM Member",
        "Member of the Australasian Institute of Mining and Metallurgy (MAusIMM)",
    ),
    acronyms=("MAusIMM",),
    level="professional",
)

# The National Association of REALTORS®'s Graduate, REALTOR® Institute: an agent writes its
# letters after a name ("…, ABR, GRI") more often than in a list. Its curriculum of at least
# 60 hours is run by the state associations NAR accredits; it does not lapse while the holder
# stays a member.
NAR = Issuer(
    "National Association of REALTORS®",
    ("National Association of Realtors", "National Association of REALTORS"),
    ("nar.realtor",),
    ("vendor",),
)
add(
    "nar-gri",
    "Graduate, REALTOR® Institute",
    NAR,
    "finance",
    "designation",
    aliases=(
        "Graduate, REALTOR® Institute (GRI)",
        "Graduate REALTOR Institute",
        "Graduate, Realtor Institute",
        "GRI designation",
    ),
    acronyms=("GRI",),
    level="professional",
)

# The Chartered Institute of Payroll Professionals admits a full Member (MCIPP) on a CIPP
# level 5 qualification, or by upgrade on three years' work and a year's CPD in payroll,
# pensions or reward: no exam or graded work of its own, a membership as the IET's is. Payroll
# staff write its letters after their names ("Siân Roe, MCIPP"). Its initials stay out of the
# issuer's aliases: the catalog's CIPP/E and CIPP/US are the IAPP's privacy certifications.
CIPP = Issuer(
    "Chartered Institute of Payroll Professionals",
    ("The Chartered Institute of Payroll Professionals",),
    ("cipp.org.uk",),
    ("vendor",),
)
add(
    "cipp-mcipp",
    "Member of the Chartered Institute of Payroll Professionals",
    CIPP,
    "hr",
    "designation",
    aliases=("Member of the CIPP", "CIPP Member", "Member of the CIPP (MCIPP)"),
    acronyms=("MCIPP",),
    level="professional",
    skills=("Payroll",),
)
