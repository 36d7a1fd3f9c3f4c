"""Whole verifiers run against a hostile host: the fuzz tests and the findings they left share
these runs, so a finding is replayed exactly as the fuzzer met it."""

from __future__ import annotations

import httpx
import respx

from extractors.models import Candidate, Claim
from testkit.factories import payload_claim
from tests.verifiers.ob2_issuer import ASSERTION_URL, RECIPIENT_EMAIL, serve_assets
from verifiers.http import HttpPolicy, create_client
from verifiers.models import Verification
from verifiers.openbadges2 import OpenBadges2Verifier
from verifiers.vc import VerifiableCredentialVerifier


async def hosted(body: bytes, content_type: str = "application/ld+json") -> Verification:
    """The Open Badges 2.0 verifier on an assertion URL that serves ``body``; the 1EdTech
    assets are served, every other lookup is a 404."""
    with respx.mock(assert_all_called=False) as router:
        router.get(ASSERTION_URL).mock(
            return_value=httpx.Response(200, content=body, headers={"content-type": content_type})
        )
        serve_assets(router)
        router.route().respond(404)
        async with create_client(HttpPolicy()) as client:
            claim = Claim(id="c1", title="Robotics badge", url=ASSERTION_URL)
            candidate = Candidate(emails=(RECIPIENT_EMAIL,))
            return await OpenBadges2Verifier().verify(claim, candidate, client)


async def pasted(payload: str) -> Verification:
    """The verifiable-credential verifier on a pasted credential; every lookup is a 404."""
    with respx.mock(assert_all_called=False) as router:
        router.route().respond(404)
        async with create_client(HttpPolicy()) as client:
            verifier = VerifiableCredentialVerifier()
            return await verifier.verify(payload_claim(payload), Candidate(), client)
