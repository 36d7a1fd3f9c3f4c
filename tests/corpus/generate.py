"""Generate the labelled résumé corpus: PDFs (WeasyPrint), DOCX (python-docx) and text files.

    python -m tests.corpus.generate

Writes ``tests/corpus/files/*`` and ``tests/corpus/labels.json``. Every person, employer and
credential ID is invented; the credentials are real ones, written the ways résumés write them.
Deterministic: the same seed gives the same files, so the outputs are committed with it.
"""

from __future__ import annotations

import io
import json
import random
import string
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

import docx
import weasyprint
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
SEED = 20261128

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


def _month(value: str | None, style: int) -> str:
    if value is None:
        return ""
    year, month = value.split("-")
    number = int(month)
    return [
        f"{MONTHS[number - 1]} {year}",
        f"{month}/{year}",
        f"{FULL_MONTHS[number - 1]} {year}",
        f"{year}-{month}",
        f"{MONTHS[number - 1]}. {year}",
    ][style % 5]


def _dates(held: Held, style: int) -> str:
    issued = _month(held.issued_on, style)
    if not held.expires_on:
        return ["Issued " + issued, issued, "Earned " + issued, issued, "Obtained " + issued][
            style % 5
        ]
    expires = _month(held.expires_on, style)
    return [
        f"Issued {issued} · Expires {expires}",
        f"{issued} – {expires}",
        f"Issued {issued}, valid through {expires}",
        f"{issued} to {expires}",
        f"Obtained {issued} · Expiration {expires}",
    ][style % 5]


def _id_text(held: Held, style: int) -> str:
    if not held.credential_id:
        return ""
    return ["Credential ID ", "ID: ", "Certificate No. ", "Credential ID: ", "License # "][
        style % 5
    ] + held.credential_id


# -- text ------------------------------------------------------------------------------


def _entry_lines(held: Held, resume: Resume) -> list[str]:
    """A credential as lines of text, in one of the house styles."""
    style = resume.style
    dates = _dates(held, style)
    ident = _id_text(held, style)
    if style in (0, 3):  # LinkedIn-like: title, issuer, dates, ID on their own lines
        lines = [held.title, f"{held.issuer}", dates]
        if ident:
            lines.append(ident)
    elif style == 1:  # one line, dashes
        lines = [" — ".join(part for part in (held.title, held.issuer or "", dates, ident) if part)]
    elif style == 2:  # bullet, commas
        lines = ["• " + ", ".join(part for part in (held.title, held.issuer or "", ident) if part)]
        lines.append(dates)
    else:  # title (issuer), dates | ID
        lines = [f"{held.title} ({held.issuer}) | {dates}" + (f" | {ident}" if ident else "")]
    return lines


def _text_resume(resume: Resume) -> str:
    if resume.language != "en":
        return "\n".join(line for line, _ in _local_lines(resume)) + "\n"
    heading = (lambda title: f"## {title}") if resume.style % 2 else (lambda t: t.upper())
    out = [
        resume.name,
        f"{resume.role} · {resume.emails[0]} · {resume.phone}",
        "",
        heading("Summary"),
        f"{resume.role} with a decade of work in {resume.domain}. {resume.negatives[0]}",
        "",
        heading("Experience"),
        f"{resume.role}, {COMPANIES[resume.style]} (2019 – present)",
        f"- {resume.negatives[1]}",
        "",
        heading("Licenses & Certifications"),
    ]
    for held in resume.claims:
        out.extend(_entry_lines(held, resume))
        if held.url:
            if resume.style == 2:  # a long URL broken across two lines, as PDFs and mail do
                cut = held.url.index("/", held.url.index("/", 8) + 1) + 1
                out.append(f"Verify: {held.url[:cut]}")
                out.append(held.url[cut:])
            else:
                out.append(f"Verify: {held.url}")
        out.append("")
    out += [heading("Skills"), ", ".join(resume.skills), ""]
    return "\n".join(out)


