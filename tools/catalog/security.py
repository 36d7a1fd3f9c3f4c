"""Security: CompTIA, ISC2, ISACA, EC-Council, OffSec, GIAC, CSA, IAPP, PECB."""

from __future__ import annotations

from tools.catalog.builder import Issuer, add
from tools.catalog.it import comptia

comptia(
    "comptia-security-plus",
    "Security+",
    ("SY0-701", "SY0-601"),
    "security",
    "associate",
    (
        "Cybersecurity",
        "Network Security",
        "Risk Management",
        "Cryptography",
        "Identity and Access Management",
    ),
    acronyms=("Sec+",),
    stacks=("comptia-cysa-plus", "comptia-pentest-plus"),
)
comptia(
    "comptia-cysa-plus",
    "CySA+",
    ("CS0-003", "CS0-002"),
    "security",
    "professional",
    (
        "Security Operations",
        "Threat Hunting",
        "Vulnerability Management",
        "Incident Response",
        "SIEM",
    ),
    aliases=("CompTIA Cybersecurity Analyst", "CompTIA Cybersecurity Analyst+"),
    stacks=("comptia-securityx",),
)
comptia(
    "comptia-pentest-plus",
    "PenTest+",
    ("PT0-003", "PT0-002"),
    "security",
    "professional",
    ("Penetration Testing", "Vulnerability Management"),
    stacks=("comptia-securityx",),
)
comptia(
    "comptia-securityx",
    "SecurityX",
    ("CAS-005", "CAS-004"),
    "security",
    "expert",
    ("Security Architecture", "Governance, Risk and Compliance", "Cryptography", "Cloud Security"),
    aliases=("CompTIA Advanced Security Practitioner", "CompTIA CASP+", "CASP+"),
    acronyms=("CASP+", "CASP"),
)

ISC2 = Issuer(
    "ISC2",
    (
        "(ISC)²",
        "(ISC)2",
        "ISC²",
        "International Information System Security Certification Consortium",
    ),
    ("isc2.org",),
    ("vendor", "credly"),
)
for _id, _title, _acronym, _level, _skills, _stacks in (
    (
        "isc2-cc",
        "Certified in Cybersecurity",
        "CC",
        "foundational",
        ("Cybersecurity", "Network Security", "Incident Response"),
        ("isc2-sscp", "cissp"),
    ),
    (
        "isc2-sscp",
        "Systems Security Certified Practitioner",
        "SSCP",
        "associate",
        ("Cybersecurity", "Network Security", "Identity and Access Management", "Cryptography"),
        ("cissp",),
    ),
    (
        "cissp",
        "Certified Information Systems Security Professional",
        "CISSP",
        "professional",
        (
            "Cybersecurity",
            "Security Architecture",
            "Risk Management",
            "Identity and Access Management",
            "Information Security Management",
        ),
        ("cissp-issap", "cissp-issep", "cissp-issmp"),
    ),
    (
        "isc2-ccsp",
        "Certified Cloud Security Professional",
        "CCSP",
        "professional",
        ("Cloud Security", "Data Privacy", "Security Architecture"),
        (),
    ),
    (
        "isc2-csslp",
        "Certified Secure Software Lifecycle Professional",
        "CSSLP",
        "professional",
        ("Secure Software Development", "Application Security"),
        (),
    ),
    (
        "isc2-cgrc",
        "Certified in Governance, Risk and Compliance",
        "CGRC",
        "professional",
        ("Governance, Risk and Compliance", "Risk Management", "Regulatory Compliance"),
        (),
    ),
    (
        "cissp-issap",
        "Information Systems Security Architecture Professional",
        "CISSP-ISSAP",
        "expert",
        ("Security Architecture",),
        (),
    ),
    (
        "cissp-issep",
        "Information Systems Security Engineering Professional",
        "CISSP-ISSEP",
        "expert",
        ("Security Architecture", "Cybersecurity"),
        (),
    ),
    (
        "cissp-issmp",
        "Information Systems Security Management Professional",
        "CISSP-ISSMP",
        "expert",
        ("Information Security Management", "Security Leadership"),
        (),
    ),
):
    _aliases = [f"{_title} ({_acronym})", f"ISC2 {_title}", f"(ISC)² {_acronym}"]
    if _acronym == "CGRC":
        _aliases += ["Certified Authorization Professional"]
    add(
        _id,
        _title,
        ISC2,
        "security",
        aliases=tuple(_aliases),
        acronyms=(_acronym, _acronym.removeprefix("CISSP-")) if "-" in _acronym else (_acronym,),
        level=_level,
        valid=36,
        skills=_skills,
        stacks=_stacks,
    )

