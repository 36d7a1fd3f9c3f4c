"""Recorded platform responses, served with respx at the addresses the platforms use."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from extractors.models import Candidate, Claim, ClaimOrigin, Source
from verifiers.base import Verifier
from verifiers.dispatch import verify_claim
from verifiers.models import CheckStatus, Verification

RECORDED = Path(__file__).parent / "recorded"
#: Every recorded response is "now" on this day: after issue, before expiry.
TODAY = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
JANE = Candidate(name="Jane Doe", emails=("Jane.Doe@example.com",))


def now() -> datetime:
    return TODAY


def recorded(name: str, *, replace: dict[str, str] | None = None) -> Any:
    """A recorded response, with host names replaced (to serve it from a sandbox)."""
    text = (RECORDED / name).read_text(encoding="utf-8")
    for old, new in (replace or {}).items():
        text = text.replace(old, new)
    return json.loads(text)


def json_response(document: Any, status: int = 200, *, ld: bool = False) -> httpx.Response:
    kind = "application/ld+json" if ld else "application/json; charset=utf-8"
    return httpx.Response(
        status, content=json.dumps(document).encode(), headers={"content-type": kind}
    )


def resume_claim(url: str, title: str, **fields: Any) -> Claim:
    return Claim(id="c1", title=title, url=url, source=Source(origin=ClaimOrigin.RESUME), **fields)


def link_claim(url: str) -> Claim:
    return Claim(
        id="link-1", title="Linked credential", url=url, source=Source(origin=ClaimOrigin.LINK)
    )


def check(verification: Verification, name: str) -> tuple[CheckStatus, str]:
    found = [each for each in verification.checks if each.name == name]
    assert found, f"no {name!r} check in {[each.name for each in verification.checks]}"
    return found[-1].status, found[-1].detail


async def judge(
    verifier: Verifier, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
) -> Verification:
    """The verifier's answer as the dispatcher gives it: compared with the claim."""
    return await verify_claim(claim, candidate, client, [verifier])