LOCAL = {
    "de": {
        "headings": ("Profil", "Berufserfahrung", "Zertifikate", "Kenntnisse"),
        "issued": "Ausgestellt:",
        "expires": "Gültig bis:",
        "id": "Zertifikats-ID:",
        "months": "Januar Februar März April Mai Juni Juli August September Oktober November"
        " Dezember",
    },
    "es": {
        "headings": ("Perfil", "Experiencia", "Certificaciones", "Habilidades"),
        "issued": "Emitido:",
        "expires": "Vence:",
        "id": "ID de credencial:",
        "months": "enero febrero marzo abril mayo junio julio agosto septiembre octubre"
        " noviembre diciembre",
    },
    "fr": {
        "headings": ("Profil", "Expérience professionnelle", "Certifications", "Compétences"),
        "issued": "Délivré :",
        "expires": "Expire :",
        "id": "Identifiant :",
        "months": "janvier février mars avril mai juin juillet août septembre octobre novembre"
        " décembre",
    },
}


def _local_lines(resume: Resume) -> list[tuple[str, bool]]:
    """A résumé in another language as (line, is heading) pairs; the credentials keep their
    English names, as they do on real résumés."""
    words = LOCAL[resume.language]
    months = str(words["months"]).split()
    summary, experience, certifications, skills = words["headings"]

    def month(value: str) -> str:
        year, number = value.split("-")
        return f"{months[int(number) - 1]} {year}"

    lines = [
        (resume.name, False),
        (f"{resume.emails[0]} · {resume.phone}", False),
        (str(summary), True),
        (f"{resume.role}. {resume.negatives[0]}", False),
        (str(experience), True),
        (f"{resume.role}, {COMPANIES[2]} (2019 – heute)", False),
        (str(certifications), True),
    ]
    for held in resume.claims:
        lines.append((f"{held.title} — {held.issuer}", False))
        dates = f"{words['issued']} {month(held.issued_on or '2020-01')}"
        if held.expires_on:
            dates += f" · {words['expires']} {month(held.expires_on)}"
        lines.append((dates, False))
        if held.credential_id:
            lines.append((f"{words['id']} {held.credential_id}", False))
        if held.url:
            lines.append((held.url, False))
    lines += [(str(skills), True), (", ".join(resume.skills), False)]
    return lines


# -- PDF ---------------------------------------------------------------------------------


_CSS = """
@page { size: A4; margin: 16mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.4; }
h1 { font-size: 22pt; margin: 0; } h2 { font-size: 12.5pt; margin: 12pt 0 4pt; }
p { margin: 0 0 2pt; } .muted { color: #555; } a { color: #0645ad; text-decoration: none; }
.entry { margin-bottom: 6pt; }
"""
_LAYOUTS = {
    0: "",  # one column
    1: ".side { float: left; width: 31%; } .main { margin-left: 36%; }",  # sidebar left
    2: ".main { float: left; width: 62%; } .side { margin-left: 67%; }",  # sidebar right
    3: "table.rows { width: 100%; } td.when { width: 22%; vertical-align: top; }",  # date column
    4: ".main { column-count: 2; column-gap: 24pt; }",  # newspaper columns
}


def _pdf_entry(held: Held, resume: Resume) -> str:
    title = escape(held.title)
    if held.url and resume.link_mode == "title":
        title = f'<a href="{escape(held.url)}">{title}</a>'
    parts = [f"<p><b>{title}</b></p>"]
    for line in _entry_lines(held, resume)[1:] if resume.style in (0, 3) else []:
        parts.append(f"<p class='muted'>{escape(line)}</p>")
    if resume.style not in (0, 3):
        rest = _entry_lines(held, resume)[0].replace(held.title, "", 1).lstrip(" —,•|")
        rest = " ".join([rest, *_entry_lines(held, resume)[1:]]).strip(" —,")
        parts[0] = f"<p><b>{title}</b> — {escape(rest)}</p>" if rest else parts[0]
    if held.url and resume.link_mode == "verify":
        parts.append(f'<p><a href="{escape(held.url)}">Verify credential</a></p>')
    if held.url and resume.link_mode == "text":
        parts.append(f"<p class='muted'>{escape(held.url)}</p>")
    return f"<div class='entry'>{''.join(parts)}</div>"


