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

from verifiers.http.errors import (
    BlockedURLError,
    FetchError,
    ResponseTooLargeError,
    UnreachableError,
    is_transient_status,
)
from verifiers.http.fetching import DEFAULT_ACCEPT, Fetched, fetch
from verifiers.http.guard import (
    AddressGuard,
    GuardedClient,
    GuardedNetworkBackend,
    GuardedTransport,
    Resolver,
    create_client,
    resolve_host,
)
from verifiers.http.policy import HttpPolicy

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
