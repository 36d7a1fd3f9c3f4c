"""The "blind-13" group's own contents: six résumés the extractor was never tuned on.

Written in session 11 by a helper who never read the extractor nor its tests. People, trades and
countries the other groups do not have: a drilling supervisor in Stavanger, a data protection
officer in Kuala Lumpur and an agile coach in Lisbon (here), a mine geologist in Antofagasta, a
clinical research associate in Cairo and a sommelier in Vienna (``blind13_people.py``). Every
person, employer, credential ID and URL is invented; the credentials are real kinds from real
issuers (IWCF, OPITO, Offshore Norge, NEBOSH, IADC, IAPP, ISACA, PECB, OneTrust, Scrum.org,
Scaled Agile, ICAgile, Kanban University, PMI, Google through Coursera, the Chilean competent
persons' commission, Seequent, ACRP, SOCRA, the CITI Program, Medidata, WSET, the Court of
Master Sommeliers, the Austrian Wine Academy; Credly, Accredible, Coursera and issuers'
verification addresses), most without a link, as on real résumés. A date may be a bare year;
some credentials have lapsed and are still listed. A post-nominal may be a degree ("PharmD"),
no credential. ``section_negatives`` are written near the credentials but are not held: an exam
part passed, an exam booked, an application under review, a course under way. Bullets hold
distractors: an employer's, a site's or a product's certification.
"""

from __future__ import annotations

from tests.rendered.blind13_people import CLINICAL_RESEARCH, MINE_GEOLOGIST, SOMMELIER
from tests.rendered.contents import Content, Credential

_DRILLING = Content(
    key="b13-drilling-supervisor",
    name="Eirik Solbakken Haugland",
    post_nominals=(),
    headline="Drilling Supervisor, Offshore Semi-submersible Operations",
    email="eirik.haugland@online.no",
    phone="+47 915 55 382",
    location="Stavanger, Norway",
    summary=(
        "Drilling supervisor with fourteen years on semi-submersibles in the North Sea and the "
        "Norwegian Sea: well control, managed pressure drilling, plug and abandonment campaigns "
        "and the rig's barrier management under NORSOK D-010."
    ),
    employer="Nordkapp Drilling AS",
    role="Night Drilling Supervisor, Deepsea Sleipnir",
    bullets=(
        "Delivered 14 production wells to completion with no lost-time incident",
        "Kept the rig's NORSOK D-010 well barrier schematics current for every section",
        "Supported the rig's ISO 14001 and DNV-classed safety case renewal audits",
    ),
    credentials=(
        Credential(
            title="IWCF Drilling Well Control Level 4 (Supervisor), Surface and Subsea",
            issuer="IWCF",
            short="IWCF Level 4",
            issued_on="2024-09",
            expires_on="2026-09",
            credential_id="IWCF-4-NO-118264",
        ),
        Credential(
            title="OPITO BOSIET with CA-EBS",
            issuer="OPITO",
            short="BOSIET",
            issued_on="2023-02",
            expires_on="2027-02",
            credential_id="OP-5521894",
        ),
        Credential(
            title="Basic Safety and Emergency Preparedness Training (GSK)",
            issuer="Offshore Norge",
            short="GSK",
            issued_on="2023-02",
            expires_on="2027-02",
        ),
        Credential(
            title="NEBOSH International Technical Certificate in Oil and Gas Operational Safety",
            issuer="NEBOSH",
            short="NEBOSH IOGC",
            issued_on="2021",
            credential_id="00512345/41882",
            url="https://www.nebosh.org.uk/verify-a-qualification/?cn=00512345-41882",
        ),
        Credential(
            title="Managed Pressure Drilling Fundamentals",
            issuer="IADC",
            short="IADC MPD",
            issued_on="2025-05",
        ),
    ),
    section_negatives=(
        "IWCF Well Intervention Pressure Control Level 4: practical passed, principles and "
        "procedures re-sit booked for February 2027",
        "Drilling Engineering (continuing education, University of Stavanger): expected 2027",
    ),
    skills=(
        "Well control",
        "Managed pressure drilling",
        "Plug and abandonment",
        "Synergi",
        "OpenWells",
        "Norwegian",
        "English",
    ),
    contact_links=(
        ("linkedin.com/in/eirik-haugland", "https://www.linkedin.com/in/eirik-haugland"),
    ),
)

