"""The one guarded door to the network: every outbound request credlens makes goes through here.

URLs come from strangers (résumés, badge links, ATS payloads, platform responses), so the client
refuses to reach anything that is not a public address, on the first request and on every
redirect, and connects to exactly the address it checked.

The guard has two layers, so that respx (which patches httpcore's connection pool) stays usable
in every verifier test:

- ``GuardedTransport`` wraps httpx's transport and checks each request's URL before it reaches
  the pool: the scheme, userinfo, refused hostnames, and IP literals in every spelling
  (``2130706433``, ``0x7f.1``, ``[::ffff:127.0.0.1]``, …) with their port. A mocked redirect to
  ``10.0.0.1`` is refused here.
- ``GuardedNetworkBackend`` sits under httpcore's pool, where sockets are opened: it resolves the
  name once, refuses the connection if ANY answer is not public, and then connects to the
  addresses it checked, so a DNS answer that changes between check and use (rebinding) cannot
  slip through. A name's port is checked here too, once its addresses are known. TLS still
  verifies and sends SNI for the original name, since the URL is never rewritten.

Port policy: public hosts are reached only on the ports in ``HttpPolicy.allowed_ports`` (80,
443, 8080 and 8443 by default), so credlens cannot be used to probe mail, database or other
non-web services on the open internet. Hosts let through by ``allowed_private`` may use any port,
since an operator named them.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import re
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as distribution_version
from typing import Any

import anyio
import httpcore
import httpx

from verifiers.models import Evidence

__all__ = [
    "DEFAULT_ACCEPT",
    "AddressGuard",
    "BlockedURLError",
    "FetchError",
    "Fetched",
    "GuardedClient",
    "GuardedNetworkBackend",
    "GuardedTransport",
    "HttpPolicy",
    "Resolver",
    "ResponseTooLargeError",
    "UnreachableError",
    "create_client",
    "fetch",
    "is_transient_status",
    "resolve_host",
]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

#: Answers a host name with the IP addresses (as text) that a connection could reach.
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]

DEFAULT_ACCEPT = "application/ld+json, application/json;q=0.9, */*;q=0.1"


def _credlens_version() -> str:
    try:
        return distribution_version("credlens")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "0+unknown"


# -- errors ---------------------------------------------------------------------------------


class FetchError(Exception):
    """A fetch that produced no response to judge; ``reason`` reads well after "because"."""

    transient: bool = False

    def __init__(self, reason: str, *, transient: bool | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        if transient is not None:
            self.transient = transient


class BlockedURLError(FetchError):
    """The guard refused the URL (SSRF defence); asking again will not help."""


class ResponseTooLargeError(FetchError):
    """The body was larger than the policy allows."""


class UnreachableError(FetchError):
    """A timeout, a refused connection or a DNS failure: worth retrying later."""

    transient = True


def is_transient_status(status_code: int) -> bool:
    """Whether an HTTP status means "try again later" rather than an answer about the claim."""
    return status_code in (408, 425, 429) or 500 <= status_code <= 599


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
        _AllowList.parse(self.allowed_private)


@dataclass(frozen=True)
class _AllowList:
    names: frozenset[str]
    networks: tuple[IPNetwork, ...]

    @classmethod
    def parse(cls, entries: Iterable[str]) -> _AllowList:
        names: set[str] = set()
        networks: list[IPNetwork] = []
        for raw in entries:
            entry = raw.strip().lower()
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            except ValueError:
                if "/" in entry or not _HOSTNAME.fullmatch(entry.removesuffix(".")):
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


_HOSTNAME = re.compile(
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
_DEFAULT_PORTS = {"http": 80, "https": 443}
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


def _address_refusal(address: IPAddress) -> str | None:
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


def _ip_literal(host: str) -> IPAddress | None:
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


def _name_refusal(host: str) -> str | None:
    name = host.removesuffix(".")
    if name == "localhost" or name.endswith(".localhost"):
        return f"{name} names this machine"
    if name in _METADATA_NAMES:
        return f"{name} names a cloud metadata service"
    if name.endswith(_PRIVATE_SUFFIXES):
        return f"{name} is under a domain reserved for private networks"
    return None


# -- the request guard ------------------------------------------------------------------------


class AddressGuard:
    """The policy's checks, shared by the transport and the network backend: a URL before
    any connection, an address before it is connected to."""

    def __init__(self, policy: HttpPolicy) -> None:
        self.policy = policy
        self.allow = _AllowList.parse(policy.allowed_private)

    def check_url(self, url: httpx.URL) -> None:
        """Refuse a URL before any connection: scheme, userinfo, name, IP literal and port."""
        if url.scheme not in ("http", "https"):
            shown = f"the {url.scheme} scheme" if url.scheme else "a URL without a scheme"
            raise BlockedURLError(f"{shown} is not allowed, only http and https")
        if url.userinfo:
            raise BlockedURLError("URLs with a user name or password (user@host) are refused")
        # The ASCII (IDNA) form is what the resolver and the allow-list see.
        host = url.raw_host.decode("ascii").lower()
        if not host:
            raise BlockedURLError("the URL has no host")
        literal = _ip_literal(host)
        if literal is None and not _HOSTNAME.fullmatch(host.removesuffix(".")):
            raise BlockedURLError(f"{url.host!r} is not a valid host name")
        if literal is None:
            # A name's port is checked where it is resolved, since an allow-listed network may
            # hold its addresses.
            refusal = (
                None if self.allow.allows_name(host.removesuffix(".")) else _name_refusal(host)
            )
            if refusal is not None:
                raise BlockedURLError(refusal)
            return
        if self.allow.allows_address(literal):
            return
        refusal = _address_refusal(literal)
        if refusal is not None:
            raise BlockedURLError(refusal)
        self.check_port(url.port if url.port is not None else _DEFAULT_PORTS[url.scheme])

    def check_port(self, port: int) -> None:
        if port not in self.policy.allowed_ports:
            raise BlockedURLError(f"port {port} is not a web port credlens connects to")

    def check_addresses(self, host: str, port: int, addresses: Sequence[str]) -> list[str]:
        """Refuse if any resolved address is not public, or the port is not a web port for a
        public host; returns the addresses, normalised."""
        if not addresses:
            raise httpcore.ConnectError(f"{host} has no address")
        name_allowed = self.allow.allows_name(host.lower().removesuffix("."))
        every_address_allowed = True
        checked: list[str] = []
        for text in addresses:
            try:
                address = ipaddress.ip_address(text.split("%", 1)[0])
            except ValueError:
                raise BlockedURLError(f"{host} resolved to {text!r}, not an IP address") from None
            address_allowed = self.allow.allows_address(address)
            every_address_allowed = every_address_allowed and address_allowed
            if not name_allowed and not address_allowed:
                refusal = _address_refusal(address)
                if refusal is not None:
                    if _ip_literal(host) is None:
                        refusal = f"{host} resolves to a non-public address: {refusal}"
                    raise BlockedURLError(refusal)
            checked.append(str(address))
        if not (name_allowed or every_address_allowed):
            self.check_port(port)
        return checked


class GuardedTransport(httpx.AsyncBaseTransport):
    """Checks every request's URL (so every redirect hop) before handing it on."""

    def __init__(self, inner: httpx.AsyncBaseTransport, guard: AddressGuard) -> None:
        self._inner = inner
        self._guard = guard

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._guard.check_url(request.url)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


