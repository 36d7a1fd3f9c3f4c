"""Engineering, aircraft maintenance and site safety: PE and FE, FAA A&P, EASA Part-66, OSHA cards.

Recruiters in construction, manufacturing and aviation ask for these as often as IT postings ask
for cloud certifications. They name no skill of ``skills.json``: adding skills ("Mechanical
Engineering", "Aircraft Maintenance") would turn ordinary words of job descriptions into
requirements, which is a change of the role reader's labels, not of the catalog.
"""

from __future__ import annotations

from tools.catalog.builder import Issuer, add

ENGINEERING_BOARDS = Issuer(
    "State Board of Professional Engineers",
    (
        "Board of Professional Engineers",
        "State Board of Registration for Professional Engineers",
        "State Board of Licensure for Professional Engineers",
        "NCEES",
        "National Council of Examiners for Engineering and Surveying",
    ),
    ("ncees.org",),
    ("licensing-board",),
)
# The FE exam leads to the Engineer Intern / Engineer-in-Training designation; the PE exam, with
# four years' experience, to the PE licence. Each state licenses and renews on its own cycle.
add(
    "ncees-fe",
    "Fundamentals of Engineering (FE) exam",
    ENGINEERING_BOARDS,
    "engineering",
    "exam",
    aliases=(
        "Fundamentals of Engineering",
        "Fundamentals of Engineering exam",
        "FE exam",
        "NCEES FE",
        "Engineer in Training (EIT)",
        "Engineer-in-Training (EIT)",
        "EIT certification",
        "EIT certificate",
    ),
    acronyms=("FE",),
    level="associate",
    stacks=("pe-licence",),
)
add(
    "pe-licence",
    "Professional Engineer",
    ENGINEERING_BOARDS,
    "engineering",
    "licence",
    aliases=(
        "Professional Engineer (PE)",
        "Professional Engineer (P.E.)",
        "Licensed Professional Engineer",
        "Registered Professional Engineer",
        "Professional Engineer licence",
        "Professional Engineer license",
        "Professional Engineering licence",
        "Professional Engineering license",
        "PE licence",
        "PE license",
        "PE licensure",
        "P.E. licence",
        "P.E. license",
        "Principles and Practice of Engineering",
        "NCEES PE",
    ),
    # "PE" is physical education, private equity and a P/E ratio on most résumés.
    acronyms=("PE",),
    level="professional",
)

# Canada: the regulator of each province or territory licenses its professional engineers
# (P.Eng.): an accredited degree or exams, four years' experience and the National Professional
# Practice Exam. Ontario's, PEO, is the largest; the others are aliases.
PROVINCIAL_ENGINEERING_REGULATORS = Issuer(
    "Professional Engineers Ontario",
    (
        "Engineers and Geoscientists British Columbia",
        "Association of Professional Engineers and Geoscientists of Alberta",
        "APEGA",
        "Association of Professional Engineers and Geoscientists of Saskatchewan",
        "Engineers Geoscientists Manitoba",
        "Engineers Nova Scotia",
        "Engineers Canada",
    ),
    ("peo.on.ca", "egbc.ca", "apega.ca", "engineerscanada.ca"),
    ("licensing-board",),
)
add(
    "p-eng-licence",
    "Professional Engineer (P.Eng.)",
    PROVINCIAL_ENGINEERING_REGULATORS,
    "engineering",
    "licence",
    aliases=("P.Eng. licence", "P.Eng. license", "Professional Engineer, P.Eng."),
    acronyms=("P.Eng.",),
    level="professional",
)

FAA = Issuer(
    "FAA",
    ("Federal Aviation Administration", "U.S. Federal Aviation Administration"),
    ("faa.gov",),
    ("licensing-board",),
)
# One Aviation Mechanic certificate, with the Airframe rating, the Powerplant rating or both
# ("A&P"). It does not lapse: there is no renewal cycle.
add(
    "faa-ap-mechanic",
    "FAA Airframe and Powerplant Mechanic Certificate",
    FAA,
    "engineering",
    "licence",
    aliases=(
        "Airframe and Powerplant",
        "Airframe & Powerplant",
        "Airframe and Powerplant (A&P)",
        "Airframe & Powerplant (A&P)",
        "Airframe and Powerplant licence",
        "Airframe and Powerplant license",
        "Airframe and Powerplant certificate",
        "A&P licence",
        "A&P license",
        "A&P certificate",
        "A&P Mechanic Certificate",
        "FAA A&P Certificate",
        "FAA A&P licence",
        "FAA A&P license",
        "Aviation Mechanic Certificate",
        "FAA Mechanic Certificate",
    ),
    # "A&P" is also an advertising-and-promotion budget on marketing résumés; "A&P Mechanic" is
    # a job title, so it is no alias either.
    acronyms=("A&P",),
    level="professional",
)

