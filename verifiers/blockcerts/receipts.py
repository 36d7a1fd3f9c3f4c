"""Blockcerts receipts: recognising a certificate, decoding its v2 or v3 Merkle receipt (v3's
base58btc CBOR included) and walking the receipt to the root it proves."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from verifiers.keys import multibase_decode

KEY_PREFIX = "ecdsa-koblitz-pubkey:"
#: Chains that are not public ledgers: a receipt anchored there proves nothing.
TEST_CHAINS = frozenset({"mockchain", "bitcoinregtest"})
#: lds-merkle-proof-2019 chain and network codes.
_CHAIN_CODES: Mapping[int, tuple[str, Mapping[int, str]]] = {
    0: ("bitcoin", {1: "Mainnet", 3: "Testnet"}),
    1: ("ethereum", {1: "Mainnet", 3: "Ropsten", 4: "Rinkeby", 5: "Goerli", 11155111: "Sepolia"}),
}


@dataclass(frozen=True)
class MerkleReceipt:
    merkle_root: str
    target_hash: str
    path: tuple[tuple[str, str], ...]
    #: (chain, transaction id) pairs, the chain in cert-verifier-js's camelCase names.
    anchors: tuple[tuple[str, str], ...]


def proofs_of(document: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    proofs = document.get("proof")
    return [p for p in (proofs if isinstance(proofs, list) else [proofs]) if isinstance(p, Mapping)]


def types_of(node: Mapping[str, Any]) -> set[str]:
    kinds = node.get("type")
    return {str(kind) for kind in (kinds if isinstance(kinds, list) else [kinds]) if kind}


def is_blockcerts(document: object) -> bool:
    """Whether a JSON document is a Blockcerts certificate (v2 signature or v3 proof)."""
    if not isinstance(document, Mapping):
        return False
    signature = document.get("signature")
    if isinstance(signature, Mapping) and "MerkleProof2017" in types_of(signature):
        return True
    return any("MerkleProof2019" in types_of(proof) for proof in proofs_of(document))


def as_hex(value: object) -> str:
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, str):
        return value.lower().removeprefix("0x")
    raise ValueError("not a hash")


def default_chain(certificate: Mapping[str, Any]) -> str:
    # Early v2 anchors name no chain; like cert-verifier-js, read it off the issuing key:
    # Bitcoin testnet addresses start with m, n or 2.
    verification = certificate.get("verification")
    key = ""
    if isinstance(verification, Mapping):
        key = str(verification.get("publicKey") or verification.get("creator") or "")
    address = key.removeprefix(KEY_PREFIX)
    return "bitcoinTestnet" if address[:1] in ("m", "n", "2") else "bitcoinMainnet"


def v2_receipt(
    signature: Mapping[str, Any], default_chain: str = "bitcoinMainnet"
) -> MerkleReceipt:
    """The ``MerkleProof2017`` receipt of a Blockcerts v2 certificate."""
    path = []
    for step in signature.get("proof") or []:
        side = "left" if "left" in step else "right"
        path.append((side, as_hex(step[side])))
    anchors = tuple(
        (str(anchor.get("chain") or default_chain), str(anchor["sourceId"]))
        for anchor in signature.get("anchors") or []
        if isinstance(anchor, Mapping) and anchor.get("sourceId")
    )
    return MerkleReceipt(
        merkle_root=as_hex(signature["merkleRoot"]),
        target_hash=as_hex(signature["targetHash"]),
        path=tuple(path),
        anchors=anchors,
    )


def v3_receipt(proof_value: str) -> MerkleReceipt:
    """The receipt packed in a ``MerkleProof2019`` proofValue (base58btc CBOR, keys as ints)."""
    pairs = _cbor(multibase_decode(proof_value))
    if not isinstance(pairs, list):
        raise ValueError("the proofValue is not a CBOR list")
    fields: dict[int, Any] = {int(pair[0]): pair[1] for pair in pairs}
    path = []
    for direction, value in fields.get(3, []):
        path.append(("left" if direction == 0 else "right", as_hex(_cbor_value(value))))
    anchors = []
    for anchor in fields.get(2, []):
        parts = {int(part[0]): part[1] for part in anchor}
        code = parts.get(0)
        if not isinstance(code, int) or code not in _CHAIN_CODES:
            # The mock chain packs its note where a network would be; nothing to look up.
            anchors.append(("mockchain", "not anchored"))
            continue
        chain, networks = _CHAIN_CODES[code]
        network = parts.get(1)
        name = networks.get(network, "Unknown") if isinstance(network, int) else "Unknown"
        anchors.append((chain + name, str(_cbor_value(parts.get(2, b"")))))
    return MerkleReceipt(
        merkle_root=as_hex(_cbor_value(fields[0])),
        target_hash=as_hex(_cbor_value(fields[1])),
        path=tuple(path),
        anchors=tuple(anchors),
    )


def _cbor_value(value: Any) -> Any:
    # lds-merkle-proof-2019 wraps each value in its own CBOR encoding.
    if isinstance(value, bytes):
        with contextlib.suppress(ValueError, IndexError):
            return _cbor(value)
    return value


def _cbor(data: bytes) -> Any:
    """Decode one CBOR item (RFC 8949 major types 0–5 and 7), all that proofValues use."""
    value, end = _cbor_item(data, 0)
    if end != len(data):
        raise ValueError("trailing bytes after the CBOR item")
    return value


def _cbor_item(data: bytes, at: int) -> tuple[Any, int]:
    initial = data[at]
    major, info = initial >> 5, initial & 0x1F
    at += 1
    if info < 24:
        argument = info
    elif info in (24, 25, 26, 27):
        size = 1 << (info - 24)
        argument = int.from_bytes(data[at : at + size], "big")
        at += size
    else:
        raise ValueError("indefinite-length CBOR is not used in proofValues")
    if major == 0:
        return argument, at
    if major == 1:
        return -1 - argument, at
    if major in (2, 3):
        chunk = data[at : at + argument]
        if len(chunk) != argument:
            raise ValueError("truncated CBOR string")
        return (chunk if major == 2 else chunk.decode("utf-8")), at + argument
    if major == 4:
        items = []
        for _ in range(argument):
            item, at = _cbor_item(data, at)
            items.append(item)
        return items, at
    if major == 5:
        mapping: dict[Any, Any] = {}
        for _ in range(argument):
            key, at = _cbor_item(data, at)
            mapping[key], at = _cbor_item(data, at)
        return mapping, at
    if major == 7 and info in (20, 21, 22):
        return {20: False, 21: True, 22: None}[info], at
    raise ValueError(f"unsupported CBOR major type {major}")


def merkle_root_of(receipt: MerkleReceipt) -> str:
    """Walk the receipt's path from the target hash up to the root it proves."""
    current = bytes.fromhex(receipt.target_hash)
    for side, sibling in receipt.path:
        other = bytes.fromhex(sibling)
        pair = other + current if side == "left" else current + other
        current = hashlib.sha256(pair).digest()
    return current.hex()
