"""The throughput bench's Open Badges 2.0 issuer on loopback: each answer after ``delay``.

It stands for issuers on other machines, so it should cost this machine next to nothing: a
plain asyncio server on a thread of the bench (HTTP/1.1 with keep-alive, each answer's body
built once), not a web framework. With FastAPI and uvicorn it took 0.003-0.004 CPU-s a
résumé, on 2 cores taken from the worker processes measured (docs/performance.md, eighth
pass). The answers are the same bytes FastAPI's ``JSONResponse`` sent, 404 included.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import re
import threading
from collections import Counter
from collections.abc import Iterator
from typing import Any

__all__ = ["EMAIL", "SALT", "answer", "issuer_on_loopback"]

EMAIL = "candidate@example.org"
SALT = "bench"

_PATH = re.compile(r"^/(assertions|badges)/(\d+)$|^/issuer$")


def _json(content: dict[str, Any]) -> bytes:
    # As starlette's JSONResponse renders it.
    return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def answer(base: str, path: str) -> tuple[int, bytes]:
    """The status and JSON body for a GET of ``path`` on the issuer at ``base``."""
    found = _PATH.match(path.split("?", 1)[0])
    if found is None:
        return 404, _json({"detail": "Not Found"})
    kind, number = found.group(1), int(found.group(2) or 0)
    if kind == "assertions":
        identity = "sha256$" + hashlib.sha256((EMAIL + SALT).encode()).hexdigest()
        return 200, _json(
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
    if kind == "badges":
        return 200, _json(
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
    return 200, _json(
        {
            "@context": "https://w3id.org/openbadges/v2",
            "type": "Issuer",
            "id": f"{base}/issuer",
            "name": "Bench Issuer",
            "url": base,
            "email": "issuer@example.org",
        }
    )


class _Issuer:
    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.base = ""
        self.served: Counter[str] = Counter()
        self._answers: dict[str, bytes] = {}

    def response(self, path: str) -> bytes:
        if (cached := self._answers.get(path)) is None:
            status, body = answer(self.base, path)
            reason = b"OK" if status == 200 else b"Not Found"
            cached = (
                b"HTTP/1.1 %d %s\r\ncontent-length: %d\r\ncontent-type: application/json\r\n\r\n"
                % (status, reason, len(body))
                + body
            )
            self._answers[path] = cached
        return cached

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                parts = head.split(b"\r\n", 1)[0].split(b" ")
                path = parts[1].decode("latin-1") if len(parts) > 2 else "/"
                self.served[path.split("/")[1] if "/" in path else path] += 1
                await asyncio.sleep(self.delay)
                writer.write(self.response(path))
                await writer.drain()
                if b"\r\nconnection: close" in head.lower():
                    return
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            return
        except asyncio.CancelledError:  # the bench is done: no answer is awaited any more
            return
        finally:
            writer.close()


@contextlib.contextmanager
def issuer_on_loopback(delay: float) -> Iterator[tuple[str, int | None]]:
    """The issuer's base URL while the block runs, and its thread's id (for its CPU)."""
    issuer = _Issuer(delay)
    ready = threading.Event()
    state: dict[str, Any] = {}

    async def serve() -> None:
        server = await asyncio.start_server(issuer.handle, "127.0.0.1", 0)
        issuer.base = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
        state["loop"], state["stop"] = asyncio.get_running_loop(), asyncio.Event()
        ready.set()
        async with server:
            await state["stop"].wait()

    thread = threading.Thread(target=lambda: asyncio.run(serve()), daemon=True)
    thread.start()
    if not ready.wait(timeout=10):
        raise RuntimeError("the fake issuer did not start")
    try:
        yield issuer.base, thread.native_id
    finally:
        state["loop"].call_soon_threadsafe(state["stop"].set)
        thread.join(timeout=5)
