"""Three of blind-13's six contents (see ``blind13_contents.py``, which gathers them): a mine
geologist in Antofagasta, a clinical research associate in Cairo and a sommelier in Vienna.
Split out so that each module stays under its 500 lines."""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

MINE_GEOLOGIST = Content(
    key="b13-mine-geologist",
    name="Matías Ignacio Rojas Valdebenito",
    post_nominals=("MAusIMM",),
    headline="Senior Resource Geologist, Open-Pit Copper",
    email="matias.rojas.v@gmail.com",
    phone="+56 9 5555 3172",
    location="Antofagasta, Chile",
    summary=(
        "Resource geologist for an open-pit copper operation in the Atacama: drill-hole "
        "planning, core logging standards, implicit geological modelling and the yearly "
        "resource estimate, reported to the Chilean code and to JORC for the parent company."
    ),
    employer="Minera Salar Grande SpA",
    role="Senior Resource Geologist",
    bullets=(
        "Planned and logged 48 km of RC and diamond drilling over three campaigns",
        "Built the implicit model behind the 2025 resource statement (Leapfrog Geo, Vulcan)",
        "Supported the operation's ISO 14001:2015 certification and its Copper Mark assurance",
    ),
    credentials=(
        Credential(
            title="Persona Competente en Recursos y Reservas Mineras (Ley 20.235)",
            issuer="Comisión Calificadora de Competencias en Recursos y Reservas Mineras",
            short="Persona Competente",
            issued_on="2021-04",
            credential_id="PC-0412",
        ),
        Credential(
            title="CQI and IRCA Certified ISO 45001:2018 Lead Auditor Training Course",
            issuer="Bureau Veritas Chile",
            short="ISO 45001 Lead Auditor course",
            issued_on="2022-11",
            credential_id="BV-2258-ANT-1107",
        ),
        Credential(
            title="Leapfrog Geo Fundamentals",
            issuer="Seequent",
            short="Leapfrog Geo",
            issued_on="2020-07",
            url="https://www.seequent.com/learning/certificates/verify/LG-7Q4K2M",
        ),
        Credential(
            title="Monitor en Prevención de Riesgos (40 horas)",
            issuer="Mutual de Seguridad CChC",
            short="Monitor en Prevención",
            issued_on="2019",
        ),
        Credential(
            title="Geostatistics for Mineral Resource Estimation",
            issuer="AusIMM",
            short="AusIMM Geostatistics",
            issued_on="2025-03",
            url="https://www.credential.net/6a2f9c41-d83e-4b17-a5c0-e91b7d4f2a68",
        ),
        Credential(
            title="Python for Everybody Specialization",
            issuer="University of Michigan (Coursera)",
            short="Python for Everybody",
            issued_on="2024-05",
        ),
    ),
    section_negatives=(
        "Registered Member SME (RM SME): application submitted, awaiting review",
        "Diplomado en Geometalurgia, Universidad Católica del Norte: in progress, ends "
        "December 2026",
    ),
    skills=(
        "Leapfrog Geo",
        "Maptek Vulcan",
        "Supervisor (geostatistics)",
        "Core logging",
        "QA/QC",
        "Spanish",
        "English",
    ),
    post_nominal_claims=(
        Credential(
            title="Member of the Australasian Institute of Mining and Metallurgy (MAusIMM)",
            issuer="AusIMM",
            short="MAusIMM",
        ),
    ),
)

