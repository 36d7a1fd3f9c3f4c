"""Secrets at rest: encrypted uploads, hashed API keys, hashed passwords.

Every key here is derived from the one ``secret_key`` setting with HKDF, each under its own
label, so a leak of one derived key (say the API-key HMAC key) says nothing about the others.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import string
import zlib
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

#: Visible on every key so people and secret scanners recognise a leaked one.
API_KEY_PREFIX: Final = "clk_"
API_KEY_RANDOM_LENGTH: Final = 37
API_KEY_CHECKSUM_LENGTH: Final = 6
#: How much of a key the database keeps in clear, so a person can tell keys apart in a list.
API_KEY_DISPLAY_LENGTH: Final = len(API_KEY_PREFIX) + 6

_BASE62: Final = string.digits + string.ascii_letters
_CIPHER_VERSION: Final = b"\x01"
_NONCE_BYTES: Final = 12

# scrypt at n=2**14, r=8, p=1 costs 16 MiB and about 50 ms: OWASP's floor for interactive logins.
_SCRYPT_N: Final = 2**14
_SCRYPT_R: Final = 8
_SCRYPT_P: Final = 1
_SCRYPT_SALT_BYTES: Final = 16
_SCRYPT_KEY_BYTES: Final = 32


class DecryptionError(Exception):
    """Stored bytes could not be decrypted: wrong key, wrong record, or tampered data."""


def derive_key(secret: str | bytes, purpose: str) -> bytes:
    """A 32-byte key for one purpose, derived from the service secret with HKDF-SHA256."""
    material = secret.encode() if isinstance(secret, str) else secret
    if not material:
        raise ValueError("the secret key is empty")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode())
    return hkdf.derive(material)


class FileCipher:
    """AES-256-GCM for uploaded files; the record id is bound in as associated data.

    Binding the id means a ciphertext copied onto another row fails to decrypt rather
    than silently serving one candidate's résumé as another's.
    """

    def __init__(self, secret: str | bytes) -> None:
        self._aead = AESGCM(derive_key(secret, "credlens/uploads/v1"))

    def encrypt(self, plaintext: bytes, *, record_id: str) -> bytes:
        """Version byte, random nonce, then ciphertext and tag."""
        nonce = secrets.token_bytes(_NONCE_BYTES)
        return _CIPHER_VERSION + nonce + self._aead.encrypt(nonce, plaintext, record_id.encode())

    def decrypt(self, stored: bytes, *, record_id: str) -> bytes:
        """The plaintext, or ``DecryptionError`` if the bytes are not ours for this record."""
        if len(stored) < 1 + _NONCE_BYTES or stored[:1] != _CIPHER_VERSION:
            raise DecryptionError("not a credlens ciphertext")
        nonce, body = stored[1 : 1 + _NONCE_BYTES], stored[1 + _NONCE_BYTES :]
        try:
            return self._aead.decrypt(nonce, body, record_id.encode())
        except InvalidTag as error:
            raise DecryptionError("ciphertext does not match its key or record") from error


def _base62(number: int, width: int) -> str:
    digits = []
    for _ in range(width):
        number, remainder = divmod(number, 62)
        digits.append(_BASE62[remainder])
    return "".join(reversed(digits))


def _checksum(body: str) -> str:
    return _base62(zlib.crc32(body.encode()), API_KEY_CHECKSUM_LENGTH)


def generate_api_key() -> str:
    """A new API key: prefix, 37 random base62 characters, 6-character CRC32 checksum."""
    body = API_KEY_PREFIX + "".join(secrets.choice(_BASE62) for _ in range(API_KEY_RANDOM_LENGTH))
    return body + _checksum(body)


def is_well_formed_api_key(key: str) -> bool:
    """Whether a key has our shape and checksum; rejects typos without touching the database."""
    expected_length = len(API_KEY_PREFIX) + API_KEY_RANDOM_LENGTH + API_KEY_CHECKSUM_LENGTH
    if len(key) != expected_length or not key.startswith(API_KEY_PREFIX):
        return False
    if any(character not in _BASE62 for character in key[len(API_KEY_PREFIX) :]):
        return False
    body, checksum = key[:-API_KEY_CHECKSUM_LENGTH], key[-API_KEY_CHECKSUM_LENGTH:]
    return hmac.compare_digest(_checksum(body), checksum)


def api_key_display_prefix(key: str) -> str:
    """The few leading characters kept in clear to tell keys apart."""
    return key[:API_KEY_DISPLAY_LENGTH]


class ApiKeyHasher:
    """HMAC-SHA256 of API keys under a key derived from the service secret.

    Keys are long random strings, so a keyed hash is enough (no slow hash needed), and a
    stolen database alone cannot be used to test guesses.
    """

    def __init__(self, secret: str | bytes) -> None:
        self._key = derive_key(secret, "credlens/api-keys/v1")

    def hash(self, key: str) -> str:
        """The hex digest stored and looked up in place of the key."""
        return hmac.new(self._key, key.encode(), hashlib.sha256).hexdigest()


def hash_password(password: str) -> str:
    """A self-describing scrypt hash: ``scrypt$n$r$p$salt$hash`` with base64 parts."""
    salt = secrets.token_bytes(_SCRYPT_SALT_BYTES)
    digest = hashlib.scrypt(
        password.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=_SCRYPT_KEY_BYTES
    )
    return "$".join(
        [
            "scrypt",
            str(_SCRYPT_N),
            str(_SCRYPT_R),
            str(_SCRYPT_P),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def verify_password(password: str, stored: str) -> bool:
    """Whether the password matches a hash made by ``hash_password``; False for malformed hashes."""
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt = base64.b64decode(salt_b64, validate=True)
        expected = base64.b64decode(digest_b64, validate=True)
        # Bounds keep a tampered row from asking scrypt for gigabytes.
        n_value, r_value, p_value = int(n), int(r), int(p)
        if not (2 <= n_value <= 2**20 and 1 <= r_value <= 32 and 1 <= p_value <= 16):
            return False
        actual = hashlib.scrypt(
            password.encode(),
            salt=salt,
            n=n_value,
            r=r_value,
            p=p_value,
            dklen=len(expected),
            maxmem=256 * 1024 * 1024,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)
