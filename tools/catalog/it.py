"""IT vendors beyond the big three clouds: Oracle, Red Hat, VMware, Salesforce, CompTIA, …"""

from __future__ import annotations

from tools.catalog.builder import Issuer, add

ORACLE = Issuer(
    "Oracle",
    ("Oracle Corporation", "Oracle University", "Oracle Cloud"),
    ("oracle.com", "education.oracle.com", "mylearn.oracle.com"),
    ("credly", "vendor"),
)
# Oracle Cloud certifications lapse 18 months after award (Oracle's certification program
# guidelines, §2.8); Java and Database certifications do not.
_OCI_MONTHS = 18


def _oci(
    entry_id: str, role: str, code: str, level: str, skills: tuple[str, ...], **kw: object
) -> None:
    title = f"Oracle Cloud Infrastructure {role}"
    add(
        entry_id,
        title,
        ORACLE,
        "cloud",
        aliases=(
            f"OCI {role}",
            *(
                f"Oracle Cloud Infrastructure {year} Certified {role}"
                for year in (2023, 2024, 2025)
            ),
        ),
        codes=(code,),
        level=level,
        valid=_OCI_MONTHS,
        skills=("Oracle Cloud Infrastructure", *skills),
        **kw,  # type: ignore[arg-type]
    )


_oci(
    "oci-foundations-associate",
    "Foundations Associate",
    "1Z0-1085",
    "foundational",
    ("Cloud Computing",),
    stacks=("oci-architect-associate",),
)
_oci(
    "oci-architect-associate",
    "Architect Associate",
    "1Z0-1072",
    "associate",
    ("Cloud Architecture", "Cloud Networking"),
    stacks=("oci-architect-professional",),
)
_oci(
    "oci-architect-professional",
    "Architect Professional",
    "1Z0-997",
    "professional",
    ("Cloud Architecture", "Hybrid Cloud"),
)
_oci(
    "oci-developer-professional",
    "Developer Professional",
    "1Z0-1084",
    "professional",
    ("Cloud Native", "Kubernetes", "Serverless"),
)
_oci(
    "oci-ai-foundations-associate",
    "AI Foundations Associate",
    "1Z0-1122",
    "foundational",
    ("Artificial Intelligence", "Machine Learning"),
    stacks=("oci-generative-ai-professional",),
)
_oci(
    "oci-generative-ai-professional",
    "Generative AI Professional",
    "1Z0-1127",
    "professional",
    ("Generative AI", "Large Language Models"),
)
for _id, _title, _aliases, _code, _level, _stacks in (
    (
        "oracle-java-se-8-associate",
        "Oracle Certified Associate, Java SE 8 Programmer",
        ("OCA Java SE 8", "OCAJP 8", "Java SE 8 Programmer I"),
        "1Z0-808",
        "associate",
        ("oracle-java-se-8-professional",),
    ),
    (
        "oracle-java-se-8-professional",
        "Oracle Certified Professional, Java SE 8 Programmer",
        ("OCP Java SE 8", "OCPJP 8", "Java SE 8 Programmer II"),
        "1Z0-809",
        "professional",
        (),
    ),
    (
        "oracle-java-se-11-developer",
        "Oracle Certified Professional: Java SE 11 Developer",
        ("OCP Java SE 11", "Java SE 11 Developer"),
        "1Z0-819",
        "professional",
        (),
    ),
    (
        "oracle-java-se-17-developer",
        "Oracle Certified Professional: Java SE 17 Developer",
        ("OCP Java SE 17", "Java SE 17 Developer"),
        "1Z0-829",
        "professional",
        (),
    ),
    (
        "oracle-java-se-21-developer",
        "Oracle Certified Professional: Java SE 21 Developer",
        ("OCP Java SE 21", "Java SE 21 Developer"),
        "1Z0-830",
        "professional",
        (),
    ),
):
    add(
        _id,
        _title,
        ORACLE,
        "it",
        aliases=_aliases,
        codes=(_code,),
        level=_level,
        skills=("Java", "Object-Oriented Programming", "Software Development"),
        stacks=_stacks,
    )
