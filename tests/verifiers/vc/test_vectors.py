"""Published test vectors: the canonical forms, hashes and signatures credlens computes.

The signing helper of the other tests uses credlens's own canonicalisation; these vectors tie
it to the W3C (vc-di-eddsa) and 1EdTech (OB 3.0 implementation guide) intermediate values.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.verifiers.vc.support import CREDENTIALS, read
from verifiers.keys import multikey_public_key
from verifiers.vc import data_integrity

W3C = CREDENTIALS / "w3c-vc-di-eddsa"
OB_SPEC = CREDENTIALS / "1edtech-ob-spec"


def text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("folder", "suffix"),
    [("eddsa-rdfc-2022", "DataInt"), ("Ed25519Signature2020", "EdSig")],
)
def test_w3c_vc_di_eddsa_vectors(folder: str, suffix: str) -> None:
    signed = read(W3C / folder / f"signed{suffix}.json")
    proof = signed["proof"]
    document = data_integrity.canonical_nquads(
        data_integrity.expand(data_integrity.unsecured(signed))
    )
    assert document == text(W3C / folder / f"canonDoc{suffix}.txt")
    assert (
        hashlib.sha256(document.encode()).hexdigest()
        == text(W3C / folder / f"docHash{suffix}.txt").strip()
    )
    options = {key: value for key, value in proof.items() if key != "proofValue"}
    options["@context"] = signed["@context"]
    assert data_integrity.canonical_nquads(options) == text(
        W3C / folder / f"proofCanon{suffix}.txt"
    )
    combined = data_integrity.signed_bytes(document, proof, signed["@context"], "sha256")
    assert combined.hex() == text(W3C / folder / f"combinedHash{suffix}.txt").strip()
    key = multikey_public_key(read(W3C / "keyPair.json")["publicKeyMultibase"])
    assert "verified" in data_integrity.verify_proof(document, proof, signed["@context"], key)


def test_open_badges_3_implementation_guide_vector() -> None:
    signed = read(OB_SPEC / "obv3p0-testvector-signed.json")
    expected = read(OB_SPEC / "keypair-obv3p0.json")["intermediate"]
    document = data_integrity.canonical_nquads(
        data_integrity.expand(data_integrity.unsecured(signed))
    )
    assert document == text(OB_SPEC / "canon" / "obv3p0-document-canon.txt")
    assert hashlib.sha256(document.encode()).hexdigest() == expected["document-hash"]
    proof = signed["proof"][0] if isinstance(signed["proof"], list) else signed["proof"]
    combined = data_integrity.signed_bytes(document, proof, signed["@context"], "sha256")
    assert combined.hex() == expected["data"]
    assert proof["proofValue"] == expected["proof-value"]
