"""Cloud and IT vendors: AWS, Microsoft, Google Cloud, Oracle, Red Hat, Linux Foundation, …"""

from __future__ import annotations

from tools.catalog.builder import Issuer, add

AWS = Issuer(
    "Amazon Web Services",
    (
        "AWS",
        "Amazon Web Services (AWS)",
        "Amazon Web Services Training and Certification",
        "Amazon",
    ),
    ("aws.amazon.com", "amazon.com", "aws.training"),
    ("credly",),
)
_AWS = ("Amazon Web Services", "Cloud Computing")


def _aws(
    entry_id: str, role: str, level: str, code: str, skills: tuple[str, ...], **kw: object
) -> None:
    title = f"AWS Certified {role}" + ("" if level == "foundational" else f" – {level.title()}")
    add(
        entry_id,
        title,
        AWS,
        "cloud",
        aliases=(
            title.replace("–", "-"),
            f"AWS {role} {level.title()}",
            # Specialty names are unique without their level, and résumés often drop it.
            *((f"AWS Certified {role}",) if level == "specialty" else ()),
        ),
        codes=(code,),
        level=level,
        valid=36,
        skills=_AWS + skills,
        **kw,  # type: ignore[arg-type]
    )


_aws(
    "aws-cloud-practitioner",
    "Cloud Practitioner",
    "foundational",
    "CLF-C02",
    ("Cloud Architecture",),
    acronyms=("CCP",),
    stacks=(
        "aws-solutions-architect-associate",
        "aws-developer-associate",
        "aws-sysops-administrator-associate",
    ),
)
_aws(
    "aws-ai-practitioner",
    "AI Practitioner",
    "foundational",
    "AIF-C01",
    ("Artificial Intelligence", "Generative AI", "Machine Learning"),
    stacks=("aws-machine-learning-engineer-associate",),
)
_aws(
    "aws-solutions-architect-associate",
    "Solutions Architect",
    "associate",
    "SAA-C03",
    ("Cloud Architecture", "Cloud Networking", "Cloud Security"),
    acronyms=("AWS SAA", "SAA"),
    stacks=("aws-solutions-architect-professional",),
)
_aws(
    "aws-developer-associate",
    "Developer",
    "associate",
    "DVA-C02",
    ("Serverless", "AWS Lambda", "Software Development", "CI/CD"),
    acronyms=("AWS DVA",),
    stacks=("aws-devops-engineer-professional",),
)
add(
    "aws-sysops-administrator-associate",
    "AWS Certified SysOps Administrator – Associate",
    AWS,
    "cloud",
    aliases=(
        "AWS Certified SysOps Administrator - Associate",
        "AWS SysOps Administrator",
        "AWS Certified CloudOps Engineer – Associate",
        "AWS Certified CloudOps Engineer - Associate",
        "AWS CloudOps Engineer",
    ),
    acronyms=("AWS SOA",),
    codes=("SOA-C02", "SOA-C03"),
    level="associate",
    valid=36,
    skills=(*_AWS, "System Administration", "Monitoring", "Cloud Networking"),
    stacks=("aws-devops-engineer-professional",),
)
_aws(
    "aws-data-engineer-associate",
    "Data Engineer",
    "associate",
    "DEA-C01",
    ("Data Engineering", "ETL", "Data Pipelines"),
)
_aws(
    "aws-machine-learning-engineer-associate",
    "Machine Learning Engineer",
    "associate",
    "MLA-C01",
    ("Machine Learning", "MLOps"),
    acronyms=("AWS MLA",),
)
_aws(
    "aws-solutions-architect-professional",
    "Solutions Architect",
    "professional",
    "SAP-C02",
    ("Cloud Architecture", "Cloud Migration", "Hybrid Cloud"),
    acronyms=("AWS SAP",),
)
_aws(
    "aws-devops-engineer-professional",
    "DevOps Engineer",
    "professional",
    "DOP-C02",
    ("DevOps", "CI/CD", "Infrastructure as Code", "Monitoring"),
    acronyms=("AWS DOP",),
)
for _id, _role, _code, _skills in (
    (
        "aws-advanced-networking-specialty",
        "Advanced Networking",
        "ANS-C01",
        ("Cloud Networking", "Computer Networking", "BGP", "VPN"),
    ),
    (
        "aws-security-specialty",
        "Security",
        "SCS-C02",
        ("Cloud Security", "Identity and Access Management", "Cryptography", "Incident Response"),
    ),
    (
        "aws-machine-learning-specialty",
        "Machine Learning",
        "MLS-C01",
        ("Machine Learning", "Deep Learning", "Data Science"),
    ),
    (
        "aws-data-analytics-specialty",
        "Data Analytics",
        "DAS-C01",
        ("Data Analysis", "Big Data", "Data Engineering"),
    ),
    (
        "aws-database-specialty",
        "Database",
        "DBS-C01",
        ("Relational Databases", "NoSQL", "Database Administration"),
    ),
    ("aws-sap-on-aws-specialty", "SAP on AWS", "PAS-C01", ("SAP", "Cloud Migration")),
):
    _aws(_id, _role, "specialty", _code, _skills)

