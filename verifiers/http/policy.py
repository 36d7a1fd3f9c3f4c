"""What the guarded client may reach: the policy (allow-list, ports, timeouts, sizes) and the
classification of names and addresses in every spelling that credlens refuses."""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as distribution_version

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def _credlens_version() -> str:
    try:
        return distribution_version("credlens")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "0+unknown"


# -- policy -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class HttpPolicy:
    """What the guarded client may reach, and how long and how much it waits for."""

    #: Hostnames (exact, case-insensitive), IPs or CIDRs let through although private.
    allowed_private: tuple[str, ...] = ()
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    #: One whole fetch, redirects included.
    total_timeout: float = 20.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = field(default_factory=lambda: f"credlens/{_credlens_version()}")
    #: Ports public hosts may be reached on; allow-listed hosts may use any port.
    allowed_ports: tuple[int, ...] = (80, 443, 8080, 8443)

    def __post_init__(self) -> None:
        # Parse now so that a typo in the setting fails at start-up, not on the first fetch.
        AllowList.parse(self.allowed_private)


@dataclass(frozen=True)
class AllowList:
    names: frozenset[str]
    networks: tuple[IPNetwork, ...]

    @classmethod
    def parse(cls, entries: Iterable[str]) -> AllowList:
        names: set[str] = set()
        networks: list[IPNetwork] = []
        for raw in entries:
            entry = raw.strip().lower()
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            except ValueError:
                if "/" in entry or not HOSTNAME.fullmatch(entry.removesuffix(".")):
                    raise ValueError(
                        f"allowed private host {raw!r} is neither a hostname, an IP nor a CIDR"
                    ) from None
                names.add(entry.removesuffix("."))
        return cls(frozenset(names), tuple(networks))

    def allows_name(self, host: str) -> bool:
        return host in self.names

    def allows_address(self, address: IPAddress) -> bool:
        candidates = [address]
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            candidates.append(embedded)
        return any(ip in network for ip in candidates for network in self.networks)


HOSTNAME = re.compile(
    r"[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*"
)

# -- address classification ---------------------------------------------------------------

#: Names of cloud instance metadata services and cluster-internal APIs.
_METADATA_NAMES = frozenset(
    {
        "metadata",
        "metadata.google.internal",
        "metadata.goog",
        "instance-data",
        "instance-data.ec2.internal",
        "metadata.azure.internal",
        "metadata.tencentyun.com",
        "kubernetes.default",
        "kubernetes.default.svc",
    }
)
#: Suffixes reserved for private use, which no public issuer can live under.
_PRIVATE_SUFFIXES = (".internal", ".local", ".home.arpa", ".svc.cluster.local")
_METADATA_ADDRESSES = frozenset(
    {
        ipaddress.ip_address("169.254.169.254"),
        ipaddress.ip_address("169.254.170.2"),
        ipaddress.ip_address("100.100.100.200"),
        ipaddress.ip_address("fd00:ec2::254"),
    }
)
DEFAULT_PORTS = {"http": 80, "https": 443}
_CARRIER_GRADE_NAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64_WELL_KNOWN = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL_USE = ipaddress.ip_network("64:ff9b:1::/48")
#: The IPv4 spellings socket.inet_aton accepts: one to four dotted decimal, octal or hex parts.
_INET_ATON_FORM = re.compile(r"(0x[0-9a-f]*|[0-9]+)(\.(0x[0-9a-f]*|[0-9]+)){0,3}\.?")


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, NAT64, 6to4, Teredo), if any."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in _NAT64_WELL_KNOWN or address in _NAT64_LOCAL_USE:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    return None


def _address_kind(address: IPAddress) -> str | None:
    """What kind of non-public address ``address`` is ("a loopback address"), or None."""
    if address in _METADATA_ADDRESSES:
        return "a cloud metadata address"
    for kind, is_kind in (
        ("loopback", address.is_loopback),
        ("unspecified", address.is_unspecified),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        ("carrier-grade NAT", address in _CARRIER_GRADE_NAT),
    ):
        if is_kind:
            return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} address"
    if not address.is_global:
        return "not a public address"
    return None


def address_refusal(address: IPAddress) -> str | None:
    """Why ``address`` may not be reached, or None when it is a public address."""
    embedded = _embedded_ipv4(address)
    if embedded is None:
        kind = _address_kind(address)
        return None if kind is None else f"{address} is {kind}"
    assert isinstance(address, ipaddress.IPv6Address)  # only IPv6 addresses embed another
    inner = _address_kind(embedded)
    if inner is not None:
        return f"{address} stands for {embedded}, {inner}"
    if address in _NAT64_WELL_KNOWN or address.sixtofour is not None:
        # A translation of a public IPv4 address is as public as the address itself.
        return None
    kind = "an IPv4-mapped" if address.ipv4_mapped is not None else "a private tunnelling"
    return f"{address} is {kind} address; use the IPv4 address itself"


def ip_literal(host: str) -> IPAddress | None:
    """The address a URL host names literally, in any spelling a resolver would accept."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    if _INET_ATON_FORM.fullmatch(host):
        try:
            # inet_aton reads 2130706433, 0x7f.1, 0177.0.0.1 and 127.1 as getaddrinfo would.
            return ipaddress.IPv4Address(socket.inet_aton(host.removesuffix(".")))
        except OSError:
            return None
    return None


def name_refusal(host: str) -> str | None:
    name = host.removesuffix(".")
    if name == "localhost" or name.endswith(".localhost"):
        return f"{name} names this machine"
    if name in _METADATA_NAMES:
        return f"{name} names a cloud metadata service"
    if name.endswith(_PRIVATE_SUFFIXES):
        return f"{name} is under a domain reserved for private networks"
    return None
