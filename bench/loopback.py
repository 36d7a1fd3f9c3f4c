"""A loopback HTTP server for the benchmarks, answering for every host after a delay.

Remote hosts run on their own machines: the server runs in its own process, so its work (and
its share of the interpreter lock) stays out of the measured client's way. A resolver that
sends every made-up host name to 127.0.0.1 (``to_loopback``) lets one server stand for many.
``answer(host, target)`` gives the status, content type and body for a request line's target
(path and query) on a ``Host``; it runs in the server's process (forked, so it may close over
data built before ``start``).
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable

__all__ = ["Answer", "LoopbackServer", "to_loopback"]

#: ``(host, target) -> (status, content type, body)``.
Answer = Callable[[str, str], tuple[int, str, bytes]]


async def to_loopback(host: str, port: int) -> list[str]:
    """A resolver that sends every host name to this machine."""
    return ["127.0.0.1"]


class LoopbackServer:
    """Answers every request with ``answer`` after ``delay`` seconds, counting them."""

    def __init__(self, answer: Answer, delay: float, port: int = 0) -> None:
        self.answer = answer
        self.delay = delay
        self._served = multiprocessing.Value("i", 0)
        self._port = multiprocessing.Value("i", port)
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
        server = await asyncio.start_server(self._answer, "127.0.0.1", self.port)
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
        lines = head.split(b"\r\n")
        target = lines[0].split(b" ")[1].decode() if len(lines[0].split(b" ")) > 1 else "/"
        host = next(
            (
                line.split(b":", 1)[1].strip().decode()
                for line in lines
                if line.lower().startswith(b"host:")
            ),
            "",
        )
        with self._served.get_lock():
            self._served.value += 1
        await asyncio.sleep(self.delay)
        status, kind, body = self.answer(host, target)
        writer.write(
            f"HTTP/1.1 {status} X\r\nContent-Type: {kind}\r\n".encode()
            + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
            + body
        )
        await writer.drain()
        writer.close()