def _linkedin_export(resume: Resume) -> str:
    """The shape of LinkedIn's "Save to PDF": a grey sidebar of contact, top skills and
    certification names; the name, headline and history in the main column."""
    user = resume.emails[0].split("@")[0]
    side = (
        "<div class='side'><h3>Contact</h3>"
        f"<p>{escape(resume.emails[0])}</p>"
        f"<p>www.linkedin.com/in/{escape(user)} (LinkedIn)</p>"
        "<h3>Top Skills</h3>"
        + "".join(f"<p>{escape(s)}</p>" for s in resume.skills[:3])
        + "<h3>Certifications</h3>"
        + "".join(f"<p>{escape(held.title)}</p>" for held in resume.claims)
        + "</div>"
    )
    main = (
        f"<div class='main'><h1 class='big'>{escape(resume.name)}</h1>"
        f"<p>{escape(resume.role)} at {COMPANIES[3]}</p><p class='muted'>Lisbon, Portugal</p>"
        f"<h2>Summary</h2><p>{escape(resume.negatives[0])}</p>"
        f"<h2>Experience</h2><p><b>{COMPANIES[3]}</b></p><p>{escape(resume.role)}</p>"
        "<p class='muted'>March 2019 - Present (5 years)</p>"
        f"<p>{escape(resume.negatives[1])}</p>"
        "<h2>Education</h2><p>Universidade de Lisboa</p>"
        "<p>Master's degree, Computer Science · (2012 - 2014)</p></div>"
    )
    css = (
        ".side { float: left; width: 27%; background: #f3f3f3; padding: 6pt; font-size: 8.5pt }"
        " .main { margin-left: 33%; } h1.big { font-size: 26pt } h3 { font-size: 11pt }"
    )
    return f"<html><head><style>{_CSS}{css}</style></head><body>{side}{main}</body></html>"


def _pdf_resume(resume: Resume) -> bytes:
    if resume.style == LINKEDIN:
        data: bytes = weasyprint.HTML(string=_linkedin_export(resume)).write_pdf()
        return data
    layout = resume.style
    contact = (
        f"<p class='muted'>{escape(resume.role)} · {escape(resume.emails[0])} · "
        f"{escape(resume.phone)}</p>"
    )
    summary = (
        f"<h2>Summary</h2><p>{escape(resume.role)} with a decade of work in "
        f"{escape(resume.domain)}. {escape(resume.negatives[0])}</p>"
    )
    experience = (
        "<h2>Experience</h2>"
        f"<p><b>{escape(resume.role)}</b>, {COMPANIES[layout]} (2019 – present)</p>"
        f"<p>• {escape(resume.negatives[1])}</p>"
        "<p>• Led a team of six and cut delivery time by a third across four regions.</p>"
    )
    certs = "<h2>Licenses &amp; Certifications</h2>" + "".join(
        _pdf_entry(held, resume) for held in resume.claims
    )
    skills = "<h2>Skills</h2><p>" + escape(", ".join(resume.skills)) + "</p>"
    if layout == 3:
        rows = "".join(
            f"<tr><td class='when'>{escape(_month(held.issued_on, 0))}</td><td>"
            + _pdf_entry(held, resume)
            + "</td></tr>"
            for held in resume.claims
        )
        certs = f"<h2>Certifications</h2><table class='rows'>{rows}</table>"
    if layout in (1, 2):
        side = f"<div class='side'>{certs}{skills}</div>"
        main = f"<div class='main'>{summary}{experience}</div>"
        body = side + main if layout == 1 else main + side
    elif layout == 4:
        body = f"{summary}<div class='main'>{experience}{certs}{skills}</div>"
    else:
        body = summary + experience + certs + skills
    html = (
        f"<html><head><style>{_CSS}{_LAYOUTS[layout]}</style></head><body>"
        f"<h1>{escape(resume.name)}</h1>{contact}{body}</body></html>"
    )
    result: bytes = weasyprint.HTML(string=html).write_pdf()
    return result


