"""Three of blind-22's six contents (the other three are in ``blind22_contents.py``): a marine
warranty surveyor in Bergen, a head brewer in Cork, a cloud FinOps lead in Tallinn.

Made in session 16 by a22, who never read the extractor nor its tests. Every person, employer,
number and address is invented; the credentials and their issuers are real, the addresses in the
shapes those issuers' verification pages use.
"""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

CREDLY = "https://www.credly.com/badges/{}/public_url"

BERGEN = Content(
    key="b22-surveyor-bergen",
    name="Øyvind Hægeland",
    post_nominals=(),
    headline="Marine Warranty Surveyor, Offshore Wind and Heavy Lift",
    email="oyvind.haegeland@example.no",
    phone="+47 928 41 736",
    location="Bergen, Norway",
    summary=(
        "Marine warranty surveyor approving tows, load-outs and heavy lifts for offshore wind "
        "and subsea projects in the North Sea. Working through the IIMS yacht diploma."
    ),
    employer="Vestkyst Marine Assurance AS",
    role="Senior Marine Warranty Surveyor",
    bullets=(
        "Approved 31 load-outs and sea fastenings for monopiles and transition pieces.",
        "Kept the office's DNV-certified ISO 9001 system audit-ready for field surveys.",
        "Sat in on a class society's webinar on mooring integrity.",
    ),
    credentials=(
        Credential(
            title="IIMS Certified Marine Surveyor",
            issuer="International Institute of Marine Surveying",
            short="IIMS CMS",
            issued_on="2019-06",
            credential_id="CMS-0419-227",
        ),
        Credential(
            title="Chartered Marine Engineer (CMarEng)",
            issuer="Institute of Marine Engineering, Science and Technology",
            short="CMarEng",
            issued_on="2018-11",
            credential_id="MEM-88104",
        ),
        Credential(
            title="OPITO BOSIET with CA-EBS",
            issuer="OPITO",
            short="BOSIET",
            issued_on="2023-03",
            expires_on="2027-03",
            credential_id="3471-2209-8815",
        ),
        Credential(
            title="GWO Basic Safety Training, Working at Heights",
            issuer="Global Wind Organisation",
            short="GWO BST",
            issued_on="2024-05",
            expires_on="2026-05",
            credential_id="WINDA 8834127",
        ),
        Credential(
            title="STCW Basic Safety Training",
            issuer="Norwegian Maritime Authority",
            short="STCW BST",
            issued_on="2022-01",
            expires_on="2027-01",
            credential_id="NMA-BST-2201-8841",
        ),
    ),
    section_negatives=(
        "IIMS Diploma in Marine Surveying (Yacht and Small Craft): module 4 of 6",
        "Vestkyst Marine Assurance: DNV-certified ISO 9001 (the company's)",
    ),
    skills=("Load-out surveys", "Sea fastening", "Tow approval", "Norwegian", "English"),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/oyvind-haegeland"),),
)

CORK = Content(
    key="b22-brewer-cork",
    name="Clodagh Ó Súilleabháin",
    post_nominals=(),
    headline="Head Brewer, Independent Craft Brewery",
    email="clodagh.osuilleabhain@example.ie",
    phone="+353 87 614 2093",
    location="Cork, Ireland",
    summary=(
        "Head brewer running a 30-hectolitre brewhouse, its cellar and its laboratory. Sitting "
        "the first module of the IBD Master Brewer in November 2027."
    ),
    employer="Lee Valley Brewing Co.",
    role="Head Brewer",
    bullets=(
        "Cut the brewhouse's water use per litre of beer by 22% in two years.",
        "Prepared the brewery's B Corp assessment with the owners.",
        "Went to a maltster's open day on Irish-grown barley varieties.",
    ),
    credentials=(
        Credential(
            title="Diploma in Brewing (Dip.Brew)",
            issuer="Institute of Brewing & Distilling",
            short="Dip.Brew",
            issued_on="2019-06",
            credential_id="IBD-DB-19-3307",
        ),
        Credential(
            title="General Certificate in Brewing (GCB)",
            issuer="Institute of Brewing & Distilling",
            short="GCB",
            issued_on="2015",
        ),
        Credential(
            title="Certified Cicerone",
            issuer="Cicerone Certification Program",
            short="Certified Cicerone",
            issued_on="2021-04",
            credential_id="CC-41877",
            url=CREDLY.format("5c1e3a7b-92d4-4f0e-b7a1-3d8e6f204c91"),
        ),
        Credential(
            title="Level 3 Award in HACCP for Food Manufacturing",
            issuer="Highfield Qualifications",
            short="HACCP Level 3",
            issued_on="2022-09",
            expires_on="2025-09",
            credential_id="HQ-0922-61834",
        ),
        Credential(
            title="Safe Pass",
            issuer="SOLAS",
            short="Safe Pass",
            issued_on="2023-02",
            expires_on="2027-02",
            credential_id="SP-7714205",
        ),
        Credential(
            title="BJCP Certified Beer Judge",
            issuer="Beer Judge Certification Program",
            short="BJCP Certified",
            issued_on="2020-10",
            credential_id="D1482",
        ),
    ),
    section_negatives=(
        "IBD Master Brewer, Module 1: exam booked for November 2027",
        "Lee Valley Brewing Co.: Certified B Corporation (the brewery's)",
    ),
    skills=("Brewhouse operation", "Yeast management", "Sensory panels", "Irish", "English"),
    contact_links=(("Portfolio", "https://clodagh-brews.example.ie"),),
)

