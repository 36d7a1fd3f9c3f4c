"""What a fetch that got no usable answer raises, and which answers mean "ask again later"."""

from __future__ import annotations


class FetchError(Exception):
    """A fetch that produced no response to judge; ``reason`` reads well after "because"."""

    transient: bool = False

    def __init__(self, reason: str, *, transient: bool | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        if transient is not None:
            self.transient = transient


class BlockedURLError(FetchError):
    """The guard refused the URL (SSRF defence); asking again will not help."""


class ResponseTooLargeError(FetchError):
    """The body was larger than the policy allows."""


class UnreachableError(FetchError):
    """A timeout, a refused connection or a DNS failure: worth retrying later."""

    transient = True


def is_transient_status(status_code: int) -> bool:
    """Whether an HTTP status means "try again later" rather than an answer about the claim."""
    return status_code in (408, 425, 429) or 500 <= status_code <= 599
