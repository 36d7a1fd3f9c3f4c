"""Finance and accounting: CPA, CFA, ACCA, CIMA, CMA, FRM, CIA, CFP, securities licences, …"""

from __future__ import annotations

from tools.catalog.builder import Issuer, add

ACCOUNTANCY_BOARDS = Issuer(
    "State Board of Accountancy",
    (
        "Board of Accountancy",
        "State Boards of Accountancy",
        "NASBA",
        "National Association of State Boards of Accountancy",
        "AICPA",
    ),
    ("nasba.org", "cpaverify.org", "aicpa-cima.com"),
    ("licensing-board",),
)
# Licences renew on each state's own cycle (one to three years), so no single term is given.
add(
    "us-cpa",
    "Certified Public Accountant",
    ACCOUNTANCY_BOARDS,
    "finance",
    "licence",
    aliases=(
        "Certified Public Accountant (CPA)",
        "CPA licence",
        "CPA license",
        "Licensed CPA",
        "CPA-certified",
    ),
    acronyms=("CPA",),
    level="professional",
    skills=("Accounting", "Auditing", "Taxation", "Financial Reporting", "US GAAP"),
)
add(
    "uniform-cpa-exam",
    "Uniform CPA Examination",
    ACCOUNTANCY_BOARDS,
    "finance",
    "exam",
    aliases=("CPA Exam", "Uniform CPA Exam"),
    skills=("Accounting", "Auditing", "Taxation"),
    stacks=("us-cpa",),
)

CFA_INSTITUTE = Issuer(
    "CFA Institute",
    ("CFA Institute (CFA)", "Chartered Financial Analyst Institute"),
    ("cfainstitute.org",),
    ("vendor",),
)
_CFA_SKILLS = (
    "Investment Management",
    "Financial Analysis",
    "Valuation",
    "Professional Ethics",
    "Equity Research",
)
_cfa_levels = []
for _number, _roman in ((1, "I"), (2, "II"), (3, "III")):
    _cfa_levels.append(f"cfa-level-{_number}")
    add(
        f"cfa-level-{_number}",
        f"CFA Level {_roman}",
        CFA_INSTITUTE,
        "finance",
        "exam",
        aliases=(
            f"CFA Level {_number}",
            f"Passed CFA Level {_roman}",
            f"CFA Program Level {_roman}",
        ),
        skills=_CFA_SKILLS,
    )
add(
    "cfa-charter",
    "Chartered Financial Analyst",
    CFA_INSTITUTE,
    "finance",
    "designation",
    aliases=("CFA Charterholder", "CFA charter", "Chartered Financial Analyst (CFA)"),
    acronyms=("CFA",),
    level="expert",
    skills=(*_CFA_SKILLS, "Fixed Income", "Derivatives", "Corporate Finance"),
    parts=tuple(_cfa_levels),
)
add(
    "cfa-investment-foundations",
    "CFA Institute Investment Foundations Certificate",
    CFA_INSTITUTE,
    "finance",
    "certification",
    aliases=("Investment Foundations Certificate", "CFA Investment Foundations"),
    level="foundational",
    skills=("Investment Management",),
)

ACCA = Issuer(
    "ACCA",
    ("Association of Chartered Certified Accountants", "ACCA Global"),
    ("accaglobal.com",),
    ("vendor",),
)
add(
    "acca",
    "Chartered Certified Accountant",
    ACCA,
    "finance",
    "designation",
    aliases=(
        "ACCA Member",
        "ACCA Qualified",
        "Association of Chartered Certified Accountants (ACCA)",
    ),
    acronyms=("ACCA", "FCCA"),
    level="professional",
    skills=(
        "Accounting",
        "Auditing",
        "Taxation",
        "IFRS",
        "Financial Reporting",
        "Management Accounting",
    ),
)
add(
    "acca-dipifr",
    "ACCA Diploma in International Financial Reporting",
    ACCA,
    "finance",
    "certification",
    aliases=("Diploma in IFRS", "ACCA DipIFR"),
    acronyms=("DipIFR",),
    level="specialty",
    skills=("IFRS", "Financial Reporting"),
)

