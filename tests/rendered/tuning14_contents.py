"""The "tuning-14" group's own contents: six résumés from continental Europe, OPEN for tuning.

Written in session 12 (e14gen) to tune on what real résumés do that no earlier group covers: the
layouts (``tuning14_documents.py``) write them in German, Spanish, Portuguese, Polish, Dutch and
Italian, so the contents hold only what a person's file holds in any language. People, trades
and places the other groups do not have: an SAP consultant in Wrocław, a photovoltaic engineer
in Graz, an intensive care nurse in Porto, a cloud architect in Utrecht, a project manager in
Valencia and a food-safety auditor in Bologna. Every person, employer, credential ID and URL is
invented; the credentials are real kinds from real issuers, some titled in their own language
("Sachkundiger für Photovoltaikanlagen"), most without a link, one lapsed, some dated by a year
only. ``section_negatives`` stand among the credentials but are not held (an exam booked, a
course under way); bullets hold an employer's or a plant's certification.
"""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

_SAP = Content(
    key="t14-sap-consultant",
    name="Katarzyna Wiśniewska-Nowak",
    post_nominals=(),
    headline="Senior SAP SD Consultant",
    email="k.wisniewska.nowak@wp.pl",
    phone="+48 601 555 214",
    location="Wrocław, Poland",
    summary=(
        "SAP Sales and Distribution consultant with nine years of rollouts in manufacturing and "
        "wholesale, from blueprint to hypercare, across Poland, Czechia and Germany."
    ),
    employer="Odra Systems Sp. z o.o.",
    role="Senior SAP SD Consultant",
    bullets=(
        "Led the S/4HANA conversion of order-to-cash for 11 company codes",
        "Prepared the client's ISO/IEC 27001 certification evidence for the SAP landscape",
    ),
    credentials=(
        Credential(
            title="SAP Certified Application Associate - SAP S/4HANA Sales",
            issuer="SAP",
            short="SAP S/4HANA Sales",
            issued_on="2021-03",
            credential_id="0019283746",
        ),
        Credential(
            title="PRINCE2 Foundation",
            issuer="PeopleCert",
            short="PRINCE2",
            issued_on="2019-11",
        ),
        Credential(
            title="ITIL 4 Foundation",
            issuer="PeopleCert",
            short="ITIL 4",
            issued_on="2022-06",
            credential_id="GR671234567KW",
        ),
        Credential(
            title="Professional Scrum Master I (PSM I)",
            issuer="Scrum.org",
            short="PSM I",
            issued_on="2020-02",
            url="https://www.scrum.org/certificates/684213",
        ),
    ),
    section_negatives=("SAP S/4HANA Finance: egzamin zaplanowany na marzec 2027",),
    skills=("SAP SD", "SAP LE", "ABAP debugging", "Fiori", "Polish", "German", "English"),
    contact_links=(("linkedin.com/in/kwisniewska", "https://www.linkedin.com/in/kwisniewska"),),
)

_SOLAR = Content(
    key="t14-pv-engineer",
    name="Jonas Oberhuber",
    post_nominals=(),
    headline="Projektingenieur Photovoltaik",
    email="jonas.oberhuber@gmx.at",
    phone="+43 664 555 7812",
    location="Graz, Austria",
    summary=(
        "Photovoltaic engineer designing rooftop and ground-mounted plants from 100 kWp to "
        "40 MWp, grid connection studies and commissioning."
    ),
    employer="Sonnwend Energietechnik GmbH",
    role="Project Engineer",
    bullets=(
        "Commissioned 62 MWp of ground-mounted plants in Styria and Carinthia",
        "Supported the company's ISO 50001 certification audit in 2024",
    ),
    credentials=(
        Credential(
            title="Certified Energy Manager (CEM)",
            issuer="Association of Energy Engineers",
            short="CEM",
            issued_on="2020-05",
            expires_on="2026-05",
            credential_id="CEM-27714",
        ),
        Credential(
            title="Sachkundiger für Photovoltaikanlagen",
            issuer="TÜV SÜD",
            short="PV-Sachkundiger",
            issued_on="2018",
            credential_id="TS-PV-48213",
        ),
        Credential(
            title="Lean Six Sigma Green Belt",
            issuer="IASSC",
            short="LSSGB",
            issued_on="2022-10",
            url="https://www.iassc.org/verify/OB-LSSGB-5520",
        ),
    ),
    section_negatives=("Elektrofachkraft: Prüfung im Frühjahr 2027 geplant",),
    skills=("PVsyst", "AutoCAD", "Grid studies", "German", "English"),
)

