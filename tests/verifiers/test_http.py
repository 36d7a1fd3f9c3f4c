"""The guarded client against a real server on 127.0.0.1: limits, evidence, errors, pinning."""

from __future__ import annotations

import hashlib
import re
import socket
import time
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from importlib.metadata import version

import anyio
import httpx
import pytest
import respx

from tests.verifiers.local_http import GZIP_BOMB, LocalServer, RecordingNetwork, local_server
from verifiers.http import (
    BlockedURLError,
    FetchError,
    HttpPolicy,
    ResponseTooLargeError,
    UnreachableError,
    create_client,
    fetch,
    is_transient_status,
)

LOOPBACK_ALLOWED = HttpPolicy(allowed_private=("127.0.0.1",))


async def never_resolve(host: str, port: int) -> Sequence[str]:
    raise AssertionError(f"the guard should have refused before resolving {host}")


@pytest.fixture
async def server() -> AsyncIterator[LocalServer]:
    async with local_server() as running:
        yield running


# -- policy -----------------------------------------------------------------------------------


def test_the_user_agent_names_credlens_and_its_installed_version() -> None:
    assert HttpPolicy().user_agent == f"credlens/{version('credlens')}"


@pytest.mark.parametrize("entry", ["not a host!", "10.0.0.0/33", "exa mple.com", "-bad-.com/8"])
def test_an_allow_list_entry_that_is_no_host_ip_or_cidr_is_refused_at_once(entry: str) -> None:
    with pytest.raises(ValueError, match="neither a hostname, an IP nor a CIDR"):
        HttpPolicy(allowed_private=(entry,))


@pytest.mark.parametrize(
    ("status", "transient"),
    [
        *[(200, False), (404, False), (410, False), (301, False), (400, False)],
        *[(408, True), (425, True), (429, True), (500, True), (502, True), (503, True)],
    ],
)
def test_transient_statuses(status: int, transient: bool) -> None:
    assert is_transient_status(status) is transient


# -- fetching from a real local server ----------------------------------------------------


async def test_an_allowed_local_server_is_fetched_and_the_evidence_recorded(
    server: LocalServer,
) -> None:
    before = datetime.now(UTC)
    async with create_client(LOOPBACK_ALLOWED) as client:
        fetched = await fetch(client, f"{server.base}/assertion")

    assert fetched.status_code == 200
    assert fetched.json() == {"type": "Assertion", "id": "urn:uuid:1"}
    assert fetched.content_type == "application/ld+json"
    evidence = fetched.evidence
    assert evidence.url == fetched.url == f"{server.base}/assertion"
    assert evidence.status_code == 200
    assert evidence.sha256 == hashlib.sha256(fetched.body).hexdigest()
    assert evidence.content_type == "application/ld+json; charset=utf-8"
    assert before <= evidence.fetched_at <= datetime.now(UTC)
    assert evidence.fetched_at.tzinfo is not None
    sent = server.received[-1].headers
    assert sent["user-agent"] == f"credlens/{version('credlens')}"
    assert sent["accept"].startswith("application/ld+json")


async def test_caller_headers_and_method_are_sent(server: LocalServer) -> None:
    async with create_client(LOOPBACK_ALLOWED) as client:
        await fetch(
            client,
            f"{server.base}/assertion",
            accept="application/json",
            method="HEAD",
            headers={"X-Trace": "t1"},
        )
    received = server.received[-1]
    assert (received.method, received.headers["accept"], received.headers["x-trace"]) == (
        "HEAD",
        "application/json",
        "t1",
    )


@pytest.mark.parametrize(("path", "status"), [("/gone", 410), ("/unavailable", 503), ("/x", 404)])
async def test_any_http_status_comes_back_for_the_verifier_to_judge(
    server: LocalServer, path: str, status: int
) -> None:
    async with create_client(LOOPBACK_ALLOWED) as client:
        fetched = await fetch(client, server.base + path)
    assert fetched.status_code == fetched.evidence.status_code == status
    assert fetched.evidence.sha256 == hashlib.sha256(fetched.body).hexdigest()


async def test_a_body_that_is_not_json_raises_value_error(server: LocalServer) -> None:
    async with create_client(LOOPBACK_ALLOWED) as client:
        fetched = await fetch(client, f"{server.base}/not-json")
    assert fetched.content_type == "text/html"
    with pytest.raises(ValueError):
        fetched.json()


