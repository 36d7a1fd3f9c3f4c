"""blind-17's contents: eight ordinary résumés, the first four in ``blind17_people.py``.

Made in session 14 by a helper who never read the extractor nor blind-15's or blind-16's files.
``EXTRAS`` holds what a résumé has besides the shared ``Content`` fields (an earlier job, the
education, skill levels for a builder's bars); none of it is a claim: a degree is not a
credential listed, and the labels hold only the credentials and the post-nominals' (see
``generate.labels_for``).
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.rendered.blind17_people import (
    DATA_ANALYST,
    ELECTRICIAN,
    NURSE_PRACTITIONER,
    WAREHOUSE,
)
from tests.rendered.contents import Content, Credential

REALTOR = Content(
    key="b17-realtor-tampa",
    name="Gabriela Ortiz-Reyes",
    post_nominals=("ABR", "SRS", "GRI"),
    headline="Real Estate Sales Associate",
    email="gabriela.ortizreyes@example.com",
    phone="(813) 555-0164",
    location="Tampa, FL",
    summary=(
        "Residential sales associate with seven years and $48M in closed volume across "
        "Hillsborough and Pinellas counties. Completing the 72-hour Florida broker pre-licensing "
        "course."
    ),
    employer="Bayshore Realty Group",
    role="Sales Associate",
    bullets=(
        "Closed 41 transactions in 2025, 60% of them as the buyer's agent.",
        "Part of the brokerage named a 2025 Top Workplace and Great Place to Work certified.",
        "Rewrote the team's offer checklist after a Florida Realtors contracts course.",
    ),
    credentials=(
        Credential(
            title="Florida Real Estate Sales Associate License",
            issuer="Florida Department of Business and Professional Regulation (DBPR)",
            short="Sales Associate License",
            issued_on="2019-04",
            expires_on="2027-03",
            credential_id="SL3481926",
        ),
        Credential(
            title="Accredited Buyer's Representative (ABR)",
            issuer="Real Estate Buyer's Agent Council (REBAC)",
            short="ABR",
            issued_on="2021-06",
        ),
        Credential(
            title="Seller Representative Specialist (SRS)",
            issuer="Real Estate Business Institute (REBI)",
            short="SRS",
            issued_on="2022-10",
        ),
        Credential(
            title="e-PRO Certification",
            issuer="National Association of REALTORS®",
            short="e-PRO",
            issued_on="2020-02",
        ),
        Credential(
            title="Florida Notary Public Commission",
            issuer="Florida Department of State",
            short="Notary Public",
            issued_on="2023-01",
            expires_on="2027-01",
            credential_id="HH 218734",
        ),
    ),
    section_negatives=(
        "Florida Real Estate Broker License: pre-licensing course in progress",
        "Certified Residential Specialist (CRS): candidate",
    ),
    skills=(
        "Stellar MLS",
        "Dotloop",
        "Negotiation",
        "CMA pricing",
        "Spanish (native)",
        "Instagram marketing",
    ),
    contact_links=(("Website", "https://www.gabrielasellstampa.example"),),
    post_nominal_claims=(
        Credential(
            title="Graduate, REALTOR® Institute (GRI)",
            issuer="National Association of REALTORS®",
            short="GRI",
        ),
    ),
)

TRUCK_DRIVER = Content(
    key="b17-driver-columbus",
    name="Terrence Mobley",
    post_nominals=(),
    headline="CDL Class A Driver",
    email="t.mobley@example.com",
    phone="(614) 555-0139",
    location="Columbus, OH",
    summary=(
        "Class A driver with 1.2 million accident-free miles over ten years: regional and OTR, "
        "dry van, reefer and tanker."
    ),
    employer="Buckeye Freight Lines",
    role="Regional Truck Driver",
    bullets=(
        "On-time delivery of 99.1% over 140,000 miles a year on dedicated grocery routes.",
        "Drive for a SmartWay certified carrier; coach new hires on fuel-saving shifting.",
        "Complete the company's winter driving course before each season.",
    ),
    credentials=(
        Credential(
            title="Commercial Driver's License Class A (H, N, T endorsements)",
            issuer="Ohio Bureau of Motor Vehicles",
            short="CDL-A",
            issued_on="2016-07",
            expires_on="2028-07",
            credential_id="SP482917",
        ),
        Credential(
            title="Transportation Worker Identification Credential (TWIC)",
            issuer="Transportation Security Administration (TSA)",
            short="TWIC",
            issued_on="2021-09",
            expires_on="2026-09",
        ),
        Credential(
            title="DOT Medical Examiner's Certificate",
            issuer="Federal Motor Carrier Safety Administration (FMCSA)",
            short="DOT Medical Card",
            issued_on="2025-11",
            expires_on="2027-11",
        ),
        Credential(
            title="Smith System Driver Training Certificate",
            issuer="Smith System Driver Improvement Institute",
            short="Smith System",
            issued_on="2023-04",
        ),
        Credential(
            title="Hazmat Employee Training (49 CFR 172.704)",
            issuer="J. J. Keller & Associates",
            short="Hazmat Training",
            issued_on="2024-03",
            expires_on="2027-03",
            credential_id="JJK-7731904",
        ),
    ),
    section_negatives=(
        "Passenger (P) endorsement: knowledge test passed, skills test scheduled",
        "Carrier certification: SmartWay Transport Partner",
    ),
    skills=(
        "Electronic logging (ELD)",
        "Pre-trip inspection",
        "Reefer units",
        "Tanker",
        "Route planning",
        "Load securement",
    ),
)

SOCIAL_WORKER = Content(
    key="b17-socialworker-boston",
    name="Siobhan Kelleher",
    post_nominals=("LICSW",),
    headline="Licensed Independent Clinical Social Worker",
    email="siobhan.kelleher@example.org",
    phone="(617) 555-0172",
    location="Boston, MA",
    summary=(
        "Clinical social worker with eight years in community mental health and school-based "
        "services, trauma-focused therapy with children and families. In supervision training "
        "toward approved-supervisor status."
    ),
    employer="Dorchester Family Counseling Center",
    role="Clinical Social Worker",
    bullets=(
        "Carry a caseload of 28 children and families; run two DBT skills groups a week.",
        "On the team that renewed the center's CARF accreditation in 2025.",
        "Brought EMDR techniques into practice after a weekend EMDR workshop.",
    ),
    credentials=(
        Credential(
            title="Licensed Independent Clinical Social Worker (LICSW)",
            issuer="Massachusetts Board of Registration of Social Workers",
            short="LICSW",
            issued_on="2020-11",
            expires_on="2027-10",
            credential_id="117482",
        ),
        Credential(
            title="Licensed Certified Social Worker (LCSW)",
            issuer="Massachusetts Board of Registration of Social Workers",
            short="LCSW",
            issued_on="2017-08",
            expires_on="2020-11",
            credential_id="108356",
        ),
        Credential(
            title="TF-CBT Certified Therapist",
            issuer="TF-CBT Certification Program",
            short="TF-CBT",
            issued_on="2021-05",
        ),
        Credential(
            title="Youth Mental Health First Aid",
            issuer="National Council for Mental Wellbeing",
            short="Youth MHFA",
            issued_on="2024-09",
            expires_on="2027-09",
        ),
        Credential(
            title="Certified Clinical Trauma Professional (CCTP)",
            issuer="Evergreen Certifications",
            short="CCTP",
            issued_on="2022-03",
            credential_id="CCTP-0419263",
            url="https://www.credential.net/cea9a289-f7f1-4a37-bcf8-3810904a29bd",
        ),
    ),
    section_negatives=(
        "Approved clinical supervisor (NASW-MA): supervision training in progress",
        "EMDR Basic Training: Part 1 of 2 completed",
    ),
    skills=(
        "DBT",
        "TF-CBT",
        "Crisis assessment",
        "School consultation",
        "EHR (myEvolv)",
        "Portuguese (basic)",
    ),
)

OFFICE_MANAGER = Content(
    key="b17-office-vancouver",
    name="Helen Tremblay",
    post_nominals=("CAP",),
    headline="Office Manager & Executive Assistant",
    email="helen.tremblay@example.ca",
    phone="604-555-0191",
    location="Vancouver, BC",
    summary=(
        "Office manager and executive assistant to a CEO and two VPs for nine years: payroll "
        "for 85 staff, board packs, vendor contracts and events."
    ),
    employer="Coastline Engineering Ltd.",
    role="Office Manager & Executive Assistant to the CEO",
    bullets=(
        "Moved payroll for 85 staff from spreadsheets to Dayforce in four months.",
        "Coordinated the firm's ISO 45001 certification audit and its document control.",
        "Set up the Microsoft 365 intranet after a LinkedIn Learning SharePoint course.",
    ),
    credentials=(
        Credential(
            title="Microsoft Office Specialist: Excel Expert (Microsoft 365 Apps)",
            issuer="Microsoft",
            short="MOS Excel Expert",
            issued_on="2023-05",
            credential_id="wJ3h-6Fdr",
            url="https://www.credly.com/badges/401155d5-32b0-4c92-bf3e-a526a09a7402/public_url",
        ),
        Credential(
            title="Certified Administrative Professional (CAP)",
            issuer="International Association of Administrative Professionals (IAAP)",
            short="CAP",
            issued_on="2022-10",
            expires_on="2027-10",
            url="https://www.credly.com/badges/1c98fcf9-e455-49f8-80da-ee7cf1b5c798",
        ),
        Credential(
            title="Payroll Compliance Practitioner (PCP)",
            issuer="National Payroll Institute",
            short="PCP",
            issued_on="2020-06",
            credential_id="PCP-204871",
        ),
        Credential(
            title="Standard First Aid with CPR Level C & AED",
            issuer="Canadian Red Cross",
            short="Standard First Aid",
            issued_on="2024-04",
            expires_on="2027-04",
            credential_id="1N4Q8T2",
        ),
        Credential(
            title="Certified Associate in Project Management (CAPM)",
            issuer="Project Management Institute (PMI)",
            short="CAPM",
            issued_on="2019-02",
            expires_on="2024-02",
            credential_id="2817455",
        ),
    ),
    section_negatives=(
        "Certified Payroll Manager (CPM): enrolled, course 2 of 4",
        "Company certification: ISO 45001 (Coastline Engineering)",
    ),
    skills=(
        "Microsoft 365",
        "Excel (pivot tables, Power Query)",
        "Dayforce",
        "Board minutes",
        "Travel and events",
        "Vendor contracts",
    ),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/helen-tremblay-cap"),),
)

BLIND17_CONTENTS: tuple[Content, ...] = (
    NURSE_PRACTITIONER,
    ELECTRICIAN,
    DATA_ANALYST,
    WAREHOUSE,
    REALTOR,
    TRUCK_DRIVER,
    SOCIAL_WORKER,
    OFFICE_MANAGER,
)


@dataclass(frozen=True)
class Extra:
    """What a résumé holds besides ``Content``: the years in the current job, an earlier job
    (title, employer, years), the education, and a level out of five for each skill."""

    since: str
    earlier: tuple[str, str, str]
    education: tuple[str, ...]
    levels: tuple[int, ...]


EXTRAS: dict[str, Extra] = {
    NURSE_PRACTITIONER.key: Extra(
        "2019-09", ("Registered Nurse, Emergency Department", "Denver Health", "2016 – 2019"),
        ("MSN, Family Nurse Practitioner, Regis University, 2019",
         "BSN, University of Colorado, 2016"), (5, 5, 4, 3, 4, 4)),
    ELECTRICIAN.key: Extra(
        "2023-05", ("Apprentice Electrician", "Capital City Electric", "2019 – 2023"),
        ("Electrical Technology, Austin Community College, 2019",), (5, 5, 4, 3, 4, 5)),
    DATA_ANALYST.key: Extra(
        "2022-01", ("Reporting Analyst", "Strathclyde Energy Ltd", "2019 – 2021"),
        ("BSc (Hons) Economics, University of Strathclyde, 2019",), (5, 5, 4, 4, 3, 5, 3)),
    WAREHOUSE.key: Extra(
        "2017-04", ("Inventory Control Lead", "Delta Distribution Services", "2013 – 2017"),
        ("Associate of Applied Science, Logistics, Southwest Tennessee CC, 2013",),
        (4, 5, 5, 4, 3, 4)),
    REALTOR.key: Extra(
        "2019-05", ("Leasing Consultant", "Harbour Island Apartments", "2016 – 2019"),
        ("BA Communication, University of South Florida, 2016",), (5, 4, 5, 4, 5, 3)),
    TRUCK_DRIVER.key: Extra(
        "2019-03", ("OTR Driver", "Great Lakes Carriers", "2016 – 2019"),
        ("CDL Class A training, Columbus State Community College, 2016",), (5, 5, 4, 4, 4, 5)),
    SOCIAL_WORKER.key: Extra(
        "2018-09", ("School Social Worker", "Boston Public Schools", "2016 – 2018"),
        ("MSW, Boston College School of Social Work, 2016", "BA Psychology, UMass Boston, 2014"),
        (5, 5, 4, 4, 3, 2)),
    OFFICE_MANAGER.key: Extra(
        "2017-08", ("Administrative Assistant", "Pacific Rim Logistics", "2014 – 2017"),
        ("Office Administration Diploma, Vancouver Community College, 2014",),
        (5, 5, 4, 4, 5, 4)),
}  # fmt: skip
