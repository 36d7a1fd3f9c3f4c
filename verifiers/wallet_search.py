"""Matching a candidate's wallets to the résumé's claims, as a careful recruiter would.

For each claim that no other source proved, ``search_wallets`` looks in the wallets for the
credential the claim names and checks that credential through its own record, so the
comparison with the claim, the recipient binding and the dates are the ones every source
gets. Sources add up: a claim proven by its own link keeps that verdict. A wallet held by
someone else is a ``mismatch`` for every claim it would have proven. Credentials the résumé
does not mention come back as "also holds"; claims found nowhere say which wallets were
searched.
"""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from extractors.models import Candidate, Claim, ClaimOrigin
from verifiers.base import Verifier
from verifiers.compare import best_title_match, with_claim_checks
from verifiers.dispatch import verify
from verifiers.identity import match_name
from verifiers.models import Check, Checklist, CheckStatus, Verdict, Verification
from verifiers.platforms.common import check_recipient_name
from verifiers.run import Run, check_validity
from verifiers.wallets import HeldCredential, Wallet, WalletEntry, WalletSearch

__all__ = ["DEFINITIVE", "search_wallets"]

#: Verdicts that settle a claim: a wallet does not overrule them.
DEFINITIVE = frozenset(
    {Verdict.VERIFIED, Verdict.EXPIRED, Verdict.REVOKED, Verdict.MISMATCH, Verdict.INVALID}
)


def _holder_is_candidate(wallet: Wallet, candidate: Candidate) -> bool | None:
    """True, False, or None when either name is missing."""
    if not wallet.holder or not candidate.name:
        return None
    return match_name(candidate.name, wallet.holder).same


def _find(claim: Claim, wallets: Sequence[Wallet]) -> tuple[Wallet, WalletEntry] | None:
    """The wallet credential the claim names: by credential id, then by title."""
    wanted_id = (claim.credential_id or "").strip().lower()
    for wallet in wallets:
        for entry in wallet.entries:
            if wanted_id and entry.credential_id and entry.credential_id.lower() == wanted_id:
                return wallet, entry
    for wallet in wallets:
        titles = [entry.facts.title for entry in wallet.entries if entry.facts.title]
        title = best_title_match(claim.title, titles)
        if title is None and claim.text and claim.text != claim.title:
            title = best_title_match(claim.text, titles)
        if title is not None:
            return wallet, next(entry for entry in wallet.entries if entry.facts.title == title)
    return None


def _searched(wallets: Sequence[Wallet]) -> str:
    parts = []
    for wallet in wallets:
        if wallet.readable:
            parts.append(f"{wallet.label} ({len(wallet.entries)} credentials)")
        else:
            parts.append(f"{wallet.label} (could not be read)")
    return "; ".join(parts)


def _with_checks(
    verification: Verification, before: Sequence[Check], provenance: str | None = None
) -> Verification:
    checks = Checklist()
    for check in [*before, *verification.checks]:
        if check.status is CheckStatus.PASSED:
            checks.passed(check.name, check.detail)
        elif check.status is CheckStatus.SKIPPED:
            checks.skipped(check.name, check.detail)
        else:
            checks.failed(check.name, check.detail, verdict=check.failure or Verdict.UNVERIFIED)
    update: dict[str, object] = {"checks": checks.checks, "verdict": checks.verdict()}
    if provenance is not None:
        update["provenance"] = provenance
    return verification.model_copy(update=update)


def _on_the_wallets_word(
    claim: Claim, wallet: Wallet, entry: WalletEntry, candidate: Candidate
) -> Verification:
    """A claim matched to a credential whose only record is the wallet (a Trailblazer
    profile): the platform's word, its dates, and its holder when it names one."""
    run = Run(claim=claim, method=f"wallet:{wallet.platform.lower()}", source=wallet.platform)
    run.add_evidence(*wallet.evidence)
    run.facts = entry.facts
    run.confirmed = True
    run.checks.passed("wallet", f"{wallet.label} lists {entry.facts.title!r}")
    check_validity(run, entry.facts.issued_on, entry.facts.expires_on, expired=entry.expired)
    if wallet.holder:
        check_recipient_name(run, candidate, wallet.holder)
    else:
        run.checks.failed(
            "recipient",
            f"recipient could not be confirmed: {wallet.label} names no holder",
            verdict=Verdict.UNVERIFIED,
        )
    judged = with_claim_checks(run.result(), claim)
    return judged.model_copy(update={"provenance": f"from {wallet.label}"})


