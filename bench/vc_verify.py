"""CPU time to verify a signed Open Badges 3.0 credential whose key and status list are cached.

Run from the repository root: ``.venv/bin/python -m bench.vc_verify [--runs N]``.

The issuer key is a did:key (nothing to fetch) and the status list is served once by respx and
then held by the verifier's cache, so what is measured is the verifier's own work: JSON-LD
canonicalisation and the Ed25519 check for the Data Integrity proof, the JWS check for the
JWT, the dates, the status bit and the subject. Target: under 5 ms per credential.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time

import respx

from extractors import Candidate
from testkit.factories import json_response, payload_claim
from testkit.vc_issuer import (
    HOLDER_EMAIL,
    StatusListIssuer,
    badge,
    ed25519_did,
    sign_data_integrity,
    sign_jwt,
)
from verifiers import Verdict
from verifiers.http import create_client
from verifiers.vc import VerifiableCredentialVerifier

STATUS_URL = "https://status.example.edu/lists/revocation"
TARGET_MS = 5.0


def _credentials() -> dict[str, str]:
    from cryptography.hazmat.primitives.asymmetric import ed25519

    key = ed25519.Ed25519PrivateKey.generate()
    did = ed25519_did(key)
    method = f"{did}#{did.removeprefix('did:key:')}"
    status = {
        "credentialStatus": {
            "id": f"{STATUS_URL}#42",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": "42",
            "statusListCredential": STATUS_URL,
        }
    }
    data_integrity = sign_data_integrity(badge(did, **status), key, method)
    credential = badge(did, **status)
    jwt = sign_jwt(
        {"alg": "EdDSA", "typ": "JWT", "kid": method},
        {"iss": did, "jti": credential["id"], "vc": credential},
        key,
    )
    return {
        "data-integrity (eddsa-rdfc-2022)": json.dumps(data_integrity),
        "jwt (EdDSA)": jwt,
        "_status_list": json.dumps(
            StatusListIssuer(key).status_list(STATUS_URL, "revocation", {7})
        ),
    }


async def _measure(runs: int) -> list[tuple[str, float, float]]:
    credentials = _credentials()
    status_list = json.loads(credentials.pop("_status_list"))
    candidate = Candidate(emails=(HOLDER_EMAIL,))
    results = []
    with respx.mock() as router:
        router.get(STATUS_URL).mock(return_value=json_response(status_list))
        async with create_client() as client:
            for label, payload in credentials.items():
                verifier = VerifiableCredentialVerifier()
                claim = payload_claim(payload)
                warm = await verifier.verify(claim, candidate, client)  # fills the caches
                assert warm.verdict is Verdict.VERIFIED, warm.checks
                timings = []
                for _ in range(runs):
                    started = time.process_time()
                    verification = await verifier.verify(claim, candidate, client)
                    timings.append((time.process_time() - started) * 1000)
                    assert verification.verdict is Verdict.VERIFIED
                results.append((label, statistics.median(timings), max(timings)))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    runs = parser.parse_args().runs
    print(f"{'credential':<36} {'median CPU ms':>14} {'max CPU ms':>11}  target < {TARGET_MS} ms")
    for label, median, worst in asyncio.run(_measure(runs)):
        verdict = "ok" if median < TARGET_MS else "OVER"
        print(f"{label:<36} {median:>14.2f} {worst:>11.2f}  {verdict}")


if __name__ == "__main__":
    main()
