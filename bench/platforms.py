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
import sys
import time
from collections import Counter
from collections.abc import Sequence

from bench.loopback import LoopbackServer, to_loopback
from extractors import Candidate, Claim, ClaimOrigin, Source
from testkit.factories import hosted_assertion
from verifiers import ResiliencePolicy, Verdict, verify, with_resilience
from verifiers.http import HttpPolicy, create_client

EMAIL = "bench@example.org"
#: The budget the issue sets: 10 links answering after 100 ms each, under 150 ms in all.
BUDGET = 0.150


def answer_with_assertion(host: str, target: str) -> tuple[int, str, bytes]:
    """Every host serves its own hosted assertion, badge and issuer embedded."""
    return (
        200,
        "application/ld+json",
        json.dumps(hosted_assertion(f"http://{host}", EMAIL)).encode(),
    )


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
    issuers = LoopbackServer(answer_with_assertion, delay)
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