async def test_redirects_are_followed_and_the_final_url_recorded(server: LocalServer) -> None:
    async with create_client(LOOPBACK_ALLOWED) as client:
        fetched = await fetch(client, f"{server.base}/to-assertion")
    assert fetched.url == fetched.evidence.url == f"{server.base}/assertion"
    assert [request.path for request in server.received] == ["/to-assertion", "/assertion"]


async def test_a_redirect_loop_stops_at_the_policy_limit(server: LocalServer) -> None:
    policy = HttpPolicy(allowed_private=("127.0.0.1",), max_redirects=3)
    async with create_client(policy) as client:
        with pytest.raises(FetchError, match="more than 3 redirects") as raised:
            await fetch(client, f"{server.base}/loop")
    assert raised.value.transient is False
    assert len(server.received) == 4


async def test_with_no_redirects_allowed_a_redirect_is_an_error(server: LocalServer) -> None:
    # What an outbound webhook wants: a callback URL that redirects is not followed anywhere.
    policy = HttpPolicy(allowed_private=("127.0.0.1",), max_redirects=0)
    async with create_client(policy) as client:
        with pytest.raises(FetchError, match="more than 0 redirects"):
            await fetch(client, f"{server.base}/to-assertion")
    assert [request.path for request in server.received] == ["/to-assertion"]


async def test_the_client_itself_refuses_without_fetch() -> None:
    # A verifier calling client.get directly still goes through the guard.
    async with create_client() as client:
        with pytest.raises(BlockedURLError, match=r"10\.0\.0\.1 is a private address"):
            await client.get("http://10.0.0.1/")
        with pytest.raises(BlockedURLError, match="without a scheme"):
            await client.get("file:///etc/passwd")


async def test_a_redirect_from_an_allowed_host_to_the_metadata_address_is_refused(
    server: LocalServer,
) -> None:
    async with create_client(LOOPBACK_ALLOWED) as client:
        with pytest.raises(BlockedURLError, match=r"169.254.169.254 is a cloud metadata address"):
            await fetch(client, f"{server.base}/to-metadata")


# -- limits ------------------------------------------------------------------------------------


async def test_a_declared_length_over_the_cap_is_refused_before_reading(
    server: LocalServer,
) -> None:
    async with create_client(LOOPBACK_ALLOWED) as client:
        with pytest.raises(ResponseTooLargeError, match="declares 52428800 bytes") as raised:
            await fetch(client, f"{server.base}/declares-huge")
    assert raised.value.transient is False


async def test_a_chunked_body_over_the_cap_is_cut_off(server: LocalServer) -> None:
    policy = HttpPolicy(allowed_private=("127.0.0.1",), max_bytes=1024 * 1024)
    async with create_client(policy) as client:
        with pytest.raises(ResponseTooLargeError, match="larger than 1048576 bytes"):
            await fetch(client, f"{server.base}/chunked-2mb")
        # The same body fits under a larger cap, so the refusal was the cap's doing.
    roomy = HttpPolicy(allowed_private=("127.0.0.1",), max_bytes=4 * 1024 * 1024)
    async with create_client(roomy) as client:
        assert len((await fetch(client, f"{server.base}/chunked-2mb")).body) == 2 * 1024 * 1024


async def test_a_gzip_bomb_is_stopped_by_its_inflated_size(server: LocalServer) -> None:
    policy = HttpPolicy(allowed_private=("127.0.0.1",), max_bytes=1024 * 1024)
    assert len(GZIP_BOMB) < policy.max_bytes  # small on the wire, 8 MiB inflated
    async with create_client(policy) as client:
        with pytest.raises(ResponseTooLargeError):
            await fetch(client, f"{server.base}/gzip-bomb")


async def test_a_server_that_trickles_forever_hits_the_total_timeout(server: LocalServer) -> None:
    policy = HttpPolicy(allowed_private=("127.0.0.1",), read_timeout=5.0, total_timeout=0.8)
    started = time.monotonic()
    async with create_client(policy) as client:
        with pytest.raises(UnreachableError, match=r"longer than 0.8 s in all") as raised:
            await fetch(client, f"{server.base}/trickle")
    assert raised.value.transient is True
    assert time.monotonic() - started < 3


async def test_a_server_that_says_nothing_hits_the_read_timeout(server: LocalServer) -> None:
    policy = HttpPolicy(allowed_private=("127.0.0.1",), read_timeout=0.3)
    async with create_client(policy) as client:
        with pytest.raises(UnreachableError, match="stopped sending") as raised:
            await fetch(client, f"{server.base}/silent")
    assert raised.value.transient is True


