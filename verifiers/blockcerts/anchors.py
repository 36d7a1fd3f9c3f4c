"""The anchoring transaction, asked of a block explorer: Esplora-style for Bitcoin,
Etherscan-style for Ethereum, at the base URLs ``Explorers`` names."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from verifiers.blockcerts.receipts import as_hex
from verifiers.models import (
    Verdict,
)
from verifiers.vc.documents import LookupFailed
from verifiers.vc.source import DocumentRun


@dataclass(frozen=True)
class Explorers:
    """Where transactions are looked up: Blockstream-style (Esplora) and Etherscan-style APIs."""

    bitcoin_mainnet: str = "https://blockstream.info/api"
    bitcoin_testnet: str = "https://blockstream.info/testnet/api"
    ethereum_mainnet: str = "https://api.etherscan.io/api"
    ethereum_sepolia: str = "https://api-sepolia.etherscan.io/api"
    ethereum_ropsten: str | None = None  # the network is retired; set one to check old anchors
    etherscan_api_key: str | None = None


@dataclass(frozen=True)
class Transaction:
    remote_hash: str
    issuing_address: str
    time: datetime | None


async def lookup_transaction(
    explorers: Explorers, chain: str, txid: str, run: DocumentRun
) -> Transaction:
    bases = {
        "bitcoinmainnet": explorers.bitcoin_mainnet,
        "bitcointestnet": explorers.bitcoin_testnet,
        "ethereummainnet": explorers.ethereum_mainnet,
        "ethmain": explorers.ethereum_mainnet,
        "ethereumsepolia": explorers.ethereum_sepolia,
        "ethereumropsten": explorers.ethereum_ropsten,
        "ethropst": explorers.ethereum_ropsten,
    }
    base = bases.get(chain.lower())
    if base is None:
        raise LookupFailed(f"no block explorer is configured for {chain}", Verdict.UNSUPPORTED)
    if not all(ch in "0123456789abcdefABCDEFx" for ch in txid):
        raise LookupFailed(f"the anchor {txid[:20]!r} is not a transaction id", Verdict.INVALID)
    if chain.lower().startswith("bitcoin"):
        return await _bitcoin(base, txid, run)
    return await _ethereum(explorers, base, txid, run)


async def _bitcoin(base: str, txid: str, run: DocumentRun) -> Transaction:
    url = f"{base.rstrip('/')}/tx/{txid}"
    document, evidence = await run.fetcher.get_json(url, what="the anchoring transaction")
    run.add_evidence(evidence)
    if not isinstance(document, Mapping):
        raise LookupFailed(f"the explorer's answer at {url} is not a transaction", Verdict.INVALID)
    remote = ""
    for output in document.get("vout") or []:
        script = str(output.get("scriptpubkey") or "")
        if script.startswith("6a20") and len(script) == 68:  # OP_RETURN, push 32 bytes
            remote = script[4:]
    inputs = document.get("vin") or [{}]
    address = str((inputs[0].get("prevout") or {}).get("scriptpubkey_address") or "")
    status = document.get("status") or {}
    if not status.get("confirmed", True):
        raise LookupFailed("the anchoring transaction is not confirmed yet", Verdict.UNVERIFIED)
    block_time = status.get("block_time")
    time = datetime.fromtimestamp(int(block_time), UTC) if block_time else None
    return Transaction(remote_hash=remote.lower(), issuing_address=address, time=time)


async def _ethereum(explorers: Explorers, base: str, txid: str, run: DocumentRun) -> Transaction:
    result = await _etherscan(
        explorers, base, {"action": "eth_getTransactionByHash", "txhash": txid}, run
    )
    remote = as_hex(str(result.get("input") or ""))
    address = str(result.get("from") or "").lower()
    stamp = result.get("timestamp")
    if stamp is None and result.get("blockNumber"):
        block = await _etherscan(
            explorers,
            base,
            {
                "action": "eth_getBlockByNumber",
                "tag": str(result["blockNumber"]),
                "boolean": "false",
            },
            run,
        )
        stamp = block.get("timestamp")
    time = datetime.fromtimestamp(int(str(stamp), 16), UTC) if stamp else None
    return Transaction(remote_hash=remote, issuing_address=address, time=time)


async def _etherscan(
    explorers: Explorers, base: str, params: dict[str, str], run: DocumentRun
) -> Mapping[str, Any]:
    query = {"module": "proxy", **params}
    if explorers.etherscan_api_key:
        query["apikey"] = explorers.etherscan_api_key
    url = f"{base}?{urlencode(query)}"
    document, evidence = await run.fetcher.get_json(url, what="the anchoring transaction")
    run.add_evidence(evidence)
    result = document.get("result") if isinstance(document, Mapping) else None
    if isinstance(result, str) or (isinstance(document, Mapping) and document.get("status") == "0"):
        # Etherscan reports rate limits and key errors as {"status": "0", "result": "..."}.
        raise LookupFailed(f"the explorer refused: {str(result)[:80]}", Verdict.UNREACHABLE)
    if not isinstance(result, Mapping):
        raise LookupFailed(
            "the explorer does not know the anchoring transaction", Verdict.UNVERIFIED
        )
    return result
