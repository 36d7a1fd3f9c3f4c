"""Checking claims against their issuers: Claim → Verification.

The public face is loaded name by name on first use (PEP 562): ``import verifiers`` costs
next to nothing, and ``verifiers.is_baked_image`` loads ``verifiers.baked`` alone. A command
that only reads a résumé needs the models and the credential sniffers, not the JSON-LD
processor, lxml and the platforms behind the verifiers (a fifth of a second at start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from verifiers.baked import (
        BakedCredential,
        BakedStandard,
        NotBakedError,
        is_baked_image,
        unbake,
    )
    from verifiers.base import Verifier
    from verifiers.blockcerts import BlockcertsVerifier, Explorers
    from verifiers.compact_jws import looks_like_jws
    from verifiers.compare import with_claim_checks
    from verifiers.dispatch import ResultCallback, prefetch, verifier_chain, verify, verify_claim
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
    from verifiers.platforms import WALLET_SOURCES, platform_verifiers, wallet_sources
    from verifiers.resilience import (
        ResiliencePolicy,
        ResilientTransport,
        fresh_answers,
        in_turn,
        keeps_answers,
        with_resilience,
    )
    from verifiers.run import (
        STATUS_VERDICTS,
        Run,
        Stop,
        check_validity,
        fetch_checked,
        status_verdict,
    )
    from verifiers.wallet_search import search_wallets
    from verifiers.wallets import (
        HeldCredential,
        Wallet,
        WalletEntry,
        WalletSearch,
        WalletSource,
        open_wallets,
    )
    from verifiers.warm import warm_up

#: The module behind each name of the public face (the imports above, for type checkers).
_FACE = {
    "verifiers.baked": "BakedCredential BakedStandard NotBakedError is_baked_image unbake",
    "verifiers.base": "Verifier",
    "verifiers.blockcerts": "BlockcertsVerifier Explorers",
    "verifiers.compact_jws": "looks_like_jws",
    "verifiers.compare": "with_claim_checks",
    "verifiers.dispatch": "ResultCallback prefetch verifier_chain verify verify_claim",
    "verifiers.http": "BlockedURLError Fetched FetchError HttpPolicy ResponseTooLargeError"
    " UnreachableError create_client fetch is_transient_status",
    "verifiers.identity": "NameMatch email_matches fold match_name",
    "verifiers.linking": "claim_for_link pair_links title_similarity",
    "verifiers.models": "Assurance Check Checklist CheckStatus CredentialFacts Evidence"
    " EvidenceRigor Verdict Verification",
    "verifiers.openbadges2": "OpenBadges2Verifier",
    "verifiers.platforms": "WALLET_SOURCES platform_verifiers wallet_sources",
    "verifiers.resilience": "ResiliencePolicy ResilientTransport fresh_answers in_turn"
    " keeps_answers with_resilience",
    "verifiers.run": "STATUS_VERDICTS Run Stop check_validity fetch_checked status_verdict",
    "verifiers.wallet_search": "search_wallets",
    "verifiers.warm": "warm_up",
    "verifiers.wallets": "HeldCredential Wallet WalletEntry WalletSearch WalletSource open_wallets",
}
_HOME = {name: module for module, names in _FACE.items() for name in names.split()}


if not TYPE_CHECKING:
    # Hidden from type checkers, which would otherwise accept any name as this module's: they
    # see the imports above and flag a misspelt one.
    def __getattr__(name: str) -> Any:
        home = _HOME.get(name)
        if home is None:
            raise AttributeError(f"module 'verifiers' has no attribute {name!r}")
        value = getattr(importlib.import_module(home), name)
        globals()[name] = value  # later lookups are ordinary ones
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


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
    "fresh_answers",
    "in_turn",
    "is_baked_image",
    "is_transient_status",
    "keeps_answers",
    "looks_like_jws",
    "match_name",
    "open_wallets",
    "pair_links",
    "platform_verifiers",
    "prefetch",
    "search_wallets",
    "status_verdict",
    "title_similarity",
    "unbake",
    "verifier_chain",
    "verify",
    "verify_claim",
    "wallet_sources",
    "warm_up",
    "with_claim_checks",
    "with_resilience",
]
