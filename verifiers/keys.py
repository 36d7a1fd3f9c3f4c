"""Public keys as credentials carry them: multibase/multicodec (``z6Mk…``) and JWK.

Only the encodings that issuer keys actually use are decoded here; anything else raises
``KeyFormatError`` so a verifier can say which key it could not read.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

PublicKey = ed25519.Ed25519PublicKey | ec.EllipticCurvePublicKey | rsa.RSAPublicKey

_BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58_VALUES = {character: value for value, character in enumerate(_BASE58_ALPHABET)}

#: Multicodec prefixes (unsigned varints) of the public-key types issuers sign with.
_ED25519_PUB = b"\xed\x01"
_P256_PUB = b"\x80\x24"
_P384_PUB = b"\x81\x24"

_CURVES: Mapping[str, ec.EllipticCurve] = {"P-256": ec.SECP256R1(), "P-384": ec.SECP384R1()}


class KeyFormatError(ValueError):
    """Key material that is malformed or of a kind credlens does not verify with."""


def base58btc_decode(text: str) -> bytes:
    """Bitcoin-alphabet base58 to bytes (leading ``1``s are leading zero bytes)."""
    number = 0
    for character in text:
        value = _BASE58_VALUES.get(character)
        if value is None:
            raise KeyFormatError(f"not base58btc: unexpected {character!r}")
        number = number * 58 + value
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    zeros = len(text) - len(text.lstrip("1"))
    return b"\x00" * zeros + body


def base58btc_encode(data: bytes) -> str:
    """Bytes to Bitcoin-alphabet base58 (the inverse of ``base58btc_decode``)."""
    number = int.from_bytes(data, "big")
    digits: list[str] = []
    while number:
        number, remainder = divmod(number, 58)
        digits.append(_BASE58_ALPHABET[remainder])
    zeros = len(data) - len(data.lstrip(b"\x00"))
    return "1" * zeros + "".join(reversed(digits))


def base64url_decode(text: str) -> bytes:
    """Unpadded (or padded) base64url to bytes; ``KeyFormatError`` when it is not."""
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as error:
        raise KeyFormatError(f"not base64url: {error}") from None


def base64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def multibase_decode(text: str) -> bytes:
    """A multibase string: ``z`` (base58btc) or ``u`` (base64url), the two used in VCs."""
    if text.startswith("z"):
        return base58btc_decode(text[1:])
    if text.startswith("u"):
        return base64url_decode(text[1:])
    raise KeyFormatError("unsupported multibase prefix (expected z or u)")


def multikey_public_key(multibase: str) -> PublicKey:
    """A ``publicKeyMultibase`` value (Multikey, Ed25519VerificationKey2020, did:key)."""
    raw = multibase_decode(multibase)
    if raw.startswith(_ED25519_PUB) and len(raw) == 34:
        return ed25519.Ed25519PublicKey.from_public_bytes(raw[2:])
    for prefix, curve in ((_P256_PUB, ec.SECP256R1()), (_P384_PUB, ec.SECP384R1())):
        if raw.startswith(prefix):
            try:
                return ec.EllipticCurvePublicKey.from_encoded_point(curve, raw[2:])
            except ValueError as error:
                raise KeyFormatError(f"not a point on {curve.name}: {error}") from None
    raise KeyFormatError("not an Ed25519, P-256 or P-384 multikey")


def jwk_public_key(jwk: Mapping[str, Any]) -> PublicKey:
    """A public JWK (OKP Ed25519, EC P-256/P-384, RSA); refuses one that carries a private part."""
    if "d" in jwk:
        raise KeyFormatError("the JWK carries a private key; an issuer never publishes one")
    kind = jwk.get("kty")
    try:
        if kind == "OKP" and jwk.get("crv") == "Ed25519":
            return ed25519.Ed25519PublicKey.from_public_bytes(base64url_decode(str(jwk["x"])))
        if kind == "EC" and jwk.get("crv") in _CURVES:
            curve = _CURVES[str(jwk["crv"])]
            numbers = ec.EllipticCurvePublicNumbers(
                int.from_bytes(base64url_decode(str(jwk["x"])), "big"),
                int.from_bytes(base64url_decode(str(jwk["y"])), "big"),
                curve,
            )
            return numbers.public_key()
        if kind == "RSA":
            rsa_numbers = rsa.RSAPublicNumbers(
                int.from_bytes(base64url_decode(str(jwk["e"])), "big"),
                int.from_bytes(base64url_decode(str(jwk["n"])), "big"),
            )
            return rsa_numbers.public_key()
    except (KeyError, ValueError) as error:
        raise KeyFormatError(f"malformed {kind} JWK: {error}") from None
    raise KeyFormatError(f"unsupported JWK (kty {kind!r}, crv {jwk.get('crv')!r})")


def verification_method_key(method: Mapping[str, Any]) -> PublicKey:
    """The key of a verification method object (``publicKeyMultibase`` or ``publicKeyJwk``)."""
    multibase = method.get("publicKeyMultibase")
    if isinstance(multibase, str):
        return multikey_public_key(multibase)
    jwk = method.get("publicKeyJwk")
    if isinstance(jwk, Mapping):
        return jwk_public_key(jwk)
    raise KeyFormatError("the verification method has no publicKeyMultibase or publicKeyJwk")


def describe(key: PublicKey) -> str:
    """A short name of the key type for check details."""
    if isinstance(key, ed25519.Ed25519PublicKey):
        return "Ed25519"
    if isinstance(key, ec.EllipticCurvePublicKey):
        return {"secp256r1": "P-256", "secp384r1": "P-384"}.get(key.curve.name, key.curve.name)
    return f"RSA-{key.key_size}"
