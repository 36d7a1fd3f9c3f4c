"""The "blind-7" group's own contents: six résumés the extractor was never tuned on.

Written in session 7 by a helper who never read the extractor. People, trades and countries
the other groups do not have: a pipe welder and welding inspector in Texas, a community
pharmacist in Ireland, a life actuary in South Africa, a contact-centre team lead in the
Philippines, a UX designer in Belgium, an electrician and solar installer in Australia. Every
person, employer, credential ID and URL is invented; the credentials are real ones from real
issuers, some well known (OSHA 30, CPACC, Salesforce, Microsoft, Google on Coursera) and many
a catalogue is unlikely to hold (AWS — the American Welding Society, not Amazon — CWI, API 577,
NCCER, the Pharmaceutical Society of Ireland, FASSA, TESDA's NC II, HDI, NN/g, UXQB, the
Clean Energy Council, Queensland's electrical licence, the White Card…). A date may be a bare
year ("2016"). ``section_negatives`` are written near the credentials but are not held: an exam
scheduled, a lapsed card, an employer's or a site's certification, a course under way, one exam
of a multi-exam credential.
"""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

_WELDER = Content(
    key="b7-welder",
    name="José Luis de la Garza Treviño",
    post_nominals=("CWI",),
    headline="Pipe Welder & Certified Welding Inspector",
    email="jl.delagarza.welds@gmail.com",
    phone="+1 (713) 555-0148",
    location="Pasadena, Texas, USA",
    summary=(
        "Combination pipe welder with fourteen years on refinery turnarounds and pipeline "
        "tie-ins, now inspecting to AWS D1.1, ASME B31.3 and API 1104 for a fabrication shop."
    ),
    employer="Gulf Bend Fabrication LLC",
    role="Welding Inspector / Lead Pipe Welder",
    bullets=(
        "Inspect 300+ process-piping welds a week and sign off WPS/PQR records for the shop",
        "Cut the weld repair rate from 4.8% to 1.9% by coaching 22 welders on root passes",
        "Qualified 35 welders to ASME Section IX on GTAW root / SMAW fill-and-cap procedures",
    ),
    credentials=(
        Credential(
            title="Certified Welding Inspector (CWI)",
            issuer="American Welding Society",
            short="CWI",
            issued_on="2021-06",
            expires_on="2027-06",
            credential_id="21061457",
        ),
        Credential(
            title="AWS Certified Welder – 6G Pipe, GTAW/SMAW",
            issuer="American Welding Society",
            short="AWS CW 6G",
            issued_on="2018-03",
            credential_id="W18-033422",
        ),
        Credential(
            title="API 577 Welding Inspection and Metallurgy",
            issuer="American Petroleum Institute",
            short="API 577",
            issued_on="2024-02",
            expires_on="2027-02",
            credential_id="104882",
            url="https://www.credly.com/badges/6e0b9d43-18fa-4c2e-b7a5-3d91f0c6e284",
        ),
        Credential(
            title="OSHA 30-Hour Construction Safety and Health",
            issuer="OSHA Outreach Training Program",
            short="OSHA 30",
            issued_on="2022-09",
            credential_id="36-0081237459",
        ),
        Credential(
            title="NCCER Welding Level 4",
            issuer="NCCER",
            short="NCCER Welding L4",
            issued_on="2012",
            url="https://www.credly.com/badges/b2f7a180-94d3-4e6b-8c05-71e2d9a4f3b6",
        ),
    ),
    section_negatives=(
        "Certified Welding Educator (CWE) exam booked for April 2027",
        "AWS Certified Welder – 3G Structural plate (lapsed 2019)",
        "Shop holds the ASME U-stamp and AISC fabricator certification",
    ),
    skills=("GTAW", "SMAW", "FCAW", "Blueprint reading", "AWS D1.1", "ASME IX", "VT / MT"),
)