MICROSOFT = Issuer(
    "Microsoft",
    ("Microsoft Corporation", "Microsoft Learn", "MSFT"),
    ("microsoft.com", "learn.microsoft.com"),
    ("mslearn", "credly"),
)


def _ms(
    entry_id: str,
    title: str,
    code: str,
    level: str,
    skills: tuple[str, ...],
    category: str = "cloud",
    **kw: object,
) -> None:
    short = title.removeprefix("Microsoft Certified: ")
    add(
        entry_id,
        title,
        MICROSOFT,
        category,
        aliases=(short, f"Microsoft {short}", f"{code} {short}", f"{short} ({code})"),
        codes=(code,),
        level=level,
        # Role-based certifications renew yearly (a free online test); Fundamentals never lapse.
        valid=None if level == "foundational" else 12,
        skills=skills,
        **kw,  # type: ignore[arg-type]
    )


_ms(
    "ms-azure-fundamentals",
    "Microsoft Certified: Azure Fundamentals",
    "AZ-900",
    "foundational",
    ("Microsoft Azure", "Cloud Computing"),
    stacks=("ms-azure-administrator-associate", "ms-azure-developer-associate"),
)
_ms(
    "ms-azure-ai-fundamentals",
    "Microsoft Certified: Azure AI Fundamentals",
    "AI-900",
    "foundational",
    ("Microsoft Azure", "Artificial Intelligence", "Machine Learning"),
    stacks=("ms-azure-ai-engineer-associate",),
)
_ms(
    "ms-azure-data-fundamentals",
    "Microsoft Certified: Azure Data Fundamentals",
    "DP-900",
    "foundational",
    ("Microsoft Azure", "Relational Databases", "Data Analysis"),
    stacks=("ms-azure-database-administrator-associate", "ms-power-bi-data-analyst-associate"),
)
_ms(
    "ms-security-compliance-identity-fundamentals",
    "Microsoft Certified: Security, Compliance, and Identity Fundamentals",
    "SC-900",
    "foundational",
    ("Cybersecurity", "Identity and Access Management", "Microsoft Entra ID"),
    category="security",
    stacks=(
        "ms-security-operations-analyst-associate",
        "ms-identity-access-administrator-associate",
    ),
)
_ms(
    "ms-365-fundamentals",
    "Microsoft 365 Certified: Fundamentals",
    "MS-900",
    "foundational",
    ("Microsoft 365", "Cloud Computing"),
    category="it",
    stacks=("ms-365-administrator-expert",),
)
_ms(
    "ms-power-platform-fundamentals",
    "Microsoft Certified: Power Platform Fundamentals",
    "PL-900",
    "foundational",
    ("Microsoft Power Platform", "Power Apps", "Power Automate", "Power BI"),
    category="it",
    stacks=("ms-power-platform-functional-consultant-associate",),
)
_ms(
    "ms-azure-administrator-associate",
    "Microsoft Certified: Azure Administrator Associate",
    "AZ-104",
    "associate",
    ("Microsoft Azure", "Cloud Networking", "Identity and Access Management", "Virtualization"),
    stacks=("ms-azure-solutions-architect-expert", "ms-devops-engineer-expert"),
)
_ms(
    "ms-azure-developer-associate",
    "Microsoft Certified: Azure Developer Associate",
    "AZ-204",
    "associate",
    ("Microsoft Azure", "Software Development", "Serverless", "REST APIs"),
    stacks=("ms-devops-engineer-expert",),
)
_ms(
    "ms-azure-solutions-architect-expert",
    "Microsoft Certified: Azure Solutions Architect Expert",
    "AZ-305",
    "expert",
    ("Microsoft Azure", "Cloud Architecture", "Business Continuity"),
)
_ms(
    "ms-devops-engineer-expert",
    "Microsoft Certified: DevOps Engineer Expert",
    "AZ-400",
    "expert",
    ("Microsoft Azure", "DevOps", "CI/CD", "Azure DevOps", "GitHub Actions"),
)
_ms(
    "ms-azure-security-engineer-associate",
    "Microsoft Certified: Azure Security Engineer Associate",
    "AZ-500",
    "associate",
    ("Microsoft Azure", "Cloud Security", "Identity and Access Management"),
    category="security",
    stacks=("ms-cybersecurity-architect-expert",),
)
_ms(
    "ms-azure-network-engineer-associate",
    "Microsoft Certified: Azure Network Engineer Associate",
    "AZ-700",
    "associate",
    ("Microsoft Azure", "Cloud Networking", "VPN", "Load Balancing"),
)
add(
    "ms-windows-server-hybrid-administrator-associate",
    "Microsoft Certified: Windows Server Hybrid Administrator Associate",
    MICROSOFT,
    "it",
    aliases=("Windows Server Hybrid Administrator Associate",),
    codes=("AZ-800", "AZ-801"),
    level="associate",
    valid=12,
    skills=("Windows Server", "Active Directory", "Hybrid Cloud", "Microsoft Azure"),
)
_ms(
    "ms-azure-virtual-desktop-specialty",
    "Microsoft Certified: Azure Virtual Desktop Specialty",
    "AZ-140",
    "specialty",
    ("Microsoft Azure", "Virtual Desktop Infrastructure"),
)
_ms(
    "ms-azure-sap-workloads-specialty",
    "Microsoft Certified: Azure for SAP Workloads Specialty",
    "AZ-120",
    "specialty",
    ("Microsoft Azure", "SAP"),
)
_ms(
    "ms-azure-data-scientist-associate",
    "Microsoft Certified: Azure Data Scientist Associate",
    "DP-100",
    "associate",
    ("Microsoft Azure", "Machine Learning", "Data Science", "MLOps"),
    category="data",
)
_ms(
    "ms-azure-data-engineer-associate",
    "Microsoft Certified: Azure Data Engineer Associate",
    "DP-203",
    "associate",
    ("Microsoft Azure", "Data Engineering", "Apache Spark", "Data Warehousing", "ETL"),
    category="data",
)
_ms(
    "ms-azure-database-administrator-associate",
    "Microsoft Certified: Azure Database Administrator Associate",
    "DP-300",
    "associate",
    ("Microsoft Azure", "Microsoft SQL Server", "Database Administration"),
    category="data",
)
_ms(
    "ms-azure-cosmos-db-developer-specialty",
    "Microsoft Certified: Azure Cosmos DB Developer Specialty",
    "DP-420",
    "specialty",
    ("Microsoft Azure", "Azure Cosmos DB", "NoSQL"),
    category="data",
)
_ms(
    "ms-fabric-analytics-engineer-associate",
    "Microsoft Certified: Fabric Analytics Engineer Associate",
    "DP-600",
    "associate",
    ("Microsoft Fabric", "Power BI", "Data Modeling", "Data Warehousing"),
    category="data",
)
_ms(
    "ms-fabric-data-engineer-associate",
    "Microsoft Certified: Fabric Data Engineer Associate",
    "DP-700",
    "associate",
    ("Microsoft Fabric", "Data Engineering", "Apache Spark", "Data Lakehouse"),
    category="data",
)
_ms(
    "ms-azure-ai-engineer-associate",
    "Microsoft Certified: Azure AI Engineer Associate",
    "AI-102",
    "associate",
    (
        "Microsoft Azure",
        "Artificial Intelligence",
        "Natural Language Processing",
        "Computer Vision",
        "Generative AI",
    ),
)
_ms(
    "ms-power-bi-data-analyst-associate",
    "Microsoft Certified: Power BI Data Analyst Associate",
    "PL-300",
    "associate",
    ("Power BI", "Data Analysis", "Data Visualization", "Data Modeling", "Dashboards"),
    category="data",
    acronyms=(),
    stacks=("ms-fabric-analytics-engineer-associate",),
)
_ms(
    "ms-power-platform-functional-consultant-associate",
    "Microsoft Certified: Power Platform Functional Consultant Associate",
    "PL-200",
    "associate",
    ("Microsoft Power Platform", "Power Apps", "Power Automate"),
    category="it",
    stacks=("ms-power-platform-solution-architect-expert",),
)
_ms(
    "ms-power-platform-developer-associate",
    "Microsoft Certified: Power Platform Developer Associate",
    "PL-400",
    "associate",
    ("Microsoft Power Platform", "Power Apps", "Software Development"),
    category="it",
    stacks=("ms-power-platform-solution-architect-expert",),
)
_ms(
    "ms-power-platform-solution-architect-expert",
    "Microsoft Certified: Power Platform Solution Architect Expert",
    "PL-600",
    "expert",
    ("Microsoft Power Platform", "Business Analysis", "Cloud Architecture"),
    category="it",
)
_ms(
    "ms-security-operations-analyst-associate",
    "Microsoft Certified: Security Operations Analyst Associate",
    "SC-200",
    "associate",
    ("Security Operations", "SIEM", "Threat Hunting", "Incident Response"),
    category="security",
    stacks=("ms-cybersecurity-architect-expert",),
)
_ms(
    "ms-identity-access-administrator-associate",
    "Microsoft Certified: Identity and Access Administrator Associate",
    "SC-300",
    "associate",
    ("Identity and Access Management", "Microsoft Entra ID"),
    category="security",
    stacks=("ms-cybersecurity-architect-expert",),
)
add(
    "ms-information-security-administrator-associate",
    "Microsoft Certified: Information Security Administrator Associate",
    MICROSOFT,
    "security",
    aliases=(
        "Information Security Administrator Associate",
        "Microsoft Certified: Information Protection Administrator Associate",
        "Information Protection and Compliance Administrator Associate",
    ),
    codes=("SC-401", "SC-400"),
    level="associate",
    valid=12,
    skills=("Data Privacy", "Regulatory Compliance", "Microsoft 365"),
)
_ms(
    "ms-cybersecurity-architect-expert",
    "Microsoft Certified: Cybersecurity Architect Expert",
    "SC-100",
    "expert",
    ("Security Architecture", "Zero Trust", "Cloud Security"),
    category="security",
)
_ms(
    "ms-365-administrator-expert",
    "Microsoft 365 Certified: Administrator Expert",
    "MS-102",
    "expert",
    ("Microsoft 365", "Identity and Access Management", "Regulatory Compliance"),
    category="it",
)
_ms(
    "ms-endpoint-administrator-associate",
    "Microsoft 365 Certified: Endpoint Administrator Associate",
    "MD-102",
    "associate",
    ("Microsoft Intune", "Endpoint Management", "Windows"),
    category="it",
)
_ms(
    "ms-teams-administrator-associate",
    "Microsoft 365 Certified: Teams Administrator Associate",
    "MS-700",
    "associate",
    ("Microsoft Teams", "Microsoft 365", "Unified Communications"),
    category="it",
)
_ms(
    "ms-dynamics-365-fundamentals-crm",
    "Microsoft Certified: Dynamics 365 Fundamentals (CRM)",
    "MB-910",
    "foundational",
    ("Dynamics 365", "CRM"),
    category="it",
)
_ms(
    "ms-dynamics-365-fundamentals-erp",
    "Microsoft Certified: Dynamics 365 Fundamentals (ERP)",
    "MB-920",
    "foundational",
    ("Dynamics 365", "Financial Accounting", "Supply Chain Management"),
    category="it",
)
for _id, _title, _codes, _level, _skills in (
    (
        "mos-excel-associate",
        "Microsoft Office Specialist: Excel Associate",
        ("MO-200", "MO-210"),
        "associate",
        ("Microsoft Excel", "Spreadsheets"),
    ),
    (
        "mos-excel-expert",
        "Microsoft Office Specialist: Excel Expert",
        ("MO-201", "MO-211"),
        "expert",
        ("Microsoft Excel", "Spreadsheet Modeling"),
    ),
    (
        "mos-word-associate",
        "Microsoft Office Specialist: Word Associate",
        ("MO-100", "MO-110"),
        "associate",
        ("Microsoft Word",),
    ),
    (
        "mos-powerpoint-associate",
        "Microsoft Office Specialist: PowerPoint Associate",
        ("MO-300", "MO-310"),
        "associate",
        ("Microsoft PowerPoint",),
    ),
):
    add(
        _id,
        _title,
        MICROSOFT,
        "it",
        aliases=(_title.replace("Microsoft Office Specialist: ", "MOS "),),
        codes=_codes,
        level=_level,
        skills=("Microsoft Office", *_skills),
        verified_on=("credly", "vendor"),
        stacks=("mos-excel-expert",) if _id == "mos-excel-associate" else (),
    )

