"""Verifying links on many hosts at once, and the same links again from the cache.

    python -m bench.platforms                 # 10 links on 10 hosts, each answering in 100 ms
    python -m bench.platforms --links 20 --delay 0.2

A real HTTP server on 127.0.0.1 answers for every host (a resolver sends the hosts' names
there) after ``--delay`` seconds, with an Open Badges 2.0 hosted assertion whose BadgeClass
and issuer are embedded, so each link costs exactly one request. The links go through the
whole stack: dispatch, the guarded client with its resilience layer, and the Open Badges 2.0
verifier. The first pass must take little more than one delay, since the links run
concurrently; the second, within the cache TTL, must make no request at all.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import sys
import time
from collections import Counter
from collections.abc import Sequence

from extractors.models import Candidate, Claim, ClaimOrigin, Source
from verifiers import Verdict, verify
from verifiers.http import HttpPolicy, create_client
from verifiers.resilience import ResiliencePolicy, with_resilience

EMAIL = "bench@example.org"
#: The budget the issue sets: 10 links answering after 100 ms each, under 150 ms in all.
BUDGET = 0.150


def assertion(base: str) -> bytes:
    """A hosted assertion served at ``base``/assertion, badge and issuer embedded."""
    return json.dumps(
        {
            "@context": "https://w3id.org/openbadges/v2",
            "type": "Assertion",
            "id": f"{base}/assertion",
            "recipient": {"type": "email", "hashed": False, "identity": EMAIL},
            "issuedOn": "2024-01-15T00:00:00Z",
            "verification": {"type": "HostedBadge"},
            "badge": {
                "type": "BadgeClass",
                "id": f"{base}/badge",
                "name": "Bench Badge",
                "description": "A badge served for the benchmark.",
                "image": f"{base}/badge.png",
                "criteria": {"narrative": "Be benchmarked."},
                "issuer": {
                    "type": "Issuer",
                    "id": f"{base}/issuer",
                    "name": "Bench Issuer",
                    "url": base,
                    "email": "issuer@example.org",
                },
            },
        }
    ).encode()


class SlowIssuers:
    """A loopback server, in its own process, answering for every host after a delay.

    Remote hosts run on their own machines: a separate process keeps the server's work (and
    its share of the interpreter lock) out of the measured client's way.
    """

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self._served = multiprocessing.Value("i", 0)
        self._port = multiprocessing.Value("i", 0)
        self._ready = multiprocessing.Event()
        self._process = multiprocessing.Process(target=self._serve, daemon=True)

    @property
    def port(self) -> int:
        return int(self._port.value)

    @property
    def served(self) -> int:
        """Requests answered so far."""
        return int(self._served.value)

    def start(self) -> None:
        self._process.start()
        if not self._ready.wait(timeout=10):
            raise RuntimeError("the benchmark server did not start")

    def stop(self) -> None:
        self._process.terminate()
        self._process.join(timeout=5)

    def _serve(self) -> None:
        asyncio.run(self._run())

    async def _run(self) -> None:
        server = await asyncio.start_server(self._answer, "127.0.0.1", 0)
        self._port.value = server.sockets[0].getsockname()[1]
        self._ready.set()
        async with server:
            await server.serve_forever()

    async def _answer(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            writer.close()
            return
        host = next(
            line.split(b":", 1)[1].strip().decode()
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"host:")
        )
        with self._served.get_lock():
            self._served.value += 1
        await asyncio.sleep(self.delay)
        body = assertion(f"http://{host}")
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/ld+json\r\n"
            + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
            + body
        )
        await writer.drain()
        writer.close()


async def to_loopback(host: str, port: int) -> list[str]:
    return ["127.0.0.1"]


def claims_for(hosts: Sequence[str]) -> list[Claim]:
    return [
        Claim(
            id=f"bench-{number}",
            title="Bench Badge",
            url=f"http://{host}/assertion",
            source=Source(origin=ClaimOrigin.LINK),
        )
        for number, host in enumerate(hosts, start=1)
    ]


async def run(links: int, delay: float) -> int:
    issuers = SlowIssuers(delay)
    issuers.start()
    candidate = Candidate(name="Bench", emails=(EMAIL,))
    policy = HttpPolicy(allowed_private=("127.0.0.1",))
    try:
        async with create_client(policy, resolver=to_loopback) as client:
            resilience = with_resilience(client, ResiliencePolicy(ttl=600))
            # Warm the process once (JSON-LD contexts, TLS-free pools) on hosts not measured.
            await verify(claims_for([f"warm.bench.example:{issuers.port}"]), candidate, client)
            hosts = [f"issuer{n}.bench.example:{issuers.port}" for n in range(1, links + 1)]
            claims = claims_for(hosts)

            before = issuers.served
            started = time.perf_counter()
            first = await verify(claims, candidate, client)
            first_wall = time.perf_counter() - started
            first_requests = issuers.served - before

            before = issuers.served
            started = time.perf_counter()
            second = await verify(claims, candidate, client)
            second_wall = time.perf_counter() - started
            second_requests = issuers.served - before
    finally:
        issuers.stop()

    verdicts = Counter(result.verdict.value for result in first + second)
    print(f"links: {links} on {links} hosts, each answering after {delay * 1000:.0f} ms")
    print(f"first pass:  {first_wall * 1000:7.1f} ms wall, {first_requests} requests")
    print(f"second pass: {second_wall * 1000:7.1f} ms wall, {second_requests} requests (cached)")
    print(f"cache hits: {resilience.counters.cache_hits}; verdicts: {dict(verdicts)}")
    budget = BUDGET * (delay / 0.1)
    ok = (
        first_wall < budget
        and second_requests == 0
        and first_requests == links
        and set(verdicts) == {Verdict.VERIFIED.value}
    )
    print(f"{'PASS' if ok else 'FAIL'}: first pass under {budget * 1000:.0f} ms, second makes none")
    return 0 if ok else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--links", type=int, default=10, help="links, one host each")
    parser.add_argument("--delay", type=float, default=0.1, help="seconds each host waits")
    args = parser.parse_args(argv)
    return asyncio.run(run(args.links, args.delay))


if __name__ == "__main__":
    sys.exit(main())