# -- DOCX --------------------------------------------------------------------------------


def _hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    relationship = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relationship)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    text_element.set(qn("xml:space"), "preserve")
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def _docx_resume(resume: Resume) -> bytes:
    document = docx.Document()
    if resume.language != "en":
        for line, heading in _local_lines(resume):
            if heading:
                document.add_heading(line, level=1)
            else:
                document.add_paragraph(line)
        return _saved(document)
    if "Title" not in [style.name for style in document.styles]:
        document.styles.add_style("Title", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph(resume.name, style="Title")
    document.add_paragraph(f"{resume.role} | {resume.emails[0]} | {resume.phone}")
    document.add_heading("Summary", level=1)
    document.add_paragraph(f"{resume.role} in {resume.domain}. {resume.negatives[0]}")
    document.add_heading("Professional Experience", level=1)
    document.add_paragraph(f"{resume.role}, {COMPANIES[resume.style]}, 2019 – present")
    document.add_paragraph(resume.negatives[1], style="List Bullet")
    document.add_heading("Certifications", level=1)
    if resume.style in (1, 3):  # a table: title | issuer | dates | ID | link
        table = document.add_table(rows=0, cols=4)
        for held in resume.claims:
            cells = table.add_row().cells
            cells[0].text = held.title
            cells[1].text = held.issuer or ""
            cells[2].text = _dates(held, resume.style)
            cells[3].text = _id_text(held, resume.style)
            if held.url:
                if resume.link_mode == "text":
                    cells[3].add_paragraph(held.url)
                else:
                    _hyperlink(cells[3].add_paragraph(), held.url, "Verify")
    else:
        for held in resume.claims:
            lines = _entry_lines(held, resume)
            first = document.add_paragraph(lines[0] + " " if held.url else lines[0])
            if held.url and resume.link_mode != "text":
                _hyperlink(first, held.url, "Verify" if resume.link_mode == "verify" else "Link")
            for line in lines[1:]:
                document.add_paragraph(line)
            if held.url and resume.link_mode == "text":
                document.add_paragraph(held.url)
    document.add_heading("Skills", level=1)
    document.add_paragraph(", ".join(resume.skills))
    return _saved(document)


def _saved(document: DocxDocument) -> bytes:
    created = datetime(2026, 1, 1, tzinfo=UTC)
    document.core_properties.created = created
    document.core_properties.modified = created
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip_times(buffer.getvalue())


def _fixed_zip_times(data: bytes) -> bytes:
    """The same archive with every member dated alike, so that generating twice is a no-op."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return buffer.getvalue()


WRITERS: dict[str, Callable[[Resume], bytes]] = {
    "pdf": _pdf_resume,
    "docx": _docx_resume,
    "txt": lambda resume: _text_resume(resume).encode("utf-8"),
}


def generate(resumes: Sequence[Resume], folder: Path = FILES) -> list[dict[str, Any]]:
    """Write every résumé and return the labels."""
    folder.mkdir(parents=True, exist_ok=True)
    labels = []
    for resume in resumes:
        fmt = resume.file.rsplit(".", 1)[1]
        (folder / resume.file).write_bytes(WRITERS[fmt](resume))
        labels.append(
            {
                "file": f"files/{resume.file}",
                "name": resume.name,
                "emails": resume.emails,
                "claims": [asdict(held) for held in resume.claims],
                "negatives": resume.negatives,
                "layout": f"{fmt} style {resume.style}, links as {resume.link_mode}",
            }
        )
    return labels


def main() -> None:
    labels = generate(plan(random.Random(SEED)))
    (HERE / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(labels)} résumés in {FILES.relative_to(HERE.parents[1])}")


if __name__ == "__main__":
    main()
