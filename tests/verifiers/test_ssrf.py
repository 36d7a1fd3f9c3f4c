"""The SSRF guard against a table of hostile URLs: every spelling of a private address, names
that resolve inside, rebinding, redirect chains, userinfo tricks, other schemes and odd ports.

Each refusal must come with a reason a person can read, and must happen before any socket is
opened: the tests' network backend records every address a connection is asked for.

Port policy (see ``verifiers.http``): public hosts only on 80, 443, 8080 and 8443; hosts an
operator allow-listed on any port.
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Sequence
from urllib.parse import quote

import httpx
import pytest
import respx

from tests.verifiers.local_http import LocalServer, RecordingNetwork, local_server
from verifiers.http import BlockedURLError, HttpPolicy, UnreachableError, create_client, fetch

PUBLIC_V4 = "93.184.216.34"

#: What the test network's DNS answers; a name missing here does not resolve.
DNS: dict[str, list[str]] = {
    "badges.example": [PUBLIC_V4],
    "cdn.example": ["151.101.1.1"],
    "api.credly.com": ["34.117.59.81"],
    "xn--bcher-kva.example": ["2606:4700:4700::1111"],
    "internal.example": ["10.1.2.3"],
    "loop.example": ["127.0.0.1"],
    "v6loop.example": ["::1"],
    "mapped.example": ["::ffff:10.0.0.1"],
    "meta.example": ["169.254.169.254"],
    "ula.example": ["fd12:3456::1"],
    "cgnat.example": ["100.64.3.4"],
    "zero.example": ["0.0.0.0"],
    "mixed.example": [PUBLIC_V4, "192.168.0.10"],
    "127.0.0.1.nip.io": ["127.0.0.1"],
    "169.254.169.254.sslip.io": ["169.254.169.254"],
    "nat64-meta.example": ["64:ff9b::a9fe:a9fe"],
}


async def network_dns(host: str, port: int) -> Sequence[str]:
    try:
        return DNS[host.lower().rstrip(".")]
    except KeyError:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known") from None


# (url, what the refusal says) — fetched directly; no socket may be opened for any of them.
DIRECT: list[tuple[str, str]] = [
    # IPv4 literals, plain and in the spellings getaddrinfo/inet_aton accept
    ("http://127.0.0.1/", "127.0.0.1 is a loopback address"),
    ("https://127.0.0.1:443/admin", "127.0.0.1 is a loopback address"),
    ("http://127.0.0.1./", "127.0.0.1 is a loopback address"),
    ("http://127.1/", "127.0.0.1 is a loopback address"),
    ("http://127.0.1/", "127.0.0.1 is a loopback address"),
    ("http://2130706433/", "127.0.0.1 is a loopback address"),
    ("http://0x7f000001/", "127.0.0.1 is a loopback address"),
    ("http://0x7f.1/", "127.0.0.1 is a loopback address"),
    ("http://0177.1/", "127.0.0.1 is a loopback address"),
    ("http://017700000001/", "127.0.0.1 is a loopback address"),
    ("http://127。0。0。1/", "127.0.0.1 is a loopback address"),
    ("http://0177.0.0.1/", "not a URL credlens can fetch"),
    ("http://127.000.000.001/", "not a URL credlens can fetch"),
    ("http://0x7f.0x0.0x0.0x1/", "127.0.0.1 is a loopback address"),
    ("http://１２７.０.０.１/", "not a URL credlens can fetch"),
    ("http://10.0.0.1/", "10.0.0.1 is a private address"),
    ("http://172.16.5.4/", "172.16.5.4 is a private address"),
    ("http://192.168.1.1/", "192.168.1.1 is a private address"),
    ("http://3232235777/", "192.168.1.1 is a private address"),
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a cloud metadata address"),
    ("http://0xa9.0xfe.0xa9.0xfe/", "169.254.169.254 is a cloud metadata address"),
    ("http://2852039166/", "169.254.169.254 is a cloud metadata address"),
    ("http://169.254.1.1/", "169.254.1.1 is a link-local address"),
    ("http://100.100.100.200/", "100.100.100.200 is a cloud metadata address"),
    ("http://100.64.0.1/", "100.64.0.1 is a carrier-grade NAT address"),
    ("http://0.0.0.0/", "0.0.0.0 is an unspecified address"),
    ("http://0/", "0.0.0.0 is an unspecified address"),
    ("http://224.0.0.1/", "224.0.0.1 is a multicast address"),
    ("http://255.255.255.255/", "255.255.255.255 is a"),
    ("http://198.51.100.7/", "198.51.100.7 is a private address"),
    # IPv6 literals and the IPv4 addresses they carry
    ("http://[::1]/", "::1 is a loopback address"),
    ("http://[0:0:0:0:0:0:0:1]:8080/", "::1 is a loopback address"),
    ("http://[::]/", ":: is an unspecified address"),
    ("http://[::ffff:127.0.0.1]/", "stands for 127.0.0.1, a loopback address"),
    ("http://[::ffff:7f00:1]/", "stands for 127.0.0.1, a loopback address"),
    ("http://[0:0:0:0:0:ffff:127.0.0.1]/", "stands for 127.0.0.1, a loopback address"),
    ("http://[::ffff:a9fe:a9fe]/", "stands for 169.254.169.254, a cloud metadata address"),
    ("http://[::ffff:8.8.8.8]/", "is an IPv4-mapped address; use the IPv4 address itself"),
    ("http://[64:ff9b::7f00:1]/", "stands for 127.0.0.1, a loopback address"),
    ("http://[64:ff9b:1::808:808]/", "is a private tunnelling address"),
    ("http://[2002:7f00:1::]/", "stands for 127.0.0.1, a loopback address"),
    ("http://[2002:a9fe:a9fe::1]/", "stands for 169.254.169.254, a cloud metadata address"),
    ("http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", "stands for 127.0.0.1, a loopback"),
    ("http://[::127.0.0.1]/", "::7f00:1 is a reserved address"),
    ("http://[::ffff:0:127.0.0.1]/", "::ffff:0:7f00:1 is a reserved address"),
    ("http://[fe80::1]/", "fe80::1 is a link-local address"),
    ("http://[fe80::1%25eth0]/", "is a link-local address"),
    ("http://[fc00::1]/", "fc00::1 is a private address"),
    ("http://[fd00:ec2::254]/", "fd00:ec2::254 is a cloud metadata address"),
    ("http://[ff02::1]/", "ff02::1 is a multicast address"),
    ("http://[2001:db8::1]/", "2001:db8::1 is a private address"),
    # names that mean "this machine" or "the cloud's metadata service"
    ("http://localhost/", "localhost names this machine"),
    ("http://LOCALHOST./", "localhost names this machine"),
    ("http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ/", "not a URL credlens can fetch"),
    ("http://localhost../", "is not a valid host name"),
    ("http://api.localhost:8443/", "api.localhost names this machine"),
    ("http://metadata.google.internal/computeMetadata/v1/", "names a cloud metadata service"),
    ("http://metadata/", "metadata names a cloud metadata service"),
    ("http://instance-data/latest/", "instance-data names a cloud metadata service"),
    ("http://vault.internal/", "under a domain reserved for private networks"),
    ("http://printer.local/", "under a domain reserved for private networks"),
    ("http://router.home.arpa/", "under a domain reserved for private networks"),
    # names whose DNS answers lead inside
    ("http://internal.example/", "internal.example resolves to a non-public address: 10.1.2.3"),
    ("https://loop.example/", "127.0.0.1 is a loopback address"),
    ("https://v6loop.example/", "::1 is a loopback address"),
    ("https://mapped.example/", "stands for 10.0.0.1, a private address"),
    ("https://meta.example/", "169.254.169.254 is a cloud metadata address"),
    ("https://ula.example/", "fd12:3456::1 is a private address"),
    ("https://cgnat.example/", "100.64.3.4 is a carrier-grade NAT address"),
    ("https://zero.example/", "0.0.0.0 is an unspecified address"),
    ("https://mixed.example/", "192.168.0.10 is a private address"),
    ("http://127.0.0.1.nip.io/", "127.0.0.1.nip.io resolves to a non-public address"),
    ("http://169.254.169.254.sslip.io/", "169.254.169.254 is a cloud metadata address"),
    ("https://nat64-meta.example/", "stands for 169.254.169.254"),
    # userinfo tricks
    ("https://credly.com@10.0.0.1/", "user name or password (user@host) are refused"),
    ("https://credly.com:badge@127.0.0.1/", "user name or password (user@host) are refused"),
    ("https://user@badges.example/", "user name or password (user@host) are refused"),
    ("http://credly.com\\@10.0.0.1/", "user name or password (user@host) are refused"),
    ("http://10.0.0.1#@credly.com/", "10.0.0.1 is a private address"),
    ("http://%31%32%37.0.0.1/", "is not a valid host name"),
    ("http://127.0.0.1%00.badges.example/", "is not a valid host name"),
    # other schemes
    ("file:///etc/passwd", "the file scheme is not allowed"),
    ("gopher://127.0.0.1:6379/_FLUSHALL", "the gopher scheme is not allowed"),
    ("dict://127.0.0.1:11211/stat", "the dict scheme is not allowed"),
    ("ftp://ftp.example.com/badge.json", "the ftp scheme is not allowed"),
    ("ldap://badges.example/", "the ldap scheme is not allowed"),
    ("javascript:alert(1)", "the javascript scheme is not allowed"),
    ("data:application/json,{}", "the data scheme is not allowed"),
    ("jar:http://badges.example!/", "the jar scheme is not allowed"),
    ("//10.0.0.1/", "not an absolute http or https URL"),
    # odd ports on public hosts
    ("http://93.184.216.34:22/", "port 22 is not a web port"),
    ("http://93.184.216.34:25/", "port 25 is not a web port"),
    ("http://93.184.216.34:0/", "port 0 is not a web port"),
    ("https://badges.example:6379/", "port 6379 is not a web port"),
    ("http://api.credly.com:11211/", "port 11211 is not a web port"),
]


@pytest.mark.parametrize(("url", "reason"), DIRECT, ids=[url for url, _ in DIRECT])
async def test_hostile_url_is_refused_before_any_socket(url: str, reason: str) -> None:
    network = RecordingNetwork()
    async with create_client(resolver=network_dns, network_backend=network) as client:
        with pytest.raises(BlockedURLError) as raised:
            await fetch(client, url)
    assert reason in raised.value.reason
    assert raised.value.transient is False
    assert network.asked == []


# Where a public badge host redirects to; respx plays the badge host, so no DNS or socket.
REDIRECT_TARGETS: list[tuple[str, str]] = [
    ("http://127.0.0.1/", "127.0.0.1 is a loopback address"),
    ("http://10.0.0.1/admin", "10.0.0.1 is a private address"),
    ("http://[::1]:8080/", "::1 is a loopback address"),
    ("http://[::ffff:169.254.169.254]/", "stands for 169.254.169.254"),
    ("http://2130706433/", "127.0.0.1 is a loopback address"),
    ("http://169.254.169.254/latest/meta-data/iam/", "cloud metadata address"),
    ("http://localhost/", "localhost names this machine"),
    ("https://credly.com@10.0.0.1/", "user name or password (user@host) are refused"),
    ("//192.168.0.1/", "192.168.0.1 is a private address"),
    ("file:///etc/passwd", "the file scheme is not allowed"),
    ("gopher://badges.example/", "the gopher scheme is not allowed"),
    ("http://93.184.216.34:6379/", "port 6379 is not a web port"),
    ("http://0177.0.0.1/", "a redirect to an unusable URL"),
]


@pytest.mark.parametrize(
    ("target", "reason"), REDIRECT_TARGETS, ids=[t for t, _ in REDIRECT_TARGETS]
)
async def test_a_redirect_chain_into_the_inside_is_refused_at_the_bad_hop(
    target: str, reason: str
) -> None:
    with respx.mock(assert_all_called=True) as mock:
        first = mock.get("https://badges.example/assertion").mock(
            return_value=httpx.Response(301, headers={"Location": "https://cdn.example/moved"})
        )
        second = mock.get("https://cdn.example/moved").mock(
            return_value=httpx.Response(302, headers={"Location": target})
        )
        async with create_client(resolver=network_dns) as client:
            with pytest.raises(BlockedURLError) as raised:
                await fetch(client, "https://badges.example/assertion")
    assert reason in raised.value.reason
    assert (first.call_count, second.call_count) == (1, 1)


# -- through real sockets: a "public" badge host served from loopback by the test network --


@pytest.fixture
async def server() -> AsyncIterator[LocalServer]:
    async with local_server() as running:
        yield running


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("http://internal.example:{port}/", "internal.example resolves to a non-public address"),
        ("http://loop.example:{port}/", "127.0.0.1 is a loopback address"),
        ("http://mixed.example:{port}/", "192.168.0.10 is a private address"),
        ("http://127.0.0.1:{port}/assertion", "127.0.0.1 is a loopback address"),
    ],
)
async def test_an_open_redirect_on_a_real_server_cannot_lead_inside(
    server: LocalServer, target: str, reason: str
) -> None:
    network = RecordingNetwork({PUBLIC_V4: "127.0.0.1"})
    policy = HttpPolicy(allowed_ports=(server.port,))
    location = quote(target.format(port=server.port), safe="")
    async with create_client(policy, resolver=network_dns, network_backend=network) as client:
        with pytest.raises(BlockedURLError) as raised:
            await fetch(client, f"http://badges.example:{server.port}/redirect?to={location}")
    assert reason in raised.value.reason
    assert [request.path.partition("?")[0] for request in server.received] == ["/redirect"]
    assert network.asked == [PUBLIC_V4]  # the first hop only


async def test_a_name_rebound_to_loopback_after_its_first_answer_is_refused(
    server: LocalServer,
) -> None:
    answers = iter([[PUBLIC_V4], ["127.0.0.1"], [PUBLIC_V4]])

    async def rebinding(host: str, port: int) -> Sequence[str]:
        return next(answers)

    network = RecordingNetwork({PUBLIC_V4: "127.0.0.1"})
    policy = HttpPolicy(allowed_ports=(server.port,))
    url = f"http://rebind.example:{server.port}/assertion"
    async with create_client(policy, resolver=rebinding, network_backend=network) as client:
        assert (await fetch(client, url)).status_code == 200
        with pytest.raises(BlockedURLError, match=r"127\.0\.0\.1 is a loopback address"):
            await fetch(client, url)
        assert (await fetch(client, url)).status_code == 200
    assert network.asked == [PUBLIC_V4, PUBLIC_V4]


# -- controls: public addresses in odd spellings pass, and the socket goes where was checked --

PUBLIC: list[tuple[str, str]] = [
    ("https://api.credly.com/v1/obi/v2/badge_assertions/x", "34.117.59.81"),
    ("https://Badges.Example./assertion", PUBLIC_V4),
    ("https://badges.example:8443/assertion", PUBLIC_V4),
    ("http://badges.example:8080/assertion", PUBLIC_V4),
    ("https://bücher.example/", "2606:4700:4700::1111"),
    ("http://134744072/", "8.8.8.8"),
    ("http://0x08080808/", "8.8.8.8"),
    ("http://[2606:4700:4700::1111]/", "2606:4700:4700::1111"),
    ("http://[64:ff9b::808:808]/", "64:ff9b::808:808"),
]


@pytest.mark.parametrize(("url", "address"), PUBLIC, ids=[url for url, _ in PUBLIC])
async def test_public_hosts_pass_and_connect_to_the_checked_address(url: str, address: str) -> None:
    network = RecordingNetwork()  # no routes: the socket is recorded, then fails
    async with create_client(resolver=network_dns, network_backend=network) as client:
        with pytest.raises(UnreachableError, match="no route"):
            await fetch(client, url)
    assert network.asked == [address]