_PRIVACY = Content(
    key="b13-privacy-officer",
    name="Nurul Ain binti Hasbullah",
    post_nominals=("CIPP/A", "CIPM"),
    headline="Data Protection Officer, Digital Banking",
    email="nurulain.hasbullah@gmail.com",
    phone="+60 12-555 8140",
    location="Kuala Lumpur, Malaysia",
    summary=(
        "Data protection officer for a licensed digital bank: PDPA 2010 and its 2024 amendments, "
        "breach notification, cross-border transfer assessments, privacy by design in product "
        "squads and a privacy programme reported to the board's risk committee."
    ),
    employer="Klang Valley Digital Bank Berhad",
    role="Data Protection Officer",
    bullets=(
        "Ran the bank's programme for the PDPA amendments, incl. mandatory breach notification",
        "Kept the bank's ISO/IEC 27001:2022 certification through its 2025 surveillance audit",
        "Moved 40 vendors' privacy assessments into OneTrust's third-party risk module",
    ),
    credentials=(
        Credential(
            title="Certified Information Privacy Professional/Asia (CIPP/A)",
            issuer="IAPP",
            short="CIPP/A",
            issued_on="2022-06",
            expires_on="2026-06",
            url="https://www.credly.com/badges/4f1d8a63-2c9e-4b70-8d15-93e6a0c7b2f4/public_url",
        ),
        Credential(
            title="Certified Information Privacy Manager (CIPM)",
            issuer="IAPP",
            short="CIPM",
            issued_on="2023-03",
            expires_on="2027-03",
            url="https://www.credly.com/badges/a83c5e17-6b2d-4f9a-b041-7d2e9c58f316/public_url",
        ),
        Credential(
            title="Certified Data Privacy Solutions Engineer (CDPSE)",
            issuer="ISACA",
            short="CDPSE",
            issued_on="2024-01",
            credential_id="241187634",
        ),
        Credential(
            title="PECB Certified ISO/IEC 27701 Lead Implementer",
            issuer="PECB",
            short="ISO/IEC 27701 LI",
            issued_on="2023-08",
            expires_on="2026-08",
            credential_id="PECB-PIMS-1145572",
        ),
        Credential(
            title="OneTrust Certified Privacy Professional",
            issuer="OneTrust",
            short="OneTrust CPP",
            issued_on="2024-11",
        ),
        Credential(
            title="Data Privacy Fundamentals",
            issuer="Northeastern University (Coursera)",
            short="Data Privacy Fundamentals",
            issued_on="2021-10",
            url="https://www.coursera.org/account/accomplishments/verify/K7WQ2M9XPL4D",
        ),
    ),
    section_negatives=(
        "Certified Information Privacy Technologist (CIPT): exam booked for January 2027",
        "ISACA CISA: studying with the review manual, not yet sat",
    ),
    skills=(
        "PDPA 2010",
        "GDPR",
        "DPIA",
        "Records of processing",
        "OneTrust",
        "Bahasa Malaysia",
        "Mandarin (conversational)",
    ),
    contact_links=(("linkedin.com/in/nurulain-dpo", "https://www.linkedin.com/in/nurulain-dpo"),),
)

_AGILE = Content(
    key="b13-agile-coach",
    name="Inês Carvalho Magalhães",
    post_nominals=(),
    headline="Agile Coach and Scrum Master, Insurance IT",
    email="ines.magalhaes@sapo.pt",
    phone="+351 912 555 407",
    location="Lisbon, Portugal",
    summary=(
        "Agile coach for nine product teams in a life and health insurer: team coaching, flow "
        "metrics, PI planning facilitation and coaching first-time product owners and managers "
        "through a move from projects to products."
    ),
    employer="Tejo Seguros, S.A.",
    role="Agile Coach, Claims and Policy Platforms",
    bullets=(
        "Coached 9 teams through the insurer's move to SAFe, incl. six PI plannings",
        "Helped IT operations keep its ISO/IEC 20000-1 certification through the change",
        "Cut median cycle time from 19 to 8 days with Kanban and WIP limits",
    ),
    credentials=(
        Credential(
            title="Professional Scrum Master II (PSM II)",
            issuer="Scrum.org",
            short="PSM II",
            issued_on="2022-10",
            url="https://www.scrum.org/certificates/1029384",
        ),
        Credential(
            title="Professional Scrum Master I (PSM I)",
            issuer="Scrum.org",
            short="PSM I",
            issued_on="2019-05",
        ),
        Credential(
            title="Certified SAFe 6 Scrum Master (SSM)",
            issuer="Scaled Agile, Inc.",
            short="SAFe SSM",
            issued_on="2024-02",
            expires_on="2025-02",
            credential_id="94811736-3321",
            url="https://www.credly.com/badges/e20b7c94-51fd-4a3e-9c86-0f4a2d17b5e8/public_url",
        ),
        Credential(
            title="ICAgile Certified Professional in Agile Coaching (ICP-ACC)",
            issuer="ICAgile",
            short="ICP-ACC",
            issued_on="2023-06",
        ),
        Credential(
            title="Team Kanban Practitioner (TKP)",
            issuer="Kanban University",
            short="TKP",
            issued_on="2021",
        ),
        Credential(
            title="PMI Agile Certified Practitioner (PMI-ACP)",
            issuer="Project Management Institute",
            short="PMI-ACP",
            issued_on="2020-09",
            expires_on="2026-09",
            credential_id="2874501",
        ),
        Credential(
            title="Google Project Management Professional Certificate",
            issuer="Google (Coursera)",
            short="Google PM Certificate",
            issued_on="2023-01",
            url="https://www.coursera.org/account/accomplishments/professional-cert/R4HX8CZ2NQ6B",
        ),
    ),
    section_negatives=(
        "Professional Scrum Master III (PSM III): assessment attempt planned for 2027",
        "Certified Team Coach (CTC), Scrum Alliance: application under review",
    ),
    skills=(
        "Team coaching",
        "Flow metrics",
        "PI planning",
        "Jira Align",
        "Miro",
        "Portuguese",
        "English",
        "Spanish",
    ),
    contact_links=(("linkedin.com/in/inesmagalhaes", "https://www.linkedin.com/in/inesmagalhaes"),),
)

BLIND13_CONTENTS: tuple[Content, ...] = (
    _DRILLING,
    _PRIVACY,
    _AGILE,
    MINE_GEOLOGIST,
    CLINICAL_RESEARCH,
    SOMMELIER,
)