add(
    "oracle-database-sql-associate",
    "Oracle Database SQL Certified Associate",
    ORACLE,
    "data",
    aliases=("Oracle SQL Certified Associate",),
    codes=("1Z0-071",),
    level="associate",
    skills=("SQL", "Oracle Database", "Relational Databases"),
    stacks=("oracle-database-administration-professional",),
)
add(
    "oracle-database-administration-professional",
    "Oracle Database Administration 2019 Certified Professional",
    ORACLE,
    "data",
    aliases=("Oracle Database Administration Certified Professional", "Oracle DBA OCP"),
    codes=("1Z0-082", "1Z0-083"),
    level="professional",
    skills=("Oracle Database", "Database Administration", "SQL"),
)
add(
    "oracle-mysql-8-database-administrator",
    "Oracle Certified Professional, MySQL 8.0 Database Administrator",
    ORACLE,
    "data",
    aliases=("MySQL 8.0 Database Administrator", "MySQL Database Administrator"),
    codes=("1Z0-908",),
    level="professional",
    skills=("MySQL", "Database Administration", "SQL"),
)

RED_HAT = Issuer(
    "Red Hat",
    ("Red Hat, Inc.", "Red Hat Inc", "RedHat"),
    ("redhat.com", "rhtapps.redhat.com"),
    ("credly", "vendor"),
)
for _id, _title, _acronym, _code, _level, _skills, _stacks in (
    (
        "rhcsa",
        "Red Hat Certified System Administrator",
        "RHCSA",
        "EX200",
        "associate",
        ("Linux", "Red Hat Enterprise Linux", "Linux System Administration", "Bash"),
        ("rhce",),
    ),
    (
        "rhce",
        "Red Hat Certified Engineer",
        "RHCE",
        "EX294",
        "professional",
        ("Linux", "Red Hat Enterprise Linux", "Ansible", "IT Automation"),
        ("rhca",),
    ),
    (
        "rhca",
        "Red Hat Certified Architect",
        "RHCA",
        None,
        "expert",
        ("Linux", "Red Hat Enterprise Linux", "Cloud Architecture"),
        (),
    ),
    (
        "red-hat-openshift-administrator",
        "Red Hat Certified OpenShift Administrator",
        None,
        "EX280",
        "specialty",
        ("OpenShift", "Kubernetes", "Containers"),
        (),
    ),
    (
        "red-hat-openshift-application-developer",
        "Red Hat Certified OpenShift Application Developer",
        None,
        "EX288",
        "specialty",
        ("OpenShift", "Kubernetes", "Containers", "Software Development"),
        (),
    ),
):
    add(
        _id,
        _title,
        RED_HAT,
        "it",
        aliases=((f"{_title} ({_acronym})",) if _acronym else ()),
        acronyms=((_acronym,) if _acronym else ()),
        codes=((_code,) if _code else ()),
        level=_level,
        valid=36,
        skills=_skills,
        stacks=_stacks,
    )

