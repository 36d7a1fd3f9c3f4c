"""Networking: Cisco, Juniper, CompTIA Network+, Palo Alto Networks, Fortinet, CWNP."""

from __future__ import annotations

from tools.catalog.builder import Issuer, add
from tools.catalog.it import comptia

comptia(
    "comptia-network-plus",
    "Network+",
    ("N10-009", "N10-008"),
    "networking",
    "associate",
    ("Computer Networking", "TCP/IP", "Network Troubleshooting", "Wireless Networking"),
    acronyms=("Net+",),
    stacks=("comptia-security-plus", "ccna"),
)

CISCO = Issuer(
    "Cisco",
    (
        "Cisco Systems",
        "Cisco Systems, Inc.",
        "Cisco Networking Academy",
        "Cisco Learning Network",
        "Cisco NetAcad",
    ),
    ("cisco.com", "learningnetwork.cisco.com", "netacad.com"),
    ("credly", "vendor"),
)


def _cisco(
    entry_id: str,
    title: str,
    acronym: str | None,
    codes: tuple[str, ...],
    level: str,
    skills: tuple[str, ...],
    category: str = "networking",
    stacks: tuple[str, ...] = (),
    aliases: tuple[str, ...] = (),
) -> None:
    add(
        entry_id,
        title,
        CISCO,
        category,
        aliases=(f"{title} ({acronym})",) * bool(acronym) + aliases,
        acronyms=(acronym,) if acronym else (),
        codes=codes,
        level=level,
        valid=36,
        skills=skills,
        stacks=stacks,
    )


_cisco(
    "cisco-ccst-networking",
    "Cisco Certified Support Technician Networking",
    "CCST Networking",
    ("100-150",),
    "foundational",
    ("Computer Networking", "Network Troubleshooting"),
    stacks=("ccna",),
)
_cisco(
    "cisco-ccst-cybersecurity",
    "Cisco Certified Support Technician Cybersecurity",
    "CCST Cybersecurity",
    ("100-160",),
    "foundational",
    ("Cybersecurity", "Network Security"),
    category="security",
    stacks=("cisco-cyberops-associate",),
)
_cisco(
    "ccna",
    "Cisco Certified Network Associate",
    "CCNA",
    ("200-301",),
    "associate",
    ("Computer Networking", "Routing and Switching", "TCP/IP", "Cisco IOS", "Network Automation"),
    stacks=(
        "ccnp-enterprise",
        "ccnp-security",
        "ccnp-data-center",
        "ccnp-service-provider",
        "ccnp-collaboration",
    ),
)
_cisco(
    "cisco-cyberops-associate",
    "Cisco Certified CyberOps Associate",
    "CyberOps Associate",
    ("200-201",),
    "associate",
    ("Security Operations", "Incident Response", "SIEM"),
    category="security",
    stacks=("cisco-cyberops-professional",),
    aliases=("Cisco CyberOps Associate", "CCNA CyberOps"),
)
_cisco(
    "cisco-devnet-associate",
    "Cisco Certified DevNet Associate",
    "DevNet Associate",
    ("200-901",),
    "associate",
    ("Network Automation", "Python", "REST APIs"),
    stacks=("cisco-devnet-professional",),
    aliases=("Cisco DevNet Associate",),
)
for _id, _track, _codes, _skills in (
    (
        "ccnp-enterprise",
        "Enterprise",
        ("350-401", "300-410"),
        ("Routing and Switching", "BGP", "OSPF", "SD-WAN", "Wireless Networking"),
    ),
    (
        "ccnp-security",
        "Security",
        ("350-701",),
        ("Network Security", "Firewalls", "VPN", "Intrusion Detection"),
    ),
    (
        "ccnp-data-center",
        "Data Center",
        ("350-601",),
        ("Data Center Networking", "Computer Networking", "Network Automation"),
    ),
    (
        "ccnp-service-provider",
        "Service Provider",
        ("350-501",),
        ("Service Provider Networking", "MPLS", "BGP"),
    ),
    ("ccnp-collaboration", "Collaboration", ("350-801",), ("Unified Communications",)),
):
    _cisco(
        _id,
        f"Cisco Certified Network Professional {_track}",
        f"CCNP {_track}",
        _codes,
        "professional",
        ("Computer Networking", *_skills),
        category="security" if _track == "Security" else "networking",
        stacks=(_id.replace("ccnp-", "ccie-").replace("enterprise", "enterprise-infrastructure"),),
        aliases=(f"CCNP {_track}",),
    )