_PHARMACIST = Content(
    key="b7-pharmacist",
    name="Siobhán Ní Bhriain",
    post_nominals=("MPSI",),
    headline="Supervising Pharmacist",
    email="siobhan.nibhriain@eircom.net",
    phone="+353 87 555 2931",
    location="Cork, Ireland",
    summary=(
        "Community pharmacist supervising a busy town-centre pharmacy: dispensing, vaccination "
        "clinics, methadone services and the training of two pharmacy interns a year."
    ),
    employer="Quayside Community Pharmacy Ltd",
    role="Supervising Pharmacist",
    bullets=(
        "Supervise a team of nine dispensing 1,400 items a day across two sites",
        "Set up a walk-in flu and COVID-19 vaccination clinic giving 3,100 doses a season",
        "Tutor two pharmacy interns a year through the APPEL national internship",
    ),
    credentials=(
        Credential(
            title="Registered Pharmacist",
            issuer="Pharmaceutical Society of Ireland",
            short="MPSI",
            issued_on="2015-10",
            credential_id="11482",
        ),
        Credential(
            title="Seasonal Influenza and COVID-19 Vaccination Training Programme",
            issuer="Irish Institute of Pharmacy",
            short="IIOP Vaccination",
            issued_on="2025-09",
            expires_on="2027-09",
        ),
        Credential(
            title="Basic Life Support for Healthcare Providers",
            issuer="Irish Heart Foundation",
            short="BLS",
            issued_on="2025-03",
            expires_on="2027-03",
            credential_id="IHF-BLS-0932714",
        ),
        Credential(
            title="Antimicrobial Stewardship: Managing Antibiotic Resistance",
            issuer="University of Dundee",
            short="AMS (FutureLearn)",
            issued_on="2022-04",
            url="https://www.futurelearn.com/certificates/k3ntq8vz2w",
        ),
        Credential(
            title="NCSCT Stop Smoking Practitioner Certification",
            issuer="National Centre for Smoking Cessation and Training",
            short="NCSCT",
            issued_on="2023",
            credential_id="NCSCT-558104",
        ),
    ),
    section_negatives=(
        "Enrolled in the MSc in Clinical Pharmacy (UCC), completing 2027",
        "Pharmacy holds the IPU Quality Mark",
        "Independent prescribing course: application submitted",
    ),
    skills=("Medicines reconciliation", "Opioid substitution", "Vaccination", "Rostering"),
)

_ACTUARY = Content(
    key="b7-actuary",
    name="Pieter-Jan van der Merwe",
    post_nominals=("FASSA", "FIA", "CERA"),
    headline="Valuation Actuary, Life Insurance",
    email="pj.vandermerwe@icloud.com",
    phone="+27 82 555 7304",
    location="Cape Town, South Africa",
    summary=(
        "Life actuary leading IFRS 17 and SAM valuations for a mutual insurer, and moving the "
        "valuation models from spreadsheets to tested Python and R code."
    ),
    employer="Fynbos Mutual Life Assurance",
    role="Valuation Actuary",
    bullets=(
        "Sign off quarterly IFRS 17 and SAM reserves for a R48bn individual-life book",
        "Rebuilt the experience-investigation process in R, from six weeks to nine days",
        "Mentor four actuarial students through their ASSA and IFoA examinations",
    ),
    credentials=(
        Credential(
            title="Fellow of the Actuarial Society of South Africa",
            issuer="Actuarial Society of South Africa",
            short="FASSA",
            issued_on="2019-12",
            credential_id="M-4172",
        ),
        Credential(
            title="Chartered Enterprise Risk Analyst",
            issuer="Actuarial Society of South Africa",
            short="CERA",
            issued_on="2021-07",
        ),
        Credential(
            title="IFoA Certificate in Data Science",
            issuer="Institute and Faculty of Actuaries",
            short="IFoA Data Science",
            issued_on="2023-05",
        ),
        Credential(
            title="Microsoft Certified: Azure Data Scientist Associate",
            issuer="Microsoft",
            short="Azure DP-100",
            issued_on="2025-11",
            expires_on="2027-11",
            credential_id="E7C2-9815",
            url=(
                "https://learn.microsoft.com/api/credentials/share/en-gb/"
                "PieterJanvanderMerwe-4821/9A3F7C21B6E04D58?sharingId=E1B7C0A2D94F3561"
            ),
        ),
        Credential(
            title="Python for Everybody Specialization",
            issuer="University of Michigan",
            short="Python for Everybody",
            issued_on="2020-04",
            credential_id="K7Q2MZ9WX3EP",
            url="https://www.coursera.org/account/accomplishments/specialization/K7Q2MZ9WX3EP",
        ),
    ),
    section_negatives=(
        "Passed SOA Exam LTAM (2018); not pursuing the FSA",
        "Sitting CFA Level II in May 2027",
        "Team's IFRS 17 model reviewed and certified by the external auditor",
    ),
    skills=("Prophet", "R", "Python", "IFRS 17", "SAM / Solvency II", "SQL"),
    contact_links=(
        ("linkedin.com/in/pj-vandermerwe", "https://www.linkedin.com/in/pj-vandermerwe"),
    ),
    post_nominal_claims=(
        Credential(
            title="Fellow of the Institute and Faculty of Actuaries",
            issuer="Institute and Faculty of Actuaries",
            short="FIA",
        ),
    ),
)