_NURSE = Content(
    key="t14-icu-nurse",
    name="Mariana Coutinho Reis",
    post_nominals=(),
    headline="Enfermeira de Cuidados Intensivos",
    email="mariana.coutinho.reis@sapo.pt",
    phone="+351 912 555 407",
    location="Porto, Portugal",
    summary=(
        "Intensive care nurse with eight years in a 24-bed polyvalent ICU, ECMO and "
        "post-cardiac-surgery care, and clinical teaching of students."
    ),
    employer="Hospital Universitário do Douro",
    role="Enfermeira Especialista",
    bullets=(
        "Trained 40 nurses on the ICU's ECMO circuit checks",
        "Took part in the hospital's JCI accreditation survey in 2023",
    ),
    credentials=(
        Credential(
            title="Advanced Cardiovascular Life Support (ACLS)",
            issuer="American Heart Association",
            short="ACLS",
            issued_on="2024-05",
            expires_on="2026-05",
            credential_id="245119873650",
        ),
        Credential(
            title="Pediatric Advanced Life Support (PALS)",
            issuer="American Heart Association",
            short="PALS",
            issued_on="2023-11",
            expires_on="2025-11",
        ),
        Credential(
            title="Certified Critical Care Nurse (CCRN)",
            issuer="AACN",
            short="CCRN",
            issued_on="2021-09",
            expires_on="2027-09",
            credential_id="01928374",
            url="https://www.aacn.org/verify/01928374",
        ),
    ),
    section_negatives=("Pós-graduação em Enfermagem Médico-Cirúrgica: em curso, conclusão 2027",),
    skills=("ECMO", "CRRT", "Ventilação mecânica", "Portuguese", "English", "Spanish"),
)

_CLOUD = Content(
    key="t14-cloud-architect",
    name="Daan Verhoeven",
    post_nominals=(),
    headline="Cloud Architect",
    email="daan.verhoeven@ziggo.nl",
    phone="+31 6 5555 1943",
    location="Utrecht, Netherlands",
    summary=(
        "Cloud architect for public-sector and retail platforms: landing zones, Kubernetes, "
        "infrastructure as code and cost control across AWS and Azure."
    ),
    employer="Domstad Digital B.V.",
    role="Lead Cloud Architect",
    bullets=(
        "Designed the landing zone of a ministry's 300-account AWS organisation",
        "Kept the platform's ISO 27001 and NEN 7510 certification scope in Terraform",
    ),
    credentials=(
        Credential(
            title="AWS Certified Solutions Architect - Professional",
            issuer="Amazon Web Services",
            short="AWS SA Pro",
            issued_on="2023-04",
            expires_on="2026-04",
            credential_id="AWS-PSA-8K2M41",
            url="https://www.credly.com/badges/7c1e9a44-2b3d-4f6e-a8c1-5d0b3e9f7a21/public_url",
        ),
        Credential(
            title="Microsoft Certified: Azure Solutions Architect Expert",
            issuer="Microsoft",
            short="AZ-305",
            issued_on="2022-09",
            expires_on="2026-09",
            credential_id="H2K94M1P",
        ),
        Credential(
            title="Certified Kubernetes Administrator (CKA)",
            issuer="The Linux Foundation",
            short="CKA",
            issued_on="2021-11",
            expires_on="2024-11",
            credential_id="LF-2KQ8N1X7AB",
        ),
        Credential(
            title="HashiCorp Certified: Terraform Associate",
            issuer="HashiCorp",
            short="Terraform Associate",
            issued_on="2024",
        ),
    ),
    section_negatives=("Google Cloud Professional Cloud Architect: examen gepland voor 2027",),
    skills=("AWS", "Azure", "Terraform", "Kubernetes", "Go", "Dutch", "English"),
    contact_links=(("github.com/daanverhoeven", "https://github.com/daanverhoeven"),),
)

