"""A real uvicorn server in a thread, for browser tests (the encode/httpx pattern)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def serve_in_thread(app: FastAPI, *, startup_timeout: float = 60.0) -> Iterator[str]:
    """Serve ``app`` on a free loopback port; yields its base URL and stops it on exit.

    The socket is bound here and handed to uvicorn, so no other process can take the port
    between choosing it and serving on it. The timeout only guards against a hang: a loaded
    machine can take several seconds to run the app's start-up.
    """
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the test server stopped during start-up (see its log above)")
            if time.monotonic() > deadline:
                raise RuntimeError(f"the test server did not start in {startup_timeout:.0f} s")
            time.sleep(0.01)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listener.close()
