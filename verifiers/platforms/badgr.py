"""Badgr / Canvas Credentials / Parchment Digital Badges: hosted Open Badges 2.0 assertions.

Every public assertion is served as Open Badges 2.0 JSON at
``{base}/public/assertions/<entityId>`` (1EdTech's validator documents it with ``?v=2_0``), on
the US (``api.badgr.io``) or EU (``api.eu.badgr.io``) API. Parchment's ``badges.parchment.com``
and ``.eu`` pages are the same service renamed, so they go to the same two bases. The
assertion carries a hashed email; the Open Badges 2.0 verifier walks and checks it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import ClassVar

import httpx

from extractors.models import Candidate, Claim
from verifiers.models import Verification
from verifiers.openbadges2 import OpenBadges2Verifier
from verifiers.platforms.common import (
    Run,
    claim_url,
    lookup_url,
    walk_open_badge,
)

__all__ = [
    "DEFAULT_BADGR_BASE_URL",
    "DEFAULT_BADGR_EU_BASE_URL",
    "BadgrVerifier",
    "badgr_assertion",
]

DEFAULT_BADGR_BASE_URL = "https://api.badgr.io"
DEFAULT_BADGR_EU_BASE_URL = "https://api.eu.badgr.io"

_ASSERTION = re.compile(
    r"https?://(?:(?:www\.)?(?P<eu1>eu\.)?badgr\.com|api\.(?P<eu2>eu\.)?badgr\.io"
    r"|(?:[a-z0-9-]+\.)?badges\.parchment\.(?:com|(?P<eu3>eu)))"
    r"/public/(?:assertions|credentials)/(?P<id>[A-Za-z0-9_-]{6,64})(?:\.json)?"
    r"/?(?:[?#].*)?$",
    re.IGNORECASE,
)


def badgr_assertion(url: str) -> tuple[str, bool] | None:
    """The assertion's entity id and whether it lives on the EU service, or None."""
    match = _ASSERTION.match(url.strip())
    if match is None:
        return None
    european = any(match.group(group) for group in ("eu1", "eu2", "eu3"))
    return match.group("id"), european


class BadgrVerifier:
    """Badgr, Canvas Credentials and Parchment public assertion links."""

    name: ClassVar[str] = "badgr"
    platform: ClassVar[str] = "Badgr"

    def __init__(
        self,
        base_url: str = DEFAULT_BADGR_BASE_URL,
        *,
        eu_base_url: str = DEFAULT_BADGR_EU_BASE_URL,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.base_url = base_url
        self.eu_base_url = eu_base_url
        self._ob2 = OpenBadges2Verifier(now=now)

    def recognises(self, claim: Claim) -> bool:
        url = claim_url(claim)
        return url is not None and badgr_assertion(url) is not None

    async def verify(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
    ) -> Verification:
        run = Run(claim=claim, method=self.name, source=self.platform)
        found = badgr_assertion(claim_url(claim) or "")
        assert found is not None, "verify() is only called on claims recognises() accepted"
        entity_id, european = found
        base = self.eu_base_url if european else self.base_url
        where = "EU" if european else "US"
        run.checks.passed("platform", f"a Badgr assertion link ({where} service, {entity_id})")
        # The bare URL is the assertion's own id, so the walk needs no second fetch; Badgr
        # answers Open Badges 2.0 there when asked for JSON-LD (``?v=2_0`` is the default).
        assertion_url = lookup_url(base, f"/public/assertions/{entity_id}")
        await walk_open_badge(run, self._ob2, candidate, client, assertion_url)
        return run.result()
