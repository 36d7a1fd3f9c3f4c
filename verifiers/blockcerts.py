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

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import quote, urlencode

import httpx

from extractors.models import Candidate, Claim, ClaimOrigin
from verifiers.http import Fetched
from verifiers.identity import email_matches
from verifiers.keys import KeyFormatError, multibase_decode
from verifiers.models import (
    CredentialFacts,
    Verdict,
    Verification,
)
from verifiers.run import Run, ServedSource, Stop, check_validity, fetch_checked
from verifiers.vc import data_integrity
from verifiers.vc.data_integrity import ProofError
from verifiers.vc.documents import DocumentFetcher, LookupFailed
from verifiers.vc.identity import match_subject, names_match
from verifiers.vc.status import StatusChecker, parse_datetime, read_plain_list

ACCEPT_CERTIFICATE = "application/ld+json, application/json;q=0.9"
_KEY_PREFIX = "ecdsa-koblitz-pubkey:"
#: Chains that are not public ledgers: a receipt anchored there proves nothing.
TEST_CHAINS = frozenset({"mockchain", "bitcoinregtest"})
#: lds-merkle-proof-2019 chain and network codes.
_CHAIN_CODES: Mapping[int, tuple[str, Mapping[int, str]]] = {
    0: ("bitcoin", {1: "Mainnet", 3: "Testnet"}),
    1: ("ethereum", {1: "Mainnet", 3: "Ropsten", 4: "Rinkeby", 5: "Goerli", 11155111: "Sepolia"}),
}


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
class MerkleReceipt:
    merkle_root: str
    target_hash: str
    path: tuple[tuple[str, str], ...]
    #: (chain, transaction id) pairs, the chain in cert-verifier-js's camelCase names.
    anchors: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Transaction:
    remote_hash: str
    issuing_address: str
    time: datetime | None


@dataclass
class _Run(Run):
    """The shared run, with the fetcher and the issuer profile once it is read."""

    fetcher: DocumentFetcher = field(kw_only=True)
    profile: Mapping[str, Any] = field(default_factory=dict)


# -- recognising and decoding ---------------------------------------------------------------


def _proofs(document: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    proofs = document.get("proof")
    return [p for p in (proofs if isinstance(proofs, list) else [proofs]) if isinstance(p, Mapping)]


def _types(node: Mapping[str, Any]) -> set[str]:
    kinds = node.get("type")
    return {str(kind) for kind in (kinds if isinstance(kinds, list) else [kinds]) if kind}


def is_blockcerts(document: object) -> bool:
    """Whether a JSON document is a Blockcerts certificate (v2 signature or v3 proof)."""
    if not isinstance(document, Mapping):
        return False
    signature = document.get("signature")
    if isinstance(signature, Mapping) and "MerkleProof2017" in _types(signature):
        return True
    return any("MerkleProof2019" in _types(proof) for proof in _proofs(document))


def _hex(value: object) -> str:
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, str):
        return value.lower().removeprefix("0x")
    raise ValueError("not a hash")


def _default_chain(certificate: Mapping[str, Any]) -> str:
    # Early v2 anchors name no chain; like cert-verifier-js, read it off the issuing key:
    # Bitcoin testnet addresses start with m, n or 2.
    verification = certificate.get("verification")
    key = ""
    if isinstance(verification, Mapping):
        key = str(verification.get("publicKey") or verification.get("creator") or "")
    address = key.removeprefix(_KEY_PREFIX)
    return "bitcoinTestnet" if address[:1] in ("m", "n", "2") else "bitcoinMainnet"


