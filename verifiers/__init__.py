"""Checking claims against their issuers: Claim → Verification."""

from verifiers.base import Verifier
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

__all__ = [
    "Assurance",
    "Check",
    "CheckStatus",
    "Checklist",
    "CredentialFacts",
    "Evidence",
    "Verdict",
    "Verification",
    "Verifier",
]