async def test_a_refused_connection_is_unreachable() -> None:
    with socket.socket() as probe:  # a port that was just free and has no listener
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with create_client(LOOPBACK_ALLOWED) as client:
        with pytest.raises(UnreachableError) as raised:
            await fetch(client, f"http://127.0.0.1:{port}/")
    assert raised.value.transient is True


async def test_a_name_that_does_not_resolve_is_unreachable() -> None:
    async def no_such_name(host: str, port: int) -> Sequence[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    async with create_client(resolver=no_such_name) as client:
        with pytest.raises(UnreachableError, match=r"could not resolve badges.example") as raised:
            await fetch(client, "https://badges.example/assertion")
    assert raised.value.transient is True


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://[::1/", "not a URL credlens can fetch"),
        ("http://93.184.216.34:99999/", "port 99999 is not a web port"),
        ("http://exa mple.com/", "'exa%20mple.com' is not a valid host name"),
        ("http://a_b!.example/", "is not a valid host name"),
        ("badges.example/assertion", "not an absolute http or https URL"),
    ],
)
async def test_malformed_urls_get_a_clear_refusal(url: str, reason: str) -> None:
    async with create_client(resolver=never_resolve) as client:
        with pytest.raises(BlockedURLError, match=re.escape(reason)):
            await fetch(client, url)


# -- DNS names: checked and pinned where the connection is made -------------------------


async def test_a_name_is_resolved_once_and_connected_to_by_the_checked_address(
    server: LocalServer,
) -> None:
    resolved: list[str] = []

    async def resolver(host: str, port: int) -> Sequence[str]:
        resolved.append(host)
        return ["127.0.0.1"]

    async with create_client(LOOPBACK_ALLOWED, resolver=resolver) as client:
        fetched = await fetch(client, f"http://issuer.test:{server.port}/assertion")
    assert fetched.status_code == 200
    assert resolved == ["issuer.test"]
    # The URL was never rewritten: the server saw the name, as TLS SNI would.
    assert server.received[-1].headers["host"] == f"issuer.test:{server.port}"


async def test_an_allowed_hostname_may_resolve_to_a_private_address(server: LocalServer) -> None:
    async def resolver(host: str, port: int) -> Sequence[str]:
        return ["127.0.0.1"]

    allowed = HttpPolicy(allowed_private=("Issuer.Corp",))
    async with create_client(allowed, resolver=resolver) as client:
        fetched = await fetch(client, f"http://issuer.corp:{server.port}/assertion")
    assert fetched.status_code == 200

    async with create_client(HttpPolicy(), resolver=resolver) as client:
        with pytest.raises(BlockedURLError, match=r"other.corp resolves to a non-public address"):
            await fetch(client, "http://other.corp/assertion")


async def test_the_system_resolver_and_every_answer_are_used_for_an_allowed_name(
    server: LocalServer,
) -> None:
    # localhost comes from /etc/hosts, so the real getaddrinfo runs without any network; it
    # may answer ::1 first, where nothing listens, and the next checked address is then tried.
    async with create_client(HttpPolicy(allowed_private=("localhost",))) as client:
        fetched = await fetch(client, f"http://localhost:{server.port}/assertion")
    assert fetched.status_code == 200
    assert server.received[-1].headers["host"] == f"localhost:{server.port}"


async def test_allow_list_entries_may_be_bracketed_ipv6_cidrs_or_names_with_a_root_dot() -> None:
    async def corp_dns(host: str, port: int) -> Sequence[str]:
        return {"issuer.corp": ["192.168.7.7"]}[host]

    policy = HttpPolicy(allowed_private=("[fd00::5]", "fc00::/7", " 10.0.0.0/8 ", "Issuer.Corp."))
    network = RecordingNetwork({})
    async with create_client(policy, resolver=corp_dns, network_backend=network) as client:
        for url in ["http://[fd00::5]:9000/", "http://[fd12::1]/", "http://10.9.9.9:81/"]:
            with pytest.raises(UnreachableError, match="no route"):
                await fetch(client, url)
        with pytest.raises(UnreachableError, match="no route"):
            await fetch(client, "https://issuer.corp:8444/")
        with pytest.raises(BlockedURLError, match=r"192\.168\.7\.8 is a private address"):
            await fetch(client, "http://192.168.7.8/")
    assert network.asked == ["fd00::5", "fd12::1", "10.9.9.9", "192.168.7.7"]


