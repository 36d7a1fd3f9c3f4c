"""Evidence beyond per-claim links: candidate wallets, course pages and registry IDs.

    python -m bench.wallets                   # both figures, every look-up answering in 100 ms
    python -m bench.wallets --delay 0.2 --claims 10

1. **Corpus.** Eight made-up candidates whose evidence is public somewhere: a Credly profile in
   the résumé's header or given beside it (one private, one in another person's name),
   Coursera and edX certificate links and bare codes, AWS validation numbers and Cisco codes.
   Each résumé (plain text) goes through the whole pipeline (``service.pipeline.run``: the
   sandboxed reader, the verifier chain, the wallet search) against one loopback server that
   answers for Credly, Coursera, edX and CertMetrics as their recorded shapes
   (``tests/verifiers/platforms/recorded``). Printed: the share of claims that end with a
   definitive verdict (verified, expired, revoked, mismatch, invalid), against the share a
   claim's own link to a source the previous release could read would have settled.
2. **A big profile.** A Credly profile of 40 badges over 3 pages; a résumé claiming
   ``--claims`` of them. Timed: the claims' own check, then the profile opened and every
   matched badge checked through its own Open Badges record (extraction is not timed).

The server runs in its own process (remote hosts run on their own machines); every answer
waits ``--delay`` seconds. The guarded client's resolver sends the made-up hosts to loopback,
and its resilience layer (4 requests in flight per host) is the production one.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.loopback import LoopbackServer, to_loopback
from bench.wallet_corpus import World, corpus
from service import pipeline
from service.settings import Settings
from testkit.credly_sandbox import CredlySandbox, many_badges
from testkit.live_server import free_port
from verifiers import with_resilience
from verifiers.http import create_client

DEFINITIVE = {"verified", "expired", "revoked", "mismatch", "invalid"}
#: Sources the previous release read from a claim's own link.
EARLIER_SOURCES = {"credly", "accredible", "badgr", "mslearn", "openbadges2", "vc", "blockcerts"}
BUDGET = 1.0


def settings_for(port: int, data_dir: Path) -> Settings:
    return Settings(
        data_dir=data_dir,
        allowed_private_hosts=("127.0.0.1",),
        credly_base_url=f"http://api.credly.bench:{port}",
        credly_web_base_url=f"http://www.credly.bench:{port}",
        coursera_base_url=f"http://www.coursera.bench:{port}",
        edx_base_url=f"http://courses.edx.bench:{port}",
        certmetrics_base_url=f"http://api.certmetrics.bench:{port}",
    )


def client_for(settings: Settings) -> Any:
    client = create_client(pipeline.http_policy(settings), resolver=to_loopback)
    with_resilience(client)
    return client


async def run_corpus(delay: float, data_dir: Path, *, verbose: bool = False) -> bool:
    port = free_port()
    world, resumes = corpus(f"http://api.credly.bench:{port}")
    server = LoopbackServer(world.answer, delay, port)
    server.start()
    settings = settings_for(port, data_dir)
    chain = pipeline.verifier_chain(settings)
    rows: list[tuple[str, str, str, str]] = []
    try:
        async with client_for(settings) as client:
            for number, resume in enumerate(resumes, start=1):
                report = await pipeline.run(
                    data=resume.text.encode(),
                    filename=f"candidate-{number}.txt",
                    links=resume.links,
                    client=client,
                    settings=settings,
                    chain=chain,
                )
                for claim in report.claims:
                    if verbose:
                        failed = [c.detail for c in claim.checks if c.status.value == "failed"]
                        print(
                            f"    {number}. {claim.title[:50]!r}: {claim.verdict.value} "
                            f"{(failed or [''])[0][:110]}"
                        )
                    rows.append(
                        (
                            f"candidate {number}",
                            claim.verdict.value,
                            claim.method,
                            claim.provenance or "",
                        )
                    )
    finally:
        server.stop()
    definitive = [row for row in rows if row[1] in DEFINITIVE]
    earlier = [
        row
        for row in definitive
        if row[2] in EARLIER_SOURCES and not row[3].startswith("from the candidate")
    ]
    by_verdict = Counter(row[1] for row in rows)
    by_source = Counter(row[3] or row[2] for row in definitive)
    share = len(definitive) / len(rows)
    print(
        f"corpus: {len(resumes)} résumés, {len(rows)} claims, answers after {delay * 1000:.0f} ms"
    )
    print(f"  verdicts: {dict(by_verdict)}")
    for source, count in by_source.most_common():
        print(f"  {count:3d} definitive {source}")
    print(
        f"  definitive: {len(definitive)}/{len(rows)} = {share:.1%} "
        f"(a claim's own link to a source the previous release read: "
        f"{len(earlier)}/{len(rows)} = {len(earlier) / len(rows):.1%})"
    )
    ok = share >= 0.9
    print(f"{'PASS' if ok else 'FAIL'}: at least 90 % of claims end with a definitive verdict")
    return ok


async def run_big_profile(delay: float, claims: int, data_dir: Path) -> bool:
    port = free_port()
    api = f"http://api.credly.bench:{port}"
    badges = tuple(replace(each, owner="big") for each in many_badges(40))
    sandbox = CredlySandbox(api, badges=badges, slug="big-profile", holder="Jane Doe", per_page=14)
    server = LoopbackServer(World(credly=[sandbox]).answer, delay, port)
    lines = "\n".join(
        f"{each.title}, {each.issuer}, {each.issued_on[:4]}" for each in badges[:claims]
    )
    resume = (
        "Jane Doe\nCloud Engineer · jane.doe@credly-login.example\ncredly.com/users/big-profile\n\n"
        f"Certifications\n{lines}\n"
    )
    settings = settings_for(port, data_dir)
    chain = pipeline.verifier_chain(settings)
    server.start()
    try:
        async with client_for(settings) as client:
            extraction = await pipeline.extract(
                data=resume.encode(), filename="big.txt", settings=settings
            )
            before = server.served
            started = time.perf_counter()
            found = await pipeline.verify_claims(
                extraction, client=client, chain=chain, settings=settings
            )
            wall = time.perf_counter() - started
            requests = server.served - before
    finally:
        server.stop()
    verdicts = Counter(each.verdict.value for each in found.verifications)
    [wallet] = found.wallets
    print(
        f"big profile: {len(wallet.entries)} badges over "
        f"{sandbox.requests.count('/users/big-profile/badges.json') or 3} pages, "
        f"{len(found.verifications)} claims, each answer after {delay * 1000:.0f} ms"
    )
    print(
        f"  {wall * 1000:.0f} ms wall, {requests} requests; verdicts {dict(verdicts)}; "
        f"also holds {len(found.also_holds)}"
    )
    ok = (
        wall < BUDGET * (delay / 0.1)
        and len(wallet.entries) == 40
        and sum(verdicts[verdict] for verdict in DEFINITIVE) == len(found.verifications)
        and all(
            (each.provenance or "").startswith("from the candidate's Credly profile")
            for each in found.verifications
        )
    )
    print(f"{'PASS' if ok else 'FAIL'}: expanded and checked in under {BUDGET * delay / 0.1:.1f} s")
    return ok


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--delay", type=float, default=0.1, help="seconds each answer waits")
    parser.add_argument("--claims", type=int, default=6, help="claims on the big-profile résumé")
    parser.add_argument("--verbose", action="store_true", help="print every claim's verdict")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as data_dir:
        corpus_ok = asyncio.run(run_corpus(args.delay, Path(data_dir), verbose=args.verbose))
        profile_ok = asyncio.run(run_big_profile(args.delay, args.claims, Path(data_dir)))
    return 0 if corpus_ok and profile_ok else 1


if __name__ == "__main__":
    sys.exit(main())