EASA = Issuer(
    "EASA",
    (
        "European Union Aviation Safety Agency",
        "European Aviation Safety Agency",
    ),
    ("easa.europa.eu",),
    ("licensing-board",),
)
# One licence, issued by a member state's competent authority under Annex III (Part-66), with
# its categories (A, B1, B2, B2L, B3, C) endorsed on it; a résumé names the licence with its
# category, so the categories are aliases rather than entries of their own.
add(
    "easa-part-66",
    "EASA Part-66 Aircraft Maintenance Licence",
    EASA,
    "engineering",
    "licence",
    aliases=(
        "EASA Part-66",
        "EASA Part 66",
        "EASA Part-66 licence",
        "EASA Part-66 license",
        "EASA Part 66 licence",
        "EASA Part 66 license",
        "EASA Part-66 AML",
        "Part-66 Aircraft Maintenance Licence",
        "Part-66 licence",
        "Part-66 license",
        "Part 66 licence",
        "Part 66 license",
        "Part-66 AML",
        "Part-66 B1",
        "Part-66 B2",
        "Part-66 B1/B2",
        "EASA Part-66 B1",
        "EASA Part-66 B2",
        "EASA B1 licence",
        "EASA B2 licence",
        "EASA B1 license",
        "EASA B2 license",
        "B1 Aircraft Maintenance Licence",
        "B2 Aircraft Maintenance Licence",
    ),
    level="professional",
    # 66.A.40: the licence is valid five years from its last issue or change.
    valid=60,
)

OSHA = Issuer(
    "OSHA",
    (
        "Occupational Safety and Health Administration",
        "U.S. Department of Labor",
        "US Department of Labor",
    ),
    ("osha.gov", "dol.gov"),
    ("vendor",),
)
# Outreach Training Program cards: a student course completion card issued after the whole
# class, which OSHA says is not a certification or a licence. The cards do not expire.
for _id, _hours, _level, _stacks in (
    ("osha-10", "10", "foundational", ("osha-30",)),
    ("osha-30", "30", "associate", ()),
):
    add(
        _id,
        f"OSHA {_hours}-Hour Outreach Training",
        OSHA,
        "engineering",
        "course",
        aliases=(
            f"OSHA {_hours}",
            f"OSHA {_hours}-Hour",
            f"OSHA {_hours} Hour",
            f"OSHA {_hours}-Hour card",
            f"OSHA {_hours} card",
            f"OSHA {_hours}-Hour Construction",
            f"OSHA {_hours}-Hour General Industry",
            f"OSHA {_hours} Construction",
            f"OSHA {_hours} General Industry",
            f"OSHA {_hours}-Hour Construction Safety",
            f"OSHA {_hours}-Hour Outreach",
            f"{_hours}-Hour OSHA",
            f"{_hours} Hour OSHA",
            f"OSHA {_hours} certification",
            f"OSHA {_hours} certified",
        ),
        level=_level,
        stacks=_stacks,
    )

IOSH = Issuer(
    "IOSH",
    ("Institution of Occupational Safety and Health",),
    ("iosh.com", "iosh.co.uk"),
    ("vendor",),
)
# Chartered membership of IOSH (CMIOSH): a membership grade reached through Initial
# Professional Development, a portfolio or an open assessment, then a peer review interview.
add(
    "iosh-cmiosh",
    "Chartered Member of IOSH",
    IOSH,
    "engineering",
    "designation",
    aliases=(
        "Chartered Member of IOSH (CMIOSH)",
        "Chartered Member of the Institution of Occupational Safety and Health",
        "IOSH Chartered Member",
    ),
    acronyms=("CMIOSH",),
    level="professional",
)
