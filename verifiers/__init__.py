"""Checking claims against their issuers: Claim → Verification."""

from verifiers.baked import BakedCredential, BakedStandard, NotBakedError, is_baked_image, unbake
from verifiers.base import Verifier
from verifiers.blockcerts import BlockcertsVerifier, Explorers
from verifiers.compare import with_claim_checks
from verifiers.dispatch import ResultCallback, verifier_chain, verify, verify_claim
from verifiers.http import (
    BlockedURLError,
    Fetched,
    FetchError,
    HttpPolicy,
    ResponseTooLargeError,
    UnreachableError,
    create_client,
    fetch,
    is_transient_status,
)
from verifiers.identity import NameMatch, email_matches, fold, match_name
from verifiers.jose import looks_like_jws
from verifiers.linking import claim_for_link, pair_links, title_similarity
from verifiers.models import (
    Assurance,
    Check,
    Checklist,
    CheckStatus,
    CredentialFacts,
    Evidence,
    EvidenceRigor,
    Verdict,
    Verification,
)
from verifiers.openbadges2 import OpenBadges2Verifier
from verifiers.platforms import (
    WALLET_SOURCES,
    platform_verifiers,
    wallet_sources,
)
from verifiers.resilience import ResiliencePolicy, ResilientTransport, with_resilience
from verifiers.run import STATUS_VERDICTS, Run, Stop, check_validity, fetch_checked, status_verdict
from verifiers.wallet_search import search_wallets
from verifiers.wallets import (
    HeldCredential,
    Wallet,
    WalletEntry,
    WalletSearch,
    WalletSource,
    open_wallets,
)

__all__ = [
    "STATUS_VERDICTS",
    "WALLET_SOURCES",
    "Assurance",
    "BakedCredential",
    "BakedStandard",
    "BlockcertsVerifier",
    "BlockedURLError",
    "Check",
    "CheckStatus",
    "Checklist",
    "CredentialFacts",
    "Evidence",
    "EvidenceRigor",
    "Explorers",
    "FetchError",
    "Fetched",
    "HeldCredential",
    "HttpPolicy",
    "NameMatch",
    "NotBakedError",
    "OpenBadges2Verifier",
    "ResiliencePolicy",
    "ResilientTransport",
    "ResponseTooLargeError",
    "ResultCallback",
    "Run",
    "Stop",
    "UnreachableError",
    "Verdict",
    "Verification",
    "Verifier",
    "Wallet",
    "WalletEntry",
    "WalletSearch",
    "WalletSource",
    "check_validity",
    "claim_for_link",
    "create_client",
    "email_matches",
    "fetch",
    "fetch_checked",
    "fold",
    "is_baked_image",
    "is_transient_status",
    "looks_like_jws",
    "match_name",
    "open_wallets",
    "pair_links",
    "platform_verifiers",
    "search_wallets",
    "status_verdict",
    "title_similarity",
    "unbake",
    "verifier_chain",
    "verify",
    "verify_claim",
    "wallet_sources",
    "with_claim_checks",
    "with_resilience",
]
