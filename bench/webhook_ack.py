"""How fast signed ATS webhooks are acknowledged: 50 concurrent senders against the service.

Runs the service in its own process (uvicorn on loopback, SQLite in a temporary directory)
and posts signed ``verification.requested`` events, each with its own ``webhook-id``, over
``--senders`` connections. Three runs, each printing acknowledgment p50/p95/p99/max and
throughput:

- paced: ``--rate`` events a second on a fixed schedule (open loop, latency counted from
  the scheduled time), the way ATSs send;
- flood: each sender posts again the moment it is answered (closed loop) for ``--seconds``:
  the most the service acknowledges per second, and how long acks take at that point;
- the same flood with a signature that fails: everything but the database, the HTTP floor
  on this machine, to read the flood figures against.

The floods are driven by wrk (Debian's ``wrk``; ``scripts/bootstrap --dev`` installs it), a
C load generator: a Python client on the same two cores spends more per request than the
service does and would measure itself. Without wrk they fall back to httpx, and say so.

Each acknowledgment stores a verification and queues its job. With ``--workers 0`` (the
default) no job runs, which isolates the acknowledgment path; with workers, jobs run
alongside and fetch a résumé from a loopback server.

    .venv/bin/python -m bench.webhook_ack [--senders 50] [--requests 2000] [--rate 100]
                                          [--seconds 10] [--workers 0]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from service.webhooks.signatures import sign_standard
from testkit.live_server import free_port

ATS = "/api/v1/webhooks/ats"
RESUME = b"Candidate Example\ncandidate@example.org\n\nCertifications\nNone yet\n"


def resume_server(port: int, folder: Path) -> subprocess.Popen[bytes]:
    """The résumé the jobs fetch, served by its own process: in this one it would take the
    GIL from the senders and count its own time in the acknowledgments."""
    (folder / "resume.txt").write_bytes(RESUME)
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/resume.txt", timeout=1).raise_for_status()
            return server
        except httpx.TransportError:
            time.sleep(0.05)
    server.kill()
    raise RuntimeError("the résumé server did not start within 30 s")


def start_service(data_dir: Path, secret: str, workers: int, port: int) -> subprocess.Popen[bytes]:
    environment = os.environ | {
        "CREDLENS_DATA_DIR": str(data_dir),
        "CREDLENS_WEBHOOK_SECRET": secret,
        "CREDLENS_WORKERS": str(workers),
        "CREDLENS_ALLOWED_PRIVATE_HOSTS": "127.0.0.1",
        "CREDLENS_SECURE_COOKIES": "false",
    }
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "service.app:create_app",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    return subprocess.Popen(command, env=environment, cwd=Path(__file__).resolve().parent.parent)


async def wait_until_up(base_url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    async with httpx.AsyncClient(base_url=base_url) as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError("the service exited while starting")
            try:
                await client.get(ATS)
                return
            except httpx.TransportError:
                await asyncio.sleep(0.1)
    raise RuntimeError("the service did not start within 30 s")


def signed_event(secret: str, resume_url: str, number: int) -> tuple[bytes, dict[str, str]]:
    event = {
        "type": "verification.requested",
        "data": {
            "candidate": {"name": f"Candidate {number}", "email": "candidate@example.org"},
            "resume_url": resume_url,
            "links": [],
        },
    }
    body = json.dumps(event).encode()
    headers = sign_standard(secret, webhook_id=f"msg_bench_{number}", body=body)
    return body, headers | {"Content-Type": "application/json"}


async def flood(
    base_url: str,
    events: list[tuple[bytes, dict[str, str]]],
    *,
    senders: int,
    expect: int = 202,
) -> tuple[list[float], float]:
    """Closed loop: each sender posts its next event as soon as the last is answered, so
    this finds the most the service acknowledges per second, and how long acks queue then."""
    pending = list(reversed(events))
    latencies: list[float] = []
    async with client_for(base_url, senders) as client:

        async def sender() -> None:
            while pending:
                body, headers = pending.pop()
                started = time.perf_counter()
                await post(client, body, headers, expect=expect)
                latencies.append(time.perf_counter() - started)

        started = time.perf_counter()
        await asyncio.gather(*(sender() for _ in range(senders)))
        return latencies, time.perf_counter() - started


async def paced(
    base_url: str, events: list[tuple[bytes, dict[str, str]]], *, senders: int, rate: float
) -> tuple[list[float], float]:
    """Open loop: ``senders`` senders between them post ``rate`` events a second on a fixed
    schedule, whether or not earlier ones were answered, as ATSs do. Latency counts from
    the scheduled time, so a sender held up by a slow answer is not flattered."""
    latencies: list[float] = []
    async with client_for(base_url, senders) as client:
        loop = asyncio.get_running_loop()
        begin = loop.time() + 0.1

        async def one(at: float, body: bytes, headers: dict[str, str]) -> None:
            await asyncio.sleep(max(0.0, at - loop.time()))
            await post(client, body, headers)
            latencies.append(loop.time() - at)

        # Event n is sender (n mod senders)'s; together they keep the rate.
        await asyncio.gather(
            *(one(begin + number / rate, *event) for number, event in enumerate(events))
        )
        return latencies, loop.time() - begin


def client_for(base_url: str, senders: int) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=senders, max_keepalive_connections=senders)
    return httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30)


async def post(
    client: httpx.AsyncClient, body: bytes, headers: dict[str, str], *, expect: int = 202
) -> None:
    response = await client.post(ATS, content=body, headers=headers)
    if response.status_code != expect:
        raise RuntimeError(f"answered {response.status_code}: {response.text}")


@dataclass(frozen=True)
class Figures:
    """One run's acknowledgments: latency percentiles in milliseconds, and the rate."""

    p50: float
    p95: float
    p99: float
    max: float
    per_second: float

    @classmethod
    def of(cls, latencies: list[float], elapsed: float) -> Figures:
        ordered = sorted(latency * 1000 for latency in latencies)

        def at(fraction: float) -> float:
            return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]

        return cls(
            statistics.median(ordered), at(0.95), at(0.99), ordered[-1], len(ordered) / elapsed
        )