GOOGLE_CLOUD = Issuer(
    "Google Cloud",
    ("Google", "Google Cloud Training", "Google Cloud Platform", "GCP", "Google LLC"),
    ("cloud.google.com", "google.com", "googlecloudcertified.com"),
    ("accredible", "credly"),
)


def _gcp(
    entry_id: str,
    title: str,
    level: str,
    skills: tuple[str, ...],
    category: str = "cloud",
    **kw: object,
) -> None:
    add(
        entry_id,
        title,
        GOOGLE_CLOUD,
        category,
        aliases=(
            f"Google Cloud Certified {title}",
            f"Google Cloud {title}",
            f"GCP {title}",
        ),
        level=level,
        # Professional certifications last two years; Associate and foundational three.
        valid=24 if level == "professional" else 36,
        skills=("Google Cloud", *skills),
        **kw,  # type: ignore[arg-type]
    )


_gcp(
    "gcp-cloud-digital-leader",
    "Cloud Digital Leader",
    "foundational",
    ("Cloud Computing",),
    acronyms=("CDL",),
    stacks=("gcp-associate-cloud-engineer",),
)
_gcp(
    "gcp-generative-ai-leader",
    "Generative AI Leader",
    "foundational",
    ("Generative AI", "Artificial Intelligence"),
)
_gcp(
    "gcp-associate-cloud-engineer",
    "Associate Cloud Engineer",
    "associate",
    ("Cloud Computing", "Kubernetes", "Identity and Access Management"),
    acronyms=("ACE",),
    stacks=(
        "gcp-professional-cloud-architect",
        "gcp-professional-cloud-devops-engineer",
        "gcp-professional-cloud-developer",
    ),
)
_gcp(
    "gcp-associate-data-practitioner",
    "Associate Data Practitioner",
    "associate",
    ("Data Analysis", "BigQuery", "Data Pipelines"),
    stacks=("gcp-professional-data-engineer",),
)
_gcp(
    "gcp-associate-workspace-administrator",
    "Associate Google Workspace Administrator",
    "associate",
    ("Google Workspace",),
    category="it",
)
_gcp(
    "gcp-professional-cloud-architect",
    "Professional Cloud Architect",
    "professional",
    ("Cloud Architecture", "Hybrid Cloud", "Cloud Security"),
    acronyms=("PCA",),
)
_gcp(
    "gcp-professional-cloud-developer",
    "Professional Cloud Developer",
    "professional",
    ("Software Development", "Serverless", "Microservices"),
)
_gcp(
    "gcp-professional-data-engineer",
    "Professional Data Engineer",
    "professional",
    ("Data Engineering", "BigQuery", "Data Pipelines", "Machine Learning"),
    acronyms=("PDE",),
    category="data",
)
_gcp(
    "gcp-professional-cloud-devops-engineer",
    "Professional Cloud DevOps Engineer",
    "professional",
    ("DevOps", "Site Reliability Engineering", "CI/CD", "Monitoring"),
)
_gcp(
    "gcp-professional-cloud-security-engineer",
    "Professional Cloud Security Engineer",
    "professional",
    ("Cloud Security", "Identity and Access Management"),
    acronyms=("PCSE",),
    category="security",
)
_gcp(
    "gcp-professional-cloud-network-engineer",
    "Professional Cloud Network Engineer",
    "professional",
    ("Cloud Networking", "Computer Networking", "VPN"),
    acronyms=("PCNE",),
)
_gcp(
    "gcp-professional-cloud-database-engineer",
    "Professional Cloud Database Engineer",
    "professional",
    ("Relational Databases", "Database Administration"),
    category="data",
)
_gcp(
    "gcp-professional-machine-learning-engineer",
    "Professional Machine Learning Engineer",
    "professional",
    ("Machine Learning", "MLOps", "TensorFlow"),
    acronyms=("PMLE",),
    category="data",
)
_gcp(
    "gcp-professional-workspace-administrator",
    "Professional Google Workspace Administrator",
    "professional",
    ("Google Workspace", "Identity and Access Management"),
    category="it",
)
_gcp(
    "gcp-professional-security-operations-engineer",
    "Professional Security Operations Engineer",
    "professional",
    ("Security Operations", "SIEM", "Threat Hunting"),
    category="security",
)

