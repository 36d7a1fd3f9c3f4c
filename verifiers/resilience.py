"""Polite and robust fetching: per-host limits, retries with backoff, and a response cache.

``ResilientTransport`` wraps the guarded client's transport, so every verifier gets it without
changing a call, and the network guard still checks every attempt and every redirect hop:

- **per-host concurrency**: at most ``per_host`` requests in flight to one host, so a résumé
  with twelve Credly badges does not hammer Credly, while different hosts run in parallel; a
  request that waits for a free place is let in by its turn (``in_turn``: the moment the job
  it belongs to began), so an earlier job's requests go before a later job's;
- **retries**: GET and HEAD are retried on 429, 5xx and network failures (timeouts, refused
  connections), waiting ``backoff × 2^attempt`` with full jitter, or what ``Retry-After``
  asks when it asks for no longer than ``max_retry_after``; when the platform stays down the
  last answer (or error) is passed on, and the verifier reports ``unreachable``;
- **a TTL cache**: a successful or definitive answer (2xx, 404, 410) is kept for ``ttl``
  seconds, keyed by method, URL and ``Accept``, so the same link twice costs one request, even
  when both claims ask at the same moment. ``Cache-Control: no-store`` is honoured; bodies
  above ``max_cached_bytes`` and requests carrying credentials are passed through uncached.
  Inside ``fresh_answers()`` nothing is answered from the cache (what is fetched is still
  kept): a re-check asks again what it asked minutes ago.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import email.utils
import heapq
import itertools
import random
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

__all__ = [
    "ResiliencePolicy",
    "ResilientTransport",
    "in_turn",
    "keeps_answers",
    "knows",
    "with_resilience",
]

_IDEMPOTENT = frozenset({"GET", "HEAD"})
_CACHEABLE_STATUS = frozenset({200, 203, 204, 300, 301, 308, 404, 410})
_RETRY_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
_RETRIED_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class ResiliencePolicy:
    """How politely and how persistently credlens asks the platforms."""

    #: Requests in flight to one host at a time.
    per_host: int = 4
    #: Attempts in all for one request, the first included.
    attempts: int = 3
    #: The first retry waits up to this many seconds; each later one up to twice as long.
    backoff: float = 0.25
    #: A ``Retry-After`` longer than this is not waited for: the answer is passed on.
    max_retry_after: float = 10.0
    #: Seconds an answer stays cached; 0 turns the cache off.
    ttl: float = 600.0
    max_cached_responses: int = 1024
    max_cached_bytes: int = 1024 * 1024

    def __post_init__(self) -> None:
        if self.per_host < 1 or self.attempts < 1:
            raise ValueError("per_host and attempts must be at least 1")
        if self.backoff < 0 or self.max_retry_after < 0 or self.ttl < 0:
            raise ValueError("backoff, max_retry_after and ttl cannot be negative")


@dataclass
class _Cached:
    expires_at: float
    status_code: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


@dataclass
class _Counters:
    """What the transport did, for benchmarks and tests."""

    sent: int = 0
    cache_hits: int = 0
    retries: int = 0


class _ReplayStream(httpx.AsyncByteStream):
    """The part of a body already read, then the rest still on the wire."""

    def __init__(
        self, head: list[bytes], rest: AsyncIterator[bytes] | None, response: httpx.Response
    ):
        self._head = head
        self._rest = rest
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._head:
            yield chunk
        if self._rest is not None:
            async for chunk in self._rest:
                yield chunk

    async def aclose(self) -> None:
        await self._response.aclose()


#: Set inside ``fresh_answers``: requests made in this context skip the cache's answers. A
#: context variable, so the tasks a check starts (``asyncio.gather``) inherit it.
_FRESH: contextvars.ContextVar[bool] = contextvars.ContextVar("credlens_fresh", default=False)


@contextlib.contextmanager
def fresh_answers() -> Iterator[None]:
    """Within this block, every request is sent, never answered from the cache."""
    token = _FRESH.set(True)
    try:
        yield
    finally:
        _FRESH.reset(token)


#: The moment the work making a request began (``in_turn``); None outside it.
_TURN: contextvars.ContextVar[float | None] = contextvars.ContextVar("credlens_turn", default=None)


@contextlib.contextmanager
def in_turn() -> Iterator[None]:
    """Every request made within this block (and the tasks it starts) waits for a host's free
    place in the order the block began: a job's requests, asked ahead or by its checks, go
    before those of a job that began later, and the earlier job ends sooner. Outside such a
    block a request's turn is when it came. Only the order of waiting changes: the per-host
    limit and every request are the same."""
    token = _TURN.set(time.monotonic())
    try:
        yield
    finally:
        _TURN.reset(token)


class _HostSlots:
    """At most ``size`` requests at once to one host; one that must wait is let in by its
    turn (``in_turn``'s moment, or when it came), earliest first, then first come."""

    def __init__(self, size: int) -> None:
        self._free = size
        # Non-empty only while no place is free: a release hands its place to the first.
        self._waiting: list[tuple[float, int, asyncio.Future[None]]] = []
        self._arrivals = itertools.count()

    async def __aenter__(self) -> None:
        if self._free:
            self._free -= 1
            return
        turn = _TURN.get()
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        entry = (time.monotonic() if turn is None else turn, next(self._arrivals), waiter)
        heapq.heappush(self._waiting, entry)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self._release()  # handed a place as it was cancelled: hand it on
            raise

    async def __aexit__(self, *_: object) -> None:
        self._release()

    def _release(self) -> None:
        while self._waiting:
            waiter = heapq.heappop(self._waiting)[2]
            if not waiter.done():  # a cancelled waiter is skipped
                waiter.set_result(None)
                return
        self._free += 1


class ResilientTransport(httpx.AsyncBaseTransport):
    """Per-host limits, retries and a TTL cache around another transport."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: ResiliencePolicy | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._inner = inner
        self.policy = policy or ResiliencePolicy()
        self._sleep = sleep
        self._clock = clock
        self._jitter = jitter
        self._hosts: dict[str, _HostSlots] = {}
        self._cache: OrderedDict[tuple[str, str, str], _Cached] = OrderedDict()
        self._in_flight: dict[tuple[str, str, str], asyncio.Lock] = {}
        self.counters = _Counters()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        personal = "authorization" in request.headers or "cookie" in request.headers
        if request.method not in _IDEMPOTENT or self.policy.ttl == 0 or personal:
            # An answer to a signed-in request may be for that caller only: never share it.
            return await self._with_retries(request)
        key = (request.method, str(request.url), request.headers.get("accept", ""))
        cached = self._cached(key)
        if cached is not None:
            return cached
        lock = self._in_flight.setdefault(key, asyncio.Lock())
        try:
            async with lock:
                # Whoever waited here while the same URL was fetched finds it cached now.
                cached = self._cached(key)
                if cached is not None:
                    return cached
                response = await self._with_retries(request)
                return await self._store(key, response)
        finally:
            if not lock.locked():
                self._in_flight.pop(key, None)

    async def aclose(self) -> None:
        await self._inner.aclose()

    # -- cache ---------------------------------------------------------------------------

    def _cached(self, key: tuple[str, str, str]) -> httpx.Response | None:
        if _FRESH.get():
            return None
        entry = self._cache.get(key)
        if entry is None:
            return None
        if entry.expires_at <= self._clock():
            del self._cache[key]
            return None
        self._cache.move_to_end(key)
        self.counters.cache_hits += 1
        return httpx.Response(
            entry.status_code,
            headers=entry.headers,
            stream=httpx.ByteStream(entry.body),
            extensions={"credlens_cache": "hit"},
        )

    async def _store(self, key: tuple[str, str, str], response: httpx.Response) -> httpx.Response:
        cache_control = response.headers.get("cache-control", "").lower()
        if response.status_code not in _CACHEABLE_STATUS or "no-store" in cache_control:
            return response
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.policy.max_cached_bytes:
            return response
        chunks: list[bytes] = []
        size = 0
        raw = response.stream
        assert isinstance(raw, httpx.AsyncByteStream)
        iterator = raw.__aiter__()
        async for chunk in iterator:
            chunks.append(chunk)
            size += len(chunk)
            if size > self.policy.max_cached_bytes:
                # Too big to keep: hand over what was read and the rest, as it comes.
                response.stream = _ReplayStream(chunks, iterator, response)
                return response
        await response.aclose()
        body = b"".join(chunks)
        self._cache[key] = _Cached(
            expires_at=self._clock() + self.policy.ttl,
            status_code=response.status_code,
            headers=list(response.headers.raw),
            body=body,
        )
        while len(self._cache) > self.policy.max_cached_responses:
            self._cache.popitem(last=False)
        return httpx.Response(
            response.status_code,
            headers=response.headers.raw,
            stream=httpx.ByteStream(body),
            extensions=response.extensions,
        )

    # -- limits and retries --------------------------------------------------------------

    def _host_limit(self, request: httpx.Request) -> _HostSlots:
        host = request.url.host.lower()
        slots = self._hosts.get(host)
        if slots is None:
            slots = self._hosts[host] = _HostSlots(self.policy.per_host)
        return slots

    def knows(self, url: str, accept: str) -> bool:
        """Whether a GET of ``url`` with this ``Accept`` is answered from the cache now, or
        is under way (its answer will be)."""
        try:
            key = ("GET", str(httpx.URL(url)), accept)
        except httpx.InvalidURL:
            return False
        entry = self._cache.get(key)
        return key in self._in_flight or (entry is not None and entry.expires_at > self._clock())

    async def _with_retries(self, request: httpx.Request) -> httpx.Response:
        retryable = request.method in _IDEMPOTENT
        for attempt in range(self.policy.attempts):
            last = attempt == self.policy.attempts - 1 or not retryable
            try:
                async with self._host_limit(request):
                    self.counters.sent += 1
                    response = await self._inner.handle_async_request(request)
            except _RETRIED_ERRORS:
                if last:
                    raise
                await self._wait(attempt, None)
                continue
            if last or response.status_code not in _RETRY_STATUS:
                return response
            delay = self._retry_after(response)
            if delay is not None and delay > self.policy.max_retry_after:
                return response  # asked to come back much later: report it, do not hang
            await response.aclose()
            await self._wait(attempt, delay)
        raise AssertionError("unreachable: the last attempt always returns or raises")

    async def _wait(self, attempt: int, retry_after: float | None) -> None:
        self.counters.retries += 1
        if retry_after is not None:
            await self._sleep(retry_after)
            return
        # Full jitter: clients that failed together do not come back together.
        await self._sleep(self.policy.backoff * (2**attempt) * self._jitter())

    def _retry_after(self, response: httpx.Response) -> float | None:
        value = response.headers.get("retry-after", "").strip()
        if not value:
            return None
        if value.isdigit():
            return float(value)
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max(0.0, (when - datetime.now(UTC)).total_seconds())


def keeps_answers(client: httpx.AsyncClient) -> bool:
    """Whether what ``client`` is answered now is kept for the next ask of the same request:
    its transport is a ``ResilientTransport`` with a cache, and this is not inside
    ``fresh_answers()`` (where the next ask would not look)."""
    # httpx keeps the transport it was given and offers no public way to read it.
    transport = client._transport
    cached = isinstance(transport, ResilientTransport) and transport.policy.ttl > 0
    return cached and not _FRESH.get()


def knows(client: httpx.AsyncClient, url: str, accept: str) -> bool:
    """Whether ``client`` keeps answers and has the answer to a GET of ``url`` with this
    ``Accept``, or is asking it now (``ResilientTransport.knows``)."""
    transport = client._transport  # see keeps_answers
    return (
        keeps_answers(client)
        and isinstance(transport, ResilientTransport)
        and transport.knows(url, accept)
    )


def with_resilience(
    client: httpx.AsyncClient,
    policy: ResiliencePolicy | None = None,
    *,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
    jitter: Callable[[], float] = random.random,
) -> ResilientTransport:
    """Wrap ``client``'s transport (the guarded one) in a ``ResilientTransport`` and return it.

    The guard stays underneath, so every attempt and every redirect hop is still checked.
    Wrapping twice returns the wrapper already in place.
    """
    # httpx keeps the transport it was given here and offers no public way to wrap it.
    inner = client._transport
    if isinstance(inner, ResilientTransport):
        return inner
    resilient = ResilientTransport(inner, policy, sleep=sleep, clock=clock, jitter=jitter)
    client._transport = resilient
    return resilient
