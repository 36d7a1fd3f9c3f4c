"""Three of blind-15's six contents (see ``blind15_contents.py``, which gathers them): a GIS
analyst and drone pilot in Lima, a strength coach in Athens and a performance marketer in
Istanbul. Split out so that each module stays under its 500 lines."""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

GIS_PILOT = Content(
    key="b15-gis-pilot",
    name="Lucía Quispe Mamani",
    post_nominals=("GISP",),
    headline="GIS Analyst and Drone Survey Pilot",
    email="lquispe.gis@gmail.com",
    phone="+51 987 555 204",
    location="Lima, Peru",
    summary=(
        "GIS analyst who plans and flies drone photogrammetry for mining, irrigation and road "
        "projects in the Andes, then turns the imagery into orthomosaics, terrain models and "
        "maps that engineers and communities can read."
    ),
    employer="Andes Geoespacial S.A.C.",
    role="GIS Analyst and RPAS Pilot",
    bullets=(
        "Flew 1,200 ha of photogrammetry for a mine closure plan at an ISO 14001-certified site",
        "Our firm's ISO 9001 certification now covers the survey procedures I wrote",
        "Trained six municipal technicians in QGIS for cadastral updates",
    ),
    credentials=(
        Credential(
            title="Esri Certified ArcGIS Pro Associate 2024",
            issuer="Esri",
            short="ArcGIS Pro Associate",
            issued_on="2024-03",
            expires_on="2027-03",
            url="https://www.credly.com/badges/867c078a-2614-4aac-941f-023473638d7e/public_url",
        ),
        Credential(
            title="RPAS Pilot Credential, Multirotor",
            issuer="Dirección General de Aeronáutica Civil del Perú",
            short="RPAS Pilot (DGAC)",
            issued_on="2021-08",
            expires_on="2025-08",
            credential_id="RPAS-P-02417",
        ),
        Credential(
            title="Pix4Dmapper Certified User",
            issuer="Pix4D",
            short="Pix4D Certified User",
            issued_on="2022-05",
            credential_id="PIX4D-CU-77120",
        ),
        Credential(
            title="Remote Sensing Image Acquisition, Analysis and Applications",
            issuer="UNSW Sydney (Coursera)",
            short="Remote Sensing (UNSW)",
            issued_on="2020-06",
            url="https://www.coursera.org/account/accomplishments/certificate/Q7WZ3KD8LM2P",
        ),
        Credential(
            title="Certified GIS Professional (GISP)",
            issuer="GIS Certification Institute",
            short="GISP",
            issued_on="2023-10",
            expires_on="2026-10",
            credential_id="GISP-00984",
        ),
    ),
    section_negatives=(
        "DJI Enterprise Matrice 350 RTK operator training: enrolled, field day pending",
        "QGIS Certified User: in progress",
    ),
    skills=(
        "ArcGIS Pro",
        "QGIS",
        "Pix4D",
        "Agisoft Metashape",
        "Python (GeoPandas)",
        "Spanish",
        "Quechua",
        "English",
    ),
    contact_links=(("Portfolio", "https://luciaquispe.pe/mapas"),),
)