CIMA = Issuer(
    "CIMA",
    ("Chartered Institute of Management Accountants", "AICPA & CIMA", "AICPA and CIMA"),
    ("cimaglobal.com", "aicpa-cima.com"),
    ("vendor",),
)
add(
    "cima-cgma",
    "Chartered Global Management Accountant",
    CIMA,
    "finance",
    "designation",
    aliases=("CIMA Chartered Global Management Accountant", "ACMA, CGMA", "CIMA Qualified"),
    acronyms=("CGMA", "ACMA"),
    level="professional",
    skills=("Management Accounting", "Financial Reporting", "Business Strategy", "FP&A"),
)

IMA = Issuer(
    "Institute of Management Accountants",
    ("IMA", "IMA (Institute of Management Accountants)"),
    ("imanet.org",),
    ("vendor",),
)
add(
    "ima-cma",
    "Certified Management Accountant",
    IMA,
    "finance",
    "certification",
    aliases=("Certified Management Accountant (CMA)", "IMA CMA", "US CMA"),
    acronyms=("CMA",),
    level="professional",
    skills=("Management Accounting", "FP&A", "Financial Analysis", "Budgeting"),
)
add(
    "ima-csca",
    "Certified in Strategy and Competitive Analysis",
    IMA,
    "finance",
    "certification",
    acronyms=("CSCA",),
    level="specialty",
    skills=("Business Strategy", "Financial Analysis"),
)

GARP = Issuer("GARP", ("Global Association of Risk Professionals",), ("garp.org",), ("vendor",))
add(
    "frm-part-1",
    "FRM Part I",
    GARP,
    "finance",
    "exam",
    aliases=("FRM Part 1", "FRM Level I", "Passed FRM Part I"),
    skills=("Financial Risk Management", "Quantitative Analysis"),
)
add(
    "frm-part-2",
    "FRM Part II",
    GARP,
    "finance",
    "exam",
    aliases=("FRM Part 2", "FRM Level II"),
    skills=("Financial Risk Management", "Derivatives"),
)
add(
    "frm",
    "Financial Risk Manager",
    GARP,
    "finance",
    aliases=("Financial Risk Manager (FRM)", "GARP FRM", "Certified FRM"),
    acronyms=("FRM",),
    level="professional",
    skills=("Financial Risk Management", "Quantitative Analysis", "Derivatives"),
    parts=("frm-part-1", "frm-part-2"),
)
add(
    "garp-scr",
    "Sustainability and Climate Risk Certificate",
    GARP,
    "finance",
    aliases=("GARP SCR",),
    acronyms=("SCR",),
    level="specialty",
    skills=("Financial Risk Management",),
)

IIA = Issuer(
    "The Institute of Internal Auditors",
    ("IIA", "Institute of Internal Auditors", "The IIA"),
    ("theiia.org",),
    ("credly", "vendor"),
)
add(
    "iia-cia",
    "Certified Internal Auditor",
    IIA,
    "finance",
    # "CIA" alone is the CIA triad on security résumés: only a credential word beside it makes
    # it the IIA's.
    aliases=(
        "Certified Internal Auditor (CIA)",
        "IIA CIA",
        "IIA Certified Internal Auditor",
        "CIA certification",
        "CIA certified",
        "CIA designation",
        "CIA credential",
        "CIA qualified",
        "CIA (IIA)",
    ),
    acronyms=("CIA",),
    level="professional",
    skills=("Internal Audit", "Governance, Risk and Compliance", "Risk Management"),
)
add(
    "iia-crma",
    "Certification in Risk Management Assurance",
    IIA,
    "finance",
    acronyms=("CRMA",),
    level="specialty",
    skills=("Internal Audit", "Risk Management"),
)

CFP_BOARD = Issuer(
    "CFP Board",
    ("Certified Financial Planner Board of Standards", "CFP Board of Standards"),
    ("cfp.net",),
    ("vendor",),
)
add(
    "cfp",
    "Certified Financial Planner",
    CFP_BOARD,
    "finance",
    aliases=("CERTIFIED FINANCIAL PLANNER", "CFP professional", "CFP®"),
    acronyms=("CFP",),
    level="professional",
    valid=24,
    skills=("Financial Planning", "Wealth Management", "Taxation", "Investment Management"),
)

CAIA = Issuer(
    "CAIA Association",
    ("Chartered Alternative Investment Analyst Association", "CAIA"),
    ("caia.org",),
    ("vendor",),
)
add(
    "caia",
    "Chartered Alternative Investment Analyst",
    CAIA,
    "finance",
    "designation",
    aliases=("CAIA Charterholder",),
    acronyms=("CAIA",),
    level="professional",
    skills=("Alternative Investments", "Investment Management"),
)

