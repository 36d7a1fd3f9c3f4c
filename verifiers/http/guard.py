"""The two layers of the guard (a transport that checks each URL, a network backend that checks
what a name resolves to and connects only there) and the client built on them."""

from __future__ import annotations

import ipaddress
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable, Sequence

import anyio
import httpcore
import httpx

from verifiers.http.errors import BlockedURLError
from verifiers.http.policy import (
    DEFAULT_PORTS,
    HOSTNAME,
    AllowList,
    HttpPolicy,
    address_refusal,
    ip_literal,
    name_refusal,
)

#: Answers a host name with the IP addresses (as text) that a connection could reach.
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]


class AddressGuard:
    """The policy's checks, shared by the transport and the network backend: a URL before
    any connection, an address before it is connected to."""

    def __init__(self, policy: HttpPolicy) -> None:
        self.policy = policy
        self.allow = AllowList.parse(policy.allowed_private)

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
        literal = ip_literal(host)
        if literal is None and not HOSTNAME.fullmatch(host.removesuffix(".")):
            raise BlockedURLError(f"{url.host!r} is not a valid host name")
        if literal is None:
            # A name's port is checked where it is resolved, since an allow-listed network may
            # hold its addresses.
            refusal = None if self.allow.allows_name(host.removesuffix(".")) else name_refusal(host)
            if refusal is not None:
                raise BlockedURLError(refusal)
            return
        if self.allow.allows_address(literal):
            return
        refusal = address_refusal(literal)
        if refusal is not None:
            raise BlockedURLError(refusal)
        self.check_port(url.port if url.port is not None else DEFAULT_PORTS[url.scheme])

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
                refusal = address_refusal(address)
                if refusal is not None:
                    if ip_literal(host) is None:
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
            literal = ip_literal(host)
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