STRENGTH_COACH = Content(
    key="b15-strength-coach",
    name="Eleni Papadopoulou",
    post_nominals=(),
    headline="Personal Trainer and Strength & Conditioning Coach",
    email="eleni@strongathens.gr",
    phone="+30 694 555 1287",
    location="Athens, Greece",
    summary=(
        "Strength coach who trains adults returning to exercise, masters athletes and two "
        "semi-professional basketball squads: assessment, periodised programmes, nutrition "
        "habits and safe progressions after injury."
    ),
    employer="Strong Athens Performance Studio",
    role="Head Coach",
    bullets=(
        "Coached over 60 one-to-one clients a year with a 90% renewal rate",
        "Helped the studio earn EuropeActive's quality mark for fitness facilities",
        "Wrote the return-to-play strength block used by the club's physiotherapists",
    ),
    credentials=(
        Credential(
            title="NASM Certified Personal Trainer (NASM-CPT)",
            issuer="National Academy of Sports Medicine",
            short="NASM-CPT",
            issued_on="2019-04",
            expires_on="2027-04",
            credential_id="1187743956",
            url="https://www.credly.com/badges/a4eda106-e518-46d5-9245-597d66460e9b/public_url",
        ),
        Credential(
            title="Certified Strength and Conditioning Specialist (CSCS)",
            issuer="National Strength and Conditioning Association",
            short="CSCS",
            issued_on="2021-01",
            expires_on="2027-12",
            credential_id="4021877",
        ),
        Credential(
            title="Precision Nutrition Level 1 Coach (PN1-NC)",
            issuer="Precision Nutrition",
            short="PN Level 1",
            issued_on="2022",
            url="https://www.credential.net/1b294156-c868-43a5-a521-18ede6c803fb",
        ),
        Credential(
            title="First Aid and CPR/AED",
            issuer="Hellenic Red Cross",
            short="First Aid & CPR",
            issued_on="2025-09",
            expires_on="2027-09",
        ),
        Credential(
            title="EREPS Personal Trainer (EQF Level 4)",
            issuer="EuropeActive",
            short="EREPS Level 4",
            issued_on="2020-05",
            credential_id="EREPS-GR-40718",
        ),
    ),
    section_negatives=(
        "ACSM Certified Exercise Physiologist: exam scheduled for March 2027",
        "Kettlebell Instructor workshop: attended, assessment not taken",
    ),
    skills=(
        "Strength programming",
        "Movement assessment",
        "Olympic lifting",
        "Nutrition coaching",
        "Greek",
        "English",
    ),
    contact_links=(("Instagram", "https://www.instagram.com/eleni.strongathens"),),
)

MARKETER = Content(
    key="b15-marketer",
    name="Zeynep Aydın",
    post_nominals=(),
    headline="Performance Marketing Lead, E-commerce",
    email="zeynepaydin.mkt@gmail.com",
    phone="+90 532 555 4419",
    location="Istanbul, Türkiye",
    summary=(
        "Performance marketer for fashion and home e-commerce brands: paid search and social "
        "budgets of up to 2 million euros a year, measurement plans, landing page tests and "
        "reporting that ties spend to margin rather than to clicks."
    ),
    employer="Bosphorus Digital Ajans",
    role="Performance Marketing Lead",
    bullets=(
        "Our agency is a Google Premier Partner and a Meta Business Partner",
        "Raised a homeware client's return on ad spend from 3.1 to 5.4 in nine months",
        "Moved four clients to server-side tagging ahead of the consent mode deadline",
    ),
    credentials=(
        Credential(
            title="Google Ads Search Certification",
            issuer="Google",
            short="Google Ads Search",
            issued_on="2025-11",
            expires_on="2026-11",
            url="https://skillshop.credential.net/d2b6a9a1-006a-4850-ad44-8429ee0fed2d",
        ),
        Credential(
            title="Google Analytics Certification",
            issuer="Google",
            short="Google Analytics",
            issued_on="2026-02",
            expires_on="2027-02",
            url="https://skillshop.credential.net/2d3bd336-9004-43fb-a060-2d673c0a581a",
        ),
        Credential(
            title="Meta Certified Digital Marketing Associate",
            issuer="Meta",
            short="Meta Digital Marketing Associate",
            issued_on="2024-04",
            expires_on="2026-04",
            credential_id="MCDMA-3318207",
            url="https://www.credly.com/badges/a7563c68-92a9-4733-a55f-7b9e0b2323a3/public_url",
        ),
        Credential(
            title="Inbound Marketing Certification",
            issuer="HubSpot Academy",
            short="HubSpot Inbound",
            issued_on="2024-09",
            expires_on="2026-10",
            url=(
                "https://app.hubspot.com/academy/achievements/78b3f58e/en/1/"
                "zeynep-aydin/inbound-marketing"
            ),
        ),
        Credential(
            title="SEO Toolkit Exam",
            issuer="Semrush Academy",
            short="Semrush SEO Toolkit",
            issued_on="2023-01",
            credential_id="SA-44a580ce",
        ),
    ),
    section_negatives=(
        "Google Ads Apps Certification: in progress",
        "Meta Certified Media Buying Professional: exam voucher only, not yet sat",
    ),
    skills=(
        "Google Ads",
        "Meta Ads Manager",
        "GA4",
        "Google Tag Manager",
        "Looker Studio",
        "Turkish",
        "English",
    ),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/zeynep-aydin-ppc"),),
)
