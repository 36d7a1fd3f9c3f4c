"""Three of blind-14's six contents (see ``blind14_contents.py``, which gathers them): a medical
physicist in Helsinki, a site reliability engineer in Tallinn and a midwife in Accra. Split out
so that each module stays under its 500 lines."""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

MEDICAL_PHYSICIST = Content(
    key="b14-medical-physicist",
    name="Aino Kristiina Väisänen",
    post_nominals=("PhD", "MIPEM"),
    headline="Medical Physicist, Radiotherapy",
    email="aino.vaisanen@iki.fi",
    phone="+358 40 555 1893",
    location="Helsinki, Finland",
    summary=(
        "Medical physicist in a university hospital's radiotherapy department: linac "
        "commissioning and quality assurance, treatment planning for stereotactic and "
        "adaptive treatments, dosimetry audits and the radiation safety of staff and patients."
    ),
    employer="Uusimaa University Hospital, Cancer Centre",
    role="Medical Physicist",
    bullets=(
        "Commissioned two linear accelerators and their surface-guided set-up systems",
        "Took part in the department's ISO 9001 quality system certification",
        "Validated the vendor's CE-marked adaptive planning software before clinical use",
    ),
    credentials=(
        Credential(
            title="Radiation Safety Expert (Radiotherapy)",
            issuer="STUK - Radiation and Nuclear Safety Authority",
            short="Radiation Safety Expert",
            issued_on="2020-03",
            credential_id="STUK-SA-20-0147",
        ),
        Credential(
            title="Advanced Radiotherapy Physics Course Certificate",
            issuer="ESTRO School",
            short="ESTRO Advanced Physics",
            issued_on="2022-11",
        ),
        Credential(
            title="Eclipse Treatment Planning for Physicists",
            issuer="Varian",
            short="Eclipse Physics",
            issued_on="2021-05",
            credential_id="VAR-EP-118305",
        ),
        Credential(
            title="Python for Data Science, AI & Development",
            issuer="IBM (Coursera)",
            short="Python for Data Science",
            issued_on="2023-06",
            url="https://www.coursera.org/account/accomplishments/verify/H3XK7PQ2WN9A",
        ),
        Credential(
            title="Good Clinical Practice (ICH E6(R2))",
            issuer="NIDA Clinical Trials Network",
            short="GCP (NIDA)",
            issued_on="2024-01",
            expires_on="2027-01",
            url="https://gcp.nihtraining.com/certificates/verify/AV-2024-55817",
        ),
    ),
    section_negatives=(
        "Specialisation in hospital physics (sairaalafyysikko): training ends in autumn 2027",
        "MR Safety Expert (MRSE), MR Safety Certification: exam scheduled for June 2027",
    ),
    skills=(
        "Linac commissioning",
        "Eclipse and RayStation",
        "SRS and SBRT",
        "Monte Carlo dosimetry",
        "Python",
        "Finnish",
        "English",
        "Swedish",
    ),
    contact_links=(("orcid.org/0000-0002-5551-8830", "https://orcid.org/0000-0002-5551-8830"),),
    post_nominal_claims=(
        Credential(
            title="Member of the Institute of Physics and Engineering in Medicine (MIPEM)",
            issuer="IPEM",
            short="MIPEM",
        ),
    ),
)

