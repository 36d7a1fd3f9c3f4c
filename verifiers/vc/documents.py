"""Supporting documents (DID documents, issuer profiles, status lists) fetched and judged.

Every fetch goes through ``verifiers.http.fetch``; the one response cache is the client's
(``verifiers.resilience``), so a résumé with ten credentials from one issuer asks once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx

from verifiers.http import BlockedURLError, FetchError, fetch
from verifiers.models import Evidence, Verdict
from verifiers.run import PERMANENT_FAILURE_VERDICT, status_verdict

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


class DocumentFetcher:
    """Fetches supporting documents for one verification."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def get(self, url: str, *, what: str, accept: str = ACCEPT_DOCUMENT) -> Document:
        """The body at ``url``; raises ``LookupFailed`` with the verdict the failure means.

        A transient failure is ``unreachable``; a refused URL or a missing document is
        ``unverified`` (nothing could be checked, which is not proof of forgery).
        """
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
        return Document(url=fetched.url, body=fetched.body, evidence=fetched.evidence)

    async def get_json(self, url: str, *, what: str) -> tuple[Any, Evidence]:
        """The JSON at ``url`` and the evidence; a body that is not JSON is ``invalid``."""
        document = await self.get(url, what=what)
        try:
            return document.json(), document.evidence
        except (ValueError, UnicodeDecodeError):
            raise LookupFailed(
                f"{what} at {url} is not JSON", Verdict.INVALID, document.evidence
            ) from None
