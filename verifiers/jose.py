"""Compact JWS as verifiable credentials use it (VC-JOSE ``vc+jwt``, JWT-VC 1.1 ``vc`` claim).

Only asymmetric algorithms an issuer can publish a key for are accepted — EdDSA, ES256,
ES384, RS256 — and the algorithm must fit the key. ``none``, the HMAC family (which would
let a public key be used as a shared secret), unknown ``crit`` extensions and unencoded
payloads are refused before any key is looked at.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from verifiers.compact_jws import COMPACT_JWS
from verifiers.keys import (
    KeyFormatError,
    PublicKey,
    base64url_decode,
    base64url_encode,
    describe,
)

ALGORITHMS = frozenset({"EdDSA", "Ed25519", "ES256", "ES384", "RS256"})
MIN_RSA_BITS = 2048


class JoseError(Exception):
    """A token that is malformed, uses a refused algorithm, or whose signature fails."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class CompactJws:
    header: dict[str, Any]
    payload: dict[str, Any]
    signing_input: bytes
    signature: bytes

    @property
    def algorithm(self) -> str:
        return str(self.header.get("alg"))


def parse_jws(token: str) -> CompactJws:
    """Split and decode a compact JWS; checks the header's algorithm and extensions."""
    token = token.strip()
    if not COMPACT_JWS.match(token):
        raise JoseError("not a compact JWS (three base64url parts)")
    encoded_header, encoded_payload, encoded_signature = token.split(".")
    try:
        header = json.loads(base64url_decode(encoded_header))
        payload = json.loads(base64url_decode(encoded_payload))
        signature = base64url_decode(encoded_signature)
    except (KeyFormatError, ValueError, UnicodeDecodeError):
        raise JoseError("the token's header or payload is not base64url JSON") from None
    if base64url_encode(signature) != encoded_signature:
        # Spare bits set in the last character decode to the same bytes: a changed token
        # that would still verify. Only the canonical encoding is accepted.
        raise JoseError("the token's signature is not canonical base64url")
    if not isinstance(header, dict) or not isinstance(payload, dict):
        raise JoseError("the token's header and payload must be JSON objects")
    algorithm = header.get("alg")
    if algorithm not in ALGORITHMS:
        raise JoseError(
            f"the token's algorithm {algorithm!r} is refused (accepted: EdDSA, ES256, ES384, RS256)"
        )
    if header.get("b64") is False:
        raise JoseError("unencoded payloads (b64: false) are not accepted")
    if header.get("crit"):
        raise JoseError(f"the token requires extensions credlens does not know: {header['crit']}")
    return CompactJws(
        header=header,
        payload=payload,
        signing_input=f"{encoded_header}.{encoded_payload}".encode("ascii"),
        signature=signature,
    )


def verify_jws(jws: CompactJws, key: PublicKey) -> str:
    """Check the signature with ``key``; returns a detail, raises ``JoseError``."""
    algorithm = jws.algorithm
    try:
        if algorithm in ("EdDSA", "Ed25519"):
            if not isinstance(key, ed25519.Ed25519PublicKey):
                raise JoseError(f"{algorithm} needs an Ed25519 key, not {describe(key)}")
            key.verify(jws.signature, jws.signing_input)
        elif algorithm in ("ES256", "ES384"):
            curve = "secp256r1" if algorithm == "ES256" else "secp384r1"
            if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != curve:
                raise JoseError(f"{algorithm} needs a key on {curve}, not {describe(key)}")
            size = 32 if algorithm == "ES256" else 48
            if len(jws.signature) != 2 * size:
                raise JoseError(f"the {algorithm} signature is not {2 * size} bytes")
            der = encode_dss_signature(
                int.from_bytes(jws.signature[:size], "big"),
                int.from_bytes(jws.signature[size:], "big"),
            )
            digest: hashes.HashAlgorithm = hashes.SHA256() if size == 32 else hashes.SHA384()
            key.verify(der, jws.signing_input, ec.ECDSA(digest))
        else:
            if not isinstance(key, rsa.RSAPublicKey):
                raise JoseError(f"RS256 needs an RSA key, not {describe(key)}")
            if key.key_size < MIN_RSA_BITS:
                raise JoseError(f"the RSA key has {key.key_size} bits, fewer than {MIN_RSA_BITS}")
            key.verify(jws.signature, jws.signing_input, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        raise JoseError(f"the {algorithm} signature does not match the token") from None
    return f"{algorithm} signature verified with the issuer's {describe(key)} key"