LINUX_FOUNDATION = Issuer(
    "The Linux Foundation",
    (
        "Linux Foundation",
        "Cloud Native Computing Foundation",
        "CNCF",
        "The Linux Foundation / CNCF",
        "LF",
        "Linux Foundation Training",
    ),
    ("linuxfoundation.org", "training.linuxfoundation.org", "cncf.io"),
    ("credly",),
)


def _lf(
    entry_id: str, title: str, acronym: str, level: str, skills: tuple[str, ...], **kw: object
) -> None:
    add(
        entry_id,
        title,
        LINUX_FOUNDATION,
        kw.pop("category", "cloud"),  # type: ignore[arg-type]
        aliases=(f"{title} ({acronym})", f"{acronym} certification"),
        acronyms=(acronym,),
        level=level,
        # Linux Foundation and CNCF certifications awarded from 1 April 2024 last 24 months
        # (36 before): the LF candidate handbook and its 2024 policy change.
        valid=24,
        skills=skills,
        **kw,  # type: ignore[arg-type]
    )


_lf(
    "kcna",
    "Kubernetes and Cloud Native Associate",
    "KCNA",
    "associate",
    ("Kubernetes", "Cloud Native", "Containers"),
    stacks=("cka", "ckad"),
)
_lf(
    "kcsa",
    "Kubernetes and Cloud Native Security Associate",
    "KCSA",
    "associate",
    ("Kubernetes", "Kubernetes Security", "Cloud Security"),
    stacks=("cks",),
)
_lf(
    "cka",
    "Certified Kubernetes Administrator",
    "CKA",
    "professional",
    ("Kubernetes", "Containers", "Linux", "Troubleshooting"),
    stacks=("cks",),
)
_lf(
    "ckad",
    "Certified Kubernetes Application Developer",
    "CKAD",
    "professional",
    ("Kubernetes", "Containers", "Docker", "Microservices"),
)
_lf(
    "cks",
    "Certified Kubernetes Security Specialist",
    "CKS",
    "specialty",
    ("Kubernetes", "Kubernetes Security", "Cloud Security"),
    category="security",
)
_lf(
    "pca-prometheus",
    "Prometheus Certified Associate",
    "PCA",
    "associate",
    ("Prometheus", "Monitoring"),
)
_lf("ica-istio", "Istio Certified Associate", "ICA", "associate", ("Istio", "Service Mesh"))
_lf(
    "cca-cilium",
    "Cilium Certified Associate",
    "CCA",
    "associate",
    ("Cilium", "Cloud Networking", "Kubernetes"),
)
_lf(
    "capa-argo",
    "Certified Argo Project Associate",
    "CAPA",
    "associate",
    ("Argo CD", "GitOps", "Kubernetes"),
)
_lf("cgoa", "Certified GitOps Associate", "CGOA", "associate", ("GitOps", "CI/CD"))
_lf(
    "otca",
    "OpenTelemetry Certified Associate",
    "OTCA",
    "associate",
    ("OpenTelemetry", "Monitoring"),
)
_lf(
    "lfcs",
    "Linux Foundation Certified System Administrator",
    "LFCS",
    "associate",
    ("Linux", "Linux System Administration", "Bash"),
    category="it",
    stacks=("cka",),
)

