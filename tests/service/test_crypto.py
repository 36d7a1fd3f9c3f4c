"""At-rest encryption, API-key hashing and password hashing."""

from __future__ import annotations

import pytest

from service.crypto import (
    API_KEY_PREFIX,
    ApiKeyHasher,
    DecryptionError,
    FileCipher,
    api_key_display_prefix,
    generate_api_key,
    hash_password,
    is_well_formed_api_key,
    verify_password,
)

PLAINTEXT = b"%PDF-1.7 Ada Lovelace, ada@example.org, AWS Certified Solutions Architect"


def test_file_cipher_round_trip_hides_the_plaintext() -> None:
    cipher = FileCipher("a service secret")
    stored = cipher.encrypt(PLAINTEXT, record_id="file-1")
    assert b"Lovelace" not in stored
    assert b"ada@example.org" not in stored
    assert cipher.decrypt(stored, record_id="file-1") == PLAINTEXT
    # A fresh nonce each time: the same file never encrypts to the same bytes.
    assert cipher.encrypt(PLAINTEXT, record_id="file-1") != stored


def test_ciphertext_is_bound_to_its_record_and_key() -> None:
    cipher = FileCipher("a service secret")
    stored = cipher.encrypt(PLAINTEXT, record_id="file-1")
    with pytest.raises(DecryptionError):
        cipher.decrypt(stored, record_id="file-2")
    with pytest.raises(DecryptionError):
        FileCipher("another secret").decrypt(stored, record_id="file-1")
    tampered = bytearray(stored)
    tampered[-1] ^= 0x01
    with pytest.raises(DecryptionError):
        cipher.decrypt(bytes(tampered), record_id="file-1")
    with pytest.raises(DecryptionError, match="not a credlens ciphertext"):
        cipher.decrypt(b"plain bytes", record_id="file-1")


def test_an_empty_secret_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        FileCipher("")


def test_api_keys_have_prefix_and_checksum() -> None:
    key = generate_api_key()
    assert key.startswith(API_KEY_PREFIX)
    assert len(key) == len(API_KEY_PREFIX) + 37 + 6
    assert is_well_formed_api_key(key)
    assert generate_api_key() != key
    typo = key[:10] + ("a" if key[10] != "a" else "b") + key[11:]
    assert not is_well_formed_api_key(typo)
    assert not is_well_formed_api_key("clk_short")
    assert not is_well_formed_api_key("xyz_" + key[4:])
    assert not is_well_formed_api_key(key[:-1] + "!")
    assert api_key_display_prefix(key) == key[:10]


def test_api_key_hash_is_keyed_and_stable() -> None:
    key = generate_api_key()
    hasher = ApiKeyHasher("a service secret")
    digest = hasher.hash(key)
    assert digest == hasher.hash(key)
    assert len(digest) == 64
    assert key not in digest
    assert ApiKeyHasher("another secret").hash(key) != digest


def test_passwords_hash_with_salt_and_verify() -> None:
    stored = hash_password("correct horse battery staple")
    assert stored.startswith("scrypt$16384$8$1$")
    assert "correct horse" not in stored
    assert hash_password("correct horse battery staple") != stored
    assert verify_password("correct horse battery staple", stored)
    assert not verify_password("Correct horse battery staple", stored)


@pytest.mark.parametrize(
    "stored",
    ["", "plain", "bcrypt$1$2$3$4$5", "scrypt$x$8$1$AAAA$AAAA", "scrypt$1073741824$8$1$AA==$AA=="],
)
def test_malformed_password_hashes_never_verify(stored: str) -> None:
    assert not verify_password("anything", stored)