ACFE = Issuer("ACFE", ("Association of Certified Fraud Examiners",), ("acfe.com",), ("vendor",))
add(
    "cfe",
    "Certified Fraud Examiner",
    ACFE,
    "finance",
    aliases=("Certified Fraud Examiner (CFE)",),
    acronyms=("CFE",),
    level="professional",
    skills=("Fraud Examination", "Auditing", "Anti-Money Laundering"),
)

IRS = Issuer(
    "Internal Revenue Service",
    ("IRS", "U.S. Internal Revenue Service"),
    ("irs.gov",),
    ("licensing-board",),
)
add(
    "irs-enrolled-agent",
    "Enrolled Agent",
    IRS,
    "finance",
    "licence",
    aliases=("IRS Enrolled Agent", "Enrolled Agent (EA)"),
    acronyms=("EA",),
    level="professional",
    valid=36,
    skills=("Taxation",),
)

FINRA = Issuer(
    "FINRA",
    ("Financial Industry Regulatory Authority",),
    ("finra.org", "brokercheck.finra.org"),
    ("licensing-board",),
)
NASAA = Issuer(
    "NASAA",
    ("North American Securities Administrators Association",),
    ("nasaa.org",),
    ("licensing-board",),
)
add(
    "finra-sie",
    "Securities Industry Essentials Exam",
    FINRA,
    "finance",
    "exam",
    aliases=("SIE Exam", "FINRA SIE"),
    acronyms=("SIE",),
    level="foundational",
    skills=("Securities",),
    stacks=("finra-series-7",),
)
add(
    "finra-series-7",
    "General Securities Representative Qualification Examination",
    FINRA,
    "finance",
    "licence",
    aliases=("Series 7", "FINRA Series 7", "Series 7 licence", "Series 7 license"),
    level="associate",
    skills=("Securities",),
)
for _number, _title, _skills in (
    (63, "Uniform Securities Agent State Law Examination", ("Securities", "Regulatory Compliance")),
    (
        65,
        "Uniform Investment Adviser Law Examination",
        ("Investment Management", "Regulatory Compliance"),
    ),
    (
        66,
        "Uniform Combined State Law Examination",
        ("Securities", "Investment Management", "Regulatory Compliance"),
    ),
):
    add(
        f"nasaa-series-{_number}",
        _title,
        NASAA,
        "finance",
        "licence",
        aliases=(f"Series {_number}", f"Series {_number} licence", f"Series {_number} license"),
        level="associate",
        skills=_skills,
    )

AFP = Issuer("Association for Financial Professionals", ("AFP",), ("afponline.org",), ("vendor",))
add(
    "afp-ctp",
    "Certified Treasury Professional",
    AFP,
    "finance",
    aliases=("Certified Treasury Professional (CTP)",),
    acronyms=("CTP",),
    level="professional",
    valid=36,
    skills=("Treasury Management", "Corporate Finance"),
)
add(
    "afp-fpac",
    "Certified Corporate FP&A Professional",
    AFP,
    "finance",
    aliases=("FP&A Certification",),
    acronyms=("FPAC",),
    level="professional",
    valid=36,
    skills=("FP&A", "Forecasting", "Financial Modeling"),
)

