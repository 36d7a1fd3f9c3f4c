"""One fetch through the guarded client: the whole body, capped, and the evidence of it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import anyio
import httpx

from verifiers.http.errors import (
    BlockedURLError,
    FetchError,
    ResponseTooLargeError,
    UnreachableError,
)
from verifiers.http.guard import GuardedClient
from verifiers.http.policy import HttpPolicy
from verifiers.models import Evidence

DEFAULT_ACCEPT = "application/ld+json, application/json;q=0.9, */*;q=0.1"


@dataclass(frozen=True)
class Fetched:
    """A whole response and the evidence recorded for it."""

    url: str
    status_code: int
    headers: httpx.Headers
    body: bytes
    evidence: Evidence

    def json(self) -> Any:
        """The body as JSON; raises ValueError when it is not JSON, or nested too deeply to read
        (a JSON bomb of a hundred thousand brackets)."""
        try:
            return json.loads(self.body)
        except RecursionError:
            raise ValueError("the JSON is nested too deeply to read") from None

    @property
    def content_type(self) -> str | None:
        """The media type without parameters, lower-cased (``application/ld+json``)."""
        value = self.headers.get("content-type")
        if not value:
            return None
        return value.split(";", 1)[0].strip().lower() or None


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    accept: str = DEFAULT_ACCEPT,
    method: str = "GET",
    headers: Mapping[str, str] | None = None,
    content: bytes | None = None,
) -> Fetched:
    """Fetch ``url`` whole, within the client's policy, and record the evidence.

    Any HTTP status is returned: what a 404 or a 503 means is the verifier's call.
    Raises ``BlockedURLError``, ``ResponseTooLargeError``, ``UnreachableError`` or
    ``FetchError``.
    """
    policy = client.policy if isinstance(client, GuardedClient) else HttpPolicy()
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise BlockedURLError(f"not a URL credlens can fetch: {error}") from None
    if parsed.is_relative_url:
        # httpx would quietly turn "file:///etc/passwd" into a relative path; say what it was.
        if parsed.scheme not in ("", "http", "https"):
            raise BlockedURLError(f"the {parsed.scheme} scheme is not allowed, only http and https")
        raise BlockedURLError("not an absolute http or https URL")
    request_headers = {"Accept": accept, **(headers or {})}
    try:
        with anyio.fail_after(policy.total_timeout):
            async with client.stream(
                method, url, headers=request_headers, content=content
            ) as response:
                body = await _read_capped(response, policy.max_bytes)
    except TimeoutError:
        raise UnreachableError(
            f"the fetch took longer than {policy.total_timeout:g} s in all"
        ) from None
    except httpx.TimeoutException as error:
        raise UnreachableError(_timeout_reason(error)) from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
        raise BlockedURLError(f"not a URL credlens can fetch: {error}") from None
    except httpx.TooManyRedirects:
        raise FetchError(f"more than {policy.max_redirects} redirects") from None
    except httpx.DecodingError as error:
        raise FetchError(f"the response could not be decoded: {error}") from None
    except httpx.RemoteProtocolError as error:
        # httpx reports a Location it cannot parse ("http://0177.0.0.1/") as a protocol error;
        # that is a URL refused, not a server to try again later.
        if "location header" in str(error).lower():
            raise BlockedURLError(f"a redirect to an unusable URL: {error}") from None
        raise UnreachableError(str(error) or type(error).__name__) from None
    except httpx.TransportError as error:
        raise UnreachableError(str(error) or type(error).__name__) from None
    fetched_url = str(response.url)
    evidence = Evidence(
        url=fetched_url,
        status_code=response.status_code,
        fetched_at=datetime.now(UTC),
        sha256=hashlib.sha256(body).hexdigest(),
        content_type=response.headers.get("content-type"),
    )
    return Fetched(
        url=fetched_url,
        status_code=response.status_code,
        headers=response.headers,
        body=body,
        evidence=evidence,
    )


async def _read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise ResponseTooLargeError(f"the response declares {declared} bytes, over {max_bytes}")
    chunks: list[bytes] = []
    received = 0
    # Decoded bytes are counted, so a gzip bomb is stopped as soon as it inflates past the cap.
    async for chunk in response.aiter_bytes():
        received += len(chunk)
        if received > max_bytes:
            raise ResponseTooLargeError(f"the response is larger than {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _timeout_reason(error: httpx.TimeoutException) -> str:
    if isinstance(error, httpx.ConnectTimeout):
        return "connecting timed out"
    if isinstance(error, httpx.ReadTimeout):
        return "the server stopped sending"
    if isinstance(error, httpx.PoolTimeout):
        return "no connection was free in time"
    return "the request timed out"