VMWARE = Issuer(
    "VMware",
    ("VMware by Broadcom", "Broadcom", "VMware, Inc."),
    ("vmware.com", "broadcom.com"),
    ("credly",),
)
# VMware dropped its mandatory recertification in 2023: a VCP no longer lapses.
add(
    "vmware-vcp-dcv",
    "VMware Certified Professional – Data Center Virtualization",
    VMWARE,
    "cloud",
    aliases=(
        "VMware Certified Professional - Data Center Virtualization",
        "VCP Data Center Virtualization",
    ),
    acronyms=("VCP-DCV", "VCP"),
    codes=("2V0-21.23",),
    level="professional",
    skills=("VMware vSphere", "Virtualization"),
    stacks=("vmware-vcap-dcv-design",),
)
add(
    "vmware-vcp-nv",
    "VMware Certified Professional – Network Virtualization",
    VMWARE,
    "cloud",
    aliases=("VMware Certified Professional - Network Virtualization",),
    acronyms=("VCP-NV",),
    level="professional",
    skills=("Network Virtualization", "Virtualization", "Cloud Networking"),
)
add(
    "vmware-vcap-dcv-design",
    "VMware Certified Advanced Professional – Data Center Virtualization Design",
    VMWARE,
    "cloud",
    aliases=("VMware Certified Advanced Professional - Data Center Virtualization Design",),
    acronyms=("VCAP-DCV Design", "VCAP-DCV"),
    level="expert",
    skills=("VMware vSphere", "Virtualization", "Cloud Architecture"),
    stacks=("vmware-vcdx",),
)
add(
    "vmware-vcdx",
    "VMware Certified Design Expert",
    VMWARE,
    "cloud",
    acronyms=("VCDX",),
    level="expert",
    skills=("VMware vSphere", "Virtualization", "Cloud Architecture"),
)

SALESFORCE = Issuer(
    "Salesforce",
    ("Salesforce, Inc.", "Salesforce.com", "Trailhead"),
    ("salesforce.com", "trailhead.salesforce.com"),
    ("vendor",),
)


def _sf(entry_id: str, role: str, level: str, skills: tuple[str, ...], **kw: object) -> None:
    title = f"Salesforce Certified {role}"
    add(
        entry_id,
        title,
        SALESFORCE,
        "cloud",
        # Not "Salesforce Administrator": that is a job title as often as a credential.
        aliases=(f"Salesforce {role} Certification", f"Salesforce {role} certified"),
        level=level,
        # Kept current by a yearly Trailhead maintenance module.
        valid=12,
        skills=("Salesforce", "CRM", *skills),
        **kw,  # type: ignore[arg-type]
    )


_sf("salesforce-associate", "Associate", "foundational", (), stacks=("salesforce-administrator",))
_sf("salesforce-ai-associate", "AI Associate", "foundational", ("Artificial Intelligence",))
_sf(
    "salesforce-administrator",
    "Administrator",
    "associate",
    ("Salesforce Administration",),
    codes=("ADM-201",),
    acronyms=("ADM 201",),
    stacks=("salesforce-advanced-administrator", "salesforce-platform-app-builder"),
)
_sf(
    "salesforce-advanced-administrator",
    "Advanced Administrator",
    "professional",
    ("Salesforce Administration",),
)
_sf(
    "salesforce-platform-app-builder",
    "Platform App Builder",
    "associate",
    ("Application Development",),
)
_sf(
    "salesforce-platform-developer-1",
    "Platform Developer I",
    "associate",
    ("Apex", "Software Development"),
    codes=("CRT-450",),
    acronyms=("PD1",),
    stacks=("salesforce-platform-developer-2",),
)
_sf(
    "salesforce-platform-developer-2",
    "Platform Developer II",
    "professional",
    ("Apex", "Software Development"),
    acronyms=("PD2",),
)
_sf(
    "salesforce-javascript-developer-1",
    "JavaScript Developer I",
    "associate",
    ("JavaScript", "Lightning Web Components"),
)
_sf(
    "salesforce-sales-cloud-consultant",
    "Sales Cloud Consultant",
    "specialty",
    ("Business Analysis",),
)
_sf(
    "salesforce-service-cloud-consultant",
    "Service Cloud Consultant",
    "specialty",
    ("Business Analysis",),
)
_sf(
    "salesforce-marketing-cloud-email-specialist",
    "Marketing Cloud Email Specialist",
    "specialty",
    ("Digital Marketing",),
)
_sf("salesforce-data-cloud-consultant", "Data Cloud Consultant", "specialty", ("Data Management",))
_sf(
    "salesforce-application-architect",
    "Application Architect",
    "expert",
    ("Cloud Architecture",),
    stacks=("salesforce-technical-architect",),
)
_sf(
    "salesforce-system-architect",
    "System Architect",
    "expert",
    ("Cloud Architecture", "Identity and Access Management"),
    stacks=("salesforce-technical-architect",),
)
_sf(
    "salesforce-technical-architect",
    "Technical Architect",
    "expert",
    ("Cloud Architecture",),
    acronyms=("CTA",),
)

