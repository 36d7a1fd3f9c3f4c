"""A tiny real HTTP/1.1 server on 127.0.0.1 for the guarded client's tests.

Written on asyncio streams rather than uvicorn so that a test can make the server misbehave on
purpose (stall, trickle, lie about its length) and can see exactly what arrived on the wire.
"""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

import httpcore

Handler = Callable[["Received", asyncio.StreamWriter], Awaitable[None]]


@dataclass(frozen=True)
class Received:
    """One request as the server read it off the socket."""

    method: str
    path: str
    headers: dict[str, str]


@dataclass
class LocalServer:
    host: str
    port: int
    received: list[Received] = field(default_factory=list)
    connections: int = 0

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"


def response_head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} X"] + [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


async def send(
    writer: asyncio.StreamWriter,
    status: int,
    body: bytes = b"",
    content_type: str = "application/json",
    extra: dict[str, str] | None = None,
) -> None:
    headers = {
        "Content-Type": content_type,
        "Content-Length": str(len(body)),
        "Connection": "close",
        **(extra or {}),
    }
    writer.write(response_head(status, headers) + body)
    await writer.drain()


async def _chunked(writer: asyncio.StreamWriter, chunk: bytes, count: int) -> None:
    writer.write(response_head(200, {"Transfer-Encoding": "chunked", "Connection": "close"}))
    for _ in range(count):
        writer.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        await writer.drain()
    writer.write(b"0\r\n\r\n")
    await writer.drain()


async def _trickle(writer: asyncio.StreamWriter) -> None:
    # One byte every 100 ms: never idle long enough for a read timeout, never finished.
    writer.write(response_head(200, {"Content-Length": "100000", "Connection": "close"}))
    for _ in range(100000):
        writer.write(b"x")
        await writer.drain()
        await asyncio.sleep(0.1)


async def _redirect(received: Received, writer: asyncio.StreamWriter) -> None:
    """``/redirect?to=URL`` answers 302 to URL, as an open redirect on a badge host would."""
    target = parse_qs(urlsplit(received.path).query)["to"][0]
    await send(writer, 302, extra={"Location": target})


async def _not_found(_: Received, writer: asyncio.StreamWriter) -> None:
    await send(writer, 404, b'{"error": "not found"}')


GZIP_BOMB = gzip.compress(b"\0" * (8 * 1024 * 1024))

ROUTES: dict[str, Handler] = {
    "/assertion": lambda _, w: send(
        w, 200, b'{"type": "Assertion", "id": "urn:uuid:1"}', "application/ld+json; charset=utf-8"
    ),
    "/not-json": lambda _, w: send(w, 200, b"<html>nope</html>", "text/html"),
    "/gone": lambda _, w: send(w, 410, b'{"revoked": true}'),
    "/unavailable": lambda _, w: send(w, 503, b"busy", "text/plain"),
    "/declares-huge": lambda _, w: send(
        w, 200, b"{}", extra={"Content-Length": str(50 * 1024 * 1024)}
    ),
    "/chunked-2mb": lambda _, w: _chunked(w, b"y" * 65536, 32),
    "/gzip-bomb": lambda _, w: send(w, 200, GZIP_BOMB, extra={"Content-Encoding": "gzip"}),
    "/trickle": lambda _, w: _trickle(w),
    "/silent": lambda _, w: asyncio.sleep(3600),
    "/to-assertion": lambda _, w: send(w, 302, extra={"Location": "/assertion"}),
    "/redirect": _redirect,
    "/loop": lambda _, w: send(w, 302, extra={"Location": "/loop"}),
    "/to-metadata": lambda _, w: send(
        w, 302, extra={"Location": "http://169.254.169.254/latest/meta-data/"}
    ),
}


@asynccontextmanager
async def local_server() -> AsyncIterator[LocalServer]:
    """Serve ``ROUTES`` on a free loopback port for the length of the block."""
    server_state = LocalServer(host="127.0.0.1", port=0)
    tasks: set[asyncio.Task[None]] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        server_state.connections += 1
        task = asyncio.current_task()
        assert task is not None
        tasks.add(task)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line, *header_lines = head.decode("latin-1").split("\r\n")
            method, path, _ = request_line.split(" ", 2)
            headers = {
                name.strip().lower(): value.strip()
                for name, _, value in (line.partition(":") for line in header_lines if line)
            }
            received = Received(method=method, path=path, headers=headers)
            server_state.received.append(received)
            handler = ROUTES.get(path.partition("?")[0], _not_found)
            await handler(received, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass  # the client hung up, which is what several tests make it do
        finally:
            tasks.discard(task)
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    server_state.port = server.sockets[0].getsockname()[1]
    try:
        yield server_state
    finally:
        server.close()
        for task in list(tasks):
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await server.wait_closed()


class RecordingNetwork(httpcore.AsyncNetworkBackend):
    """The sockets' side of a test network: records every address a socket is asked for,
    and routes only ``routes`` (a public address to a loopback one, where a local server
    answers), so no packet leaves the machine."""

    def __init__(self, routes: dict[str, str] | None = None) -> None:
        self.asked: list[str] = []
        self._routes = routes or {}
        self._real = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        self.asked.append(host)
        if host not in self._routes:
            raise httpcore.ConnectError(f"the test network has no route to {host}")
        return await self._real.connect_tcp(
            self._routes[host], port, timeout, local_address, socket_options
        )

    async def sleep(self, seconds: float) -> None:
        await self._real.sleep(seconds)
