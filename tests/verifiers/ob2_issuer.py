"""Serving the 1EdTech Open Badges 2.0 fixtures the way their upstream tests do, with respx.

Upstream, every asset ``assets/<name>`` is served at ``https://example.org/<name>`` and
``http://example.org/<name>``; an assertion is served at its own ``id``.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import httpx
import respx

from extractors.models import Candidate, Claim
from testkit import factories
from tests.conftest import SHARED_FIXTURES
from verifiers.models import Verification
from verifiers.openbadges2 import OpenBadges2Verifier

FIXTURES = Path(__file__).parent / "fixtures" / "ob2"
DCPV = FIXTURES / "dcpv"
VALIDATOR_CORE = FIXTURES / "validator-core"
#: The fixtures' recipient: sha256("nobody@example.org" + "deadsea"), per the upstream comment.
RECIPIENT_EMAIL = "nobody@example.org"
ASSERTION_URL = "https://example.org/beths-robotics-badge.json"

# A few upstream files carry // comments after a value; JSON has none.
_TRAILING_COMMENT = re.compile(r"(?<=[,{\[])[ \t]*//[^\n]*")


def read_json(path: Path) -> Any:
    return json.loads(_TRAILING_COMMENT.sub("", path.read_text(encoding="utf-8")))


def json_ld(document: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(document).encode(),
        headers={"content-type": "application/ld+json"},
    )


def _asset(request: httpx.Request) -> httpx.Response:
    path = DCPV / "assets" / request.url.path.lstrip("/")
    if not path.is_file():
        return httpx.Response(404, text="not found")
    return json_ld(read_json(path))


def serve_assets(router: respx.MockRouter) -> None:
    """Every upstream asset at its example.org address; anything else there is a 404."""
    router.get(url__regex=r"^https?://example\.org/[^/?#]+$").mock(side_effect=_asset)


def serve_assertion(
    router: respx.MockRouter, assertion: dict[str, Any], *, at: str | None = None
) -> str:
    """Serve ``assertion`` at its id (or ``at``) plus the assets; returns the URL."""
    url = at or str(assertion["id"])
    router.get(url).mock(return_value=json_ld(assertion))
    serve_assets(router)
    return url


CANDIDATE = Candidate(name="Beth", emails=(RECIPIENT_EMAIL,))
VERIFIER = OpenBadges2Verifier()


def link_claim(url: str) -> Claim:
    return factories.link_claim(url, claim_id="c1", title="Awesome Robotics Badge")


def basic_assertion(**changes: Any) -> dict[str, Any]:
    assertion: dict[str, Any] = copy.deepcopy(read_json(DCPV / "basic-assertion.json"))
    assertion.update(changes)
    return assertion


async def verify(
    client: httpx.AsyncClient, url: str, candidate: Candidate = CANDIDATE
) -> Verification:
    return await VERIFIER.verify(link_claim(url), candidate, client)


#: 1EdTech's validator-core example issuer, as the shared fixtures keep it.
EXAMPLE_ISSUER = SHARED_FIXTURES / "credentials" / "ob-validator-core"


def example_document(name: str) -> Any:
    return json.loads((EXAMPLE_ISSUER / name).read_text())


def serve_example_issuer(router: respx.MockRouter) -> None:
    """The 1EdTech example issuer: a hosted assertion for nobody@example.org, at
    ``ASSERTION_URL``, its badge class and its issuer."""
    for name, url in [
        ("2_0_basic_assertion.json", ASSERTION_URL),
        ("2_0_basic_badgeclass.json", "https://example.org/robotics-badge.json"),
        ("2_0_basic_issuer.json", "https://example.org/organization.json"),
    ]:
        router.get(url).mock(return_value=httpx.Response(200, json=example_document(name)))