_CX_LEAD = Content(
    key="b7-cx-lead",
    name="Ma. Kristine Dela Cruz-Villanueva",
    post_nominals=(),
    headline="Customer Experience Team Lead",
    email="kristine.dcvillanueva@yahoo.com.ph",
    phone="+63 917 555 0462",
    location="Quezon City, Philippines",
    summary=(
        "Team lead for a 24-seat omnichannel support team (voice, chat, e-mail) serving a US "
        "software client; coaching, quality and workforce planning are my day-to-day."
    ),
    employer="BrightPath Outsourcing Inc.",
    role="Team Lead, Tier 2 Technical Support",
    bullets=(
        "Lead 24 agents across voice, chat and e-mail; team CSAT up from 84% to 93%",
        "Cut average handle time by 70 seconds with a new Zendesk macro library",
        "Built the weekly QA calibration now used by all eleven teams on the account",
    ),
    credentials=(
        Credential(
            title="HDI Support Center Team Lead",
            issuer="HDI",
            short="HDI-SCTL",
            issued_on="2024-10",
            expires_on="2027-10",
            credential_id="HDI-SCTL-118420",
        ),
        Credential(
            title="Salesforce Certified Service Cloud Consultant",
            issuer="Salesforce",
            short="Service Cloud Consultant",
            issued_on="2024-03",
        ),
        Credential(
            title="Service Hub Software Certification",
            issuer="HubSpot Academy",
            short="HubSpot Service Hub",
            issued_on="2025-06",
            expires_on="2027-06",
            url=(
                "https://app.hubspot.com/academy/achievements/7f3kq2ld/en/1/"
                "kristine-dela-cruz-villanueva/service-hub-software"
            ),
        ),
        Credential(
            title="Google Project Management: Professional Certificate",
            issuer="Google",
            short="Google PM Certificate",
            issued_on="2023-08",
            credential_id="8NQ4ZT2HBW6K",
            url="https://www.coursera.org/account/accomplishments/professional-cert/8NQ4ZT2HBW6K",
        ),
        Credential(
            title="Contact Center Services NC II",
            issuer="TESDA",
            short="TESDA NC II",
            issued_on="2017-02",
            credential_id="17130402013452",
        ),
        Credential(
            title="Zendesk Support Administrator",
            issuer="Zendesk",
            short="Zendesk Admin",
            issued_on="2025-01",
            url="https://www.credly.com/badges/0d4c8e71-5a2f-4b96-93e8-f7a1c26b5d09",
        ),
    ),
    section_negatives=(
        "Site is COPC-certified (CX Standard, 2024)",
        "Currently taking the Google UX Design Certificate (course 4 of 7)",
        "Salesforce Certified Administrator exam scheduled for January 2027",
    ),
    skills=("Zendesk", "Salesforce Service Cloud", "WFM forecasting", "QA coaching", "SQL"),
)