SITE_RELIABILITY = Content(
    key="b14-site-reliability",
    name="Kristjan Lepik",
    post_nominals=(),
    headline="Senior Site Reliability Engineer, Payments",
    email="kristjan@lepik.ee",
    phone="+372 5555 2186",
    location="Tallinn, Estonia",
    summary=(
        "Site reliability engineer for a card payments processor: Kubernetes platforms on AWS "
        "and Google Cloud, service level objectives and error budgets, incident command, "
        "infrastructure as code and the platform's security and compliance evidence."
    ),
    employer="Baltic Card Processing OÜ",
    role="Senior Site Reliability Engineer",
    bullets=(
        "Moved 140 services to Kubernetes with Argo CD, keeping the SOC 2 Type II report clean",
        "Automated the evidence for the processor's PCI DSS certification",
        "Cut pages per on-call week from 31 to 6 by rewriting alerts on SLO burn rates",
    ),
    credentials=(
        Credential(
            title="Certified Kubernetes Administrator (CKA)",
            issuer="The Linux Foundation",
            short="CKA",
            issued_on="2025-04",
            expires_on="2027-04",
            credential_id="LF-8k2x9qd4ab",
            url="https://www.credly.com/badges/0e7d4c2a-61f8-4b95-a3d0-7c29e85b1f46/public_url",
        ),
        Credential(
            title="Certified Kubernetes Security Specialist (CKS)",
            issuer="The Linux Foundation",
            short="CKS",
            issued_on="2025-09",
            expires_on="2027-09",
            url="https://www.credly.com/badges/94b1f0e6-3a7c-4d28-8e51-b6c0d3a92f17/public_url",
        ),
        Credential(
            title="HashiCorp Certified: Terraform Associate (003)",
            issuer="HashiCorp",
            short="Terraform Associate",
            issued_on="2024-02",
            expires_on="2026-02",
        ),
        Credential(
            title="Red Hat Certified Engineer (RHCE)",
            issuer="Red Hat",
            short="RHCE",
            issued_on="2022-08",
            expires_on="2025-08",
            credential_id="190-245-887",
            url="https://rhtapps.redhat.com/verify?certId=190-245-887",
        ),
        Credential(
            title="AWS Certified SysOps Administrator - Associate",
            issuer="Amazon Web Services",
            short="AWS SysOps",
            issued_on="2024-10",
            expires_on="2027-10",
            credential_id="Y7QKB2M1DJ4E1R3S",
        ),
        Credential(
            title="Professional Cloud DevOps Engineer",
            issuer="Google Cloud",
            short="GCP DevOps Engineer",
            issued_on="2025-06",
            expires_on="2027-06",
            url="https://google.accredible.com/5f2c8b91-0d3e-4a76-b1c4-e98a27d6f035",
        ),
    ),
    section_negatives=(
        "Certified Kubernetes Application Developer (CKAD): voucher bought, exam in January 2027",
        "AWS Certified DevOps Engineer - Professional: preparing",
    ),
    skills=(
        "Kubernetes",
        "Terraform",
        "Argo CD",
        "Prometheus and Grafana",
        "Go",
        "Estonian",
        "English",
        "Russian",
    ),
    contact_links=(
        ("github.com/klepik", "https://github.com/klepik"),
        ("lepik.ee", "https://lepik.ee"),
    ),
)

MIDWIFE = Content(
    key="b14-midwife",
    name="Abena Serwaa Owusu-Ansah",
    post_nominals=("RM", "IBCLC"),
    headline="Senior Midwifery Officer, Labour Ward",
    email="abena.owusuansah@yahoo.com",
    phone="+233 24 555 8061",
    location="Accra, Ghana",
    summary=(
        "Senior midwife in a regional hospital's labour ward of 6,000 births a year: high-risk "
        "labour care, neonatal resuscitation, breastfeeding support, and training and "
        "mentoring of midwifery students and newly posted midwives."
    ),
    employer="Greater Accra Regional Hospital",
    role="Senior Midwifery Officer",
    bullets=(
        "Helped the maternity unit keep its Baby-Friendly Hospital Initiative accreditation",
        "Trained 120 midwives and students in neonatal resuscitation and partograph use",
        "Set up the ward's postpartum haemorrhage drills and its audit of every case",
    ),
    credentials=(
        Credential(
            title="Registered Midwife (RM)",
            issuer="Nursing and Midwifery Council of Ghana",
            short="RM",
            issued_on="2015-11",
            expires_on="2027-12",
            credential_id="15RM04127",
        ),
        Credential(
            title="International Board Certified Lactation Consultant (IBCLC)",
            issuer="IBLCE",
            short="IBCLC",
            issued_on="2022-09",
            expires_on="2027-09",
            credential_id="L-318842",
        ),
        Credential(
            title="Basic Life Support (BLS) Provider",
            issuer="American Heart Association",
            short="BLS",
            issued_on="2025-03",
            expires_on="2027-03",
            credential_id="235417893102",
            url="https://ecards.heart.org/student/myecards/verify/235417893102",
        ),
        Credential(
            title="Helping Babies Breathe (HBB) Master Trainer",
            issuer="American Academy of Pediatrics",
            short="HBB Master Trainer",
            issued_on="2019-06",
        ),
        Credential(
            title="Emergency Obstetric and Newborn Care (EmONC)",
            issuer="Ghana Health Service",
            short="EmONC",
            issued_on="2018",
        ),
    ),
    section_negatives=(
        "MSc Midwifery, University of Ghana: expected 2027",
        "Neonatal Resuscitation Program (NRP), 8th edition: registered, course date to be "
        "confirmed",
    ),
    skills=(
        "High-risk labour care",
        "Neonatal resuscitation",
        "Breastfeeding support",
        "Partograph",
        "DHIMS2",
        "Twi",
        "Ga",
        "English",
    ),
)
