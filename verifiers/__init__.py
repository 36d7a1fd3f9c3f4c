"""Checking claims against their issuers: Claim → Verification."""

from verifiers.baked import BakedCredential, BakedStandard, NotBakedError, is_baked_image, unbake
from verifiers.base import Verifier
from verifiers.dispatch import VERIFIERS, verify, verify_claim
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
from verifiers.models import (
    Assurance,
    Check,
    Checklist,
    CheckStatus,
    CredentialFacts,
    Evidence,
    Verdict,
    Verification,
)
from verifiers.openbadges2 import OpenBadges2Verifier

__all__ = [
    "VERIFIERS",
    "Assurance",
    "BakedCredential",
    "BakedStandard",
    "BlockedURLError",
    "Check",
    "CheckStatus",
    "Checklist",
    "CredentialFacts",
    "Evidence",
    "FetchError",
    "Fetched",
    "HttpPolicy",
    "NotBakedError",
    "OpenBadges2Verifier",
    "ResponseTooLargeError",
    "UnreachableError",
    "Verdict",
    "Verification",
    "Verifier",
    "create_client",
    "fetch",
    "is_baked_image",
    "is_transient_status",
    "unbake",
    "verify",
    "verify_claim",
]
