"""What the SSRF guard costs per request: the guarded client against a plain httpx client.

Both fetch the same tiny response from a raw HTTP server on 127.0.0.1 (its own thread and event
loop, so the server's work is not counted against either client), sequentially:

- keep-alive: one connection reused, so the guard's cost is the URL check on each request;
- new connection: the server closes after each response, so every request also pays for the
  guard's resolve-check-connect.

"guarded get" is the guarded client's own ``get`` (the guard alone); "guarded fetch" adds what
``fetch`` does on top (streaming with a size cap, the total timeout, SHA-256, the evidence).

Run: .venv/bin/python bench/http_guard.py [requests] [rounds]
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import threading
import time
import timeit
from collections.abc import Awaitable, Callable

import httpx

from verifiers.http import AddressGuard, HttpPolicy, create_client, fetch

BODY = b'{"type": "Assertion"}'


def start_server(keep_alive: bool) -> int:
    """Serve BODY on a free loopback port from a daemon thread; returns the port."""
    ready = threading.Event()
    port_box: list[int] = []
    connection = b"keep-alive" if keep_alive else b"close"
    response = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + str(len(BODY)).encode()
        + b"\r\nConnection: "
        + connection
        + b"\r\n\r\n"
        + BODY
    )

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")
                writer.write(response)
                await writer.drain()
                if not keep_alive:
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def serve() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port_box.append(server.sockets[0].getsockname()[1])
        ready.set()
        await server.serve_forever()

    threading.Thread(target=lambda: asyncio.run(serve()), daemon=True).start()
    ready.wait(5)
    return port_box[0]


async def per_request_ms(request: Callable[[], Awaitable[object]], count: int) -> float:
    await request()  # warm the pool and the code paths
    started = time.perf_counter()
    for _ in range(count):
        await request()
    return (time.perf_counter() - started) * 1000 / count


async def compare(port: int, count: int, rounds: int) -> tuple[float, float, float]:
    """Median ms per request: plain client, guarded client, and ``fetch`` on the guarded one."""
    url = f"http://127.0.0.1:{port}/assertion"
    runs: tuple[list[float], list[float], list[float]] = ([], [], [])
    policy = HttpPolicy(allowed_private=("127.0.0.1",))
    async with httpx.AsyncClient() as plain, create_client(policy) as guarded:

        async def plain_get() -> bytes:
            return (await plain.get(url)).content

        async def guarded_get() -> bytes:
            return (await guarded.get(url)).content

        async def guarded_fetch() -> bytes:
            return (await fetch(guarded, url)).body

        for _ in range(rounds):  # interleaved, so drift on the machine hits all alike
            for times, request in zip(runs, (plain_get, guarded_get, guarded_fetch), strict=True):
                times.append(await per_request_ms(request, count))
    plain_ms, guarded_ms, fetch_ms = (statistics.median(times) for times in runs)
    return plain_ms, guarded_ms, fetch_ms


def url_check_us() -> float:
    """The guard's URL check alone, for a public name and for a public IP literal."""
    guard = AddressGuard(HttpPolicy())  # the check itself, without any I/O around it
    urls = [httpx.URL("https://api.credly.com/v1/x"), httpx.URL("http://134744072/")]
    loops = 20000

    def check_all() -> None:
        for url in urls:
            guard.check_url(url)

    seconds = timeit.timeit(check_all, number=loops)
    return seconds * 1e6 / (loops * len(urls))


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    print(f"{count} sequential requests x {rounds} rounds, median ms per request")
    for label, keep_alive in (("keep-alive", True), ("new connection", False)):
        plain, guarded, fetched = asyncio.run(compare(start_server(keep_alive), count, rounds))
        print(
            f"{label:15} plain get {plain:.3f} | guarded get {guarded:.3f} "
            f"(x{guarded / plain:.2f}, +{(guarded - plain) * 1000:.0f} µs) | "
            f"guarded fetch {fetched:.3f} (x{fetched / plain:.2f}, "
            f"+{(fetched - plain) * 1000:.0f} µs)"
        )
    print(f"URL check alone: {url_check_us():.1f} µs per request hop")


if __name__ == "__main__":
    main()