ISACA = Issuer(
    "ISACA",
    ("Information Systems Audit and Control Association",),
    ("isaca.org",),
    ("credly", "vendor"),
)
for _id, _title, _acronym, _skills in (
    (
        "cisa",
        "Certified Information Systems Auditor",
        "CISA",
        ("IT Audit", "Governance, Risk and Compliance", "Auditing"),
    ),
    (
        "cism",
        "Certified Information Security Manager",
        "CISM",
        ("Information Security Management", "Risk Management", "Security Leadership"),
    ),
    (
        "crisc",
        "Certified in Risk and Information Systems Control",
        "CRISC",
        ("Risk Management", "Governance, Risk and Compliance"),
    ),
    (
        "cgeit",
        "Certified in the Governance of Enterprise IT",
        "CGEIT",
        ("IT Governance", "Governance, Risk and Compliance"),
    ),
    ("cdpse", "Certified Data Privacy Solutions Engineer", "CDPSE", ("Data Privacy", "GDPR")),
    (
        "ccoa",
        "Certified Cybersecurity Operations Analyst",
        "CCOA",
        ("Security Operations", "Incident Response", "Threat Hunting"),
    ),
):
    add(
        _id,
        _title,
        ISACA,
        "security",
        aliases=(f"{_title} ({_acronym})", f"ISACA {_acronym}"),
        acronyms=(_acronym,),
        level="professional",
        valid=36,
        skills=_skills,
    )
add(
    "cobit-2019-foundation",
    "COBIT 2019 Foundation",
    ISACA,
    "security",
    aliases=("COBIT Foundation",),
    level="foundational",
    skills=("IT Governance",),
)

EC_COUNCIL = Issuer(
    "EC-Council",
    ("EC Council", "International Council of E-Commerce Consultants"),
    ("eccouncil.org", "aspen.eccouncil.org"),
    ("vendor",),
)
for _id, _title, _acronym, _code, _level, _skills, _stacks in (
    (
        "eccouncil-cct",
        "Certified Cybersecurity Technician",
        "CCT",
        "212-82",
        "foundational",
        ("Cybersecurity", "Network Security"),
        ("ceh",),
    ),
    (
        "ceh",
        "Certified Ethical Hacker",
        "CEH",
        "312-50",
        "associate",
        ("Penetration Testing", "Network Security", "Vulnerability Management"),
        ("eccouncil-cpent",),
    ),
    (
        "eccouncil-cnd",
        "Certified Network Defender",
        "CND",
        "312-38",
        "associate",
        ("Network Security", "Firewalls", "Intrusion Detection"),
        (),
    ),
    (
        "eccouncil-chfi",
        "Computer Hacking Forensic Investigator",
        "CHFI",
        "312-49",
        "professional",
        ("Digital Forensics", "Incident Response"),
        (),
    ),
    (
        "eccouncil-ecih",
        "EC-Council Certified Incident Handler",
        "ECIH",
        "212-89",
        "associate",
        ("Incident Response",),
        (),
    ),
    (
        "eccouncil-csa",
        "Certified SOC Analyst",
        "CSA",
        "312-39",
        "associate",
        ("Security Operations", "SIEM"),
        (),
    ),
    (
        "eccouncil-cpent",
        "Certified Penetration Testing Professional",
        "CPENT",
        None,
        "professional",
        ("Penetration Testing", "Exploit Development"),
        ("eccouncil-lpt",),
    ),
    (
        "eccouncil-lpt",
        "Licensed Penetration Tester (Master)",
        "LPT",
        None,
        "expert",
        ("Penetration Testing", "Exploit Development"),
        (),
    ),
    (
        "eccouncil-cciso",
        "Certified Chief Information Security Officer",
        "CCISO",
        "712-50",
        "expert",
        (
            "Security Leadership",
            "Information Security Management",
            "Governance, Risk and Compliance",
        ),
        (),
    ),
):
    add(
        _id,
        _title,
        EC_COUNCIL,
        "security",
        aliases=(f"{_title} ({_acronym})", f"EC-Council {_acronym}"),
        acronyms=(_acronym,),
        codes=((_code,) if _code else ()),
        level=_level,
        valid=36,
        skills=_skills,
        stacks=_stacks,
    )

