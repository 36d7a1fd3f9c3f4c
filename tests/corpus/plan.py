"""Who the generated résumés are about and what they hold: people, credentials, the plan."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

# (given, family, country) — diacritics as people write them.
PEOPLE = [
    ("Zoë", "Van der Berg", "Netherlands"),
    ("José", "Álvarez Ruiz", "Spain"),
    ("Łukasz", "Wiśniewski", "Poland"),
    ("Søren", "Kierkegård", "Denmark"),
    ("Nguyễn", "Thị Lan", "Vietnam"),
    ("Ayşe", "Yılmaz", "Turkey"),
    ("François", "Lefèvre", "France"),
    ("Björn", "Lindqvist", "Sweden"),
    ("Chidi", "Okafor", "Nigeria"),
    ("Aarav", "Sharma", "India"),
    ("Mei", "Lin", "Singapore"),
    ("Kenji", "Watanabe", "Japan"),
    ("Fatima", "Zahra Benali", "Morocco"),
    ("Olumide", "Adeyemi", "Nigeria"),
    ("Ana", "Souza", "Brazil"),
    ("Liam", "O'Connor", "Ireland"),
    ("Priya", "Natarajan", "India"),
    ("Mateus", "Gonçalves", "Portugal"),
    ("Ingrid", "Hæhre", "Norway"),
    ("Tomás", "Ruiz", "Chile"),
    ("Hannah", "Müller", "Germany"),
    ("Kwame", "Mensah", "Ghana"),
    ("Sofía", "Hernández", "Mexico"),
    ("Dmitri", "Volkov", "Estonia"),
    ("Amélie", "Dubois", "Canada"),
    ("Jae-won", "Park", "South Korea"),
    ("Elif", "Demir", "Turkey"),
    ("Rahul", "Mehta", "India"),
    ("Chloé", "Martin", "Belgium"),
    ("Tiago", "Ferreira", "Portugal"),
    ("Yasmin", "Haddad", "Lebanon"),
    ("Owen", "Davies", "Wales"),
    ("Ngozi", "Eze", "Nigeria"),
    ("Lucía", "Castro", "Argentina"),
    ("Henrik", "Nielsen", "Denmark"),
    ("Wei", "Zhang", "China"),
    ("Isabela", "Rocha", "Brazil"),
    ("Marek", "Novák", "Czechia"),
    ("Siobhán", "Kelly", "Ireland"),
    ("Arjun", "Reddy", "India"),
    ("Noémie", "Girard", "Switzerland"),
    ("Emre", "Kaya", "Turkey"),
    ("Grace", "Wanjiru", "Kenya"),
    ("Paweł", "Kowalczyk", "Poland"),
    ("Leilani", "Kahale", "United States"),
    ("Matías", "Rojas", "Uruguay"),
    ("Astrid", "Johansson", "Sweden"),
    ("Ibrahim", "Diallo", "Senegal"),
    # LinkedIn "Save to PDF" exports.
    ("Rafael", "Núñez", "Peru"),
    ("Katarzyna", "Zielińska", "Poland"),
    ("Thabo", "Nkosi", "South Africa"),
    ("Aiko", "Tanaka", "Japan"),
    # Résumés written in German, Spanish and French.
    ("Jürgen", "Weiß", "Germany"),
    ("Lucía", "Fernández Gil", "Spain"),
    ("Hélène", "Rousseau", "France"),
]

# (title as written, issuer as written, URL kind) — real credentials across fields.
CREDENTIALS: dict[str, list[tuple[str, str, str | None]]] = {
    "cloud": [
        ("AWS Certified Solutions Architect – Associate", "Amazon Web Services", "credly"),
        ("AWS Certified Cloud Practitioner", "Amazon Web Services", "credly"),
        ("AWS Certified Developer – Associate", "Amazon Web Services", "credly"),
        ("Microsoft Certified: Azure Administrator Associate", "Microsoft", "mslearn"),
        ("Microsoft Certified: Azure Fundamentals", "Microsoft", "mslearn"),
        ("Google Cloud Professional Cloud Architect", "Google Cloud", "accredible"),
        ("Certified Kubernetes Administrator (CKA)", "The Linux Foundation", "credly"),
        ("Certified Kubernetes Application Developer (CKAD)", "The Linux Foundation", "credly"),
        ("HashiCorp Certified: Terraform Associate (003)", "HashiCorp", "credly"),
    ],
    "security": [
        ("CompTIA Security+", "CompTIA", "credly"),
        ("Certified Information Systems Security Professional (CISSP)", "ISC2", "credly"),
        ("Certified Ethical Hacker (CEH)", "EC-Council", None),
        ("Certified Information Security Manager (CISM)", "ISACA", "credly"),
        ("Offensive Security Certified Professional (OSCP)", "OffSec", None),
    ],
    "networking": [
        ("Cisco Certified Network Associate (CCNA)", "Cisco", "credly"),
        ("CompTIA Network+", "CompTIA", "credly"),
        ("Juniper Networks Certified Associate (JNCIA-Junos)", "Juniper Networks", None),
    ],
    "project": [
        ("Project Management Professional (PMP)", "Project Management Institute", "credly"),
        ("Certified ScrumMaster (CSM)", "Scrum Alliance", "credly"),
        ("PRINCE2 Foundation", "PeopleCert", None),
        ("Professional Scrum Master I (PSM I)", "Scrum.org", None),
        ("PMI Agile Certified Practitioner (PMI-ACP)", "Project Management Institute", "credly"),
    ],
    "data": [
        ("Google Data Analytics Professional Certificate", "Google", "coursera"),
        ("IBM Data Science Professional Certificate", "IBM", "coursera"),
        ("Microsoft Certified: Power BI Data Analyst Associate", "Microsoft", "mslearn"),
        ("Databricks Certified Data Engineer Associate", "Databricks", "accredible"),
        ("Tableau Desktop Specialist", "Tableau", "credly"),
    ],
    "finance": [
        ("Chartered Financial Analyst (CFA)", "CFA Institute", None),
        ("Certified Public Accountant (CPA)", "AICPA", None),
        ("Financial Risk Manager (FRM)", "GARP", None),
        ("Certified Internal Auditor (CIA)", "The Institute of Internal Auditors", None),
    ],
    "healthcare": [
        ("Basic Life Support (BLS)", "American Heart Association", None),
        ("Advanced Cardiovascular Life Support (ACLS)", "American Heart Association", None),
        ("Pediatric Advanced Life Support (PALS)", "American Heart Association", None),
        ("Critical Care Registered Nurse (CCRN)", "AACN", None),
        ("Registered Nurse (RN)", "Texas Board of Nursing", None),
    ],
    "hr": [
        ("SHRM Certified Professional (SHRM-CP)", "SHRM", None),
        ("Professional in Human Resources (PHR)", "HRCI", None),
        ("CIPD Level 5 Associate Diploma in People Management", "CIPD", None),
    ],
    "mooc": [
        ("Machine Learning Specialization", "DeepLearning.AI", "coursera"),
        ("Google IT Support Professional Certificate", "Google", "coursera"),
        ("Meta Front-End Developer Professional Certificate", "Meta", "coursera"),
        ("Deep Learning Specialization", "DeepLearning.AI", "coursera"),
    ],
    # Credentials a catalog may not know: found from their section and their shape.
    "uncatalogued": [
        ("Certified Bicycle Mechanic Level 2", "Velotech Academy", "accredible"),
        ("Advanced Sourdough Baking Certificate", "San Francisco Baking Institute", None),
        ("Drone Pilot Certification (Open A2)", "Luftfahrt-Bundesamt", None),
        ("Certified Wine Specialist", "Wine Scholar Guild", "badgr"),
    ],
}
FIELDS = [field for field in CREDENTIALS if field != "uncatalogued"]
ROLES = {
    "cloud": "Cloud Engineer",
    "security": "Security Analyst",
    "networking": "Network Engineer",
    "project": "Project Manager",
    "data": "Data Analyst",
    "finance": "Financial Analyst",
    "healthcare": "Registered Nurse",
    "hr": "HR Business Partner",
    "mooc": "Software Developer",
}
COMPANIES = [
    "Northwind Traders", "Contoso Ltd", "Globex", "Initech", "Umbrella Health",
    "Stark Logistics", "Acme Analytics", "Wayne Finance", "Hooli", "Vandelay Imports",
]  # fmt: skip
LINKEDIN = 5
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip


@dataclass
class Held:
    """One credential on one résumé, and how it is labelled."""

    title: str
    issuer: str | None
    url: str | None = None
    credential_id: str | None = None
    issued_on: str | None = None
    expires_on: str | None = None


@dataclass
class Resume:
    """One generated résumé, before it is written in a format."""

    file: str
    name: str
    emails: list[str]
    phone: str
    domain: str
    role: str
    claims: list[Held] = field(default_factory=list)
    negatives: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    style: int = 0
    link_mode: str = "title"  # "title": the title is the link; "verify": a "Verify" link; "text"
    language: str = "en"


def _url(kind: str | None, rng: random.Random) -> str | None:
    hexes = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    uuid = f"{hexes[:8]}-{hexes[8:12]}-4{hexes[13:16]}-a{hexes[17:20]}-{hexes[20:32]}"
    code = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(12))
    return {
        None: None,
        "credly": f"https://www.credly.com/badges/{uuid}/public_url",
        "accredible": f"https://www.credential.net/{uuid}",
        "coursera": f"https://www.coursera.org/account/accomplishments/verify/{code}",
        "mslearn": f"https://learn.microsoft.com/api/credentials/share/en-us/user/{code}",
        "badgr": f"https://badgr.com/public/assertions/{code.lower()}",
    }[kind]


def _ascii(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c in " -")).lower()


def plan(rng: random.Random) -> list[Resume]:
    """Who, what field, which credentials with which details, in which format and layout."""
    formats = ["pdf"] * 22 + ["docx"] * 14 + ["txt"] * 12 + ["pdf"] * 4 + ["docx", "txt", "txt"]
    resumes = []
    for index, ((given, family, _country), fmt) in enumerate(zip(PEOPLE, formats, strict=True)):
        field_name = FIELDS[index % len(FIELDS)]
        name = f"{given} {family}"
        user = _ascii(f"{given}.{family}").replace(" ", "").replace("-", "")
        emails = [f"{user}@example.{rng.choice(['com', 'org', 'net', 'io'])}"]
        phone = rng.choice(["+44 7700 900", "+1 (555) 010-", "+49 151 2345 ", "+91 98765 4"])
        phone += "".join(rng.choice(string.digits) for _ in range(4))
        resume = Resume(
            file=f"r{index + 1:02d}_{user.split('.')[0]}.{fmt}",
            name=name,
            emails=emails,
            phone=phone,
            domain=field_name,
            role=ROLES[field_name],
            style=index % 5 if index < 48 else LINKEDIN if index < 52 else 0,
            language=["de", "es", "fr"][index - 52] if index >= 52 else "en",
            link_mode=["title", "verify", "text"][index % 3],
        )
        pool = list(CREDENTIALS[field_name])
        if index % 4 == 0:
            pool += CREDENTIALS["uncatalogued"][index % 4 : index % 4 + 1]
        chosen = rng.sample(pool, k=min(len(pool), rng.randint(2, 4)))
        for title, issuer, kind in chosen:
            if resume.style == LINKEDIN:
                # The export lists certification names only.
                resume.claims.append(Held(title=title, issuer=None))
                continue
            year = rng.randint(2016, 2024)
            month = rng.randint(1, 12)
            expires = rng.random() < 0.5
            resume.claims.append(
                Held(
                    title=title,
                    issuer=issuer,
                    url=_url(kind, rng) if kind and rng.random() < 0.8 else None,
                    credential_id=(
                        "".join(
                            rng.choice(string.ascii_uppercase + string.digits) for _ in range(10)
                        )
                        if rng.random() < 0.5
                        else None
                    ),
                    issued_on=f"{year}-{month:02d}",
                    expires_on=f"{year + 3}-{month:02d}" if expires else None,
                )
            )
        other = rng.choice([f for f in FIELDS if f != field_name])
        pending = rng.choice(CREDENTIALS[other])[0]
        resume.negatives = [
            f"Preparing for the {pending} exam, scheduled for next spring.",
            "Helped the company achieve ISO 27001 certification within a year.",
        ]
        resume.skills = rng.sample(
            [
                "AWS",
                "Azure",
                "Kubernetes",
                "Terraform",
                "Python",
                "SQL",
                "Excel",
                "Tableau",
                "Scrum",
                "Jira",
                "Linux",
                "Docker",
                "Power BI",
                "SAP",
            ],
            k=6,
        )
        resumes.append(resume)
    return resumes