_PROJECTS = Content(
    key="t14-project-manager",
    name="Lucía Fernández Ortega",
    post_nominals=("PMP", "CSCP"),
    headline="Project Manager, Logistics Infrastructure",
    email="lucia.fernandez.ortega@gmail.com",
    phone="+34 655 555 318",
    location="Valencia, Spain",
    summary=(
        "Project manager for port and warehouse automation programmes up to 40 million euros, "
        "with agile delivery of the software parts."
    ),
    employer="Levante Logística Integral S.L.",
    role="Senior Project Manager",
    bullets=(
        "Delivered the automated container yard of the port's third terminal on budget",
        "Coordinated the warehouse's ISO 9001 certification renewal in 2022",
    ),
    credentials=(
        Credential(
            title="Project Management Professional (PMP)",
            issuer="PMI",
            short="PMP",
            issued_on="2018-10",
            expires_on="2027-10",
            credential_id="2283741",
        ),
        Credential(
            title="PMI Agile Certified Practitioner (PMI-ACP)",
            issuer="PMI",
            short="PMI-ACP",
            issued_on="2020-06",
            expires_on="2026-06",
        ),
        Credential(
            title="Certified ScrumMaster (CSM)",
            issuer="Scrum Alliance",
            short="CSM",
            issued_on="2019-03",
            credential_id="001284736",
            url="https://bcert.me/sxrkqtwb",
        ),
    ),
    section_negatives=("PMI Risk Management Professional (PMI-RMP): en preparación",),
    skills=("MS Project", "Jira", "Primavera P6", "Spanish", "English", "Valencian"),
    post_nominal_claims=(
        Credential(
            title="Certified Supply Chain Professional (CSCP)",
            issuer="ASCM",
            short="CSCP",
        ),
    ),
)

_FOOD = Content(
    key="t14-food-auditor",
    name="Giulia Marchetti",
    post_nominals=(),
    headline="Food Safety Lead Auditor",
    email="giulia.marchetti@libero.it",
    phone="+39 347 555 2290",
    location="Bologna, Italy",
    summary=(
        "Food safety auditor for dairy, meat and bakery plants across Emilia-Romagna and "
        "Lombardy, certification audits and supplier qualification."
    ),
    employer="Qualità Alimentare Emiliana S.r.l.",
    role="Lead Auditor",
    bullets=(
        "Ran 120 certification audits a year against BRCGS, IFS and FSSC 22000",
        "Helped a client's dairy plant reach its FSSC 22000 certification in six months",
    ),
    credentials=(
        Credential(
            title="FSSC 22000 Lead Auditor",
            issuer="Bureau Veritas",
            short="FSSC 22000 LA",
            issued_on="2019-02",
            credential_id="BV-IT-19-4471",
        ),
        Credential(
            title="ISO 9001:2015 Lead Auditor",
            issuer="CQI and IRCA",
            short="ISO 9001 LA",
            issued_on="2017-06",
            expires_on="2026-06",
            credential_id="IRCA-5529103",
        ),
        Credential(
            title="HACCP Level 4",
            issuer="Highfield Qualifications",
            short="HACCP L4",
            issued_on="2016",
        ),
        Credential(
            title="IFS Food Auditor",
            issuer="IFS Management GmbH",
            short="IFS Auditor",
            issued_on="2021-09",
            expires_on="2027-09",
            url="https://www.ifs-certification.com/auditors/verify/IFS-A-88231",
        ),
    ),
    section_negatives=("BRCGS Food Safety Issue 9 Auditor: corso in corso, esame a maggio 2027",),
    skills=("HACCP", "BRCGS", "IFS", "FSSC 22000", "Italian", "English", "French"),
)

TUNING14_CONTENTS: tuple[Content, ...] = (_SAP, _SOLAR, _NURSE, _CLOUD, _PROJECTS, _FOOD)
