"""What the "blind-5" résumés say: six candidates of their own, written apart from ``contents.py``.

Written in session 6 by an author who never read the extractor, to measure it on people,
professions and countries it was not tuned on: an HR business partner in South Africa, a network
engineer in Brazil, a machine-learning engineer in India, a construction project manager in
Canada, a Salesforce consultant in Poland and a supply-chain manager in Japan. Each holds
catalogued credentials and ones outside the catalog, some with IDs, some with verification links
(Credly, Accredible, Microsoft Learn, Coursera, edX, a vendor's own page), some with neither.

Every person, employer, ID and URL is invented; the credentials are real ones. Labels are computed
from these contents the way ``generate.py`` computes every label. ``section_negatives``, the
summary and the bullets name credentials nobody holds: an exam booked, a course audited, a written
exam passed on the way to a lab, an employer's or a building's certification.
"""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

BLIND5_CONTENTS: tuple[Content, ...] = (
    Content(
        key="people",
        name="Thandiwe Nkosi",
        post_nominals=(),
        headline="HR Business Partner",
        email="thandiwe.nkosi@example.co.za",
        phone="+27 82 555 0147",
        location="Johannesburg, South Africa",
        summary=(
            "HR business partner for mining and logistics operations in three provinces, "
            "covering 4,800 employees. Registered for the HRCI GPHR exam in 2027."
        ),
        employer="Baobab Mining Services",
        role="Senior HR Business Partner",
        bullets=(
            "Steered the Top Employer 2025 certification of the South African business.",
            "Cut regretted attrition from 14% to 8% in two years with a new career framework.",
        ),
        credentials=(
            Credential(
                title="SHRM Senior Certified Professional (SHRM-SCP)",
                issuer="SHRM",
                short="SHRM-SCP",
                issued_on="2023-02",
                expires_on="2026-02",
                credential_id="23118045",
            ),
            Credential(
                title="CIPD Level 7 Advanced Diploma in Strategic People Management",
                issuer="CIPD",
                short="CIPD Level 7",
                issued_on="2020-11",
            ),
            Credential(
                title="Prosci Certified Change Practitioner",
                issuer="Prosci",
                short="Prosci Change Practitioner",
                issued_on="2021-06",
                url="https://www.credly.com/badges/6d1f0b3a-92c4-4e7b-b8a5-1c3e9f7d2a40/public_url",
            ),
            Credential(
                title="People Analytics",
                issuer="University of Pennsylvania",
                short="People Analytics",
                issued_on="2019-09",
                url="https://www.coursera.org/verify/7HK3QZP2LMXA",
            ),
            Credential(
                title="Master HR Professional",
                issuer="SABPP",
                short="Master HR Professional",
                issued_on="2018-04",
                credential_id="MHRP-11203",
            ),
        ),
        section_negatives=("Working towards Chartered Fellow of the CIPD (assessment in 2027)",),
        skills=("Workday", "Organisational design", "Labour relations", "Power BI", "Coaching"),
        contact_links=(("LinkedIn", "https://www.linkedin.com/in/thandiwe-nkosi-hr"),),
    ),
    Content(
        key="network",
        name="Rafael Azevedo Costa",
        post_nominals=(),
        headline="Senior Network Engineer",
        email="rafael.costa@example.com.br",
        phone="+55 11 95555-0182",
        location="São Paulo, Brazil",
        summary=(
            "Network engineer for ISP and data-centre backbones: ten years of BGP, MPLS and "
            "SD-WAN. Studying for the CCIE Enterprise Infrastructure lab exam."
        ),
        employer="Ipê Telecom",
        role="Senior Network Engineer",
        bullets=(
            "Led the network workstream of the data centre's Uptime Institute Tier III "
            "certification.",
            "Migrated 1,200 branch sites to SD-WAN with no unplanned outage.",
        ),
        credentials=(
            Credential(
                title="Cisco Certified Network Professional Enterprise (CCNP Enterprise)",
                issuer="Cisco",
                short="CCNP Enterprise",
                issued_on="2023-05",
                expires_on="2026-05",
                credential_id="CSCO14298833",
                url="https://www.credly.com/badges/9a3e5c71-0d2b-4f86-a4c9-7e1b3d5f8a02/public_url",
            ),
            Credential(
                title="Cisco Certified Network Associate (CCNA)",
                issuer="Cisco",
                short="CCNA",
                issued_on="2019-08",
                expires_on="2022-08",
                credential_id="CSCO13377120",
            ),
            Credential(
                title="Fortinet NSE 4 – Network Security Professional",
                issuer="Fortinet",
                short="Fortinet NSE 4",
                issued_on="2022-10",
                expires_on="2024-10",
                credential_id="GF7S2KQP0X",
                url="https://training.fortinet.com/local/verify/certificate.php?code=GF7S2KQP0X",
            ),
            Credential(
                title="AWS Certified Advanced Networking – Specialty",
                issuer="Amazon Web Services",
                short="AWS Advanced Networking",
                issued_on="2024-07",
                expires_on="2027-07",
                url="https://www.credly.com/badges/2c8f4e1d-7a5b-4b39-9d06-e3a1c5f7b824/public_url",
            ),
            Credential(
                title="MikroTik Certified Routing Engineer (MTCRE)",
                issuer="MikroTik",
                short="MTCRE",
                issued_on="2018-05",
                credential_id="1805NA2391",
            ),
        ),
        section_negatives=(
            "CCIE Enterprise Infrastructure: written exam passed (2025), lab attempt booked",
            "Preparing for Palo Alto Networks PCNSE",
        ),
        skills=("BGP", "MPLS", "SD-WAN", "Ansible", "Python", "Wireshark"),
        contact_links=(("GitHub", "https://github.com/rafaelcosta-net"),),
    ),
    Content(
        key="ml",
        name="Aditi Kulkarni",
        post_nominals=(),
        headline="Machine Learning Engineer",
        email="aditi.kulkarni@example.in",
        phone="+91 98450 55512",
        location="Bengaluru, India",
        summary=(
            "ML engineer shipping recommendation and search models for e-commerce. Studying for "
            "the Databricks Certified Machine Learning Professional exam."
        ),
        employer="Saffron Retail Labs",
        role="Machine Learning Engineer II",
        bullets=(
            "Prepared the model governance evidence for the company's ISO/IEC 42001 certification.",
            "Raised search conversion by 6.4% with a learning-to-rank model.",
        ),
        credentials=(
            Credential(
                title="Microsoft Certified: Azure AI Engineer Associate",
                issuer="Microsoft",
                short="Azure AI Engineer Associate",
                issued_on="2024-02",
                expires_on="2026-02",
                credential_id="E1B4F27C9A3D5F08",
                url="https://learn.microsoft.com/en-us/users/aditikulkarni-4821/credentials/e1b4f27c9a3d5f08",
            ),
            Credential(
                title="Deep Learning Specialization",
                issuer="DeepLearning.AI",
                short="Deep Learning Specialization",
                issued_on="2020-06",
                url="https://www.coursera.org/account/accomplishments/specialization/WQ8ZP3M4K2LD",
            ),
            Credential(
                title="TensorFlow Developer Certificate",
                issuer="Google",
                short="TensorFlow Developer",
                issued_on="2021-09",
                expires_on="2024-09",
                url="https://www.credential.net/4b7e9a2c-3d1f-4e58-a6b0-9c2d7e1f5a83",
            ),
            Credential(
                title="MITx MicroMasters Program in Statistics and Data Science",
                issuer="MITx",
                short="MicroMasters in Statistics and Data Science",
                issued_on="2022-12",
                url="https://credentials.edx.org/credentials/8e2f4a6c1b3d4e5f9a7c0d2e4f6a8b1c/",
            ),
            Credential(
                title="NVIDIA-Certified Associate: Generative AI LLMs",
                issuer="NVIDIA",
                short="NVIDIA Generative AI LLMs",
                issued_on="2025-03",
                expires_on="2027-03",
                credential_id="NCA-GENL-3318207",
                url="https://www.credly.com/badges/f4a07c2e-5b9d-4e13-8c6a-0d2e7b1f9c35/public_url",
            ),
        ),
        section_negatives=(
            "Stanford CS224N: Natural Language Processing with Deep Learning (audited, no "
            "certificate)",
        ),
        skills=("PyTorch", "TensorFlow", "Spark", "Azure ML", "Kubeflow", "SQL"),
        contact_links=(
            ("GitHub", "https://github.com/aditi-kulkarni-ml"),
            ("Kaggle", "https://www.kaggle.com/aditikulkarni"),
        ),
    ),
    Content(
        key="construction",
        name="Kwame Asante-Boateng",
        post_nominals=("P.Eng.", "PMP"),
        headline="Construction Project Manager",
        email="kwame.ab@example.ca",
        phone="+1 416 555 0193",
        location="Toronto, Ontario, Canada",
        summary=(
            "Project manager for mid-rise residential and institutional builds up to C$180M. "
            "Enrolled in a PMI-RMP exam preparation course."
        ),
        employer="Maple & Birch Builders",
        role="Senior Project Manager",
        bullets=(
            "Delivered the LEED Platinum certification of the Bayview Library on a C$64M budget.",
            "Kept the firm's COR safety certification through two external audits.",
        ),
        credentials=(
            Credential(
                title="Project Management Professional (PMP)",
                issuer="Project Management Institute",
                short="PMP",
                issued_on="2018-04",
                expires_on="2027-04",
                credential_id="2291847",
                url="https://www.credly.com/badges/b5e2d8a1-3c7f-4d90-a1e6-8f4b2c9d7e13/public_url",
            ),
            Credential(
                title="LEED AP Building Design + Construction (LEED AP BD+C)",
                issuer="U.S. Green Building Council",
                short="LEED AP BD+C",
                issued_on="2019-10",
                expires_on="2027-10",
                credential_id="0010873412",
                url="https://www.usgbc.org/people/kwame-asante-boateng/0010873412",
            ),
            Credential(
                title="PRINCE2 Practitioner",
                issuer="PeopleCert",
                short="PRINCE2 Practitioner",
                issued_on="2021-05",
                credential_id="GR656078213KA",
            ),
            Credential(
                title="Gold Seal Certification – Project Manager",
                issuer="Canadian Construction Association",
                short="Gold Seal PM",
                issued_on="2020-09",
            ),
            Credential(
                title="Working at Heights Training",
                issuer="Infrastructure Health & Safety Association",
                short="Working at Heights",
                issued_on="2024-01",
                expires_on="2027-01",
            ),
        ),
        section_negatives=("PMI Risk Management Professional (PMI-RMP): exam booked for 2027",),
        skills=("Procore", "Primavera P6", "Bluebeam", "MS Project", "Cost control"),
        contact_links=(("LinkedIn", "https://www.linkedin.com/in/kwame-asante-boateng"),),
        post_nominal_claims=(
            Credential(
                title="Professional Engineer (P.Eng.)",
                issuer="Professional Engineers Ontario",
                short="P.Eng.",
            ),
        ),
    ),
    Content(
        key="crm",
        name="Magdalena Wiśniewska",
        post_nominals=(),
        headline="Salesforce Consultant",
        email="m.wisniewska@example.pl",
        phone="+48 601 555 314",
        location="Kraków, Poland",
        summary=(
            "Salesforce consultant for B2B sales and service teams across Central Europe. "
            "Preparing for the Salesforce Certified Data Cloud Consultant exam."
        ),
        employer="Vistula CRM Partners",
        role="Lead Salesforce Consultant",
        bullets=(
            "Took our managed package through the AppExchange security review certification.",
            "Automated quote approvals for 1,300 sales reps with Flow.",
        ),
        credentials=(
            Credential(
                title="Salesforce Certified Administrator",
                issuer="Salesforce",
                short="Salesforce Administrator",
                issued_on="2019-03",
                credential_id="3419827",
            ),
            Credential(
                title="Salesforce Certified Platform App Builder",
                issuer="Salesforce",
                short="Platform App Builder",
                issued_on="2020-01",
                credential_id="3781204",
            ),
            Credential(
                title="Professional Scrum Master I (PSM I)",
                issuer="Scrum.org",
                short="PSM I",
                issued_on="2020-06",
                url="https://www.scrum.org/certificates/612408",
            ),
            Credential(
                title="ITIL 4 Foundation",
                issuer="PeopleCert",
                short="ITIL 4 Foundation",
                issued_on="2022-04",
                credential_id="GR671087334MW",
            ),
            Credential(
                title="Copado Certified Fundamentals I",
                issuer="Copado",
                short="Copado Fundamentals I",
                issued_on="2023-09",
                url="https://copado.accredible.com/5e1c9b7a-2f4d-4a63-8e0b-7d3f1a9c2b54",
            ),
        ),
        section_negatives=("Salesforce Data Cloud Consultant – exam voucher, preparing",),
        skills=("Apex", "Flow", "Sales Cloud", "Service Cloud", "CPQ", "Jira"),
        contact_links=(
            ("Trailblazer profile", "https://www.salesforce.com/trailblazer/mwisniewska"),
        ),
    ),
    Content(
        key="supply",
        name="Kenji Watanabe",
        post_nominals=(),
        headline="Supply Chain Manager",
        email="kenji.watanabe@example.jp",
        phone="+81 90 5555 0126",
        location="Osaka, Japan",
        summary=(
            "Supply chain manager for automotive parts, from S&OP to warehouse automation. "
            "Working towards the ASCM CPIM."
        ),
        employer="Kansai Precision Logistics",
        role="Supply Chain Manager",
        bullets=(
            "Led the Kobe warehouse through its ISO 9001:2015 recertification audit.",
            "Cut finished-goods inventory by 22% while holding a 98.5% fill rate.",
        ),
        credentials=(
            Credential(
                title="Certified Supply Chain Professional (CSCP)",
                issuer="ASCM",
                short="CSCP",
                issued_on="2021-08",
                expires_on="2026-08",
                credential_id="8843210",
            ),
            Credential(
                title="Certified in Logistics, Transportation and Distribution (CLTD)",
                issuer="ASCM",
                short="CLTD",
                issued_on="2023-03",
                expires_on="2028-03",
                url="https://www.credly.com/badges/7e3b9d15-c2a4-4f68-b0d7-5a1e8c3f6b29/public_url",
            ),
            Credential(
                title="Certified Six Sigma Black Belt (CSSBB)",
                issuer="ASQ",
                short="CSSBB",
                issued_on="2019-12",
                expires_on="2025-12",
                credential_id="24671",
            ),
            Credential(
                title="MITx MicroMasters Program in Supply Chain Management",
                issuer="MITx",
                short="MicroMasters in Supply Chain Management",
                issued_on="2020-05",
                url="https://credentials.edx.org/credentials/2c9e7f1a4b6d4e8a9c3f5b7d1e0a2c4f/",
            ),
            Credential(
                title="TOEIC Listening and Reading Test",
                issuer="ETS",
                short="TOEIC",
                issued_on="2023-06",
                expires_on="2025-06",
            ),
        ),
        section_negatives=("CPIM Part 2 – studying, exam planned for spring 2027",),
        skills=("SAP S/4HANA", "S&OP", "Lean", "Python", "Tableau", "WMS"),
        contact_links=(("LinkedIn", "https://www.linkedin.com/in/kenji-watanabe-scm"),),
    ),
)
