"""The order the signed-credential verifiers must be asked in, through the real dispatcher."""

from __future__ import annotations

import json

import httpx

from extractors.models import Candidate
from tests.verifiers.vc.support import CREDENTIALS, NOW, payload_claim, read
from verifiers.blockcerts import BlockcertsVerifier
from verifiers.dispatch import verify
from verifiers.openbadges2 import OpenBadges2Verifier
from verifiers.vc import VerifiableCredentialVerifier

#: Blockcerts v3 certificates are verifiable credentials too, so Blockcerts goes first; both
#: come before the Open Badges 2.0 verifier, which takes any web link.
ORDER = (
    BlockcertsVerifier(clock=lambda: NOW),
    VerifiableCredentialVerifier(clock=lambda: NOW),
    OpenBadges2Verifier(),
)


async def test_each_credential_reaches_its_verifier(client: httpx.AsyncClient) -> None:
    blockcerts = read(
        CREDENTIALS / "blockcerts-cert-verifier-py" / "2.0-alpha" / "invalid_tampered.json"
    )
    vc = read(CREDENTIALS / "1edtech-dcpv" / "ob30" / "simple-err-proof-value.json")
    v3 = read(CREDENTIALS / "blockcerts-cvjs" / "v3" / "mocknet-vc-v2-validFrom-valid.json")
    claims = [payload_claim(json.dumps(each)) for each in (blockcerts, vc, v3)]
    results = await verify(claims, Candidate(), client, verifiers=ORDER)
    assert [result.method for result in results] == [
        "blockcerts",
        "verifiable_credential",
        "blockcerts",
    ]
    # Offline failures only: a tampered certificate, a broken proof, a mock-chain anchor.
    assert [result.verdict.value for result in results] == ["invalid", "invalid", "unverified"]