TALLINN = Content(
    key="b22-finops-tallinn",
    name="Kärt Tamm",
    post_nominals=(),
    headline="Cloud FinOps Lead",
    email="kart.tamm@example.ee",
    phone="+372 5384 2217",
    location="Tallinn, Estonia",
    summary=(
        "FinOps lead for a payments company's AWS and Azure estate: cost allocation, "
        "commitments and unit economics. Google Cloud architect exam booked for January 2027."
    ),
    employer="Põhjala Pay OÜ",
    role="Cloud FinOps Lead",
    bullets=(
        "Took committed-use coverage from 41% to 78% and cut the cloud bill by 19%.",
        "Gave evidence for the company's ISO/IEC 27001 surveillance audit on cloud costs.",
        "Attended a community meetup on Kubernetes cost allocation.",
    ),
    credentials=(
        Credential(
            title="FinOps Certified Practitioner",
            issuer="FinOps Foundation",
            short="FOCP",
            issued_on="2022-03",
            url=CREDLY.format("a83f1c2e-6d47-4b09-9e15-72c0d4b8e3f6"),
        ),
        Credential(
            title="FinOps Certified Professional",
            issuer="FinOps Foundation",
            short="FCP",
            issued_on="2024-06",
            expires_on="2026-06",
            url=CREDLY.format("e0b94d71-3a28-4c5f-8d62-19f7a6c3b540"),
        ),
        Credential(
            title="AWS Certified Solutions Architect – Associate",
            issuer="Amazon Web Services",
            short="AWS SAA",
            issued_on="2021-09",
            expires_on="2024-09",
            credential_id="7Q2LM4N1KBE1QH3W",
            url=CREDLY.format("3d6c8f0a-b1e4-47a2-9c53-8e0f2d7b6a14"),
        ),
        Credential(
            title="Microsoft Certified: Azure Fundamentals",
            issuer="Microsoft",
            short="AZ-900",
            issued_on="2020-12",
            credential_id="H917-4473",
            url="https://learn.microsoft.com/api/credentials/share/en-us/KartTamm/"
            "6F2B9D41E07A3C58?sharingId=2C7E91B4F05D8A36",
        ),
        Credential(
            title="Certified Kubernetes Administrator (CKA)",
            issuer="The Linux Foundation",
            short="CKA",
            issued_on="2025-08",
            expires_on="2027-08",
            credential_id="LF-6bk2x9w1pa",
            url="https://training.linuxfoundation.org/certification/verify/?id=LF-6bk2x9w1pa",
        ),
    ),
    section_negatives=(
        "Google Cloud Professional Cloud Architect: exam scheduled 14 January 2027",
        "Põhjala Pay OÜ: ISO/IEC 27001 certified (the company's)",
    ),
    skills=("AWS CUR", "Azure Cost Management", "Kubecost", "SQL", "Estonian", "English"),
    contact_links=(("GitHub", "https://github.com/karttamm"),),
)
