"""A test issuer: keys generated per run, credentials signed as real issuers sign them.

Data Integrity proofs are computed by the W3C algorithm over pyld's canonical N-Quads (the
same path the fixtures' published test vectors check); JWTs are signed with cryptography.
"""

from __future__ import annotations

import copy
import gzip
import json
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from extractors.models import Candidate
from verifiers.keys import base58btc_encode, base64url_encode
from verifiers.vc.data_integrity import canonical_nquads, signed_bytes, unsecured

OB3_CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
HOLDER_EMAIL = "ada@example.org"
HOLDER_NAME = "Ada Lovelace"


def ed25519_did(key: ed25519.Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes_raw()
    return "did:key:z" + base58btc_encode(b"\xed\x01" + raw)


def did_key_method(did: str) -> str:
    """A did:key's verification method: the DID with its key as the fragment."""
    return f"{did}#{did.removeprefix('did:key:')}"


#: The holder the test credentials are issued to.
HOLDER = Candidate(name=HOLDER_NAME, emails=(HOLDER_EMAIL,))
#: The issuer's key, and someone else's, for a credential signed by another.
ISSUER_KEY = ed25519.Ed25519PrivateKey.generate()
ISSUER_DID = ed25519_did(ISSUER_KEY)
ISSUER_METHOD = did_key_method(ISSUER_DID)
OTHER_KEY = ed25519.Ed25519PrivateKey.generate()
OTHER_DID = ed25519_did(OTHER_KEY)
OTHER_METHOD = did_key_method(OTHER_DID)


def p256_multikey(key: ec.EllipticCurvePrivateKey) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    point = key.public_key().public_bytes(Encoding.X962, PublicFormat.CompressedPoint)
    return "z" + base58btc_encode(b"\x80\x24" + point)


def public_jwk(key: Any) -> dict[str, str]:
    public = key.public_key()
    if isinstance(public, ed25519.Ed25519PublicKey):
        return {"kty": "OKP", "crv": "Ed25519", "x": base64url_encode(public.public_bytes_raw())}
    if isinstance(public, ec.EllipticCurvePublicKey):
        numbers = public.public_numbers()
        size = (public.curve.key_size + 7) // 8
        curve = "P-256" if size == 32 else "P-384"
        return {
            "kty": "EC",
            "crv": curve,
            "x": base64url_encode(numbers.x.to_bytes(size, "big")),
            "y": base64url_encode(numbers.y.to_bytes(size, "big")),
        }
    assert isinstance(public, rsa.RSAPublicKey)
    rsa_numbers = public.public_numbers()
    return {
        "kty": "RSA",
        "n": base64url_encode(rsa_numbers.n.to_bytes((rsa_numbers.n.bit_length() + 7) // 8, "big")),
        "e": base64url_encode(rsa_numbers.e.to_bytes(3, "big")),
    }


def badge(issuer: str, **changes: Any) -> dict[str, Any]:
    """An Open Badges 3.0 credential awarded to the holder's (hashed) email."""
    credential: dict[str, Any] = {
        "@context": list(OB3_CONTEXT),
        "id": "urn:uuid:5d0e6a1e-8f0b-4b8e-9d5c-1d2b3c4d5e6f",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer, "type": ["Profile"], "name": "Test University"},
        "validFrom": "2024-03-01T00:00:00Z",
        "name": "Applied Data Engineering",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "emailAddress",
                    "hashed": False,
                    "identityHash": HOLDER_EMAIL,
                }
            ],
            "achievement": {
                "id": "https://example.edu/achievements/data-engineering",
                "type": ["Achievement"],
                "name": "Applied Data Engineering",
                "description": "Designs and runs data pipelines.",
                "criteria": {"narrative": "Passed the capstone."},
            },
        },
    }
    credential.update(changes)
    return credential


def sign_data_integrity(
    credential: dict[str, Any],
    key: ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey,
    verification_method: str,
) -> dict[str, Any]:
    """Add an ``eddsa-rdfc-2022`` (Ed25519) or ``ecdsa-rdfc-2019`` (P-256) proof."""
    is_ed = isinstance(key, ed25519.Ed25519PrivateKey)
    proof = {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022" if is_ed else "ecdsa-rdfc-2019",
        "created": "2024-03-01T00:00:00Z",
        "verificationMethod": verification_method,
        "proofPurpose": "assertionMethod",
    }
    document = canonical_nquads(unsecured(credential))
    data = signed_bytes(document, proof, credential["@context"], "sha256")
    if isinstance(key, ed25519.Ed25519PrivateKey):
        signature = key.sign(data)
    else:
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
        signature = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    signed = copy.deepcopy(credential)
    signed["proof"] = {**proof, "proofValue": "z" + base58btc_encode(signature)}
    return signed


def sign_jwt(header: dict[str, Any], payload: dict[str, Any], key: Any) -> str:
    encoded = (
        base64url_encode(json.dumps(header).encode())
        + "."
        + base64url_encode(json.dumps(payload).encode())
    )
    data = encoded.encode("ascii")
    algorithm = header.get("alg")
    if algorithm == "EdDSA":
        signature = key.sign(data)
    elif algorithm in ("ES256", "ES384"):
        digest: hashes.HashAlgorithm = hashes.SHA256() if algorithm == "ES256" else hashes.SHA384()
        size = 32 if algorithm == "ES256" else 48
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(digest)))
        signature = r.to_bytes(size, "big") + s.to_bytes(size, "big")
    elif algorithm == "RS256":
        signature = key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    else:
        signature = b""
    return encoded + "." + base64url_encode(signature)


def encoded_list(set_bits: set[int], size: int = 131072) -> str:
    bits = bytearray(size // 8)
    for index in set_bits:
        bits[index // 8] |= 0x80 >> (index % 8)
    return "u" + base64url_encode(gzip.compress(bytes(bits)))


@dataclass
class StatusListIssuer:
    """Publishes signed Bitstring status lists for a did:key issuer."""

    key: ed25519.Ed25519PrivateKey
    lists: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def did(self) -> str:
        return ed25519_did(self.key)

    def status_list(self, url: str, purpose: str, set_bits: set[int]) -> dict[str, Any]:
        credential = {
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "id": url,
            "type": ["VerifiableCredential", "BitstringStatusListCredential"],
            "issuer": self.did,
            "validFrom": "2024-01-01T00:00:00Z",
            "credentialSubject": {
                "id": url + "#list",
                "type": "BitstringStatusList",
                "statusPurpose": purpose,
                "encodedList": encoded_list(set_bits),
            },
        }
        did = self.did
        signed = sign_data_integrity(credential, self.key, f"{did}#{did.removeprefix('did:key:')}")
        self.lists[url] = signed
        return signed