WRK_SCRIPT = Path(__file__).with_name("webhook_ack.lua")
WRK_RESULT = re.compile(r"^RESULT (.*)$", re.MULTILINE)


def wrk_flood(
    base_url: str,
    events: list[tuple[bytes, dict[str, str]]],
    *,
    senders: int,
    seconds: float,
    expect_ok: bool = True,
) -> Figures:
    """The closed-loop flood from wrk, one connection per sender, each event posted once."""
    with tempfile.TemporaryDirectory() as directory:
        requests = Path(directory) / "events.tsv"
        lines = [
            "\t".join(
                (
                    headers["webhook-id"],
                    headers["webhook-timestamp"],
                    headers["webhook-signature"],
                    body.decode(),
                )
            )
            for body, headers in events
        ]
        requests.write_text("\n".join(lines) + "\n")
        command = ["wrk", "-t1", f"-c{senders}", f"-d{seconds:g}s", "-s", str(WRK_SCRIPT)]
        command += [base_url, "--", str(requests), ATS]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    match = WRK_RESULT.search(output)
    if match is None:
        raise RuntimeError(f"wrk printed no result:\n{output}")
    result = {key: int(value) for key, value in (pair.split("=") for pair in match[1].split())}
    if result["requests"] > len(events):
        raise RuntimeError("wrk sent some events twice; raise the event count")
    failed = result["errors"] + (result["non2xx"] if expect_ok else 0)
    if failed or (not expect_ok and result["non2xx"] != result["requests"]):
        raise RuntimeError(f"wrk saw unexpected answers or errors: {result}")
    return Figures(
        p50=result["p50"] / 1000,
        p95=result["p95"] / 1000,
        p99=result["p99"] / 1000,
        max=result["max"] / 1000,
        per_second=result["requests"] / (result["duration_us"] / 1e6),
    )


def summary(title: str, figures: Figures) -> None:
    print(title)
    print(f"  ack p50          {figures.p50:8.1f} ms")
    print(f"  ack p95          {figures.p95:8.1f} ms")
    print(f"  ack p99          {figures.p99:8.1f} ms  (target < 100 ms)")
    print(f"  ack max          {figures.max:8.1f} ms")
    print(f"  throughput       {figures.per_second:8.1f} acks/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--senders", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000, help="events in the paced run")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each flood")
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument(
        "--rate", type=float, default=100.0, help="webhooks a second offered in the paced run"
    )
    arguments = parser.parse_args()

    secret = "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()
    files_port, service_port = free_port(), free_port()
    files_dir = tempfile.TemporaryDirectory()
    files = resume_server(files_port, Path(files_dir.name))
    resume_url = f"http://127.0.0.1:{files_port}/resume.txt"
    base_url = f"http://127.0.0.1:{service_port}"
    batches = iter(range(0, 10**9, 10**6))

    def events(count: int) -> list[tuple[bytes, dict[str, str]]]:
        first = next(batches)
        return [signed_event(secret, resume_url, first + number) for number in range(count)]

    senders, requests, rate = arguments.senders, arguments.requests, arguments.rate
    # More events than the fastest flood could send, so none is sent twice (a replay).
    flood_events = int(arguments.seconds * 4000)
    use_wrk = shutil.which("wrk") is not None
    with tempfile.TemporaryDirectory() as data_dir:
        process = start_service(Path(data_dir), secret, arguments.workers, service_port)
        try:
            asyncio.run(wait_until_up(base_url, process))
            # Warm-up: connections, SQLite's caches, the server's first imports.
            asyncio.run(flood(base_url, events(100), senders=senders))
            paced_result = Figures.of(
                *asyncio.run(paced(base_url, events(requests), senders=senders, rate=rate))
            )
            unsigned = [
                (body, headers | {"webhook-signature": "v1,AAAA"})
                for body, headers in events(flood_events if use_wrk else requests)
            ]
            if use_wrk:
                flood_result = wrk_flood(
                    base_url, events(flood_events), senders=senders, seconds=arguments.seconds
                )
                refused_result = wrk_flood(
                    base_url, unsigned, senders=senders, seconds=arguments.seconds, expect_ok=False
                )
            else:
                flood_result = Figures.of(
                    *asyncio.run(flood(base_url, events(requests), senders=senders))
                )
                refused_result = Figures.of(
                    *asyncio.run(flood(base_url, unsigned, senders=senders, expect=401))
                )
        finally:
            process.terminate()
            process.wait(timeout=15)
            files.terminate()
            files.wait(timeout=15)
            files_dir.cleanup()

    driver = "wrk" if use_wrk else "httpx (wrk not installed: the client may be the limit)"
    print(
        f"{senders} concurrent senders; uvicorn (1 process) on SQLite, "
        f"{arguments.workers} embedded workers; floods driven by {driver}; "
        f"load average {os.getloadavg()[0]:.1f} at the end"
    )
    summary(f"paced: {rate:g} webhooks/s offered, open loop, {requests} events", paced_result)
    summary("flood: every sender posts again as soon as answered, closed loop", flood_result)
    summary("flood, refused at the signature (no database; the HTTP floor)", refused_result)


if __name__ == "__main__":
    main()