OFFSEC = Issuer(
    "OffSec",
    ("Offensive Security", "OffSec Services Limited"),
    ("offsec.com", "offensive-security.com"),
    ("credly",),
)
for _id, _title, _acronym, _course, _level, _skills, _valid in (
    (
        "oscp",
        "OffSec Certified Professional",
        "OSCP",
        "PEN-200",
        "professional",
        ("Penetration Testing", "Kali Linux", "Exploit Development"),
        None,
    ),
    (
        "oscp-plus",
        "OffSec Certified Professional+",
        "OSCP+",
        "PEN-200",
        "professional",
        ("Penetration Testing", "Kali Linux"),
        36,
    ),
    (
        "osep",
        "OffSec Experienced Penetration Tester",
        "OSEP",
        "PEN-300",
        "expert",
        ("Penetration Testing", "Exploit Development"),
        None,
    ),
    (
        "oswe",
        "OffSec Web Expert",
        "OSWE",
        "WEB-300",
        "expert",
        ("Web Application Security", "Penetration Testing"),
        None,
    ),
    (
        "oswa",
        "OffSec Web Assessor",
        "OSWA",
        "WEB-200",
        "professional",
        ("Web Application Security", "Penetration Testing"),
        None,
    ),
    (
        "osed",
        "OffSec Exploit Developer",
        "OSED",
        "EXP-301",
        "expert",
        ("Exploit Development", "Reverse Engineering"),
        None,
    ),
    (
        "osda",
        "OffSec Defense Analyst",
        "OSDA",
        "SOC-200",
        "professional",
        ("Security Operations", "SIEM", "Threat Hunting"),
        None,
    ),
    (
        "osee",
        "OffSec Exploitation Expert",
        "OSEE",
        "EXP-401",
        "expert",
        ("Exploit Development", "Reverse Engineering"),
        None,
    ),
):
    add(
        _id,
        _title,
        OFFSEC,
        "security",
        aliases=(
            _title.replace("OffSec", "Offensive Security"),
            f"{_title} ({_acronym})",
            *((_course,) if _acronym != "OSCP+" else ()),
        ),
        acronyms=(_acronym,),
        level=_level,
        valid=_valid,
        skills=_skills,
        stacks=("osep", "oswe", "osed") if _acronym == "OSCP" else (),
    )

GIAC = Issuer(
    "GIAC",
    ("Global Information Assurance Certification", "GIAC Certifications", "SANS Institute", "SANS"),
    ("giac.org", "sans.org"),
    ("credly", "vendor"),
)
for _acronym, _title, _level, _skills in (
    (
        "GFACT",
        "GIAC Foundational Cybersecurity Technologies",
        "foundational",
        ("Cybersecurity", "Computer Networking", "Linux"),
    ),
    (
        "GSEC",
        "GIAC Security Essentials",
        "associate",
        ("Cybersecurity", "Network Security", "Cryptography"),
    ),
    (
        "GCIH",
        "GIAC Certified Incident Handler",
        "professional",
        ("Incident Response", "Penetration Testing"),
    ),
    (
        "GCIA",
        "GIAC Certified Intrusion Analyst",
        "professional",
        ("Intrusion Detection", "Network Security", "Wireshark"),
    ),
    (
        "GCED",
        "GIAC Certified Enterprise Defender",
        "professional",
        ("Network Security", "Incident Response"),
    ),
    ("GPEN", "GIAC Penetration Tester", "professional", ("Penetration Testing",)),
    (
        "GWAPT",
        "GIAC Web Application Penetration Tester",
        "professional",
        ("Web Application Security", "Penetration Testing"),
    ),
    (
        "GXPN",
        "GIAC Exploit Researcher and Advanced Penetration Tester",
        "expert",
        ("Exploit Development", "Penetration Testing"),
    ),
    (
        "GCPN",
        "GIAC Cloud Penetration Tester",
        "professional",
        ("Cloud Security", "Penetration Testing"),
    ),
    (
        "GCFA",
        "GIAC Certified Forensic Analyst",
        "professional",
        ("Digital Forensics", "Incident Response"),
    ),
    ("GCFE", "GIAC Certified Forensic Examiner", "professional", ("Digital Forensics",)),
    (
        "GNFA",
        "GIAC Network Forensic Analyst",
        "professional",
        ("Digital Forensics", "Network Security"),
    ),
    (
        "GREM",
        "GIAC Reverse Engineering Malware",
        "professional",
        ("Malware Analysis", "Reverse Engineering"),
    ),
    ("GCTI", "GIAC Cyber Threat Intelligence", "professional", ("Threat Intelligence",)),
    (
        "GMON",
        "GIAC Continuous Monitoring Certification",
        "professional",
        ("Security Operations", "SIEM"),
    ),
    (
        "GDSA",
        "GIAC Defensible Security Architecture",
        "professional",
        ("Security Architecture", "Zero Trust"),
    ),
    ("GCLD", "GIAC Cloud Security Essentials", "associate", ("Cloud Security",)),
    (
        "GCSA",
        "GIAC Cloud Security Automation",
        "professional",
        ("Cloud Security", "DevOps", "Secure Software Development"),
    ),
    ("GPCS", "GIAC Public Cloud Security", "professional", ("Cloud Security",)),
    (
        "GICSP",
        "Global Industrial Cyber Security Professional",
        "professional",
        ("Industrial Control Systems Security",),
    ),
    (
        "GSLC",
        "GIAC Security Leadership",
        "professional",
        ("Security Leadership", "Information Security Management"),
    ),
    (
        "GSTRT",
        "GIAC Strategic Planning, Policy, and Leadership",
        "professional",
        ("Security Leadership", "Strategic Planning"),
    ),
    ("GPYC", "GIAC Python Coder", "associate", ("Python", "Cybersecurity")),
    (
        "GSE",
        "GIAC Security Expert",
        "expert",
        ("Cybersecurity", "Incident Response", "Intrusion Detection"),
    ),
):
    add(
        f"giac-{_acronym.lower()}",
        _title,
        GIAC,
        "security",
        aliases=(f"{_title} ({_acronym})", f"{_title} Certification"),
        acronyms=(_acronym,),
        level=_level,
        valid=48,
        skills=_skills,
        stacks=("giac-gse",) if _acronym in {"GSEC", "GCIH", "GCIA"} else (),
    )

