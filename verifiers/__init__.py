"""Checking claims against their issuers: Claim → Verification."""

from verifiers.base import Verifier
from verifiers.dispatch import VERIFIERS, verify, verify_claim
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
    "Check",
    "CheckStatus",
    "Checklist",
    "CredentialFacts",
    "Evidence",
    "OpenBadges2Verifier",
    "Verdict",
    "Verification",
    "Verifier",
    "verify",
    "verify_claim",
]