GITHUB = Issuer(
    "GitHub", ("GitHub, Inc.", "Github"), ("github.com", "resources.github.com"), ("credly",)
)
for _id, _name, _code, _skills in (
    ("github-foundations", "Foundations", "GH-900", ("Git", "GitHub")),
    ("github-actions", "Actions", "GH-200", ("GitHub Actions", "CI/CD")),
    (
        "github-advanced-security",
        "Advanced Security",
        "GH-500",
        ("Application Security", "Secure Software Development"),
    ),
    (
        "github-administration",
        "Administration",
        "GH-100",
        ("GitHub", "Identity and Access Management"),
    ),
    ("github-copilot", "Copilot", "GH-300", ("Generative AI", "Software Development")),
):
    add(
        _id,
        f"GitHub {_name}",
        GITHUB,
        "it",
        aliases=(f"GitHub Certified: {_name}", f"GitHub {_name} Certification"),
        codes=(_code,),
        level="foundational" if _name == "Foundations" else "associate",
        valid=36,
        skills=("GitHub", *_skills),
        stacks=(
            "github-actions",
            "github-advanced-security",
            "github-administration",
            "github-copilot",
        )
        if _name == "Foundations"
        else (),
    )

MIRANTIS = Issuer(
    "Mirantis",
    ("Docker", "Docker, Inc.", "Docker Inc"),
    ("mirantis.com", "docker.com"),
    ("credly",),
)
add(
    "docker-certified-associate",
    "Docker Certified Associate",
    MIRANTIS,
    "it",
    acronyms=("DCA",),
    level="associate",
    valid=24,
    skills=("Docker", "Containers"),
)

COMPTIA = Issuer(
    "CompTIA",
    ("Computing Technology Industry Association", "Comptia"),
    ("comptia.org",),
    ("credly", "vendor"),
)


def comptia(
    entry_id: str,
    name: str,
    codes: tuple[str, ...],
    category: str,
    level: str,
    skills: tuple[str, ...],
    valid: int | None = 36,
    aliases: tuple[str, ...] = (),
    acronyms: tuple[str, ...] = (),
    **kw: object,
) -> None:
    """A CompTIA certification; the CE ones last three years, the rest for life."""
    add(
        entry_id,
        f"CompTIA {name}",
        COMPTIA,
        category,
        aliases=(f"CompTIA {name} ce", f"{name} certification", *aliases),
        acronyms=(name, *acronyms),
        codes=codes,
        level=level,
        valid=valid,
        skills=skills,
        **kw,
    )  # type: ignore[arg-type]


comptia(
    "comptia-tech-plus",
    "Tech+",
    ("FC0-U71", "FC0-U61"),
    "it",
    "foundational",
    ("IT Support", "Operating Systems"),
    valid=None,
    aliases=("CompTIA IT Fundamentals+", "CompTIA ITF+", "IT Fundamentals"),
    acronyms=("ITF+",),
    stacks=("comptia-a-plus",),
)
comptia(
    "comptia-a-plus",
    "A+",
    ("220-1101", "220-1102", "220-1201", "220-1202"),
    "it",
    "foundational",
    ("IT Support", "Hardware Troubleshooting", "Operating Systems", "Troubleshooting"),
    stacks=("comptia-network-plus",),
)
comptia(
    "comptia-linux-plus",
    "Linux+",
    ("XK0-005",),
    "it",
    "associate",
    ("Linux", "Linux System Administration", "Bash"),
)
comptia(
    "comptia-server-plus",
    "Server+",
    ("SK0-005",),
    "it",
    "associate",
    ("System Administration", "Hardware Troubleshooting"),
    valid=None,
)
comptia(
    "comptia-cloud-plus",
    "Cloud+",
    ("CV0-003", "CV0-004"),
    "cloud",
    "associate",
    ("Cloud Computing", "Virtualization", "Cloud Security"),
)
comptia(
    "comptia-cloud-essentials-plus",
    "Cloud Essentials+",
    ("CLO-002",),
    "cloud",
    "foundational",
    ("Cloud Computing",),
    valid=None,
)
comptia(
    "comptia-data-plus",
    "Data+",
    ("DA0-001",),
    "data",
    "associate",
    ("Data Analysis", "Data Visualization", "Statistics"),
)
comptia(
    "comptia-project-plus",
    "Project+",
    ("PK0-005",),
    "project-management",
    "foundational",
    ("Project Management",),
    valid=None,
)