def _someone_elses(claim: Claim, wallet: Wallet, entry: WalletEntry, name: str) -> Verification:
    checks = Checklist()
    checks.failed(
        "wallet_holder",
        f"{wallet.label} lists {entry.facts.title!r} but is in the name {wallet.holder!r}, "
        f"not the résumé's {name!r}",
        verdict=Verdict.MISMATCH,
    )
    return Verification(
        claim=claim,
        verdict=checks.verdict(),
        method=f"wallet:{wallet.platform.lower()}",
        checks=checks.checks,
        evidence=wallet.evidence,
        credential=entry.facts,
        provenance=f"from {wallet.label}",
    )


async def search_wallets(
    verifications: Sequence[Verification],
    candidate: Candidate,
    wallets: Sequence[Wallet],
    client: httpx.AsyncClient,
    chain: Sequence[Verifier] | None = None,
) -> WalletSearch:
    """Match each unsettled claim to the wallet credential it names and check that credential.

    Links given beside the résumé that were themselves wallets are dropped from the claims
    (the wallet stands for them). Returns the new verifications in the same order, the
    wallets, and the wallet credentials no claim names.
    """
    wallet_urls = {link for wallet in wallets for link in (wallet.url, *wallet.links)}
    kept = [
        verification
        for verification in verifications
        if not (
            verification.claim.source.origin is ClaimOrigin.LINK
            and verification.claim.url in wallet_urls
        )
    ]
    readable = [wallet for wallet in wallets if wallet.readable]
    if not wallets:
        return WalletSearch(verifications=kept)
    used: set[int] = set()
    matched: dict[int, tuple[Wallet, WalletEntry]] = {}
    for index, verification in enumerate(kept):
        claim = verification.claim
        if claim.source.origin is not ClaimOrigin.RESUME:
            continue
        found = _find(claim, readable)
        if found is not None:
            used.add(id(found[1]))
        if verification.verdict in DEFINITIVE:
            continue
        if found is not None:
            matched[index] = found
    to_check = {
        index: kept[index].claim.model_copy(update={"url": entry.link})
        for index, (wallet, entry) in matched.items()
        if entry.link and _holder_is_candidate(wallet, candidate) is not False
    }
    checked = await verify(list(to_check.values()), candidate, client, verifiers=chain)
    by_index = dict(zip(to_check, checked, strict=True))
    result: list[Verification] = []
    for index, verification in enumerate(kept):
        claim = verification.claim
        if index in matched:
            wallet, entry = matched[index]
            if _holder_is_candidate(wallet, candidate) is False:
                result.append(_someone_elses(claim, wallet, entry, candidate.name or ""))
                continue
            if entry.link is None:
                result.append(_on_the_wallets_word(claim, wallet, entry, candidate))
                continue
            if index in by_index:
                found_check = Check(
                    name="wallet",
                    status=CheckStatus.PASSED,
                    detail=f"found in {wallet.label} as {entry.facts.title!r}; checked "
                    "through its own record",
                )
                checked_one = _with_checks(by_index[index], [found_check], f"from {wallet.label}")
                result.append(checked_one)
                continue
        if (
            claim.source.origin is ClaimOrigin.RESUME
            and verification.verdict not in DEFINITIVE
            and index not in matched
        ):
            searched = Check(
                name="wallets_searched",
                status=CheckStatus.SKIPPED,
                detail=f"not found in {_searched(wallets)}",
            )
            result.append(_with_checks(verification, [searched]))
            continue
        result.append(verification)
    also_holds = tuple(
        HeldCredential(
            facts=entry.facts,
            source=wallet.label,
            url=entry.link,
            bound=_holder_is_candidate(wallet, candidate) is True,
            expired=entry.expired,
        )
        for wallet in readable
        for entry in wallet.entries
        if id(entry) not in used
    )
    return WalletSearch(verifications=result, wallets=tuple(wallets), also_holds=also_holds)