HASHICORP = Issuer(
    "HashiCorp",
    ("HashiCorp, an IBM Company", "Hashicorp Inc."),
    ("hashicorp.com", "developer.hashicorp.com"),
    ("credly",),
)
add(
    "hashicorp-terraform-associate",
    "HashiCorp Certified: Terraform Associate",
    HASHICORP,
    "cloud",
    aliases=(
        "Terraform Associate",
        "HashiCorp Certified: Terraform Associate (003)",
        "HashiCorp Certified: Terraform Associate (002)",
        "HashiCorp Certified: Terraform Associate (004)",
        "HashiCorp Terraform Associate",
    ),
    level="associate",
    valid=24,
    skills=("Terraform", "Infrastructure as Code"),
    stacks=("hashicorp-terraform-professional",),
)
add(
    "hashicorp-terraform-professional",
    "HashiCorp Certified: Terraform Authoring and Operations Professional",
    HASHICORP,
    "cloud",
    aliases=("Terraform Authoring and Operations Professional", "HashiCorp Terraform Professional"),
    level="professional",
    valid=24,
    skills=("Terraform", "Infrastructure as Code"),
)
add(
    "hashicorp-vault-associate",
    "HashiCorp Certified: Vault Associate",
    HASHICORP,
    "security",
    aliases=(
        "Vault Associate",
        "HashiCorp Certified: Vault Associate (002)",
        "HashiCorp Certified: Vault Associate (003)",
    ),
    level="associate",
    valid=24,
    skills=("HashiCorp Vault", "Secrets Management"),
    stacks=("hashicorp-vault-operations-professional",),
)
add(
    "hashicorp-vault-operations-professional",
    "HashiCorp Certified: Vault Operations Professional",
    HASHICORP,
    "security",
    aliases=("Vault Operations Professional",),
    level="professional",
    valid=24,
    skills=("HashiCorp Vault", "Secrets Management"),
)
add(
    "hashicorp-consul-associate",
    "HashiCorp Certified: Consul Associate",
    HASHICORP,
    "cloud",
    aliases=(
        "Consul Associate",
        "HashiCorp Certified: Consul Associate (002)",
        "HashiCorp Certified: Consul Associate (003)",
    ),
    level="associate",
    valid=24,
    skills=("HashiCorp Consul", "Service Mesh"),
)
