"""Recorded platform responses, served with respx at the addresses the platforms use."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import respx

from extractors.models import Candidate, Claim
from testkit import factories
from testkit.factories import link_claim as link_claim  # the platform tests take it from here
from verifiers.base import Verifier
from verifiers.dispatch import verify_claim
from verifiers.models import Verification

RECORDED = Path(__file__).parent / "recorded"
#: Every recorded response is "now" on this day: after issue, before expiry.
TODAY = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
JANE = factories.candidate("Jane Doe", emails=("Jane.Doe@example.com",))


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
    return factories.json_response(document, status, content_type=kind)


def resume_claim(url: str, title: str, **fields: Any) -> Claim:
    return factories.claim(title, url=url, **fields)


async def judge(
    verifier: Verifier, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
) -> Verification:
    """The verifier's answer as the dispatcher gives it: compared with the claim."""
    return await verify_claim(claim, candidate, client, [verifier])


#: The recorded Credly badge (``recorded/credly/``) and where Credly serves its graph.
CREDLY_BADGE_ID = "3b0e5a8c-5d7e-4f1a-9c53-6f0d2b7a4e21"
CREDLY_API = "https://api.credly.com"
CREDLY_WEB = "https://www.credly.com"
CREDLY_ASSERTION = f"{CREDLY_API}/v1/obi/v2/badge_assertions/{CREDLY_BADGE_ID}"
CREDLY_ISSUER = f"{CREDLY_API}/v1/obi/v2/issuers/f4b8d042-0072-4a1a-8d00-260b513026e8"
CREDLY_BADGE_CLASS = f"{CREDLY_ISSUER}/badge_classes/64567b66-def2-4c84-be6c-2586962fccd3"


def serve_credly(
    router: respx.MockRouter,
    base: str = CREDLY_API,
    *,
    assertion_status: int = 200,
    holder: str | None = None,
    template: dict[str, str] | None = None,
) -> None:
    """The badge's assertion graph; with ``holder``, Credly's public badge record in that name
    (its badge template updated with ``template``)."""
    replace = {CREDLY_API: base}
    if holder is not None:
        record = recorded("credly/public_badge.json")
        record["data"]["issued_to"] = holder
        record["data"]["badge_template"].update(template or {})
        router.get(f"{CREDLY_WEB}/api/v1/public_badges/{CREDLY_BADGE_ID}").mock(
            return_value=json_response(record)
        )
    router.get(f"{base}/v1/obi/v2/badge_assertions/{CREDLY_BADGE_ID}").mock(
        return_value=json_response(
            recorded("credly/assertion.json", replace=replace), assertion_status
        )
    )
    router.get(CREDLY_BADGE_CLASS.replace(CREDLY_API, base)).mock(
        return_value=json_response(recorded("credly/badge_class.json", replace=replace))
    )
    router.get(CREDLY_ISSUER.replace(CREDLY_API, base)).mock(
        return_value=json_response(recorded("credly/issuer.json", replace=replace))
    )


#: The recorded Accredible credential (``recorded/accredible/credential.json``).
ACCREDIBLE_UUID = "e62a0eab-4375-4aca-b91d-da37eccb1407"


def accredible_credential(**changes: Any) -> dict[str, Any]:
    """The recorded Accredible credential, with ``changes`` to its data."""
    document: dict[str, Any] = recorded("accredible/credential.json")
    document["data"].update(changes)
    return document
