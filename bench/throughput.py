"""Résumés verified per minute, end to end, against a local issuer that answers after 100 ms.

Submits résumés through the REST API of a real service (uvicorn on loopback, SQLite, the
embedded job queue) and waits until every verification is done. Each résumé links three Open
Badges 2.0 assertions on a fake issuer, also on loopback, that sleeps 100 ms per request.

    .venv/bin/python -m bench.throughput [--resumes 40] [--workers 4] [--delay 0.1]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from fastapi import FastAPI
from fastapi.responses import JSONResponse

from service.app import create_app
from service.runtime import open_runtime
from service.settings import Settings
from service.storage import ApiKeyRepository
from tests.live_server import free_port, serve_in_thread

EMAIL = "candidate@example.org"
SALT = "bench"


def fake_issuer(delay: float, port: int) -> FastAPI:
    """An Open Badges 2.0 issuer whose every answer takes ``delay`` seconds."""
    issuer = FastAPI()
    base = f"http://127.0.0.1:{port}"
    identity = "sha256$" + hashlib.sha256((EMAIL + SALT).encode()).hexdigest()

    @issuer.get("/assertions/{number}")
    async def assertion(number: int) -> JSONResponse:
        await asyncio.sleep(delay)
        return JSONResponse(
            {
                "@context": "https://w3id.org/openbadges/v2",
                "type": "Assertion",
                "id": f"{base}/assertions/{number}",
                "recipient": {"type": "email", "hashed": True, "salt": SALT, "identity": identity},
                "issuedOn": "2024-01-15T00:00:00Z",
                "badge": f"{base}/badges/{number % 3}",
                "verification": {"type": "hosted"},
            }
        )

    @issuer.get("/badges/{number}")
    async def badge(number: int) -> JSONResponse:
        await asyncio.sleep(delay)
        return JSONResponse(
            {
                "@context": "https://w3id.org/openbadges/v2",
                "type": "BadgeClass",
                "id": f"{base}/badges/{number}",
                "name": f"Bench Badge {number}",
                "description": "A badge for measuring.",
                "image": f"{base}/badge.png",
                "criteria": f"{base}/criteria",
                "issuer": f"{base}/issuer",
            }
        )

    @issuer.get("/issuer")
    async def profile() -> JSONResponse:
        await asyncio.sleep(delay)
        return JSONResponse(
            {
                "@context": "https://w3id.org/openbadges/v2",
                "type": "Issuer",
                "id": f"{base}/issuer",
                "name": "Bench Issuer",
                "url": base,
                "email": "issuer@example.org",
            }
        )

    return issuer


def resume(number: int) -> bytes:
    return (
        f"Candidate Number{number}\n{EMAIL}\n\nCertifications\n"
        "AWS Certified Solutions Architect – Associate, Amazon Web Services, 2023\n"
        "Certified Kubernetes Administrator (CKA), The Linux Foundation, 2024\n"
    ).encode()


async def make_key(settings: Settings) -> str:
    async with open_runtime(settings) as runtime, runtime.sessions() as session:
        async with session.begin():
            _, key = await ApiKeyRepository(session, runtime.api_keys).create("bench")
        return key


async def drive(base_url: str, key: str, issuer: str, count: int) -> list[float]:
    """Submit ``count`` résumés at once; returns each one's seconds from submit to done."""
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=60) as client:

        async def one(number: int) -> float:
            started = time.perf_counter()
            links = [f"{issuer}/assertions/{number * 3 + offset}" for offset in range(3)]
            response = await client.post(
                "/api/v1/verifications",
                files={"file": (f"r{number}.txt", resume(number), "text/plain")},
                data={"link": links, "email": EMAIL},
            )
            response.raise_for_status()
            location = response.headers["location"]
            while True:
                polled = await client.get(location)
                polled.raise_for_status()
                body = polled.json()
                if body["status"] in ("done", "failed"):
                    verdicts = [claim["verdict"] for claim in body["progress"]]
                    assert body["status"] == "done", body.get("error")
                    assert verdicts.count("verified") == 3, verdicts
                    return time.perf_counter() - started
                await asyncio.sleep(0.05)

        return await asyncio.gather(*(one(number) for number in range(count)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resumes", type=int, default=40)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--delay", type=float, default=0.1)
    arguments = parser.parse_args()

    issuer_port = free_port()
    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(
            data_dir=Path(data_dir),
            workers=arguments.workers,
            allowed_private_hosts=("127.0.0.1",),
            secure_cookies=False,
            # The bench polls every verification 20 times a second; what it measures is the
            # pipeline, not the per-key limit (600 a minute), which would answer 429.
            api_requests_per_minute=10_000_000,
        )
        key = asyncio.run(make_key(settings))
        issuer_server = uvicorn.Server(
            uvicorn.Config(
                fake_issuer(arguments.delay, issuer_port),
                host="127.0.0.1",
                port=issuer_port,
                log_level="warning",
            )
        )
        threading.Thread(target=issuer_server.run, daemon=True).start()
        while not issuer_server.started:
            time.sleep(0.01)
        with serve_in_thread(create_app(settings)) as base_url:
            started = time.perf_counter()
            latencies = asyncio.run(
                drive(base_url, key, f"http://127.0.0.1:{issuer_port}", arguments.resumes)
            )
            elapsed = time.perf_counter() - started
        issuer_server.should_exit = True

    per_minute = arguments.resumes / elapsed * 60
    print(
        f"{arguments.resumes} résumés × 3 badge links, issuer answering after "
        f"{arguments.delay * 1000:.0f} ms, {arguments.workers} embedded workers, SQLite"
    )
    print(f"  wall time            {elapsed:8.2f} s")
    print(f"  throughput           {per_minute:8.1f} résumés/minute")
    print(f"  submit→done p50      {statistics.median(latencies):8.2f} s")
    print(f"  submit→done max      {max(latencies):8.2f} s")


if __name__ == "__main__":
    main()