async def test_an_allowed_cidr_lets_its_addresses_through(server: LocalServer) -> None:
    async with create_client(HttpPolicy(allowed_private=("127.0.0.0/8",))) as client:
        assert (await fetch(client, f"{server.base}/assertion")).status_code == 200
    async with create_client(HttpPolicy(allowed_private=("10.0.0.0/8",))) as client:
        with pytest.raises(BlockedURLError, match=r"127.0.0.1 is a loopback address"):
            await fetch(client, f"{server.base}/assertion")


async def test_dns_rebinding_between_fetches_is_refused_at_connect(server: LocalServer) -> None:
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])

    async def rebinding(host: str, port: int) -> Sequence[str]:
        return next(answers)

    network = RecordingNetwork({"93.184.216.34": "127.0.0.1"})
    policy = HttpPolicy(allowed_ports=(server.port,))
    async with create_client(policy, resolver=rebinding, network_backend=network) as client:
        url = f"http://rebind.example:{server.port}/assertion"
        first = await fetch(client, url)  # the server closes each connection, so the
        with pytest.raises(BlockedURLError, match=r"127.0.0.1 is a loopback address"):
            await fetch(client, url)  # second fetch resolves again and gets the private answer
    assert first.status_code == 200
    assert network.asked == ["93.184.216.34"]  # never a socket to the rebound address


async def test_one_private_answer_among_public_ones_refuses_the_name() -> None:
    async def mixed(host: str, port: int) -> Sequence[str]:
        return ["93.184.216.34", "2606:2800:220:1::1", "10.0.0.7"]

    network = RecordingNetwork({})
    async with create_client(resolver=mixed, network_backend=network) as client:
        with pytest.raises(BlockedURLError, match=r"10.0.0.7 is a private address"):
            await fetch(client, "https://mixed.example/")
    assert network.asked == []


async def test_every_checked_address_is_tried_in_turn() -> None:
    async def two(host: str, port: int) -> Sequence[str]:
        return ["93.184.216.34", "2606:2800:220:1::1"]

    network = RecordingNetwork({})
    async with create_client(resolver=two, network_backend=network) as client:
        with pytest.raises(UnreachableError, match="no route to 2606:2800:220:1::1"):
            await fetch(client, "https://two.example/")
    assert network.asked == ["93.184.216.34", "2606:2800:220:1::1"]


async def test_a_slow_resolver_hits_the_connect_timeout() -> None:
    async def slow(host: str, port: int) -> Sequence[str]:
        await anyio.sleep(5)
        return ["93.184.216.34"]

    async with create_client(HttpPolicy(connect_timeout=0.2), resolver=slow) as client:
        with pytest.raises(UnreachableError, match="connecting timed out"):
            await fetch(client, "https://slow-dns.example/")


# -- respx still fakes the outside world for verifier tests -------------------------------


async def test_respx_mocks_the_guarded_client_without_dns_or_sockets() -> None:
    async def no_dns(host: str, port: int) -> Sequence[str]:
        raise AssertionError("a mocked host must not be resolved")

    with respx.mock(assert_all_called=True) as mock:
        route = mock.get("https://api.credly.com/v1/obi/v2/badge_assertions/abc").mock(
            return_value=httpx.Response(200, json={"id": "abc"})
        )
        async with create_client(resolver=no_dns) as client:
            fetched = await fetch(client, "https://api.credly.com/v1/obi/v2/badge_assertions/abc")
    assert fetched.json() == {"id": "abc"}
    assert route.calls.last.request.headers["user-agent"].startswith("credlens/")


async def test_a_mocked_redirect_chain_into_a_private_network_is_refused_at_the_bad_hop() -> None:
    with respx.mock(assert_all_called=True) as mock:
        first = mock.get("https://badges.example/a").mock(
            return_value=httpx.Response(302, headers={"Location": "https://cdn.example/b"})
        )
        second = mock.get("https://cdn.example/b").mock(
            return_value=httpx.Response(307, headers={"Location": "http://10.0.0.1/admin"})
        )
        async with create_client() as client:
            with pytest.raises(BlockedURLError, match=r"10.0.0.1 is a private address"):
                await fetch(client, "https://badges.example/a")
    assert (first.call_count, second.call_count) == (1, 1)


async def test_a_plain_client_gets_the_default_limits() -> None:
    # Verifier tests may hand fetch an httpx client of their own; the caps still hold.
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=b"z" * 6_000_000))
    async with httpx.AsyncClient(transport=transport) as client:
        with pytest.raises(ResponseTooLargeError):
            await fetch(client, "https://badges.example/huge")