for _id, _issuer, _title, _aliases, _acronyms, _skills in (
    (
        "icaew-aca",
        Issuer(
            "ICAEW",
            ("Institute of Chartered Accountants in England and Wales",),
            ("icaew.com",),
            ("vendor",),
        ),
        "ICAEW Chartered Accountant",
        # "ACA" alone is the Affordable Care Act on HR and benefits résumés.
        (
            "Chartered Accountant (ICAEW)",
            "ICAEW ACA",
            "Chartered Accountant (ACA)",
            "ACA Chartered Accountant",
            "ACA qualified",
            "ACA (ICAEW)",
            "ICAEW Chartered Accountant (ACA)",
            "ICAEW qualified",
        ),
        ("ACA",),
        ("Accounting", "Auditing", "IFRS"),
    ),
    (
        "icas-ca",
        Issuer(
            "ICAS", ("Institute of Chartered Accountants of Scotland",), ("icas.com",), ("vendor",)
        ),
        "ICAS Chartered Accountant",
        ("Chartered Accountant (ICAS)", "CA (ICAS)"),
        (),
        ("Accounting", "Auditing", "IFRS"),
    ),
    (
        "icai-ca",
        Issuer(
            "ICAI", ("Institute of Chartered Accountants of India",), ("icai.org",), ("vendor",)
        ),
        "Chartered Accountant (ICAI)",
        ("ICAI Chartered Accountant", "CA (India)", "Chartered Accountant, India"),
        (),
        ("Accounting", "Auditing", "Taxation"),
    ),
    (
        "cpa-australia",
        Issuer("CPA Australia", ("CPA Australia Ltd",), ("cpaaustralia.com.au",), ("vendor",)),
        "CPA Australia Certified Practising Accountant",
        ("Certified Practising Accountant", "CPA (Australia)"),
        (),
        ("Accounting", "Financial Reporting", "IFRS"),
    ),
    (
        "cpa-canada",
        Issuer(
            "CPA Canada",
            ("Chartered Professional Accountants of Canada",),
            ("cpacanada.ca",),
            ("vendor",),
        ),
        "Chartered Professional Accountant (Canada)",
        ("CPA, CA", "CPA (Canada)", "Canadian CPA"),
        (),
        ("Accounting", "Financial Reporting", "IFRS", "Taxation"),
    ),
):
    add(
        _id,
        _title,
        _issuer,
        "finance",
        "designation",
        aliases=_aliases,
        acronyms=_acronyms,
        level="professional",
        skills=_skills,
    )

CFI = Issuer(
    "Corporate Finance Institute", ("CFI",), ("corporatefinanceinstitute.com",), ("accredible",)
)
add(
    "cfi-fmva",
    "Financial Modeling & Valuation Analyst",
    CFI,
    "finance",
    "program",
    aliases=(
        "Financial Modeling and Valuation Analyst",
        "FMVA Certification",
        "Financial Modeling & Valuation Analyst (FMVA)",
    ),
    acronyms=("FMVA",),
    level="professional",
    skills=("Financial Modeling", "Valuation", "Microsoft Excel", "Corporate Finance"),
)
add(
    "cfi-cbca",
    "Commercial Banking & Credit Analyst",
    CFI,
    "finance",
    "program",
    aliases=("Commercial Banking and Credit Analyst", "CBCA Certification"),
    acronyms=("CBCA",),
    level="professional",
    skills=("Financial Analysis", "Financial Risk Management"),
)

AMERICAN_COLLEGE = Issuer(
    "The American College of Financial Services",
    ("The American College", "American College"),
    ("theamericancollege.edu",),
    ("vendor",),
)
add(
    "chfc",
    "Chartered Financial Consultant",
    AMERICAN_COLLEGE,
    "finance",
    "designation",
    aliases=("ChFC®",),
    acronyms=("ChFC",),
    level="professional",
    skills=("Financial Planning", "Wealth Management"),
)

ACAMS = Issuer(
    "ACAMS",
    ("Association of Certified Anti-Money Laundering Specialists",),
    ("acams.org",),
    ("vendor",),
)
add(
    "acams-cams",
    "Certified Anti-Money Laundering Specialist",
    ACAMS,
    "finance",
    aliases=("Certified Anti-Money Laundering Specialist (CAMS)",),
    acronyms=("CAMS",),
    level="professional",
    valid=36,
    skills=("Anti-Money Laundering", "Regulatory Compliance"),
)

IFOA = Issuer(
    "Institute and Faculty of Actuaries",
    ("IFoA", "Institute of Actuaries", "Faculty of Actuaries", "The Actuarial Profession"),
    ("actuaries.org.uk",),
    ("vendor",),
)
# The IFoA's Fellowship: the Associate exams, further specialist exams and the work-based skills
# requirement; Fellows write FIA (the Institute's letters) or FFA (the Faculty's).
add(
    "ifoa-fellow",
    "Fellow of the Institute and Faculty of Actuaries",
    IFOA,
    "finance",
    "designation",
    aliases=(
        "Fellow of the Institute of Actuaries",
        "Fellow of the Faculty of Actuaries",
        "Fellow of the IFoA",
        "IFoA Fellow",
        "Fellowship of the Institute and Faculty of Actuaries",
    ),
    acronyms=("FIA", "FFA"),
    level="expert",
    skills=("Risk Management", "Financial Risk Management"),
)