CSA = Issuer("Cloud Security Alliance", ("CSA",), ("cloudsecurityalliance.org",), ("vendor",))
add(
    "csa-ccsk",
    "Certificate of Cloud Security Knowledge",
    CSA,
    "security",
    aliases=("CCSK v5", "CCSK v4"),
    acronyms=("CCSK",),
    level="foundational",
    skills=("Cloud Security",),
    stacks=("isc2-ccsp",),
)

IAPP = Issuer(
    "IAPP", ("International Association of Privacy Professionals",), ("iapp.org",), ("credly",)
)
for _id, _title, _acronym, _skills in (
    (
        "iapp-cipp-e",
        "Certified Information Privacy Professional/Europe",
        "CIPP/E",
        ("Data Privacy", "GDPR"),
    ),
    (
        "iapp-cipp-us",
        "Certified Information Privacy Professional/United States",
        "CIPP/US",
        ("Data Privacy", "Regulatory Compliance"),
    ),
    (
        "iapp-cipm",
        "Certified Information Privacy Manager",
        "CIPM",
        ("Data Privacy", "Information Security Management"),
    ),
    (
        "iapp-cipt",
        "Certified Information Privacy Technologist",
        "CIPT",
        ("Data Privacy", "Security Architecture"),
    ),
    (
        "iapp-aigp",
        "Artificial Intelligence Governance Professional",
        "AIGP",
        ("Artificial Intelligence", "Governance, Risk and Compliance"),
    ),
):
    add(
        _id,
        _title,
        IAPP,
        "security",
        aliases=(f"{_title} ({_acronym})",),
        acronyms=(_acronym,),
        level="professional",
        valid=24,
        skills=_skills,
    )

PECB = Issuer(
    "PECB", ("Professional Evaluation and Certification Board",), ("pecb.com",), ("vendor",)
)
for _id, _role, _skills in (
    (
        "pecb-iso-27001-lead-auditor",
        "Lead Auditor",
        ("ISO 27001", "Auditing", "Information Security Management"),
    ),
    (
        "pecb-iso-27001-lead-implementer",
        "Lead Implementer",
        ("ISO 27001", "Information Security Management", "Risk Management"),
    ),
):
    add(
        _id,
        f"PECB Certified ISO/IEC 27001 {_role}",
        PECB,
        "security",
        aliases=(f"ISO/IEC 27001 {_role}", f"ISO 27001 {_role}", f"Certified ISO 27001 {_role}"),
        level="professional",
        valid=36,
        skills=_skills,
    )