LPI = Issuer(
    "Linux Professional Institute",
    ("LPI", "Linux Professional Institute (LPI)"),
    ("lpi.org",),
    ("vendor", "credly"),
)
add(
    "lpi-linux-essentials",
    "LPI Linux Essentials",
    LPI,
    "it",
    aliases=("Linux Essentials",),
    codes=("010-160",),
    level="foundational",
    skills=("Linux",),
    stacks=("lpic-1",),
)
add(
    "lpic-1",
    "LPIC-1: Linux Administrator",
    LPI,
    "it",
    aliases=("LPIC-1 Linux Administrator", "LPI Linux Administrator"),
    acronyms=("LPIC-1",),
    codes=("101-500", "102-500"),
    level="associate",
    valid=60,
    skills=("Linux", "Linux System Administration", "Bash"),
    stacks=("lpic-2",),
)
add(
    "lpic-2",
    "LPIC-2: Linux Engineer",
    LPI,
    "it",
    aliases=("LPIC-2 Linux Engineer",),
    acronyms=("LPIC-2",),
    codes=("201-450", "202-450"),
    level="professional",
    valid=60,
    skills=("Linux", "Linux System Administration", "Computer Networking"),
    stacks=("lpic-3",),
)
add(
    "lpic-3",
    "LPIC-3: Linux Enterprise Professional",
    LPI,
    "it",
    aliases=("LPIC-3",),
    level="expert",
    valid=60,
    skills=("Linux", "Linux System Administration", "Virtualization", "Cybersecurity"),
)

PYTHON_INSTITUTE = Issuer(
    "Python Institute",
    ("OpenEDG Python Institute", "OpenEDG"),
    ("pythoninstitute.org", "openedg.org"),
    ("credly", "vendor"),
)
add(
    "pcep",
    "PCEP – Certified Entry-Level Python Programmer",
    PYTHON_INSTITUTE,
    "it",
    aliases=("Certified Entry-Level Python Programmer",),
    acronyms=("PCEP",),
    codes=("PCEP-30-02",),
    level="foundational",
    skills=("Python",),
    stacks=("pcap",),
)
add(
    "pcap",
    "PCAP – Certified Associate in Python Programming",
    PYTHON_INSTITUTE,
    "it",
    aliases=("Certified Associate in Python Programming",),
    acronyms=("PCAP",),
    codes=("PCAP-31-03",),
    level="associate",
    skills=("Python", "Object-Oriented Programming"),
    stacks=("pcpp1",),
)
add(
    "pcpp1",
    "PCPP1 – Certified Professional in Python Programming 1",
    PYTHON_INSTITUTE,
    "it",
    aliases=("Certified Professional in Python Programming 1",),
    acronyms=("PCPP1",),
    codes=("PCPP-32-101",),
    level="professional",
    skills=("Python", "Object-Oriented Programming"),
)

