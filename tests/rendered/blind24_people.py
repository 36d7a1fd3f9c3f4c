"""Three of blind-24's six contents (the other three are in ``blind24_contents.py``): a
French-English translator in Montréal, an air traffic controller in Reykjavík, a quantity
surveyor in Kigali.

Made in session 17 by a24, who never read the extractor nor its tests, nor any group's misses.
Every person, employer, number and address is invented; the credentials and their issuers are
real, the addresses in the shapes those platforms' verification pages use. Every line is written
in Windows-1252's letters (the typeset PDFs draw them with the standard fonts).
"""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

CREDLY = "https://www.credly.com/badges/{}/public_url"

MONTREAL = Content(
    key="b24-translator-montreal",
    name="Geneviève Lachapelle-Nguyen",
    post_nominals=(),
    headline="Certified Translator and Localization Lead, English and French",
    email="genevieve.lachapelle@example.ca",
    phone="+1 514 555 0187",
    location="Montréal, Québec, Canada",
    summary=(
        "Translator turning software, legal and marketing copy between English and French for "
        "Canadian and European clients. The ATA Spanish into English exam is booked for March "
        "2027."
    ),
    employer="Lexique Traduction inc.",
    role="Senior Translator and Localization Lead",
    bullets=(
        "Translated and revised 1.4 million words a year across 11 software products.",
        "Kept the agency's ISO 17100 translation-services certification through two audits.",
        "Attended a webinar on neural machine translation quality estimation.",
    ),
    credentials=(
        Credential(
            title="Certified Translator, English to French (trad. a.)",
            issuer="Ordre des traducteurs, terminologues et interprètes agréés du Québec",
            short="trad. a.",
            issued_on="2014-09",
            credential_id="TR-08415",
        ),
        Credential(
            title="ATA Certified Translator, French into English",
            issuer="American Translators Association",
            short="ATA CT",
            issued_on="2018-05",
            credential_id="528114",
        ),
        Credential(
            title="Trados Studio Certification, Advanced Level",
            issuer="RWS",
            short="Trados Advanced",
            issued_on="2022-10",
            credential_id="TSA-2210-77153",
        ),
        Credential(
            title="Certified Localization Project Manager (CLPM)",
            issuer="The Localization Institute",
            short="CLPM",
            issued_on="2021-03",
            credential_id="CLPM-2103-0418",
        ),
        Credential(
            title="Google Ads Search Certification",
            issuer="Google",
            short="Google Ads Search",
            issued_on="2024-06",
            expires_on="2025-06",
            credential_id="104829311",
            url="https://skillshop.credential.net/7a3e91c4-5b2d-4f08-9e61-c2d84b07a5f3",
        ),
    ),
    section_negatives=(
        "ATA Certified Translator, Spanish into English: exam booked for March 2027",
        "Lexique Traduction inc.: ISO 17100 certified translation services (the agency's)",
    ),
    skills=("Trados Studio", "memoQ", "Terminology", "French", "English", "Spanish"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/genevieve-lachapelle-trad"),),
)

REYKJAVIK = Content(
    key="b24-atco-reykjavik",
    name="Sigríður Björk Ólafsdóttir",
    post_nominals=(),
    headline="Air Traffic Controller, Aerodrome Control (Tower)",
    email="sigridur.olafsdottir@example.is",
    phone="+354 862 4471",
    location="Reykjavík, Iceland",
    summary=(
        "Tower controller at an international airport with long winter nights and fast-changing "
        "weather. The approach (APS) rating course starts in January 2027."
    ),
    employer="Norðurljós Air Navigation ehf.",
    role="Air Traffic Controller, Tower",
    bullets=(
        "Controls up to 38 movements an hour on two crossing runways in winter operations.",
        "Helped the unit keep its ISO 9001 certification for air navigation services.",
        "Sat in on a manufacturer's demonstration of a remote tower system.",
    ),
    credentials=(
        Credential(
            title="Air Traffic Controller Licence, ratings ADI and ADV",
            issuer="Icelandic Transport Authority (Samgöngustofa)",
            short="ATCO Licence",
            issued_on="2015-09",
            credential_id="IS.ATCO.0342",
        ),
        Credential(
            title="Class 3 Medical Certificate",
            issuer="Icelandic Transport Authority (Samgöngustofa)",
            short="Class 3 Medical",
            issued_on="2025-04",
            expires_on="2027-04",
            credential_id="MED3-IS-25-0911",
        ),
        Credential(
            title="On-the-Job Training Instructor (OJTI) Endorsement",
            issuer="Icelandic Transport Authority (Samgöngustofa)",
            short="OJTI",
            issued_on="2019-02",
            expires_on="2022-02",
            credential_id="IS.ATCO.0342-OJTI",
        ),
        Credential(
            title="Team Resource Management (TRM) Facilitator",
            issuer="EUROCONTROL",
            short="TRM Facilitator",
            issued_on="2020-11",
            credential_id="IANS-TRM-2011-058",
        ),
        Credential(
            title="Private Pilot Licence, Aeroplanes (PPL(A))",
            issuer="Icelandic Transport Authority (Samgöngustofa)",
            short="PPL(A)",
            issued_on="2012-07",
            credential_id="IS.FCL.PPL.4417",
        ),
    ),
    section_negatives=(
        "Approach Surveillance (APS) rating: training course begins January 2027",
        "Norðurljós Air Navigation: ISO 9001 certified air navigation services (the company's)",
    ),
    skills=("Aerodrome control", "Low-visibility procedures", "Icelandic", "English"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/sigridur-olafsdottir-atc"),),
)

KIGALI = Content(
    key="b24-qs-kigali",
    name="Jean-Claude Habimana",
    post_nominals=("MRICS",),
    headline="Chartered Quantity Surveyor, Infrastructure and Commercial Buildings",
    email="jc.habimana@example.rw",
    phone="+250 788 412 905",
    location="Kigali, Rwanda",
    summary=(
        "Quantity surveyor costing and managing contracts for roads, water works and offices "
        "funded by development banks. Preparing the RICS fellowship (FRICS) submission."
    ),
    employer="Umubano Construction Ltd",
    role="Senior Quantity Surveyor and Contracts Manager",
    bullets=(
        "Settled final accounts worth USD 46 million on nine donor-funded projects.",
        "Kept the contractor's ISO 9001:2015 certification through its surveillance audits.",
        "Joined a software vendor's webinar on 5D BIM cost planning.",
    ),
    credentials=(
        Credential(
            title="Member of the Royal Institution of Chartered Surveyors (MRICS)",
            issuer="RICS",
            short="MRICS",
            issued_on="2019-10",
            credential_id="6284471",
        ),
        Credential(
            title="Registered Professional Engineer",
            issuer="Institution of Engineers Rwanda",
            short="IER PE",
            issued_on="2017-06",
            credential_id="IER-PE-0917",
        ),
        Credential(
            title="Project Management Professional (PMP)",
            issuer="Project Management Institute",
            short="PMP",
            issued_on="2021-08",
            expires_on="2024-08",
            credential_id="3120957",
            url=CREDLY.format("c41d7e92-0b5a-4f63-8e1c-97a2d6f0b384"),
        ),
        Credential(
            title="NEC4 ECC Project Manager Accreditation",
            issuer="NEC",
            short="NEC4 PM",
            issued_on="2023-05",
            credential_id="NEC4-PM-23-11862",
        ),
        Credential(
            title="Autodesk Certified Professional in Revit for Architectural Design",
            issuer="Autodesk",
            short="ACP Revit",
            issued_on="2024-02",
            expires_on="2027-02",
            url=CREDLY.format("5e08b3a1-7c94-42d6-b1f5-3a6e0c9d2f71"),
        ),
        Credential(
            title="Microsoft Office Specialist: Excel Expert (Office 2019)",
            issuer="Microsoft",
            short="MOS Excel Expert",
            issued_on="2020-07",
            credential_id="wLNx-4F7a",
            url=CREDLY.format("9a2f6c15-d83e-4b70-a4c9-1e5b7d3f8062"),
        ),
    ),
    section_negatives=(
        "FRICS (Fellow of RICS): assessment submission in preparation",
        "Umubano Construction Ltd: ISO 9001:2015 certified (the contractor's)",
    ),
    skills=(
        "Cost planning",
        "FIDIC and NEC contracts",
        "CostX",
        "Kinyarwanda",
        "French",
        "English",
    ),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/jc-habimana-mrics"),),
)
