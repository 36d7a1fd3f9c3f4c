"""The Blockcerts verifier: the certificate read, its receipt checked, its anchor looked up,
the issuer's key, dates, status and recipient checked, in cert-verifier-js's order."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar
from urllib.parse import quote

from extractors.models import Candidate, Claim
from verifiers.blockcerts.anchors import Explorers, Transaction, lookup_transaction
from verifiers.blockcerts.receipts import (
    KEY_PREFIX,
    TEST_CHAINS,
    MerkleReceipt,
    default_chain,
    is_blockcerts,
    merkle_root_of,
    proofs_of,
    types_of,
    v2_receipt,
    v3_receipt,
)
from verifiers.http import Fetched
from verifiers.identity import email_matches
from verifiers.keys import KeyFormatError
from verifiers.models import (
    CredentialFacts,
    Verdict,
)
from verifiers.vc import data_integrity
from verifiers.vc.data_integrity import ProofError
from verifiers.vc.documents import LookupFailed
from verifiers.vc.identity import match_subject, names_match
from verifiers.vc.source import (
    CredentialSource,
    DocumentRun,
    check_dates,
    fetched_credential,
    payload_text,
)
from verifiers.vc.status import parse_datetime, read_plain_list

ACCEPT_CERTIFICATE = "application/ld+json, application/json;q=0.9"


class BlockcertsVerifier(CredentialSource):
    """Verifies Blockcerts v2 and v3 certificates against their blockchain anchor."""

    name: ClassVar[str] = "blockcerts"

    def __init__(
        self,
        explorers: Explorers | None = None,
        *,
        clock: Any = None,
    ) -> None:
        super().__init__(clock=clock)
        self.explorers = explorers or Explorers()

    def recognises(self, claim: Claim) -> bool:
        """A certificate handed over; a link reaches this verifier through the link router,
        which has fetched it and seen a Merkle proof."""
        text = payload_text(claim)
        if text is None:
            return False
        try:
            return is_blockcerts(json.loads(text))
        except (ValueError, RecursionError):
            return False

    async def check(self, run: DocumentRun, candidate: Candidate, fetched: Fetched | None) -> None:
        certificate = await self._obtain(run, fetched)
        receipt = self._check_integrity(run, certificate)
        transaction = await self._check_anchor(run, receipt)
        await self._check_issuer_key(run, certificate, transaction)
        run.facts = _facts(certificate)
        check_dates(run, certificate, ends=("expires", "validUntil", "expirationDate"))
        await self._check_status(run, certificate)
        self._check_recipient(run, certificate, candidate)
        run.recipient_bound = run.held("recipient")

    # -- getting the certificate ---------------------------------------------------------

    async def _obtain(self, run: DocumentRun, fetched: Fetched | None) -> dict[str, Any]:
        text = payload_text(run.claim)
        if text is None:
            body = await fetched_credential(
                run, fetched, what="the certificate", accept=ACCEPT_CERTIFICATE
            )
            text = body.decode("utf-8", errors="replace")
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

    # -- integrity: target hash and Merkle receipt ----------------------------------------
    def _check_integrity(self, run: DocumentRun, certificate: Mapping[str, Any]) -> MerkleReceipt:
        try:
            if "signature" in certificate:
                receipt = v2_receipt(certificate["signature"], default_chain(certificate))
            else:
                proof = next(p for p in proofs_of(certificate) if "MerkleProof2019" in types_of(p))
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

    async def _check_anchor(self, run: DocumentRun, receipt: MerkleReceipt) -> Transaction:
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
            transaction = await lookup_transaction(self.explorers, chain, txid, run)
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

    async def _check_issuer_key(
        self, run: DocumentRun, certificate: Mapping[str, Any], transaction: Transaction
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

    async def _check_status(self, run: DocumentRun, certificate: Mapping[str, Any]) -> None:
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
        self, run: DocumentRun, certificate: Mapping[str, Any], candidate: Candidate
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
        key = str(entry.get("id") or entry.get("publicKey") or "").removeprefix(KEY_PREFIX)
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