ISTQB = Issuer(
    "ISTQB", ("International Software Testing Qualifications Board",), ("istqb.org",), ("vendor",)
)
for _id, _title, _acronym, _level, _stacks in (
    (
        "istqb-ctfl",
        "ISTQB Certified Tester Foundation Level",
        "CTFL",
        "foundational",
        ("istqb-ctal-ta", "istqb-ctal-tm", "istqb-ctal-tta"),
    ),
    (
        "istqb-ctfl-at",
        "ISTQB Certified Tester Foundation Level – Agile Tester",
        "CTFL-AT",
        "foundational",
        (),
    ),
    (
        "istqb-ctal-ta",
        "ISTQB Certified Tester Advanced Level Test Analyst",
        "CTAL-TA",
        "professional",
        (),
    ),
    (
        "istqb-ctal-tm",
        "ISTQB Certified Tester Advanced Level Test Management",
        "CTAL-TM",
        "professional",
        (),
    ),
    (
        "istqb-ctal-tta",
        "ISTQB Certified Tester Advanced Level Technical Test Analyst",
        "CTAL-TTA",
        "professional",
        (),
    ),
):
    add(
        _id,
        _title,
        ISTQB,
        "it",
        aliases=(_title.removeprefix("ISTQB "),),
        acronyms=(_acronym,),
        level=_level,
        skills=("Software Testing", "Test Automation")
        if "Technical" in _title
        else ("Software Testing",),
        stacks=_stacks,
    )

SERVICENOW = Issuer(
    "ServiceNow",
    ("ServiceNow, Inc.", "Now Learning"),
    ("servicenow.com", "nowlearning.servicenow.com"),
    ("vendor",),
)
# ServiceNow keeps a certification current through per-release delta exams, not a fixed term.
add(
    "servicenow-csa",
    "ServiceNow Certified System Administrator",
    SERVICENOW,
    "it",
    acronyms=("CSA",),
    level="associate",
    skills=("ServiceNow", "IT Service Management"),
    stacks=("servicenow-cad", "servicenow-cis-itsm"),
)
add(
    "servicenow-cad",
    "ServiceNow Certified Application Developer",
    SERVICENOW,
    "it",
    acronyms=("CAD",),
    level="professional",
    skills=("ServiceNow", "JavaScript", "Application Development"),
)
add(
    "servicenow-cis-itsm",
    "ServiceNow Certified Implementation Specialist – IT Service Management",
    SERVICENOW,
    "it",
    aliases=("Certified Implementation Specialist - IT Service Management",),
    acronyms=("CIS-ITSM",),
    level="specialty",
    skills=("ServiceNow", "IT Service Management", "ITIL"),
)

SPLUNK = Issuer("Splunk", ("Splunk Inc.", "Splunk, a Cisco company"), ("splunk.com",), ("credly",))
for _id, _title, _code, _level, _skills, _stacks in (
    (
        "splunk-core-certified-user",
        "Splunk Core Certified User",
        "SPLK-1001",
        "foundational",
        ("Splunk", "Monitoring"),
        ("splunk-core-certified-power-user",),
    ),
    (
        "splunk-core-certified-power-user",
        "Splunk Core Certified Power User",
        "SPLK-1002",
        "associate",
        ("Splunk", "Monitoring", "Dashboards"),
        ("splunk-enterprise-certified-admin",),
    ),
    (
        "splunk-enterprise-certified-admin",
        "Splunk Enterprise Certified Admin",
        "SPLK-1003",
        "professional",
        ("Splunk", "System Administration"),
        (),
    ),
):
    add(
        _id,
        _title,
        SPLUNK,
        "it",
        codes=(_code,),
        level=_level,
        valid=36,
        skills=_skills,
        stacks=_stacks,
    )

CONFLUENT = Issuer("Confluent", ("Confluent, Inc.",), ("confluent.io",), ("credly",))
add(
    "confluent-ccdak",
    "Confluent Certified Developer for Apache Kafka",
    CONFLUENT,
    "data",
    acronyms=("CCDAK",),
    level="professional",
    valid=24,
    skills=("Apache Kafka", "Event Streaming"),
)
add(
    "confluent-ccaak",
    "Confluent Certified Administrator for Apache Kafka",
    CONFLUENT,
    "data",
    acronyms=("CCAAK",),
    level="professional",
    valid=24,
    skills=("Apache Kafka", "Event Streaming", "System Administration"),
)