CLINICAL_RESEARCH = Content(
    key="b13-clinical-research",
    name="Mariam Adel Abdelrahman",
    post_nominals=("PharmD",),
    headline="Senior Clinical Research Associate, Oncology",
    email="mariam.abdelrahman.cra@outlook.com",
    phone="+20 100 555 6724",
    location="Cairo, Egypt",
    summary=(
        "Clinical research associate monitoring phase II and III oncology trials at eleven "
        "Egyptian sites: site selection and initiation, risk-based monitoring, source data "
        "review, and preparing sites for sponsor audits and regulators' inspections."
    ),
    employer="NileTrials CRO",
    role="Senior Clinical Research Associate",
    bullets=(
        "Monitored 11 oncology sites, 340 patients, with no critical finding at sponsor audits",
        "Prepared two sites for the Egyptian Drug Authority's first GCP inspections",
        "Trained site coordinators on the sponsor's 21 CFR Part 11 validated eTMF",
    ),
    credentials=(
        Credential(
            title="ACRP Certified Professional (ACRP-CP)",
            issuer="Association of Clinical Research Professionals (ACRP)",
            short="ACRP-CP",
            issued_on="2023-05",
            expires_on="2027-05",
            url="https://www.credly.com/badges/37c9e0a4-8f12-4d6b-b5a3-c28e71f4d905/public_url",
        ),
        Credential(
            title="Certified Clinical Research Professional (CCRP)",
            issuer="SOCRA",
            short="CCRP",
            issued_on="2022-10",
            expires_on="2025-10",
            credential_id="CCRP-55210",
        ),
        Credential(
            title="Good Clinical Practice (ICH E6(R3))",
            issuer="CITI Program",
            short="GCP (CITI)",
            issued_on="2025-02",
            expires_on="2028-02",
            credential_id="68142297",
            url="https://www.citiprogram.org/verify/?k0a1b2c3d-4e5f-4789-abcd-ef0123456789-68142297",
        ),
        Credential(
            title="Pharmacist Practice Licence",
            issuer="Egyptian Pharmacists Syndicate",
            short="Pharmacist licence",
            issued_on="2016",
            credential_id="EPS-118274",
        ),
        Credential(
            title="Data Management for Clinical Research",
            issuer="Vanderbilt University (Coursera)",
            short="Data Management (Coursera)",
            issued_on="2021-08",
            url="https://www.coursera.org/account/accomplishments/verify/9TQ5VZ3RMA2E",
        ),
        Credential(
            title="Medidata Rave EDC Certified Study Builder",
            issuer="Medidata",
            short="Rave Study Builder",
            issued_on="2024-09",
        ),
    ),
    section_negatives=(
        "Certified Clinical Research Associate (CCRA), ACRP: exam window booked for March 2027",
        "Diploma in Pharmacovigilance, Cairo University: expected June 2027",
    ),
    skills=(
        "Risk-based monitoring",
        "Medidata Rave",
        "Veeva Vault CTMS",
        "ICH E6(R3)",
        "Arabic",
        "English",
        "French (B1)",
    ),
    contact_links=(
        ("linkedin.com/in/mariam-abdelrahman", "https://www.linkedin.com/in/mariam-abdelrahman"),
    ),
)

SOMMELIER = Content(
    key="b13-sommelier",
    name="Katharina Pichler-Oberhauser",
    post_nominals=("DipWSET",),
    headline="Head Sommelier and Wine Buyer",
    email="k.pichler.oberhauser@gmx.at",
    phone="+43 664 555 2391",
    location="Vienna, Austria",
    summary=(
        "Head sommelier and buyer for a fine-dining restaurant and a hotel's two bars: a "
        "1,400-bin list with a focus on Austrian Grüner Veltliner and Blaufränkisch, cellar "
        "management, staff training and food pairing menus."
    ),
    employer="Palais Lindengasse Hotel & Restaurant",
    role="Head Sommelier",
    bullets=(
        "Built the 1,400-bin list that earned the restaurant a third Gault&Millau toque",
        "Led the food and beverage outlets through the hotel's Green Key certification",
        "Buy for the hotel's Demeter-certified biodynamic by-the-glass programme",
    ),
    credentials=(
        Credential(
            title="WSET Level 4 Diploma in Wines",
            issuer="Wine & Spirit Education Trust (WSET)",
            short="DipWSET",
            issued_on="2022-01",
            credential_id="WSET-D-10458821",
            url="https://www.credential.net/2d7b40e8-93c1-4f5a-86de-5b1f0c9a7e23",
        ),
        Credential(
            title="Certified Sommelier",
            issuer="Court of Master Sommeliers Europe",
            short="Certified Sommelier",
            issued_on="2019-06",
        ),
        Credential(
            title="Weinakademiker",
            issuer="Weinakademie Österreich",
            short="Weinakademiker",
            issued_on="2021-11",
            credential_id="WA-2021-0387",
        ),
        Credential(
            title="Certified Specialist of Wine (CSW)",
            issuer="Society of Wine Educators",
            short="CSW",
            issued_on="2018",
        ),
        Credential(
            title="WSET Level 3 Award in Sake",
            issuer="Wine & Spirit Education Trust (WSET)",
            short="WSET 3 Sake",
            issued_on="2024-04",
        ),
        Credential(
            title="Lebensmittelhygiene-Schulung (HACCP)",
            issuer="WIFI Wien",
            short="HACCP",
            issued_on="2025-01",
            expires_on="2028-01",
        ),
    ),
    section_negatives=(
        "Master of Wine: Stage 1 assessment passed in 2025, Stage 2 exams in June 2027",
        "Advanced Sommelier, Court of Master Sommeliers: exam scheduled for autumn 2027",
    ),
    skills=(
        "Austrian and German wine",
        "Cellar management",
        "Coravin service",
        "Staff training",
        "German",
        "English",
        "Italian",
    ),
    contact_links=(("instagram.com/kathi.sommelier", "https://www.instagram.com/kathi.sommelier"),),
)