def v2_receipt(
    signature: Mapping[str, Any], default_chain: str = "bitcoinMainnet"
) -> MerkleReceipt:
    """The ``MerkleProof2017`` receipt of a Blockcerts v2 certificate."""
    path = []
    for step in signature.get("proof") or []:
        side = "left" if "left" in step else "right"
        path.append((side, _hex(step[side])))
    anchors = tuple(
        (str(anchor.get("chain") or default_chain), str(anchor["sourceId"]))
        for anchor in signature.get("anchors") or []
        if isinstance(anchor, Mapping) and anchor.get("sourceId")
    )
    return MerkleReceipt(
        merkle_root=_hex(signature["merkleRoot"]),
        target_hash=_hex(signature["targetHash"]),
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
        path.append(("left" if direction == 0 else "right", _hex(_cbor_value(value))))
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
        merkle_root=_hex(_cbor_value(fields[0])),
        target_hash=_hex(_cbor_value(fields[1])),
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


# -- the verifier -------------------------------------------------------------------------------


class BlockcertsVerifier(ServedSource):
    """Verifies Blockcerts v2 and v3 certificates against their blockchain anchor."""

    name: ClassVar[str] = "blockcerts"

    def __init__(
        self,
        explorers: Explorers | None = None,
        *,
        clock: Any = None,
    ) -> None:
        self.explorers = explorers or Explorers()
        self._status = StatusChecker()
        self._clock = clock or (lambda: datetime.now(UTC))

    def recognises(self, claim: Claim) -> bool:
        """A certificate handed over; a link reaches this verifier through the link router,
        which has fetched it and seen a Merkle proof."""
        text = _payload_text(claim)
        if text is None:
            return False
        try:
            return is_blockcerts(json.loads(text))
        except (ValueError, RecursionError):
            return False

    async def verify_answer(
        self,
        claim: Claim,
        candidate: Candidate,
        client: httpx.AsyncClient,
        fetched: Fetched | None,
    ) -> Verification:
        run = _Run(
            claim=claim,
            method=self.name,
            now=self._clock(),
            fetcher=DocumentFetcher(client),
        )
        with contextlib.suppress(Stop):
            certificate = await self._obtain(run, claim, client, fetched)
            receipt = self._check_integrity(run, certificate)
            transaction = await self._check_anchor(run, receipt)
            await self._check_issuer_key(run, certificate, transaction)
            run.facts = _facts(certificate)
            self._check_dates(run, certificate)
            await self._check_status(run, certificate)
            self._check_recipient(run, certificate, candidate)
            run.recipient_bound = run.held("recipient")
        return run.result()

    # -- getting the certificate ---------------------------------------------------------

    async def _obtain(
        self, run: _Run, claim: Claim, client: httpx.AsyncClient, fetched: Fetched | None
    ) -> dict[str, Any]:
        text = _payload_text(claim)
        if text is None:
            text = await self._fetch(run, (claim.url or "").strip(), client, fetched)
        try:
            certificate = json.loads(text)
        except (ValueError, RecursionError):
            raise run.stop("credential", "not JSON", Verdict.INVALID) from None
        if not is_blockcerts(certificate):
            raise run.stop(
                "credential", "not a Blockcerts certificate (no Merkle proof)", Verdict.INVALID
            )
        version = "v2" if "signature" in certificate else "v3"
        run.checks.passed("credential", f"a Blockcerts {version} certificate")
        return dict(certificate)

    async def _fetch(
        self, run: _Run, url: str, client: httpx.AsyncClient, fetched: Fetched | None
    ) -> str:
        if fetched is not None:
            run.add_evidence(fetched.evidence)
        fetched = fetched or await fetch_checked(
            run, client, url, check="credential", what="the certificate", accept=ACCEPT_CERTIFICATE
        )
        return fetched.body.decode("utf-8", errors="replace")

    # -- integrity: target hash and Merkle receipt ----------------------------------------

    def _check_integrity(self, run: _Run, certificate: Mapping[str, Any]) -> MerkleReceipt:
        try:
            if "signature" in certificate:
                receipt = v2_receipt(certificate["signature"], _default_chain(certificate))
            else:
                proof = next(p for p in _proofs(certificate) if "MerkleProof2019" in _types(p))
                receipt = v3_receipt(str(proof.get("proofValue") or ""))
        except (KeyError, TypeError, ValueError, IndexError, KeyFormatError) as error:
            raise run.stop(
                "merkle_proof", f"the Merkle receipt is unreadable ({error})", Verdict.INVALID
            ) from None
        unsigned = {k: v for k, v in certificate.items() if k not in ("signature", "proof")}
        try:
            nquads = data_integrity.canonical_nquads(data_integrity.expand(unsigned))
        except ProofError as error:
            verdict = Verdict.INVALID if error.supported else Verdict.UNSUPPORTED
            raise run.stop("json_ld", error.reason, verdict) from None
        run.checks.passed("json_ld", "bundled contexts only; every term is defined")
        local_hash = hashlib.sha256(nquads.encode("utf-8")).hexdigest()
        if local_hash != receipt.target_hash:
            raise run.stop(
                "target_hash",
                "the certificate was changed after issue: its hash is not the receipt's target",
                Verdict.INVALID,
            )
        run.checks.passed("target_hash", "the certificate hashes to the receipt's target")
        if merkle_root_of(receipt) != receipt.merkle_root:
            raise run.stop(
                "merkle_proof",
                "the receipt's path does not lead to its Merkle root",
                Verdict.INVALID,
            )
        run.checks.passed("merkle_proof", "the receipt leads from the target to the Merkle root")
        return receipt

    # -- the anchor -----------------------------------------------------------------------

    async def _check_anchor(self, run: _Run, receipt: MerkleReceipt) -> Transaction:
        if not receipt.anchors:
            raise run.stop("anchor", "the receipt names no blockchain anchor", Verdict.INVALID)
        chain, txid = receipt.anchors[0]
        if chain.lower() in TEST_CHAINS:
            raise run.stop(
                "anchor",
                f"anchored in a test chain ({chain}): nothing was recorded on a public ledger",
                Verdict.UNVERIFIED,
            )
        try:
            transaction = await self._lookup(chain, txid, run)
        except LookupFailed as failure:
            run.add_evidence(failure.evidence)
            raise run.stop("anchor", failure.reason, failure.verdict) from None
        if transaction.remote_hash != receipt.merkle_root:
            raise run.stop(
                "anchor",
                f"the {chain} transaction {txid[:16]}… records another Merkle root",
                Verdict.INVALID,
            )
        when = f" on {transaction.time:%Y-%m-%d}" if transaction.time else ""
        run.checks.passed("anchor", f"the Merkle root is recorded in {chain} tx {txid[:16]}…{when}")
        run.signed = True
        return transaction

    async def _lookup(self, chain: str, txid: str, run: _Run) -> Transaction:
        explorers = self.explorers
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
            return await self._bitcoin(base, txid, run)
        return await self._ethereum(base, txid, run)

    async def _bitcoin(self, base: str, txid: str, run: _Run) -> Transaction:
        url = f"{base.rstrip('/')}/tx/{txid}"
        document, evidence = await run.fetcher.get_json(url, what="the anchoring transaction")
        run.add_evidence(evidence)
        if not isinstance(document, Mapping):
            raise LookupFailed(
                f"the explorer's answer at {url} is not a transaction", Verdict.INVALID
            )
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

    async def _ethereum(self, base: str, txid: str, run: _Run) -> Transaction:
        result = await self._etherscan(
            base, {"action": "eth_getTransactionByHash", "txhash": txid}, run
        )
        remote = _hex(str(result.get("input") or ""))
        address = str(result.get("from") or "").lower()
        stamp = result.get("timestamp")
        if stamp is None and result.get("blockNumber"):
            block = await self._etherscan(
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

    async def _etherscan(self, base: str, params: dict[str, str], run: _Run) -> Mapping[str, Any]:
        query = {"module": "proxy", **params}
        if self.explorers.etherscan_api_key:
            query["apikey"] = self.explorers.etherscan_api_key
        url = f"{base}?{urlencode(query)}"
        document, evidence = await run.fetcher.get_json(url, what="the anchoring transaction")
        run.add_evidence(evidence)
        result = document.get("result") if isinstance(document, Mapping) else None
        if isinstance(result, str) or (
            isinstance(document, Mapping) and document.get("status") == "0"
        ):
            # Etherscan reports rate limits and key errors as {"status": "0", "result": "..."}.
            raise LookupFailed(f"the explorer refused: {str(result)[:80]}", Verdict.UNREACHABLE)
        if not isinstance(result, Mapping):
            raise LookupFailed(
                "the explorer does not know the anchoring transaction", Verdict.UNVERIFIED
            )
        return result

    # -- the issuer and its key -----------------------------------------------------------

    async def _check_issuer_key(
        self, run: _Run, certificate: Mapping[str, Any], transaction: Transaction
    ) -> None:
        issuer_url = _issuer_url(certificate)
        if issuer_url is None:
            raise run.stop(
                "issuer_key", "the certificate names no issuer profile URL", Verdict.INVALID
            )
        if issuer_url.startswith("did:"):
            raise run.stop(
                "issuer_key",
                "DID-identified Blockcerts issuers are not supported",
                Verdict.UNSUPPORTED,
            )
        try:
            profile, evidence = await run.fetcher.get_json(issuer_url, what="the issuer profile")
        except LookupFailed as failure:
            run.add_evidence(failure.evidence)
            raise run.stop("issuer_key", failure.reason, failure.verdict) from None
        run.add_evidence(evidence)
        if not isinstance(profile, Mapping):
            raise run.stop("issuer_key", "the issuer profile is not a JSON object", Verdict.INVALID)
        run.profile = profile
        address = transaction.issuing_address
        key = _issuer_key(profile, address)
        if key is None:
            raise run.stop(
                "issuer_key",
                f"the transaction was sent from {address}, which is not one of the issuer's keys",
                Verdict.INVALID,
            )
        problem = _key_window_problem(key, transaction.time)
        if problem:
            raise run.stop("issuer_key", problem, Verdict.INVALID)
        run.checks.passed(
            "issuer_key",
            f"sent from the issuer's key {address}, valid at the time of the transaction",
        )

    # -- standing: dates, revocation, recipient ---------------------------------------------

    def _check_dates(self, run: _Run, certificate: Mapping[str, Any]) -> None:
        ends = ("expires", "validUntil", "expirationDate")
        end_field = next((name for name in ends if name in certificate), "expires")
        start_field = "validFrom" if "validFrom" in certificate else "issuanceDate"
        check_validity(
            run,
            certificate.get(start_field),
            certificate.get(end_field),
            issued_field=start_field,
            expires_field=end_field,
        )

    async def _check_status(self, run: _Run, certificate: Mapping[str, Any]) -> None:
        if certificate.get("credentialStatus") is not None:
            results = await self._status.check(certificate, run.fetcher, _trust_list_host, run.now)
            for result in results:
                run.add_evidence(*result.evidence)
                if result.failure is not None:
                    run.checks.failed("status", result.detail, verdict=result.failure)
                else:
                    run.checks.passed("status", result.detail)
            return
        listed = run.profile.get("revocationList")
        if not isinstance(listed, str) or not listed:
            run.checks.passed("status", "the issuer publishes no revocation list")
            return
        certificate_id = str(certificate.get("id") or "")
        separator = "&" if "?" in listed else "?"
        url = f"{listed}{separator}assertionId={quote(certificate_id, safe='')}"
        try:
            revocations, evidence = await run.fetcher.get_json(url, what="the revocation list")
        except LookupFailed as failure:
            run.add_evidence(failure.evidence)
            verdict = (
                Verdict.UNREACHABLE
                if failure.verdict is Verdict.UNREACHABLE
                else Verdict.UNVERIFIED
            )
            run.checks.failed(
                "status", f"status could not be checked: {failure.reason}", verdict=verdict
            )
            return
        run.add_evidence(evidence)
        entries = revocations.get("revokedAssertions") if isinstance(revocations, Mapping) else None
        for entry in entries if isinstance(entries, list) else []:
            entry_id = entry.get("id") if isinstance(entry, Mapping) else entry
            if entry_id == certificate_id:
                reason = entry.get("revocationReason") if isinstance(entry, Mapping) else None
                run.checks.failed(
                    "status",
                    "revoked: listed in the issuer's revocation list"
                    + (f" (reason: {reason})" if reason else ""),
                    verdict=Verdict.REVOKED,
                )
                return
        run.checks.passed("status", "not in the issuer's revocation list")

    def _check_recipient(
        self, run: _Run, certificate: Mapping[str, Any], candidate: Candidate
    ) -> None:
        recipient = certificate.get("recipient")
        if not isinstance(recipient, Mapping):
            matched = match_subject(certificate, candidate)
            if matched.failure is None:
                run.checks.passed("recipient", matched.detail)
            else:
                run.checks.failed("recipient", matched.detail, verdict=matched.failure)
            return
        identity = str(recipient.get("identity") or "").strip()
        hashed = bool(recipient.get("hashed"))
        profile = certificate.get("recipientProfile")
        name = profile.get("name") if isinstance(profile, Mapping) else None
        compared = False
        if identity and candidate.emails:
            compared = True
            salt = str(recipient.get("salt") or "")
            if email_matches(identity, candidate.emails, hashed=hashed, salt=salt):
                run.checks.passed(
                    "recipient",
                    "the hashed email matches the candidate's (consistent with, not proof of, "
                    "identity)"
                    if hashed
                    else "issued to the candidate's email",
                )
                return
        if isinstance(name, str) and name.strip() and candidate.name:
            compared = True
            if names_match(candidate.name, name):
                run.checks.passed("recipient", "issued to the candidate's name")
                return
        if compared:
            run.checks.failed(
                "recipient", "issued to someone else than the candidate", verdict=Verdict.MISMATCH
            )
        else:
            run.checks.failed(
                "recipient",
                "the recipient could not be compared: no candidate email or name to compare",
                verdict=Verdict.UNVERIFIED,
            )


async def _trust_list_host(text: str, url: str) -> tuple[Mapping[str, Any], str]:
    # Blockcerts status lists are signed with secp256k1 suites credlens does not verify; the
    # list is taken from the issuer's own host, like the revocation lists of v2.
    document = read_plain_list(text, url)
    return document, "a list from the issuer's host (its secp256k1 proof is not checked)"


def _payload_text(claim: Claim) -> str | None:
    if claim.payload and claim.payload.strip():
        return claim.payload
    if claim.source.origin is ClaimOrigin.CREDENTIAL and claim.text.strip():
        return claim.text
    return None


def _issuer_url(certificate: Mapping[str, Any]) -> str | None:
    badge = certificate.get("badge")
    issuer = badge.get("issuer") if isinstance(badge, Mapping) else certificate.get("issuer")
    if isinstance(issuer, Mapping):
        issuer = issuer.get("id")
    return issuer.strip() if isinstance(issuer, str) and issuer.strip() else None


def _issuer_key(profile: Mapping[str, Any], address: str) -> Mapping[str, Any] | None:
    wanted = address.lower() if address.lower().startswith("0x") else address
    for entry in profile.get("publicKey") or profile.get("publicKeys") or []:
        if not isinstance(entry, Mapping):
            continue
        key = str(entry.get("id") or entry.get("publicKey") or "").removeprefix(_KEY_PREFIX)
        if (key.lower() if key.lower().startswith("0x") else key) == wanted:
            return entry
    for entry in profile.get("issuerKeys") or []:  # Blockcerts v1 issuer profiles
        if isinstance(entry, Mapping) and str(entry.get("key")) == address:
            return {"id": address, "created": entry.get("date")}
    return None


def _key_window_problem(key: Mapping[str, Any], time: datetime | None) -> str | None:
    if time is None:
        return None
    created = parse_datetime(key.get("created"))
    revoked = parse_datetime(key.get("revoked"))
    expires = parse_datetime(key.get("expires"))
    if created is not None and time < created:
        return "the issuing key was not yet the issuer's when the transaction happened"
    if revoked is not None and time >= revoked:
        return "the issuing key was revoked by the issuer before the transaction happened"
    if expires is not None and time >= expires:
        return "the issuing key had expired when the transaction happened"
    return None


def _facts(certificate: Mapping[str, Any]) -> CredentialFacts:
    badge = certificate.get("badge")
    badge = badge if isinstance(badge, Mapping) else {}
    issuer = badge.get("issuer") if badge else certificate.get("issuer")
    issuer_name = issuer.get("name") if isinstance(issuer, Mapping) else None
    profile = certificate.get("recipientProfile")
    subject = certificate.get("credentialSubject")
    subject = subject if isinstance(subject, Mapping) else {}
    name = (profile.get("name") if isinstance(profile, Mapping) else None) or subject.get("name")
    title = badge.get("name") or certificate.get("name")
    issued = parse_datetime(
        certificate.get("issuedOn")
        or certificate.get("validFrom")
        or certificate.get("issuanceDate")
    )
    expires = parse_datetime(
        certificate.get("expires")
        or certificate.get("validUntil")
        or certificate.get("expirationDate")
    )
    issuer_url = _issuer_url(certificate)
    return CredentialFacts(
        title=str(title) if isinstance(title, str) else None,
        issuer=str(issuer_name) if isinstance(issuer_name, str) else issuer_url,
        issuer_url=issuer_url if issuer_url and issuer_url.startswith("http") else None,
        platform="Blockcerts",
        recipient_name=str(name) if isinstance(name, str) else None,
        issued_on=f"{issued:%Y-%m-%d}" if issued else None,
        expires_on=f"{expires:%Y-%m-%d}" if expires else None,
    )