async def resolve_host(host: str, port: int) -> list[str]:
    """The system resolver's answers for ``host``, as getaddrinfo gives them."""
    answers = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(sockaddr[0]) for *_, sockaddr in answers))


class GuardedNetworkBackend(httpcore.AsyncNetworkBackend):
    """Resolves once, refuses non-public answers, and connects to exactly what it checked."""

    def __init__(
        self,
        guard: AddressGuard,
        resolver: Resolver | None = None,
        connector: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        self._guard = guard
        self._resolver: Resolver = resolver or resolve_host
        self._connector = connector or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        with anyio.move_on_after(timeout) as deadline:
            literal = _ip_literal(host)
            try:
                answers = (
                    [str(literal)] if literal is not None else await self._resolver(host, port)
                )
            except (OSError, UnicodeError) as error:
                raise httpcore.ConnectError(f"could not resolve {host}: {error}") from error
            addresses = self._guard.check_addresses(host, port, answers)
        if deadline.cancelled_caught:
            raise httpcore.ConnectTimeout(f"resolving {host} timed out")
        last_error: Exception | None = None
        for address in addresses:
            try:
                return await self._connector.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last_error = error
        assert last_error is not None  # check_addresses never returns an empty list
        raise last_error

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise BlockedURLError("unix sockets are not reachable through credlens")

    async def sleep(self, seconds: float) -> None:
        await self._connector.sleep(seconds)


class _PinnedHTTPTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport, its connection pool opening sockets through our backend."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend, ssl_context: ssl.SSLContext) -> None:
        limits = httpx.Limits()
        super().__init__(verify=ssl_context, trust_env=False, limits=limits)
        # httpx 0.28 takes no network backend, so rebuild the pool it built, as it built it,
        # with ours; respx patches this pool class, so mocks keep working.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )


class GuardedClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` that remembers the policy it was built with."""

    def __init__(self, policy: HttpPolicy, transport: httpx.AsyncBaseTransport) -> None:
        super().__init__(
            transport=transport,
            # No proxy variables, netrc or SSL_CERT_FILE from the environment: only policy.
            trust_env=False,
            follow_redirects=True,
            max_redirects=policy.max_redirects,
            timeout=httpx.Timeout(
                connect=policy.connect_timeout,
                read=policy.read_timeout,
                write=policy.read_timeout,
                pool=policy.connect_timeout,
            ),
            headers={"User-Agent": policy.user_agent},
        )
        self.policy = policy


def create_client(
    policy: HttpPolicy | None = None,
    *,
    resolver: Resolver | None = None,
    network_backend: httpcore.AsyncNetworkBackend | None = None,
) -> httpx.AsyncClient:
    """The guarded client; build one per process and share it.

    ``resolver`` replaces the system resolver (tests, a caching resolver); ``network_backend``
    opens the sockets to the checked addresses (default httpcore's anyio backend).
    """
    policy = policy or HttpPolicy()
    guard = AddressGuard(policy)
    backend = GuardedNetworkBackend(guard, resolver, network_backend)
    inner = _PinnedHTTPTransport(backend, httpx.create_ssl_context(trust_env=False))
    return GuardedClient(policy, GuardedTransport(inner, guard))


# -- fetching -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Fetched:
    """A whole response and the evidence recorded for it."""

    url: str
    status_code: int
    headers: httpx.Headers
    body: bytes
    evidence: Evidence

    def json(self) -> Any:
        """The body as JSON; raises ValueError when it is not JSON, or nested too deeply to read
        (a JSON bomb of a hundred thousand brackets)."""
        try:
            return json.loads(self.body)
        except RecursionError:
            raise ValueError("the JSON is nested too deeply to read") from None

    @property
    def content_type(self) -> str | None:
        """The media type without parameters, lower-cased (``application/ld+json``)."""
        value = self.headers.get("content-type")
        if not value:
            return None
        return value.split(";", 1)[0].strip().lower() or None


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    accept: str = DEFAULT_ACCEPT,
    method: str = "GET",
    headers: Mapping[str, str] | None = None,
    content: bytes | None = None,
) -> Fetched:
    """Fetch ``url`` whole, within the client's policy, and record the evidence.

    Any HTTP status is returned: what a 404 or a 503 means is the verifier's call.
    Raises ``BlockedURLError``, ``ResponseTooLargeError``, ``UnreachableError`` or
    ``FetchError``.
    """
    policy = client.policy if isinstance(client, GuardedClient) else HttpPolicy()
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise BlockedURLError(f"not a URL credlens can fetch: {error}") from None
    if parsed.is_relative_url:
        # httpx would quietly turn "file:///etc/passwd" into a relative path; say what it was.
        if parsed.scheme not in ("", "http", "https"):
            raise BlockedURLError(f"the {parsed.scheme} scheme is not allowed, only http and https")
        raise BlockedURLError("not an absolute http or https URL")
    request_headers = {"Accept": accept, **(headers or {})}
    try:
        with anyio.fail_after(policy.total_timeout):
            async with client.stream(
                method, url, headers=request_headers, content=content
            ) as response:
                body = await _read_capped(response, policy.max_bytes)
    except TimeoutError:
        raise UnreachableError(
            f"the fetch took longer than {policy.total_timeout:g} s in all"
        ) from None
    except httpx.TimeoutException as error:
        raise UnreachableError(_timeout_reason(error)) from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
        raise BlockedURLError(f"not a URL credlens can fetch: {error}") from None
    except httpx.TooManyRedirects:
        raise FetchError(f"more than {policy.max_redirects} redirects") from None
    except httpx.DecodingError as error:
        raise FetchError(f"the response could not be decoded: {error}") from None
    except httpx.RemoteProtocolError as error:
        # httpx reports a Location it cannot parse ("http://0177.0.0.1/") as a protocol error;
        # that is a URL refused, not a server to try again later.
        if "location header" in str(error).lower():
            raise BlockedURLError(f"a redirect to an unusable URL: {error}") from None
        raise UnreachableError(str(error) or type(error).__name__) from None
    except httpx.TransportError as error:
        raise UnreachableError(str(error) or type(error).__name__) from None
    fetched_url = str(response.url)
    evidence = Evidence(
        url=fetched_url,
        status_code=response.status_code,
        fetched_at=datetime.now(UTC),
        sha256=hashlib.sha256(body).hexdigest(),
        content_type=response.headers.get("content-type"),
    )
    return Fetched(
        url=fetched_url,
        status_code=response.status_code,
        headers=response.headers,
        body=body,
        evidence=evidence,
    )


async def _read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise ResponseTooLargeError(f"the response declares {declared} bytes, over {max_bytes}")
    chunks: list[bytes] = []
    received = 0
    # Decoded bytes are counted, so a gzip bomb is stopped as soon as it inflates past the cap.
    async for chunk in response.aiter_bytes():
        received += len(chunk)
        if received > max_bytes:
            raise ResponseTooLargeError(f"the response is larger than {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _timeout_reason(error: httpx.TimeoutException) -> str:
    if isinstance(error, httpx.ConnectTimeout):
        return "connecting timed out"
    if isinstance(error, httpx.ReadTimeout):
        return "the server stopped sending"
    if isinstance(error, httpx.PoolTimeout):
        return "no connection was free in time"
    return "the request timed out"
