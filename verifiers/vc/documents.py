"""Supporting documents (DID documents, issuer profiles, status lists) fetched and cached.

Every fetch goes through ``verifiers.http.fetch``. A successful answer is kept for a while
(``DocumentCache``) so that a résumé with ten credentials from one issuer asks once, and so
that a verification whose keys and status lists are cached costs only CPU.
"""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from verifiers.http import BlockedURLError, FetchError, fetch
from verifiers.models import Evidence, Verdict
from verifiers.run import PERMANENT_FAILURE_VERDICT, status_verdict

T = TypeVar("T")

ACCEPT_DOCUMENT = "application/did+ld+json, application/ld+json, application/json;q=0.9"


class LookupFailed(Exception):
    """A supporting document could not be had; ``verdict`` is what that failure means."""

    def __init__(self, reason: str, verdict: Verdict, evidence: Evidence | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.verdict = verdict
        self.evidence = evidence


@dataclass(frozen=True)
class Document:
    """A fetched body and the evidence of the fetch."""

    url: str
    body: bytes
    evidence: Evidence

    def json(self) -> Any:
        return json.loads(self.body)


class TTLCache(Generic[T]):
    """Values by key, each kept ``ttl`` seconds; the oldest go first when full."""

    def __init__(
        self,
        ttl: float = 600.0,
        max_entries: int = 1024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = ttl
        self._max_entries = max_entries
        self._clock = clock
        self._entries: OrderedDict[str, tuple[float, T]] = OrderedDict()

    def get(self, key: str) -> T | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        stored_at, value = entry
        if self._clock() - stored_at > self._ttl:
            del self._entries[key]
            return None
        return value

    def put(self, key: str, value: T) -> None:
        self._entries[key] = (self._clock(), value)
        self._entries.move_to_end(key)
        while len(self._entries) > self._max_entries:
            self._entries.popitem(last=False)


#: Successful fetches by URL.
DocumentCache = TTLCache[Document]


class DocumentFetcher:
    """Fetches supporting documents for one verifier, through its cache."""

    def __init__(self, client: httpx.AsyncClient, cache: DocumentCache | None = None) -> None:
        self._client = client
        self._cache = cache

    async def get(self, url: str, *, what: str, accept: str = ACCEPT_DOCUMENT) -> Document:
        """The body at ``url``; raises ``LookupFailed`` with the verdict the failure means.

        A transient failure is ``unreachable``; a refused URL or a missing document is
        ``unverified`` (nothing could be checked, which is not proof of forgery).
        """
        if self._cache is not None and (cached := self._cache.get(url)) is not None:
            return cached
        try:
            fetched = await fetch(self._client, url, accept=accept)
        except FetchError as error:
            blocked = isinstance(error, BlockedURLError)
            verdict = Verdict.UNREACHABLE if error.transient else PERMANENT_FAILURE_VERDICT
            reason = "was not fetched" if blocked else "could not be fetched"
            raise LookupFailed(f"{what} at {url} {reason}: {error.reason}", verdict) from None
        failure = status_verdict(fetched.status_code, supporting=True)
        if failure is not None:
            later = "; try again later" if failure is Verdict.UNREACHABLE else ""
            raise LookupFailed(
                f"{what} at {url} answered HTTP {fetched.status_code}{later}",
                failure,
                fetched.evidence,
            )
        document = Document(url=fetched.url, body=fetched.body, evidence=fetched.evidence)
        if self._cache is not None:
            self._cache.put(url, document)
        return document

    async def get_json(self, url: str, *, what: str) -> tuple[Any, Evidence]:
        """The JSON at ``url`` and the evidence; a body that is not JSON is ``invalid``."""
        document = await self.get(url, what=what)
        try:
            return document.json(), document.evidence
        except (ValueError, UnicodeDecodeError):
            raise LookupFailed(
                f"{what} at {url} is not JSON", Verdict.INVALID, document.evidence
            ) from None