_UX = Content(
    key="b7-ux-designer",
    name="Élodie Van den Broeck",
    post_nominals=(),
    headline="Senior UX Designer",
    email="elodie@vandenbroeck.design",
    phone="+32 470 55 31 08",
    location="Ghent, Belgium",
    summary=(
        "UX designer for public-sector and healthcare services: research, service blueprints "
        "and accessible design systems that ship, in Dutch, French and English."
    ),
    employer="Studio Leie BV",
    role="Senior UX Designer",
    bullets=(
        "Led research and design of a regional e-health booking flow used by 310,000 people",
        "Brought the studio's design system to WCAG 2.2 AA across 64 components",
        "Run 40+ moderated usability tests a year, half of them with assistive-technology users",
    ),
    credentials=(
        Credential(
            title="UX Certification",
            issuer="Nielsen Norman Group",
            short="NN/g UX Certified",
            issued_on="2022-09",
            credential_id="1043287",
            url="https://www.nngroup.com/ux-certification/verify/?id=1043287",
        ),
        Credential(
            title="Certified Professional for Usability and User Experience – Foundation Level",
            issuer="UXQB",
            short="CPUX-F",
            issued_on="2019-05",
            credential_id="CPUX-F-2019-0562",
        ),
        Credential(
            title="Certified Professional in Accessibility Core Competencies (CPACC)",
            issuer="IAAP",
            short="CPACC",
            issued_on="2024-04",
            expires_on="2027-04",
            url="https://www.credly.com/badges/c8a35e12-7d90-4f61-b2e4-09f6a7d1c358",
        ),
        Credential(
            title="Design Thinking: The Ultimate Guide",
            issuer="Interaction Design Foundation",
            short="IDF Design Thinking",
            issued_on="2021-02",
            url=(
                "https://www.interaction-design.org/members/elodie-van-den-broeck/"
                "certificate/course/7f2c1e94-3b5a-4d18-9e07-c2a6b81d5f43"
            ),
        ),
        Credential(
            title="Introduction to Web Accessibility",
            issuer="W3Cx",
            short="W3Cx WAI0.1x",
            issued_on="2020-11",
            url="https://courses.edx.org/certificates/4b8e1f0c2d7a49e6b5c3a1f9e0d2c7b8",
        ),
    ),
    section_negatives=(
        "NN/g UX Master Certification: 3 of the 5 specialty courses done",
        "Studio Leie is a certified B Corp",
        "Finalist, Henry van de Velde Award 2023 (team prize)",
    ),
    skills=("Figma", "Service blueprints", "Usability testing", "WCAG 2.2", "Design systems"),
    contact_links=(
        ("vandenbroeck.design", "https://vandenbroeck.design"),
        ("dribbble.com/elodievdb", "https://dribbble.com/elodievdb"),
    ),
)

_ELECTRICIAN = Content(
    key="b7-electrician",
    name="Liam O'Sullivan-Nguyen",
    post_nominals=(),
    headline="Licensed Electrician & Solar PV Installer",
    email="liam.osn.electrical@bigpond.com",
    phone="0412 555 783",
    location="Brisbane, QLD, Australia",
    summary=(
        "A-grade electrician doing residential and light-commercial work, most of it rooftop "
        "solar and switchboard upgrades across Brisbane and the Sunshine Coast."
    ),
    employer="Sunbelt Electrical Services Pty Ltd",
    role="Electrician / Solar Installation Supervisor",
    bullets=(
        "Designed and installed 420+ grid-connected PV systems from 6.6 kW to 99 kW",
        "Supervise two apprentices and a crew of four on switchboard and solar jobs",
        "Zero lost-time injuries in six years of roof work",
    ),
    credentials=(
        Credential(
            title="Electrical Work Licence – Electrical Mechanic",
            issuer="Electrical Safety Office Queensland",
            short="QLD Electrical Mechanic Licence",
            issued_on="2022-03",
            expires_on="2027-03",
            credential_id="84512",
        ),
        Credential(
            title="Certificate III in Electrotechnology Electrician (UEE30811)",
            issuer="TAFE Queensland",
            short="Cert III Electrotechnology",
            issued_on="2016",
        ),
        Credential(
            title="Grid-Connected PV Design and Install Accreditation",
            issuer="Clean Energy Council",
            short="CEC Accredited Installer",
            issued_on="2023-07",
            expires_on="2027-07",
            credential_id="A6183429",
        ),
        Credential(
            title="Construction Induction (White Card)",
            issuer="WorkSafe Queensland",
            short="White Card",
            issued_on="2014-11",
            credential_id="QLD-WC-0092783",
        ),
        Credential(
            title="Low Voltage Rescue and CPR",
            issuer="St John Ambulance Australia",
            short="LVR + CPR",
            issued_on="2026-02",
            expires_on="2027-02",
        ),
    ),
    section_negatives=(
        "Working towards the CEC battery storage endorsement",
        "Sunbelt is a CEC Approved Solar Retailer",
    ),
    skills=("Switchboard upgrades", "Solar PV design", "Fault finding", "AS/NZS 3000"),
)

BLIND7_CONTENTS: tuple[Content, ...] = (
    _WELDER,
    _PHARMACIST,
    _ACTUARY,
    _CX_LEAD,
    _UX,
    _ELECTRICIAN,
)
