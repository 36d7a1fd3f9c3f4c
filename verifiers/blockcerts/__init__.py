"""Blockcerts v2 and v3: a Merkle receipt anchored in a Bitcoin or Ethereum transaction.

The steps of cert-verifier-js, each recorded by name:

``credential`` → ``json_ld`` (bundled contexts, every term defined) → ``target_hash``
(sha256 of the canonical certificate without its proof) → ``merkle_proof`` (the receipt leads
from the target hash to the Merkle root) → ``anchor`` (the transaction, asked of a block
explorer, carries that root) → ``issuer_key`` (the issuing address is one of the issuer's keys
and was valid when the transaction happened) → ``valid_from`` → ``expiration`` → ``status``
→ ``recipient``.

v2 carries the receipt as a ``MerkleProof2017`` ``signature``; v3 as a ``MerkleProof2019``
proof whose ``proofValue`` is base58btc CBOR (lds-merkle-proof-2019). Explorer base URLs are
constructor arguments (``Explorers``); an explorer that is down or rate-limits makes the claim
``unreachable``, never counted against the candidate. A certificate anchored only in a test
chain (``mockchain``, regtest) proves nothing about the issuer and stays ``unverified``.
"""

from verifiers.blockcerts.anchors import Explorers, Transaction
from verifiers.blockcerts.receipts import (
    TEST_CHAINS,
    MerkleReceipt,
    is_blockcerts,
    merkle_root_of,
    v2_receipt,
    v3_receipt,
)
from verifiers.blockcerts.verifier import ACCEPT_CERTIFICATE, BlockcertsVerifier

__all__ = [
    "ACCEPT_CERTIFICATE",
    "TEST_CHAINS",
    "BlockcertsVerifier",
    "Explorers",
    "MerkleReceipt",
    "Transaction",
    "is_blockcerts",
    "merkle_root_of",
    "v2_receipt",
    "v3_receipt",
]