_cisco(
    "cisco-cyberops-professional",
    "Cisco Certified CyberOps Professional",
    "CyberOps Professional",
    ("350-201",),
    "professional",
    ("Security Operations", "Incident Response", "Threat Hunting", "Digital Forensics"),
    category="security",
)
_cisco(
    "cisco-devnet-professional",
    "Cisco Certified DevNet Professional",
    "DevNet Professional",
    ("350-901",),
    "professional",
    ("Network Automation", "Python", "CI/CD", "REST APIs"),
    stacks=("cisco-devnet-expert",),
)
for _id, _track, _skills in (
    (
        "ccie-enterprise-infrastructure",
        "Enterprise Infrastructure",
        ("Routing and Switching", "BGP", "OSPF", "SD-WAN"),
    ),
    ("ccie-enterprise-wireless", "Enterprise Wireless", ("Wireless Networking",)),
    ("ccie-security", "Security", ("Network Security", "Firewalls", "VPN")),
    ("ccie-data-center", "Data Center", ("Data Center Networking",)),
    ("ccie-service-provider", "Service Provider", ("Service Provider Networking", "MPLS", "BGP")),
    ("ccie-collaboration", "Collaboration", ("Unified Communications",)),
):
    _cisco(
        _id,
        f"Cisco Certified Internetwork Expert {_track}",
        f"CCIE {_track}",
        (),
        "expert",
        ("Computer Networking", *_skills),
        category="security" if _track == "Security" else "networking",
        aliases=(f"CCIE {_track}",),
    )
_cisco(
    "cisco-devnet-expert",
    "Cisco Certified DevNet Expert",
    "DevNet Expert",
    (),
    "expert",
    ("Network Automation", "Python", "CI/CD"),
)
_cisco(
    "ccde",
    "Cisco Certified Design Expert",
    "CCDE",
    (),
    "expert",
    ("Network Design", "Computer Networking"),
)

JUNIPER = Issuer(
    "Juniper Networks", ("Juniper", "Juniper Networks, Inc."), ("juniper.net",), ("credly",)
)
for _id, _title, _acronym, _codes, _level, _stacks in (
    (
        "jncia-junos",
        "Juniper Networks Certified Associate – Junos",
        "JNCIA-Junos",
        ("JN0-105", "JN0-103"),
        "associate",
        ("jncis-ent",),
    ),
    (
        "jncis-ent",
        "Juniper Networks Certified Specialist – Enterprise Routing and Switching",
        "JNCIS-ENT",
        ("JN0-351",),
        "specialty",
        ("jncip-ent",),
    ),
    (
        "jncip-ent",
        "Juniper Networks Certified Professional – Enterprise Routing and Switching",
        "JNCIP-ENT",
        (),
        "professional",
        ("jncie-ent",),
    ),
    (
        "jncie-ent",
        "Juniper Networks Certified Expert – Enterprise Routing and Switching",
        "JNCIE-ENT",
        (),
        "expert",
        (),
    ),
):
    add(
        _id,
        _title,
        JUNIPER,
        "networking",
        aliases=(_title.replace("–", "-"),),
        acronyms=(_acronym,),
        codes=_codes,
        level=_level,
        valid=36,
        skills=("Computer Networking", "Juniper Junos", "Routing and Switching"),
        stacks=_stacks,
    )

PALO_ALTO = Issuer(
    "Palo Alto Networks", ("Palo Alto", "PANW"), ("paloaltonetworks.com",), ("credly",)
)
add(
    "pcnsa",
    "Palo Alto Networks Certified Network Security Administrator",
    PALO_ALTO,
    "security",
    acronyms=("PCNSA",),
    level="associate",
    valid=24,
    skills=("Network Security", "Firewalls"),
    stacks=("pcnse",),
)
add(
    "pcnse",
    "Palo Alto Networks Certified Network Security Engineer",
    PALO_ALTO,
    "security",
    acronyms=("PCNSE",),
    level="professional",
    valid=24,
    skills=("Network Security", "Firewalls", "VPN"),
)

FORTINET = Issuer(
    "Fortinet",
    ("Fortinet Training Institute", "Fortinet NSE Training Institute"),
    ("fortinet.com", "training.fortinet.com"),
    ("vendor",),
)
add(
    "fortinet-fcp-network-security",
    "Fortinet Certified Professional – Network Security",
    FORTINET,
    "security",
    aliases=(
        "Fortinet Certified Professional - Network Security",
        "Fortinet NSE 4",
        "NSE 4 Network Security Professional",
    ),
    acronyms=("FCP", "NSE 4"),
    level="professional",
    valid=24,
    skills=("Network Security", "Firewalls", "VPN"),
)

CWNP = Issuer("CWNP", ("Certified Wireless Network Professional",), ("cwnp.com",), ("vendor",))
add(
    "cwna",
    "Certified Wireless Network Administrator",
    CWNP,
    "networking",
    acronyms=("CWNA",),
    level="associate",
    valid=36,
    skills=("Wireless Networking", "Computer Networking"),
)
